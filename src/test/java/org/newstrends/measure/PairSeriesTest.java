package org.newstrends.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

/**
 * {@link Cooccurrence.PairSeries} on its own, over rows as {@code Cooccurrence.finish} sorts them
 * (series key, line, day): the all-time count from the base grain's rows only, {@code min_support}
 * on it, the all-time row on the series' all-time line, and zero rows in the gaps of each line
 * (edges by default, every period with {@code full}), never across two lines. And the order the
 * pass reads ({@code Cooccurrence.seriesOrder}), by one packed long or by the three columns.
 */
class PairSeriesTest {

  private static final StructType SCHEMA =
      new StructType()
          .add(Cooccurrence.SERIES_KEY, DataTypes.LongType, false)
          .add(Cooccurrence.LINE, DataTypes.IntegerType, false)
          .add(Cooccurrence.PairSeries.BASE, DataTypes.BooleanType, false)
          .add(Cooccurrence.PairSeries.ALL_LINE, DataTypes.IntegerType, false)
          .add(Cooccurrence.PairSeries.DAY, DataTypes.IntegerType, false)
          .add("idx", DataTypes.IntegerType, false)
          .add("pair_count", DataTypes.LongType, false);

  // Line 5: the base grain (say days); line 6: a coarser grain of the same dedup and level; line
  // 9: their all-time line.
  private static final int DAYS = 5;
  private static final int WEEKS = 6;
  private static final int ALL = 9;

  /** A pair row: series, line, period number (the day is 100 + idx), count. */
  private static Row row(long series, int line, int idx, long count) {
    return RowFactory.create(series, line, line == DAYS, ALL, 100 + idx, idx, count);
  }

  /** The pass's rows as (series, line, day or null, idx or null, count) strings, in its order. */
  private static List<String> pass(long minSupport, boolean full, Row... rows) {
    Iterator<Row> out =
        new Cooccurrence.PairSeries(SCHEMA, minSupport, full).call(List.of(rows).iterator());
    List<String> got = new ArrayList<>();
    while (out.hasNext()) {
      Row r = out.next();
      got.add(
          r.getLong(0) + " " + r.getInt(1) + " " + r.get(4) + " " + r.get(5) + " " + r.getLong(6));
    }
    return got;
  }

  private static final Row[] SERIES =
      new Row[] {
        row(1, DAYS, 1, 2),
        row(1, DAYS, 6, 1),
        row(1, DAYS, 7, 3),
        // Its periods' numbers go on from the last day's: still no gap between two lines.
        row(1, WEEKS, 10, 4),
        row(1, WEEKS, 12, 2),
        // Below min_support 3 on its base rows (2), though its coarser line counts 10.
        row(2, DAYS, 1, 2),
        row(2, WEEKS, 1, 10),
      };

  /** Series 1 as the pass gives it before its zero rows: its rows, then its all-time row. */
  private static final List<String> KEPT =
      List.of(
          "1 5 101 1 2",
          "1 5 106 6 1",
          "1 5 107 7 3",
          "1 6 110 10 4",
          "1 6 112 12 2",
          "1 9 null null 6");

  private static List<String> keptThen(String... zeroRows) {
    List<String> all = new ArrayList<>(KEPT);
    all.addAll(List.of(zeroRows));
    return all;
  }

  @Test
  void zeroRowsAtTheEdgesOfEachLinesGaps() {
    assertEquals(keptThen("1 5 null 2 0", "1 5 null 5 0", "1 6 null 11 0"), pass(3, false, SERIES));
  }

  @Test
  void everyPeriodOfAGapWithFullZeroRows() {
    assertEquals(
        keptThen("1 5 null 2 0", "1 5 null 3 0", "1 5 null 4 0", "1 5 null 5 0", "1 6 null 11 0"),
        pass(3, true, SERIES));
  }

  @Test
  void supportCountsTheBaseGrainOnly() {
    List<String> got = pass(2, false, SERIES);
    assertEquals(keptThen("1 5 null 2 0", "1 5 null 5 0", "1 6 null 11 0"), got.subList(0, 9));
    assertEquals(List.of("2 5 101 1 2", "2 6 101 1 10", "2 9 null null 2"), got.subList(9, 12));
    assertEquals(12, got.size());
  }

  /**
   * Random rows (series keys of 28 bits, lines of 7, days from 1000 to 9999 and around 1970) in one
   * partition: the series order by one packed long (28 + 7 + 22 bits) and by the three columns
   * (series keys of 40 bits do not fit) is the order of (series, line, day), and the rows come back
   * whole, without the sort column.
   */
  @Test
  void theSeriesOrderIsSeriesLineDayPackedOrNot() {
    Random random = new Random(7);
    int[] days = {
      (int) java.time.LocalDate.of(999, 12, 30).toEpochDay(),
      (int) java.time.LocalDate.of(9999, 12, 31).toEpochDay(),
      -1,
      0,
      1,
      19_000
    };
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      long series = random.nextInt(1 << 6) * (long) random.nextInt(1 << 22);
      int line = random.nextInt(1 << 7);
      int day = i < days.length ? days[i] : random.nextInt(200) - 100 + days[random.nextInt(6)];
      day = Math.max(days[0], Math.min(days[1], day));
      rows.add(RowFactory.create(series, line, false, ALL, day, i, 1L));
    }
    List<String> expected =
        rows.stream()
            .sorted(
                Comparator.<Row>comparingLong(r -> r.getLong(0))
                    .thenComparingInt(r -> r.getInt(1))
                    .thenComparingInt(r -> r.getInt(4)))
            .map(r -> r.getLong(0) + " " + r.getInt(1) + " " + r.getInt(4))
            .toList();
    Dataset<Row> one = TestSpark.session().createDataFrame(rows, SCHEMA).coalesce(1);
    for (int seriesBits : new int[] {28, 40}) {
      Dataset<Row> sorted = Cooccurrence.seriesOrder(one, seriesBits, 7);
      assertEquals(List.of(SCHEMA.fieldNames()), List.of(sorted.schema().fieldNames()));
      List<Row> got = sorted.collectAsList();
      List<String> order = new ArrayList<>();
      for (Row r : got) {
        // Ties (same series, line and day) may come in any order; compare the keys only.
        order.add(r.getLong(0) + " " + r.getInt(1) + " " + r.getInt(4));
      }
      assertEquals(expected, order, "series keys of " + seriesBits + " bits");
    }
  }
}
