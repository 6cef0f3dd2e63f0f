package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.measure.MeasureFixtures.article;
import static org.newstrends.measure.MeasureFixtures.mention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.config.MeasureConfig;

/**
 * Twelve weeks of one outlet, ten articles a week from Monday 2023-01-02: X is in one article a
 * week and in all ten in week 12 (share 0.1 → 1.0), Y in one article every week, Z only in weeks 3
 * and 6. In week 1, articles a-1-8 and a-1-9 are wire copies of a-1-0.
 */
class EntityTrendsTest {

  private static final LocalDate WEEK_1 = LocalDate.parse("2023-01-02");
  private static final MeasureConfig WEEKLY =
      new MeasureConfig(
          List.of("entity_trends"), List.of("week"), 8, 3.5, 3, 0.005, null, null, null, null);
  private static List<Row> articleRows;
  private static List<Row> mentionRows;

  @BeforeAll
  static void fixture() {
    articleRows = new ArrayList<>();
    mentionRows = new ArrayList<>();
    for (int w = 1; w <= 12; w++) {
      String date = WEEK_1.plusWeeks(w - 1).plusDays(w % 7).toString();
      for (int i = 0; i < 10; i++) {
        String id = "a-" + w + "-" + i;
        boolean copy = w == 1 && i >= 8;
        articleRows.add(article(id, date, "s1", 100, copy ? "a-1-0" : id, !copy, "Text."));
        if (i == 0 || w == 12) {
          mentionRows.add(mention(id, "X", "country", 0, 0));
        }
        if (i == 1) {
          mentionRows.add(mention(id, "Y", "leader", 0, 0, true, "X"));
        }
        if (i == 2 && (w == 3 || w == 6)) {
          mentionRows.add(mention(id, "Z", "term", 0, 0));
          mentionRows.add(mention(id, "Z", "term", 0, 1));
        }
      }
      // A wire copy in week 1 mentions X too: raw counts see it, deduplicated counts do not.
      if (w == 1) {
        mentionRows.add(mention("a-1-8", "X", "country", 0, 0));
      }
    }
  }

  private static List<Row> trends(Dataset<Row> articles, String entity, String source) {
    Dataset<Row> mentions = MeasureFixtures.mentions(mentionRows);
    return EntityTrends.build(
            MeasureFixtures.facts(articles, mentions, WEEKLY),
            MeasureFixtures.entities(mentions),
            WEEKLY)
        .filter(col("entity_id").equalTo(entity).and(col("source").equalTo(source)))
        .orderBy("period_start")
        .collectAsList();
  }

  private static Date week(int w) {
    return Date.valueOf(WEEK_1.plusWeeks(w - 1));
  }

  @Test
  void tenfoldJumpInShareIsASpike() {
    List<Row> x = trends(MeasureFixtures.articles(articleRows), "X", "s1");
    assertEquals(12, x.size());
    Row last = x.get(11);
    assertEquals(week(12), last.getAs("period_start"));
    assertEquals(1.0, (double) last.getAs("share"), 1e-12);
    assertEquals(8, (int) last.getAs("history_periods"));
    assertEquals(0.1, (double) last.getAs("rolling_share_mean"), 1e-12);
    // median 0.1, MAD 0 → floor 0.005: (1.0 − 0.1) / (1.4826 · 0.005)
    assertEquals(0.9 / (1.4826 * 0.005), (double) last.getAs("spike_score"), 1e-9);
    assertTrue((boolean) last.getAs("is_spike"));
    for (Row r : x.subList(0, 11)) {
      assertFalse((boolean) r.getAs("is_spike"), r.toString());
    }
  }

  @Test
  void flatSeriesIsNoSpike() {
    List<Row> y = trends(MeasureFixtures.articles(articleRows), "Y", "ALL");
    assertEquals(12, y.size());
    for (Row r : y) {
      assertFalse((boolean) r.getAs("is_spike"));
      assertEquals(1L, (long) r.getAs("mentions_in_quotes"));
      assertEquals(0L, (long) r.getAs("mentions_outlet_voice"));
    }
    assertEquals(0.0, (double) y.get(11).getAs("spike_score"), 1e-12);
    assertNull(y.get(0).getAs("spike_score"), "no baseline yet");
    assertNull(y.get(0).getAs("rolling_share_mean"));
  }

  /** Z (weeks 3 and 6) gets zero rows for weeks 1–2 (window before its first) and 4–5. */
  @Test
  void zeroRowsFillTheSeries() {
    List<Row> z = trends(MeasureFixtures.articles(articleRows), "Z", "s1");
    assertEquals(6, z.size());
    long[] mentions = z.stream().mapToLong(r -> r.getAs("mentions")).toArray();
    assertEquals(
        List.of(0L, 0L, 2L, 0L, 0L, 2L), java.util.Arrays.stream(mentions).boxed().toList());
    assertEquals(10L, (long) z.get(3).getAs("total_articles"));
    assertEquals(0.0, (double) z.get(3).getAs("share"));
    assertEquals("Name of Z", z.get(3).getAs("entity_name"));
  }

  @Test
  void wireCopiesCountOnceInDedupColumns() {
    Row week1 = trends(MeasureFixtures.articles(articleRows), "X", "s1").get(0);
    assertEquals(2L, (long) week1.getAs("mentions"));
    assertEquals(2L, (long) week1.getAs("articles"));
    assertEquals(10L, (long) week1.getAs("total_articles"));
    assertEquals(0.2, (double) week1.getAs("share"), 1e-12);
    assertEquals(1L, (long) week1.getAs("mentions_dedup"));
    assertEquals(1L, (long) week1.getAs("articles_dedup"));
    assertEquals(8L, (long) week1.getAs("total_articles_dedup"));
    assertEquals(0.125, (double) week1.getAs("share_dedup"), 1e-12);

    Row noDups = trends(MeasureFixtures.articlesWithoutDups(articleRows), "X", "s1").get(0);
    assertEquals(2L, (long) noDups.getAs("articles_dedup"));
    assertEquals(10L, (long) noDups.getAs("total_articles_dedup"));
  }
}
