package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.InputFormat;
import org.newstrends.testing.Fixtures;

/** The JSON Lines parser on real RSS lines ({@code shared/data/jsonl}) and on edge cases. */
class JsonLinesParserTest {

  private static final Map<String, String> RSS =
      FieldMappings.resolve(InputFormat.JSONL, "rss-2023", null);
  private static final Map<String, String> NEWS_PLEASE =
      FieldMappings.resolve(InputFormat.JSONL, "news-please", null);
  private static final long LIMIT = 1 << 20;

  static List<String> lines(String resource) {
    return Fixtures.text(resource).lines().toList();
  }

  private static ParseResult parse(String line, Map<String, String> mapping) {
    return JsonLinesParser.parse(line, line.length(), "f.jsonl", 42, LIMIT, mapping, null);
  }

  private static Article article(String line) {
    ParseResult r = parse(line, RSS);
    assertTrue(r.isArticle(), () -> "rejected: " + r.reject());
    return r.article();
  }

  private static Reject reject(String line, Map<String, String> mapping) {
    ParseResult r = parse(line, mapping);
    assertFalse(r.isArticle(), () -> "parsed: " + r.article());
    return r.reject();
  }

  @Test
  void spaceSeparatedDateWithNullArtistTakesTheFeedHostAsSource() {
    Article a = article(lines("/jsonl/rss-2023-01-excerpt.jsonl").get(0));
    assertEquals(Instant.parse("2023-01-01T23:02:37Z"), a.publishedAt());
    assertEquals(LocalDate.of(2023, 1, 1), a.publishedDate());
    assertEquals("feeds.abcnews.com", a.source());
    assertEquals("Winter storm bringing snow, ice and tornadoes, expected to wallop US", a.title());
    assertEquals(1, a.paragraphs().size());
    assertTrue(a.body().startsWith("A strong storm moving through the intermountain West"));
    assertEquals("en-US", a.language());
    assertEquals(
        "https://abcnews.go.com/US/winter-storm-bringing-snow-ice-tornadoes-expected-wallop/story?id=96051816",
        a.url());
    assertEquals("jsonl", a.inputFormat());
    assertEquals(42, a.inputOffset());
    assertEquals(List.of(), a.authors());
  }

  @Test
  void isoDateWithTAndArtistAsSource() {
    Article a = article(lines("/jsonl/rss-2023-10-excerpt.jsonl").get(0));
    assertEquals(Instant.parse("2023-10-01T22:01:51Z"), a.publishedAt());
    assertEquals(LocalDate.of(2023, 10, 1), a.publishedDate());
    assertEquals("ABC News", a.source());
  }

  @Test
  void guardianHtmlBecomesCleanParagraphs() {
    Article a = article(lines("/jsonl/rss-2023-01-excerpt.jsonl").get(12));
    assertEquals("theguardian.com", a.source());
    assertTrue(a.paragraphs().size() >= 3, () -> "paragraphs: " + a.paragraphs());
    assertEquals(
        "QF19 was three hours into New Year’s Day journey when pilots learned they could not land"
            + " at Manila",
        a.paragraphs().get(0));
    assertEquals(
        "Follow our Australia news live blog for the latest updates", a.paragraphs().get(1));
    for (String p : a.paragraphs()) {
      assertFalse(p.contains("<") || p.contains(">") || p.contains("&#"), p);
    }
  }

  @Test
  void entitiesAreDecoded() {
    Article a = article(lines("/jsonl/rss-2023-01-excerpt.jsonl").get(15));
    assertTrue(
        a.body().startsWith("President Volodymyr Zelenskyy praises Ukrainians' 'sense of unity'"),
        a.body());
  }

