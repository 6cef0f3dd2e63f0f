package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 83 (docs/accuracy-rounds.md, "Stop 83"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 * Where the dump's context cut a sentence's opening or close, a few words written for the test
 * complete it; guards written for the test say so.
 */
class Stop83TermsTest {

  /**
   * rss-2023-03:33318 (dev; its opening written for the test): fighters beside warships are jets.
   */
  @Test
  void fightersBesideWarshipsAreJets() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-03-27",
            null,
            "A reporter was onboard with a NATO patrol reporting on Russian warships and fighters"
                + " passing through sensitive waters."));
  }

  /**
   * Guard (rss-2023-08:20118, dev; its close written for the test): a navy's word alone, no warship
   * named, keeps the fighters.
   */
  @Test
  void fightersNearANavyWordStay() {
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-08-21",
            null,
            "Volunteer fighters like ex-Navy SEAL and YouTuber Rhee Keun can cause a headache for"
                + " Kyiv."));
  }

  /**
   * rss-2023-10:3034 and rss-2023-09:15448 (dev; openings written for the test): a party's wing and
   * a crowd's zeal name nobody armed.
   */
  @Test
  void aPartysWingAndACrowdsZealAreNoArmedGroup() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-10-03",
            null,
            "The number of right-wing rebels in favor of ousting him mean that he has little chance"
                + " of surviving."));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-09-08",
            null,
            "Nearly 2,000 militant Bolsonaro supporters were arrested in the days after the riot."));
  }

  /**
   * Guard (written for the test): rebels and a militant with no party's wing or crowd next to them
   * stay.
   */
  @Test
  void rebelsAndMilitantsOfAnArmedGroupStay() {
    assertEquals(
        List.of("rebels=militants", "militant=militants"),
        termsOf(
            "militants",
            "2023-10-03",
            null,
            "Right-wing paramilitaries fought the rebels, and a militant group's supporters were"
                + " detained."));
  }
}
