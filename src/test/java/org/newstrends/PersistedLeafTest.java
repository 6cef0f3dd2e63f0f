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
}
