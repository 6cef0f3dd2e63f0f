package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.InputFormat;
import org.newstrends.testing.Fixtures;

/** The CSV parser on real rows ({@code shared/data/csv}) and on malformed input. */
class CsvParserTest {

  private static final long LIMIT = 1 << 20;

  static List<ParseResult> parse(String csv, String preset, Map<String, String> mapping) {
    Iterator<ParseResult> it =
        CsvParser.parse(
            new StringReader(csv),
            "f.csv",
            FieldMappings.resolve(InputFormat.CSV, preset, mapping),
            null,
            LIMIT);
    List<ParseResult> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void articleListPresetGivesTitleOnlyArticles() {
    List<ParseResult> rows =
        parse(Fixtures.text("/csv/globe_article_list.csv"), "csv-article-list", null);
    assertEquals(20, rows.size());
    Article a = rows.get(0).article();
    assertEquals("Israel, Hamas to extend truce for two more days, Qatar says", a.title());
    assertEquals("", a.body());
    assertEquals("world", a.section());
    assertEquals(Instant.parse("2023-11-27T10:22:07.899Z"), a.publishedAt());
    assertEquals(LocalDate.of(2023, 11, 27), a.publishedDate());
    assertEquals(
        "https://www.theglobeandmail.com/world/article-israel-hamas-gaza-war-hostage-release/",
        a.url());
    assertNull(a.source());
    assertEquals(0, a.inputOffset());
    assertEquals(19, rows.get(19).article().inputOffset());
  }

  @Test
  void postArticleListWithIndexColumnAndPlainDates() {
    List<ParseResult> rows =
        parse(Fixtures.text("/csv/post_article_list.csv"), "csv-article-list", null);
    assertEquals(20, rows.size());
    assertTrue(rows.stream().allMatch(ParseResult::isArticle));
    Article a = rows.get(0).article();
    assertEquals(LocalDate.of(2023, 10, 7), a.publishedDate());
    assertNull(a.publishedAt());
    assertEquals("News", a.section());
    assertEquals("Canada", rows.get(1).article().section());
  }

  @Test
  void sentencesPresetKeepsQuotesAndCommasInsideFields() {
    List<ParseResult> rows = parse(Fixtures.text("/csv/post_sentences.csv"), "csv-sentences", null);
    assertEquals(20, rows.size());
    assertTrue(rows.stream().allMatch(ParseResult::isArticle));
    Article quoted = rows.get(16).article();
    assertEquals("Letters: 'What’s happened to Canada’s \"hate speech” laws?'", quoted.title());
    assertEquals("NP Comment", quoted.section());
    Article commas = rows.get(2).article();
    assertTrue(commas.body().contains("more than 3,000 rockets"), commas.body());
    assertEquals(2, commas.inputOffset());
  }

  @Test
  void newlineInsideAQuotedFieldStaysInOneRecord() {
    String csv =
        "title,body,date\n"
            + "\"A, b\",\"First paragraph, with \"\"quotes\"\".\n\nSecond paragraph.\",2023-10-07\n"
            + "Next,Body,2023-10-08\n";
    List<ParseResult> rows = parse(csv, null, null);
    assertEquals(2, rows.size());
    Article a = rows.get(0).article();
    assertEquals("A, b", a.title());
    assertEquals(List.of("First paragraph, with \"quotes\".", "Second paragraph."), a.paragraphs());
    assertEquals(1, rows.get(1).article().inputOffset());
  }

  @Test
  void rowWithWrongColumnCountIsBadCsvAndNothingIsLost() {
    String csv = "title,body\nok,fine\nthree,columns,here\nalso,ok\n\"unbalanced,quote\n";
    List<ParseResult> rows = parse(csv, null, null);
    assertEquals(4, rows.size());
    assertTrue(rows.get(0).isArticle());
    assertEquals("bad_csv", rows.get(1).reject().reason());
    assertEquals(1, rows.get(1).reject().inputOffset());
    assertTrue(rows.get(2).isArticle());
    assertFalse(rows.get(3).isArticle());
    assertEquals("bad_csv", rows.get(3).reject().reason());
  }

  @Test
  void emptyFileGivesNoRecordsAndHeaderMappingByName() {
    assertEquals(0, parse("", null, null).size());
    List<ParseResult> rows =
        parse(
            "headline,text,when\nH,T,2023-10-07 12:00:00\n",
            null,
            Map.of("title", "headline", "body", "text", "date", "when"));
    Article a = rows.get(0).article();
    assertEquals("H", a.title());
    assertEquals("T", a.body());
    assertEquals(Instant.parse("2023-10-07T12:00:00Z"), a.publishedAt());
  }

  // A spreadsheet saved where commas are decimal marks writes ";": every row was a reject.
  @Test
  void theHeaderLinesDelimiterIsUsedSemicolonTabOrBar() {
    Map<String, String> mapping = Map.of("title", "headline", "body", "text", "date", "when");
    for (String d : List.of(";", "\t", "|", ",")) {
      String csv =
          String.join(d, "headline", "text", "when")
              + "\n"
              + String.join(d, "H", "\"1,5 million; or 2,0\"", "2023-10-07")
              + "\n";
      List<ParseResult> rows = parse(csv, null, mapping);
      assertEquals(1, rows.size(), d);
      assertTrue(rows.get(0).isArticle(), () -> d + ": " + rows.get(0).reject());
      assertEquals("H", rows.get(0).article().title(), d);
      assertEquals("1,5 million; or 2,0", rows.get(0).article().body(), d);
    }
    // a comma header naming columns with semicolons in quotes stays a comma file
    List<ParseResult> rows =
        parse("\"a;b\",headline,text\nx,H,T\n", null, Map.of("title", "headline", "body", "text"));
    assertEquals("T", rows.get(0).article().body());
  }
}
