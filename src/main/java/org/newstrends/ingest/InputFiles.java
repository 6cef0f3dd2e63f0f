package org.newstrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands an input path (a file, a directory read recursively, or a glob) into its files, sorted,
 * on the driver. Names starting with {@code _} or {@code .} are skipped, as Hadoop's file inputs do
 * ({@code _SUCCESS}, {@code .crc}).
 */
final class InputFiles {

  private InputFiles() {}

  static List<String> list(String path, Configuration conf) {
    Path input = new Path(path);
    try {
      FileSystem fs = input.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(input);
      List<String> files = new ArrayList<>();
      if (matches == null) {
        return files;
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
          while (it.hasNext()) {
            Path file = it.next().getPath();
            if (!hidden(file, match.getPath())) {
              files.add(file.toString());
            }
          }
        } else if (!hidden(match.getPath(), match.getPath().getParent())) {
          files.add(match.getPath().toString());
        }
      }
      files.sort(null);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + path, e);
    }
  }

  /** Whether the file or any folder between it and the root is hidden. */
  private static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
