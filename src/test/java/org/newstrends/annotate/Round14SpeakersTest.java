package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 14 (docs/accuracy-rounds.md): rubrics before a headline's colon, found in a random
 * draw of 80 quoted mentions carrying a speaker on the dev split (seed 2026113014), on excerpts of
 * dev-split items of ../shared/data (2023 RSS descriptions) with the project's gazetteers.
 */
class Round14SpeakersTest {

  /**
   * rss-2023-06:2671 (dev, Le Monde): the country before the headline's colon is a rubric, not the
   * speaker of the quotation right after it.
   */
  @Test
  void aCountryBeforeAHeadlineColonIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-06-02",
            "Tunisia: 'President Saied settles scores with anyone who doesn't submit to his rule'",
            "No social milieu is safe from the repression that is spreading throughout the country.");
    assertNull(at(ms, "Saied").speakerText());
  }

  /**
   * rss-2023-01:29673 (dev, Guardian): "Brexit:" is a rubric (list {@code headline_rubrics}), not
   * the speaker of the quotation after it.
   */
  @Test
  void aRubricBeforeAHeadlineColonIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-01-24",
            "Brexit: UK construction costs ‘have risen much more steeply than EU’",
            "Cost of labour in Britain up by 30% since referendum, double rise in some EU countries,"
                + " research finds");
    assertNull(at(ms, "EU").speakerText());
  }
}
