package org.newstrends.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output directory of a run, written so that it never ends half written.
 *
 * <p>A run writes everything into a hidden staging directory beside the output, then swaps it in
 * with two renames: the previous output moves aside, the staging directory takes its place, and the
 * previous output is deleted. A run that fails before the swap leaves the previous output
 * untouched. A directory that exists, is not empty and holds no newstrends manifest is refused, so
 * a mistyped path never deletes someone's data; files and folders someone added to an output are
 * carried into the new one.
 */
public final class OutputDirectory {

  /** The marker a newstrends manifest carries; see {@link Manifest}. */
  static final String MARKER = "\"newstrends_manifest\"";

  private static final Logger LOG = LoggerFactory.getLogger(OutputDirectory.class);

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final Path previous;
  private final Path lock;
  private final String runId;
  private final List<String> cleaned = new ArrayList<>();

  private OutputDirectory(FileSystem fs, Path target, String runId) {
    this.fs = fs;
    this.target = target;
    this.runId = runId;
    this.staging = new Path(target.getParent(), "." + target.getName() + STAGING + runId);
    this.previous = new Path(target.getParent(), "." + target.getName() + PREVIOUS + runId);
    this.lock = lockOf(target);
  }

  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";

  /** The lock file of an output: a hidden sibling, {@code .DIR.lock}. */
  static Path lockOf(Path target) {
    return new Path(target.getParent(), "." + target.getName() + ".lock");
  }

