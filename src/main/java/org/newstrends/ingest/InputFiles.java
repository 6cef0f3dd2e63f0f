package org.newstrends.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newstrends.config.IngestConfig;

/**
 * Expands an input path (a file, a directory read recursively, or a glob) into its files, sorted,
 * on the driver and in-process (no forked {@code ls} or {@code stat}).
 *
 * <p>Rules: names starting with {@code _} or {@code .} are skipped, as Hadoop's file inputs do
 * ({@code _SUCCESS}, {@code .crc}). Only regular files are read: a FIFO, socket or device is
 * skipped with a reason (reading a FIFO would block its task forever). A symbolic link to a file is
 * read (once: files are identified by their real path); a symbolic link to a folder inside an input
 * folder is skipped unless {@code ingest.follow_symlinks} is set, and a link loop is never
 * followed. Local paths are listed with {@code java.nio} (which sees links and FIFOs), other file
 * systems through Hadoop's {@link FileSystem}.
 */
public final class InputFiles {

  /**
   * One file to read.
   *
   * @param file the file as listed (a qualified URI), which becomes {@code input_file}
   * @param identity the physical file: its real path (links resolved)
   * @param physical what reads the physical file only once: its device and inode where the file
   *     system has them (hard links share them, not their paths), else {@code identity}
   */
  public record Listed(
      String file, String identity, String physical, long size, long modifiedMillis)
      implements Serializable {}

  /** Something found under an input that is not read, and why. */
  public record Skipped(String path, String reason) implements Serializable {}

  /**
   * The files of one input and what was skipped; {@code matched} is false when the path does not
   * exist or the glob matches nothing.
   */
  public record Listing(List<Listed> files, List<Skipped> skipped, boolean matched) {}

  private InputFiles() {}

  /** The file names of an input, following no folder links (tests and simple callers). */
  static List<String> list(String path, Configuration conf) {
    return list(path, conf, false).files().stream().map(Listed::file).toList();
  }

