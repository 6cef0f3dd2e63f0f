package org.newstrends.annotate;

/**
 * The offsets in a string at which any of a few chars stands, in increasing order. Each char's next
 * offset is found by {@link String#indexOf(int, int)}, which the JDK vectorises, and searched again
 * once passed: a loop testing every char of a segment took as long as tokenising it. Used where
 * only a few chars matter (sentence ends, quotation marks).
 */
final class CharOffsets {
  private final String string;
  private final char[] chars;
  private final int limit;
  private final int[] next;

  /** The offsets of {@code chars} in {@code string} before {@code limit}. */
  CharOffsets(String string, int limit, char... chars) {
    this.string = string;
    this.chars = chars;
    this.limit = limit;
    this.next = new int[chars.length];
    for (int k = 0; k < chars.length; k++) {
      next[k] = find(chars[k], 0);
    }
  }

  /** The next offset at which one of the chars stands, or the limit when none is left. */
  int next() {
    int i = limit;
    for (int at : next) {
      i = Math.min(i, at);
    }
    if (i < limit) {
      for (int k = 0; k < chars.length; k++) {
        if (next[k] == i) {
          next[k] = find(chars[k], i + 1);
        }
      }
    }
    return i;
  }

  private int find(char c, int from) {
    int i = string.indexOf(c, from);
    return i < 0 || i > limit ? limit : i;
  }
}
