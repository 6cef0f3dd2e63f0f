package org.newstrends.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
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

  static boolean matchesAnything(String path) {
    String local = path.startsWith("file:") ? URI.create(path).getPath() : path;
    if (!hasGlob(local)) {
      return Files.exists(Path.of(local));
    }
    Path root = Path.of(local.substring(0, firstGlobSegmentStart(local)));
    if (!Files.isDirectory(root)) {
      return false;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + local);
    try (Stream<Path> files = Files.walk(root)) {
      return files.anyMatch(matcher::matches);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