  @Test
  void doubleEscapedEntitiesOfWsjAreDecoded() {
    // A real line of rss-news-2023-05.jsonl.gz.
    String line =
        "{\"date_published\": \"2023-05-01 14:03:00+00:00\", \"source\":"
            + " \"https://feeds.a.dj.com/rss/RSSWorldNews.xml\", \"artist\": null, \"language\":"
            + " \"en-US\", \"title\": \"More &raquo;\", \"description\": \"First Republic had an"
            + " unbeatable strategy&amp;#x2014;until it didn&amp;#x27;t. How the massive bank failure"
            + " unfolded.\", \"link\": \"https://www.wsj.com/articles/more-amp-raquo-2b9d3b3\"}";
    Article a = article(line);
    assertEquals("More »", a.title());
    assertEquals(
        "First Republic had an unbeatable strategy—until it didn't. How the massive bank failure"
            + " unfolded.",
        a.body());
    assertEquals("AT&T; & co", TextCleaner.inline("AT&amp;T; &amp;amp; co"));
  }

  @Test
  void headlineOnlyItemIsAnArticleWithEmptyBodyAndMicrosecondTime() {
    Article a = article(lines("/jsonl/rss-2023-01-excerpt.jsonl").get(17));
    assertEquals("2 dead, 4 injured in Florida shooting early New Year’s Day", a.title());
    assertEquals("", a.body());
    assertEquals(0, a.wordCount());
    assertEquals(Instant.parse("2023-01-01T23:29:13.831406Z"), a.publishedAt());
  }

  @Test
  void everyFixtureLineIsAnArticle() {
    for (String resource :
        List.of("/jsonl/rss-2023-01-excerpt.jsonl", "/jsonl/rss-2023-10-excerpt.jsonl")) {
      for (String line : lines(resource)) {
        Article a = article(line);
        assertTrue(a.title() != null && a.publishedAt() != null && a.source() != null, line);
      }
    }
  }

  @Test
  void badJsonNoBodyAndTooLargeAreRejects() {
    assertEquals("bad_json", reject("{\"title\": \"x\"", RSS).reason());
    assertEquals("bad_json", reject("[1, 2]", RSS).reason());
    assertEquals("T", article("\uFEFF{\"title\": \"T\"}").title(), "a byte-order mark is not JSON");
    assertEquals("bad_json", reject("{\"title\": \"x\"} trailing", RSS).reason());
    Reject noBody = reject("{\"title\": null, \"description\": \"  \", \"link\": \"u\"}", RSS);
    assertEquals("no_body", noBody.reason());
    assertEquals(42, noBody.inputOffset());
    assertEquals(
        "{\"title\": null, \"description\": \"  \", \"link\": \"u\"}", noBody.rawExcerpt());
    String big = "{\"title\": \"" + "x".repeat(200) + "\"}";
    ParseResult r = JsonLinesParser.parse(big, big.length(), "f", 0, 100, RSS, null);
    assertEquals("too_large", r.reject().reason());
  }

  @Test
  void unparseableDateKeepsTheArticleUndatedAndAssumeDateFillsOnlyTheDate() {
    String line =
        "{\"title\": \"T\", \"description\": \"B\", \"date_published\": \"last Tuesday\"}";
    Article undated = article(line);
    assertNull(undated.publishedDate());
    assertNull(undated.publishedAt());
    Article assumed =
        JsonLinesParser.parse(line, line.length(), "f", 0, LIMIT, RSS, LocalDate.of(2005, 6, 30))
            .article();
    assertEquals(LocalDate.of(2005, 6, 30), assumed.publishedDate());
    assertNull(assumed.publishedAt());
  }

  @Test
  void newsPleasePresetWithAuthorsLedeAndEpochSeconds() {
    String line =
        "{\"title\": \"Gaza talks\", \"maintext\": \"First.\\n\\nSecond &amp; last.\","
            + " \"description\": \"<b>Lede</b> here\", \"date_publish\": 1696197711,"
            + " \"source_domain\": \"example.org\", \"url\": \"https://example.org/a\","
            + " \"authors\": [\"A. Writer\", \"B. Reporter\"], \"language\": \"en\"}";
    Article a = parse(line, NEWS_PLEASE).article();
    assertEquals(List.of("First.", "Second & last."), a.paragraphs());
    assertEquals("Lede here", a.lede());
    assertEquals(Instant.ofEpochSecond(1696197711), a.publishedAt());
    assertEquals(LocalDate.of(2023, 10, 1), a.publishedDate());
    assertEquals("example.org", a.source());
    assertEquals(List.of("A. Writer", "B. Reporter"), a.authors());
    assertEquals("en", a.language());
  }
}
