package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 45 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. The rule is a
 * position counted over the whole dev split, with its guard.
 */
class Round45TermsTest {

  /**
   * rss-2023-09:16983 and rss-2023-05:1775 (dev): a kill word with a thing it ends up to two tokens
   * after it (the high street, a business) is a figure, nobody killed; "Mistaken-identity gang
   * killing case" (rss-2023-01:15727, dev, a boy stabbed) stays.
   */
  @Test
  void killingAThingIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-09-11",
            "Developers and their Tory allies are killing the high street. Only a people’s revolt"
                + " can stop them now",
            "Chegg shares drop more than 40% after company says ChatGPT is killing its business"));
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-01-20",
            "Mistaken-identity gang killing case ends with 13 in prison",
            "The final five defendants have been sentenced."));
  }
}
