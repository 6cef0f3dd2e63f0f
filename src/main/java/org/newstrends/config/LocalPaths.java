package org.newstrends.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.stream.Stream;

/** Existence checks for local input paths and globs, done on the driver before Spark starts. */
final class LocalPaths {

  private LocalPaths() {}

  static URI toUri(String path) {
    try {
      URI uri = new URI(path.replace(" ", "%20").replace("{", "%7B").replace("}", "%7D"));
      // A Windows drive letter or a bare path has no real scheme.
      return uri.getScheme() != null && uri.getScheme().length() == 1 ? URI.create("x") : uri;
    } catch (URISyntaxException e) {
      return URI.create("relative");
    }
  }

  static boolean hasGlob(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * Whether a local input names something to read: a file, a folder holding one, or a glob matching
   * either. Names starting with "." or "_" under a folder or matched by a glob are never read
   * (Spark's and Hadoop's convention, and the job's own staging names), so a folder or glob of only
   * those, or an empty folder, names nothing: a run over it would publish empty tables over the
   * previous output.
   */
  static boolean matchesAnything(String path) {
    String local = path.startsWith("file:") ? URI.create(path).getPath() : path;
    if (!hasGlob(local)) {
      Path p = Path.of(local);
      return Files.isDirectory(p) ? holdsFile(p) : Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
    Path root = Path.of(local.substring(0, firstGlobSegmentStart(local)));
    if (!Files.isDirectory(root)) {
      return false;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + local);
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(matcher::matches)
          .filter(p -> !hidden(p.getFileName()))
          .anyMatch(p -> !Files.isDirectory(p) || holdsFile(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a folder holds a file (or a link) with no hidden name on the way to it. */
  private static boolean holdsFile(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(
          f ->
              (Files.isSymbolicLink(f) || Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                  && java.util.stream.StreamSupport.stream(dir.relativize(f).spliterator(), false)
                      .noneMatch(LocalPaths::hidden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(Path name) {
    return name != null && IngestConfig.hiddenName(name.toString());
  }

  /**
   * Whether a local input (a path or glob) reads from inside the local directory {@code output}, or
   * is it: the part before any glob, links resolved as far as the path exists.
   */
  static boolean inside(String input, String output) {
    String in = input.startsWith("file:") ? URI.create(input).getPath() : input;
    String out = output.startsWith("file:") ? URI.create(output).getPath() : output;
    if (hasGlob(in)) {
      in = in.substring(0, firstGlobSegmentStart(in));
      in = in.isEmpty() ? "." : in;
    }
    return real(Path.of(in)).startsWith(real(Path.of(out)));
  }

  /** The path with links resolved in its longest part that exists, the rest appended. */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static int firstGlobSegmentStart(String path) {
    int firstGlob = 0;
    while (firstGlob < path.length() && "*?[{".indexOf(path.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    int slash = path.lastIndexOf('/', firstGlob);
    return slash < 0 ? 0 : slash + 1;
  }
}
