package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 40 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * a position or a sense counted over the whole dev split, each with its guard.
 */
class Round40TermsTest {

  /**
   * rss-2023-02:27507, rss-2023-03:42151, rss-2023-04:9040 and rss-2023-02:1274 (dev): "death" with
   * nearly or almost up to three tokens before it is round 23's near death told with "to death",
   * nobody died; a distance between them (rss-2023-02:37870, dev: a real death) and a count before
   * "dead" (rss-2023-06:3296, dev) stay.
   */
  @Test
  void nearlyBeatenToDeathIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-10",
            "Owner of Florida's Knaus Berry Farm is nearly beaten to death with a flashlight by her"
                + " adult son",
            "Rand Paul on staffer nearly stabbed to death in DC. Shocking animation shows how Jeremy"
                + " Renner was almost crushed to death by snow cat. Benjamin Obadiah Foster, 36,"
                + " has been taken into custody after he alleged bound and beat Justine Siemens"
                + " nearly to death last week."));
    assertEquals(
        List.of("death=death_verbs", "dead=death_verbs"),
        deaths(
            "2023-02-10",
            "Hillwalker, 33, fell nearly 100ft to his death because he was carrying his dog Bane"
                + " with one hand",
            "Nearly 300 people dead after passenger trains crash in India."));
  }

  /**
   * rss-2023-02:13990, rss-2023-04:7655 and rss-2023-01:32636 (dev): "the dead of night" and "the
   * dead of winter" are the middle of the night or the winter, nobody dead; "found dead of a
   * self-inflicted gunshot wound" (rss-2023-02:34337, dev) stays.
   */
  @Test
  void theDeadOfNightIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-10",
            "Banksy heist! Local's dismay as £3m mural by superstar graffiti artist is removed in"
                + " dead of night",
            "John Weiniger, 73, was convicted after CCTV caught him creeping out in the dead of"
                + " night to trash his neighbours' garden. Normally, prices at the gas pump drift"
                + " lower during the dead of winter as lousy weather keeps Americans off the"
                + " roads."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-02-10",
            "NYC billionaire financier Thomas H. Lee, 78, found dead of a self-inflicted gunshot"
                + " wound"));
  }

  /**
   * rss-2023-02:39874 and rss-2023-05:36609 (dev): a bare "proportionate" in an article with no
   * word of force, attack or war is a penalty or a police search, reported ambiguous (round 14's
   * settlement rule); airstrikes called proportionate (rss-2023-03:35036, dev) and a Tasering
   * called disproportionate (rss-2023-07:23907, dev) stay the term.
   */
  @Test
  void proportionateWithNoForceNearIsNotTheTerm() {
    assertEquals(
        List.of("proportionate=ambiguous:proportionate"),
        terms("2023-02-28", "EU to crack down on greenwashing with ‘proportionate’ penalties"));
    assertEquals(
        List.of("proportionate=ambiguous:proportionate"),
        terms(
            "2023-05-25",
            "Top cop says probe into SNP finances is 'proportionate' after search of Nicola"
                + " Sturgeon's home"));
    assertEquals(
        List.of("Airstrikes=airstrike", "proportionate=proportionality"),
        terms(
            "2023-03-25",
            "Pentagon: Airstrikes on Iran-affiliated sites in Syria were ‘proportionate and"
                + " deliberate’"));
    assertEquals(
        List.of("disproportionate=proportionality", "died=death_verbs"),
        terms(
            "2023-07-20",
            "Tasering of 95-year-old 'grossly disproportionate'",
            "The dementia patient died a week after she was allegedly tasered by a police officer"
                + " for holding a knife."));
  }

  /**
   * rss-2023-03:34713, rss-2023-06:572, rss-2023-06:17833 and reuters:1947 (dev): "hurt" right
   * before "the", "its", "us", "America" or "U.S." is harm done to a class, a country or a stock,
   * nobody hurt in body; "hurt his head" (rss-2023-09:17064, dev) and "people hurt in shooting"
   * (rss-2023-03:6171, dev) stay.
   */
  @Test
  void hurtBeforeTheOrACountryIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-06-10",
            "Biden's green energy tax breaks hurt America and help China",
            "The Bank of England boss urges firms to avoid price rises that fuel inflation and hurt"
                + " the least well off. India’s frequent and arbitrary internet shutdowns hurt its"
                + " most impoverished. He said a negative opinion by another brokerage house hurt"
                + " the stock Wednesday."));
    assertEquals(
        List.of("hurt=injured", "hurt=injured"),
        injuries(
            "2023-09-10",
            "5 people hurt in shooting near site of LA gun buyback event",
            "The 25-year-old slipped down stairs at the team hotel on a day off and hurt his head."));
  }
}
