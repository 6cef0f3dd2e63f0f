package org.newstrends.incremental;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstrends.config.MeasureConfig;
import org.newstrends.measure.Measure;
import org.newstrends.measure.Periods;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.ParquetTableWriter;
import org.newstrends.output.Tables;

/**
 * The measure tables of an incremental run: the rows of the affected periods ({@link
 * AffectedPeriods}) recomputed from the annotations of their context, the all-time rows recomputed
 * from all annotations, every other row taken from the previous output. Equal to {@link Measure}
 * over all annotations; the test {@code IncrementalRunTest} compares them row by row.
 */
public final class IncrementalMeasures {

  private IncrementalMeasures() {}

  /**
   * Stages every table {@code config} builds in {@code out}; returns table name → final location.
   *
   * @param annotated the annotations of all current articles ({@link
   *     Tables#ANNOTATED_ARTICLES_SCHEMA})
   * @param changed the days of the articles added, removed or whose canonical flag flipped
   * @param previousDir the previous output, whose measure tables hold the other rows
   */
  public static Map<String, String> write(
      SparkSession spark,
      Dataset<Row> annotated,
      Dataset<Row> entities,
      MeasureConfig config,
      Long rejects,
      Set<AffectedPeriods.Day> changed,
      Path previousDir,
      OutputDirectory out) {
    Set<AffectedPeriods.Day> current = days(annotated);
    Map<String, AffectedPeriods.Rule> rules = AffectedPeriods.rules(config);
    Map<String, AffectedPeriods.Plan> plans = new LinkedHashMap<>();
    Set<AffectedPeriods.Day> context = new HashSet<>();
    List<String> allTimeTables = new ArrayList<>();
    List<String> wholeTables = new ArrayList<>();
    for (String table : config.tables()) {
      AffectedPeriods.Rule rule = rules.get(table);
      if (rule.whole()) {
        wholeTables.add(table);
        continue;
      }
      AffectedPeriods.Plan plan = AffectedPeriods.plan(rule, config.grains(), changed, current);
      plans.put(table, plan);
      context.addAll(plan.context());
      if (rule.allTimeGrain() != null) {
        allTimeTables.add(table);
      }
    }
    StringBuilder said = new StringBuilder();
    plans.forEach(
        (table, plan) ->
            said.append(table)
                .append(' ')
                .append(plan.affected().size())
                .append(" affected periods; "));
    org.newstrends.RunReport.stage(
        "measure plan",
        0,
        changed.size()
            + " changed (day, outlet) pairs; "
            + said
            + context.size()
            + " of "
            + current.size()
            + " (day, outlet) pairs recomputed"
            + (wholeTables.isEmpty() ? "" : "; recomputed whole: " + wholeTables));
    Dataset<Row> subset =
        annotated.join(
            broadcast(dayFrame(spark, context)),
            col("published_date")
                .equalTo(col("__day"))
                .and(coalesce(col("source"), lit(Periods.UNKNOWN_SOURCE)).equalTo(col("__source"))),
            "left_semi");
    Map<String, String> written = new LinkedHashMap<>();
    try (Measure partial = Measure.of(subset, entities, config, rejects);
        Measure allTime =
            allTimeTables.isEmpty()
                ? null
                : Measure.of(annotated, entities, allTimeConfig(config, allTimeTables), rejects);
        Measure whole =
            wholeTables.isEmpty()
                ? null
                : Measure.of(annotated, entities, only(config, wholeTables), rejects)) {
      for (Map.Entry<String, Dataset<Row>> t : partial.tables().entrySet()) {
        String table = t.getKey();
        AffectedPeriods.Rule rule = rules.get(table);
        if (rule.whole()) {
          ParquetTableWriter.write(whole.tables().get(table), table, out);
          written.put(table, out.table(table).toString());
          continue;
        }
        List<String> keyColumns =
            rule.bySource()
                ? List.of(Tables.GRAIN, "period_start", "source")
                : List.of(Tables.GRAIN, "period_start");
        Dataset<Row> keys =
            broadcast(keyFrame(spark, plans.get(table).affected()))
                .select(keyColumns.stream().map(c -> col(c)).toArray(Column[]::new));
        Dataset<Row> fresh = t.getValue();
        Dataset<Row> kept = previous(spark, previousDir, table);
        Dataset<Row> rows;
        if (rule.allTimeGrain() != null) {
          Column periodic = col(Tables.GRAIN).notEqual(rule.allTimeGrain());
          fresh = fresh.filter(periodic);
          kept = kept.filter(periodic);
        }
        rows =
            kept.join(keys, seq(keyColumns), "left_anti")
                .unionByName(fresh.join(keys, seq(keyColumns), "left_semi"));
        if (rule.allTimeGrain() != null) {
          rows =
              rows.unionByName(
                  allTime
                      .tables()
                      .get(table)
                      .filter(col(Tables.GRAIN).equalTo(rule.allTimeGrain())));
        }
        ParquetTableWriter.write(rows, table, out);
        written.put(table, out.table(table).toString());
      }
    }
    return written;
  }

