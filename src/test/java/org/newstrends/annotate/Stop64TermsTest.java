package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguousAt;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 64 (docs/accuracy-rounds.md, "Stop 64"): the tokenizer drops the hyphen, so the
 * alias "two-state" of the two-state solution matched "two state senators" and "Two State-Owned
 * Banks". A bare "two-state" is the solution only with a cue of Israel and the Palestinians.
 * Dev-split items of ../shared/data (RSS 2023 and Reuters-21578, ids as DevSplitDump names them,
 * the text cut), with the project's gazetteers. Every mention the rule changes on the whole dev
 * split was read; the rule has a guard.
 */
class Stop64TermsTest {

  /** rss-2023-05:43883 and rss-2023-06:27424 (dev): state laws and state-owned banks. */
  @Test
  void twoStateWithoutACueOfIsraelIsAmbiguous() {
    assertEquals(
        List.of("two state=ambiguous:two state"),
        termOrAmbiguousAt(
            null,
            "two-state-solution",
            "2023-05-31",
            null,
            "The Oklahoma Supreme Court ruled Wednesday that two state laws restricting abortion"
                + " conflict with the state constitution."));
    assertEquals(
        List.of("Two State=ambiguous:two state"),
        termOrAmbiguousAt(
            null,
            "two-state-solution",
            "2023-06-21",
            "US Sanctions Myanmar Defense Ministry, Two State-Owned Banks"));
  }

  /** Guards: the solution named in full, and a bare "two-state" near Israel, stay. */
  @Test
  void theSolutionStays() {
    assertEquals(
        List.of("two-state solution=two-state-solution"),
        termOrAmbiguousAt(
            null,
            "two-state-solution",
            "2023-10-20",
            null,
            "Biden said a two-state solution was the only way forward."));
    assertEquals(
        List.of("two-state=two-state-solution"),
        termOrAmbiguousAt(
            null,
            "two-state-solution",
            "2023-10-20",
            null,
            "Israel and Western capitals have been careful not to contradict the two-state"
                + " narrative of the treaty."));
  }

  /**
   * rss-2023-05:37798 and rss-2023-08:27615 (dev): killing bacteria or plants; guard: a killing of
   * people two words before "cells" stays.
   */
  @Test
  void killingMicrobesOrPlantsIsNoDeath() {
    assertEquals(
        List.of(),
        termsOf(
            "death_verbs",
            "2023-05-26",
            "Scientists use AI to find drug that kills bacteria responsible for many infections",
            "‘Selfish next-door neighbour killed my plants. Can I sue?’"));
    assertEquals(
        List.of("killed=death_verbs"),
        termsOf(
            "death_verbs",
            "2023-05-26",
            null,
            "The gunman killed two guards before he was held in one of the prison's cells."));
  }
}
