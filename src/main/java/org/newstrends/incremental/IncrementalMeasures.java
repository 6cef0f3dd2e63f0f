package org.newstrends.incremental;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.PersistedLeaf;
import org.newstrends.config.MeasureConfig;
import org.newstrends.measure.Measure;
import org.newstrends.measure.Periods;
import org.newstrends.output.ConcurrentQueries;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.ParquetTableWriter;
import org.newstrends.output.Published;
import org.newstrends.output.Tables;

/**
 * The measure step of every run, in two parts: the roll-up of the per-article annotations into
 * per-period sums ({@link Measure#rollUp}), kept in the output's state ({@code
 * _state/rollup/<part>}), and the corpus-wide finishing over all of them ({@link Measure#finish}).
 *
 * <p>A full run rolls up every period. An incremental run rolls up again only the <em>affected
 * periods</em>: per grain, each period holding the date of an article that was added, removed, read
 * again, or whose date, outlet or canonical flag changed (the undated articles count as one more
 * period, for {@code corpus_stats}), from the annotations of all articles of those periods
 * (filtered from {@code _state/annotated} by date; no text is read); every other period's rows are
 * taken from the previous state unchanged. Each rolled-up row depends only on its own period's
 * articles, so the merged parts equal a full run's, and the finishing (the same code as in a full
 * run) makes the same tables.
 */
public final class IncrementalMeasures {

  /** The folder of the rolled-up parts in the output: {@code DIR/_state/rollup/}. */
  public static final String ROLLUP = RunState.DIR + "/rollup";

  private IncrementalMeasures() {}

  /** The output folder of one rolled-up part. */
  public static String part(String name) {
    return ROLLUP + "/" + name;
  }

  /**
   * What the step wrote.
   *
   * @param written table name → final location, for the manifest
   * @param periods per table and grain, the periods rolled up again ({@code recomputed}) and taken
   *     from the previous state ({@code kept}), for the manifest's incremental section
   * @param line the same in one line, for the log
   */
  public record Result(Map<String, String> written, Map<String, Object> periods, String line) {}

  /**
   * Rolls up (all periods, or in an incremental run the affected ones), stages the parts, finishes
   * and stages the measure tables {@code config} enables.
   *
   * @param annotated this run's staged annotations of all current articles
   * @param read this run's articles of the files it read (published_date), or all in a full run
   * @param rejects the run's reject count (the all-time row of corpus_stats)
   * @param first the corpus's first publication date (is_partial)
   * @param last the corpus's last publication date
   */
  public static Result write(
      SparkSession spark,
      IncrementalPlan plan,
      Dataset<Row> annotated,
      Dataset<Row> read,
      Dataset<Row> entities,
      MeasureConfig config,
      Long rejects,
      OutputDirectory out,
      LocalDate first,
      LocalDate last) {
    Affected affected = plan.incremental() ? affected(spark, plan, annotated, read, config) : null;
    Dataset<Row> facts =
        Measure.facts(affected == null ? annotated : annotated.filter(affected.articles()), config)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Object> periods = new LinkedHashMap<>();
    Map<String, Dataset<Row>> parts = new LinkedHashMap<>();
    try {
      // Read as one leaf: each part's query no longer analyses the annotation's lineage.
      Dataset<Row> factRows = PersistedLeaf.of(facts);
      Map<String, Dataset<Row>> rolledUp = Measure.rollUp(factRows, config);
      List<Runnable> writes = new ArrayList<>();
      for (Map.Entry<String, Dataset<Row>> p : rolledUp.entrySet()) {
        String name = part(p.getKey());
        Dataset<Row> rows =
            affected == null
                ? p.getValue()
                : plan.readPrevious(spark, name)
                    .filter(affected.rows().unary_$bang())
                    .unionByName(p.getValue().filter(affected.rows()));
        writes.add(
            () ->
                rows.write()
                    .mode(SaveMode.ErrorIfExists)
                    .option("compression", "snappy")
                    .parquet(out.stagedTable(name).toString()));
      }
      // Each part is a few small jobs over the kept facts: side by side they fill both cores.
      ConcurrentQueries.run(writes);
      // Read back with the schema they were written with: inferring it is a Spark job per part,
      // one after another (0.7 s of the bundled sample's run).
      for (Map.Entry<String, Dataset<Row>> p : rolledUp.entrySet()) {
        parts.put(
            p.getKey(),
            spark
                .read()
                .schema(p.getValue().schema())
                .parquet(out.stagedTable(part(p.getKey())).toString()));
      }
    } finally {
      facts.unpersist();
    }
    Map<String, Dataset<Row>> mains = new LinkedHashMap<>();
    for (String table : config.tables()) {
      mains.put(table, parts.get(Measure.parts(table).get(0)));
    }
    Column kept = affected == null ? lit(false) : affected.rows().unary_$bang();
    AtomicReference<Map<String, Map<String, long[]>>> counted = new AtomicReference<>();
    Map<String, String> written = new LinkedHashMap<>();
    Measure measure = Measure.finish(parts, entities, config, rejects);
    List<Runnable> writes = new ArrayList<>();
    for (Map.Entry<String, Dataset<Row>> table : measure.tables().entrySet()) {
      writes.add(
          () ->
              Published.writeMeasure(
                  table.getKey(),
                  table.getValue(),
                  first,
                  last,
                  entities,
                  out,
                  estimatedBytes(table.getKey(), out),
                  keySample(table.getKey(), parts)));
      written.put(table.getKey(), table.getKey());
    }
    // The periods per grain, for the manifest: a small query of its own, whose jobs fill the gaps
    // between the small tables' jobs instead of running before them.
    writes.add(() -> counted.set(periodsPerGrain(mains, kept)));
    // A one-file table is sorted and written by one task (cooccurrence's is the longest task of
    // the run): the other core writes the other tables meanwhile.
    ConcurrentQueries.run(writes);
    for (String table : config.tables()) {
      Map<String, Object> perGrain = new LinkedHashMap<>();
      counted
          .get()
          .getOrDefault(table, Map.of())
          .forEach(
              (grain, n) -> perGrain.put(grain, Map.of("recomputed", n[0] - n[1], "kept", n[1])));
      periods.put(table, perGrain);
    }
    return new Result(written, periods, line(periods));
  }