  /** Lists an input. */
  public static Listing list(String path, Configuration conf, boolean followSymlinks) {
    Path input = new Path(path);
    try {
      FileSystem fs = input.getFileSystem(conf);
      Path qualified = fs.makeQualified(input);
      List<Listed> files = new ArrayList<>();
      List<Skipped> skipped = new ArrayList<>();
      boolean matched;
      if ("file".equals(qualified.toUri().getScheme())) {
        matched = new LocalLister(followSymlinks, files, skipped).list(qualified.toUri());
      } else {
        matched = listRemote(fs, qualified, followSymlinks, files, skipped);
      }
      files.sort(java.util.Comparator.comparing(Listed::file));
      return new Listing(List.copyOf(files), List.copyOf(skipped), matched);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + path, e);
    }
  }

  private static final String LINK_LOOP = "symbolic link loop, not followed";

  /** Why a link that leads to nothing does: a loop of links, or a target that is missing. */
  private static String deadLink(java.nio.file.Path link) {
    try {
      link.toRealPath();
      return "broken symbolic link";
    } catch (FileSystemLoopException e) {
      return LINK_LOOP;
    } catch (IOException e) {
      String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : null;
      return reason != null && reason.contains("Too many levels of symbolic links")
          ? LINK_LOOP
          : "broken symbolic link";
    }
  }

  /** Local files through java.nio: sees links, loops, FIFOs; forks nothing. */
  private static final class LocalLister {
    private final boolean followSymlinks;
    private final List<Listed> files;
    private final List<Skipped> skipped;

    LocalLister(boolean followSymlinks, List<Listed> files, List<Skipped> skipped) {
      this.followSymlinks = followSymlinks;
      this.files = files;
      this.skipped = skipped;
    }

    /** Lists an input; false when nothing matches it. */
    boolean list(URI input) throws IOException {
      String local = input.getPath();
      if (!hasGlob(local)) {
        java.nio.file.Path p = java.nio.file.Path.of(local);
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          top(p);
          return true;
        }
        return false;
      }
      int cut = local.lastIndexOf('/', firstGlob(local));
      java.nio.file.Path root = java.nio.file.Path.of(cut <= 0 ? "/" : local.substring(0, cut));
      if (!Files.isDirectory(root)) {
        return false;
      }
      int depth = (int) local.substring(cut).chars().filter(c -> c == '/').count();
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + local);
      List<java.nio.file.Path> matches = new ArrayList<>();
      // Files.walk without FOLLOW_LINKS never loops; the depth is that of the pattern.
      try (Stream<java.nio.file.Path> walk = Files.walk(root, depth)) {
        walk.filter(matcher::matches).forEach(matches::add);
      }
      matches.sort(null);
      for (java.nio.file.Path match : matches) {
        if (!IngestConfig.hiddenName(match.getFileName().toString())) {
          top(match);
        }
      }
      return !matches.isEmpty();
    }

    /** An input path (or a glob's match): a folder is walked, a link to a folder followed. */
    private void top(java.nio.file.Path p) throws IOException {
      if (Files.isDirectory(p)) {
        walk(p);
      } else if (!Files.exists(p)) {
        skipped.add(new Skipped(uri(p), "broken symbolic link"));
      } else {
        file(p, Files.readAttributes(p, BasicFileAttributes.class));
      }
    }

    private void walk(java.nio.file.Path given) throws IOException {
      java.nio.file.Path root = Files.isSymbolicLink(given) ? given.toRealPath() : given;
      Set<FileVisitOption> options =
          followSymlinks
              ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
              : EnumSet.noneOf(FileVisitOption.class);
      Set<java.nio.file.Path> seenDirs = new HashSet<>();
      Files.walkFileTree(
          root,
          options,
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(
                java.nio.file.Path dir, BasicFileAttributes attrs) throws IOException {
              if (!dir.equals(root) && IngestConfig.hiddenName(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (!seenDirs.add(dir.toRealPath())) {
                skipped.add(new Skipped(uri(dir), "folder already listed through a link"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(java.nio.file.Path f, BasicFileAttributes attrs)
                throws IOException {
              if (IngestConfig.hiddenName(f.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                if (Files.isDirectory(f)) {
                  skipped.add(
                      new Skipped(
                          uri(f),
                          "symbolic link to a folder, not followed (ingest.follow_symlinks:"
                              + " false)"));
                  return FileVisitResult.CONTINUE;
                }
                if (!Files.exists(f)) {
                  skipped.add(new Skipped(uri(f), deadLink(f)));
                  return FileVisitResult.CONTINUE;
                }
                attrs = Files.readAttributes(f, BasicFileAttributes.class);
              }
              file(f, attrs);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(java.nio.file.Path f, IOException e) {
              skipped.add(
                  new Skipped(
                      uri(f),
                      e instanceof FileSystemLoopException ? LINK_LOOP : "cannot be read: " + e));
              return FileVisitResult.CONTINUE;
            }
          });
    }

    private void file(java.nio.file.Path f, BasicFileAttributes attrs) throws IOException {
      if (!attrs.isRegularFile()) {
        skipped.add(
            new Skipped(
                uri(f), "not a regular file (a FIFO, socket or device): reading it could block"));
        return;
      }
      String name = uri(f);
      if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
        skipped.add(new Skipped(name.replaceAll("[\r\n]", "?"), "line break in the file name"));
        return;
      }
      String identity = "file:" + f.toRealPath();
      Object inode = Files.readAttributes(f, BasicFileAttributes.class).fileKey(); // link's target
      files.add(
          new Listed(
              name,
              identity,
              inode == null ? identity : "inode:" + inode,
              attrs.size(),
              attrs.lastModifiedTime().toMillis()));
    }

    private static String uri(java.nio.file.Path p) {
      return new Path(p.toAbsolutePath().normalize().toUri()).toString();
    }
  }

  /** Any other file system, through Hadoop's FileSystem (listStatus, never forking). */
  private static boolean listRemote(
      FileSystem fs, Path input, boolean followSymlinks, List<Listed> files, List<Skipped> skipped)
      throws IOException {
    FileStatus[] matches = fs.globStatus(input);
    if (matches == null || matches.length == 0) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    java.util.ArrayDeque<FileStatus> todo = new java.util.ArrayDeque<>(List.of(matches));
    while (!todo.isEmpty()) {
      FileStatus status = todo.poll();
      Path p = status.getPath();
      if (status.isSymlink() && !followSymlinks) {
        skipped.add(new Skipped(p.toString(), "symbolic link, not followed"));
      } else if (status.isDirectory()) {
        if (!seen.add(p.toString())) {
          skipped.add(new Skipped(p.toString(), "folder already listed"));
          continue;
        }
        for (FileStatus child : fs.listStatus(p)) {
          if (!IngestConfig.hiddenName(child.getPath().getName())) {
            todo.add(child);
          }
        }
      } else if (status.isFile()) {
        files.add(
            new Listed(
                p.toString(),
                p.toString(),
                p.toString(),
                status.getLen(),
                status.getModificationTime()));
      } else {
        skipped.add(new Skipped(p.toString(), "not a regular file"));
      }
    }
    return true;
  }

  static boolean hasGlob(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static int firstGlob(String path) {
    int i = 0;
    while (i < path.length() && "*?[{".indexOf(path.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
