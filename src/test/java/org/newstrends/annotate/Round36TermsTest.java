package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 36 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round36TermsTest {

  /**
   * rss-2023-04:16832, rss-2023-04:22256, rss-2023-01:29008 and rss-2023-04:18280 (dev): "war"
   * right before game, games or gaming names military exercises, a simulation or a game, no war
   * fought (round 36's convention); a war named on its own beside the games stays
   * (rss-2023-06:14462, dev: "held with an eye on the war in Ukraine"; until stop 70 this guard was
   * rss-2023-01:10087's "a war with China over Taiwan", which stop 70 reads as a war that may
   * come).
   */
  @Test
  void aWarGameIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-04-10",
            "China must prepare for 'real combat' warns president Xi Jinping after three days of"
                + " war games",
            "Sweden stages biggest war games in 25 years. The Center for Strategic and"
                + " International Studies (CSIS) ran a war games simulation. The group liked online"
                + " war games."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-06-12",
            "NATO Members’ Major Air Exercise Sends Message to Russia",
            "More than 200 planes from 25 countries gathered in Germany for the largest-scale war"
                + " games in decades, held with an eye on the war in Ukraine."));
  }

  /**
   * rss-2023-04:30440, rss-2023-04:21403, rss-2023-06:20263 and reuters:15123 (dev): "death" right
   * after "to the" measures a fight, a dance or a will, and tells no death; "fought to the death"
   * (rss-2023-09:26887, dev: the cadets died), "the death camps" (rss-2023-05:25128, dev) and "the
   * death of" stay.
   */
  @Test
  void toTheDeathTellsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-10",
            "Why two military rivals are in a 'fight to the death' in Sudan",
            "It’s glossy, supercharged, high-body-count, fights-to-the-death-in-speeding-train-"
                + "lavatories TV. When they pull out their knives, it is a dance to the death, with"
                + " some of the movement set to excerpts of Prokofiev. \"He's tough, he won't step"
                + " down,\" but \"will hang on to the death\" at least until his term ends."));
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-09-10",
            null,
            "Six cadets who refused to retreat and instead fought to the death. The deportation of"
                + " Jewish populations to the death camps. An inquiry into the reasons that led to"
                + " the death of the teenager."));
  }

  /**
   * rss-2023-03:30535, rss-2023-01:37055 and rss-2023-06:35612 (dev): self-defence taught as a
   * skill (a class, a training) is no claim of self-defence; a person's claim (rss-2023-03:14754,
   * dev) and a state's stay.
   */
  @Test
  void selfDefenceTaughtAsASkillIsNoClaim() {
    assertEquals(
        List.of(),
        selfDefence(
            "2023-03-10",
            "Florida woman fights off would-be rapist who broke into empty gym hosts free"
                + " self-defense classes",
            "She is about to to lead a self-defence class. Members of the initiative warm up"
                + " before their self-defence training. An 8-year-old boy who signed up for self"
                + " defense classes at a martial arts club."));
    assertEquals(
        List.of("self defense=self-defence", "self-defence=self-defence"),
        selfDefence(
            "2023-03-10",
            "Michigan police claim man who fatally shot intruder was acting in self defense",
            "Israel has a right to act in self-defence against the attacks."));
  }

  /**
   * rss-2023-02:2414, rss-2023-01:22894, rss-2023-05:44344 and rss-2023-06:26068 (dev): a killing
   * coordinated with cooking or eating is an animal's, whatever the animal is called; a person near
   * it keeps the term (rss-2023-04:21426, dev: "killing and eating an acquaintance").
   */
  @Test
  void aKillingCookedOrEatenIsAnAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-10",
            "Mexico City zoo director killed and cooked 4 goats for holiday party",
            "Mother divides the internet for killing and cooking pet rooster HeiHei. Three"
                + " teenagers are arrested for killing and EATING New York village's beloved mother"
                + " swan. An estimated 10,000 dogs are tortured, killed and eaten each year."));
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-04-10",
            null,
            "The former home of a man serving a life sentence for killing and eating an"
                + " acquaintance in a case that appalled Germany."));
  }

  /** The self-defence mentions only. */
  private static List<String> selfDefence(String date, String title, String... paragraphs) {
    return termsOf("self-defence", date, title, paragraphs);
  }
}
