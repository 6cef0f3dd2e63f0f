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
import java.util.OptionalLong;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.annotate.Annotate;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.config.ConfigHash;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.dedup.Deduplication;
import org.newstrends.incremental.FileCounts;
import org.newstrends.incremental.IncrementalMeasures;
import org.newstrends.incremental.IncrementalPlan;
import org.newstrends.incremental.RunState;
import org.newstrends.ingest.Ingest;
import org.newstrends.ingest.Outlets;
import org.newstrends.ingest.ParsedRows;
import org.newstrends.measure.Cooccurrence;
import org.newstrends.measure.Measure;
import org.newstrends.output.ConcurrentQueries;
import org.newstrends.output.Manifest;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.ParquetTableWriter;
import org.newstrends.output.Published;
import org.newstrends.output.TableFiles;
import org.newstrends.output.Tables;
import org.newstrends.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newstrends batch job: read every input, parse it into {@code articles} and {@code rejects},
 * recognise {@code mentions} in the articles (when {@code annotate} is enabled), write them as
 * Parquet with a manifest, and swap the output in only when all of it is written and the counts
 * reconcile ({@code records_read == articles + rejects}, per input and in total).
 */
public final class NewstrendsJob {

  private static final Logger LOG = LoggerFactory.getLogger(NewstrendsJob.class);

  /**
   * Snappy Parquet bytes of the articles with their lists per input byte, and of the mentions per
   * byte of those (both measured on the 100 MiB Reuters corpus): estimates that only set the file
   * count of the large tables.
   */
  static final double ARTICLE_BYTES_PER_INPUT_BYTE = 1.2;

  static final double MENTION_BYTES_PER_ARTICLE_BYTE = 0.25;

  /** Every limit on what one heap holds, checked before Spark starts ({@link HeapLimits#check}). */
  public static final List<HeapLimits.Limit> HEAP_LIMITS =
      List.of(
          ParsedRows.BROADCAST_FILE_COPIES_LIMIT,
          Deduplication.DRIVER_LIMIT,
          Deduplication.BROADCAST_LIMIT,
          Cooccurrence.BROADCAST_SINGLES_LIMIT);

  private NewstrendsJob() {}

  /** Runs the job over all inputs; returns the manifest that was written. */
  public static Manifest run(SparkSession spark, JobConfig config, String runId) {
    return run(spark, config, runId, false);
  }

  /**
   * Runs the job; returns the manifest that was written. With {@code incremental}, only the inputs
   * the output's run state has not seen (or saw with other contents) are read, and the rest comes
   * from the previous output ({@link IncrementalPlan}); the result equals a full run.
   */
  public static Manifest run(
      SparkSession spark, JobConfig config, String runId, boolean incremental) {
    return run(spark, config, runId, incremental, null);
  }

  /**
   * The gazetteer a run of {@code config} matches with: its gazetteer files (none when annotate is
   * off: the measure tables still count articles and units) and its word lists.
   */
  public static CompiledGazetteer compileGazetteer(JobConfig config) {
    CompiledGazetteer compiled =
        GazetteerLoader.compile(
            config.annotate().enabled() ? config.annotate().gazetteers() : List.of(),
            config.annotate().words());
    // entries the compiler could not use as written (an exclusion equal to an alias): the run
    // goes on without them, and says so
    compiled.warnings().forEach(w -> LOG.warn("gazetteer: {}", w));
    return compiled;
  }

