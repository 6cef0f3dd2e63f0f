package org.newstrends.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Limits for reading input records.
 *
 * @param maxRecordBytes records larger than this (in UTF-8 bytes) are rejected as {@code too_large}
 * @param splitBytes the largest byte range one read task takes from a splittable file; {@code 0}
 *     means "choose from the input size and the cluster's parallelism"
 * @param earliestDate the earliest plausible publication date ({@code YYYY-MM-DD}, default {@code
 *     1800-01-01}); an article dated before it is an {@code impossible_date} reject
 * @param latestDate the latest plausible publication date; null (the default) means one year after
 *     the day of the run
 * @param followSymlinks whether symbolic links to folders are followed when listing input folders
 *     (default false; links to files are always read, loops are never followed)
 */
public record IngestConfig(
    long maxRecordBytes,
    long splitBytes,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate earliestDate,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate latestDate,
    boolean followSymlinks) {

  public static final long DEFAULT_MAX_RECORD_BYTES = 4L * 1024 * 1024;
  public static final LocalDate DEFAULT_EARLIEST_DATE = LocalDate.of(1800, 1, 1);
  public static final IngestConfig DEFAULT = new IngestConfig(DEFAULT_MAX_RECORD_BYTES, 0);

  /**
   * Whether a file or folder name is never read under an input folder or through a glob: it starts
   * with "." or "_" (Spark's and Hadoop's convention: {@code _SUCCESS}, {@code .crc}, the job's own
   * staging folders).
   */
  public static boolean hiddenName(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  /** The smallest explicit split (tests use 1 KiB splits to cross record boundaries). */
  public static final long MIN_SPLIT_BYTES = 1024;

  public IngestConfig {
    if (maxRecordBytes == 0) {
      maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    }
    if (maxRecordBytes < 0) {
      throw new IllegalArgumentException("'max_record_bytes' must be positive");
    }
    if (splitBytes < 0 || splitBytes > 0 && splitBytes < MIN_SPLIT_BYTES) {
      // one byte per task made the 300-article sample 280,000 tasks (about 40 minutes)
      throw new IllegalArgumentException(
          "'split_bytes' must be 0 (automatic) or at least "
              + MIN_SPLIT_BYTES
              + " bytes, got "
              + splitBytes);
    }
    earliestDate = earliestDate == null ? DEFAULT_EARLIEST_DATE : earliestDate;
    if (earliestDate.getYear() < 1000) {
      throw new IllegalArgumentException(
          "'earliest_date' must be in a four-digit year (1000 or later), got " + earliestDate);
    }
    if (latestDate != null && latestDate.getYear() > 9999) {
      throw new IllegalArgumentException("'latest_date' must be in a four-digit year");
    }
    if (latestDate != null && latestDate.isBefore(earliestDate)) {
      throw new IllegalArgumentException(
          "'latest_date' " + latestDate + " is before 'earliest_date' " + earliestDate);
    }
  }

  /** Limits with the default date window and no symlinked folders. */
  public IngestConfig(long maxRecordBytes, long splitBytes) {
    this(maxRecordBytes, splitBytes, null, null, false);
  }

  /** The YAML form: every key optional. */
  @JsonCreator
  static IngestConfig fromYaml(
      @JsonProperty("max_record_bytes") Long maxRecordBytes,
      @JsonProperty("split_bytes") Long splitBytes,
      @JsonProperty("earliest_date") String earliestDate,
      @JsonProperty("latest_date") String latestDate,
      @JsonProperty("follow_symlinks") Boolean followSymlinks) {
    return new IngestConfig(
        maxRecordBytes == null ? 0 : maxRecordBytes,
        splitBytes == null ? 0 : splitBytes,
        date("earliest_date", earliestDate),
        date("latest_date", latestDate),
        followSymlinks != null && followSymlinks);
  }

  private static LocalDate date(String key, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + key + "' must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** A copy with another split size. */
  public IngestConfig withSplitBytes(long newSplitBytes) {
    return new IngestConfig(
        maxRecordBytes, newSplitBytes, earliestDate, latestDate, followSymlinks);
  }

  /** The plausible publication dates of a run started on {@code runDay}. */
  public DateWindow dateWindow(LocalDate runDay) {
    return new DateWindow(earliestDate, latestDate != null ? latestDate : runDay.plusYears(1));
  }
}
