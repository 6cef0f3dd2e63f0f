package org.newstrends.ingest;

/**
 * Chooses how many bytes one read task takes, the way Spark SQL's file sources do: enough tasks to
 * keep every core busy (two per core), no task larger than 128 MiB, none smaller than 1 MiB.
 */
final class SplitSizing {

  static final long MIN_SPLIT = 1L << 20;
  static final long MAX_SPLIT = 128L << 20;

  private SplitSizing() {}

  static long splitBytes(long totalBytes, int parallelism) {
    long perTask = totalBytes / Math.max(1, 2L * parallelism);
    return Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, perTask));
  }
}
