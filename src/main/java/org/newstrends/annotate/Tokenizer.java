package org.newstrends.annotate;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one tokeniser for gazetteer surface forms and article text, so both always agree.
 *
 * <p>Curly quotes and primes become {@code '} and {@code "}, dashes become {@code -}. A token is a
 * run of letters and digits (an apostrophe between letters stays inside: {@code O'Brien}); a hyphen
 * between two word characters separates words and is dropped, so {@code Kim Jong-un} and {@code Kim
 * Jong Un} give the same keys; dotted acronyms ({@code U.S.}, {@code U.N.}) are one token with
 * their periods; a possessive {@code 's} or a trailing {@code '} after {@code s} is not a token but
 * marks the word before it ({@code Iran's} is the token {@code Iran}, possessive); every other
 * non-space character is a one-character token, so a match never runs across punctuation. Offsets
 * are Java string indexes into the original text.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** Tokens of one text, as parallel arrays. */
  public static final class Tokens {
    public final String text;
    public int size;
    public int[] start;
    public int[] end;

    /** Normalised token text in its original case. */
    public String[] form;

    /** Case-folded form: the automaton's key. */
    public String[] key;

    public boolean[] possessive;
    public boolean[] word;

    Tokens(String text, int capacity) {
      this.text = text;
      start = new int[capacity];
      end = new int[capacity];
      form = new String[capacity];
      key = new String[capacity];
      possessive = new boolean[capacity];
      word = new boolean[capacity];
    }

    void add(int s, int e, String f, boolean isWord) {
      if (size == start.length) {
        int n = Math.max(8, size * 2);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        form = Arrays.copyOf(form, n);
        key = Arrays.copyOf(key, n);
        possessive = Arrays.copyOf(possessive, n);
        word = Arrays.copyOf(word, n);
      }
      start[size] = s;
      end[size] = e;
      form[size] = f;
      key[size] = f.toLowerCase(Locale.ROOT);
      word[size] = isWord;
      size++;
    }
  }

  /** Maps typographic variants to their plain form: quotes, primes and dashes. */
  public static char normalise(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u00A0', '\u2009', '\u202F', '\u2007':
        return ' ';
      default:
        return c;
    }
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The case-folded keys of a text joined by single spaces: "Iran's" and "iran" give "iran". */
  public static String key(String text) {
    Tokens t = tokenize(text);
    return String.join(" ", Arrays.copyOf(t.key, t.size));
  }

  /** Splits {@code text} into tokens. */
  public static Tokens tokenize(String text) {
    Tokens t = new Tokens(text, Math.max(8, text.length() / 5));
    int n = text.length();
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (i < n) {
      char c = normalise(text.charAt(i));
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        t.add(i, i + 1, String.valueOf(c), false);
        i++;
        continue;
      }
      int acronymEnd = acronymEnd(text, i);
      if (acronymEnd > 0) {
        sb.setLength(0);
        for (int k = i; k < acronymEnd; k++) {
          sb.append(normalise(text.charAt(k)));
        }
        t.add(i, acronymEnd, sb.toString(), true);
        i = acronymEnd;
        continue;
      }
      int s = i;
      sb.setLength(0);
      while (i < n) {
        char d = normalise(text.charAt(i));
        if (isWordChar(d)) {
          sb.append(d);
          i++;
        } else if (d == '\''
            && i + 1 < n
            && isWordChar(text.charAt(i + 1))
            && !isPossessiveS(text, i)) {
          sb.append(d);
          i++;
        } else {
          break;
        }
      }
      t.add(s, i, sb.toString(), true);
      if (i < n && normalise(text.charAt(i)) == '\'') {
        if (isPossessiveS(text, i)) {
          t.possessive[t.size - 1] = true;
          i += 2;
        } else if (sb.charAt(sb.length() - 1) == 's'
            && (i + 1 >= n || !isWordChar(text.charAt(i + 1)))) {
          t.possessive[t.size - 1] = true;
          i += 1;
        }
      }
      // a hyphen between word characters only separates words
      if (i + 1 < n && normalise(text.charAt(i)) == '-' && isWordChar(text.charAt(i + 1))) {
        i++;
      }
    }
    return t;
  }

  /** {@code 's} followed by a non-word character or the end. */
  private static boolean isPossessiveS(String text, int apostrophe) {
    int n = text.length();
    return apostrophe + 1 < n
        && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
        && (apostrophe + 2 >= n || !isWordChar(text.charAt(apostrophe + 2)));
  }

  /**
   * End of a dotted acronym such as {@code U.S.} or {@code U.S.A.} starting at {@code i}, or -1.
   */
  private static int acronymEnd(String text, int i) {
    if (i > 0 && isWordChar(text.charAt(i - 1))) {
      return -1;
    }
    int n = text.length();
    int k = i;
    int letters = 0;
    while (k + 1 < n && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
      letters++;
      k += 2;
    }
    return letters >= 2 ? k : -1;
  }
}
