package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 85 (docs/accuracy-rounds.md, "Stop 85"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them), with the project's gazetteers. Every
 * mention each rule changes on the dev split was read; each rule has a guard. Paragraphs and guards
 * written for the test say so.
 */
class Stop85TermsTest {

  /** Written for the test: a cue of Israel, so that a bare settlement could be the term. */
  private static final String ISRAEL_CUE =
      "Israel's prime minister spoke to reporters in Jerusalem on Monday.";

  /**
   * rss-2023-07:32969 and rss-2023-06:4836 (dev): villages on the Russian-Ukrainian front are no
   * Israeli settlements.
   */
  @Test
  void settlementsOnTheUkrainianFrontAreVillages() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-07-24",
            null,
            "The fighting was in the direction of the south-eastern village of Staromayorske, near"
                + " settlements recaptured by Ukraine last month in the Donetsk region.",
            ISRAEL_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-06-01",
            null,
            "Since this morning, settlements in the Shebekino urban district have been under fire"
                + " from the Ukrainian armed forces, the governor wrote.",
            ISRAEL_CUE));
  }

  /** rss-2023-04:4202 (dev): a board game's settlements. */
  @Test
  void aBoardGamesSettlementsAreNoTerm() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-04-04",
            null,
            "He designed the popular Catan board game in which players compete to build settlements"
                + " on a fictional island.",
            ISRAEL_CUE));
  }

  /**
   * rss-2023-05:1200 and rss-2023-10:21037 (dev): a deal's settlement, by its terms or its case.
   */
  @Test
  void aDealsSettlementByItsTermsIsNoTerm() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-05-02",
            null,
            "Sources stress that Tucker Carlson's firing wasn't a condition of the settlement.",
            ISRAEL_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-10-16",
            "Suzanne Somers, Donald Trump investigations, family separation settlement, Belgium"
                + " shooting",
            ISRAEL_CUE));
  }

  /** rss-2023-07:9161 (dev): a militia's outposts on Israel's border are military posts. */
  @Test
  void aMilitiasOutpostsAreNoSettlements() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-07-05",
            "Israel Says Iran-Backed Militia Is Setting Up Illegal Outposts",
            "Hezbollah, the Iran-backed militia in southern Lebanon, has set up more than two dozen"
                + " military outposts along the countries' border."));
  }

  /**
   * Guards (rss-2023-02:16610 and rss-2023-06:22775, dev; the military's demolition written for the
   * test): settler outposts, a military that clears them and a West Bank settlement's expansion
   * stay.
   */
  @Test
  void israeliSettlementsAndOutpostsStay() {
    assertEquals(
        List.of("settler=settlements", "outposts=settlements"),
        termsOf(
            "settlements",
            "2023-02-13",
            "Israel legalises nine settler outposts in occupied West Bank"));
    assertEquals(
        List.of("outposts=settlements"),
        termsOf(
            "settlements",
            "2023-02-20",
            null,
            "The Israeli military demolished two illegal outposts in the occupied West Bank on Sunday."));
    assertEquals(
        List.of("settlement=settlements"),
        termsOf(
            "settlements",
            "2023-06-18",
            "Israel to ramp up settlement expansion in occupied West Bank"));
  }
}
