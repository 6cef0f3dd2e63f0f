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
}