  /**
   * Bytes of a published measure table per byte of its staged rolled-up parts (both Parquet),
   * measured on the 100 MiB Reuters benchmark corpus (cooccurrence 48.4 MB from 4.4 MB of parts,
   * entity_trends 3.5 from 0.79, term_actor 0.33 from 0.19): a rough estimate, it only sets the
   * table's file count ({@link ParquetTableWriter#files}), so a large corpus's table is written by
   * several tasks in files of at most about 32 MB ({@link ParquetTableWriter#MEASURE_FILE_BYTES})
   * instead of sorted and written by one.
   */
  static final Map<String, Double> TABLE_BYTES_PER_PART_BYTE =
      Map.of(
          Tables.ENTITY_TRENDS, 4.5,
          Tables.COOCCURRENCE, 11.0,
          Tables.TERM_ACTOR, 1.8,
          Tables.CORPUS_STATS, 1.0);

  /** The estimated size of a published measure table, from its staged rolled-up parts. */
  static long estimatedBytes(String table, OutputDirectory out) {
    long parts = 0;
    for (String p : Measure.parts(table)) {
      parts += ParquetTableWriter.bytes(out, out.stagedTable(part(p)));
    }
    return (long) (parts * TABLE_BYTES_PER_PART_BYTE.getOrDefault(table, 1.0));
  }

  /**
   * Rows with the sort keys of a published measure table, from its staged rolled-up parts: where a
   * table of several files takes its key ranges from, so the table is not computed twice for them.
   * Null for the tables whose parts do not hold their keys (they stay one file in practice).
   */
  static Dataset<Row> keySample(String table, Map<String, Dataset<Row>> parts) {
    return switch (table) {
      case Tables.COOCCURRENCE -> {
        // Published in both orders (is_mirror): the pairs and their mirrors.
        Dataset<Row> pairs = parts.get(Measure.parts(table).get(1));
        Column[] same = {
          col("grain"),
          col("level"),
          col("dedup"),
          col("entity_a"),
          col("entity_b"),
          col("period_start")
        };
        Column[] mirror = {
          col("grain"),
          col("level"),
          col("dedup"),
          col("entity_b").as("entity_a"),
          col("entity_a").as("entity_b"),
          col("period_start")
        };
        yield pairs.select(same).union(pairs.select(mirror));
      }
      case Tables.ENTITY_TRENDS ->
          parts
              .get(Measure.parts(table).get(1))
              .select(
                  col("grain"),
                  col("source").as("outlet_id"),
                  col("entity_id"),
                  col("period_start"));
      default -> null;
    };
  }

