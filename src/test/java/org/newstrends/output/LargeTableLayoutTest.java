package org.newstrends.output;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.TestSpark;

/**
 * A table is split into one file per started {@link ParquetTableWriter#TARGET_FILE_BYTES} of its
 * estimated size, each file covering its own range of the table's sort keys, sorted inside: readers
 * skip files and row groups by their statistics (published_date for the article tables).
 */
class LargeTableLayoutTest {

  @Test
  void largeTablesAreRangePartitionedByDateIntoSortedFiles(@TempDir Path dir) throws Exception {
    List<Row> rows = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 3000; i++) {
      rows.add(
          RowFactory.create(
              String.format("a%05d", random.nextInt(100_000)),
              java.sql.Date.valueOf(
                  java.time.LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300))),
              "Title " + i));
    }
    StructType schema =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("title", DataTypes.StringType);
    Dataset<Row> table =
        TestSpark.session()
            .createDataFrame(rows, schema)
            .withColumn("published_at", org.apache.spark.sql.functions.lit(null).cast("timestamp"))
            .repartition(4);
    OutputDirectory out =
        OutputDirectory.open(
            dir.resolve("out").toString(),
            "layout",
            TestSpark.session().sparkContext().hadoopConfiguration());
    ParquetTableWriter.write(table, Tables.ARTICLES, out, 3 * ParquetTableWriter.TARGET_FILE_BYTES);
    String files = Path.of(out.stagedTable(Tables.ARTICLES).toUri()) + "/*.parquet";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      List<String> ranges = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT filename, min(published_date), max(published_date), count(*),"
                  + " bool_and(ok) FROM (SELECT filename, published_date, published_date >="
                  + " coalesce(lag(published_date) OVER (PARTITION BY filename ORDER BY"
                  + " file_row_number), published_date) AS ok FROM read_parquet('"
                  + files
                  + "', filename=true, file_row_number=true)) GROUP BY filename ORDER BY 2")) {
        long total = 0;
        while (rs.next()) {
          ranges.add(rs.getString(2) + ".." + rs.getString(3));
          total += rs.getLong(4);
          assertTrue(rs.getBoolean(5), "sorted by date inside " + rs.getString(1));
        }
        assertEquals(3000, total);
      }
      assertEquals(
          4,
          ranges.size(),
          "one file per started 256 MB of estimated size, three, rounded up to the two cores: "
              + ranges);
      for (int i = 1; i < ranges.size(); i++) {
        assertTrue(
            ranges.get(i - 1).split("\\.\\.")[1].compareTo(ranges.get(i).split("\\.\\.")[0]) <= 0,
            "files cover disjoint date ranges: " + ranges);
      }
      // Every row group carries published_date statistics.
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*), count(stats_min_value) FROM parquet_metadata('"
                  + files
                  + "') WHERE path_in_schema = 'published_date'")) {
        rs.next();
        assertTrue(rs.getLong(1) >= 3);
        assertEquals(rs.getLong(1), rs.getLong(2));
      }
    }
    out.abort();
  }

  /**
   * Both ways to find the key ranges: Spark's sampling of the table, and bounds drawn from a sample
   * of keys ({@link KeyRanges}, as the measure tables take them from their staged parts).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aMeasureTableLargerThanOneFileIsSplitByItsSortKeysIntoSortedFiles(
      boolean fromKeySample, @TempDir Path dir) throws Exception {
    List<Row> rows = new ArrayList<>();
    Random random = new Random(5);
    String[] grains = {"all", "day", "month", "week"};
    String[] levels = {"article", "paragraph", "sentence"};
    for (int i = 0; i < 4000; i++) {
      int a = random.nextInt(50);
      rows.add(
          RowFactory.create(
              grains[random.nextInt(grains.length)],
              levels[random.nextInt(levels.length)],
              random.nextBoolean(),
              String.format("e%02d", a),
              String.format("e%02d", a + 1 + random.nextInt(10)),
              java.sql.Date.valueOf(
                  java.time.LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300))),
              (long) random.nextInt(100)));
    }
    StructType schema =
        new StructType()
            .add("grain", DataTypes.StringType)
            .add("level", DataTypes.StringType)
            .add("dedup", DataTypes.BooleanType)
            .add("entity_a", DataTypes.StringType)
            .add("entity_b", DataTypes.StringType)
            .add("period_start", DataTypes.DateType)
            .add("pair_count", DataTypes.LongType);
    Dataset<Row> table = TestSpark.session().createDataFrame(rows, schema).repartition(3);
    OutputDirectory out =
        OutputDirectory.open(
            dir.resolve("out").toString(),
            "layout",
            TestSpark.session().sparkContext().hadoopConfiguration());
    // Three files' worth: of a measure table (with a key sample), or of any other table.
    ParquetTableWriter.write(
        table,
        Tables.COOCCURRENCE,
        out,
        3
            * (fromKeySample
                ? ParquetTableWriter.MEASURE_FILE_BYTES
                : ParquetTableWriter.TARGET_FILE_BYTES),
        fromKeySample ? table.sample(false, 0.3, 11) : null);
    String files = Path.of(out.stagedTable(Tables.COOCCURRENCE).toUri()) + "/*.parquet";
    String key =
        "concat_ws('|', grain, level, dedup::VARCHAR, entity_a, entity_b, period_start::VARCHAR)";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      List<String[]> ranges = new ArrayList<>();
      long total = 0;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT filename, min(k), max(k), count(*), bool_and(ok) FROM (SELECT filename, k,"
                  + " k >= coalesce(lag(k) OVER (PARTITION BY filename ORDER BY file_row_number),"
                  + " k) AS ok FROM (SELECT *, "
                  + key
                  + " AS k FROM read_parquet('"
                  + files
                  + "', filename=true, file_row_number=true))) GROUP BY filename ORDER BY 1")) {
        while (rs.next()) {
          ranges.add(new String[] {rs.getString(2), rs.getString(3)});
          total += rs.getLong(4);
          assertTrue(rs.getBoolean(5), "sorted by the sort keys inside " + rs.getString(1));
        }
      }
      assertEquals(4000, total);
      assertEquals(
          4,
          ranges.size(),
          "one file per started file size of estimated size, three, rounded up to a multiple of the"
              + " two cores");
      for (int i = 1; i < ranges.size(); i++) {
        assertTrue(
            ranges.get(i - 1)[1].compareTo(ranges.get(i)[0]) <= 0,
            "the files cover disjoint key ranges in file order: "
                + ranges.get(i - 1)[1]
                + " > "
                + ranges.get(i)[0]);
      }
    }
    out.abort();
  }

  @Test
  void oneFilePerStartedTargetSizeRoundedUpToTheCoresWhileFilesKeepTheBandsFloor() {
    long target = ParquetTableWriter.TARGET_FILE_BYTES;
    assertEquals(1, ParquetTableWriter.tableFiles(0, 1));
    assertEquals(1, ParquetTableWriter.tableFiles(target, 1));
    assertEquals(2, ParquetTableWriter.tableFiles(target + 1, 1));
    assertEquals(3, ParquetTableWriter.tableFiles(2 * target + 1, 1), "one core: by size");
    assertEquals(4, ParquetTableWriter.tableFiles(4 * target, 1));
    assertEquals(1, ParquetTableWriter.tableFiles(target, 2), "one file under 256 MB");
    assertEquals(
        4,
        ParquetTableWriter.tableFiles(665L << 20, 2),
        "the 1 GiB corpus's articles, 665 MB: three by size, four files of 166 MB");
    assertEquals(
        3,
        ParquetTableWriter.tableFiles(2 * target + 1, 8),
        "not eight files below the band's floor of 128 MB");
    assertEquals(4, ParquetTableWriter.tableFiles(4 * ParquetTableWriter.MIN_FILE_BYTES, 4));
  }

  @Test
  void measureTablesFromTheSplitSizeOnAtLeastOneFilePerCoreInFilesOfAtMostTheMeasureSize() {
    long split = ParquetTableWriter.SPLIT_BYTES;
    long target = ParquetTableWriter.TARGET_FILE_BYTES;
    assertEquals(
        1, ParquetTableWriter.measureFiles(split - 1, 2), "below the split size: one file");
    assertEquals(1, ParquetTableWriter.measureFiles(split, 1), "one core: one file");
    assertEquals(1, ParquetTableWriter.measureFiles(split + 1, 2), "each file gets the split size");
    assertEquals(2, ParquetTableWriter.measureFiles(2 * split, 2));
    assertEquals(
        2, ParquetTableWriter.measureFiles(45L << 20, 2), "the 100 MiB corpus's cooccurrence");
    assertEquals(
        2, ParquetTableWriter.measureFiles(45L << 20, 64), "no more than one per split size");
    long measure = ParquetTableWriter.MEASURE_FILE_BYTES;
    assertEquals(
        3, ParquetTableWriter.measureFiles(2 * measure + 1, 3), "the size's own count when larger");
    assertEquals(
        4,
        ParquetTableWriter.measureFiles(2 * measure + 1, 2),
        "rounded up to a multiple of the cores");
    assertEquals(
        10,
        ParquetTableWriter.measureFiles(260L << 20, 2),
        "the 1 GiB corpus's cooccurrence, 260 MB");
    assertEquals(
        6, ParquetTableWriter.measureFiles(4 * measure + 1, 3), "five by size, rounded up to six");
    assertEquals(
        2,
        ParquetTableWriter.measureFiles(40L << 20, 4),
        "not rounded up where a file would get less than the split size");
    assertEquals(32, ParquetTableWriter.measureFiles(4 * target, 2));
    assertEquals(64, ParquetTableWriter.measureFiles(4 * target, 64), "a large table on a cluster");
  }

  /**
   * Key ranges drawn from a sample's rows and keyed after the draw (a broadcast join to numbers, as
   * the packed cooccurrence key is made) have the bounds of a draw from the keyed sample: the same
   * rows are drawn.
   */
  @Test
  void boundsDrawnBeforeTheKeysAreMadeAreTheBoundsOfTheKeys() {
    SparkSession spark = TestSpark.session();
    List<Row> rows = new ArrayList<>();
    Random random = new Random(5);
    for (int i = 0; i < 60_000; i++) {
      rows.add(RowFactory.create("e" + random.nextInt(500), (long) random.nextInt(1_000)));
    }
    Dataset<Row> sample =
        spark
            .createDataFrame(
                rows,
                new StructType().add("entity", DataTypes.StringType).add("n", DataTypes.LongType))
            .repartition(3);
    List<String> ids = new ArrayList<>();
    for (int e = 0; e < 500; e++) {
      ids.add("e" + e);
    }
    Dataset<Row> ordinals = PackedSortKey.ordinals(spark, ids, "id", "ord");
    UnaryOperator<Dataset<Row>> toKeys =
        t ->
            PackedSortKey.withOrdinal(t, "entity", ordinals, "ord")
                .select(col("ord").multiply(10_000L).plus(col("n")).as("key"));
    List<Row> bounds = KeyRanges.bounds(sample, toKeys, List.of("key"), 8);
    assertEquals(7, bounds.size(), bounds.toString());
    assertEquals(
        KeyRanges.bounds(toKeys.apply(sample), t -> t, List.of("key"), 8),
        bounds,
        "the rows drawn before the keys are made are the rows drawn from the keys");
    // a sample above SAMPLE_ROWS is drawn from, not read whole
    assertTrue(rows.size() > KeyRanges.SAMPLE_ROWS);
  }

  /** The int that Spark's hash partitioning sends to a given partition, for the key ranges. */
  @Test
  void partitionKeysLandInTheirPartitionUnderSparksHash() {
    List<Row> rows = new ArrayList<>();
    for (int partitions : new int[] {2, 3, 7, 40}) {
      for (int i = 0; i < partitions; i++) {
        rows.add(RowFactory.create(partitions, i, KeyRanges.partitionKey(i, partitions)));
      }
    }
    StructType schema =
        new StructType()
            .add("partitions", DataTypes.IntegerType)
            .add("partition", DataTypes.IntegerType)
            .add("key", DataTypes.IntegerType);
    List<Row> wrong =
        TestSpark.session()
            .createDataFrame(rows, schema)
            .filter("pmod(hash(key), partitions) != partition") // Spark's hash: Murmur3, seed 42
            .collectAsList();
    assertEquals(52, rows.size());
    assertEquals(List.of(), wrong);
  }
}
