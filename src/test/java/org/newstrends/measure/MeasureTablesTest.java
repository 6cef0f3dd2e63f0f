package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.measure.MeasureFixtures.article;
import static org.newstrends.measure.MeasureFixtures.mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.NewstrendsJob;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.ParquetTableWriter;
import org.newstrends.output.TableFiles;
import org.newstrends.output.Tables;
import org.newstrends.testing.TestSpark;

/** term_actor and corpus_stats on hand-made inputs, and all four tables written as Parquet. */
class MeasureTablesTest {

  private static final MeasureConfig MONTHLY =
      new MeasureConfig(null, List.of("month"), 2, null, null, null, null, 1, null, null);

  /**
   * a1 (s1, canonical): sentence 0 has T1 quoted from L1, next to L1 and C1; sentence 1 has T1 in
   * the outlet's voice next to C1; sentence 2 has T1 alone. a2 (s2) is a wire copy of a1 with
   * sentence 0 only. a3 has no date.
   */
  private static Dataset<Row>[] fixture() {
    Dataset<Row> articles =
        MeasureFixtures.articles(
            List.of(
                article("a1", "2023-10-09", "s1", 300, "a1", true, "One. Two. Three."),
                article("a2", "2023-10-10", "s2", 250, "a1", false, "One."),
                article("a3", null, "s1", 40, "a3", true, "Undated.")));
    Dataset<Row> mentions =
        MeasureFixtures.mentions(
            List.of(
                mention("a1", "T1", "term", 0, 0, true, "L1"),
                mention("a1", "L1", "leader", 0, 0),
                mention("a1", "C1", "country", 0, 0),
                mention("a1", "C1", "country", 0, 0),
                mention("a1", "T1", "term", 0, 1),
                mention("a1", "C1", "country", 0, 1),
                mention("a1", "T1", "term", 0, 2),
                mention("a2", "T1", "term", 0, 0, true, "L1"),
                mention("a2", "C1", "country", 0, 0)));
    @SuppressWarnings("unchecked")
    Dataset<Row>[] both = new Dataset[] {articles, mentions};
    return both;
  }

  private static Dataset<Row> facts(Dataset<Row>[] in, MeasureConfig config) {
    return MeasureFixtures.facts(in[0], in[1], config);
  }

  @Test
  void termActorSplitsByVoiceAndSpeaker() {
    Dataset<Row>[] in = fixture();
    Map<String, Row> rows = new HashMap<>();
    for (Row r :
        TermActor.build(facts(in, MONTHLY), MeasureFixtures.entities(in[1]), MONTHLY)
            .filter(col("source").equalTo("ALL"))
            .collectAsList()) {
      rows.put(r.getAs("actor_id") + "/" + r.getAs("speaker_entity_id"), r);
    }
    assertEquals(3, rows.size(), rows.toString());
    Row c1QuotedByL1 = rows.get("C1/L1");
    assertEquals(2L, (long) c1QuotedByL1.getAs("term_mentions"));
    assertEquals(2L, (long) c1QuotedByL1.getAs("term_mentions_in_quotes"));
    assertEquals(0L, (long) c1QuotedByL1.getAs("term_mentions_outlet_voice"));
    assertEquals(1L, (long) c1QuotedByL1.getAs("term_mentions_dedup"));
    assertEquals(2L, (long) c1QuotedByL1.getAs("articles"));
    assertEquals("Name of L1", c1QuotedByL1.getAs("speaker_name"));
    assertFalse((boolean) c1QuotedByL1.getAs("actor_is_speaker"));
    Row c1OwnVoice = rows.get("C1/null");
    assertEquals(1L, (long) c1OwnVoice.getAs("term_mentions_outlet_voice"));
    assertNull(c1OwnVoice.getAs("speaker_name"));
    Row l1SaysIt = rows.get("L1/L1");
    assertEquals(1L, (long) l1SaysIt.getAs("term_mentions"));
    assertTrue((boolean) l1SaysIt.getAs("actor_is_speaker"));
    assertEquals(java.sql.Date.valueOf("2023-10-01"), l1SaysIt.getAs("period_start"));
    assertEquals("Name of T1", l1SaysIt.getAs("term_name"));
    assertEquals("leader", l1SaysIt.getAs("actor_type"));
  }

