package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.NewstrendsJob;
import org.newstrends.config.AnnotateConfig;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.output.Manifest;
import org.newstrends.output.Tables;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

class AnnotateTest {

  @TempDir Path dir;

  @Test
  void mentionsOfTheSeedArticleHaveTheMentionsSchema() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> articles = Fixtures.seedArticles(spark, dir.resolve("in"));
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    Dataset<Row> mentions = Annotate.mentions(spark, articles, g, 60);
    assertEquals(Tables.MENTIONS_SCHEMA, mentions.schema());
    List<String> rows =
        mentions
            .filter("entity_id = 'genocide'")
            .orderBy("field", "paragraph_index", "char_start")
            .collectAsList()
            .stream()
            .map(
                r ->
                    r.getAs("field")
                        + "/"
                        + r.getAs("paragraph_index")
                        + "/"
                        + r.getAs("quote_kind")
                        + "/"
                        + r.getAs("speaker_entity_id")
                        + "/"
                        + r.getAs("published_year")
                        + "/"
                        + r.getAs("published_date"))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "body/0/scare/Q5947347/2023/2023-12-07",
            "body/3/speech/Q5947347/2023/2023-12-07",
            "title/0/scare/Q5947347/2023/2023-12-07"),
        rows);
    long putin = mentions.filter("entity_name = 'Vladimir Putin'").count();
    assertTrue(putin >= 6, "Putin mentions: " + putin);
  }

  /**
   * The job's one matcher pass ({@link Annotate#annotateOnce}) gives exactly the rows of the two
   * separate passes: the mentions (with their context) and measure's hand-over, in both settings of
   * the counting rules.
   */
  @Test
  void onePassGivesTheMentionsAndTheHandOverOfTwoPasses() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> articles =
        org.newstrends.dedup.Deduplication.apply(
            Fixtures.seedArticles(spark, dir.resolve("in")),
            org.newstrends.config.DedupConfig.DEFAULT);
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    for (boolean counting : List.of(false, true)) {
      Dataset<Row> both = Annotate.annotateOnce(spark, articles, g, 60, counting, !counting);
      List<String> mentions = sorted(Annotate.mentionsOf(both));
      assertEquals(sorted(Annotate.mentions(spark, articles, g, 60)), mentions);
      assertTrue(mentions.size() > 10, "mentions: " + mentions.size());
      assertEquals(Tables.MENTIONS_SCHEMA, Annotate.mentionsOf(both).schema());
      assertEquals(
          sorted(Annotate.annotatedArticles(spark, articles, g, counting, !counting)),
          sorted(Annotate.annotatedOf(both)));
      assertEquals(
          Tables.ANNOTATED_ARTICLES_SCHEMA.fieldNames().length,
          Annotate.annotatedOf(both).schema().fields().length);
    }
  }

  private static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void theJobWritesMentionsAndCountsThemInTheManifest() throws Exception {
    SparkSession spark = TestSpark.session();
    Path seed = Fixtures.copy("/textdump/seed.txt", dir.resolve("in"));
    List<String> gazetteers =
        SeedMentionsTest.GAZETTEERS.stream()
            .map(p -> Path.of(p).toAbsolutePath().toString())
            .toList();
    JobConfig config =
        new JobConfig(
                List.of(new InputSpec(seed.toString(), "text-dump")),
                dir.resolve("out").toString(),
                IngestConfig.DEFAULT)
            .withAnnotate(new AnnotateConfig(true, gazetteers, 40, null));
    Manifest manifest = NewstrendsJob.run(spark, config, "test-run");
    long written =
        spark.read().parquet(dir.resolve("out").resolve(Tables.MENTIONS).toString()).count();
    assertTrue(written > 50, "mentions: " + written);
    assertEquals(written, manifest.counts().get(Tables.MENTIONS));
    // Flat, unpartitioned: the year and the outlet are columns inside the files.
    assertEquals(
        List.of("2023|trt-world"),
        spark
            .read()
            .parquet(dir.resolve("out").resolve(Tables.MENTIONS).toString())
            .selectExpr("concat(published_year, '|', outlet_id)")
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList());
  }
}