  /**
   * As {@link #run(SparkSession, JobConfig, String, boolean)}, with the gazetteer the caller
   * compiled from {@code config} by {@link #compileGazetteer} while checking it (null: compiled
   * here), so a run does not read and compile the gazetteer files twice.
   */
  public static Manifest run(
      SparkSession spark,
      JobConfig config,
      String runId,
      boolean incremental,
      CompiledGazetteer compiled) {
    Instant started = Instant.now();
    Map<String, Long> timings = new LinkedHashMap<>();
    OutputDirectory out =
        OutputDirectory.open(config.output(), runId, spark.sparkContext().hadoopConfiguration());
    ParquetTableWriter.configure(spark);
    long tl = System.nanoTime();
    Ingest.Listing listing;
    IncrementalPlan plan;
    Dataset<Row> parsed;
    CompiledGazetteer gazetteer;
    String compatibility;
    SmallInputs smallInputs = null;
    try {
      gazetteer = compiled != null ? compiled : compileGazetteer(config);
      compatibility = IncrementalPlan.compatibility(config);
      listing = Ingest.list(spark, config.inputs(), config.ingest(), true, out.target());
      smallInputs = SmallInputs.apply(spark.conf(), inputBytes(listing));
      plan =
          incremental
              ? IncrementalPlan.of(out.fileSystem(), out.target(), listing, config, compatibility)
              : IncrementalPlan.full(null);
      parsed =
          ParsedRows.withContentHash(Ingest.read(spark, listing, config.ingest(), plan.toRead()))
              .persist(StorageLevel.MEMORY_AND_DISK());
    } catch (RuntimeException | FSError e) {
      if (smallInputs != null) {
        smallInputs.restore();
      }
      out.abort();
      throw unchecked(e);
    }
    timings.put("list_inputs", millisSince(tl));
    RunReport.stage(
        "list inputs",
        timings.get("list_inputs"),
        listing.files().size()
            + " files, "
            + listing.overlaps().size()
            + " reached twice (read once), "
            + listing.skipped().size()
            + " skipped; "
            + plan.describe()
            + (smallInputs.applied().isEmpty()
                ? ""
                : "; small input: expressions interpreted, not compiled"));
    Dataset<Row> persistedArticles = null;
    Dataset<Row> copiesWithinFiles = null;
    Dataset<Row> joinedArticles = null;
    try {
      // Read as one leaf, like the articles below.
      Dataset<Row> parsedRows = PersistedLeaf.of(parsed);
      long t0 = System.nanoTime();
      Map<String, FileCounts> perFile = countPerFile(parsedRows);
      int readTasks = parsedRows.rdd().getNumPartitions();
      timings.put("read_parse", millisSince(t0));
      RunReport.stage(
          "read",
          timings.get("read_parse"),
          perFile.values().stream().mapToLong(FileCounts::records).sum()
              + " records ("
              + perFile.values().stream().mapToLong(FileCounts::rejects).sum()
              + " rejects) in "
              + readTasks
              + " tasks");

      long t1 = System.nanoTime();
      Outlets outlets = Outlets.load(config.outlets());
      // The deduplicated articles with their lists, persisted: the published tables, the
      // annotator and the summaries below all read this one computation, so no working copy is
      // written and read back.
      // The number of articles is known when none are kept from an earlier run: a small input's
      // copies are then decided in the driver.
      Dataset<Row> keptArticles = plan.keptArticles(spark);
      OptionalLong articlesRead =
          keptArticles == null
              ? OptionalLong.of(perFile.values().stream().mapToLong(FileCounts::articles).sum())
              : OptionalLong.empty();
      // Dedup reads the articles up to three times (signatures, shingles, the group join): the
      // numbering of exact copies within a file, a window over every article, is kept for them.
      // Counted first (its one shuffle runs here): a file that repeats its articles gives millions
      // of rows, too many to broadcast; they are then joined to the articles by a shuffle, once,
      // and the joined articles kept for dedup's reads instead.
      copiesWithinFiles =
          ParsedRows.copiesWithinFiles(parsedRows).persist(StorageLevel.MEMORY_AND_DISK());
      long fileCopies = copiesWithinFiles.count();
      boolean broadcastCopies =
          fileCopies <= HeapLimits.of(spark, ParsedRows.BROADCAST_FILE_COPIES_LIMIT);
      Dataset<Row> numbered =
          ParsedRows.articles(parsedRows, PersistedLeaf.of(copiesWithinFiles), broadcastCopies);
      if (!broadcastCopies) {
        LOG.info(
            "{} exact copies within files: joined to the articles by a shuffle, not broadcast",
            fileCopies);
        joinedArticles = numbered.persist(StorageLevel.MEMORY_AND_DISK());
        numbered = PersistedLeaf.of(joinedArticles);
      }
      persistedArticles =
          Deduplication.apply(withKept(numbered, keptArticles), config.dedup(), articlesRead)
              .withColumn("outlet_id", Published.outletId(outlets))
              // The text is kept once, as the paragraphs; the body is derived from them on read.
              .drop("body")
              .persist(StorageLevel.MEMORY_AND_DISK());
      // Read as one leaf: the queries below no longer analyse parsing and dedup again.
      Dataset<Row> articlesTable = ParsedRows.withBody(PersistedLeaf.of(persistedArticles));
      // One pass for the counts and the date range (this also fills the cache).
      Row summary =
          articlesTable
              .agg(
                  count(lit(1)),
                  sum(when(col("is_canonical").equalTo(false), 1).otherwise(0)),
                  org.apache.spark.sql.functions.min("published_date"),
                  org.apache.spark.sql.functions.max("published_date"))
              .first();
      long articles = summary.getLong(0);
      long duplicates = summary.isNullAt(1) ? 0 : summary.getLong(1);
      long articleBytes = estimatedArticleBytes(listing);
      Dataset<Row> rejectRows = withKept(ParsedRows.rejects(parsedRows), plan.keptRejects(spark));
      List<String> gazetteers =
          config.annotate().enabled() ? config.annotate().gazetteers() : List.of();
      // Side by side: a table of one file is sorted and written by one task. The outlets
      // dimension is the last reader of the articles after annotate. The gazetteers' dimensions
      // (every run writes them, empty without gazetteers) depend on nothing the run reads: they
      // fill the cores here instead of running alone after measure.
      ConcurrentQueries.run(
          List.of(
              () ->
                  ParquetTableWriter.write(
                      Published.articles(articlesTable), Tables.ARTICLES, out, articleBytes / 2),
              () ->
                  ParquetTableWriter.write(
                      Published.articleParts(articlesTable),
                      Tables.ARTICLE_PARTS,
                      out,
                      articleBytes / 2),
              () -> ParquetTableWriter.write(rejectRows, Tables.REJECTS, out, 0),
              () ->
                  ParquetTableWriter.write(
                      Published.outlets(spark, outlets, articlesTable), Tables.OUTLETS, out, 0),
              () ->
                  ParquetTableWriter.write(
                      Published.entities(spark, gazetteers), Tables.ENTITIES, out, 0),
              () ->
                  ParquetTableWriter.write(
                      Published.entityRoles(spark, gazetteers), Tables.ENTITY_ROLES, out, 0)));
      // Nothing reads the parsed rows again (dedup's result is kept): their memory goes to the
      // stages below. Lost blocks of the articles are still recomputed from the lineage.
      parsed.unpersist();
      copiesWithinFiles.unpersist();
      if (joinedArticles != null) {
        joinedArticles.unpersist();
      }
      timings.put("write", millisSince(t1));
      RunReport.stage("dedup + write articles, rejects", timings.get("write"), "staged");

      // Later stages read the staged rejects back, so nothing upstream is computed twice.
      Map<String, Long> rejectsByReason =
          rejectsByReason(readStaged(spark, out, Tables.REJECTS, Tables.REJECTS_SCHEMA));
      long rejects = rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put(Tables.ARTICLES, Tables.ARTICLES);
      outputs.put(Tables.ARTICLE_PARTS, Tables.ARTICLE_PARTS);
      outputs.put(Tables.REJECTS, Tables.REJECTS);
      // Mentions and measures count per outlet: the annotator's `source` is the outlet id.
      Dataset<Row> byOutlet = articlesTable.withColumn("source", col("outlet_id"));
      // The articles annotated by this run: all, or those of the files it read.
      Dataset<Row> readByOutlet = IncrementalPlan.ofFiles(spark, byOutlet, plan.toRead());

      Map<String, Object> measurePeriods = null;
      boolean measures = !config.measure().tables().isEmpty();
      // One matcher pass gives both the mentions and measure's hand-over: kept until both are
      // written.
      Dataset<Row> persistedBoth =
          config.annotate().enabled() && measures
              ? Annotate.annotateOnce(
                      spark,
                      readByOutlet,
                      gazetteer,
                      config.annotate().contextChars(),
                      config.annotate().countInTable(),
                      config.annotate().countEnclosed())
                  .persist(StorageLevel.MEMORY_AND_DISK())
              : null;
      Dataset<Row> both = persistedBoth == null ? null : PersistedLeaf.of(persistedBoth);
      try {
        if (config.annotate().enabled()) {
          long t2 = System.nanoTime();
          long mentionBytes = (long) (articleBytes * MENTION_BYTES_PER_ARTICLE_BYTE);
          Dataset<Row> mentions =
              withKept(
                  Published.mentions(
                      both != null
                          ? Annotate.mentionsOf(both)
                          : Annotate.mentions(
                              spark, readByOutlet, gazetteer, config.annotate().contextChars())),
                  plan.keptMentions(spark, articlesTable));
          // Split into several files, the table is range-partitioned, and Spark samples the rows
          // for the ranges in a job of its own: kept, so the matcher runs once.
          boolean split = both == null && mentionBytes > ParquetTableWriter.TARGET_FILE_BYTES;
          if (split) {
            mentions = mentions.persist(StorageLevel.MEMORY_AND_DISK());
          }
          try {
            ParquetTableWriter.write(mentions, Tables.MENTIONS, out, mentionBytes);
          } finally {
            if (split) {
              mentions.unpersist();
            }
          }
          TableFiles.Table written =
              TableFiles.describe(out, List.of(Tables.MENTIONS)).get(Tables.MENTIONS);
          counts.put(Tables.MENTIONS, written == null ? 0L : written.rows());
          outputs.put(Tables.MENTIONS, Tables.MENTIONS);
          timings.put("annotate", millisSince(t2));
          RunReport.stage(
              "annotate", timings.get("annotate"), counts.get(Tables.MENTIONS) + " mentions");
        }
        if (measures) {
          long t3 = System.nanoTime();
          // The annotations are kept in the output's state for the next incremental run.
          ParquetTableWriter.write(
              withKept(
                  both != null
                      ? Annotate.annotatedOf(both)
                      : Annotate.annotatedArticles(
                          spark,
                          readByOutlet,
                          gazetteer,
                          config.annotate().countInTable(),
                          config.annotate().countEnclosed()),
                  plan.keptAnnotated(spark, articlesTable)),
              IncrementalPlan.ANNOTATED,
              out,
              0);
          if (persistedBoth != null) {
            persistedBoth.unpersist();
          }
          if (!plan.incremental()) {
            // A full run's measures read only the staged annotations: the articles' memory goes to
            // the roll-up and the tables' sorts (an incremental run still reads the articles).
            persistedArticles.unpersist();
          }
          Dataset<Row> annotated =
              readStaged(spark, out, IncrementalPlan.ANNOTATED, Tables.ANNOTATED_ARTICLES_SCHEMA);
          // Rolled up per period into _state/rollup (only the affected periods when
          // incremental), then finished over all periods.
          IncrementalMeasures.Result measured =
              IncrementalMeasures.write(
                  spark,
                  plan,
                  annotated,
                  readByOutlet,
                  Annotate.entities(spark, gazetteer),
                  config.measure(),
                  rejects,
                  out,
                  localDate(summary.get(2)),
                  localDate(summary.get(3)));
          outputs.putAll(measured.written());
          measurePeriods = measured.periods();
          timings.put("measure", millisSince(t3));
          RunReport.stage(
              "measure",
              timings.get("measure"),
              String.join(", ", config.measure().tables()) + "; " + measured.line());
        }
      } finally {
        if (persistedBoth != null) {
          persistedBoth.unpersist();
        }
      }
      // The dimensions, written with the articles above.
      for (String dimension : List.of(Tables.ENTITIES, Tables.ENTITY_ROLES, Tables.OUTLETS)) {
        outputs.put(dimension, dimension);
      }
      outputs.put(Report.FOLDER, Report.FOLDER + "/" + Report.FILE);
      Map<String, FileCounts> allFiles = withKeptCounts(perFile, listing, plan);
      Manifest manifest =
          manifest(
              spark, config, runId, started, allFiles, articles, rejects, readTasks, outputs,
              counts, timings);
      manifest =
          manifest
              .withDetails(details(listing, rejectsByReason, duplicates, out))
              .withIncremental(incrementalSection(plan, perFile, measurePeriods));
      out.dropWork();
      Map<String, TableFiles.Table> tables = TableFiles.describe(out, Tables.PUBLISHED);
      for (Map.Entry<String, TableFiles.Table> t : tables.entrySet()) {
        counts.putIfAbsent(t.getKey(), t.getValue().rows());
      }
      manifest = manifest.withTables(tables);
      reconcile(manifest);
      manifest.write(out);
      runState(
              listing,
              allFiles,
              config,
              compatibility,
              RunState.describe(out.fileSystem(), out.staging(), IncrementalPlan.builtOn(config)))
          .write(out.fileSystem(), out.staging());
      if (!writeReport(spark, out)) {
        manifest = manifest.withoutOutput(Report.FOLDER);
        manifest.write(out);
      }
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
    } catch (RuntimeException | FSError e) {
      out.abort();
      throw unchecked(e);
    } finally {
      if (persistedArticles != null) {
        persistedArticles.unpersist();
      }
      if (copiesWithinFiles != null) {
        copiesWithinFiles.unpersist();
      }
      if (joinedArticles != null) {
        joinedArticles.unpersist();
      }
      parsed.unpersist();
      smallInputs.restore();
    }
  }

