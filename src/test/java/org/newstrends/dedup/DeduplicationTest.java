package org.newstrends.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.DedupConfig;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.ParseResult;
import org.newstrends.ingest.ParsedRows;
import org.newstrends.ingest.TextDumpReader;
import org.newstrends.output.Tables;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** Wire copies and near-duplicates end in one group; stories on the same topic do not. */
class DeduplicationTest {

  /** A wire story, one paragraph per entry. */
  static final List<String> STORY =
      List.of(
          "GENEVA (AP) — Negotiators from both sides met for a third day on Wednesday in an effort to"
              + " agree on a temporary ceasefire and the release of hostages, diplomats said.",
          "The talks, mediated by Qatar and Egypt, focused on the length of a first pause in the"
              + " fighting and on the number of prisoners who would be freed in exchange.",
          "A senior official familiar with the discussions said the gaps had narrowed but that"
              + " several questions about the sequencing of releases remained open.",
          "Aid agencies have warned that the humanitarian situation continues to deteriorate, with"
              + " shortages of food, fuel and medicine reported across the territory.",
          "The United Nations said that more than a million people had been displaced since the"
              + " start of the war and that shelters were operating far beyond capacity.",
          "Officials in Washington said the secretary of state would travel to the region next week"
              + " to press for an agreement and for more trucks to be allowed through the crossings.",
          "Families of the hostages held a vigil outside the parliament building, urging the"
              + " government to accept any deal that would bring their relatives home.",
          "The next round of talks is expected to take place in Cairo over the weekend, according to"
              + " two people briefed on the schedule who spoke on condition of anonymity.");

  /** Another story on the same topic that quotes two sentences of {@link #STORY}. */
  static final List<String> SAME_TOPIC =
      List.of(
          "Hospitals in the south of the territory are running out of fuel for their generators,"
              + " doctors said on Thursday, as fighting continued around the main city.",
          "Aid agencies have warned that the humanitarian situation continues to deteriorate, with"
              + " shortages of food, fuel and medicine reported across the territory.",
          "A spokesperson for the health ministry said that surgeons were operating by the light of"
              + " mobile phones and that incubators in two hospitals had stopped working.",
          "The talks, mediated by Qatar and Egypt, focused on the length of a first pause in the"
              + " fighting and on the number of prisoners who would be freed in exchange.",
          "The World Health Organization said it had lost contact with its staff in the area and"
              + " called for the immediate protection of medical facilities and patients.",
          "Residents described long queues for bread and water, with some families eating one meal a"
              + " day, and said that prices in the few open markets had tripled.");

  static final String BOILERPLATE =
      "Copyright 2023 The Associated Press. All rights reserved. This material may not be"
          + " published, broadcast, rewritten or redistributed without permission.";

  private static Article article(String file, String date, String title, List<String> paragraphs) {
    return new Article(
        file,
        0,
        "test",
        date == null ? null : LocalDate.parse(date),
        null,
        null,
        title,
        null,
        null,
        null,
        null,
        paragraphs,
        null,
        null,
        "test",
        null,
        null,
        "en");
  }

  static Dataset<Row> articles(List<Article> list) {
    SparkSession spark = TestSpark.session();
    List<Row> rows = new ArrayList<>();
    for (Article a : list) {
      rows.add(ParsedRows.toRow("test", ParseResult.of(a)));
    }
    return ParsedRows.articles(spark.createDataFrame(rows, ParsedRows.SCHEMA));
  }

