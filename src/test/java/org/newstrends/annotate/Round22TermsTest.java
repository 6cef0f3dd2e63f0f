package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 22 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers.
 */
class Round22TermsTest {

  /**
   * rss-2023-06:8055 (dev, round 22's fresh term draw) and rss-2023-10:29569 (dev): "hurt" with
   * interests as its object, or as a noun after "the", is harm or a feeling, no casualty. A woman
   * hurt in a mining accident (rss-2023-08:12583, dev) stays one.
   */
  @Test
  void hurtInterestsAndTheHurtAreNoCasualties() {
    assertEquals(
        List.of(),
        terms(
            "2023-06-07",
            null,
            "The damage and flooding in southern Ukraine after a breach in the Kakhovka dam is"
                + " likely to hurt the interests of both Russia and Ukraine, experts said.",
            "In a statement on Tuesday evening, the centre apologised “for the hurt and"
                + " confusion” caused by hosting Starmer."));
    assertEquals(
        List.of("hurt=injured"),
        terms(
            "2023-08-10",
            null,
            "Both weave the story of one “typical” individual’s gradual addiction to their"
                + " prescribed medication (in Dopesick a young woman hurt in a mining accident, in"
                + " Painkiller a 30-something family man called Glen)."));
  }

  /**
   * rss-2023-07:4788 (dev, round 22's fresh term draw) and rss-2023-08:10715 (dev): "at war over"
   * is a quarrel; Israel's "We Are At War" (rss-2023-10:8742, dev, the same draw) stays a war.
   */
  @Test
  void atWarOverIsAQuarrel() {
    assertEquals(
        List.of(),
        terms(
            "2023-07-04",
            "Labour at war over Ulez as candidate in Boris Johnson's old seat says expansion cost"
                + " by-election",
            "New Farm neighbours at war over pool"));
    // the item's whole title (stop 61: a bare "war" needs a cue of an armed conflict; the cut title
    // this test held before named none)
    assertEquals(
        List.of("War=war"),
        termsOf(
            "war",
            "2023-10-07",
            "Israel Prime Minister Benjamin Netanyahu Responds To Palestinian Terror Attacks: ‘We Are"
                + " At War’"));
  }

  /**
   * rss-2023-03:7057 (dev, round 22's fresh term draw), rss-2023-05:34555 and rss-2023-07:35610
   * (dev): killing an appetite, a bill or a chase's momentum is no death; suicide bombers who kill
   * people (rss-2023-09:32783, dev, the same draw) stay one.
   */
  @Test
  void killingAnAppetiteOrABillIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-05-17",
            "Yes, England’s new weight-loss drug kills your appetite – but as I know, it comes at a"
                + " cost",
            "Louisiana Senate kills bill that would have banned gender-affirming care",
            "A pile-up on the final bend killed the momentum of the chase."));
    assertEquals(
        List.of("kill=death_verbs"),
        terms("2023-09-29", "Suicide bombers kill more than 50 people in Pakistan"));
  }
}
