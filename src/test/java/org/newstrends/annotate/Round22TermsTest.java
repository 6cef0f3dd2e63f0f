package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 22 (docs/accuracy.md): term precision, on excerpts of dev-split items of
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
}
