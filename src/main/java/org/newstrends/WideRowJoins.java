package org.newstrends;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Left joins of wide article rows (their text) with a narrow keyed table: the narrow table is
 * broadcast when it is small enough; otherwise both sides are hashed by the keys into as many
 * partitions as the wide rows have, not the session's shuffle partitions (8 in the local job's
 * properties, which kept the 10 GiB benchmark's deduplicated articles as 8 blocks of 1.6 GB).
 */
public final class WideRowJoins {

  private WideRowJoins() {}

  /**
   * {@code wide} left-joined with {@code narrow} on {@code keys}, broadcast when {@code broadcast}.
   */
  public static Dataset<Row> leftJoin(
      Dataset<Row> wide, Dataset<Row> narrow, List<String> keys, boolean broadcast) {
    Dataset<Row> left = wide;
    Dataset<Row> right = functions.broadcast(narrow);
    if (!broadcast) {
      int partitions = wide.rdd().getNumPartitions();
      Column[] by = keys.stream().map(functions::col).toArray(Column[]::new);
      left = wide.repartition(partitions, by);
      right = narrow.repartition(partitions, by);
    }
    return left.join(right, CollectionConverters.asScala(keys).toList(), "left");
  }
}
