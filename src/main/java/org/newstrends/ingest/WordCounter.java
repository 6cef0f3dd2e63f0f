package org.newstrends.ingest;

/** Counts whitespace-separated words without allocating. */
final class WordCounter {

  private WordCounter() {}

  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
