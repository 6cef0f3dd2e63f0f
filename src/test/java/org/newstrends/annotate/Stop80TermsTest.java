package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;
import static org.newstrends.annotate.RuleArticles.termReadingsAt;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 80 (docs/accuracy-rounds.md, "Stop 80"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 * Where the dump's context cut a sentence's opening ("...n Begdas reunites with her mother"), a few
 * words written for the test complete it; cues and guards written for the test say so where they
 * are.
 */
class Stop80TermsTest {

  /**
   * rss-2023-02:4227, rss-2023-05:1911 and rss-2023-05:6776 (dev): the toll something took, has
   * taken or had on a body, a person or a city is a burden, no count of the dead. Each excerpt gets
   * a cue of deaths written in for the test (the pandemic's dead, a death), so that before this
   * step the bare "toll" would be the term.
   */
  @Test
  void theTollSomethingTookOnABodyIsABurden() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-02-12",
            "We can’t ignore the toll the pandemic has taken on the health of our kids",
            "The pandemic killed more than a million Americans."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-05-02",
            "Princess Anne tells of the toll lockdown had on Prince Philip before his death"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-05-05",
            null,
            "The New York City Housing and Vacancy Survey illustrates the massive toll that"
                + " COVID-19 took on the city since the beginning of the pandemic, in which"
                + " thousands died."));
  }

  /**
   * rss-2023-05:10980, rss-2023-07:35580 and rss-2023-06:28053 (dev): the toll of a kind of work or
   * life is its burden. Each excerpt gets a cue of deaths written in for the test.
   */
  @Test
  void theTollOfCaringOrWorkingIsABurden() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-05-08",
            "‘Part of you dies as well’: the toll of caring for loved ones with dementia",
            "Dementia is the leading cause of death in the UK."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-07-18",
            null,
            "High-profile minister’s resignation prompts questions about toll of working in"
                + " parliament, a year after a colleague died."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "casualties",
            "2023-06-22",
            "‘God, I really need a pint after that’: actors on the toll of dying on stage night"
                + " after night",
            "Playing a death every night, actors say, leaves its mark."));
  }

  /**
   * Guards (rss-2023-09:13983 and rss-2023-09:14748, dev, each sentence written on for the test): a
   * toll counted keeps the term; a burden's words in the next sentence, or a toll of a disaster
   * rather than of a kind of work, do not reach it.
   */
  @Test
  void aTollCountedStays() {
    assertEquals(
        List.of("toll=casualties"),
        termOrAmbiguous(
            "casualties",
            "2023-09-12",
            null,
            "As of Tuesday afternoon the toll rose again, to 5,200 dead. Rescuers took on the"
                + " grim task of digging."));
    assertEquals(
        List.of("toll=casualties"),
        termOrAmbiguous(
            "casualties",
            "2023-09-13",
            null,
            "The toll of flooding in Libya rose to 5,300 dead as rescuers worked on."));
  }

  /**
   * rss-2023-07:24271 (dev): the animal a relative clause follows is the one that died, a passive's
   * "by" inside that clause notwithstanding.
   */
  @Test
  void anAnimalsRelativeClauseReadsAcrossAPassivesBy() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-14",
            null,
            "Another cheetah that was released by the program 10 months ago died."));
  }

  /**
   * Guard (written for the test): a person in the clause still keeps the term, as before this step.
   */
  @Test
  void aPersonInTheRelativeClauseKeepsTheDeath() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-07-14",
            null,
            "The horse that was owned by a retired farmer who later died was sold at auction."));
  }

  /**
   * rss-2023-10:7379 and rss-2023-02:16094 (dev): the animal subject of two verbs joined by "and",
   * six tokens before "killed": a perfect passive's auxiliaries or a dog's name between.
   */
  @Test
  void anAnimalCapturedAndKilledSixTokensOnIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-10",
            null,
            "The bears attacked people in northern Japan. The animals have since been captured and"
                + " killed."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-08",
            null,
            "Her beloved golden retriever mix Moose was beaten and killed on August 3."));
  }

  /**
   * Guard (written for the test): a person beside the animal keeps the term, as before this step.
   */
  @Test
  void aPersonCapturedAndKilledSixTokensOnStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-10-10", null, "A hiker and her dog were later found and killed."));
  }

  /** rss-2023-07:21978 and rss-2023-05:3580 (dev): an injury faked or feigned is none. */
  @Test
  void aFakedInjuryIsNone() {
    assertEquals(
        List.of(),
        injuries(
            "2023-07-18",
            "Air travel brings out the absolute worst in people - from faking injuries to demanding"
                + " seat swaps | Arwa Mahdawi"));
    assertEquals(
        List.of(),
        injuries(
            "2023-05-23",
            null,
            "A campaigner from Just Stop Oil has been accused of faking injuries after claiming her"
                + " foot was 'rammed' over by a driver in London."));
  }

  /** Guard (written for the test): a word of faking in another clause does not reach the injury. */
  @Test
  void aFakeInAnotherClauseLeavesTheInjury() {
    assertEquals(
        List.of("injuries=injured"),
        injuries(
            "2023-05-23",
            null,
            "Police said the video was fake, injuries were real and two people were taken to"
                + " hospital."));
  }

  /**
   * rss-2023-02:7817, rss-2023-08:17498 and rss-2023-04:1751 (dev): a death feared, presumed or
   * assumed that the sentence undoes (a birthday, a survival, a reunion) is none.
   */
  @Test
  void aFearedDeathTheSentenceUndoesIsNone() {
    assertEquals(
        List.of(),
        deaths("2023-02-23", "World War Two sailor feared dead in torpedo attack turns 100"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-10",
            null,
            "The four Australians who were feared dead after their boat capsized in Indonesia"
                + " miraculously survive."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-25",
            null,
            "A baby pulled from the rubble in Turkey reunites with her mother - who was assumed to"
                + " have died in the quake - after a DNA test matched them."));
  }

  /**
   * Guards (rss-2023-03:9424 and rss-2023-09:13797, dev): deaths counted beside the living, and a
   * feared death with no word of survival, stay.
   */
  @Test
  void deathsCountedBesideTheLivingStay() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-03-07",
            null,
            "Two of the four Americans who were kidnapped shortly after crossing into Mexico have"
                + " died, while the two other are still alive, according to the governor."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-09-12", "Thousands feared dead as floods hit Libya after Storm Daniel"));
  }

  /**
   * rss-2023-08:19179, rss-2023-09:3494 and rss-2023-09:33986 (dev): a death come near, or death as
   * a matter dealt with, is none.
   */
  @Test
  void aDeathComeNearOrDealtWithIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-21",
            "Hiker who fell from Grand Canyon ledge says he was ‘inches away from death’"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-04",
            null,
            "The singer for the rock band Smash Mouth is reportedly days from death after entering"
                + " hospice care after his liver began to fail."));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-29",
            null,
            "She argues that tech companies need to improve how they deal with death on their"
                + " platforms."));
  }

  /**
   * Guards (written for the test): a death named after the phrase, and a death camp, keep the term.
   */
  @Test
  void aDeathNamedAfterThePhraseStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-06-16",
            null,
            "He spoke about dealing with death of his wife in a crash in May."));
    assertEquals(
        List.of("death=death_verbs"),
        deaths("2023-03-05", "How two mothers saved me from death camp"));
  }

  /**
   * rss-2023-09:13476 and rss-2023-10:9805 (dev): "resistance" standing alone in quotation marks is
   * a word someone used, of politics as often as of arms, and is reported ambiguous.
   */
  @Test
  void aLoneQuotedResistanceIsReportedAmbiguous() {
    assertEquals(
        List.of("resistance=resistance|quoted", "war=war"),
        termReadingsAt(
            null,
            "2023-09-20",
            "Biden might NOT save him: Firebrand Republican vows to lead 'resistance' against"
                + " Speaker - and ramps up his war over spending cuts"));
    assertEquals(
        List.of("resistance=resistance|quoted", "war=war"),
        termReadingsAt(
            null,
            "2023-10-06",
            null,
            "The director of a feature film about Hitler had to shoot it in secret, due to"
                + " “resistance” in Germany against dramas, after the war."));
  }

  /** Guard (rss-2023-10:24252, dev): a quoted phrase the alias is only part of keeps the term. */
  @Test
  void aQuotedResistancePhraseStays() {
    assertEquals(
        List.of("resistance=resistance"),
        termOrAmbiguous(
            "resistance",
            "2023-10-17",
            null,
            "He says the situation is very volatile and Iran has no control over ‘resistance"
                + " forces’ surrounding Israel, as the war in Gaza goes on."));
  }

  /**
   * rss-2023-08:969, rss-2023-07:13781 and rss-2023-06:8115 (dev): the animal of a passive "to
   * death" is its victim.
   */
  @Test
  void theAnimalOfAPassiveToDeathIsNoPersonsDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-02",
            "Owner's anguish after her tiny 12-year-old Yorkshire terrier Maxy was mauled to death"
                + " by a Pitbull-type dog inside a shop"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-19",
            "Man's elderly cat is mauled to death by pit bull which overpowered its owners"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-14",
            null,
            "At least six lions have been speared to death by the Maasai people in Kenya."));
  }

  /**
   * Guards (rss-2023-09:20054, dev; the second written for the test): people listed with the
   * animals, and the victim of an animal's active attack, keep the term.
   */
  @Test
  void peopleBesideTheAnimalKeepTheDeath() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-09-26",
            "Couple, 2 children and 3 dogs found shot to death in suburban Chicago home"));
    assertEquals(
        List.of("death=death_verbs"),
        deaths("2023-03-02", "Two dogs mauled grandmother to death in her garden"));
  }

  /**
   * rss-2023-01:30249, rss-2023-01:34145 and rss-2023-07:8201 (dev): a war sleepwalked into or
   * drawn closer is one that may come.
   */
  @Test
  void aWarDrawnCloserIsOneThatMayCome() {
    assertEquals(List.of(), wars("2023-01-26", "Is Europe Sleepwalking Into Another War?"));
    assertEquals(
        List.of(),
        wars(
            "2023-01-26",
            "Will the West's decision to arm Ukraine with tanks bring it closer to war with"
                + " Russia?"));
    assertEquals(
        List.of(),
        wars(
            "2023-07-11",
            null,
            "Allies are wary of moves they fear could take the alliance closer to an active war with"
                + " Russia."));
  }

  /**
   * Guards (rss-2023-01:28381 and rss-2023-01:2184, dev): a war being fought after "as", and "close
   * to", stay.
   */
  @Test
  void aWarBeingFoughtNearCloserStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-01-24",
            "Doomsday Clock moves 10 seconds closer to midnight as Ukraine war rages"));
    assertEquals(
        List.of("War=war"),
        wars(
            "2023-01-17",
            "In Romania, U.S. Troops Train Close to Russia’s War, in Signal to Moscow"));
  }

  /**
   * rss-2023-08:3685 and rss-2023-07:31401 (dev): the person who keeps an animal's relative-clause
   * death must be in its clause.
   */
  @Test
  void aPersonInAnotherClauseLeavesTheAnimalsDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-03",
            null,
            "The police dog which was shot dead after biting its female handler had been with her"
                + " for just weeks."));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-25",
            null,
            "A bear that was recently spotted strolling on Malibu beaches died after he was hit by a"
                + " car on the freeway."));
  }

  /** Guard (written for the test): a person in the animal's clause still keeps the term. */
  @Test
  void aPersonInTheAnimalsClauseKeepsTheDeath() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-08-03",
            null,
            "A dog that belonged to a pensioner who died last week was found in the park."));
  }

  /**
   * rss-2023-08:792 and rss-2023-07:32831 (dev): someone left for dead was abandoned as dead, and
   * mostly lived.
   */
  @Test
  void leftForDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-01",
            "Police hunt woman who gave birth in a gas station RESTROOM and left her baby for dead"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-26",
            null,
            "Andrew Malkinson was convicted in 2004 of raping a 33-year-old woman, who was left for"
                + " dead on a motorway embankment in Salford."));
  }

  /** Guard (written for the test): a death after "left", with no "for" before it, stays. */
  @Test
  void theDeadALeavingNamesStay() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-08-01", "Gunman left two dead in a shooting at a bar"));
  }

  /**
   * rss-2023-10:2219, rss-2023-03:31690 and rss-2023-06:16874 (dev): death named beside grief, life
   * imprisonment or desire is a theme or a penalty, no death told.
   */
  @Test
  void deathBesideGriefOrLifeIsATheme() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-02",
            null,
            "The theatre warned audiences about strong language, sexual references, grief and death"
                + " in its latest production."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-21",
            null,
            "The bill prescribes harsh penalties for some homosexual offenses, including death and"
                + " life imprisonment."));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-17",
            "‘Maybe I’m a prude now!’: Graham Norton on drag, dreams, death and desire"));
  }

  /** Guard (rss-2023-04:29899, dev): a possessive before the death names one. */
  @Test
  void herDeathAndLifeStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-04-21",
            null,
            "Her son spoke to NPR about her death and life, and what she meant to him."));
  }
}
