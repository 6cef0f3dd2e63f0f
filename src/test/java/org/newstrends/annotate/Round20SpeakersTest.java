package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 20 (docs/accuracy.md): speaker classes of round 20's fresh dev quote draw, on
 * excerpts of dev-split items of ../shared/data (2023 RSS titles and descriptions) with the
 * project's gazetteers.
 */
class Round20SpeakersTest {

  /**
   * rss-2023-10:17615 (dev, Daily Mail) and rss-2023-07:26384 (dev, Daily Mail): "concedes" and
   * "deems" attribute the quotation after them to their subject (speech_verbs,
   * reporting_verbs_extra).
   */
  @Test
  void concedesAndDeemsAttribute() {
    Mention australia =
        at(
            find(
                "2023-10-15",
                "Lidia Thorpe says Voice referendum was 'shoved down our throats' - as a"
                    + " 'disappointed' Richard Marles concedes 'Australia got it right' after every"
                    + " state voted No"),
            "Australia");
    assertEquals("a 'disappointed' Richard Marles", australia.speakerText());
    Mention terrorist =
        at(
            find(
                "2023-07-21",
                null,
                "Tom Dodd, a senior envoy, was summoned to the foreign ministry in Moscow and was"
                    + " given a dressing down for British support of what the Kremlin deems"
                    + " Ukraine's 'terrorist actions'."),
            "terrorist");
    assertEquals("the Kremlin", terrorist.speakerText());
    assertEquals("RU", terrorist.speakerEntityId());
  }
}
