package org.newstrends.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Word shingles, an exact-copy key and MinHash band keys of a text, in one scan without regular
 * expressions or a {@code String} per word. Pure Java, deterministic across JVMs (no {@code
 * String.hashCode} salt, fixed seeds), so the same corpus always gives the same groups.
 *
 * <p>A word is a run of letters and numbers ({@code [\p{L}\p{N}]+}) of the lower-cased text. The
 * MinHash signature is one-permutation hashing (one hash per shingle, {@code bands × rows} bins,
 * empty bins filled from the next non-empty one): the same candidate pairs as independent hash
 * functions up to chance, at a hundredth of the cost.
 */
public final class Shingler implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private final int shingleWords;
  private final int bands;
  private final int rows;

  public Shingler(int shingleWords, int bands, int rows) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
  }

  /** The words of a text: the lower-cased text and each word's start and end in it. */
  static final class Words {
    final String text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];

    Words(String text) {
      this.text = text;
    }

    void add(int s, int e) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      start[size] = s;
      end[size++] = e;
    }

    String word(int i) {
      return text.substring(start[i], end[i]);
    }
  }

  /** The words of {@code text} (null or empty: none). */
  static Words words(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    Words words = new Words(lower);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int cp = lower.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        int s = i;
        i += len;
        while (i < n) {
          cp = lower.codePointAt(i);
          if (!isWordChar(cp)) {
            break;
          }
          i += Character.charCount(cp);
        }
        words.add(s, i);
      } else {
        i += len;
      }
    }
    return words;
  }

  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Sorted distinct 64-bit hashes of the text's {@code shingleWords}-word shingles. A text shorter
   * than one shingle has one shingle of all its words; an empty text has none.
   */
  public long[] shingles(String text) {
    return shingles(words(text));
  }

  long[] shingles(Words words) {
    long[] hashes = shingleHashes(words);
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /**
   * The hashes of the words' shingles in text order, repeats included: what {@link #bandKeys} needs
   * (a set function), without {@link #shingles}' sort.
   */
  long[] shingleHashes(Words words) {
    if (words.size == 0) {
      return new long[0];
    }
    // Each word hashed once; a shingle's hash combines its words' hashes in order (hashing the
    // characters of every shingle again would read each character shingleWords times).
    long[] wordHash = new long[words.size];
    for (int j = 0; j < words.size; j++) {
      long h = FNV_OFFSET;
      for (int k = words.start[j]; k < words.end[j]; k++) {
        h = (h ^ words.text.charAt(k)) * FNV_PRIME;
      }
      wordHash[j] = mix(h);
    }
    int n = Math.max(1, words.size - shingleWords + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < Math.min(words.size, i + shingleWords); j++) {
        h = (h ^ wordHash[j]) * FNV_PRIME;
      }
      hashes[i] = mix(h);
    }
    return hashes;
  }

  /**
   * A 128-bit key of the text's word sequence (two longs), equal for two texts exactly when their
   * lower-cased words are equal (up to hash collisions, about 2^-64 per pair); null for a text
   * without words.
   */
  static long[] exactKey(Words words) {
    if (words.size == 0) {
      return null;
    }
    long a = FNV_OFFSET;
    long b = 0x84222325CBF29CE4L;
    for (int i = 0; i < words.size; i++) {
      for (int k = words.start[i]; k < words.end[i]; k++) {
        char c = words.text.charAt(k);
        a = (a ^ c) * FNV_PRIME;
        b = (b ^ c) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
      }
      a = (a ^ ' ') * FNV_PRIME;
      b = mix(b ^ i);
    }
    return new long[] {mix(a), mix(b ^ words.size)};
  }

  /** Sorted distinct tokens with a digit among the first {@code words} words of a text. */
  public static String[] numbers(String text, int words) {
    return numbers(words(text), 0, words);
  }

  /**
   * Sorted distinct tokens with a digit among {@code count} words of {@code all} from its word
   * {@code from} on: the lede of a body whose words follow the title's in {@code all} (the words of
   * {@code title + " " + body} are the title's and then the body's), without a second scan.
   */
  static String[] numbers(Words all, int from, int count) {
    TreeSet<String> numbers = new TreeSet<>();
    for (int i = from; i < Math.min(from + count, all.size); i++) {
      for (int k = all.start[i]; k < all.end[i]; k++) {
        if (Character.isDigit(all.text.charAt(k))) {
          numbers.add(all.word(i));
          break;
        }
      }
    }
    return numbers.toArray(String[]::new);
  }

  /**
   * One key per band: the band's index and its {@code rows} MinHash values hashed together. The
   * values come from one-permutation hashing of the shingles into {@code bands × rows} bins. A
   * function of the set of {@code shingles}: their order and repeats do not matter.
   */
  public long[] bandKeys(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    int bins = bands * rows;
    long[] mins = new long[bins];
    Arrays.fill(mins, Long.MAX_VALUE);
    boolean[] filled = new boolean[bins];
    for (long s : shingles) {
      long h = mix(s ^ 0x2545F4914F6CDD1DL);
      int bin = (int) (((h >>> 32) * bins) >>> 32);
      long v = h & 0xFFFFFFFFL;
      if (v < mins[bin]) {
        mins[bin] = v;
      }
      filled[bin] = true;
    }
    // Densification: an empty bin takes the value of the next non-empty bin, marked by distance.
    long[] values = new long[bins];
    for (int b = 0; b < bins; b++) {
      int j = b;
      int distance = 0;
      while (!filled[j]) {
        j = (j + 1) % bins;
        distance++;
      }
      values[b] = distance == 0 ? mins[j] : mix(mins[j] + distance * 0x9E3779B97F4A7C15L);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ values[b * rows + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  /** Exact Jaccard similarity of two sorted distinct arrays. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
