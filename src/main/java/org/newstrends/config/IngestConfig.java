package org.newstrends.config;

/**
 * Limits for reading input records.
 *
 * @param maxRecordBytes records larger than this (in UTF-8 bytes) are rejected as {@code too_large}
 * @param splitBytes the largest byte range one read task takes from a splittable file; {@code 0}
 *     means "choose from the input size and the cluster's parallelism"
 */
public record IngestConfig(long maxRecordBytes, long splitBytes) {

  public static final long DEFAULT_MAX_RECORD_BYTES = 4L * 1024 * 1024;
  public static final IngestConfig DEFAULT = new IngestConfig(DEFAULT_MAX_RECORD_BYTES, 0);

  public IngestConfig {
    if (maxRecordBytes == 0) {
      maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    }
    if (maxRecordBytes < 0) {
      throw new IllegalArgumentException("'max_record_bytes' must be positive");
    }
    if (splitBytes < 0) {
      throw new IllegalArgumentException("'split_bytes' must be 0 (automatic) or positive");
    }
  }
}
