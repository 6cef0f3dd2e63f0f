package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 71 (docs/accuracy-rounds.md, "Stop 71"): term senses from a fresh held-back draw of
 * the dev split and the classes it showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop71TermsTest {

  /** rss-2023-06:9317 and rss-2023-04:36593 (dev): a series and a song are titles, no killing. */
  @Test
  void aSeriesAndASongNamedForAKillingAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-08",
            "Killing Eve star Jodie Comer halts Broadway show due to wildfire smoke",
            "Jodie Comer left the stage saying she had trouble breathing due to poor air caused by"
                + " Canada fires."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-26",
            null,
            "With her revenge anthem Kill Bill hitting US No 1 this week, the SOS singer brings"
                + " something far more intense than the easily digestible break-up songs of Miley"
                + " Cyrus and co"));
  }

  /**
   * rss-2023-06:36648, rss-2023-08:28664 and rss-2023-04:13141 (dev): the death of a deal or a
   * campaign, and a brand killed, are their ends.
   */
  @Test
  void theDeathOfADealOrACampaignAndABrandKilledAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-28",
            null,
            "By and large, if there is one thing that the world absolutely does not need any more"
                + " of, it’s podcasts. And yet the death of Prince Harry and the Duchess of Sussex’s"
                + " Spotify deal – as public and messy as it was – has by all accounts deprived us of"
                + " an absolute corker."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-24",
            "Trump adviser Jason Miller: 'We saw the death of Ron DeSantis’s campaign tonight'"));
    assertEquals(
        List.of(),
        deaths("2023-04-11", "GREG GUTFELD: This partnership may have killed Bud Light's brand"));
  }

  /** Guard, rss-2023-04:9699 (dev): a death with a deal past a clause's "as" keeps its term. */
  @Test
  void aDeathWithADealInTheNextClauseStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-04-08",
            "Texas school district on third fentanyl overdose death as police make fourth arrest"
                + " connected with drug deals"));
  }
}
