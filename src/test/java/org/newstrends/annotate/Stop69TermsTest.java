package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 69 (docs/accuracy-rounds.md, "Stop 69"): term senses from a fresh held-back draw of
 * the dev split and the classes it showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop69TermsTest {

  /**
   * rss-2023-01:34601, rss-2023-01:34506 and rss-2023-01:35058 (dev): a war predicted is one that
   * may come.
   */
  @Test
  void aPredictedWarIsNoWarFought() {
    assertEquals(
        List.of(),
        wars(
            "2023-01-28",
            "US four-star general predicts war with China in two years in chilling memo"));
    assertEquals(
        List.of(),
        wars("2023-01-28", "US general predicts country will be at war with China in 2025"));
    assertEquals(
        List.of(),
        wars(
            "2023-01-29",
            "GOP Rep. Michael McCaul on Air Force general's prediction of war with China:"
                + " 'I hope he's wrong... I think he's right'"));
  }

  /**
   * Guards, rss-2023-07:15463 and rss-2023-02:14561 (dev): a prediction about a war being fought.
   */
  @Test
  void aPredictionAboutAWarBeingFoughtStays() {
    assertEquals(
        List.of("war=war"),
        wars("2023-07-13", "Biden predicts Ukraine war will not ‘go on for years’"));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-02-11",
            null,
            "The owner of the Russian Wagner Group private military contractor actively involved in"
                + " the fighting in Ukraine has predicted that the war could drag on for years"));
  }
}
