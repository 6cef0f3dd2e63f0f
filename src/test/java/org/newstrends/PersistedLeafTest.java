package org.newstrends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

class PersistedLeafTest {

  private final SparkSession spark = TestSpark.session();

  /** A lineage with a self-join, like dedup's: pairs (a, b) of ids sharing a key. */
  private Dataset<Row> lineage() {
    Dataset<Row> ids =
        spark.range(0, 200).select(col("id"), col("id").mod(7).as("key")).filter(col("id").gt(3));
    return ids.toDF("a", "key")
        .join(ids.toDF("b", "key"), "key")
        .filter(col("a").lt(col("b")))
        .select("a", "b");
  }

  private static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  @Test
  void theLeafIsOnePlanNodeWithTheSameRowsAndColumns() {
    Dataset<Row> persisted = lineage().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> leaf = PersistedLeaf.of(persisted);
      var plan = ((org.apache.spark.sql.classic.Dataset<Row>) leaf).logicalPlan();
      assertInstanceOf(LogicalRDD.class, plan);
      assertEquals(0, plan.children().size());
      assertEquals(List.of(persisted.columns()), List.of(leaf.columns()));
      assertEquals(persisted.schema(), leaf.schema());
      List<String> expected = sorted(lineage());
      assertTrue(expected.size() > 1000, "the fixture has rows: " + expected.size());
      assertEquals(expected, sorted(leaf));
      // Queries built over the leaf see the same data as over the lineage.
      assertEquals(
          sorted(lineage().groupBy("a").agg(count(lit(1)).as("n"))),
          sorted(leaf.groupBy("a").agg(count(lit(1)).as("n"))));
      assertEquals(
          sorted(lineage().join(lineage().toDF("b", "c"), "b")),
          sorted(leaf.join(leaf.toDF("b", "c"), "b")));
    } finally {
      persisted.unpersist();
    }
  }

  @Test
  void theLeafRecomputesFromTheLineageWhenTheBlocksAreGone() {
    Dataset<Row> persisted = lineage().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> leaf = PersistedLeaf.of(persisted);
    List<String> before = sorted(leaf);
    // Dropping the cached blocks stands for losing them with an executor: nothing was truncated.
    persisted.unpersist(true);
    assertEquals(before, sorted(leaf));
    assertEquals(sorted(lineage()), before);
  }

  @Test
  void rowsKnownOnTheDriverBecomeALeafThatIsStillBroadcast() {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      rows.add(org.apache.spark.sql.RowFactory.create("id-" + i, (long) i));
    }
    var schema =
        new org.apache.spark.sql.types.StructType()
            .add("id", org.apache.spark.sql.types.DataTypes.StringType, false)
            .add("n", org.apache.spark.sql.types.DataTypes.LongType, false);
    Dataset<Row> leaf = PersistedLeaf.ofRows(spark, rows, schema);
    var plan = ((org.apache.spark.sql.classic.Dataset<Row>) leaf).logicalPlan();
    // not a local relation, whose rows every rule that maps the plan's expressions walks
    assertInstanceOf(LogicalRDD.class, plan);
    assertEquals(schema, leaf.schema());
    assertEquals(
        rows.stream().map(Row::toString).sorted().collect(Collectors.toList()), sorted(leaf));
    // the local relation's size is kept, so a join with the leaf is broadcast without a hint
    Dataset<Row> joined =
        spark
            .range(0, 20_000)
            .select(col("id").mod(5_000).as("n"))
            .join(leaf, "n")
            .groupBy()
            .agg(count(lit(1)));
    String physical =
        ((org.apache.spark.sql.classic.Dataset<Row>) joined)
            .queryExecution()
            .executedPlan()
            .toString();
    assertTrue(physical.contains("BroadcastHashJoin"), physical);
    assertEquals(20_000L, joined.first().getLong(0));
  }
}
