package org.newstrends.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

/**
 * The parsed rows hold an article's text once, as its paragraphs; the body every table and the
 * content hash read is derived from them, and must be exactly {@link Article#body()}, so the
 * published {@code body} and the {@code article_id}s stay what they were when the rows carried it.
 */
class ParsedRowsBodyTest {

  private static Article article(String title, List<String> paragraphs) {
    return new Article(
        "dump.txt",
        0,
        "text-dump",
        LocalDate.of(1987, 3, 2),
        null,
        null,
        title,
        "A lede.",
        null,
        null,
        "LONDON",
        paragraphs,
        List.of("A sub-heading"),
        List.of(),
        "Reuters",
        null,
        List.of("A. Writer", "B. Writer"),
        "en");
  }

  /** Paragraphs with blank lines, line breaks, non-ASCII text; one article without paragraphs. */
  private static final List<Article> ARTICLES =
      List.of(
          article(
              "Cocoa talks stall",
              List.of(
                  "Talks in London on a buffer stock stalled, delegates said.",
                  "Ghana's delegate\nsaid the price — 1,900 stg — was too low.",
                  "Ivory Coast: \"no comment\".")),
          article("Title only", List.of()),
          article(null, List.of("One paragraph, no title, São Paulo.")));

  private static Dataset<Row> parsed(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    long ordinal = 0;
    for (Article a : ARTICLES) {
      rows.add(
          ParsedRows.toRow(
              "dump.txt",
              ParseResult.of(a),
              org.newstrends.config.DateWindow.defaultNow(),
              0,
              ordinal++));
    }
    return spark.createDataFrame(rows, ParsedRows.SCHEMA);
  }

  @Test
  void theParsedRowsCarryNoBodyAndTheArticlesBodyIsTheParagraphsJoined() {
    assertFalse(
        Arrays.asList(ParsedRows.SCHEMA.fieldNames()).contains("body"),
        "the parsed rows hold the text once, as paragraphs");
    List<Row> rows = ParsedRows.articles(parsed(TestSpark.session())).collectAsList();
    assertEquals(ARTICLES.size(), rows.size());
    for (Article a : ARTICLES) {
      Row row =
          rows.stream()
              .filter(r -> a.paragraphs().equals(r.getList(r.fieldIndex("paragraphs"))))
              .findFirst()
              .orElseThrow();
      assertEquals(a.body(), row.getAs("body"), "body of " + a.title());
    }
  }

  @Test
  void theContentHashReadsTheBodyAsTheParagraphsJoined() throws NoSuchAlgorithmException {
    List<Row> hashed =
        ParsedRows.withContentHash(parsed(TestSpark.session()))
            .select("title", "__content_hash")
            .collectAsList();
    for (Article a : ARTICLES) {
      Row row =
          hashed.stream()
              .filter(r -> java.util.Objects.equals(a.title(), r.getString(0)))
              .findFirst()
              .orElseThrow();
      assertEquals(expectedHash(a), row.getString(1), "content hash of " + a.title());
    }
  }

  /** The content hash as documented on {@code ParsedRows.contentHash}, computed from Java. */
  private static String expectedHash(Article a) throws NoSuchAlgorithmException {
    List<String> parts = new ArrayList<>();
    for (String s :
        Arrays.asList(
            a.title(),
            a.lede(),
            a.section(),
            a.photoCaption(),
            a.photoCredit(),
            a.dateline(),
            a.body(),
            a.source(),
            a.url(),
            a.language())) {
      parts.add(s == null ? "\u0002" : s);
    }
    for (List<String> list : List.of(a.subheadings(), a.related(), a.authors())) {
      parts.add(String.join("\u0001", list));
    }
    parts.add(String.valueOf(a.publishedDate().toEpochDay()));
    parts.add("\u0002"); // no timestamp
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  @Test
  void withBodyPutsTheBodyBackInItsPlaceForArticlesKeptWithoutIt() {
    Dataset<Row> articles = ParsedRows.articles(parsed(TestSpark.session()));
    Dataset<Row> kept = articles.withColumn("outlet_id", lit("reuters")).drop("body");
    Dataset<Row> back = ParsedRows.withBody(kept);
    List<String> expected = new ArrayList<>(Arrays.asList(articles.columns()));
    expected.add("outlet_id");
    assertEquals(expected, Arrays.asList(back.columns()), "same columns, same order");
    List<Row> before = articles.orderBy("article_id").collectAsList();
    List<Row> after = back.drop("outlet_id").orderBy("article_id").collectAsList();
    assertEquals(before, after);
    assertTrue(after.stream().anyMatch(r -> r.<String>getAs("body").contains("\n\n")));
  }
}
