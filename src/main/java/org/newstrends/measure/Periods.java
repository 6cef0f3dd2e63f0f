package org.newstrends.measure;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Period arithmetic shared by the measure tables: which period a date falls in, per grain.
 *
 * <p>Days and weeks are UTC calendar dates (published_date is already a DATE); weeks are ISO weeks
 * starting on Monday ({@code trunc(date, 'week')}); months start on the 1st. The all-time grain
 * {@code all} uses {@link #ALL_TIME} internally, so it joins like any period, and is written as a
 * null period_start.
 */
public final class Periods {

  public static final String DAY = "day";
  public static final String WEEK = "week";
  public static final String MONTH = "month";
  public static final String ALL = "all";

  /**
   * The grain of rolled-up rows of the articles without a date (period_start null); never
   * published.
   */
  public static final String UNDATED = "undated";

  /** The outlet label of the rows that count every outlet together. */
  public static final String ALL_SOURCES = "ALL";

  /** The outlet label of articles without a source. */
  public static final String UNKNOWN_SOURCE = "unknown";

  /** Internal placeholder period of the {@code all} grain; never written. */
  static final Column ALL_TIME = lit(java.sql.Date.valueOf("1970-01-01"));

  private Periods() {}

  /** The first day of the period of {@code grain} that contains {@code date}. */
  public static Column periodStart(Column grain, Column date) {
    return when(grain.equalTo(DAY), date)
        .when(grain.equalTo(WEEK), trunc(date, "week"))
        .when(grain.equalTo(MONTH), trunc(date, "month"))
        .otherwise(ALL_TIME);
  }

  /** The first day of the period {@code n} periods before the period starting at {@code start}. */
  static Column periodsBefore(Column grain, Column start, int n) {
    return when(grain.equalTo(DAY), date_sub(start, n))
        .when(grain.equalTo(WEEK), date_sub(start, 7 * n))
        .otherwise(add_months(start, -n));
  }

  /** One calendar step of {@code grain}, as a calendar interval for {@code sequence}. */
  static Column step(Column grain) {
    return org.apache.spark.sql.functions.make_interval(
        lit(0),
        when(grain.equalTo(MONTH), 1).otherwise(0),
        when(grain.equalTo(WEEK), 1).otherwise(0),
        when(grain.equalTo(DAY), 1).otherwise(0),
        lit(0),
        lit(0),
        lit(0));
  }

  /**
   * Each row once per grain (column {@code grain}) with its {@code period_start} computed from
   * {@code published_date}, and once per source label: its own outlet and {@link #ALL_SOURCES}
   * (column {@code source}, replaced).
   */
  static Dataset<Row> perGrainAndSource(Dataset<Row> rows, List<String> grains) {
    return perGrain(rows, grains)
        .withColumn("source", explode(array(col("source"), lit(ALL_SOURCES))));
  }

  /**
   * Aggregates additive counts (rows with {@code published_date}, {@code keys} and, when {@code
   * bySource}, {@code source}) per day, then rolls the days up into every grain: out: grain,
   * period_start, [source,] keys, and the sum of each of {@code sums}. With {@code bySource}, each
   * row also counts towards {@link #ALL_SOURCES}. Counting per day first and rolling up keeps the
   * exploded rows few.
   */
  static Dataset<Row> rollUp(
      Dataset<Row> rows, List<String> grains, boolean bySource, String[] keys, String... sums) {
    return rollUp(rows, grains, bySource, false, keys, sums);
  }

  /**
   * {@link #rollUp} for keys of many values (entity ids, pairs): the rows are shuffled once, by the
   * keys, so every group of both sums (a day's and a period's, of any source) lies in one partition
   * and neither needs a shuffle of its own (the days' rows, exploded into grains and sources, were
   * shuffled a second time). Not for keys of few values: their partitions would be as few.
   */
  static Dataset<Row> rollUpByKeys(
      Dataset<Row> rows, List<String> grains, boolean bySource, String[] keys, String... sums) {
    return rollUp(rows, grains, bySource, true, keys, sums);
  }

  private static Dataset<Row> rollUp(
      Dataset<Row> rows,
      List<String> grains,
      boolean bySource,
      boolean byKeys,
      String[] keys,
      String... sums) {
    // Per day first, without exploding: the roll-up then multiplies days, not articles.
    List<Column> day = new ArrayList<>(List.of(col("published_date")));
    if (bySource) {
      day.add(col("source"));
    }
    for (String k : keys) {
      day.add(col(k));
    }
    List<Column> daySums = new ArrayList<>();
    for (String c : sums) {
      daySums.add(org.apache.spark.sql.functions.sum(col(c)).as(c));
    }
    Dataset<Row> keyed =
        !byKeys || keys.length == 0
            ? rows
            : rows.repartition(
                java.util.Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new));
    Dataset<Row> daily =
        keyed
            .groupBy(day.toArray(Column[]::new))
            .agg(daySums.get(0), daySums.subList(1, daySums.size()).toArray(Column[]::new));
    Dataset<Row> exploded = bySource ? perGrainAndSource(daily, grains) : perGrain(daily, grains);
    List<Column> group = new ArrayList<>(List.of(col("grain"), col("period_start")));
    if (bySource) {
      group.add(col("source"));
    }
    for (String k : keys) {
      group.add(col(k));
    }
    List<Column> aggregates = new ArrayList<>();
    for (String c : sums) {
      aggregates.add(org.apache.spark.sql.functions.sum(col(c)).as(c));
    }
    return exploded
        .groupBy(group.toArray(Column[]::new))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
  }

  /**
   * The grain whose rows the all-time rows are summed from: the coarsest of {@code grains} (fewest
   * rows). Every grain's periods partition the dated articles, so any of them gives the same sums.
   */
  static String baseGrain(List<String> grains) {
    for (String g : List.of(MONTH, WEEK, DAY)) {
      if (grains.contains(g)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no period grain in " + grains);
  }

  /**
   * The all-time rows ({@code grain} {@link #ALL}, {@code period_start} {@link #ALL_TIME}) of
   * rolled-up rows (grain, period_start, keys, sums): the sums of the {@code base} grain's rows per
   * key. Sums of longs, so equal to rolling the articles up into one period directly. Out: the
   * columns of {@code rows}, in their order.
   */
  static Dataset<Row> allTime(Dataset<Row> rows, String base, String[] keys, String... sums) {
    List<Column> aggregates = new ArrayList<>();
    for (String c : sums) {
      aggregates.add(org.apache.spark.sql.functions.sum(col(c)).as(c));
    }
    Dataset<Row> all =
        rows.filter(col("grain").equalTo(base))
            .groupBy(java.util.Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
            .withColumn("grain", lit(ALL))
            .withColumn("period_start", ALL_TIME);
    return all.select(
        java.util.Arrays.stream(rows.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /** Each row once per grain, with {@code grain} and {@code period_start}. */
  static Dataset<Row> perGrain(Dataset<Row> rows, List<String> grains) {
    List<Column> labels = new ArrayList<>();
    for (String g : grains) {
      labels.add(lit(g));
    }
    return rows.withColumn("grain", explode(array(labels.toArray(Column[]::new))))
        .withColumn("period_start", periodStart(col("grain"), col("published_date")));
  }
}
