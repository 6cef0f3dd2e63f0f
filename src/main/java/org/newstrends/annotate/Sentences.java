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

  /**
   * {@link #ABBREVIATIONS} packed by {@link #packAscii}, sorted: an ASCII word before a period is
   * looked up without building a string.
   */
  private static final long[] PACKED_ABBREVIATIONS =
      ABBREVIATIONS.stream()
          .mapToLong(a -> packAscii(a.toCharArray(), 0, a.length()))
          .sorted()
          .toArray();

  private Sentences() {}

  /** The chars after which a sentence may end. */
  private static final char[] ENDS = {'\n', '.', '!', '?'};

  /** Start offsets of the sentences of {@code text}; the first is always 0. */
  public static int[] starts(String text) {
    return starts(text, text.toCharArray());
  }

  /**
   * Start offsets of the sentences of {@code string}, whose chars {@code text} holds (from index 0;
   * a reused buffer may be longer).
   */
  public static int[] starts(String string, char[] text) {
    int n = string.length();
    int[] starts = new int[8];
    int count = 1;
    CharOffsets ends = new CharOffsets(string, n, ENDS);
    for (int i = ends.next(); i < n; i = ends.next()) {
      char c = text[i];
      int next = -1;
      if (c == '\n') {
        next = skipSpace(text, n, i + 1);
      } else {
        int j = i + 1;
        while (j < n && "\"')]\u201D\u2019".indexOf(text[j]) >= 0) {
          j++;
        }
        if (j < n && Character.isWhitespace(text[j])) {
          int k = skipSpace(text, n, j);
          if (k < n && startsSentence(text[k]) && !(c == '.' && abbreviationBefore(text, i))) {
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
    return bounded(Arrays.copyOf(starts, count), text, n);
  }

  /**
   * The longest sentence, in chars: a longer run without a sentence end (a script or a table
   * flattened into one line, never prose) is cut at the first word from this many chars on (or
   * right there, in a run of as many chars again without white space). The quote analysis reads a
   * quotation's whole sentence for each mark in it, so one line of 929 KB with thousands of
   * quotation marks (a web page's script, read as a plain text file) kept the annotator busy for
   * minutes.
   */
  static final int MAX_SENTENCE_CHARS = 2_000;

  /** {@code starts} with a start added wherever a sentence would exceed the longest one. */
  private static int[] bounded(int[] starts, char[] text, int n) {
    boolean tooLong = false;
    for (int k = 0; k < starts.length && !tooLong; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : n;
      tooLong = end - starts[k] > MAX_SENTENCE_CHARS;
    }
    if (!tooLong) {
      return starts;
    }
    int[] out = new int[starts.length + n / MAX_SENTENCE_CHARS + 1];
    int count = 0;
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : n;
      int start = starts[k];
      out[count++] = start;
      int cut = start + MAX_SENTENCE_CHARS;
      while (cut < end) {
        // at the next word, or right there when no white space comes within as many chars again
        int space = cut;
        int most = Math.min(end, cut + MAX_SENTENCE_CHARS);
        while (space < most && !Character.isWhitespace(text[space])) {
          space++;
        }
        if (space < most) {
          cut = skipSpace(text, end, space);
        }
        if (cut >= end) {
          break;
        }
        out[count++] = cut;
        cut += MAX_SENTENCE_CHARS;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Index of the sentence containing {@code offset}. */
  public static int indexOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private static int skipSpace(char[] text, int n, int i) {
    while (i < n && Character.isWhitespace(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u2018(".indexOf(c) >= 0;
  }

  private static boolean abbreviationBefore(char[] text, int period) {
    int s = period;
    while (s > 0 && (Character.isLetter(text[s - 1]) || text[s - 1] == '.')) {
      s--;
    }
    int length = period - s;
    if (length == 0) {
      return false;
    }
    if (length == 1 && Character.isUpperCase(text[s])) {
      return true; // an initial: "John F. Kennedy"
    }
    for (int k = s; k < period; k++) {
      if (text[k] == '.') {
        return true; // a dotted acronym: "U.S."
      }
    }
    if (length > 6) {
      return false;
    }
    long packed = packAscii(text, s, period);
    if (packed >= 0) {
      return Arrays.binarySearch(PACKED_ABBREVIATIONS, packed) >= 0;
    }
    // a letter outside ASCII, whose lower case may not be one char
    return ABBREVIATIONS.contains(new String(text, s, length).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The ASCII letters of {@code text[from, to)} (at most 7) lower-cased into one number, 8 bits a
   * letter, or -1 if any char is not an ASCII letter. No letter packs to 0, so words of different
   * lengths never share a number.
   */
  private static long packAscii(char[] text, int from, int to) {
    long packed = 0;
    for (int k = from; k < to; k++) {
      char c = text[k];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return -1;
      }
      packed = packed << 8 | (c | 0x20);
    }
    return packed;
  }
}
