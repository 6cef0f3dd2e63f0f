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
   * Whether [charStart, charEnd) lies on one tabular line of {@code text}, or on a line with no
   * prose word between two tabular lines. Only the lines around the span are classified: a
   * paragraph of prose with one mention costs one line, not all of them.
   */
  public static boolean inside(String text, int charStart, int charEnd) {
    return new OfText(text).inside(charStart, charEnd);
  }

  /**
   * {@link #inside} for many spans of one text, in any order: the last line classified is kept, so
   * spans in text order (mentions) classify each line once.
   */
  static final class OfText {
    private final String text;
    private int lineStart = -1;
    private int lineEnd = -1;
    private boolean table;

    OfText(String text) {
      this.text = text;
    }

    boolean inside(int charStart, int charEnd) {
      if (charStart < lineStart || charStart > lineEnd) {
        lineStart = text.lastIndexOf('\n', charStart - 1) + 1;
        lineEnd = lineEnd(text, charStart);
        table = tableLine(text, lineStart, lineEnd);
      }
      return charEnd <= lineEnd && table; // a span over a line break is on no single line
    }
  }

  /** Whether the line [lineStart, lineEnd) is tabular, or a name line between tabular ones. */
  private static boolean tableLine(String text, int lineStart, int lineEnd) {
    int n = text.length();
    // most lines are prose without two digits: they are no table line, and no name line inside a
    // table unless both neighbours may be table lines
    if (twoDigits(text, lineStart, lineEnd)) {
      byte kind = classify(text, lineStart, lineEnd);
      if (kind != 1) {
        return kind == 2;
      }
    }
    if (lineStart == 0 || lineEnd == n) {
      return false; // a first or last line has no table on both sides
    }
    int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    int nextEnd = lineEnd(text, lineEnd + 1);
    return twoDigits(text, previousStart, lineStart - 1)
        && twoDigits(text, lineEnd + 1, nextEnd)
        && classify(text, lineStart, lineEnd) == 1
        && classify(text, previousStart, lineStart - 1) == 2
        && classify(text, lineEnd + 1, nextEnd) == 2;
  }

  /** Whether [from, to) holds two digits: a tabular line has two numbers at least. */
  private static boolean twoDigits(String text, int from, int to) {
    int digits = 0;
    for (int i = from; i < to && digits < 2; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c)) {
        digits++;
      }
    }
    return digits == 2;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** 2: tabular; 1: no prose word (a name or heading); 0: prose. */
  static byte classify(String text, int from, int to) {
    int words = 0;
    int numbers = 0;
    int prose = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!letterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      boolean digit = false;
      // a number keeps its inner separators: 1:48.33, 2,500, .534 (the dot before is skipped)
      while (j < to) {
        char d = text.charAt(j);
        if (letterOrDigit(d)) {
          digit |= digit(d);
        } else if (!(digit && j + 1 < to && separator(d) && digit(text.charAt(j + 1)))) {
          break;
        }
        j++;
      }
      words++;
      if (digit) {
        numbers++;
      } else if (j - i >= 3 && lowerCase(c)) {
        prose++;
      }
      i = j;
      // prose, known before the end of the line: no name line (a prose word or over six words),
      // and no table line even if every word left were a number (words need a char between them)
      int wordsLeft = (to - j + 1) / 2;
      if ((prose > 0 || words > 6)
          && (3 * numbers + 2 * wordsLeft < words || prose * 6 > words + wordsLeft)) {
        return 0;
      }
    }
    if (numbers >= 2 && numbers * 3 >= words && prose * 6 <= words) {
      return 2;
    }
    return prose == 0 && words > 0 && words <= 6 ? (byte) 1 : 0;
  }

  private static boolean letterOrDigit(char c) {
    return c < 0x80
        ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }

  private static boolean digit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean lowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  private static boolean separator(char c) {
    return c == '.' || c == ',' || c == ':' || c == '/' || c == '-';
  }
}
