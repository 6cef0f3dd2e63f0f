package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 24 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one class of error: a grammatical position, not a phrase.
 */
class Round24TermsTest {

  /**
   * rss-2023-02:2451, rss-2023-01:1608 and rss-2023-02:13577 (dev, the whole-dev-split dump of
   * round 24): "death" as a noun modifier of a head noun that names no death (a threat, a penalty,
   * a row of cells, a valley) is no death; "put to death" in the same sentence, and heads that name
   * deaths ("death toll" is another term, "death camp"), stay.
   */
  @Test
  void deathModifyingAHeadThatNamesNoDeathIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-02-01",
            "Omar shares death threat on Twitter before House vote, blames GOP",
            "Death Valley park rangers save hikers in heroic rescues"));
    assertEquals(
        List.of("death=death_verbs"),
        terms(
            "2023-01-10",
            null,
            "Nearly 1,600 death row inmates have been put to death in the U.S. since 1977."));
    assertEquals(
        List.of("death=death_verbs"),
        terms("2023-01-27", null, "the liberation of the Nazi German death camp"));
  }

  /**
   * rss-2023-05:35394 (dev, round 24's fresh term draw), rss-2023-03:23606 and rss-2023-08:337
   * (dev): "hurt" right after a negated auxiliary is harm denied or a feeling, no injury. "were not
   * hurt" (rss-2023-03:7682, dev), which round 24 left as it was, is nobody hurt since stop 72
   * (Stop72TermsTest): a negated injury is not counted (stop 65's product rule).
   */
  @Test
  void hurtAfterANegatedAuxiliaryIsNoInjury() {
    assertEquals(
        List.of(),
        terms(
            "2023-05-10",
            "Support for small farms won’t hurt big ones, Vilsack tells lawmakers",
            "Donald Trump's legal woes haven't hurt his polling numbers. Pretending something"
                + " won’t hurt is a betrayal of trust."));
    assertEquals(
        List.of(),
        terms(
            "2023-03-06",
            "Former 'SNL' star Pete Davidson's car crash being investigated: police",
            "Police confirmed the actor and a female passenger, rumored to be Chase Sui Wonders,"
                + " were not hurt."));
  }

  /**
   * rss-2023-07:5036, rss-2023-09:5476 and rss-2023-01:19400 (dev): the same position for "dead"
   * and "kill": a film's title, a place, a list of intended victims; "dead Sea World helicopter
   * pilot" (rss-2023-05:28227, dev) is a dead person and stays.
   */
  @Test
  void deadAndKillModifyingATitleAPlaceOrAListAreNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-07-10",
            "Mission: Impossible – Dead Reckoning Part One: Tom Cruise saves the blockbuster",
            "Four 1,900-year-old Roman swords found in incredible Dead Sea cave discovery. Parents"
                + " outraged after Kentucky student who wrote a 'kill list' allowed back on"
                + " campus."));
    assertEquals(
        List.of("dead=death_verbs"),
        terms(
            "2023-05-20",
            null,
            "Stephanie Louise Bennett confessed to using dead Sea World helicopter pilot Ash"
                + " Jenkinson's identity."));
  }
}
