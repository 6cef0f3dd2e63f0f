package org.newstrends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.annotate.Annotate;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.config.ConfigHash;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.dedup.Deduplication;
import org.newstrends.ingest.Ingest;
import org.newstrends.ingest.ParsedRows;
import org.newstrends.measure.Measure;
import org.newstrends.output.Manifest;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.ParquetTableWriter;
import org.newstrends.output.Tables;

/**
 * The newstrends batch job: read every input, parse it into {@code articles} and {@code rejects},
 * recognise {@code mentions} in the articles (when {@code annotate} is enabled), write them as
 * Parquet with a manifest, and swap the output in only when all of it is written and the counts
 * reconcile ({@code records_read == articles + rejects}, per input and in total).
 */
public final class NewstrendsJob {

  private NewstrendsJob() {}

  /** Runs the job; returns the manifest that was written. */
  public static Manifest run(SparkSession spark, JobConfig config, String runId) {
    Instant started = Instant.now();
    Map<String, Long> timings = new LinkedHashMap<>();
    OutputDirectory out =
        OutputDirectory.open(config.output(), runId, spark.sparkContext().hadoopConfiguration());
    ParquetTableWriter.configure(spark);
    long tl = System.nanoTime();
    Ingest.Result read;
    try {
      read = Ingest.read(spark, config.inputs(), config.ingest(), true);
    } catch (RuntimeException e) {
      out.abort();
      throw e;
    }
    timings.put("list_inputs", millisSince(tl));
    RunReport.stage(
        "list inputs",
        timings.get("list_inputs"),
        read.files().size()
            + " files, "
            + read.overlaps().size()
            + " reached twice (read once), "
            + read.skipped().size()
            + " skipped");
    Dataset<Row> parsed =
        ParsedRows.withContentHash(read.parsed()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long t0 = System.nanoTime();
      Map<String, long[]> perInput = countPerInput(parsed);
      int readTasks = parsed.rdd().getNumPartitions();
      timings.put("read_parse", millisSince(t0));
      RunReport.stage(
          "read",
          timings.get("read_parse"),
          perInput.values().stream().mapToLong(c -> c[0]).sum()
              + " records ("
              + perInput.values().stream().mapToLong(c -> c[2]).sum()
              + " rejects) in "
              + readTasks
              + " tasks");

      long t1 = System.nanoTime();
      ParquetTableWriter.write(
          Deduplication.apply(ParsedRows.articles(parsed), config.dedup()), Tables.ARTICLES, out);
      ParquetTableWriter.write(ParsedRows.rejects(parsed), Tables.REJECTS, out);
      timings.put("write", millisSince(t1));
      RunReport.stage("dedup + write articles, rejects", timings.get("write"), "staged");

      // Later stages read the staged tables back, so nothing upstream is computed twice.
      Dataset<Row> articlesTable = readStaged(spark, out, Tables.ARTICLES);
      long articles = articlesTable.count();
      long rejects = readStaged(spark, out, Tables.REJECTS).count();
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put(Tables.ARTICLES, out.table(Tables.ARTICLES).toString());
      outputs.put(Tables.REJECTS, out.table(Tables.REJECTS).toString());

      if (config.annotate().enabled() || !config.measure().tables().isEmpty()) {
        // Without gazetteers the measure tables still count articles and units.
        CompiledGazetteer gazetteer =
            GazetteerLoader.compile(
                config.annotate().enabled() ? config.annotate().gazetteers() : List.of(),
                config.annotate().words());
        if (config.annotate().enabled()) {
          long t2 = System.nanoTime();
          ParquetTableWriter.write(
              Annotate.mentions(spark, articlesTable, gazetteer, config.annotate().contextChars()),
              Tables.MENTIONS,
              out);
          counts.put(Tables.MENTIONS, readStaged(spark, out, Tables.MENTIONS).count());
          outputs.put(Tables.MENTIONS, out.table(Tables.MENTIONS).toString());
          timings.put("annotate", millisSince(t2));
          RunReport.stage(
              "annotate", timings.get("annotate"), counts.get(Tables.MENTIONS) + " mentions");
        }
        if (!config.measure().tables().isEmpty()) {
          long t3 = System.nanoTime();
          outputs.putAll(
              writeMeasures(
                  Annotate.annotatedArticles(
                      spark,
                      articlesTable,
                      gazetteer,
                      config.annotate().countInTable(),
                      config.annotate().countEnclosed()),
                  Annotate.entities(spark, gazetteer),
                  config.measure(),
                  rejects,
                  out));
          timings.put("measure", millisSince(t3));
          RunReport.stage(
              "measure", timings.get("measure"), String.join(", ", config.measure().tables()));
        }
      }
      Manifest manifest =
          manifest(
              spark, config, runId, started, perInput, articles, rejects, readTasks, outputs,
              counts, timings);
      manifest = manifest.withDetails(details(read, articlesTable, out));
      reconcile(manifest);
      manifest.write(out);
      out.tidy();
      long t4 = System.nanoTime();
      out.commit();
      RunReport.stage(
          "publish",
          millisSince(t4),
          manifest.articles() + " articles, " + manifest.rejects() + " rejects -> " + out.target());
      return manifest;
    } catch (IOException e) {
      out.abort();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      out.abort();
      throw e;
    } finally {
      parsed.unpersist();
    }
  }