  /** input_file -> "dup_group's input_file|is_canonical". */
  private static Map<String, String> groups(Dataset<Row> deduplicated) {
    List<Row> rows = deduplicated.collectAsList();
    Map<String, String> fileOfId =
        rows.stream()
            .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r.getAs("input_file")));
    Map<String, String> out = new TreeMap<>();
    for (Row r : rows) {
      out.put(
          r.getAs("input_file"),
          fileOfId.get(r.<String>getAs("dup_group_id")) + "|" + r.getAs("is_canonical"));
    }
    return out;
  }

  @Test
  void wireCopiesGroupAndSameTopicStoriesDoNot() {
    List<String> trimmed = new ArrayList<>(STORY.subList(0, STORY.size() - 1));
    trimmed.add(BOILERPLATE);
    Dataset<Row> in =
        articles(
            List.of(
                article("ap", "2023-11-08", "Ceasefire talks enter third day", STORY),
                article(
                    "outlet-b", "2023-11-08", "Hostage deal within reach, diplomats say", trimmed),
                article("exact-copy", "2023-11-09", "Ceasefire talks enter third day", STORY),
                article("same-topic", "2023-11-08", "Hospitals run out of fuel", SAME_TOPIC),
                article("empty-1", null, null, List.of()),
                article("empty-2", null, null, List.of())));
    Dataset<Row> out = Deduplication.apply(in, DedupConfig.DEFAULT);
    assertEquals(List.of(Tables.columns(Tables.ARTICLES_SCHEMA)), List.of(out.columns()));
    Map<String, String> groups = groups(out);
    String ap = groups.get("ap");
    String b = groups.get("outlet-b");
    assertEquals(ap.split("\\|")[0], b.split("\\|")[0], "the rewritten wire copy joins the story");
    assertEquals(
        ap.split("\\|")[0], groups.get("exact-copy").split("\\|")[0], "the exact copy too");
    assertEquals("same-topic|true", groups.get("same-topic"));
    assertEquals("empty-1|true", groups.get("empty-1"), "articles without text stay alone");
    assertEquals("empty-2|true", groups.get("empty-2"));
    // Canonical: the earliest date (ap and outlet-b on 2023-11-08), then the smallest article_id.
    long canonicals =
        groups.entrySet().stream()
            .filter(e -> List.of("ap", "outlet-b", "exact-copy").contains(e.getKey()))
            .filter(e -> e.getValue().endsWith("|true"))
            .count();
    assertEquals(1, canonicals);
    String canonical = ap.split("\\|")[0];
    assertNotEquals("exact-copy", canonical, "the later copy is never the canonical one");
    assertEquals(groups, groups(Deduplication.apply(in, DedupConfig.DEFAULT)), "deterministic");
  }

  /** A templated recurring report: the same words every time, other numbers. */
  private static List<String> fedReport(String amount) {
    return List.of(
        "The Federal Reserve entered the U.S. Government securities market to arrange "
            + amount
            + " billion dlrs of customer repurchase agreements, a Fed spokesman said.",
        "Dealers said Federal funds were trading at 6 pct when the Fed began its temporary and"
            + " indirect supply of reserves to the banking system through the repurchases.");
  }

  @Test
  void recurringTemplatedReportsAndOldStoriesStayApart() {
    Dataset<Row> in =
        articles(
            List.of(
                article(
                    "fed-mar-02",
                    "1987-03-02",
                    "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
                    fedReport("1.5")),
                article(
                    "fed-mar-03",
                    "1987-03-03",
                    "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
                    fedReport("2.5")),
                article("story", "2023-11-08", "Ceasefire talks enter third day", STORY),
                article(
                    "month-later",
                    "2023-12-08",
                    "Ceasefire talks: a look back",
                    STORY.subList(0, STORY.size() - 1))));
    Map<String, String> groups = groups(Deduplication.apply(in, DedupConfig.DEFAULT));
    assertEquals("fed-mar-02|true", groups.get("fed-mar-02"));
    assertEquals("fed-mar-03|true", groups.get("fed-mar-03"), "other numbers: another report");
    assertEquals("month-later|true", groups.get("month-later"), "30 days apart: not a wire copy");
    DedupConfig lenient = new DedupConfig(null, null, null, null, null, null, null, 60, false);
    Map<String, String> merged = groups(Deduplication.apply(in, lenient));
    assertEquals("fed-mar-02|false", merged.get("fed-mar-03"), "both checks off: one group");
    assertEquals("story|false", merged.get("month-later"));
  }

  /**
   * A small input's copies, decided in the driver ({@link DriverCopies}), equal the distributed
   * plan's, article by article: on wire copies, a chain of near-copies with unknown dates,
   * templated reports, both configurations above, and the bundled sample.
   */
  @Test
  void driverAndDistributedPlansGroupAlike() {
    List<String> trimmed = new ArrayList<>(STORY.subList(0, STORY.size() - 1));
    trimmed.add(BOILERPLATE);
    List<String> shorter = new ArrayList<>(trimmed.subList(1, trimmed.size()));
    Dataset<Row> synthetic =
        articles(
            List.of(
                article("ap", "2023-11-08", "Ceasefire talks enter third day", STORY),
                article("outlet-b", "2023-11-08", "Hostage deal within reach", trimmed),
                article("outlet-c", null, "Hostage deal within reach", shorter),
                article("outlet-d", null, "Talks go on", shorter),
                article("exact-copy", "2023-11-09", "Ceasefire talks enter third day", STORY),
                article("same-topic", "2023-11-08", "Hospitals run out of fuel", SAME_TOPIC),
                article("empty-1", null, null, List.of()),
                article("fed-mar-02", "1987-03-02", "FED ADDS RESERVES", fedReport("1.5")),
                article("fed-mar-03", "1987-03-03", "FED ADDS RESERVES", fedReport("2.5")),
                article("month-later", "2023-12-08", "A look back", STORY.subList(0, 7))));
    Dataset<Row> sample = read(Path.of("data/sample/articles.txt")).cache();
    DedupConfig lenient = new DedupConfig(null, null, null, null, null, null, null, 60, false);
    assertSameGroups(synthetic, DedupConfig.DEFAULT, 4);
    assertSameGroups(synthetic, lenient, 6);
    // Buckets of at most three articles: the story's larger buckets are left out by both plans.
    DedupConfig smallBuckets = new DedupConfig(null, null, null, null, null, 3, null, null, null);
    assertSameGroups(synthetic, smallBuckets, 1);
    assertSameGroups(sample, DedupConfig.DEFAULT, 1);
    sample.unpersist();
  }

  private static void assertSameGroups(Dataset<Row> in, DedupConfig config, int copiesAtLeast) {
    Map<String, String> distributed = groupsById(Deduplication.apply(in, config));
    Map<String, String> driver =
        groupsById(Deduplication.apply(in, config, OptionalLong.of(in.count())));
    assertEquals(distributed, driver);
    // The group map joined by a shuffle instead of broadcast (a corpus of millions of copies):
    // the same groups, in as many partitions as the articles came in.
    var conf = in.sparkSession().conf();
    conf.set(Deduplication.BROADCAST_ROWS_PROPERTY, "0");
    try {
      Dataset<Row> shuffled = Deduplication.apply(in, config);
      assertEquals(driver, groupsById(shuffled));
      assertEquals(in.rdd().getNumPartitions(), shuffled.rdd().getNumPartitions());
    } finally {
      conf.unset(Deduplication.BROADCAST_ROWS_PROPERTY);
    }
    long copies = driver.values().stream().filter(g -> g.endsWith("|false")).count();
    assertTrue(copies >= copiesAtLeast, "the input holds copies: " + copies);
  }

  @Test
  void driverSimilarityIsTheArrayFunctionsOne() {
    assertTrue(DriverCopies.similar(new long[] {1, 2, 3}, new long[] {1, 2, 3, 4}, 0.75));
    assertTrue(!DriverCopies.similar(new long[] {1, 2, 3}, new long[] {1, 2, 3, 4, 5}, 0.7));
    assertTrue(DriverCopies.similar(new long[] {-5, 2, 9}, new long[] {-7, -5, 2, 9}, 0.75));
    assertTrue(!DriverCopies.similar(new long[] {-5, 2, 9}, new long[] {-7, -5, 3, 9}, 0.7));
    assertTrue(
        DriverCopies.similar(new long[0], new long[0], 0.7), "0 >= 0 * threshold, as in SQL");
  }

  @Test
  void driverBucketsAreTheDistributedPlansGroups() {
    // Keys shared by several classes become buckets; a key of one class only (even twice) is one
    // bucket whose pairs are empty; a bucket above the size limit is left out, counting a class
    // that holds the key twice twice, as collect_list over the exploded bands does.
    List<DriverCopies.ExactClass> classes =
        List.of(
            exactClass("a", 7, -1, 42, 42),
            exactClass("b", 7, 100, 5),
            exactClass("c", 7, 100, 6),
            exactClass("d", 8, 100, Long.MIN_VALUE),
            exactClass("e", 8, Long.MIN_VALUE, 5));
    assertEquals(
        List.of("a a", "a b c", "b c d", "b e", "d e", "d e"),
        sortedBuckets(DriverCopies.buckets(classes, 3)));
    assertEquals(
        List.of("a a", "b e", "d e", "d e"), sortedBuckets(DriverCopies.buckets(classes, 2)));
    assertEquals(List.of(), DriverCopies.buckets(List.of(exactClass("x", 1, 2, 3)), 500));
  }

  private static DriverCopies.ExactClass exactClass(String rep, long... bands) {
    DriverCopies.ExactClass c = new DriverCopies.ExactClass();
    c.rep = rep;
    c.bands = bands;
    return c;
  }

  /** Each bucket as its sorted members joined by spaces, the buckets sorted. */
  private static List<String> sortedBuckets(List<List<String>> buckets) {
    return buckets.stream()
        .map(bucket -> bucket.stream().sorted().collect(Collectors.joining(" ")))
        .sorted()
        .toList();
  }

  private static Dataset<Row> read(Path file) {
    return ParsedRows.articles(
        new TextDumpReader()
            .read(
                TestSpark.session(),
                new InputSpec(file.toString(), "text-dump"),
                IngestConfig.DEFAULT));
  }

  /** article_id -> "dup_group_id|is_canonical". */
  private static Map<String, String> groupsById(Dataset<Row> deduplicated) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : deduplicated.collectAsList()) {
      out.put(r.getAs("article_id"), r.getAs("dup_group_id") + "|" + r.getAs("is_canonical"));
    }
    return out;
  }

  @Test
  void thresholdSitsBetweenRewrittenCopiesAndSameTopicStories() {
    Shingler shingler = new Shingler(5, 25, 4);
    List<String> trimmed = new ArrayList<>(STORY.subList(0, STORY.size() - 1));
    trimmed.add(BOILERPLATE);
    double copy =
        Shingler.jaccard(
            shingler.shingles("Ceasefire talks enter third day " + String.join(" ", STORY)),
            shingler.shingles(
                "Hostage deal within reach, diplomats say " + String.join(" ", trimmed)));
    double topic =
        Shingler.jaccard(
            shingler.shingles(String.join(" ", STORY)),
            shingler.shingles(String.join(" ", SAME_TOPIC)));
    assertTrue(copy >= 0.7 && copy < 0.9, "rewritten copy: " + copy);
    assertTrue(topic < 0.2, "same topic: " + topic);
  }

  @Test
  void disabledLeavesEveryArticleAlone() {
    Dataset<Row> in =
        articles(
            List.of(
                article("a", "2023-01-01", "T", STORY), article("b", "2023-01-01", "T", STORY)));
    Map<String, String> groups =
        groups(
            Deduplication.apply(
                in, new DedupConfig(false, null, null, null, null, null, null, null, null)));
    assertEquals(Map.of("a", "a|true", "b", "b|true"), groups);
  }

  @Test
  void connectedComponentsFollowChains() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> edges =
        spark.createDataFrame(
            List.of(
                org.apache.spark.sql.RowFactory.create("d", "c"),
                org.apache.spark.sql.RowFactory.create("c", "b"),
                org.apache.spark.sql.RowFactory.create("b", "a"),
                org.apache.spark.sql.RowFactory.create("x", "y")),
            new org.apache.spark.sql.types.StructType().add("a", "string").add("b", "string"));
    Map<String, String> labels = new TreeMap<>();
    for (Row r : Deduplication.connectedComponents(edges).collectAsList()) {
      labels.put(r.getString(0), r.getString(1));
    }
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"), labels);
  }

  @Test
  void reutersExactCopiesAreGrouped(@TempDir Path dir) {
    Path file = Fixtures.copy("/textdump/reuters-excerpt.txt", dir);
    Dataset<Row> parsed =
        new TextDumpReader()
            .read(
                TestSpark.session(),
                new InputSpec(file.toString(), "text-dump"),
                IngestConfig.DEFAULT);
    List<Row> rows =
        Deduplication.apply(ParsedRows.articles(parsed), DedupConfig.DEFAULT).collectAsList();
    Map<String, List<Row>> byText =
        rows.stream().collect(Collectors.groupingBy(r -> r.getAs("title") + "|" + r.getAs("body")));
    List<List<Row>> copies = byText.values().stream().filter(g -> g.size() > 1).toList();
    assertEquals(1, copies.size());
    List<Row> pair = copies.get(0);
    assertEquals(
        pair.get(0).<String>getAs("dup_group_id"), pair.get(1).<String>getAs("dup_group_id"));
    assertEquals(1, pair.stream().filter(r -> r.<Boolean>getAs("is_canonical")).count());
    Map<String, Long> groupSizes =
        rows.stream()
            .collect(
                Collectors.groupingBy(r -> r.<String>getAs("dup_group_id"), Collectors.counting()));
    assertEquals(rows.size(), groupSizes.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(
        rows.stream().filter(r -> r.<Boolean>getAs("is_canonical")).count(),
        groupSizes.size(),
        "one canonical article per group");
  }
}
