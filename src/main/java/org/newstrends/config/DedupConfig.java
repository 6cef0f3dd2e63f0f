package org.newstrends.config;

/**
 * Grouping of exact and near-duplicate articles (wire copies) into {@code dup_group_id}.
 *
 * <p>Two articles are near-duplicates when the Jaccard similarity of their sets of {@code
 * shingleWords}-word shingles (title and body, lowercased words) is at least {@code threshold}.
 * Candidates come from MinHash with {@code bands} x {@code rows} hash functions (locality sensitive
 * hashing): a pair shares a bucket with probability {@code 1 - (1 - J^rows)^bands}, then its exact
 * Jaccard is checked. Buckets with more than {@code maxBucketSize} articles are skipped (their
 * members still meet in their other bands); groups are the connected components of the verified
 * pairs, found by label propagation in at most {@code maxIterations} rounds.
 *
 * @param enabled {@code false}: every article is its own group
 * @param threshold Jaccard similarity, in (0, 1]; default 0.7
 * @param shingleWords words per shingle; default 5
 * @param bands LSH bands; default 25
 * @param rows MinHash values per band; default 4
 * @param maxBucketSize largest LSH bucket whose pairs are compared; default 500
 * @param maxIterations label propagation rounds before giving up; default 30
 * @param maxDaysApart near-duplicates (not exact copies) must be published at most this many days
 *     apart (when both dates are known); default 7
 * @param matchLedeNumbers near-duplicates must have the same numbers in the first {@value
 *     #LEDE_WORDS} words of the body: recurring templated reports ("the Fed added 1.5 billion dlrs
 *     ...") differ in little more than their numbers; default true
 */
public record DedupConfig(
    Boolean enabled,
    Double threshold,
    Integer shingleWords,
    Integer bands,
    Integer rows,
    Integer maxBucketSize,
    Integer maxIterations,
    Integer maxDaysApart,
    Boolean matchLedeNumbers) {

  /** Words at the start of the body whose numbers near-duplicates must share. */
  public static final int LEDE_WORDS = 40;

  public static final DedupConfig DEFAULT =
      new DedupConfig(null, null, null, null, null, null, null, null, null);

  /** Absent keys ({@code null}) take the defaults. */
  public DedupConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    threshold = threshold == null ? 0.7 : threshold;
    shingleWords = shingleWords == null ? 5 : shingleWords;
    bands = bands == null ? 25 : bands;
    rows = rows == null ? 4 : rows;
    maxBucketSize = maxBucketSize == null ? 500 : maxBucketSize;
    maxIterations = maxIterations == null ? 30 : maxIterations;
    maxDaysApart = maxDaysApart == null ? 7 : maxDaysApart;
    matchLedeNumbers = matchLedeNumbers == null ? Boolean.TRUE : matchLedeNumbers;
    if (maxDaysApart < 0) {
      throw new IllegalArgumentException("'dedup.max_days_apart' must be 0 or more");
    }
    if (!(threshold > 0 && threshold <= 1)) { // NaN too: it failed neither comparison
      throw new IllegalArgumentException("'dedup.threshold' must be in (0, 1], got " + threshold);
    }
    if (shingleWords < 1 || bands < 1 || rows < 1 || maxBucketSize < 2 || maxIterations < 1) {
      throw new IllegalArgumentException(
          "'dedup.shingle_words', 'bands', 'rows' and 'max_iterations' must be positive,"
              + " 'max_bucket_size' at least 2");
    }
    if ((long) bands * rows > MAX_HASHES) {
      // each article's signature holds bands x rows values, filled bin by bin: a million made
      // dedup run for hours, and a product past the int range failed a task
      throw new IllegalArgumentException(
          "'dedup.bands' x 'dedup.rows' must be at most "
              + MAX_HASHES
              + " (MinHash values per article), got "
              + bands
              + " x "
              + rows);
    }
  }

  /** The most MinHash values per article, {@code bands × rows} (the default uses 100). */
  public static final int MAX_HASHES = 1024;
}
