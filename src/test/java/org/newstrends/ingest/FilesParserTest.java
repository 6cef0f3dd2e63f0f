package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one-article-per-file parser on real BBC files ({@code shared/data/bbc}). */
class FilesParserTest {

  static byte[] bytes(String resource) {
    try (InputStream in = FilesParserTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bbcFileHasTitleAndBlankLineSeparatedParagraphs() {
    ParseResult r =
        FilesParser.parse(bytes("/files/business/001.txt"), "b/001.txt", "business", null, 1 << 20);
    Article a = r.article();
    assertEquals("Ad sales boost Time Warner profit", a.title());
    assertEquals("business", a.section());
    assertEquals(5, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("Quarterly profits at US media giant TimeWarner"));
    assertTrue(a.paragraphs().get(0).contains("(£600m)"));
    assertNull(a.publishedDate());
    assertNull(a.source());
    assertEquals(0, a.inputOffset());
    assertEquals("files", a.inputFormat());
  }

  @Test
  void invalidUtf8IsKeptWithReplacementCharacters() {
    Article a =
        FilesParser.parse(bytes("/files/sport/199.txt"), "s/199.txt", "sport", null, 1 << 20)
            .article();
    assertTrue(a.body().contains("a \uFFFD15.8m signing from Parma"), a.body());
  }

  @Test
  void emptyFileIsNoBodyTitleOnlyIsAnArticleAndAssumeDateApplies() {
    assertEquals(
        "no_body", FilesParser.parse(new byte[0], "e.txt", null, null, 100).reject().reason());
    assertEquals(
        "no_body",
        FilesParser.parse(" \n\n".getBytes(StandardCharsets.UTF_8), "e.txt", null, null, 100)
            .reject()
            .reason());
    Article titleOnly =
        FilesParser.parse(
                "\uFEFFJust a title\r\n".getBytes(StandardCharsets.UTF_8),
                "t.txt",
                null,
                LocalDate.of(2005, 6, 30),
                100)
            .article();
    assertEquals("Just a title", titleOnly.title());
    assertEquals("", titleOnly.body());
    assertEquals(LocalDate.of(2005, 6, 30), titleOnly.publishedDate());
    ParseResult big = FilesParser.parse(new byte[101], "big.txt", null, null, 100);
    assertFalse(big.isArticle());
    assertEquals("too_large", big.reject().reason());
  }
}