  /**
   * Opens an output directory for a run, after {@link #checkReplaceable} allows it: takes its lock
   * (a second run into it is refused until this one commits or aborts), restores the output a
   * killed run had moved aside, and removes staging directories killed runs left behind (only names
   * of the form {@code .DIR.staging-RUNID}).
   */
  public static OutputDirectory open(String dir, String runId, Configuration conf) {
    Path target = new Path(dir);
    try {
      FileSystem fs = target.getFileSystem(conf);
      Path qualified = fs.makeQualified(target);
      OutputDirectory out = new OutputDirectory(fs, qualified, runId);
      out.acquireLock();
      try {
        out.recoverFromKilledRuns();
        checkContents(fs, qualified);
      } catch (IOException | RuntimeException e) {
        out.releaseLock();
        throw e;
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output directory " + dir, e);
    }
  }

  /** Leftovers of killed runs this run removed (or restored), for the log and the manifest. */
  public List<String> cleaned() {
    return List.copyOf(cleaned);
  }

  private void acquireLock() throws IOException {
    String holder =
        "run_id="
            + runId
            + "\nhost="
            + host()
            + "\npid="
            + ProcessHandle.current().pid()
            + "\nstarted="
            + java.time.Instant.now()
            + "\n";
    for (int attempt = 0; attempt < 2; attempt++) {
      if (createExclusively(holder.getBytes(StandardCharsets.UTF_8))) {
        return;
      }
      Map<String, String> other = readLock(fs, lock);
      if (attempt == 0 && isStale(other)) {
        LOG.warn("removing the stale lock {} of run {} (its process is gone)", lock, other);
        fs.delete(lock, false);
        cleaned.add(lock + " (stale lock of run " + other.get("run_id") + ")");
        continue;
      }
      throw new Locked(lockedMessage(target, lock, other));
    }
  }

  /**
   * Creates the lock file only if it does not exist, atomically: {@code O_EXCL} for local paths
   * (Hadoop's local file system checks and creates in two steps), {@code create(overwrite=false)}
   * elsewhere (atomic on HDFS and object stores with conditional writes). False if it exists.
   */
  private boolean createExclusively(byte[] content) throws IOException {
    if ("file".equals(lock.toUri().getScheme())) {
      java.nio.file.Path local = java.nio.file.Path.of(lock.toUri());
      java.nio.file.Files.createDirectories(local.getParent());
      try {
        java.nio.file.Files.write(
            local,
            content,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream outStream = fs.create(lock, false)) {
      outStream.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(lock)) {
        return false;
      }
      throw e;
    }
  }

  static String lockedMessage(Path target, Path lock, Map<String, String> other) {
    return "output "
        + target
        + " is locked by another newstrends run (run "
        + other.getOrDefault("run_id", "?")
        + ", host "
        + other.getOrDefault("host", "?")
        + ", pid "
        + other.getOrDefault("pid", "?")
        + ", started "
        + other.getOrDefault("started", "?")
        + "); wait for it to finish, or, if that run is dead, delete "
        + lock;
  }

  /** A lock left by a process of this host that no longer runs. */
  private static boolean isStale(Map<String, String> holder) {
    if (!host().equals(holder.get("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder.getOrDefault("pid", ""));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Map<String, String> readLock(FileSystem fs, Path lock) {
    Map<String, String> values = new LinkedHashMap<>();
    try (InputStream in = fs.open(lock)) {
      for (String line : new String(in.readNBytes(4096), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
      }
    } catch (IOException e) {
      // a lock being written or removed right now: report what we have
    }
    return values;
  }

  private static String host() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void releaseLock() {
    try {
      if (runId.equals(readLock(fs, lock).get("run_id"))) {
        fs.delete(lock, false);
      }
    } catch (IOException e) {
      LOG.warn("cannot remove the lock {}: {}", lock, e.toString());
    }
  }

  /** Whether a sibling's name is one this output's runs create: {@code .DIR<kind>RUNID}. */
  private boolean ownName(Path sibling, String kind) {
    String prefix = "." + target.getName() + kind;
    String name = sibling.getName();
    return name.startsWith(prefix)
        && name.length() > prefix.length()
        && name.substring(prefix.length()).matches("[A-Za-z0-9_-]+");
  }

  /**
   * With the lock held no other run writes here, so staging directories are leftovers of killed
   * runs; an output moved aside by a run killed during the swap is moved back when the output is
   * missing.
   */
  private void recoverFromKilledRuns() throws IOException {
    if (target.getParent() == null || !fs.exists(target.getParent())) {
      return;
    }
    List<FileStatus> previousOnes = new ArrayList<>();
    for (FileStatus sibling : fs.listStatus(target.getParent())) {
      if (!sibling.isDirectory()) {
        continue;
      }
      if (ownName(sibling.getPath(), STAGING)) {
        LOG.warn("removing {}, the staging directory of a run that was killed", sibling.getPath());
        fs.delete(sibling.getPath(), true);
        cleaned.add(sibling.getPath() + " (staging of a killed run, removed)");
      } else if (ownName(sibling.getPath(), PREVIOUS)
          && fs.exists(new Path(sibling.getPath(), Tables.MANIFEST))) {
        previousOnes.add(sibling);
      }
    }
    previousOnes.sort(java.util.Comparator.comparingLong(FileStatus::getModificationTime));
    for (int i = previousOnes.size() - 1; i >= 0; i--) {
      Path p = previousOnes.get(i).getPath();
      if (!fs.exists(target)) {
        LOG.warn("restoring {} to {}: a run was killed while swapping its output in", p, target);
        fs.rename(p, target);
        cleaned.add(p + " (output moved aside by a killed run, restored)");
      } else if (keepUserEntries(p)) {
        fs.delete(p, true);
        cleaned.add(p + " (output moved aside by a killed run, already replaced; removed)");
      }
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

  /** Another run holds the output's lock: a refusal, not a failure (exit status 2). */
  public static final class Locked extends IllegalStateException {
    Locked(String message) {
      super(message);
    }
  }

  private static void checkReplaceable(FileSystem fs, Path target) throws IOException {
    if ("file".equals(target.toUri().getScheme())) {
      checkCreatable(java.nio.file.Path.of(target.toUri()));
    }
    Path lock = lockOf(target);
    if (fs.exists(lock)) {
      Map<String, String> holder = readLock(fs, lock);
      if (!isStale(holder)) {
        throw new Locked(lockedMessage(target, lock, holder));
      }
    }
    checkContents(fs, target);
  }

  /**
   * Fails unless the folder that will hold a local output exists or can be made, and takes files:
   * an output under a file or under /proc ran the whole job, then failed with a stack trace.
   */
  private static void checkCreatable(java.nio.file.Path target) {
    java.nio.file.Path parent = target.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try {
      java.nio.file.Files.createDirectories(parent);
      java.nio.file.Files.delete(
          java.nio.file.Files.createTempFile(parent, ".newstrends-", ".probe"));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "output " + target + " cannot be written: " + describe(e) + "; choose another --output");
    }
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getFile() + ": " + f.getReason()
        : e.toString();
  }

  private static void checkContents(FileSystem fs, Path target) throws IOException {
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

  /** Folder of the run's working copies (never published): removed by {@link #dropWork}. */
  public static final String WORK = "_work";

  /** Where an unpublished working copy of a table is kept during the run. */
  public Path workTable(String table) {
    return new Path(new Path(staging, WORK), table);
  }

  /** Removes the working copies before the output is published. */
  public void dropWork() throws IOException {
    fs.delete(new Path(staging, WORK), true);
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
    for (FileStatus status : filesUnder(raw, staging)) {
      Path file = status.getPath();
      String name = file.getName();
      boolean nestedSuccess =
          "_SUCCESS".equals(name) && !file.getParent().getParent().equals(staging);
      if (name.endsWith(".crc") || nestedSuccess) {
        raw.delete(file, false);
      }
    }
  }

  /**
   * The files under {@code dir}, recursively, from {@link FileSystem#listStatus}. Unlike {@link
   * FileSystem#listFiles} it reads no block locations and no permissions, which the local file
   * system reads with an {@code ls} process per file when Hadoop's native library is missing.
   */
  static List<FileStatus> filesUnder(FileSystem fs, Path dir) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus status : fs.listStatus(dir)) {
      if (status.isDirectory()) {
        files.addAll(filesUnder(fs, status.getPath()));
      } else {
        files.add(status);
      }
    }
    return files;
  }

  /**
   * Swaps the staged output in place of the previous one, which moves aside under this run's own
   * name ({@code .DIR.previous-RUNID}) and is deleted; then releases the lock.
   */
  public void commit() throws IOException {
    try {
      swap();
    } finally {
      releaseLock();
    }
  }

  private void swap() throws IOException {
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
    if (hadPrevious && keepUserEntries(previous)) {
      fs.delete(previous, true);
    }
  }

  /**
   * Names a run writes at the top of its output. Anything else there was put by someone else
   * (notes, queries, a notebook) and is carried into the new output rather than deleted with the
   * previous one.
   */
  static final java.util.Set<String> WRITTEN =
      java.util.Set.of(
          Tables.ARTICLES,
          Tables.REJECTS,
          Tables.MENTIONS,
          Tables.MANIFEST,
          Tables.ENTITY_TRENDS,
          Tables.COOCCURRENCE,
          Tables.TERM_ACTOR,
          Tables.CORPUS_STATS,
          Tables.ARTICLE_PARTS,
          Tables.ENTITIES,
          Tables.ENTITY_ROLES,
          Tables.OUTLETS,
          "report",
          "_state",
          WORK,
          "_SUCCESS");

  /**
   * Moves the entries of a replaced output that no run wrote ({@link #WRITTEN}) into the output;
   * false, with the reason logged, when one cannot move (the replaced output is then kept, so
   * nothing of the user's is deleted).
   */
  private boolean keepUserEntries(Path replaced) {
    try {
      List<String> kept = new ArrayList<>();
      for (FileStatus entry : fs.listStatus(replaced)) {
        String name = entry.getPath().getName();
        if (WRITTEN.contains(name) || name.endsWith(".crc")) {
          continue;
        }
        Path to = new Path(target, name);
        if (fs.exists(to) || !fs.rename(entry.getPath(), to)) {
          throw new IOException("cannot move " + entry.getPath() + " to " + to);
        }
        kept.add(name);
      }
      if (!kept.isEmpty()) {
        LOG.warn(
            "kept {} entries of the previous output that newstrends did not write: {}",
            kept.size(),
            kept);
      }
      return true;
    } catch (IOException e) {
      LOG.warn("kept the previous output in {}: {}", replaced, e.toString());
      return false;
    }
  }

  /** Deletes the staging directory of a failed run; the previous output stays as it was. */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Best effort: the staging directory is hidden and the next run removes it.
    } finally {
      releaseLock();
    }
  }
}
