package org.newstrends.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;

/**
 * Range partitioning of a table by its sort keys with bounds drawn from a cheap sample of keys
 * instead of from the table itself. Spark's {@code repartitionByRange} samples its input in a job
 * of its own, which computes a table that is not persisted twice; a measure table's keys are
 * already in its small staged roll-up parts, so the bounds can come from there.
 *
 * <p>Each row's range index is computed from the bounds by Spark's own comparison of the keys
 * (ascending, nulls first, as the files are sorted), so the files cover disjoint ranges in file
 * order whatever the sample; the sample only decides how evenly the rows spread.
 */
final class KeyRanges {

  /** About this many sampled keys decide the bounds. */
  static final int SAMPLE_ROWS = 20_000;

  /** The seed of Spark's hash partitioning ({@code Murmur3Hash}'s default). */
  private static final int SPARK_HASH_SEED = 42;

  private KeyRanges() {}

  /**
   * {@code table} in {@code ranges} partitions, partition {@code i} holding the {@code i}-th range
   * of {@code keys}, with bounds at the quantiles of {@code sample}'s keys.
   *
   * @param sample rows distributed like the table's, which {@code toKeys} turns into rows with (at
   *     least) the columns {@code keys}
   * @param toKeys applied to the drawn rows only, so a costly key (a packed one, made by joins) is
   *     computed for a few thousand rows, not for the whole sample
   */
  static Dataset<Row> partition(
      Dataset<Row> table,
      List<String> keys,
      Dataset<Row> sample,
      UnaryOperator<Dataset<Row>> toKeys,
      int ranges) {
    List<Row> bounds = bounds(sample, toKeys, keys, ranges);
    // The range index, as an int that Spark's hash partitioning sends to partition `index`.
    Column target = lit(partitionKey(bounds.size(), ranges));
    for (int i = bounds.size() - 1; i >= 0; i--) {
      target =
          when(lessThan(keys, bounds.get(i), 0), lit(partitionKey(i, ranges))).otherwise(target);
    }
    return table.repartition(ranges, target);
  }

  /**
   * Up to {@code ranges - 1} bounds at the quantiles of the sampled keys, ascending. The rows are
   * drawn first and their keys made after: the same rows in the same partitions as drawing from the
   * keys (a key is a projection of its row, or joins to a broadcast table, which keep the rows'
   * partitions and order), but the count reads no column and the keys are made for the drawn rows
   * only.
   */
  static List<Row> bounds(
      Dataset<Row> sample, UnaryOperator<Dataset<Row>> toKeys, List<String> keys, int ranges) {
    long n = sample.count();
    Dataset<Row> rows =
        n <= SAMPLE_ROWS ? sample : sample.sample(false, (double) SAMPLE_ROWS / n, 17);
    List<Row> drawn =
        new ArrayList<>(
            toKeys
                .apply(rows)
                .select(keys.stream().map(k -> col(k)).toArray(Column[]::new))
                .collectAsList());
    drawn.sort(KeyRanges::compare);
    List<Row> bounds = new ArrayList<>();
    for (int i = 1; i < ranges && !drawn.isEmpty(); i++) {
      Row b = drawn.get((int) ((long) drawn.size() * i / ranges));
      if (bounds.isEmpty() || compare(bounds.get(bounds.size() - 1), b) < 0) {
        bounds.add(b);
      }
    }
    return bounds;
  }

  /** The row's keys from {@code i} on come before {@code bound}'s (nulls first). */
  private static Column lessThan(List<String> keys, Row bound, int i) {
    if (i == keys.size()) {
      return lit(false);
    }
    Column k = col(keys.get(i));
    Object v = bound.get(i);
    if (v == null) {
      return when(k.isNull(), lessThan(keys, bound, i + 1)).otherwise(lit(false));
    }
    return when(k.isNull(), lit(true))
        .when(k.lt(lit(v)), lit(true))
        .when(k.equalTo(lit(v)), lessThan(keys, bound, i + 1))
        .otherwise(lit(false));
  }

  /** Orders key rows as Spark does (ascending, nulls first), for picking the bounds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Row a, Row b) {
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c =
          x == null
              ? (y == null ? 0 : -1)
              : y == null ? 1 : ((Comparator) Comparator.naturalOrder()).compare(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * The smallest non-negative int that Spark's hash partitioning into {@code partitions} sends to
   * {@code partition}: {@code pmod(murmur3(value, 42), partitions)}, as {@code
   * HashPartitioning.partitionIdExpression} computes it for an int column.
   */
  static int partitionKey(int partition, int partitions) {
    for (int v = 0; ; v++) {
      int h = Murmur3_x86_32.hashInt(v, SPARK_HASH_SEED);
      if (((h % partitions) + partitions) % partitions == partition) {
        return v;
      }
    }
  }
}
