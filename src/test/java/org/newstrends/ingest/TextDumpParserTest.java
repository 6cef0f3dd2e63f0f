package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plain-text dump parser on real records: the seed article (TRT World, 2023-12-07, from {@code
 * shared/data/seed}) and Reuters-21578 records (from {@code shared/data/text-dump}).
 */
class TextDumpParserTest {

  private static final long LIMIT = 1 << 20;

  static String resource(String name) {
    try (InputStream in = TextDumpParserTest.class.getResourceAsStream("/textdump/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Article article(String raw) {
    ParseResult result = TextDumpParser.parse(raw, raw.length(), "f", 0, LIMIT);
    assertTrue(result.isArticle(), () -> "rejected: " + result.reject());
    return result.article();
  }

  private static Reject reject(String raw) {
    ParseResult result = TextDumpParser.parse(raw, raw.length(), "f", 7, LIMIT);
    assertFalse(result.isArticle(), () -> "parsed: " + result.article());
    return result.reject();
  }

  @Test
  void seedArticleHasEveryPart() {
    Article a = article(resource("seed.txt"));
    assertEquals(LocalDate.of(2023, 12, 7), a.publishedDate());
    assertEquals("WORLD", a.section());
    assertEquals(
        "Iran's Raisi condemns Israeli 'genocide' in Gaza at Moscow talks with Putin", a.title());
    assertTrue(a.lede().startsWith("As part of a burst of meetings focused on the Middle East"));
    assertEquals(
        "In televised opening remarks, Putin said it was very important to discuss the situation"
            + " in the Middle East, especially in the Palestinian territories.",
        a.photoCaption());
    assertEquals("AP Archive", a.photoCredit());
    assertEquals("December 7, 2023", a.dateline());
    assertEquals(List.of("US concerns"), a.subheadings());
    assertEquals(
        List.of("'No one can stop resistance forces': Iran warns Israel over Gaza bombing"),
        a.related());
    assertEquals("TRTWorld and agencies", a.source());
    assertEquals(9, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("Iranian President Ebrahim Raisi has accused"));
    assertTrue(a.paragraphs().get(8).startsWith("The Kremlin last month said"));
    // The caption's repeat in the body stays in the body.
    assertTrue(a.paragraphs().contains(a.photoCaption()));
    assertFalse(a.body().contains("Related"));
    assertFalse(a.body().contains("US concerns"));
    assertEquals(String.join("\n\n", a.paragraphs()), a.body());
  }

  @Test
  void reutersCompactLayout() {
    String raw = resource("reuters-excerpt.txt").split("(?m)(?=^ date )")[0];
    Article a = article(raw);
    assertEquals(LocalDate.of(1987, 2, 26), a.publishedDate());
    assertEquals("COCOA", a.section());
    assertEquals("BAHIA COCOA REVIEW", a.title());
    assertEquals("SALVADOR, Feb 26", a.dateline());
    assertNull(a.lede());
    assertNull(a.photoCaption());
    assertEquals("Reuters", a.source());
    assertEquals(17, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("Showers continued throughout the week"));
    assertTrue(a.subheadings().isEmpty());
  }

  @Test
  void datelineCarryingTheFirstParagraph() {
    String raw =
        " date 1987-02-26 COFFEE\n"
            + "BRAZIL CRUZADO PLAN\n"
            + "RIO DE JANEIRO, Feb 26 - Brazil's \"Cruzado\" anti-\n"
            + "inflation plan, initially hailed at home, is limping.\n"
            + "But within a year the plan has all but collapsed.\n"
            + "SOURCE:Reuters\n\n";
    Article a = article(raw);
    assertEquals("RIO DE JANEIRO, Feb 26", a.dateline());
    assertEquals(
        List.of(
            "Brazil's \"Cruzado\" anti-inflation plan, initially hailed at home, is limping.",
            "But within a year the plan has all but collapsed."),
        a.paragraphs());
  }

  @Test
  void datelineVariants() {
    Map<String, String> variants = new LinkedHashMap<>();
    variants.put("RICHMOND, Va. Feb 26 -", "RICHMOND, Va. Feb 26");
    variants.put("FARMINGTON, Conn., FEb 26 -", "FARMINGTON, Conn., FEb 26");
    variants.put("MONTREAL, Feb 26-", "MONTREAL, Feb 26");
    variants.put("Caracas, feb 26 -", "Caracas, feb 26");
    variants.put("MANILA, March 1 -", "MANILA, March 1");
    variants.put("AMSTERDAM, 2 March -", "AMSTERDAM, 2 March");
    variants.put("NEW YORK, Narch 2 -", "NEW YORK, Narch 2");
    variants.put("****SANTO DOMINGO, March 4 -", "SANTO DOMINGO, March 4");
    variants.put("ROME, March 13, Reuter -", "ROME, March 13, Reuter");
    variants.put("PARIS,March 16 -", "PARIS,March 16");
    variants.put("WASHINGTON, June 19, -", "WASHINGTON, June 19");
    variants.put("WASHINGTON -", "WASHINGTON");
    variants.put("omaha, april 7 -", "omaha, april 7");
    variants.put("WINSTON-SALEM, N.C. -", "WINSTON-SALEM, N.C.");
    variants.forEach(
        (line, expected) -> {
          Article a =
              article(" date 1987-02-26 NEWS\nTITLE\n" + line + "\nText here.\nSOURCE:Reuters\n");
          assertEquals(expected, a.dateline(), line);
          assertEquals(List.of("Text here."), a.paragraphs(), line);
        });
  }

  @Test
  void aTableRowIsNotADateline() {
    Article a =
        article(" date 1987-03-09 NEWS\nPRICES\nMAR8  --     --\nJun  ---  ---\nSOURCE:Reuters\n");
    assertNull(a.dateline());
    assertEquals(List.of("MAR8  --     --", "Jun  ---  ---"), a.paragraphs());
  }

  @Test
  void crlfAndMissingSourceAreAccepted() {
    Article a = article(" date 2024-01-02 WORLD\r\nTitle\r\nLONDON, Jan 2 -\r\nOne.\r\nTwo.\r\n");
    assertNull(a.source());
    assertEquals(List.of("One.", "Two."), a.paragraphs());
  }

  @Test
  void rejectsCarryReasonAndExcerpt() {
    Reject bad = reject("date 2023-12-07 WORLD\nTitle\nBody.\nSOURCE:X\n");
    assertEquals(TextDumpParser.REASON_BAD_HEADER, bad.reason());
    assertEquals(7, bad.inputOffset());
    assertTrue(bad.rawExcerpt().startsWith("date 2023-12-07"));

    assertEquals(
        TextDumpParser.REASON_IMPOSSIBLE_DATE,
        reject(" date 2023-02-30 WORLD\nTitle\nBody.\nSOURCE:X\n").reason());
    assertEquals(
        TextDumpParser.REASON_IMPOSSIBLE_DATE,
        reject(" date 2023-13-01 WORLD\nTitle\nBody.\nSOURCE:X\n").reason());
    assertEquals(
        TextDumpParser.REASON_NO_BODY,
        reject(" date 2023-12-07 WORLD\nOnly a title\nSOURCE:X\n").reason());
    assertEquals(
        TextDumpParser.REASON_NO_TITLE, reject(" date 2023-12-07 WORLD\n\nSOURCE:X\n").reason());

    String big = " date 2023-12-07 WORLD\nTitle\n" + "word ".repeat(1000) + "\nSOURCE:X\n";
    ParseResult tooLarge = TextDumpParser.parse(big, big.length(), "f", 0, 1000);
    assertEquals(TextDumpParser.REASON_TOO_LARGE, tooLarge.reject().reason());
    assertEquals(Reject.EXCERPT_CHARS, tooLarge.reject().rawExcerpt().length());
  }

  @Test
  void subheadingRule() {
    assertTrue(TextDumpParser.isSubheading("US concerns"));
    assertFalse(TextDumpParser.isSubheading("The war goes on."));
    assertFalse(TextDumpParser.isSubheading("lower case start"));
    assertFalse(TextDumpParser.isSubheading("He said: \"No\""));
  }

  @Test
  void wordCountCountsBodyWords() {
    Article a =
        article(
            " date 2024-01-02 WORLD\nTitle words here\nLONDON, Jan 2 -\nOne two  three.\nFour\tfive.\n");
    assertEquals(5, a.wordCount());
  }
}
