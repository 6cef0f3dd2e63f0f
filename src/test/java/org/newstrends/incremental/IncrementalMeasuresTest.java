package org.newstrends.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

/**
 * Which rolled-up rows and which articles an incremental run's affected periods select: per grain
 * by period start, the undated rows only when an undated article changed.
 */
class IncrementalMeasuresTest {

  @Test
  void periodStartsAsSparkComputesThem() {
    LocalDate sunday = LocalDate.parse("2026-11-29");
    assertEquals(sunday, IncrementalMeasures.start("day", sunday));
    assertEquals(LocalDate.parse("2026-11-23"), IncrementalMeasures.start("week", sunday));
    assertEquals(LocalDate.parse("2026-11-01"), IncrementalMeasures.start("month", sunday));
  }

  @Test
  void affectedRowsAndArticles() {
    SparkSession spark = TestSpark.session();
    Map<String, Set<LocalDate>> periods = new LinkedHashMap<>();
    periods.put("day", Set.of(LocalDate.parse("2026-11-29")));
    periods.put("week", Set.of(LocalDate.parse("2026-11-23")));
    periods.put("month", Set.of());
    StructType rollup =
        new StructType().add("grain", DataTypes.StringType).add("period_start", DataTypes.DateType);
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(
                RowFactory.create("day", date("2026-11-29")),
                RowFactory.create("day", date("2026-11-28")),
                RowFactory.create("week", date("2026-11-23")),
                RowFactory.create("week", date("2026-11-30")),
                RowFactory.create("month", date("2026-11-01")),
                RowFactory.create("undated", null)),
            rollup);
    assertEquals(
        List.of("day 2026-11-29", "week 2026-11-23"),
        selected(rows, new IncrementalMeasures.Affected(periods, false).rows()));
    assertEquals(
        List.of("day 2026-11-29", "undated null", "week 2026-11-23"),
        selected(rows, new IncrementalMeasures.Affected(periods, true).rows()));

    StructType articles = new StructType().add("published_date", DataTypes.DateType);
    Dataset<Row> dated =
        spark.createDataFrame(
            List.of(
                RowFactory.create(date("2026-11-22")),
                RowFactory.create(date("2026-11-24")),
                RowFactory.create(date("2026-11-29")),
                RowFactory.create(date("2026-11-30")),
                RowFactory.create((Object) null)),
            articles);
    // The whole affected week is read again (its days are complete), nothing outside it.
    assertEquals(
        List.of("2026-11-24", "2026-11-29"),
        dates(dated, new IncrementalMeasures.Affected(periods, false).articles()));
    assertEquals(
        List.of("2026-11-24", "2026-11-29", "null"),
        dates(dated, new IncrementalMeasures.Affected(periods, true).articles()));
  }

  /**
   * The manifest's periods per table and grain come from one query over all main parts: distinct
   * periods (several rows per period, the undated ones as one period), and how many of them the
   * affected periods leave kept.
   */
  @Test
  void periodsPerGrainOfAllTablesInOneQuery() {
    SparkSession spark = TestSpark.session();
    StructType rollup =
        new StructType()
            .add("grain", DataTypes.StringType)
            .add("period_start", DataTypes.DateType)
            .add("entity_id", DataTypes.StringType);
    Dataset<Row> trends =
        spark.createDataFrame(
            List.of(
                RowFactory.create("day", date("2026-11-29"), "a"),
                RowFactory.create("day", date("2026-11-29"), "b"),
                RowFactory.create("day", date("2026-11-28"), "a"),
                RowFactory.create("week", date("2026-11-23"), "a"),
                RowFactory.create("undated", null, "a"),
                RowFactory.create("undated", null, "b")),
            rollup);
    Dataset<Row> stats =
        spark.createDataFrame(
            List.of(RowFactory.create("month", date("2026-11-01"), null)), rollup);
    Map<String, Dataset<Row>> mains = new LinkedHashMap<>();
    mains.put("entity_trends", trends);
    mains.put("corpus_stats", stats);

    Map<String, Map<String, long[]>> all =
        IncrementalMeasures.periodsPerGrain(mains, org.apache.spark.sql.functions.lit(false));
    assertEquals("{day=2/0, undated=1/0, week=1/0}", counts(all.get("entity_trends")));
    assertEquals("{month=1/0}", counts(all.get("corpus_stats")));

    Map<String, Set<LocalDate>> periods = new LinkedHashMap<>();
    periods.put("day", Set.of(LocalDate.parse("2026-11-29")));
    periods.put("week", Set.of());
    periods.put("month", Set.of());
    Column kept = new IncrementalMeasures.Affected(periods, false).rows().unary_$bang();
    Map<String, Map<String, long[]>> incremental = IncrementalMeasures.periodsPerGrain(mains, kept);
    assertEquals("{day=2/1, undated=1/1, week=1/1}", counts(incremental.get("entity_trends")));
    assertEquals("{month=1/1}", counts(incremental.get("corpus_stats")));
  }

  private static String counts(Map<String, long[]> perGrain) {
    Map<String, String> shown = new java.util.TreeMap<>();
    perGrain.forEach((grain, n) -> shown.put(grain, n[0] + "/" + n[1]));
    return shown.toString();
  }

  private static java.sql.Date date(String d) {
    return java.sql.Date.valueOf(d);
  }

  private static List<String> selected(Dataset<Row> rows, Column filter) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.filter(filter).collectAsList()) {
      out.add(r.getString(0) + " " + r.get(1));
    }
    out.sort(null);
    return out;
  }

  private static List<String> dates(Dataset<Row> rows, Column filter) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.filter(filter).collectAsList()) {
      out.add(String.valueOf(r.get(0)));
    }
    out.sort(null);
    return out;
  }
}
