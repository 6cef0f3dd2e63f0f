package org.newstrends.incremental;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.newstrends.Version;
import org.newstrends.config.ConfigHash;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.ingest.Ingest;
import org.newstrends.output.Tables;

/**
 * What one run reads and what it takes from the previous output.
 *
 * <p>A full run ({@link #full}) reads every input. An incremental run ({@link #of}) compares the
 * listed inputs with the previous output's {@link RunState} ({@link InputDiff}), reads only the new
 * and changed files (and the few unchanged ones that must be read again), and takes the rows of the
 * unchanged files from the previous output: its {@code articles} (with their text, for dedup),
 * {@code rejects}, {@code mentions}, the per-article annotations kept in {@code _state/annotated}
 * ({@link Tables#ANNOTATED_ARTICLES_SCHEMA}), and the measure tables' sums per period kept in
 * {@code _state/rollup} (of which {@link IncrementalMeasures} rolls up only the affected periods
 * again). Rows of changed and deleted files are dropped. When the previous output has no usable
 * state (none, another state layout, another job version, another configuration or gazetteer), the
 * run falls back to a full run and says why in the log and the manifest: a nightly job that finds
 * no state builds it.
 */
public final class IncrementalPlan {

  /** The per-article annotations of the run, kept for the next one: {@code DIR/_state/...}. */
  public static final String ANNOTATED = RunState.DIR + "/annotated";

  private final String mode;
  private final String reason;
  private final InputDiff diff;
  private final RunState previous;
  private final Path previousDir;

  private IncrementalPlan(
      String mode, String reason, InputDiff diff, RunState previous, Path previousDir) {
    this.mode = mode;
    this.reason = reason;
    this.diff = diff;
    this.previous = previous;
    this.previousDir = previousDir;
  }

  /** A run that reads everything; {@code reason} says why (for an incremental run asked for). */
  public static IncrementalPlan full(String reason) {
    return new IncrementalPlan("full", reason, null, null, null);
  }

  /**
   * The plan of an {@code --incremental} run into {@code previousDir}: incremental when its state
   * is usable, else full with the reason.
   */
  public static IncrementalPlan of(
      FileSystem fs,
      Path previousDir,
      Ingest.Listing listing,
      JobConfig config,
      String compatibility) {
    RunState state;
    try {
      state = fs.exists(previousDir) ? RunState.read(fs, previousDir) : null;
    } catch (IOException | RuntimeException e) {
      return full("the run state of " + previousDir + " cannot be read (" + e.getMessage() + ")");
    }
    if (state == null) {
      return full("the output holds no run state (" + RunState.FILE + "): first run");
    }
    if (state.stateFormat() != RunState.FORMAT) {
      return full(
          "the output's run state has layout "
              + state.stateFormat()
              + ", this version builds on layout "
              + RunState.FORMAT);
    }
    if (!compatibility.equals(state.compatibility())) {
      return full(
          "the output was made by another job version or build, configuration or gazetteer"
              + " (compatibility hash differs)");
    }
    for (String table : builtOn(config)) {
      try {
        if (!fs.exists(new Path(previousDir, table))) {
          return full("the output lacks " + table + ", which an incremental run builds on");
        }
      } catch (IOException e) {
        return full("cannot inspect " + previousDir + " (" + e.getMessage() + ")");
      }
    }
    try {
      String damage = state.damage(fs, previousDir, builtOn(config));
      if (damage != null) {
        return full(
            "the output is not as its run wrote it ("
                + damage
                + "): an incremental run would lose or double rows");
      }
    } catch (IOException e) {
      return full("cannot inspect " + previousDir + " (" + e.getMessage() + ")");
    }
    InputDiff diff =
        InputDiff.of(
            state, listing.files(), inputHashes(config.inputs()), listing.dateWindow().toString());
    return new IncrementalPlan("incremental", null, diff, state, previousDir);
  }

  /**
   * The parts of the previous output an incremental run with {@code config} reads: each run records
   * their files in its state ({@link RunState#parts}).
   */
  public static List<String> builtOn(JobConfig config) {
    List<String> parts =
        new ArrayList<>(List.of(Tables.ARTICLES, Tables.ARTICLE_PARTS, Tables.REJECTS));
    if (config.annotate().enabled()) {
      parts.add(Tables.MENTIONS);
    }
    if (!config.measure().tables().isEmpty()) {
      parts.add(ANNOTATED);
      parts.addAll(config.measure().tables());
      for (String table : config.measure().tables()) {
        for (String part : org.newstrends.measure.Measure.parts(table)) {
          parts.add(IncrementalMeasures.part(part));
        }
      }
    }
    return parts;
  }

