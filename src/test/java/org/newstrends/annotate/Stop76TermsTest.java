package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termReadingsAt;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 76 (docs/accuracy-rounds.md, "Stop 76"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop76TermsTest {

  /**
   * rss-2023-07:20644, rss-2023-06:36900 and rss-2023-05:16978 (dev): the Wall Street Journal files
   * its reviews and its crime-fiction column in its news feeds, under links that name no section;
   * the headline says it is a review, and a plot's murder is fiction.
   */
  @Test
  void aReviewWhoseHeadlineSaysSoTellsAPlot() {
    assertEquals(
        List.of("murder=death_verbs|fiction"),
        termReadingsAt(
            "https://www.wsj.com/articles/black-sands-review-perilous-prospects-nordic-noir-b39e9aa8",
            "2023-07-18",
            "'Black Sands' Review: Perilous Prospects, Nordic Noir",
            "In a bingeable Icelandic series on Viaplay, a detective returns to her tight-knit"
                + " hometown and helps a refreshingly human police force with a murder"
                + " investigation."));
    assertEquals(
        List.of("murdered=death_verbs|fiction"),
        termReadingsAt(
            "https://www.wsj.com/articles/hamlet-review-shakespeare-in-the-park-with-a-modern-twist-15c9229e",
            "2023-06-29",
            "‘Hamlet’ Review: Shakespeare in the Park With a Modern Twist",
            "The Public Theater’s streamlined staging of the play, directed by Kenny Leon, moves the"
                + " action to today’s Atlanta, with Ato Blankson-Wood in the title role as the son"
                + " of a murdered Georgia governor."));
    assertEquals(
        List.of("killing=death_verbs|fiction"),
        termReadingsAt(
            "https://www.wsj.com/articles/mysteries-review-nick-harkaways-titanium-noir-39b9a680",
            "2023-05-12",
            "Mysteries: Nick Harkaway's 'Titanium Noir'",
            "A detective tries to investigate a killing in a dystopian city where the haves and"
                + " have-nots are divided by more than just money."));
  }

  /**
   * Guards. rss-2023-04:14378 (dev): a review's dated death is a real man's (a boxer's opponent in
   * 1962, told in the review of an opera). The same series without "Review:" in its headline (made
   * up for the test): news, whose murders count.
   */
  @Test
  void aDatedDeathOrAHeadlineWithoutReviewKeepsTheTerm() {
    assertEquals(
        List.of("killed=death_verbs"),
        termReadingsAt(
            "https://www.wsj.com/articles/champion-review-terence-blanchard-comes-back-to-the-met-e41ba487",
            "2023-04-12",
            "'Champion' Review: Terence Blanchard Comes Back to the Met",
            "The composer’s second opera at the New York institution is a visceral, jazz-influenced"
                + " work about the closeted bisexual boxer Emile Griffith, who killed his opponent"
                + " in a 1962 fight."));
    assertEquals(
        List.of("murder=death_verbs"),
        termReadingsAt(
            "https://www.wsj.com/articles/icelandic-police-reopen-case-b39e9aa8",
            "2023-07-18",
            "Icelandic Police Reopen a Case in 'Black Sands'",
            "A detective returns to her tight-knit hometown, where the series was filmed, and helps"
                + " a refreshingly human police force with a murder investigation."));
  }

  /**
   * rss-2023-05:30516 (dev, the opinion pages): the roles an actor is cast in and the stereotype
   * they make are nobody's terrorism.
   */
  @Test
  void aTerroristRoleOrTropeIsNoTerrorism() {
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-05-21",
            "Princess Sophia Duleep Singh: this is not woke, it is South Asians' role in the national"
                + " story",
            "South Asian actors are at last leaving behind terrorist roles for ones drawn from"
                + " history.",
            "The industry was ready for a shift; no longer was the terrorist trope only frustrating"
                + " for us brown folk."));
  }

  /** Guard (made up for the test): a group's part in attacks, the singular "role", keeps it. */
  @Test
  void aGroupsTerroristRoleKeepsIt() {
    assertEquals(
        List.of("terrorist=terrorism"),
        termsOf(
            "terrorism",
            "2023-05-21",
            "Officials warn of Iran's terrorist role in the region after the embassy attack"));
  }

  /**
   * rss-2023-01:33027, rss-2023-05:6786 (dev): a death someone was destined or doomed to names
   * nobody dead; rss-2023-01:21340 and rss-2023-02:5893 (dev): nor does a killing begged or
   * promised not to happen.
   */
  @Test
  void aDeathDestinedOrAKillingBeggedAgainstIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-28", "How this Holocaust heroine saved 100 Jewish babies destined for death"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-05",
            null,
            "Prigozhin posted a video from Bakhmut, saying his fighters are \"doomed to senseless"
                + " death\" because Russia's Defense Ministry is depriving them of ammunition."));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-18",
            "British woman begged her father not to kill himself after he left her mother's"
                + " bedside"));
    assertEquals(
        List.of(), deaths("2023-02-05", "Former Israeli PM: Putin promised not to kill Zelenskyy"));
  }

  /**
   * Guards (made up for the test): a plot to kill, a sentence of death and a death the fighters met
   * keep the term.
   */
  @Test
  void aKillingNotHesitatedOverOrADeathMetKeepsIt() {
    assertEquals(
        List.of("kill=death_verbs"),
        deaths("2023-02-05", "Police say the gunman did not hesitate to kill the mayor"));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-05-05",
            "His fighters were destined for the front, and met their death in Bakhmut"));
  }

  /**
   * rss-2023-03:15537, rss-2023-01:35870 and rss-2023-08:15296 (dev): a fatal injury is a death,
   * not one of the injured.
   */
  @Test
  void aFatalInjuryIsADeath() {
    String[] quote = {
      "“Eight people were fatally injured, apparently including the suspected perpetrator,”"
          + " Hamburg police said."
    };
    assertEquals(List.of(), injuries("2023-03-10", null, quote));
    assertEquals(List.of("fatally injured=death_verbs"), deaths("2023-03-10", null, quote));
    assertEquals(
        List.of("fatally wounded=death_verbs"),
        deaths(
            "2023-01-08",
            null,
            "Holly Newton, 15, was fatally wounded in Hexham on Friday evening."));
    assertEquals(
        List.of("fatal injuries=death_verbs"),
        deaths(
            "2023-08-08",
            "Man arrested after teenager suffers fatal injuries in fall from bonnet of moving car in"
                + " Altrincham"));
  }

  /**
   * Guard. rss-2023-03:16195 (dev): a near-fatal injury is an injury, and nobody died; made up for
   * the test: a non-fatal one too.
   */
  @Test
  void aNearFatalInjuryStaysAnInjury() {
    String text =
        "He found inner strength after sustaining near-fatal injuries while covering the war in"
            + " Ukraine; his producer suffered non-fatal injuries.";
    assertEquals(
        List.of("injuries=injured", "injuries=injured"), injuries("2023-03-13", null, text));
    assertEquals(List.of(), deaths("2023-03-13", null, text));
  }

  /**
   * rss-2023-01:18752, rss-2023-08:22241 and rss-2023-09:30956 (dev): a language that dies and a
   * dead planet are nobody's death.
   */
  @Test
  void aLanguageThatDiesOrADeadPlanetIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-31",
            null,
            "Every 40 days a language dies. This “catastrophic” loss is being amplified by the"
                + " climate crisis."));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-20",
            null,
            "Protesters condemned their fossil fuel U-Turn claiming: 'There are no jobs on a dead"
                + " planet.'"));
  }

  /** Guard. rss-2023-05:11875 (dev): a sign language interpreter who died. */
  @Test
  void aSignLanguageInterpreterWhoDiedStays() {
    assertEquals(
        List.of("dies=death_verbs"),
        deaths(
            "2023-05-11",
            "Celebrated sign language interpreter for Kentucky Gov. Andy Beshear dies"));
  }

  /**
   * rss-2023-08:5003, rss-2023-10:7379 and rss-2023-01:38283 (dev): an animal that is shot, hit or
   * captured "and killed" is the subject of both verbs, and no person died.
   */
  @Test
  void anAnimalShotAndKilledIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-11",
            "Black bear is shot and killed after breaking into Montana home in the middle of the"
                + " night"));
    assertEquals(
        List.of(),
        deaths("2023-10-20", "3 bears captured and killed in Japan after sneaking into factory"));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-31",
            "White rhino shot and killed after it escaped - just a day after arriving at Wild"
                + " Florida"));
  }

  /**
   * Guards. rss-2023-09:3338 (dev): a woman walking her dog in Kent "and was killed"; made up for
   * the test: a man and his dog shot and killed.
   */
  @Test
  void aPersonKilledBesideTheirAnimalStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-09-14",
            null,
            "The 54-year-old was attacked while walking her dog in Kent and was killed by blunt"
                + " force injury and drowning, an inquest has heard."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-08-11", "Hunter and his dog shot and killed in Montana woods"));
  }

  /**
   * rss-2023-10:27681, rss-2023-03:17648 and rss-2023-04:31707 (dev): an animal named in an
   * appositive, or with where it came from, before "dies".
   */
  @Test
  void anAnimalInAnAppositiveDiesNoPerson() {
    assertEquals(List.of(), deaths("2023-10-23", "Bobi, the world's oldest dog ever, dies at 31"));
    assertEquals(
        List.of(),
        deaths("2023-03-13", "Kiska, last captive orca in Canada, has died at Marineland"));
    assertEquals(
        List.of(), deaths("2023-04-23", "Second cheetah brought to India from Africa dies"));
  }

  /**
   * Guards. rss-2023-02:7330 (dev): the man Dick Cheney shot "while tracking a passing bird" has
   * died; rss-2023-07:18522 (dev): a hiker found dead with his puppy.
   */
  @Test
  void aPersonBesideTheAnimalKeepsTheDeath() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-02-06",
            null,
            "Harry Whittington, the attorney from Texas who survived a hunting accident in 2006 when"
                + " then-US Vice President Dick Cheney shot him in the face while tracking a passing"
                + " bird, has died. He was 95."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-07-16",
            null,
            "Aron Christensen, 49, and his four-month-old Australian Shepard puppy, Buzzo, were found"
                + " dead on the Walupt Lake Trail in Lewis County in August 2022."));
  }

  /**
   * rss-2023-01:15080, rss-2023-02:21316 and rss-2023-04:15530 (dev): dead grass, trees and crops
   * are nobody's death.
   */
  @Test
  void deadGrassTreesAndCropsAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-13",
            null,
            "The park was freezing in early January, with its mountainsides covered in dead, brown"
                + " grass and hikers out with their dogs."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-15",
            null,
            "The oyster mushroom usually grows on dead or dying trees, but the wood has little"
                + " protein."));
    assertEquals(
        List.of(),
        deaths("2023-04-21", null, "Farmer inspects a dead Barley crop on his farm in Parkes."));
  }

  /** Guard (made up for the test): a man found dead under the trees of a park. */
  @Test
  void aManFoundDeadUnderTreesStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-04-21", "Man found dead under trees in city park, police say"));
  }

  /**
   * rss-2023-03:3554, rss-2023-09:13564 and rss-2023-10:22639 (dev): a minister displaced from her
   * office and staff from their jobs were driven from no home.
   */
  @Test
  void aMinisterOrStaffDisplacedFromAJobAreNoDisplacement() {
    assertEquals(
        List.of(),
        termsOf(
            "evacuation-order",
            "2023-03-01",
            null,
            "The court found that Scott Morrison’s multiple ministerial appointments displaced her as"
                + " home affairs minister and rendered the decision void."));
    assertEquals(
        List.of(),
        termsOf(
            "evacuation-order",
            "2023-09-21",
            null,
            "The boss of the Poundland chain said it would be offering roles to displaced Wilko staff"
                + " as part of the deal."));
    assertEquals(
        List.of(),
        termsOf(
            "evacuation-order",
            "2023-10-18",
            "Fears of employee displacement as Amazon brings robots into warehouses"));
  }

  /** Guard. rss-2023-05:5732 (dev): a woman displaced about 20 times by the climate. */
  @Test
  void aWomanDisplacedFromHerHomeStays() {
    assertEquals(
        List.of("displaced=evacuation-order"),
        termsOf(
            "evacuation-order",
            "2023-05-03",
            null,
            "The 60-year-old has been displaced about 20 times during her life, always as a result of"
                + " climate disasters."));
  }

  /**
   * rss-2023-03:8854 and rss-2023-08:25868 (dev): El Salvador's prison for gang members is a name;
   * the same page's "terrorism" charges (made up for the test) keep the term.
   */
  @Test
  void aPrisonsNameIsNoTerrorism() {
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-03-01",
            null,
            "El Salvador moved 2,000 inmates to its new \"megaprison\" officially named the Center for"
                + " Confining Terrorism."));
    assertEquals(
        List.of("terrorism=terrorism"),
        termsOf(
            "terrorism",
            "2023-08-27",
            null,
            "Life in the vast Centre for the Confinement of Terrorism (CECOT) is dire; many inmates"
                + " face charges of terrorism."));
  }
}