  @Test
  void corpusStatsCountsArticlesWordsAndDuplicates() {
    Dataset<Row>[] in = fixture();
    Map<String, Row> rows = new HashMap<>();
    for (Row r : CorpusStats.build(facts(in, MONTHLY), MONTHLY, 7L).collectAsList()) {
      rows.put(r.getAs("grain") + "/" + r.getAs("period_start") + "/" + r.getAs("source"), r);
    }
    assertEquals(6, rows.size(), rows.keySet().toString());
    Row october = rows.get("month/2023-10-01/ALL");
    assertEquals(2L, (long) october.getAs("articles"));
    assertEquals(1L, (long) october.getAs("canonical_articles"));
    assertEquals(1L, (long) october.getAs("duplicates"));
    assertEquals(550L, (long) october.getAs("words"));
    assertEquals(300L, (long) october.getAs("words_dedup"));
    assertNull(october.getAs("rejects"));
    Row allTime = rows.get("all/null/ALL");
    assertEquals(3L, (long) allTime.getAs("articles"));
    assertEquals(1L, (long) allTime.getAs("undated_articles"));
    assertEquals(7L, (long) allTime.getAs("rejects"));
    assertNull(rows.get("all/null/s1").getAs("rejects"));
  }

  @Test
  void cooccurrenceCountsUnitsAtEachLevel() {
    Dataset<Row>[] in = fixture();
    Map<String, Row> rows = new HashMap<>();
    for (Row r :
        Cooccurrence.build(facts(in, MONTHLY), MeasureFixtures.entities(in[1]), MONTHLY)
            .filter(col("grain").equalTo("all").and(col("dedup").equalTo(false)))
            .collectAsList()) {
      rows.put(r.getAs("level") + "/" + r.getAs("entity_a") + "/" + r.getAs("entity_b"), r);
    }
    // Articles a1 and a2 are dated: 2 article units; paragraphs: 2 titles + 2 bodies = 4;
    // sentences: titles 1 + 1, "One. Two. Three." 3, "One." 1 = 6.
    Row article = rows.get("article/C1/T1");
    assertEquals(2L, (long) article.getAs("pair_count"));
    assertEquals(2L, (long) article.getAs("units"));
    assertNull(article.getAs("period_start"));
    assertEquals(4L, (long) rows.get("paragraph/C1/T1").getAs("units"));
    Row sentence = rows.get("sentence/C1/T1");
    assertEquals(3L, (long) sentence.getAs("pair_count"));
    assertEquals(3L, (long) sentence.getAs("count_a"));
    assertEquals(4L, (long) sentence.getAs("count_b"));
    assertEquals(6L, (long) sentence.getAs("units"));
    assertEquals(Math.log(3.0 * 6 / (3 * 4)), (double) sentence.getAs("pmi"), 1e-12);
  }

  /**
   * The single counts are joined on one packed long per side (when broadcast, a hash relation of
   * two numbers per single row), never on their five key columns, and an entity the entities lack
   * fails the query instead of counting 0.
   */
  @Test
  void singleCountsAreJoinedOnOneLongKey() {
    Dataset<Row>[] in = fixture();
    Dataset<Row> facts = facts(in, MONTHLY);
    String plan =
        Cooccurrence.build(facts, MeasureFixtures.entities(in[1]), MONTHLY)
            .queryExecution()
            .executedPlan()
            .toString();
    assertTrue(plan.matches("(?s).*Join \\[__key_a#\\d+L\\], \\[__single_a#\\d+L\\].*"), plan);
    assertTrue(plan.matches("(?s).*Join \\[__key_b#\\d+L\\], \\[__single_b#\\d+L\\].*"), plan);
    Dataset<Row> withoutT1 =
        MeasureFixtures.entities(in[1]).filter(col("entity_id").notEqual("T1"));
    Exception e =
        assertThrows(
            Exception.class, () -> Cooccurrence.build(facts, withoutT1, MONTHLY).collectAsList());
    assertTrue(String.valueOf(e.getMessage()).contains("no ordinal"), e.toString());
  }

