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
