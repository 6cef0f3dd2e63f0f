package org.newstrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Chooses how many bytes one read task takes, the way Spark SQL's file sources do: enough tasks to
 * keep every core busy (two per core), no task larger than 128 MiB, none smaller than 1 MiB.
 */
final class SplitSizing {

  static final long MIN_SPLIT = 1L << 20;
  static final long MAX_SPLIT = 128L << 20;

  private SplitSizing() {}

  static long splitBytes(Path input, Configuration conf, int parallelism) {
    long total = totalBytes(input, conf);
    long perTask = total / Math.max(1, 2L * parallelism);
    return Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, perTask));
  }

  static long totalBytes(Path input, Configuration conf) {
    try {
      FileSystem fs = input.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(input);
      long total = 0;
      if (matches != null) {
        for (FileStatus status : matches) {
          total += fs.getContentSummary(status.getPath()).getLength();
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input, e);
    }
  }
}