  /**
   * The measure step: builds the tables {@code config} enables from the annotated articles ({@link
   * Tables#ANNOTATED_ARTICLES_SCHEMA}) and the gazetteer's entities, and stages each in {@code
   * out}. Returns table name → final location, for the manifest.
   *
   * @param rejects the run's reject count, written in the all-time row of corpus_stats; null if
   *     unknown
   */
  public static Map<String, String> writeMeasures(
      Dataset<Row> annotated,
      Dataset<Row> entities,
      MeasureConfig config,
      Long rejects,
      OutputDirectory out) {
    Map<String, String> written = new LinkedHashMap<>();
    try (Measure measure = Measure.of(annotated, entities, config, rejects)) {
      for (Map.Entry<String, Dataset<Row>> table : measure.tables().entrySet()) {
        ParquetTableWriter.write(table.getValue(), table.getKey(), out);
        written.put(table.getKey(), out.table(table.getKey()).toString());
      }
    }
    return written;
  }

  /** Records, articles and rejects per input path, in one pass. */
  private static Map<String, long[]> countPerInput(Dataset<Row> parsed) {
    Map<String, long[]> counts = new HashMap<>();
    for (Row row :
        parsed
            .groupBy(col(ParsedRows.INPUT_PATH))
            .agg(
                count(lit(1)).as("records"),
                sum(when(col(ParsedRows.IS_REJECT), 1).otherwise(0)).as("rejects"),
                sum(when(
                            col(ParsedRows.IS_REJECT)
                                .equalTo(false)
                                .and(col("published_epoch_day").isNull()),
                            1)
                        .otherwise(0))
                    .as("undated"))
            .collectAsList()) {
      long records = row.getLong(1);
      long rejects = row.getLong(2);
      counts.put(
          row.getString(0), new long[] {records, records - rejects, rejects, row.getLong(3)});
    }
    return counts;
  }

  private static Manifest manifest(
      SparkSession spark,
      JobConfig config,
      String runId,
      Instant started,
      Map<String, long[]> perInput,
      long articles,
      long rejects,
      int readTasks,
      Map<String, String> outputs,
      Map<String, Long> counts,
      Map<String, Long> timings) {
    List<Manifest.InputCounts> inputs = new ArrayList<>();
    long recordsRead = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (InputSpec input : config.inputs()) {
      // An input listed twice reads its files once, as its first listing.
      long[] c =
          seen.add(input.path()) ? perInput.getOrDefault(input.path(), new long[4]) : new long[4];
      inputs.add(new Manifest.InputCounts(input.path(), input.format(), c[0], c[1], c[2], c[3]));
      recordsRead += c[0];
    }
    timings.put("total", java.time.Duration.between(started, Instant.now()).toMillis());
    Map<String, String> sparkInfo = new LinkedHashMap<>();
    sparkInfo.put("version", spark.version());
    sparkInfo.put("master", spark.sparkContext().master());
    sparkInfo.put("app_id", spark.sparkContext().applicationId());
    return new Manifest(
        runId,
        Version.get(),
        started.toString(),
        Instant.now().toString(),
        ConfigHash.of(config),
        ConfigHash.canonical(config),
        inputs,
        recordsRead,
        articles,
        rejects,
        readTasks,
        outputs,
        timings,
        sparkInfo,
        counts);
  }

  /** The manifest's details: input files, overlaps, rejects by reason, duplicates. */
  private static Manifest.Details details(
      Ingest.Result read, Dataset<Row> articlesTable, OutputDirectory out) {
    Map<String, Long> byReason = new java.util.TreeMap<>();
    for (Row row :
        readStaged(articlesTable.sparkSession(), out, Tables.REJECTS)
            .groupBy("reason")
            .count()
            .collectAsList()) {
      byReason.put(row.getString(0), row.getLong(1));
    }
    long duplicates = articlesTable.filter(col("is_canonical").equalTo(false)).count();
    return new Manifest.Details(
        read.files(),
        read.overlaps(),
        read.skipped(),
        read.dateWindow().toString(),
        byReason,
        duplicates,
        out.cleaned());
  }

  private static Dataset<Row> readStaged(SparkSession spark, OutputDirectory out, String table) {
    return spark.read().parquet(out.stagedTable(table).toString());
  }

  /** Refuses to publish an output whose counts do not add up. */
  static void reconcile(Manifest manifest) {
    long perInputArticles =
        manifest.inputs().stream().mapToLong(Manifest.InputCounts::articles).sum();
    long perInputRejects =
        manifest.inputs().stream().mapToLong(Manifest.InputCounts::rejects).sum();
    if (manifest.recordsRead() != manifest.articles() + manifest.rejects()
        || perInputArticles != manifest.articles()
        || perInputRejects != manifest.rejects()) {
      throw new IllegalStateException(
          "counts do not reconcile: records_read="
              + manifest.recordsRead()
              + ", articles written="
              + manifest.articles()
              + ", rejects written="
              + manifest.rejects()
              + "; the output was not published");
    }
  }

  private static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }
}
