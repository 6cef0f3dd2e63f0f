package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 18 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them; an RSS item's month is its own) with the
 * project's gazetteers. Each rule has its guard.
 */
class Round18TermsTest {

  /**
   * rss-2023-03:33900, rss-2023-02:1880, rss-2023-01:22774 (dev): the figurative "death of" a thing
   * or an art, and "death knell", are no death; rss-2023-01:7792, rss-2023-01:25478 (dev): the
   * guard, a person's death stays ("cinematographer" is no "cinema").
   */
  @Test
  void theFigurativeDeathOfAThingIsNoDeath() {
    assertEquals(
        List.of(),
        terms("2023-03-15", "Death of the Camaro! Chevy announces plans to stop manufacturing"));
    assertEquals(
        List.of(),
        terms(
            "2023-02-15", "Nolly: Helena Bonham Carter on soaps, sexism and the death of cinema"));
    assertEquals(
        List.of(),
        terms(
            "2023-01-15",
            null,
            "Strategists and officials began sounding the death knell for Trump’s political career"
                + " after last year’s midterm elections."));
    assertEquals(
        List.of("death=death_verbs"),
        terms(
            "2023-01-15",
            null,
            "Two years after the death of music producer and convicted killer Phil Spector, a"
                + " contract dispute"));
    assertEquals(
        List.of("death=death_verbs"),
        terms(
            "2023-01-15",
            null,
            "Alec Baldwin faces involuntary manslaughter charges in the death of cinematographer"
                + " Halyna Hutchins."));
  }

  /**
   * rss-2023-01:18443, rss-2023-10:38324 (dev): an attempted murder is no death; the guards: the
   * murder charged beside it (rss-2023-10:38324), a threatened killing, as the dev fixture judges
   * it (rss-2023-07:27233), and an attempted murder-suicide in which a person was killed
   * (rss-2023-09:4700).
   */
  @Test
  void anAttemptedKillingIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-01-15",
            "Man arrested on suspicion of attempted murder after drive-by shooting outside memorial"
                + " service"));
    assertEquals(
        List.of("murder=death_verbs", "death=death_verbs"),
        terms(
            "2023-10-15",
            null,
            "Joseph Czuba charged with murder, attempted murder and hate crime in death of Wadea"
                + " Al-Fayoume"));
    assertEquals(
        List.of("kill=death_verbs"),
        terms(
            "2023-07-15",
            null,
            "She filed a lawsuit against her ex boyfriend after he allegedly threatened to kill her"
                + " and her dog with a 41 inch sword"));
    assertEquals(
        List.of("killed=death_verbs", "injured=injured", "murder=death_verbs"),
        terms(
            "2023-09-15",
            "One elderly person is killed and another injured in attempted murder-suicide at"
                + " Mississippi medical center"));
  }

  /**
   * rss-2023-06:19771, rss-2023-06:12368, rss-2023-04:40541 (dev): a party's or golf's "civil war"
   * and a bill "dead on arrival" are figures of speech; the guards: a child declared dead on
   * arrival (rss-2023-10:2516, dev) and a country's civil war (an invented sentence) stay.
   */
  @Test
  void aPartysCivilWarAndABillDeadOnArrivalAreFigures() {
    assertEquals(
        List.of(), terms("2023-06-15", "Tory civil war over Boris Johnson Partygate report"));
    assertEquals(
        List.of(),
        terms(
            "2023-06-15",
            null,
            "Earlier this week, golf’s civil war came to an abrupt end when the PGA Tour announced"
                + " plans to merge"));
    assertEquals(
        List.of(),
        terms(
            "2023-04-15",
            "Rep. Clyburn calls McCarthy's debt limit legislation 'dead on arrival' in Senate"));
    assertEquals(
        List.of("dead=death_verbs"),
        terms(
            "2023-10-15",
            null,
            "The child was immediately rushed to the hospital but was declared dead on arrival."));
    assertEquals(
        List.of("war=war"),
        terms("2023-04-15", null, "Millions have fled since the start of Sudan’s civil war."));
  }
}
