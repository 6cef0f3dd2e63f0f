package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page of thousands of blocks classed as boilerplate or as the article body, each holding a
 * paragraph and left open to the end of the page, so each is nested in the one before (1 to 4 MB,
 * under the default {@code ingest.max_record_bytes}). Measuring each block's prose by walking its
 * subtree took 20 s for 9,000 blocks, a minute for 18,000 and over four minutes for 36,000;
 * measured once per page, bottom-up, it takes a second or two. The bound is far above that and far
 * below the old times.
 */
class HostileHtmlTest {

  private static final String PROSE =
      "This is a paragraph with enough words to count as prose text for the extractor.";

  @ParameterizedTest
  @CsvSource({"share, 9000", "share, 18000", "share, 36000", "article-body, 36000"})
  void thousandsOfNestedBlocksTakeTimeInProportion(String blockClass, int blocks) {
    String html =
        "<html><head><title>x</title></head><body>"
            + ("<div class=\"" + blockClass + "\"><p>" + PROSE + "</p>").repeat(blocks)
            + "</div>".repeat(blocks)
            + "</body></html>";
    HtmlArticleExtractor.Extracted page =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> HtmlArticleExtractor.extract(html, null));
    // The same paragraph again and again is one paragraph of the body.
    assertEquals(List.of(PROSE), page.paragraphs());
  }

  /**
   * One flat list of 90,000 to 100,000 items after the article's paragraph (3 to 4 MB, under the
   * default {@code ingest.max_record_bytes}): plain items (a prose list, kept) or links (dropped).
   * Whether an item's list is a prose list was measured over the whole list once per item: 5,000
   * items took 7 s, 10,000 items 23 s, 20,000 items two minutes, 50,000 items 13 minutes (100,000
   * items, by that curve, almost an hour); measured once per list, 100,000 items take about a
   * second. The bound is far above that and far below the old times.
   */
  @ParameterizedTest
  @CsvSource({"text, 100000", "link, 90000"})
  void aHugeFlatListTakesTimeInProportion(String items, int n) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < n; i++) {
      list.append(
          items.equals("link")
              ? "<li><a href=\"/story/" + i + "\">Story " + i + "</a></li>"
              : "<li>Point " + i + " of the list</li>");
    }
    String html =
        "<html><head><title>x</title></head><body><article><p>"
            + PROSE
            + "</p><ul>"
            + list
            + "</ul></article></body></html>";
    HtmlArticleExtractor.Extracted page =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> HtmlArticleExtractor.extract(html, null));
    if (items.equals("link")) {
      // A list of links is navigation, not prose: the paragraph is the whole body.
      assertEquals(List.of(PROSE), page.paragraphs());
    } else {
      // A list of plain text reads as prose: the paragraph, then every item in order.
      assertEquals(n + 1, page.paragraphs().size());
      assertEquals(PROSE, page.paragraphs().get(0));
      assertEquals("Point 0 of the list", page.paragraphs().get(1));
      assertEquals("Point " + (n - 1) + " of the list", page.paragraphs().get(n));
    }
  }
}
