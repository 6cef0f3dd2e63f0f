package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 42 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * a position or a sense counted over the whole dev split, each with its guard.
 */
class Round42TermsTest {

  /**
   * reuters:12205 and reuters:12450 (dev): "resistance" with a market word near it is a price a
   * market fails to pass, the chart sense, no armed resistance; "all Palestinians support
   * resistance and war" (rss-2023-02:17039, dev) stays.
   */
  @Test
  void chartResistanceIsNoArmedResistance() {
    assertEquals(
        List.of(),
        termsOf(
            "resistance",
            "1987-04-08",
            "OIL FUTURES EXPECTED TO STAY IN RANGE",
            "But chartists said they expect strong resistance around 1.62 dlrs.",
            "In the debt futures market, June Treasury bonds were expected to remain below chart"
                + " resistance at 98-16/32, traders said."));
    assertEquals(
        List.of("resistance=resistance"),
        termsOf(
            "resistance",
            "2023-02-15",
            "Palestinian filmmakers challenge Hamas narrative",
            "The narrative promoted by Hamas that all Palestinians support resistance and war needs"
                + " to be rewritten, say those behind the video series."));
  }

  /**
   * rss-2023-04:34625 and rss-2023-10:8323 (dev): a player "out injured" misses a game, a sports
   * injury; "Four people were gravely injured in a knife attack" (rss-2023-04:23156, dev) stays.
   */
  @Test
  void outInjuredIsASportsInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-10-05",
            "Wales make changes for Georgia game",
            "Warren Gatland has made changes for the game against Georgia as fly-half Gareth"
                + " Anscombe pulls out injured.",
            "Austria start Christensen, who drop to the bench, and Max Wober, who is out"
                + " injured."));
    assertEquals(
        List.of("injured=injured"),
        injuries(
            "2023-04-20",
            "German gym attack",
            "Four people were gravely injured in a knife attack at a Duisburg, Germany gym."));
  }

  /**
   * rss-2023-08:10067, rss-2023-04:27067 and reuters:6566 (dev): "hurt by" a decline, a policy or
   * an import is harm to results or a trade, nobody hurt in body; a thing that strikes a body near
   * it keeps it ("concertgoers hurt by 'golf-ball size' hail", rss-2023-06:28990; "hurt by pepper
   * spray", rss-2023-10:23063; both dev).
   */
  @Test
  void hurtByAResultOrAPolicyIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-08-09",
            "Sony Group's First-Quarter Net Hurt by Weaker Movie, Financial Earnings",
            "The EU extended curbs on exports to five countries that say their farmers are being"
                + " hurt by a glut of cheap imports."));
    assertEquals(
        List.of(), injuries("1987-03-20", "PILLSBURY <PSY> HURT BY RESTAURANT OPERATIONS"));
    assertEquals(
        List.of("hurt=injured", "hurt=injured"),
        injuries(
            "2023-06-22",
            "Nearly 100 concertgoers hurt by 'golf-ball size' hail at Red Rocks Amphitheatre",
            "Five women were hurt by pepper spray after an incident aboard a train."));
  }

  /**
   * rss-2023-04:6009 and rss-2023-08:14394 (dev): death feared is a death that may come, nobody
   * dead; "feared dead" after a disaster (rss-2023-09:12772, dev) is another alias and stays.
   */
  @Test
  void deathFearedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-05",
            "Jeremy Renner reveals he wrote a goodbye note to his family from hospital",
            "Jeremy Renner has revealed that he wrote a goodbye note to his family as he feared"
                + " death after being crushed underneath a seven-ton snowplow.",
            "The surgeon spoke on his cancer battle at 55, fearing death without seeing his"
                + " three-year-old son grow up."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-09-13",
            "Libya floods",
            "More than 5,300 people are feared dead after devastating flooding struck Libya."));
  }
}
