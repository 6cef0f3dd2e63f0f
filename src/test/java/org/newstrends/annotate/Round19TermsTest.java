package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 19 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. The rule has
 * its guard.
 */
class Round19TermsTest {

  /**
   * rss-2023-01:19702, rss-2023-03:43191 (dev): a plot or a conspiracy to kill with nobody killed
   * is no death (the terms README's convention, as round 18 read attempted killings);
   * rss-2023-05:32664 (dev): the guard, a killing within ten tokens keeps it ("convicted of killing
   * two of her children and conspiring to kill her husband's first wife").
   */
  @Test
  void aPlotToKillIsNoDeathUnlessAKillingIsNear() {
    assertEquals(
        List.of("militants=militants"),
        terms(
            "2023-01-17",
            "Far-right militants go on trial accused of plot to kill President Emmanuel Macron with"
                + " a knife"));
    assertEquals(
        List.of(),
        terms(
            "2023-03-29",
            "Estranged wife charged with conspiracy to murder union boss John Setka"));
    assertEquals(
        List.of("killing=death_verbs", "kill=death_verbs"),
        terms(
            "2023-05-12",
            null,
            "Lori Vallow Daybell was convicted of killing two of her children and conspiring to kill"
                + " her husband's first wife."));
  }
}
