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
 *
 * <p>Text is tokenised into offsets only ({@link #tokenize(String, Tokens)}): no {@code String} per
 * token. Each token carries the hash of its case-folded key ({@link String#hashCode} of that key)
 * computed over the source chars, which the compiled gazetteer looks up directly; a token's form
 * and key become strings only when a rule asks for them. The dictionary side ({@link
 * #tokenize(String)}) runs the same code and also fills {@code form} and {@code key}.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** All normalised chars of the token are ASCII: hash, key and case checks work char by char. */
  static final byte SIMPLE = 1;

  /** The token holds an ASCII lower-case letter. */
  static final byte LOWER = 2;

  /** The token is a word (letters and digits, or a dotted acronym), not a punctuation char. */
  static final byte WORD = 4;

  /** A possessive {@code 's} or trailing {@code '} followed the word ({@code Iran's}). */
  static final byte POSSESSIVE = 8;

  /**
   * Which tokens a gazetteer scan may start at ({@link CompiledGazetteer#mayStart}), tested while a
   * text is tokenised, when the token's hash and flags are at hand: a scan then visits only the
   * tokens in {@link Tokens#starts} instead of reading every token's hash and flags again. A bit
   * filter over key hashes, so a listed token may still begin nothing; a token with a non-ASCII
   * char is always listed.
   */
  static final class StartFilter implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] bits;
    private final int shift;
    private final boolean[] singleChars;

    /**
     * @param bits the filter's bits, set at {@link #bit} of each starting key's hash
     * @param shift as for {@link #bit}
     * @param singleChars by ASCII char: the one-char key begins an entry
     */
    StartFilter(long[] bits, int shift, boolean[] singleChars) {
      this.bits = bits;
      this.shift = shift;
      this.singleChars = singleChars;
    }

    /** The filter bit of a key hash, for a filter of {@code 2^(32 - shift)} bits. */
    static int bit(int hash, int shift) {
      return (hash * 0x7FEB352D) >>> shift;
    }

    boolean test(int hash, int length, int flags) {
      if ((flags & SIMPLE) == 0) {
        return true;
      }
      if (length == 1) {
        return singleChars[hash]; // the hash of a one-char ASCII key is its char
      }
      int bit = bit(hash, shift);
      return (bits[bit >>> 6] & (1L << bit)) != 0;
    }
  }

  /** Tokens of one text, as parallel arrays of offsets and flags. */
  public static final class Tokens {
    public String text;
    public int size;
    public int[] start;
    public int[] end;

    /**
     * Normalised token text in its original case: filled only by {@link #tokenize(String)} (the
     * dictionary side); otherwise see {@link #form(int)}.
     */
    public String[] form;

    /** Case-folded form, the automaton's key: filled like {@link #form}; see {@link #key(int)}. */
    public String[] key;

    /** {@link String#hashCode} of the key; meaningful for {@link #SIMPLE} tokens. */
    int[] hash;

    /** {@link #SIMPLE}, {@link #LOWER}, {@link #WORD} and {@link #POSSESSIVE} bits per token. */
    byte[] flags;

    /** The chars of {@link #text} (a reused buffer, longer than the text). */
    char[] chars = new char[0];

    /** Set by {@link #Tokens(StartFilter)}: the filter {@link #starts} are tested with. */
    final StartFilter filter;

    /**
     * With a {@link StartFilter}: the indexes of the tokens it lets through, in text order, the
     * first {@link #startCount} entries.
     */
    int[] starts;

    int startCount;

    Tokens(String text, int capacity, StartFilter filter) {
      this.text = text;
      this.filter = filter;
      starts = filter == null ? null : new int[capacity];
      start = new int[capacity];
      end = new int[capacity];
      hash = new int[capacity];
      flags = new byte[capacity];
    }

    /** An empty token list for reuse with {@link Tokenizer#tokenize(String, Tokens)}. */
    public Tokens() {
      this("", 64, null);
    }

    /** An empty token list for reuse, listing the tokens {@code filter} lets through. */
    Tokens(StartFilter filter) {
      this("", 64, filter);
    }

    private void reset(String text) {
      this.text = text;
      size = 0;
      startCount = 0;
      form = null;
      key = null;
      if (chars.length < text.length()) {
        chars = new char[Math.max(text.length(), chars.length * 2)];
      }
      text.getChars(0, text.length(), chars, 0);
    }

    /** Adds a token whose hash and flags ({@link #WORD} included) the caller computed. */
    private void add(int s, int e, int h, int f) {
      if (size == start.length) {
        grow();
      }
      start[size] = s;
      end[size] = e;
      hash[size] = h;
      flags[size] = (byte) f;
      if (filter != null && filter.test(h, e - s, f)) {
        if (startCount == starts.length) {
          starts = Arrays.copyOf(starts, startCount * 2);
        }
        starts[startCount++] = size;
      }
      size++;
    }

    private void grow() {
      int n = Math.max(8, size * 2);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      hash = Arrays.copyOf(hash, n);
      flags = Arrays.copyOf(flags, n);
    }

    /** Adds a token, computing its hash and flags. */
    private void add(int s, int e, boolean isWord) {
      char[] text = this.chars;
      int h = 0;
      boolean simple = true;
      boolean lower = false;
      for (int k = s; k < e; k++) {
        char c = text[k];
        if (c >= 0x80) {
          c = normalise(c);
          if (c >= 0x80) {
            simple = false;
          }
        } else if (c == '`') {
          c = '\'';
        }
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        } else if (c >= 'a' && c <= 'z') {
          lower = true;
        }
        h = 31 * h + c;
      }
      add(s, e, h, (simple ? SIMPLE : 0) | (lower ? LOWER : 0) | (isWord ? WORD : 0));
    }

    /** Whether token {@code i} is a word, not a punctuation char. */
    public boolean word(int i) {
      return (flags[i] & WORD) != 0;
    }

    /**
     * Whether token {@code i} is the comma of a number's digit groups ("1,700", "1,200,000"): a
     * comma with no space on either side, a digit right before it, and right after it exactly three
     * digits before any further digit could follow ("12,3456" is no such comma; the tokenizer
     * splits "1,200,000" at each comma, so each group is its own token).
     */
    public boolean digitGroupComma(int i) {
      if (i <= 0 || i + 1 >= size || end[i] - start[i] != 1 || chars[start[i]] != ',') {
        return false;
      }
      int next = i + 1;
      if (end[i - 1] != start[i] || start[next] != end[i] || end[next] - start[next] < 3) {
        return false;
      }
      if (!Character.isDigit(chars[end[i - 1] - 1])) {
        return false;
      }
      for (int k = start[next]; k < start[next] + 3; k++) {
        if (!Character.isDigit(chars[k])) {
          return false;
        }
      }
      return end[next] - start[next] == 3 || !Character.isDigit(chars[start[next] + 3]);
    }

    /** Whether a possessive {@code 's} or trailing {@code '} followed token {@code i}. */
    public boolean possessive(int i) {
      return (flags[i] & POSSESSIVE) != 0;
    }

    /** Length of token {@code i} in chars. */
    public int length(int i) {
      return end[i] - start[i];
    }

    /** The {@code k}-th normalised char of token {@code i}. */
    public char charAt(int i, int k) {
      return normalise(chars[start[i] + k]);
    }

    /** The normalised token text in its original case. */
    public String form(int i) {
      if (form != null) {
        return form[i];
      }
      int s = start[i];
      char[] chars = new char[end[i] - s];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = normalise(this.chars[s + k]);
      }
      return new String(chars);
    }

    /** The case-folded form ({@code Locale.ROOT}). */
    public String key(int i) {
      return key != null ? key[i] : form(i).toLowerCase(Locale.ROOT);
    }

    /** Appends {@link #form(int)} of token {@code i} to {@code out}, without building it. */
    public void appendForm(StringBuilder out, int i) {
      for (int k = start[i]; k < end[i]; k++) {
        out.append(normalise(chars[k]));
      }
    }

    /** Appends {@link #key(int)} of token {@code i} to {@code out}, without building it. */
    public void appendKey(StringBuilder out, int i) {
      if ((flags[i] & SIMPLE) == 0) {
        out.append(key(i));
        return;
      }
      for (int k = start[i]; k < end[i]; k++) {
        char c = normalise(chars[k]); // ASCII, as the token is SIMPLE
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }

    /** Whether the form of token {@code i} equals {@code s}, without building it. */
    public boolean formIs(int i, String s) {
      int st = start[i];
      int n = end[i] - st;
      if (n != s.length()) {
        return false;
      }
      char[] a = chars;
      for (int k = 0; k < n; k++) {
        if (normalise(a[st + k]) != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the key of token {@code i} equals {@code s}, without building it. */
    public boolean keyIs(int i, String s) {
      if ((flags[i] & SIMPLE) == 0) {
        return key(i).equals(s);
      }
      int st = start[i];
      int n = end[i] - st;
      if (n != s.length()) {
        return false;
      }
      char[] a = chars;
      for (int k = 0; k < n; k++) {
        char c = a[st + k];
        if (c >= 0x80 || c == '`') {
          c = normalise(c);
        } else if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the key of {@link #SIMPLE} token {@code i} equals {@code pool[from, to)}, without
     * building it.
     */
    boolean keyIs(int i, char[] pool, int from, int to) {
      int st = start[i];
      if (end[i] - st != to - from) {
        return false;
      }
      char[] a = chars;
      for (int k = from; k < to; k++, st++) {
        char c = a[st];
        if (c >= 0x80 || c == '`') {
          c = normalise(c);
        } else if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != pool[k]) {
          return false;
        }
      }
      return true;
    }

    /** Whether the form equals its upper-case form ({@code Locale.ROOT}). */
    public boolean allUpper(int i) {
      if ((flags[i] & SIMPLE) != 0) {
        return (flags[i] & LOWER) == 0;
      }
      String f = form(i);
      return f.equals(f.toUpperCase(Locale.ROOT));
    }

    /** Whether the token is {@link #SIMPLE}: its key hash may be used. */
    boolean simple(int i) {
      return (flags[i] & SIMPLE) != 0;
    }
  }

  /**
   * The text in lower case with each character {@link #normalise}d: curly quotes straight, dashes
   * plain ("‘Hamlet’ Review:" reads "'hamlet' review:"), for phrases matched on raw text.
   */
  static String normaliseLower(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      out.append(Character.toLowerCase(normalise(text.charAt(k))));
    }
    return out.toString();
  }

  /** Maps typographic variants to their plain form: quotes, primes and dashes. */
  public static char normalise(char c) {
    if (c < 0x80) {
      return c == '`' ? '\'' : c;
    }
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4':
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

  private static final boolean[] ASCII_WORD = new boolean[128];
  private static final boolean[] ASCII_SPACE = new boolean[128];

  /**
   * For an ASCII word char: its case-folded value, plus {@code LOWER << 16} for a lower-case
   * letter; 0 for any other char.
   */
  private static final int[] ASCII_FOLD = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] =
          Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      ASCII_SPACE[c] = Character.isWhitespace(c);
      if (ASCII_WORD[c]) {
        ASCII_FOLD[c] = Character.toLowerCase(c) | (c >= 'a' && c <= 'z' ? LOWER << 16 : 0);
      }
    }
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return ASCII_WORD[c];
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isSpace(char c) {
    return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c);
  }

  /** The case-folded keys of a text joined by single spaces: "Iran's" and "iran" give "iran". */
  public static String key(String text) {
    Tokens t = tokenize(text);
    return String.join(" ", Arrays.copyOf(t.key, t.size));
  }

  /**
   * Splits {@code text} into tokens with their forms and keys as strings (surface forms, tests).
   */
  public static Tokens tokenize(String text) {
    Tokens t = tokenize(text, new Tokens(text, Math.max(8, text.length() / 5), null));
    String[] form = new String[t.size];
    String[] key = new String[t.size];
    for (int i = 0; i < t.size; i++) {
      form[i] = t.form(i);
      key[i] = form[i].toLowerCase(Locale.ROOT);
    }
    t.form = form;
    t.key = key;
    return t;
  }

  /**
   * Splits {@code text} into token offsets and flags only, reusing {@code t}'s arrays (the text
   * side: no string per token). Returns {@code t}.
   */
  public static Tokens tokenize(String text, Tokens t) {
    t.reset(text);
    char[] a = t.chars;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (c < 0x80) {
        if (ASCII_FOLD[c] == 0) {
          if (!ASCII_SPACE[c]) {
            char p = c == '`' ? '\'' : c;
            t.add(i, i + 1, p, SIMPLE);
          }
          i++;
          continue;
        }
      } else {
        c = normalise(c);
        if (isSpace(c)) {
          i++;
          continue;
        }
        if (!isWordChar(c)) {
          t.add(i, i + 1, false);
          i++;
          continue;
        }
      }
      int acronymEnd = acronymEnd(a, n, i);
      if (acronymEnd > 0) {
        t.add(i, acronymEnd, true);
        i = acronymEnd;
        continue;
      }
      // a word: its key hash and flags are computed on the way (ASCII first, from a table)
      int s = i;
      int h = 0;
      int f = SIMPLE;
      while (i < n) {
        // a run of ASCII letters and digits: found first, then hashed in one pass without a
        // branch per char (an ASCII word char's case-folded value is the char with bit 0x20 set)
        int run = i;
        int lower = 0;
        while (run < n && a[run] < 0x80 && ASCII_FOLD[a[run]] != 0) {
          lower |= ASCII_FOLD[a[run]];
          run++;
        }
        if (run > i) {
          h = hashRun(a, i, run, h);
          f |= lower >>> 16;
          i = run;
          if (i >= n) {
            break;
          }
        }
        char d = a[i];
        if (d < 0x80) {
          if (d != '\'' && d != '`') {
            break;
          }
          d = '\'';
        } else {
          d = normalise(d);
          if (isWordChar(d)) {
            f &= ~SIMPLE; // a normalised word char outside ASCII
            h = 31 * h + d;
            i++;
            continue;
          }
        }
        if (d == '\'' && i + 1 < n && isWordChar(a[i + 1]) && !isPossessiveS(a, n, i)) {
          h = 31 * h + d;
          i++;
        } else {
          break;
        }
      }
      t.add(s, i, h, f | WORD);
      if (i < n && normalise(a[i]) == '\'') {
        if (isPossessiveS(a, n, i)) {
          t.flags[t.size - 1] |= POSSESSIVE;
          i += 2;
        } else if (a[i - 1] == 's' && (i + 1 >= n || !isWordChar(a[i + 1]))) {
          t.flags[t.size - 1] |= POSSESSIVE;
          i += 1;
        }
      }
      // a hyphen between word characters only separates words
      if (i + 1 < n && normalise(a[i]) == '-' && isWordChar(a[i + 1])) {
        i++;
      }
    }
    return t;
  }

  /**
   * {@code h} continued, as {@link String#hashCode} continues, over the case-folded chars of {@code
   * text[from, to)}, ASCII letters and digits only; two chars per step ({@code 31 * (31 * h + x) +
   * y}), so the chain of multiplications is half as long.
   */
  private static int hashRun(char[] text, int from, int to, int h) {
    int k = from;
    for (; k + 1 < to; k += 2) {
      h = 961 * h + 31 * (text[k] | 0x20) + (text[k + 1] | 0x20);
    }
    if (k < to) {
      h = 31 * h + (text[k] | 0x20);
    }
    return h;
  }

  /** {@code 's} followed by a non-word character or the end. */
  private static boolean isPossessiveS(char[] text, int n, int apostrophe) {
    return apostrophe + 1 < n
        && (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 >= n || !isWordChar(text[apostrophe + 2]));
  }

  /**
   * End of a dotted acronym such as {@code U.S.} or {@code U.S.A.} starting at {@code i}, or -1.
   */
  private static int acronymEnd(char[] text, int n, int i) {
    if (i + 1 >= n || text[i + 1] != '.') {
      return -1; // the common case, decided before the checks below
    }
    if (i > 0 && isWordChar(text[i - 1])) {
      return -1;
    }
    int k = i;
    int letters = 0;
    while (k + 1 < n && Character.isLetter(text[k]) && text[k + 1] == '.') {
      letters++;
      k += 2;
    }
    return letters >= 2 ? k : -1;
  }
}
