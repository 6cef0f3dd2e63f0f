package org.newstrends.annotate;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits a field's text into sentences: after {@code . ! ?} (and any closing quotes or brackets)
 * followed by white space and an upper-case letter, a digit or an opening quote, and at every line
 * break. A period after a known abbreviation ({@code Mr.}, {@code Jan.}, {@code Gen.}), a single
 * initial ({@code J.}) or a dotted acronym ({@code U.S.}) does not end a sentence: "the U.S. The"
 * stays one sentence, a documented trade-off for "U.S. President".
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
          "adm", "maj", "sen", "rep", "gov", "prof", "rev", "inc", "ltd", "co", "corp", "no", "vs",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
          "ft", "fig", "approx", "est", "dept", "univ", "assn", "bros", "pres", "gens");

  private Sentences() {}

  /** Start offsets of the sentences of {@code text}; the first is always 0. */
  public static int[] starts(String text) {
    int[] starts = new int[8];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '\n') {
        next = skipSpace(text, i + 1);
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && "\"')]\u201D\u2019".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j < n && Character.isWhitespace(text.charAt(j))) {
          int k = skipSpace(text, j);
          if (k < n
              && startsSentence(text.charAt(k))
              && !(c == '.' && abbreviationBefore(text, i))) {
            next = k;
          }
        }
      }
      if (next > 0 && next < n && next > starts[count - 1]) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = next;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Index of the sentence containing {@code offset}. */
  public static int indexOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u2018(".indexOf(c) >= 0;
  }

  private static boolean abbreviationBefore(String text, int period) {
    int s = period;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, period);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    if (word.indexOf('.') >= 0) {
      return true; // a dotted acronym: "U.S."
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
