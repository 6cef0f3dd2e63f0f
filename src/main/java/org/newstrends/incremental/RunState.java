package org.newstrends.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
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
 */
public record RunState(
    int stateFormat, String compatibility, String dateWindow, List<FileState> files) {

  /** The current layout of {@code _state/}. */
  public static final int FORMAT = 1;

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

  /** Writes this state into {@code dir} (a run's staging directory). */
  public void write(FileSystem fs, Path dir) throws IOException {
    try (OutputStream out = fs.create(new Path(dir, FILE), true)) {
      JSON.writeValue(out, this);
    }
  }
}
