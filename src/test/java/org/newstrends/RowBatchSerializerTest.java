package org.newstrends;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.SparkPropertiesFile;
import org.newstrends.testing.TestSpark;
import scala.reflect.ClassTag$;

/**
 * The job keeps its persisted datasets as batches of binary rows ({@link RowBatchSerializer}): the
 * job's Spark properties and the test session name it, and a kept dataset reads back the rows it
 * was given, whole or some of its columns, from memory or from disk.
 */
class RowBatchSerializerTest {

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.LongType, false)
          .add("title", DataTypes.StringType, true)
          .add("published", DataTypes.DateType, true)
          .add("score", DataTypes.DoubleType, true)
          .add(
              "mentions",
              DataTypes.createArrayType(
                  new StructType()
                      .add("entity_id", DataTypes.StringType, false)
                      .add("start", DataTypes.IntegerType, false)
                      .add("speaker", DataTypes.StringType, true),
                  false),
              true);

  @Test
  void theJobsSparkPropertiesAndTheTestSessionNameIt() throws IOException {
    for (String file : List.of("conf/spark/local.conf", "conf/spark/cluster.conf")) {
      assertEquals(
          RowBatchSerializer.class.getName(),
          SparkPropertiesFile.property(Path.of(file), RowBatchSerializer.PROPERTY),
          file);
    }
    SparkSession spark = TestSpark.session();
    Dataset<Row> kept = spark.range(10).toDF().persist(StorageLevel.MEMORY_ONLY());
    try {
      kept.count();
      InMemoryRelation relation =
          spark
              .sharedState()
              .cacheManager()
              .lookupCachedData((org.apache.spark.sql.classic.Dataset<Row>) kept)
              .get()
              .cachedRepresentation();
      assertInstanceOf(RowBatchSerializer.class, relation.cacheBuilder().serializer());
    } finally {
      kept.unpersist(true);
    }
  }

  @Test
  void aKeptDatasetReadsBackItsRowsFromMemoryAndFromDisk() {
    SparkSession spark = TestSpark.session();
    List<Row> rows = rows(3_000, 40);
    for (StorageLevel level : List.of(StorageLevel.MEMORY_ONLY(), StorageLevel.DISK_ONLY())) {
      Dataset<Row> kept = spark.createDataFrame(rows, SCHEMA).repartition(3).persist(level);
      try {
        assertEquals(sorted(asRead(rows)), sorted(kept.collectAsList()), level.description());
        // A second read comes from the kept blocks, with some columns, in another order.
        assertEquals(
            sorted(
                spark
                    .createDataFrame(rows, SCHEMA)
                    .select(col("score"), col("id"), col("mentions"))
                    .collectAsList()),
            sorted(kept.select(col("score"), col("id"), col("mentions")).collectAsList()),
            level.description());
        assertEquals(
            rows.stream().filter(r -> r.get(1) == null).count(),
            kept.filter(col("title").isNull()).count());
      } finally {
        kept.unpersist(true);
      }
    }
  }

  @Test
  void rowsLargerThanABatchAndBatchesOfFewRowsKeepEveryRow() {
    SparkSession spark = TestSpark.session();
    // Titles of about 1 MB: a batch closes at 4 MB, so the partition is several batches.
    List<Row> large = rows(24, (1 << 20) / 12);
    Dataset<Row> kept =
        spark.createDataFrame(large, SCHEMA).coalesce(1).persist(StorageLevel.MEMORY_ONLY());
    try {
      assertEquals(sorted(asRead(large)), sorted(kept.collectAsList()));
    } finally {
      kept.unpersist(true);
    }
    String key = "spark.sql.inMemoryColumnarStorage.batchSize";
    String before = spark.conf().get(key);
    spark.conf().set(key, "7");
    try {
      List<Row> small = rows(100, 3);
      Dataset<Row> few = spark.createDataFrame(small, SCHEMA).persist(StorageLevel.MEMORY_ONLY());
      try {
        assertEquals(sorted(asRead(small)), sorted(few.collectAsList()));
      } finally {
        few.unpersist(true);
      }
    } finally {
      spark.conf().set(key, before);
    }
  }

  @Test
  void aBatchSurvivesTheJobsKryoSerializer() {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    byte[] bytes = new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
    RowBatchSerializer.RowBatch batch = new RowBatchSerializer.RowBatch(1, bytes);
    RowBatchSerializer.RowBatch back =
        kryo.deserialize(
            kryo.serialize(batch, ClassTag$.MODULE$.apply(RowBatchSerializer.RowBatch.class)),
            ClassTag$.MODULE$.apply(RowBatchSerializer.RowBatch.class));
    assertEquals(1, back.numRows());
    assertEquals(bytes.length, back.sizeInBytes());
    assertTrue(Arrays.equals(bytes, back.bytes()));
  }

  /**
   * {@code n} rows with every column's kinds of values: nulls, non-ASCII text, empty and null
   * arrays; titles of about {@code titleWords} words.
   */
  private static List<Row> rows(int n, int titleWords) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String title =
          i % 11 == 0 ? null : ("Zürich talks " + i + " ").repeat(Math.max(1, titleWords / 3));
      List<Row> mentions = new ArrayList<>();
      for (int m = 0; m < i % 4; m++) {
        mentions.add(
            RowFactory.create("country:" + (i + m) % 7, m * 13, m % 2 == 0 ? null : "Ιωάννης"));
      }
      rows.add(
          RowFactory.create(
              (long) i,
              title,
              i % 5 == 0 ? null : Date.valueOf(LocalDate.of(2023, 1, 1).plusDays(i)),
              i % 3 == 0 ? null : i / 7.0,
              i % 9 == 0 ? null : mentions));
    }
    return rows;
  }

  /** {@code rows} as Spark reads them back from a dataset that is not kept. */
  private static List<Row> asRead(List<Row> rows) {
    return TestSpark.session().createDataFrame(rows, SCHEMA).collectAsList();
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().toList();
  }
}
