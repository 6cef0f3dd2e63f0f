package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 82 (docs/accuracy-rounds.md, "Stop 82"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 * Where the dump's context cut a sentence's opening or close, a few words written for the test
 * complete it; guards written for the test say so.
 */
class Stop82TermsTest {

  /**
   * rss-2023-06:16351, rss-2023-09:20874 and rss-2023-03:20306 (dev): "dies" after a pronoun and a
   * word of time or condition is a death still to come.
   */
  @Test
  void aDeathStillToComeIsNone() {
    assertEquals(
        List.of(),
        deaths("2023-06-14", "Father cuts kids he abused from will before he dies of cancer"));
    assertEquals(
        List.of(),
        deaths("2023-09-20", "Meghan's father 'longs to meet his grandchildren before he dies'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-20",
            null,
            "Jimmy Carter, in hospice care, has asked him to deliver his eulogy when he dies."));
  }

  /**
   * Guard (rss-2023-01:24642, dev; cut): "after he dies" in a headline is the headline's present of
   * a death told, and a past "died" after the same words stays.
   */
  @Test
  void aDeathToldInTheHeadlinesPresentStays() {
    assertEquals(
        List.of("dies=death_verbs"),
        deaths("2023-01-24", "Pregnant widow's letter to husband Connor after he dies in Gorokan"));
    assertEquals(
        List.of("died=death_verbs"),
        deaths("2023-01-24", null, "She saw her grandchildren before she died in March."));
  }

  /**
   * rss-2023-09:32224, rss-2023-01:38315 and rss-2023-04:28666 (dev): a death wanted, wished or
   * ordered is none.
   */
  @Test
  void aDeathWantedOrWishedIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-09-26",
            "Pro-abortion radicals want me to be ‘raped’ and ‘killed’ just because I’m a pro-life"
                + " college student"));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-31",
            null,
            "It showed an order titled 'Job in Norfolk UK' stating: 'Need someone killed in Norfolk"
                + " - vital it looks like an accident'."));
    assertEquals(
        List.of(),
        deaths("2023-04-12", "Selma Blair on Vogue cover amid MS battle: ‘Wished myself dead’"));
  }

  /**
   * Guard (rss-2023-01:17951 and rss-2023-05:18551, dev): a death in a clause of its own, or far
   * from the wanting, happened.
   */
  @Test
  void aDeathBesideAWantStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-01-27",
            null,
            "Activists in Houston want the shooter who killed a suspect robber inside a restaurant to"
                + " face charges."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-05-12",
            null,
            "A man who did not want his girlfriend to receive an abortion shot and killed her in a"
                + " Dallas parking lot."));
  }
}