  /** The manifest's incremental section, with what this run parsed itself. */
  private static Map<String, Object> incrementalSection(
      IncrementalPlan plan, Map<String, FileCounts> parsed, Map<String, Object> measurePeriods) {
    Map<String, Object> section = plan.summary();
    section.put("files_parsed", parsed.size());
    section.put("records_parsed", parsed.values().stream().mapToLong(FileCounts::records).sum());
    if (measurePeriods != null) {
      section.put("measure_periods", measurePeriods);
    }
    return section;
  }

  /** {@code rows} with the kept rows of the previous output, when there are any. */
  private static Dataset<Row> withKept(Dataset<Row> rows, Dataset<Row> kept) {
    return kept == null ? rows : rows.unionByName(kept);
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
    Row range =
        annotated
            .agg(
                org.apache.spark.sql.functions.min("published_date"),
                org.apache.spark.sql.functions.max("published_date"))
            .first();
    return writeMeasures(
        annotated,
        entities,
        config,
        rejects,
        out,
        localDate(range.get(0)),
        localDate(range.get(1)));
  }

  /**
   * As {@link #writeMeasures(Dataset, Dataset, MeasureConfig, Long, OutputDirectory)}, with the
   * corpus's first and last publication dates (for {@code is_partial}) known.
   */
  public static Map<String, String> writeMeasures(
      Dataset<Row> annotated,
      Dataset<Row> entities,
      MeasureConfig config,
      Long rejects,
      OutputDirectory out,
      java.time.LocalDate first,
      java.time.LocalDate last) {
    Map<String, String> written = new LinkedHashMap<>();
    try (Measure measure = Measure.of(annotated, entities, config, rejects)) {
      for (Map.Entry<String, Dataset<Row>> table : measure.tables().entrySet()) {
        Published.writeMeasure(
            table.getKey(), table.getValue(), first, last, entities, out, 0, null);
        written.put(table.getKey(), table.getKey());
      }
    }
    return written;
  }