  /** The measure config that builds only {@code tables}. */
  private static MeasureConfig only(MeasureConfig c, List<String> tables) {
    return new MeasureConfig(
        tables,
        c.grains(),
        c.window(),
        c.spikeThreshold(),
        c.spikeMinArticles(),
        c.madFloor(),
        c.cooccurrenceLevels(),
        c.minSupport(),
        c.maxEntitiesPerUnit());
  }

  /** The measure config that builds only the all-time grain's tables, with one cheap grain. */
  private static MeasureConfig allTimeConfig(MeasureConfig c, List<String> tables) {
    return new MeasureConfig(
        tables,
        List.of(c.grains().get(c.grains().size() - 1)),
        c.window(),
        c.spikeThreshold(),
        c.spikeMinArticles(),
        c.madFloor(),
        c.cooccurrenceLevels(),
        c.minSupport(),
        c.maxEntitiesPerUnit());
  }

  /** The distinct dated (day, outlet) pairs of the annotations, on the driver. */
  static Set<AffectedPeriods.Day> days(Dataset<Row> annotated) {
    return collectDays(annotated.select(col("published_date"), col("source")));
  }

  /** Distinct dated (published_date, source) rows as days, the source labelled as measure does. */
  static Set<AffectedPeriods.Day> collectDays(Dataset<Row> dateAndSource) {
    Set<AffectedPeriods.Day> days = new HashSet<>();
    for (Row r :
        dateAndSource
            .filter(col("published_date").isNotNull())
            .select(
                col("published_date"),
                coalesce(col("source"), lit(Periods.UNKNOWN_SOURCE)).as("source"))
            .distinct()
            .collectAsList()) {
      days.add(new AffectedPeriods.Day(localDate(r.get(0)), r.getString(1)));
    }
    return days;
  }

  private static LocalDate localDate(Object value) {
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  private static Dataset<Row> dayFrame(SparkSession spark, Set<AffectedPeriods.Day> days) {
    List<Row> rows = new ArrayList<>();
    for (AffectedPeriods.Day d : days) {
      rows.add(RowFactory.create(java.sql.Date.valueOf(d.date()), d.source()));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("__day", DataTypes.DateType, false)
            .add("__source", DataTypes.StringType, false));
  }

  private static Dataset<Row> keyFrame(SparkSession spark, Set<AffectedPeriods.Key> keys) {
    List<Row> rows = new ArrayList<>();
    for (AffectedPeriods.Key k : keys) {
      rows.add(RowFactory.create(k.grain(), java.sql.Date.valueOf(k.periodStart()), k.source()));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add(Tables.GRAIN, DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("source", DataTypes.StringType, false));
  }

  /** A measure table of the previous output, read with its declared schema. */
  private static Dataset<Row> previous(SparkSession spark, Path dir, String table) {
    StructType schema =
        switch (table) {
          case Tables.ENTITY_TRENDS -> Tables.ENTITY_TRENDS_SCHEMA;
          case Tables.COOCCURRENCE -> Tables.COOCCURRENCE_SCHEMA;
          case Tables.TERM_ACTOR -> Tables.TERM_ACTOR_SCHEMA;
          case Tables.CORPUS_STATS -> Tables.CORPUS_STATS_SCHEMA;
          default -> throw new IllegalArgumentException("not a measure table: " + table);
        };
    return spark
        .read()
        .schema(schema)
        .parquet(new Path(dir, table).toString())
        .select(
            java.util.Arrays.stream(schema.fieldNames())
                .map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new));
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
  }
}
