package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 84 (docs/accuracy-rounds.md, "Stop 84"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them), with the project's gazetteers. Every
 * mention each rule changes on the dev split was read; each rule has a guard. Guards written for
 * the test say so.
 */
class Stop84TermsTest {

  /** rss-2023-07:5399 and rss-2023-03:20461 (dev): fighters that harass a drone are jets. */
  @Test
  void fightersThatHarassOrClipADroneAreJets() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-07-06",
            "WATCH:  Video shows Russian fighters 'harassing' US drones over Syria"));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-03-16",
            null,
            "The US military said one of two Russian fighters clipped the propeller of the drone,"
                + " forcing the US to bring it down in the area of intense NATO military activity"
                + " close to the Ukraine war frontlines."));
  }

  /** Guard (rss-2023-10:9510, dev): a drone before the fighters is what fires on them. */
  @Test
  void fightersADroneFiresOnStay() {
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-10-07",
            "Moment Israeli drone rains down fire on fighters on the Gaza strip: Retaliation strikes"
                + " begin with troops targeting intelligence bureau, banks, leaders' homes and"
                + " weapons factories"));
  }

  /**
   * rss-2023-09:24564, rss-2023-10:11293 and rss-2023-09:24450 (dev): the Senate's hold on the
   * Pentagon's promotions is no siege, though its article names the army.
   */
  @Test
  void aSenatorsBlockadeOfPromotionsIsNoSiege() {
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-21",
            null,
            "The Senate sidestepped a monthslong blockade to confirm the incoming chairman of the"
                + " Joint Chiefs of Staff and was on track to approve the top generals in charge of"
                + " the Army and Marine Corps."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-10-10",
            null,
            "Military promotions are typically confirmed in a routine manner by the US senate. The"
                + " blockade is a protest over a Pentagon policy which facilitates abortions for"
                + " service members and dependents."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-18",
            "The Biden-Schumer Military-Promotion Blockade",
            "They, not Tommy Tuberville, endanger readiness for the sake of abortion politics."));
  }

  /**
   * rss-2023-10:20853 and rss-2023-09:26926 (dev; the second's close written for the test, a cue
   * word of a siege): a crowd that blockades a building lays no siege, though the protest is about
   * a war.
   */
  @Test
  void aCrowdBlockadingABuildingLaysNoSiege() {
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-10-16",
            null,
            "A group of Jewish protesters calling for an end to the conflict between Israel and Gaza"
                + " on Monday blockaded the White House."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-12",
            null,
            "The assortment of conspiracists who blockaded parliament was laughably incoherent, and"
                + " the police moved in."));
  }

  /**
   * Guard (rss-2023-07:32857 and rss-2023-10:10638, dev): troops that blockade a palace, and a
   * state's blockade of a territory, stay sieges.
   */
  @Test
  void troopsAndStatesBlockadingStaySieges() {
    assertEquals(
        List.of("blockaded=siege"),
        termsOf(
            "siege",
            "2023-07-26",
            null,
            "Armed troops have blockaded the presidential palace in Niger, one of the world's most"
                + " unstable regions."));
    assertEquals(
        List.of("blockade=siege"),
        termsOf(
            "siege",
            "2023-10-09",
            null,
            "Israel announces a blockade on the Gaza Strip, meaning more than 2 million people will"
                + " be cut off from food and fuel."));
  }
}
