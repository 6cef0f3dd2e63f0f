package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguousAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 72 (docs/accuracy-rounds.md, "Stop 72"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop72TermsTest {

  private static final String HAWTHORN_URL =
      "https://www.theguardian.com/sport/2023/may/31/hawthorn-hope-to-avoid-afl-sanctions-with-racism-allegations-still-far-from-resolved";

  /**
   * rss-2023-05:44799 (dev): on a sport page, "sanctions" with no state's measure named is a sports
   * body's penalty, reported ambiguous; the same words off a sport page keep the term.
   */
  @Test
  void aSportsBodysSanctionsOnASportPageAreAmbiguous() {
    String title = "Hawthorn hoping to avoid AFL sanctions as racism allegations remain unresolved";
    String body = "Investigation closed but AFL still considering sanctions against club";
    assertEquals(
        List.of("sanctions=ambiguous:sanctions", "sanctions=ambiguous:sanctions"),
        termOrAmbiguousAt(HAWTHORN_URL, "sanctions", "2023-05-31", title, body));
    assertEquals(
        List.of("sanctions=sanctions", "sanctions=sanctions"),
        termOrAmbiguousAt(
            "https://www.theguardian.com/australia-news/2023/may/31/a-story",
            "sanctions",
            "2023-05-31",
            title,
            body));
  }

  /**
   * rss-2023-03:39431 and rss-2023-03:39379 (dev): a state's measures on a sport page, named with
   * the sanctioned owner or the state, stay the term.
   */
  @Test
  void aStatesSanctionsOnASportPageStayTheTerm() {
    assertEquals(
        List.of("sanctions=sanctions", "sanctions=sanctions"),
        termOrAmbiguousAt(
            "https://www.theguardian.com/football/2023/mar/27/chelsea-claim-abramovich-sanctions-a-factor-in-121m-losses-for-last-season",
            "sanctions",
            "2023-03-27",
            "Chelsea claim Abramovich sanctions a factor in £121m losses",
            "Chelsea have claimed UK government sanctions imposed on their former owner Roman"
                + " Abramovich were a factor in them posting losses of £121m for the 2021-22"
                + " season."));
    assertEquals(
        List.of("sanctions=sanctions"),
        termOrAmbiguousAt(
            "https://www.theguardian.com/football/2023/mar/27/football-daily",
            "sanctions",
            "2023-03-27",
            null,
            "The club blame the Boris Johnson-approved sanctions imposed on former owner Roman"
                + " Abramovich, which will continue to cost them."));
  }
}