  public boolean incremental() {
    return diff != null;
  }

  /** The files to read (by listed path), or null for all. */
  public Set<String> toRead() {
    return diff == null ? null : diff.toRead();
  }

  /** The counts of a kept file as the previous run recorded them, or null if it is read now. */
  public RunState.FileState kept(String file) {
    if (diff == null || !diff.kept().contains(file)) {
      return null;
    }
    for (RunState.FileState f : previous.files()) {
      if (f.file().equals(file)) {
        return f;
      }
    }
    return null;
  }

  /** The manifest's {@code incremental} section: the mode, the reason, the inputs by status. */
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("mode", mode);
    if (reason != null) {
      s.put("reason", reason);
    }
    if (diff != null) {
      s.put("new_inputs", diff.added().size());
      s.put("changed_inputs", diff.changed().size());
      s.put("deleted_inputs", diff.deleted().size());
      s.put("unchanged_inputs", diff.unchanged().size());
      s.put("reread_unchanged_inputs", diff.reread().size());
      s.put("new", diff.added());
      s.put("changed", diff.changed());
      s.put("deleted", diff.deleted());
      s.put("reread", diff.reread());
    }
    return s;
  }

  /** One line for the log. */
  public String describe() {
    if (diff == null) {
      return "full run" + (reason == null ? "" : ": " + reason);
    }
    return String.format(
        "incremental: %d new, %d changed, %d deleted, %d unchanged inputs (%d of them read again)",
        diff.added().size(),
        diff.changed().size(),
        diff.deleted().size(),
        diff.unchanged().size(),
        diff.reread().size());
  }

  /** The previous output's articles of the kept files (ARTICLES_SCHEMA), or null in a full run. */
  public Dataset<Row> keptArticles(SparkSession spark) {
    if (diff == null) {
      return null;
    }
    return withLists(
        ofKeptFiles(spark, readPrevious(spark, Tables.ARTICLES)),
        readPrevious(spark, Tables.ARTICLE_PARTS));
  }

  /**
   * Published articles back in the parser's shape ({@link Tables#ARTICLES_SCHEMA}): the lists the
   * published table moved to {@code article_parts} (paragraphs, sub-headings, related links,
   * authors) gathered again in their order, {@code outlet_id} dropped (the run derives it again).
   */
  static Dataset<Row> withLists(Dataset<Row> articles, Dataset<Row> parts) {
    Dataset<Row> lists =
        parts
            .groupBy(col("article_id").as("__id"))
            .agg(
                list(parts, "paragraph").as("paragraphs"),
                list(parts, "subheading").as("subheadings"),
                list(parts, "related").as("related"),
                list(parts, "author").as("authors"));
    Dataset<Row> joined =
        articles
            .drop("authors", "outlet_id")
            .join(lists, articles.col("article_id").equalTo(lists.col("__id")), "left");
    Column[] columns =
        java.util.Arrays.stream(Tables.ARTICLES_SCHEMA.fieldNames())
            .map(
                name ->
                    switch (name) {
                      case "paragraphs", "subheadings", "related", "authors" ->
                          org.apache
                              .spark
                              .sql
                              .functions
                              .coalesce(
                                  col(name),
                                  org.apache.spark.sql.functions.expr(
                                      "cast(array() as array<string>)"))
                              .as(name);
                      default -> col(name);
                    })
            .toArray(Column[]::new);
    return joined.select(columns);
  }

  /** The texts of one kind of part, ordered by their index. */
  private static Column list(Dataset<Row> parts, String kind) {
    return org.apache.spark.sql.functions.expr(
        "transform(array_sort(filter(collect_list(named_struct('idx', idx, 'kind', kind, 'text',"
            + " text)), p -> p.kind = '"
            + kind
            + "')), p -> p.text)");
  }

  /** The previous output's rejects of the kept files, or null in a full run. */
  public Dataset<Row> keptRejects(SparkSession spark) {
    return diff == null ? null : ofKeptFiles(spark, readPrevious(spark, Tables.REJECTS));
  }

  /**
   * The previous output's mentions of the kept files' articles, or null in a full run.
   *
   * @param articles this run's articles table (article_id, input_file)
   */
  public Dataset<Row> keptMentions(SparkSession spark, Dataset<Row> articles) {
    if (diff == null) {
      return null;
    }
    Dataset<Row> mentions = readPrevious(spark, Tables.MENTIONS);
    Dataset<Row> ids = ofKeptFiles(spark, articles).select(col("article_id").as("__id"));
    return mentions.join(ids, mentions.col("article_id").equalTo(ids.col("__id")), "left_semi");
  }

  /**
   * The previous run's annotations of the kept files' articles ({@link
   * Tables#ANNOTATED_ARTICLES_SCHEMA}) with {@code is_canonical} as this run's dedup set it (a new
   * copy can take the canonical role from an old article), or null in a full run.
   *
   * @param articles this run's articles table (article_id, is_canonical, input_file)
   */
  public Dataset<Row> keptAnnotated(SparkSession spark, Dataset<Row> articles) {
    if (diff == null) {
      return null;
    }
    Dataset<Row> old = readPrevious(spark, ANNOTATED).drop("is_canonical");
    Dataset<Row> flags =
        ofKeptFiles(spark, articles).select(col("article_id").as("__id"), col("is_canonical"));
    Column[] columns =
        java.util.Arrays.stream(Tables.ANNOTATED_ARTICLES_SCHEMA.fieldNames())
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    return old.join(flags, old.col("article_id").equalTo(flags.col("__id"))).select(columns);
  }

  /** The rows of {@code table} (with {@code input_file}) from {@code files}; all when null. */
  public static Dataset<Row> ofFiles(SparkSession spark, Dataset<Row> table, Set<String> files) {
    if (files == null) {
      return table;
    }
    Dataset<Row> names =
        spark.createDataset(new ArrayList<>(files), Encoders.STRING()).toDF("__file");
    return table.join(
        org.apache.spark.sql.functions.broadcast(names),
        table.col("input_file").equalTo(names.col("__file")),
        "left_semi");
  }

  /** Rows of {@code table} (with {@code input_file}) whose file is kept. */
  private Dataset<Row> ofKeptFiles(SparkSession spark, Dataset<Row> table) {
    return ofFiles(spark, table, diff.kept());
  }

  /**
   * A table of the previous output: a published table or a rolled-up part as written, the run
   * state's annotations with their declared schema.
   */
  Dataset<Row> readPrevious(SparkSession spark, String table) {
    String path = new Path(previousDir, table).toString();
    if (!table.equals(ANNOTATED)) {
      return spark.read().parquet(path);
    }
    StructType schema = Tables.ANNOTATED_ARTICLES_SCHEMA;
    return spark
        .read()
        .schema(schema)
        .parquet(path)
        .select(
            java.util.Arrays.stream(schema.fieldNames())
                .map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new));
  }

  /**
   * The hash an incremental run must share with the state it builds on: the job version and the
   * fingerprint of its code ({@link Version#code}: a rebuilt {@code -SNAPSHOT} keeps its version
   * but may annotate, parse or dedup otherwise, and its articles must not be mixed with the kept
   * ones of the previous build), the configuration without its inputs and output (with the contents
   * of the gazetteers and word lists the matcher is compiled from, {@link ConfigHash}) and the
   * outlet mapping. Built from file contents only, so every JVM gets the same hash: the compiled
   * gazetteer's serialised form is not stable across JVMs (its {@code Set.of} word sets iterate in
   * a per-JVM order), and hashing it made every incremental run a full one.
   */
  public static String compatibility(JobConfig config) {
    JobConfig rest =
        new JobConfig(
            List.of(), "", config.ingest(), config.dedup(), config.annotate(), config.measure());
    return sha256(
        (Version.get()
                + "\n"
                + Version.code()
                + "\n"
                + ConfigHash.of(rest)
                + "\n"
                + outletsHash(config.outlets()))
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The hash of the outlet mapping's contents (the built-in copy when null): kept articles, their
   * mentions and annotations carry the outlet ids the previous run derived, so another mapping
   * needs a full run.
   */
  static String outletsHash(String file) {
    try {
      if (file == null) {
        try (java.io.InputStream in =
            org.newstrends.ingest.Outlets.class.getResourceAsStream(
                org.newstrends.ingest.Outlets.BUILT_IN)) {
          return in == null ? "built-in" : sha256(in.readAllBytes());
        }
      }
      return sha256(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the outlet mapping " + file, e);
    }
  }

  /** Input path (as configured) → the hash of how it is read (format, preset, mapping, date). */
  public static Map<String, String> inputHashes(List<InputSpec> inputs) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (InputSpec in : inputs) {
      hashes.putIfAbsent(in.path(), inputHash(in));
    }
    return hashes;
  }

  static String inputHash(InputSpec in) {
    String text =
        in.format()
            + "\n"
            + in.preset()
            + "\n"
            + (in.mapping() == null ? null : new TreeMap<>(in.mapping()))
            + "\n"
            + in.assumeDate();
    return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
