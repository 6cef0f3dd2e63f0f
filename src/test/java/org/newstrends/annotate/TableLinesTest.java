package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TableLines#classify} (ASCII tests, and its early answer on lines already known to be
 * prose) gives the answer of the plain definition, kept here as {@link #reference}, on random lines
 * of words, numbers, separators and non-ASCII letters and digits.
 */
class TableLinesTest {

  private static final String[] PIECES = {
    "Canada",
    "JAPAN",
    "the",
    "said",
    "of",
    "Iran",
    "1",
    "48",
    "1:48.33",
    "2,500",
    ".534",
    "-",
    "2-1",
    "GB",
    "II",
    "a",
    "\u00E9t\u00E9",
    "\u00C9TAT",
    "\u0663\u0664",
    "x/y",
    ".",
    ",",
    ":",
    "(",
    ")",
    "'",
    "\u00AA",
    "12/3",
    "\t"
  };

  @Test
  void classifyAgreesWithThePlainDefinition() {
    Random r = new Random(9);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder line = new StringBuilder();
      int words = r.nextInt(40);
      for (int w = 0; w < words; w++) {
        line.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(5) != 0) {
          line.append(' ');
        }
      }
      String text = "x\n" + line + "\ny";
      int from = 2;
      int to = 2 + line.length();
      assertEquals(reference(text, from, to), TableLines.classify(text, from, to), line.toString());
    }
  }

  /** The definition as first written: {@code Character} tests, every word of the line counted. */
  private static byte reference(String text, int from, int to) {
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
