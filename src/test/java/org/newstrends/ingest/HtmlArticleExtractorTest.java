package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field extraction from HTML, without Spark. */
class HtmlArticleExtractorTest {

  private static final String PROSE =
      "The council voted on Tuesday to extend the programme for another two years, officials said.";

  @Test
  void structuredDataAndMetaGiveTitleDateAuthorsSourceAndLanguage() {
    String html =
        """
        <html lang="en-GB"><head>
        <title>Council extends programme | The Daily Example</title>
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:title" content="Council extends programme">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
         {"@type":"NewsArticle","headline":"Council extends programme",
          "datePublished":"2024-03-01T23:30:00-05:00",
          "author":[{"@type":"Person","name":"Ann Smith"},{"@type":"Person","name":"Bo Li"}]}]}
        </script></head>
        <body><article><h1>Council extends programme</h1><p>%s</p><p>%s</p></article></body></html>
        """
            .formatted(PROSE, PROSE.replace("Tuesday", "Wednesday"));
    HtmlArticleExtractor.Extracted page =
        HtmlArticleExtractor.extract(html, "https://www.example.com/a");
    assertEquals("Council extends programme", page.title());
    // The date as the page states it; the instant in UTC.
    assertEquals(LocalDate.of(2024, 3, 1), page.publishedDate());
    assertEquals(Instant.parse("2024-03-02T04:30:00Z"), page.publishedAt());
    assertEquals(List.of("Ann Smith", "Bo Li"), page.authors());
    assertEquals("The Daily Example", page.source());
    assertEquals("en", page.language());
    assertEquals(2, page.paragraphs().size());
  }

  @Test
  void boilerplateAroundTheArticleIsDropped() {
    String html =
        """
        <html><head><meta property="article:published_time" content="2023-10-07">
        <meta name="author" content="By Jo Bloggs and Sam Roe"></head><body>
        <nav><p>Home News Sport Weather and a long navigation paragraph that says nothing.</p></nav>
        <div class="main"><div class="story-body">
          <p>%s</p>
          <figure><figcaption>A caption that describes the photograph above in some detail.</figcaption></figure>
          <h2>What happens next</h2>
          <p>%s</p>
          <div class="share-tools"><p>Share this article on every social network you can think of.</p></div>
          <div class="related-links"><p>Related: another story about the council that is not this one.</p></div>
        </div></div>
        <aside><p>Most read: ten things you did not know about councils and programmes.</p></aside>
        <footer><p>Copyright The Daily Example, all rights reserved, terms and privacy.</p></footer>
        </body></html>
        """
            .formatted(PROSE, PROSE.replace("council", "committee"));
    HtmlArticleExtractor.Extracted page =
        HtmlArticleExtractor.extract(html, "https://news.example.org/x");
    assertEquals(List.of(PROSE, PROSE.replace("council", "committee")), page.paragraphs());
    assertEquals(List.of("What happens next"), page.subheadings());
    assertEquals(LocalDate.of(2023, 10, 7), page.publishedDate());
    assertNull(page.publishedAt(), "a date without a time is no instant");
    assertEquals(List.of("Jo Bloggs", "Sam Roe"), page.authors());
    assertEquals("news.example.org", page.source(), "the host when the page names no site");
  }

  @Test
  void densestParagraphBlockWinsWithoutMarkup() {
    String html =
        "<html><body><div><p>Short teaser one that links elsewhere on the site, quite long.</p></div>"
            + "<div id=x><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + " Again.</p><p>"
            + PROSE
            + " Thrice.</p></div>"
            + "</body></html>";
    HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, null);
    assertEquals(3, page.paragraphs().size());
    assertNull(page.title());
    assertNull(page.publishedDate());
  }

  @Test
  void ofTwoEquallyDenseBlocksTheFirstOnThePageWinsOnEveryRun() {
    // Two blocks with two paragraphs of equal length each: equal density scores. The first also
    // has a long sub-heading (prose, but no density credit), enough to hold 60% of the page's
    // prose and stand alone; the second would climb to the body and take in both blocks. The
    // winner used to be whichever block an identity map iterated first, which changes from parse
    // to parse, so the page is extracted many times.
    String heading =
        "What the council's decision means for the programme, for the people it serves and for"
            + " the budget of the next two years";
    String a1 = PROSE;
    String a2 = PROSE.replace("two", "six");
    String b1 = PROSE.replace("council", "cabinet");
    String b2 = b1.replace("two", "six");
    String html =
        "<html><body><section><div id=a><h2>%s</h2><p>%s</p><p>%s</p></div></section>"
                .formatted(heading, a1, a2)
            + "<section><div id=b><p>%s</p><p>%s</p></div></section></body></html>"
                .formatted(b1, b2);
    for (int run = 0; run < 30; run++) {
      HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, null);
      assertEquals(List.of(a1, a2), page.paragraphs(), "run " + run);
      assertEquals(List.of(heading), page.subheadings(), "run " + run);
    }
  }
}
