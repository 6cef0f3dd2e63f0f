package org.newstrends.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What an output remembers of the run that wrote it, for the next {@code --incremental} run: {@code
 * DIR/_state/run-state.json}. BI readers skip {@code _state/} (names starting with {@code _} are
 * hidden to Spark, Hive and Hadoop input listings).
 *
 * @param stateFormat the layout of {@code _state/}; a run refuses to build on another one
 * @param compatibility the hash of everything besides the inputs that decides the output (the job
 *     version, the config without inputs and output, the compiled gazetteers); see {@link
 *     IncrementalPlan#compatibility}
 * @param dateWindow the plausible publication dates of the run that wrote the state
 * @param files every physical input file of that run, with what it became
 * @param parts every part of the output the next incremental run builds on (a table's or a state
 *     part's folder, relative to the output) → the files in it that a reader reads (relative to the
 *     folder) → their bytes, as the run wrote them: a part with a file missing, added, truncated or
 *     grown since is not built on ({@link #damage})
 */
public record RunState(
    int stateFormat,
    String compatibility,
    String dateWindow,
    List<FileState> files,
    Map<String, Map<String, Long>> parts) {

  /** The current layout of {@code _state/}: 2 records the {@code parts}' files. */
  public static final int FORMAT = 2;

  /** The folder of the run state inside an output. */
  public static final String DIR = "_state";

  /** The run state file, under {@link #DIR}. */
  public static final String FILE = DIR + "/run-state.json";

  /**
   * One physical input file as it was read, and its counts.
   *
   * @param input the input (as configured) that read it
   * @param inputHash the hash of that input's configuration (format, preset, mapping, assume_date)
   * @param file the file as listed; {@code input_file} of its articles and rejects
   * @param impossibleDates its {@code impossible_date} rejects, which a later date window can turn
   *     into articles
   */
  public record FileState(
      String input,
      String inputHash,
      String file,
      String realPath,
      long size,
      String modified,
      String sha256,
      long records,
      long articles,
      long rejects,
      long undated,
      long impossibleDates) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The state of the output {@code dir}, or null when it has none. */
  public static RunState read(FileSystem fs, Path dir) throws IOException {
    Path path = new Path(dir, FILE);
    if (!fs.exists(path)) {
      return null;
    }
    try (InputStream in = fs.open(path)) {
      return JSON.readValue(in, RunState.class);
    }
  }

  /**
   * The files of each of {@code parts} under the output {@code dir}, with their bytes: the files a
   * Parquet reader reads (names starting with {@code _} or {@code .} are skipped, as Spark skips
   * them), by their path relative to the part's folder; an empty map for a missing folder.
   */
  public static Map<String, Map<String, Long>> describe(FileSystem fs, Path dir, List<String> parts)
      throws IOException {
    Map<String, Map<String, Long>> described = new TreeMap<>();
    for (String part : parts) {
      Path folder = new Path(dir, part);
      Map<String, Long> files = new TreeMap<>();
      if (fs.exists(folder)) {
        listInto(fs, folder, "", files);
      }
      described.put(part, files);
    }
    return described;
  }

  private static void listInto(FileSystem fs, Path folder, String prefix, Map<String, Long> files)
      throws IOException {
    for (FileStatus s : fs.listStatus(folder)) {
      String name = s.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (s.isDirectory()) {
        listInto(fs, s.getPath(), prefix + name + "/", files);
      } else {
        files.put(prefix + name, s.getLen());
      }
    }
  }

  /**
   * What differs between the files this state recorded for {@code parts} and those under the output
   * {@code dir} now (a file missing, one more, another size), or null when they match: an
   * incremental run built on a damaged part would silently drop or double the rows of its kept
   * files.
   */
  public String damage(FileSystem fs, Path dir, List<String> parts) throws IOException {
    Map<String, Map<String, Long>> now = describe(fs, dir, parts);
    for (String part : parts) {
      Map<String, Long> recorded = this.parts == null ? null : this.parts.get(part);
      if (recorded == null) {
        return "the run state records no files of " + part;
      }
      Map<String, Long> found = now.get(part);
      for (Map.Entry<String, Long> f : recorded.entrySet()) {
        Long bytes = found.get(f.getKey());
        if (bytes == null) {
          return part + "/" + f.getKey() + " is missing";
        }
        if (!bytes.equals(f.getValue())) {
          return part + "/" + f.getKey() + " has " + bytes + " bytes, written with " + f.getValue();
        }
      }
      for (String f : found.keySet()) {
        if (!recorded.containsKey(f)) {
          return part + "/" + f + " was not written by the run";
        }
      }
    }
    return null;
  }

  /** Writes this state into {@code dir} (a run's staging directory). */
  public void write(FileSystem fs, Path dir) throws IOException {
    try (OutputStream out = fs.create(new Path(dir, FILE), true)) {
      JSON.writeValue(out, this);
    }
  }
}
