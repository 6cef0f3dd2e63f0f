package org.newstrends.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.TestSpark;

/**
 * The packed sort key of {@code cooccurrence} orders rows exactly as its sort keys do (ascending,
 * nulls first, strings in Spark's byte order), and the writer lays out the same rows in the same
 * order with it as without it.
 */
class PackedSortKeyTest {

  private static final LocalDate FIRST = LocalDate.of(1990, 3, 14);
  private static final LocalDate LAST = LocalDate.of(2023, 11, 2);

  /** Ids whose byte order differs from naive expectations: case, digits, non-ASCII, prefixes. */
  private static final String[] IDS = {
    "Q1", "Q10", "Q2", "a", "Z", "country:US", "country:us", "é", "e", "ez", "leader:Zhou", "日本"
  };

  private static final StructType SCHEMA =
      new StructType()
          .add("grain", DataTypes.StringType)
          .add("level", DataTypes.StringType)
          .add("dedup", DataTypes.BooleanType)
          .add("entity_a", DataTypes.StringType)
          .add("entity_b", DataTypes.StringType)
          .add("period_start", DataTypes.DateType)
          .add("pair_count", DataTypes.LongType);

  private static Dataset<Row> randomPairs(int n, long seed) {
    Random random = new Random(seed);
    String[] grains = {"all", "day", "month", "week", null};
    String[] levels = {"article", "paragraph", "sentence", null};
    Boolean[] dedups = {false, true, null};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String grain = grains[random.nextInt(grains.length)];
      rows.add(
          RowFactory.create(
              grain,
              levels[random.nextInt(levels.length)],
              dedups[random.nextInt(dedups.length)],
              random.nextInt(15) == 0 ? null : IDS[random.nextInt(IDS.length)],
              random.nextInt(15) == 0 ? null : IDS[random.nextInt(IDS.length)],
              "all".equals(grain) || random.nextInt(20) == 0
                  ? null
                  : java.sql.Date.valueOf(
                      FIRST
                          .minusDays(366)
                          .plusDays(
                              random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()))
                                  + random.nextInt(367))),
              (long) random.nextInt(1000)));
    }
    return TestSpark.session().createDataFrame(rows, SCHEMA);
  }

  /** The gazetteer's entities: each id's type and name derived from it. */
  private static Dataset<Row> entities() {
    List<Row> rows = new ArrayList<>();
    for (String id : IDS) {
      rows.add(RowFactory.create(id, "t:" + id, "N " + id));
    }
    return TestSpark.session()
        .createDataFrame(
            rows,
            new StructType()
                .add("entity_id", DataTypes.StringType)
                .add("entity_type", DataTypes.StringType)
                .add("entity_name", DataTypes.StringType));
  }

  private static Dataset<Row> ordinals() {
    return PackedSortKey.ordinals(
        TestSpark.session(), PackedSortKey.inSparkOrder(List.of(IDS)), "entity_id", "ord");
  }

  private static Dataset<Row> withKey(Dataset<Row> pairs) {
    Dataset<Row> ords = ordinals();
    Dataset<Row> t = pairs;
    for (String side : List.of("a", "b")) {
      t =
          t.join(
                  ords.select(col("entity_id").as("__id_" + side), col("ord").as("__ord_" + side)),
                  col("entity_" + side).equalTo(col("__id_" + side)),
                  "left")
              .drop("__id_" + side);
    }
    Column key = Published.cooccurrenceSortKey(IDS.length, FIRST, LAST).orElseThrow();
    return t.withColumn(PackedSortKey.COLUMN, key);
  }

  private static List<String> keyTuples(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          Arrays.toString(
              new Object[] {
                r.getAs("grain"),
                r.getAs("level"),
                r.getAs("dedup"),
                r.getAs("entity_a"),
                r.getAs("entity_b"),
                r.getAs("period_start")
              }));
    }
    return out;
  }

  @Test
  void orderingByThePackedKeyIsOrderingByTheSortKeys() {
    Dataset<Row> keyed = withKey(randomPairs(5000, 3)).cache();
    Column[] order =
        Tables.sortKeys(Tables.COOCCURRENCE).stream()
            .map(k -> col(k).asc_nulls_first())
            .toArray(Column[]::new);
    List<Row> bySortKeys = keyed.repartition(1).sortWithinPartitions(order).collectAsList();
    List<Row> byPacked =
        keyed.repartition(1).sortWithinPartitions(col(PackedSortKey.COLUMN)).collectAsList();
    assertEquals(5000, byPacked.size());
    assertEquals(keyTuples(bySortKeys), keyTuples(byPacked));
    // Equal keys, equal tuples: the packing is one-to-one on the key columns.
    long distinctKeys = keyed.select(PackedSortKey.COLUMN).distinct().count();
    long distinctTuples =
        keyed
            .select("grain", "level", "dedup", "entity_a", "entity_b", "period_start")
            .distinct()
            .count();
    assertEquals(distinctTuples, distinctKeys);
    keyed.unpersist();
  }

  @Test
  void theKeyIsNonNegativeAndFitsItsBits() {
    Row range =
        withKey(randomPairs(2000, 9))
            .agg(
                org.apache.spark.sql.functions.min(PackedSortKey.COLUMN),
                org.apache.spark.sql.functions.max(PackedSortKey.COLUMN))
            .first();
    assertTrue(range.getLong(0) >= 0);
    assertTrue(range.getLong(1) > range.getLong(0));
  }

  @Test
  void aValueOutsideItsRangeFailsTheQueryInsteadOfMisordering() {
    Dataset<Row> tooEarly =
        TestSpark.session()
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "day",
                        "article",
                        false,
                        "a",
                        "e",
                        java.sql.Date.valueOf(FIRST.minusDays(400)),
                        1L)),
                SCHEMA);
    Exception e = assertThrows(Exception.class, () -> withKey(tooEarly).collectAsList());
    assertTrue(String.valueOf(rootMessage(e)).contains("period_start outside"), rootMessage(e));
    Dataset<Row> unknownGrain =
        TestSpark.session()
            .createDataFrame(
                List.of(RowFactory.create("decade", "article", false, "a", "e", null, 1L)), SCHEMA);
    e = assertThrows(Exception.class, () -> withKey(unknownGrain).collectAsList());
    assertTrue(
        String.valueOf(rootMessage(e)).contains("unexpected value of grain"), rootMessage(e));
    Dataset<Row> unknownId =
        TestSpark.session()
            .createDataFrame(
                List.of(RowFactory.create("day", "article", false, "nobody", "e", null, 1L)),
                SCHEMA);
    e = assertThrows(Exception.class, () -> withKey(unknownId).collectAsList());
    assertTrue(String.valueOf(rootMessage(e)).contains("no ordinal"), rootMessage(e));
  }

  /**
   * Days since 1970-01-01 from a bound: packed in their order, null first, unpacked to the same
   * day; a day outside the bounds fails the query.
   */
  @Test
  void daysSinceTheEpochArePackedInOrder() {
    LocalDate from = LocalDate.of(999, 12, 1);
    LocalDate to = LocalDate.of(9999, 12, 31);
    PackedSortKey.Field days = PackedSortKey.ofDays(col("day"), from, to);
    assertEquals(22, days.bits());
    StructType schema = new StructType().add("day", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (int d : new int[] {(int) from.toEpochDay(), -1, 0, 1, 19_700, (int) to.toEpochDay()}) {
      rows.add(RowFactory.create(d));
    }
    rows.add(RowFactory.create((Object) null));
    Dataset<Row> packed =
        TestSpark.session()
            .createDataFrame(rows, schema)
            .select(col("day"), days.code().as("code"))
            .select(col("day"), col("code"), days.decode().apply(col("code")).as("back"))
            .orderBy("code");
    List<Row> got = packed.collectAsList();
    assertTrue(got.get(0).isNullAt(0));
    assertEquals(0L, got.get(0).getLong(1));
    assertTrue(got.get(0).isNullAt(2));
    for (int i = 1; i < got.size(); i++) {
      assertEquals(got.get(i).get(0), got.get(i).get(2));
      if (i > 1) {
        assertTrue(got.get(i - 1).getInt(0) < got.get(i).getInt(0));
      }
    }
    assertEquals(1L, got.get(1).getLong(1));
    Dataset<Row> before =
        TestSpark.session()
            .createDataFrame(List.of(RowFactory.create((int) from.toEpochDay() - 1)), schema)
            .select(days.code());
    Exception e = assertThrows(Exception.class, before::collectAsList);
    assertTrue(String.valueOf(rootMessage(e)).contains("a day outside"), rootMessage(e));
  }

  private static String rootMessage(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(" | ");
    }
    return all.toString();
  }

  @Test
  void keysOverSixtyThreeBitsAreNotPacked() {
    assertFalse(Published.cooccurrenceSortKey(1L << 24, FIRST, LAST).isPresent());
    assertTrue(Published.cooccurrenceSortKey(1L << 16, FIRST, LAST).isPresent());
    assertEquals(1, PackedSortKey.bitsFor(1));
    assertEquals(2, PackedSortKey.bitsFor(2));
    assertEquals(2, PackedSortKey.bitsFor(3));
    assertEquals(3, PackedSortKey.bitsFor(4));
  }

  @Test
  void stringsAreNumberedInSparksByteOrder() {
    List<String> ids = new ArrayList<>(List.of(IDS));
    ids.sort(PackedSortKey::compareBytes);
    List<String> spark =
        entities().orderBy("entity_id").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(spark, ids);
    List<Row> ords = ordinals().orderBy("ord").collectAsList();
    assertEquals(spark, ords.stream().map(r -> r.getString(0)).toList());
    assertEquals(1L, ords.get(0).getLong(1));
  }

  @Test
  void unpackingTheKeyGivesBackTheKeys() {
    List<String> ids = PackedSortKey.inSparkOrder(List.of(IDS));
    List<PackedSortKey.Field> fields = Published.cooccurrenceKeyFields(ids.size(), FIRST, LAST);
    List<Column> keys = PackedSortKey.unpack(col(PackedSortKey.COLUMN), fields);
    Dataset<Row> pairs = randomPairs(4000, 5);
    Dataset<Row> back =
        withKey(pairs)
            .select(
                keys.get(0).as("grain"),
                keys.get(1).as("level"),
                keys.get(2).as("dedup"),
                PackedSortKey.atOrdinal(ids, keys.get(3)).as("entity_a"),
                PackedSortKey.atOrdinal(ids, keys.get(4)).as("entity_b"),
                keys.get(5).as("period_start"),
                col("pair_count"));
    assertEquals(
        pairs.collectAsList().stream().map(Row::toString).sorted().toList(),
        back.collectAsList().stream().map(Row::toString).sorted().toList());
    assertEquals(pairs.schema().fieldNames().length, back.schema().fieldNames().length);
  }

  /**
   * Written from narrow rows (the packed key and the counts, completed after the sort) and from the
   * wide rows: the same files, the same rows in the same order, the same values to the bit, in one
   * file and in three files with ranges drawn from a key sample.
   */
  @Test
  void narrowRowsWriteTheSameFilesAsTheWideRows(@TempDir Path dir) {
    Dataset<Row> pairs =
        randomPairs(3000, 21)
            .filter(col("grain").isNotNull().and(col("level").isNotNull()))
            .filter(col("entity_a").isNotNull().and(col("entity_b").isNotNull()))
            .filter(col("dedup").isNotNull())
            // Unordered pairs (entity_a < entity_b) with one row per key, as Cooccurrence has
            // them: no two rows tie on the sort keys, so the order of the rows is one order.
            .filter(col("entity_a").lt(col("entity_b")))
            .dropDuplicates(Tables.sortKeys(Tables.COOCCURRENCE).toArray(new String[0]))
            .withColumn("type_a", concat(lit("t:"), col("entity_a")))
            .withColumn("name_a", concat(lit("N "), col("entity_a")))
            .withColumn("type_b", concat(lit("t:"), col("entity_b")))
            .withColumn("name_b", concat(lit("N "), col("entity_b")))
            .withColumn("count_a", col("pair_count").plus(1))
            .withColumn("count_b", col("pair_count").multiply(2).plus(3))
            .withColumn("units", col("pair_count").multiply(5).plus(11))
            .withColumns(org.newstrends.measure.Association.ofPairs())
            .select(
                Arrays.stream(Tables.COOCCURRENCE_SCHEMA.fieldNames())
                    .map(c -> col(c))
                    .toArray(Column[]::new))
            .repartition(3);
    Dataset<Row> keySample =
        Published.measure(Tables.COOCCURRENCE, pairs, FIRST, LAST)
            .select(
                Tables.sortKeys(Tables.COOCCURRENCE).stream()
                    .map(c -> col(c))
                    .toArray(Column[]::new));
    for (int files : new int[] {1, 4}) {
      // One file: below the size from which a table is split across the cores.
      long bytes =
          files == 1
              ? ParquetTableWriter.SPLIT_BYTES - 1
              : files * ParquetTableWriter.MEASURE_FILE_BYTES;
      OutputDirectory wide = output(dir, "wide" + files);
      ParquetTableWriter.write(
          Published.measure(Tables.COOCCURRENCE, pairs, FIRST, LAST),
          Tables.COOCCURRENCE,
          wide,
          bytes,
          keySample);
      OutputDirectory narrow = output(dir, "narrow" + files);
      assertTrue(
          Published.packedCooccurrence(pairs, FIRST, LAST, entities()).isPresent(), "packed");
      Published.writeMeasure(
          Tables.COOCCURRENCE, pairs, FIRST, LAST, entities(), narrow, bytes, keySample);
      List<List<String>> wideFiles = filesInOrder(wide);
      List<List<String>> narrowFiles = filesInOrder(narrow);
      assertEquals(files, narrowFiles.size());
      assertEquals(wideFiles, narrowFiles);
      assertEquals(
          2 * pairs.count(), narrowFiles.stream().mapToInt(List::size).sum(), "pairs, mirrors");
      Dataset<Row> back =
          TestSpark.session().read().parquet(narrow.stagedTable(Tables.COOCCURRENCE).toString());
      assertEquals(
          Arrays.asList(
              Published.measure(Tables.COOCCURRENCE, pairs, FIRST, LAST).schema().fieldNames()),
          Arrays.asList(back.schema().fieldNames()));
      wide.abort();
      narrow.abort();
    }
  }

  private static OutputDirectory output(Path dir, String name) {
    return OutputDirectory.open(
        dir.resolve(name).toString(),
        "packed",
        TestSpark.session().sparkContext().hadoopConfiguration());
  }

  /** Each file of the staged table, in file order: its rows, in order, as strings. */
  private static List<List<String>> filesInOrder(OutputDirectory out) {
    List<List<String>> files = new ArrayList<>();
    for (var f : ParquetTableWriter.parquetFiles(out, out.stagedTable(Tables.COOCCURRENCE))) {
      files.add(
          TestSpark.session().read().parquet(f.getPath().toString()).collectAsList().stream()
              .map(Row::toString)
              .toList());
    }
    return files;
  }
}