  /**
   * {@code e} as the run's failure. Hadoop's local file system throws a full or failing disk as
   * {@link FSError}, an {@link Error}: the run aborts on it as on any failure (its staging removed,
   * its lock released) and fails with the disk's {@link IOException}.
   */
  private static RuntimeException unchecked(Throwable e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    return new UncheckedIOException(
        e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
  }

  private static java.time.LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof java.time.LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  /** Records, articles and rejects per input file, in one pass. */
  private static Map<String, FileCounts> countPerFile(Dataset<Row> parsed) {
    Map<String, FileCounts> counts = new HashMap<>();
    for (Row row :
        parsed
            .groupBy(col(ParsedRows.INPUT_PATH), col("input_file"))
            .agg(
                count(lit(1)).as("records"),
                sum(when(col(ParsedRows.IS_REJECT), 1).otherwise(0)).as("rejects"),
                sum(when(
                            col(ParsedRows.IS_REJECT)
                                .equalTo(false)
                                .and(col("published_epoch_day").isNull()),
                            1)
                        .otherwise(0))
                    .as("undated"),
                sum(when(col("reason").equalTo(ParsedRows.REASON_IMPOSSIBLE_DATE), 1).otherwise(0))
                    .as("impossible"))
            .collectAsList()) {
      long records = row.getLong(2);
      long rejects = row.getLong(3);
      counts.merge(
          row.getString(1),
          new FileCounts(
              row.getString(0),
              records,
              records - rejects,
              rejects,
              row.getLong(4),
              row.getLong(5)),
          (a, b) ->
              new FileCounts(
                  a.input(),
                  a.records() + b.records(),
                  a.articles() + b.articles(),
                  a.rejects() + b.rejects(),
                  a.undated() + b.undated(),
                  a.impossibleDates() + b.impossibleDates()));
    }
    return counts;
  }

  /**
   * The counts of every file of the run: those read now, and the kept ones as the previous run
   * counted them (under the input that lists them now).
   */
  private static Map<String, FileCounts> withKeptCounts(
      Map<String, FileCounts> read, Ingest.Listing listing, IncrementalPlan plan) {
    Map<String, FileCounts> all = new LinkedHashMap<>(read);
    for (Ingest.FileRecord f : listing.files()) {
      RunState.FileState kept = plan.kept(f.file());
      if (kept != null) {
        all.put(f.file(), FileCounts.of(kept, f.input()));
      }
    }
    return all;
  }

  /** The run state the output keeps for the next incremental run. */
  private static RunState runState(
      Ingest.Listing listing,
      Map<String, FileCounts> counts,
      JobConfig config,
      String compatibility,
      Map<String, Map<String, Long>> parts) {
    Map<String, String> inputHashes = IncrementalPlan.inputHashes(config.inputs());
    List<RunState.FileState> files = new ArrayList<>();
    for (Ingest.FileRecord f : listing.files()) {
      FileCounts c = counts.getOrDefault(f.file(), new FileCounts(f.input(), 0, 0, 0, 0, 0));
      files.add(
          new RunState.FileState(
              f.input(),
              inputHashes.get(f.input()),
              f.file(),
              f.realPath(),
              f.size(),
              f.modified(),
              f.sha256(),
              c.records(),
              c.articles(),
              c.rejects(),
              c.undated(),
              c.impossibleDates()));
    }
    return new RunState(
        RunState.FORMAT, compatibility, listing.dateWindow().toString(), List.copyOf(files), parts);
  }

  private static Manifest manifest(
      SparkSession spark,
      JobConfig config,
      String runId,
      Instant started,
      Map<String, FileCounts> perFile,
      long articles,
      long rejects,
      int readTasks,
      Map<String, String> outputs,
      Map<String, Long> counts,
      Map<String, Long> timings) {
    Map<String, long[]> perInput = new HashMap<>();
    for (FileCounts c : perFile.values()) {
      long[] sums = perInput.computeIfAbsent(c.input(), k -> new long[4]);
      sums[0] += c.records();
      sums[1] += c.articles();
      sums[2] += c.rejects();
      sums[3] += c.undated();
    }
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
    sparkInfo.put("whole_stage_codegen", spark.conf().get(SmallInputs.WHOLE_STAGE_CODEGEN, "true"));
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
      Ingest.Listing read, Map<String, Long> byReason, long duplicates, OutputDirectory out) {
    return new Manifest.Details(
        read.files(),
        read.overlaps(),
        read.skipped(),
        read.dateWindow().toString(),
        byReason,
        duplicates,
        out.cleaned());
  }

  /** Rejects per reason, in one query over the staged rejects. */
  private static Map<String, Long> rejectsByReason(Dataset<Row> rejects) {
    Map<String, Long> byReason = new java.util.TreeMap<>();
    for (Row row : rejects.groupBy("reason").count().collectAsList()) {
      byReason.put(row.getString(0), row.getLong(1));
    }
    return byReason;
  }

  /**
   * Parquet bytes of the articles with their lists (the published articles and article_parts
   * together), estimated from the input files' sizes: it only sets how many files a large table is
   * split into (about one per {@link ParquetTableWriter#TARGET_FILE_BYTES}).
   */
  private static long estimatedArticleBytes(Ingest.Listing listing) {
    return (long) (inputBytes(listing) * ARTICLE_BYTES_PER_INPUT_BYTE);
  }

  /** The listed input files' sizes as stored. */
  private static long inputBytes(Ingest.Listing listing) {
    long input = 0;
    for (Ingest.FileRecord f : listing.files()) {
      input += f.size();
    }
    return input;
  }

  /**
   * A table this run staged, read with the schema it was written with: without one, Spark runs a
   * job to read the files' footers for it (tens of milliseconds each, on the driver's path).
   */
  private static Dataset<Row> readStaged(
      SparkSession spark, OutputDirectory out, String table, StructType schema) {
    return spark.read().schema(schema).parquet(out.stagedTable(table).toString());
  }

  /**
   * Writes the HTML report into the staging directory, from the staged tables and manifest. A
   * report that cannot be built does not cost the user the run: it is logged, a half-written file
   * is removed, false is returned (the manifest then drops the report from its outputs), and {@code
   * newstrends report} rebuilds it later.
   */
  private static boolean writeReport(SparkSession spark, OutputDirectory out) {
    long t = System.nanoTime();
    try {
      Path written = Report.write(spark, out.fileSystem(), out.staging());
      RunReport.stage("report", millisSince(t), written.getName() + " written");
      return true;
    } catch (IOException | RuntimeException | FSError e) {
      LOG.error(
          "report: not written ({}); rebuild it with `newstrends report --output DIR`",
          e.toString(),
          e);
      // a report cut short by a full disk is not published half written
      Path partial = new Path(new Path(out.staging(), Report.FOLDER), Report.FILE);
      try {
        out.fileSystem().delete(partial, false);
      } catch (IOException | RuntimeException | FSError ignored) {
        LOG.warn("report: could not remove {}", partial);
      }
      return false;
    }
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
