package org.newstrends;

import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.sql.execution.LogicalRDD$;
import org.apache.spark.sql.types.StructType;

/**
 * A persisted dataset as a dataset whose logical plan is one leaf over its rows.
 *
 * <p>Spark analyses and canonicalises the whole logical plan of every new query, including the
 * lineage of the persisted datasets it reads, before it finds their cached data. Over a deep
 * lineage with self-joins (parsing, then deduplication) that costs seconds per query: on the
 * 301-article sample about 4.5 s before dedup's first job and 4.4 s before {@code article_parts} is
 * written, all on the driver (JFR: {@code DeduplicateRelations}). A leaf ends the analysis there.
 *
 * <p>Unlike {@link Dataset#localCheckpoint()}, nothing is truncated: the leaf reads the persisted
 * blocks through the persisted plan's RDD, whose lineage is the full computation, so blocks lost
 * with an executor are recomputed. The leaf keeps the dataset's statistics, partitioning and
 * ordering ({@link LogicalRDD#fromDataset}), as {@link Dataset#checkpoint()} does. Unpersist the
 * original dataset when done; the leaf then recomputes from the lineage.
 */
public final class PersistedLeaf {

  private PersistedLeaf() {}

  /**
   * {@code persisted} (already {@link Dataset#persist persisted}, materialised or not; or cheap to
   * compute again, such as a local relation) as a one-leaf plan over the same rows, same columns.
   */
  public static Dataset<Row> of(Dataset<Row> persisted) {
    var classic = (org.apache.spark.sql.classic.Dataset<Row>) persisted;
    RDD<InternalRow> rows = classic.queryExecution().toRdd();
    LogicalRDD leaf = LogicalRDD$.MODULE$.fromDataset(rows, classic, false);
    return org.apache.spark.sql.classic.Dataset$.MODULE$.ofRows(classic.sparkSession(), leaf);
  }

  /**
   * Rows known on the driver as a one-leaf plan over an RDD of them, not as a local relation. The
   * analyser and optimiser walk every row of a local relation each time a rule transforms its
   * plan's expressions, once per rule and query that reads it: with 95,706 rows (the copies map of
   * dedup on the 100 MiB benchmark corpus) or 94,365 (a gazetteer of 100,000 surface forms) that is
   * seconds per query, all on the driver. The leaf keeps the local relation's statistics, so a join
   * with it is still broadcast when it is small.
   */
  public static Dataset<Row> ofRows(SparkSession spark, List<Row> rows, StructType schema) {
    return of(spark.createDataFrame(rows, schema));
  }
}
