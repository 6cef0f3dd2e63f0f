package org.newstrends.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The output directory of a run, written so that it never ends half written.
 *
 * <p>A run writes everything into a hidden staging directory beside the output, then swaps it in
 * with two renames: the previous output moves aside, the staging directory takes its place, and the
 * previous output is deleted. A run that fails before the swap leaves the previous output
 * untouched. A directory that exists, is not empty and holds no newstrends manifest is refused, so
 * a mistyped path never deletes someone's data.
 */
public final class OutputDirectory {

  /** The marker a newstrends manifest carries; see {@link Manifest}. */
  static final String MARKER = "\"newstrends_manifest\"";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputDirectory(FileSystem fs, Path target, String runId) {
    this.fs = fs;
    this.target = target;
    this.staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + runId);
  }

  /** Opens an output directory for a run, after {@link #checkReplaceable} allows it. */
  public static OutputDirectory open(String dir, String runId, Configuration conf) {
    Path target = new Path(dir);
    try {
      FileSystem fs = target.getFileSystem(conf);
      Path qualified = fs.makeQualified(target);
      checkReplaceable(fs, qualified);
      return new OutputDirectory(fs, qualified, runId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output directory " + dir, e);
    }
  }

  /**
   * Fails with {@link IllegalStateException} when {@code dir} holds something other than a
   * newstrends output. Called before Spark starts, so no work is done for nothing.
   */
  public static void checkReplaceable(String dir, Configuration conf) {
    Path target = new Path(dir);
    try {
      FileSystem fs = target.getFileSystem(conf);
      checkReplaceable(fs, fs.makeQualified(target));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inspect output directory " + dir, e);
    }
  }

  private static void checkReplaceable(FileSystem fs, Path target) throws IOException {
    if (!fs.exists(target)) {
      return;
    }
    if (!fs.getFileStatus(target).isDirectory()) {
      throw new IllegalStateException(
          "output " + target + " is a file, not a directory; choose another --output");
    }
    FileStatus[] children = fs.listStatus(target);
    if (children.length == 0) {
      return;
    }
    Path manifest = new Path(target, Tables.MANIFEST);
    if (!fs.exists(manifest) || !readsAsManifest(fs, manifest)) {
      throw new IllegalStateException(
          "output "
              + target
              + " is not empty and holds no newstrends manifest; refusing to replace it. "
              + "Choose an empty or new directory, or a previous newstrends output.");
    }
  }

  private static boolean readsAsManifest(FileSystem fs, Path manifest) throws IOException {
    try (InputStream in = fs.open(manifest)) {
      String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      return head.contains(MARKER);
    }
  }

  /** Where a table is staged during the run. */
  public Path stagedTable(String table) {
    return new Path(staging, table);
  }

  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  /** The final location of a table once committed. */
  public Path table(String table) {
    return new Path(target, table);
  }

  /**
   * Removes checksum files and nested {@code _SUCCESS} markers, so table folders hold only {@code
   * .parquet} files (and {@code _SUCCESS} at a table's root).
   */
  public void tidy() throws IOException {
    // A checksummed file system (the local one) hides its .crc files from listings.
    FileSystem raw =
        fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    RemoteIterator<LocatedFileStatus> files = raw.listFiles(staging, true);
    while (files.hasNext()) {
      Path file = files.next().getPath();
      String name = file.getName();
      boolean nestedSuccess =
          "_SUCCESS".equals(name) && !file.getParent().getParent().equals(staging);
      if (name.endsWith(".crc") || nestedSuccess) {
        raw.delete(file, false);
      }
    }
  }

  /** Swaps the staged output in place of the previous one. */
  public void commit() throws IOException {
    Path previous = new Path(target.getParent(), "." + target.getName() + ".previous");
    if (fs.exists(previous)) {
      fs.delete(previous, true);
    }
    boolean hadPrevious = fs.exists(target);
    if (hadPrevious && !fs.rename(target, previous)) {
      throw new IOException("cannot move the previous output " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      if (hadPrevious) {
        fs.rename(previous, target);
      }
      throw new IOException("cannot move " + staging + " to " + target);
    }
    if (hadPrevious) {
      fs.delete(previous, true);
    }
  }

  /** Deletes the staging directory of a failed run; the previous output stays as it was. */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Best effort: the staging directory is hidden and the next run uses a new one.
    }
  }
}
