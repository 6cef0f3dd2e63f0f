package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 20 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers.
 */
class Round20TermsTest {

  /**
   * rss-2023-06:4229, rss-2023-05:10143 and rss-2023-06:33567 (dev, round 20's fresh term draw):
   * the Cold War, a Democratic party's civil war and the chip wars are no armed conflict; the Dirty
   * War in the same item is (the terms README's "an armed conflict").
   */
  @Test
  void theColdWarAPartysCivilWarAndChipWarsAreNoWar() {
    assertEquals(
        List.of("War=war"),
        terms(
            "2023-06-07",
            "He’s leading Mexico’s probe of the Dirty War. Who’s spying on him?",
            "Pegasus spyware has been detected in the phone of the government’s top investigator"
                + " into the military’s Cold War-era abuses."));
    assertEquals(
        List.of(),
        terms("2023-05-23", "Biden admin green-lights NYC climate plan, sparking Dem civil war"));
    assertEquals(
        List.of(),
        terms(
            "2023-06-19",
            null,
            "Potential deal involving semiconductor equipment maker comes as Tokyo takes firmer"
                + " stance in ‘chip wars’"));
  }
}
