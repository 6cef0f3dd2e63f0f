package org.newstrends.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles and MinHash band keys of a text. Pure Java, deterministic across JVMs (no {@code
 * String.hashCode} salt, fixed seeds), so the same corpus always gives the same groups.
 */
public final class Shingler implements Serializable {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public Shingler(int shingleWords, int bands, int rows) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** Lowercased words of a text. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Sorted distinct 64-bit hashes of the text's {@code shingleWords}-word shingles. A text shorter
   * than one shingle has one shingle of all its words; an empty text has none.
   */
  public long[] shingles(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, words.size() - shingleWords + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xCBF29CE484222325L;
      for (int j = i; j < Math.min(words.size(), i + shingleWords); j++) {
        h = fnv(h, words.get(j));
        h = fnv(h, " ");
      }
      hashes[i] = mix(h);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** Sorted distinct tokens with a digit among the first {@code words} words of a text. */
  public static String[] numbers(String text, int words) {
    List<String> all = words(text);
    return all.subList(0, Math.min(words, all.size())).stream()
        .filter(w -> w.chars().anyMatch(Character::isDigit))
        .distinct()
        .sorted()
        .toArray(String[]::new);
  }

  /** One key per band: the band's index and its {@code rows} MinHash values hashed together. */
  public long[] bandKeys(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] mins = new long[seeds.length];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(s ^ seeds[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ mins[b * rows + r]);
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

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
