package org.newstrends.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * The run manifest, {@code DIR/manifest.json}: what was read, what came out, how long it took and
 * with which configuration. {@code records_read == articles + rejects} holds for the run and for
 * each input. {@code outputs} maps each table to its folder, relative to the output directory;
 * {@code tables} describes each table (rows, bytes, schema hash, files) and {@code files} lists
 * every file once (table, path, rows, bytes), a list of records {@code pandas} reads as a frame.
 * {@code counts} holds the row counts of the tables later stages write ({@code mentions}, ...),
 * keyed by table name.
 */
// The marker first: OutputDirectory recognises a manifest by its first 4 KiB, and the input list
// of a run over many files is longer than that.
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"newstrends_manifest", "run_id"})
public record Manifest(
    String runId,
    String version,
    String startedAt,
    String finishedAt,
    String configHash,
    Object config,
    List<InputCounts> inputs,
    long recordsRead,
    long articles,
    long rejects,
    int readTasks,
    Map<String, String> outputs,
    Map<String, Long> timingsMs,
    Map<String, String> spark,
    Map<String, Long> counts,
    Details details,
    Map<String, TableFiles.Table> tables,
    List<TableFiles.File> files,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Map<String, Object> incremental) {

  /** A manifest without {@link Details} (added with {@link #withDetails}). */
  public Manifest(
      String runId,
      String version,
      String startedAt,
      String finishedAt,
      String configHash,
      Object config,
      List<InputCounts> inputs,
      long recordsRead,
      long articles,
      long rejects,
      int readTasks,
      Map<String, String> outputs,
      Map<String, Long> timingsMs,
      Map<String, String> spark,
      Map<String, Long> counts) {
    this(
        runId,
        version,
        startedAt,
        finishedAt,
        configHash,
        config,
        inputs,
        recordsRead,
        articles,
        rejects,
        readTasks,
        outputs,
        timingsMs,
        spark,
        counts,
        null,
        null,
        null,
        null);
  }

  /**
   * Where the records came from and what became of them, beyond the counts.
   *
   * @param inputFiles every physical file read: input, path, real path, size, modification time,
   *     SHA-256 (what an incremental run compares)
   * @param inputOverlaps files that several inputs or paths reached, read once
   * @param skippedInputs what the inputs' folders held that was not read, with the reason
   * @param dateWindow the plausible publication dates of the run
   * @param rejectsByReason reject rows per reason
   * @param duplicates articles that are not the canonical copy of their group
   * @param recovered leftovers of killed runs this run removed or restored
   */
  public record Details(
      List<?> inputFiles,
      List<?> inputOverlaps,
      List<?> skippedInputs,
      String dateWindow,
      Map<String, Long> rejectsByReason,
      long duplicates,
      List<String> recovered) {}

  /** This manifest with details. */
  public Manifest withDetails(Details newDetails) {
    return with(outputs, newDetails, tables, files, incremental);
  }

  /**
   * This manifest with its tables described: per table its folder, rows, bytes and schema hash, and
   * every file with its rows and bytes (paths relative to the output directory).
   */
  public Manifest withTables(Map<String, TableFiles.Table> newTables) {
    List<TableFiles.File> all = new java.util.ArrayList<>();
    for (TableFiles.Table t : newTables.values()) {
      all.addAll(t.files());
    }
    return with(outputs, details, newTables, all, incremental);
  }

  /**
   * This manifest with the {@code incremental} section: whether the run was incremental (or why
   * not) and how many inputs were new, changed, deleted and unchanged.
   */
  public Manifest withIncremental(Map<String, Object> section) {
    return with(outputs, details, tables, files, section);
  }

  /**
   * This manifest without the output {@code name}: one that was listed before it was written and
   * then could not be (the HTML report on a full disk).
   */
  public Manifest withoutOutput(String name) {
    Map<String, String> kept = new java.util.LinkedHashMap<>(outputs);
    kept.remove(name);
    return with(kept, details, tables, files, incremental);
  }

  /** This manifest with the sections that are added after the counts. */
  private Manifest with(
      Map<String, String> newOutputs,
      Details newDetails,
      Map<String, TableFiles.Table> newTables,
      List<TableFiles.File> newFiles,
      Map<String, Object> newIncremental) {
    return new Manifest(
        runId,
        version,
        startedAt,
        finishedAt,
        configHash,
        config,
        inputs,
        recordsRead,
        articles,
        rejects,
        readTasks,
        newOutputs,
        timingsMs,
        spark,
        counts,
        newDetails,
        newTables,
        newFiles,
        newIncremental);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Counts for one input; {@code undated} counts the articles (included in {@code articles})
   * without a {@code published_date}.
   */
  public record InputCounts(
      String path, String format, long recordsRead, long articles, long rejects, long undated) {}

  /** Identifies the file as a newstrends manifest; {@link OutputDirectory} looks for it. */
  @JsonProperty("newstrends_manifest")
  public int formatVersion() {
    return 1;
  }

  /** Writes the manifest into the staging directory. */
  public void write(OutputDirectory out) throws IOException {
    Path path = new Path(out.staging(), Tables.MANIFEST);
    try (OutputStream stream = out.fileSystem().create(path, true)) {
      JSON.writeValue(stream, this);
    }
  }

  /** The manifest as JSON text. */
  public String toJson() throws IOException {
    return JSON.writeValueAsString(this);
  }
}