  /**
   * Single counts read from Parquet files (as the job reads its staged roll-up parts) are broadcast
   * to the pair rows when their footers give at most the limit of rows, whatever Spark's own size
   * estimate says (its broadcast threshold is off here); above the limit Spark's plan is kept (a
   * sort-merge join). Both give the same rows.
   */
  @Test
  void singleCountsFromParquetAreBroadcastUpToTheLimit(@TempDir Path dir) {
    Dataset<Row>[] in = fixture();
    Dataset<Row> entities = MeasureFixtures.entities(in[1]);
    Dataset<Row>[] parts = Cooccurrence.rollUp(facts(in, MONTHLY), MONTHLY);
    String[] names = {"pairs", "singles", "units"};
    Dataset<Row>[] read = parts.clone();
    for (int i = 0; i < parts.length; i++) {
      String path = dir.resolve(names[i]).toString();
      parts[i].write().parquet(path);
      read[i] = TestSpark.session().read().parquet(path);
    }
    long singles = read[1].count();
    assertEquals(
        OptionalLong.of(2 * singles),
        TableFiles.rowsAtMost(
            read[1].unionByName(
                Periods.allTime(
                    read[1], "month", new String[] {"dedup", "level", "entity_id"}, "n"))));
    var conf = TestSpark.session().conf();
    conf.set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      Map<String, List<Row>> results = new HashMap<>();
      for (String limit : List.of(String.valueOf(2 * singles), String.valueOf(2 * singles - 1))) {
        conf.set(Cooccurrence.SingleCounts.BROADCAST_SINGLES_PROPERTY, limit);
        Dataset<Row> table = Cooccurrence.finish(read[0], read[1], read[2], entities, MONTHLY);
        String plan = table.queryExecution().executedPlan().toString();
        boolean broadcast = limit.equals(String.valueOf(2 * singles));
        assertEquals(
            broadcast,
            plan.matches("(?s).*BroadcastHashJoin \\[__key_a#\\d+L\\], \\[__single_a#\\d+L\\].*"),
            plan);
        assertEquals(
            !broadcast,
            plan.matches("(?s).*SortMergeJoin \\[__key_b#\\d+L\\], \\[__single_b#\\d+L\\].*"),
            plan);
        results.put(
            limit,
            table
                .orderBy("dedup", "grain", "level", "entity_a", "entity_b", "period_start")
                .collectAsList());
      }
      assertFalse(results.get(String.valueOf(2 * singles)).isEmpty());
      assertEquals(
          results.get(String.valueOf(2 * singles)), results.get(String.valueOf(2 * singles - 1)));
    } finally {
      conf.unset("spark.sql.autoBroadcastJoinThreshold");
      conf.unset(Cooccurrence.SingleCounts.BROADCAST_SINGLES_PROPERTY);
    }
  }

  /**
   * {@link TableFiles#rowsAtMost} counts the rows of Parquet scans from their footers, and gives
   * nothing for a plan that can multiply rows or reads anything else. The folder's name holds
   * characters a URI escapes: Spark lists the files as URIs, and reading "a%20b" as a path failed
   * every run whose output path held a space, at its end.
   */
  @Test
  void rowsAtMostReadsParquetFootersOnly(@TempDir Path dir) {
    Dataset<Row>[] in = fixture();
    String path = dir.resolve("news out %20 #1/mentions").toString();
    in[1].write().parquet(path);
    Dataset<Row> mentions = TestSpark.session().read().parquet(path);
    assertEquals(OptionalLong.of(in[1].count()), TableFiles.rowsAtMost(mentions));
    assertEquals(
        OptionalLong.of(in[1].count()),
        TableFiles.rowsAtMost(mentions.filter(col("entity_type").equalTo("term"))));
    assertEquals(
        OptionalLong.empty(), TableFiles.rowsAtMost(mentions.join(mentions, "article_id")));
    assertEquals(OptionalLong.empty(), TableFiles.rowsAtMost(in[1]));
  }

  /** A table without rows (no term next to an actor) still reads back, with its schema. */
  @Test
  void emptyPartitionedTableKeepsItsSchema(@TempDir Path dir) {
    Dataset<Row>[] in = fixture();
    OutputDirectory out =
        OutputDirectory.open(
            dir.resolve("out").toString(),
            "test",
            TestSpark.session().sparkContext().hadoopConfiguration());
    MeasureConfig termActorOnly =
        new MeasureConfig(
            List.of("term_actor"), null, null, null, null, null, null, null, null, null);
    Dataset<Row> noTerms = in[1].filter(col("entity_type").notEqual("term"));
    NewstrendsJob.writeMeasures(
        MeasureFixtures.annotated(in[0], noTerms),
        MeasureFixtures.entities(noTerms),
        termActorOnly,
        null,
        out);
    Dataset<Row> back =
        TestSpark.session().read().parquet(out.stagedTable(Tables.TERM_ACTOR).toString());
    assertEquals(0, back.count());
    assertEquals(published(Tables.TERM_ACTOR_SCHEMA), List.of(back.schema().fieldNames()));
  }

  @Test
  void writesEveryTableAsOneFlatParquetFileWithDates(@TempDir Path dir) throws Exception {
    Dataset<Row>[] in = fixture();
    OutputDirectory out =
        OutputDirectory.open(
            dir.resolve("out").toString(),
            "test",
            TestSpark.session().sparkContext().hadoopConfiguration());
    ParquetTableWriter.configure(TestSpark.session());
    Map<String, String> written =
        NewstrendsJob.writeMeasures(
            MeasureFixtures.annotated(in[0], in[1]),
            MeasureFixtures.entities(in[1]),
            MeasureConfig.DEFAULT,
            0L,
            out);
    assertEquals(MeasureConfig.ALL_TABLES, List.copyOf(written.keySet()));
    Path staged = Path.of(out.stagedTable(Tables.ENTITY_TRENDS).toUri());
    for (String table : MeasureConfig.ALL_TABLES) {
      try (var files = Files.list(Path.of(out.stagedTable(table).toUri()))) {
        assertEquals(
            1, files.filter(f -> f.toString().endsWith(".parquet")).count(), table + ": one file");
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT typeof(period_start), count(*), count(DISTINCT grain) FROM read_parquet('"
                    + staged
                    + "/*.parquet') GROUP BY 1")) {
      assertTrue(rs.next());
      assertEquals("DATE", rs.getString(1));
      assertTrue(rs.getLong(2) > 0);
      assertEquals(3, rs.getLong(3));
    }
    Dataset<Row> back =
        TestSpark.session().read().parquet(out.stagedTable(Tables.ENTITY_TRENDS).toString());
    assertEquals(published(Tables.ENTITY_TRENDS_SCHEMA), List.of(back.schema().fieldNames()));
  }

  /** A measure schema's published columns: source named outlet_id, then the contract's flags. */
  private static List<String> published(org.apache.spark.sql.types.StructType schema) {
    List<String> names = new java.util.ArrayList<>();
    for (String n : schema.fieldNames()) {
      names.add(n.equals("source") ? "outlet_id" : n);
    }
    names.add("is_partial");
    if (names.contains("mentions")) {
      names.add("is_zero");
    }
    return names;
  }

  @Test
  void theSeriesPassRunsOneTaskPerFourMillionPairRowsRoundedUpToTheCores(@TempDir Path dir) {
    var spark = TestSpark.session();
    Dataset<Row> computed = spark.range(10).toDF("n");
    assertEquals(
        OptionalInt.empty(),
        Cooccurrence.seriesTasks(computed),
        "rows not read from Parquet: adaptive execution decides");
    String small = dir.resolve("small").toString();
    computed.write().parquet(small);
    assertEquals(
        OptionalInt.of(2), Cooccurrence.seriesTasks(spark.read().parquet(small)), "both cores");
    String large = dir.resolve("large").toString();
    spark.range(2 * Cooccurrence.SERIES_ROWS_PER_TASK + 1).toDF("n").write().parquet(large);
    assertEquals(
        OptionalInt.of(4),
        Cooccurrence.seriesTasks(spark.read().parquet(large)),
        "three by rows, rounded up to a multiple of the two cores");
  }
}
