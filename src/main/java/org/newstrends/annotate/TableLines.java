package org.newstrends.annotate;

/**
 * Lines of a text that belong to a table or list (issue 9): standings, results, shipping and price
 * lists, where country and team names stand between numbers ("NEW JERSEY 40 30 10", "1. Canada I
 * 1:48.33", "GB 2.5"). A line is tabular when it holds at least two numbers, numbers make up at
 * least a third of its words, and at most one word in six is a lower-case word of three letters or
 * more (prose). A line between two tabular lines with no lower-case word longer than three letters
 * is part of the table too (a team name or heading on its own line).
 */
public final class TableLines {

  private TableLines() {}

  /**
   * [start, end) char ranges of the tabular lines of {@code text}, as a flat array (start0, end0,
   * start1, ...); empty when there are none.
   */
  public static int[] ranges(String text) {
    int n = text.length();
    int lines = 1;
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] start = new int[lines];
    int[] end = new int[lines];
    byte[] kind = new byte[lines]; // 2 tabular, 1 no prose, 0 prose
    int line = 0;
    int s = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        start[line] = s;
        end[line] = i;
        kind[line] = classify(text, s, i);
        line++;
        s = i + 1;
      }
    }
    boolean[] in = new boolean[lines];
    int count = 0;
    for (int l = 0; l < lines; l++) {
      in[l] =
          kind[l] == 2
              || kind[l] == 1 && l > 0 && kind[l - 1] == 2 && l + 1 < lines && kind[l + 1] == 2;
      if (in[l]) {
        count++;
      }
    }
    int[] out = new int[2 * count];
    int k = 0;
    for (int l = 0; l < lines; l++) {
      if (in[l]) {
        out[k++] = start[l];
        out[k++] = end[l];
      }
    }
    return out;
  }

  /** Whether [charStart, charEnd) lies in one of {@code ranges}. */
  public static boolean inside(int[] ranges, int charStart, int charEnd) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (charStart >= ranges[i] && charEnd <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** 2: tabular; 1: no prose word (a name or heading); 0: prose. */
  static byte classify(String text, int from, int to) {
    int words = 0;
    int numbers = 0;
    int prose = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      boolean digit = false;
      // a number keeps its inner separators: 1:48.33, 2,500, .534 (the dot before is skipped)
      while (j < to
          && (Character.isLetterOrDigit(text.charAt(j))
              || j + 1 < to
                  && ".,:/-".indexOf(text.charAt(j)) >= 0
                  && Character.isDigit(text.charAt(j + 1))
                  && digit)) {
        digit |= Character.isDigit(text.charAt(j));
        j++;
      }
      words++;
      if (digit) {
        numbers++;
      } else if (j - i >= 3 && Character.isLowerCase(c)) {
        prose++;
      }
      i = j;
    }
    if (numbers >= 2 && numbers * 3 >= words && prose * 6 <= words) {
      return 2;
    }
    return prose == 0 && words > 0 && words <= 6 ? (byte) 1 : 0;
  }
}
