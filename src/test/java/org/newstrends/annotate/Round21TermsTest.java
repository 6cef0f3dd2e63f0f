package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 21 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers.
 */
class Round21TermsTest {

  /**
   * rss-2023-04:3130 (dev, round 21's fresh term draw) and rss-2023-03:14016 (dev): fans who invade
   * a track or a pitch are no army; Russia's invasion in the same text is.
   */
  @Test
  void aCrowdInvadingAPitchOrTrackIsNoInvasion() {
    assertEquals(
        List.of(),
        terms(
            "2023-04-02",
            "Australian Grand Prix safety under scrutiny after F1 fan hit by debris and others"
                + " invade track"));
    assertEquals(
        List.of("invaded=invasion"),
        terms(
            "2023-03-17",
            null,
            "More than a dozen fans attempted to invade the pitch in the final stages of Friday"
                + " night’s NRL match, a year after Russia invaded Ukraine."));
  }

  /**
   * rss-2023-07:19395 (dev, round 21's fresh term draw) and rss-2023-06:3934 (dev): sudden death in
   * sport is a tie-break; a person's sudden death (rss-2023-02:29259, dev) stays a death.
   */
  @Test
  void suddenDeathInSportIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-07-17",
            "Vincent Norrman hangs on to win Barbasol Championship over Nathan Kimsey in sudden"
                + " death",
            "Ross County complete a jaw-dropping comeback to salvage their Scottish Premiership"
                + " status with a sudden-death shootout win over Partick Thistle in the play-off"
                + " final."));
    assertEquals(
        List.of("death=death_verbs"),
        terms("2023-02-23", "Last picture of Jansen Panettiere before his sudden death at age 28"));
  }

  /**
   * rss-2023-02:39805 (dev, round 21's fresh term draw), rss-2023-06:6105 and rss-2023-03:7017
   * (dev): injuries in cricket are no casualties; a crash injuring a team's players
   * (rss-2023-08:26861, dev) stays one.
   */
  @Test
  void sportsInjuriesAreNoCasualties() {
    assertEquals(
        List.of(),
        terms(
            "2023-02-28",
            null,
            "Tourists could play three spinners in Indore amid injuries",
            "England seeking replacement for injured spinner Jack Leach",
            "In her captaincy debut, Mooney retired hurt after just four balls."));
    assertEquals(
        List.of("killed=death_verbs", "injured=injured"),
        terms("2023-08-28", "NCAA champion goalie killed, 3 teammates injured in Minnesota crash"));
  }

  /**
   * rss-2023-04:31353 and rss-2023-09:10451 (dev, round 21's fresh term draw): a term in the title
   * of a work before a review headline's "review –" names the work; the verdict after the dash
   * keeps its terms (the Brighton bombing).
   */
  @Test
  void aTermInTheTitleOfAWorkUnderReviewIsNoEvent() {
    assertEquals(
        List.of("bombing=airstrike"),
        terms(
            "2023-04-23",
            "Killing Thatcher by Rory Carroll review – meticulous account of the Brighton bombing"));
    assertEquals(
        List.of(),
        terms(
            "2023-09-09",
            "The Dead Don’t Hurt review – love blossoms amid violence in Viggo Mortensen’s"
                + " western"));
  }
}