  /**
   * Per table and grain of the rolled-up main parts, in one query: the distinct periods (the
   * undated articles as one period) and how many of them are {@code kept} (a condition on grain and
   * period_start, so the same for every row of a period). One query instead of one or two per
   * table: on a small input each query's planning and jobs cost more than its rows.
   */
  static Map<String, Map<String, long[]>> periodsPerGrain(
      Map<String, Dataset<Row>> mains, Column kept) {
    Dataset<Row> periods = null;
    for (Map.Entry<String, Dataset<Row>> m : mains.entrySet()) {
      Dataset<Row> p =
          m.getValue()
              .select(
                  lit(m.getKey()).as("table"),
                  col("grain"),
                  coalesce(col("period_start"), lit(java.sql.Date.valueOf("1970-01-01")))
                      .as("period"),
                  coalesce(kept, lit(false)).as("kept"))
              .distinct();
      periods = periods == null ? p : periods.union(p);
    }
    Map<String, Map<String, long[]>> counts = new TreeMap<>();
    if (periods == null) {
      return counts;
    }
    for (Row r :
        periods
            .groupBy("table", "grain")
            .agg(count(lit(1)), sum(when(col("kept"), 1L).otherwise(0L)))
            .collectAsList()) {
      counts
          .computeIfAbsent(r.getString(0), t -> new TreeMap<>())
          .put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
    }
    return counts;
  }

  @SuppressWarnings("unchecked")
  private static String line(Map<String, Object> periods) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> t : periods.entrySet()) {
      List<String> grains = new ArrayList<>();
      ((Map<String, Object>) t.getValue())
          .forEach(
              (grain, v) -> {
                Map<String, Long> c = (Map<String, Long>) v;
                grains.add(
                    grain
                        + " "
                        + c.get("recomputed")
                        + "/"
                        + (c.get("recomputed") + c.get("kept")));
              });
      parts.add(t.getKey() + " " + String.join(", ", grains));
    }
    return "periods rolled up (of all): " + String.join("; ", parts);
  }

  /**
   * The periods an incremental run rolls up again: the periods, per grain, of the dates of the
   * articles this run read (new, changed and re-read files), and of the articles whose narrow keys
   * (id, date, outlet, canonical flag) differ between the previous and this run's annotations
   * (deleted, gone from a changed file, moved, or canonical flipped by dedup).
   */
  static Affected affected(
      SparkSession spark,
      IncrementalPlan plan,
      Dataset<Row> annotated,
      Dataset<Row> read,
      MeasureConfig config) {
    Column[] keys = {col("article_id"), col("published_date"), col("source"), col("is_canonical")};
    Dataset<Row> before = plan.readPrevious(spark, IncrementalPlan.ANNOTATED).select(keys);
    Dataset<Row> now = annotated.select(keys);
    Dataset<Row> dates =
        before
            .except(now)
            .select("published_date")
            .union(now.except(before).select("published_date"))
            .union(read.select("published_date"))
            .distinct();
    Set<LocalDate> touched = new TreeSet<>();
    boolean undated = false;
    for (Row r : dates.collectAsList()) {
      Object d = r.get(0);
      if (d == null) {
        undated = true;
      } else {
        touched.add(d instanceof LocalDate ld ? ld : ((java.sql.Date) d).toLocalDate());
      }
    }
    Map<String, Set<LocalDate>> periods = new LinkedHashMap<>();
    for (String grain : config.grains()) {
      Set<LocalDate> starts = new TreeSet<>();
      for (LocalDate d : touched) {
        starts.add(start(grain, d));
      }
      periods.put(grain, starts);
    }
    return new Affected(periods, undated);
  }

  /**
   * The affected periods: per grain, their first days; and whether the undated articles changed.
   */
  record Affected(Map<String, Set<LocalDate>> periods, boolean undated) {

    /** Over rolled-up rows (grain, period_start): whether the row's period is affected. */
    Column rows() {
      Column any = lit(false);
      for (Map.Entry<String, Set<LocalDate>> g : periods.entrySet()) {
        if (!g.getValue().isEmpty()) {
          any = any.or(col("grain").equalTo(g.getKey()).and(col("period_start").isin(dates(g))));
        }
      }
      if (undated) {
        any = any.or(col("grain").equalTo(Periods.UNDATED));
      }
      return coalesce(any, lit(false));
    }

    /** Over annotated articles (published_date): whether the article is in an affected period. */
    Column articles() {
      Column any = lit(false);
      for (Map.Entry<String, Set<LocalDate>> g : periods.entrySet()) {
        if (!g.getValue().isEmpty()) {
          any = any.or(Periods.periodStart(lit(g.getKey()), col("published_date")).isin(dates(g)));
        }
      }
      if (undated) {
        any = any.or(col("published_date").isNull());
      }
      return coalesce(any, lit(false));
    }

    private static Object[] dates(Map.Entry<String, Set<LocalDate>> g) {
      return g.getValue().stream().map(java.sql.Date::valueOf).toArray();
    }
  }

  /** The first day of the period of {@code grain} holding {@code date}, as {@link Periods}. */
  static LocalDate start(String grain, LocalDate date) {
    return switch (grain) {
      case Periods.DAY -> date;
      case Periods.WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case Periods.MONTH -> date.withDayOfMonth(1);
      default -> throw new IllegalArgumentException("no period of grain " + grain);
    };
  }
}
