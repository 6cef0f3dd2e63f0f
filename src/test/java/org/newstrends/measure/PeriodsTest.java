package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

class PeriodsTest {

  private static Dataset<Row> dates(String... days) {
    List<Row> rows =
        java.util.Arrays.stream(days).map(d -> RowFactory.create(Date.valueOf(d))).toList();
    return TestSpark.session().createDataFrame(rows, new StructType().add("d", DataTypes.DateType));
  }

  /** 2023-01-01 is a Sunday: it belongs to the ISO week of Monday 2022-12-26, not 2023-01-02. */
  @Test
  void weeksStartOnMondayUtc() {
    List<Row> weeks =
        dates("2023-01-01", "2023-01-02", "2023-01-08")
            .select(
                Periods.periodStart(lit(Periods.WEEK), col("d")),
                org.apache.spark.sql.functions.expr("cast(date_trunc('week', d) as date)"),
                org.apache.spark.sql.functions.dayofweek(col("d")))
            .collectAsList();
    assertEquals(Date.valueOf("2022-12-26"), weeks.get(0).getDate(0));
    assertEquals(Date.valueOf("2023-01-02"), weeks.get(1).getDate(0));
    assertEquals(Date.valueOf("2023-01-02"), weeks.get(2).getDate(0));
    for (Row r : weeks) {
      assertEquals(r.getDate(0), r.getDate(1), "date_trunc('week') agrees with trunc(week)");
    }
    assertEquals(1, weeks.get(0).getInt(2), "Spark's dayofweek: 1 = Sunday");
  }

  @Test
  void daysAndMonths() {
    Row r =
        dates("2024-02-29")
            .select(
                Periods.periodStart(lit(Periods.DAY), col("d")),
                Periods.periodStart(lit(Periods.MONTH), col("d")),
                Periods.periodsBefore(lit(Periods.MONTH), lit(Date.valueOf("2024-03-01")), 2),
                Periods.periodsBefore(lit(Periods.WEEK), lit(Date.valueOf("2024-03-04")), 2))
            .first();
    assertEquals(Date.valueOf("2024-02-29"), r.getDate(0));
    assertEquals(Date.valueOf("2024-02-01"), r.getDate(1));
    assertEquals(Date.valueOf("2024-01-01"), r.getDate(2));
    assertEquals(Date.valueOf("2024-02-19"), r.getDate(3));
  }

  /**
   * Rolling up by keys of many values shuffles once, by the keys, and gives the same sums as the
   * two-shuffle roll-up (per day, then per period).
   */
  @Test
  void rollUpByKeysShufflesOnceWithTheSameSums() {
    StructType schema =
        new StructType()
            .add("published_date", DataTypes.DateType)
            .add("source", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType)
            .add("n", DataTypes.LongType);
    List<Row> rows = new java.util.ArrayList<>();
    String[] days = {"2023-01-01", "2023-01-02", "2023-01-02", "2023-01-09", "2023-02-01"};
    for (int i = 0; i < 40; i++) {
      rows.add(
          RowFactory.create(
              Date.valueOf(days[i % days.length]), "outlet-" + (i % 3), "e" + (i % 7), (long) i));
    }
    Dataset<Row> facts = TestSpark.session().createDataFrame(rows, schema);
    List<String> grains = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH);
    String[] keys = {"entity_id"};
    Dataset<Row> twice = Periods.rollUp(facts, grains, true, keys, "n");
    Dataset<Row> once = Periods.rollUpByKeys(facts, grains, true, keys, "n");

    assertEquals(2, shuffles(twice), twice.queryExecution().executedPlan().toString());
    assertEquals(1, shuffles(once), once.queryExecution().executedPlan().toString());
    List<String> expected = sorted(twice);
    assertEquals(expected, sorted(once));
    // day, week and month rows of each outlet and of ALL
    assertTrue(expected.size() > 3 * 7, expected.toString());
  }

  private static long shuffles(Dataset<Row> d) {
    String plan = d.queryExecution().executedPlan().toString();
    return plan.lines().filter(l -> l.contains("Exchange hashpartitioning")).count();
  }

  private static List<String> sorted(Dataset<Row> d) {
    return d.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
