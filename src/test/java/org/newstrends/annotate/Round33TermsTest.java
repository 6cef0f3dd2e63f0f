package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 33 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round33TermsTest {

  /**
   * rss-2023-02:4537, rss-2023-01:32442, rss-2023-08:15584, rss-2023-06:11289, rss-2023-10:14017,
   * rss-2023-05:35261 and rss-2023-08:11972 (dev): a modifier right before "war" that names a
   * domain fought over with no arms, and "woke" up to two tokens before it; "the city's gang war"
   * (rss-2023-01:36796, dev) and "Ukraine ground war grinds on" (rss-2023-02:18089, dev) stay.
   */
  @Test
  void aWarOverAnUnarmedDomainIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-08-10",
            "Airline war: Virgin slams Alan Joyce for lying about turnback rates",
            "Battle of the botanic garden: the horticulture war roiling the Isle of Wight. The"
                + " Congressional Budget Wars Are Coming Back. Tesla Has Won the EV-Charger Wars."
                + " The school-run parking wars: Locals slam 'lazy' parents. Boris Johnson’s"
                + " blue-on-blue warfare overshadows the usual routine. Doug Burgum hints his rivals"
                + " are TOO focused on 'woke' wars as kicks off Iowa State Fair."));
    assertEquals(
        List.of("war=war", "war=war"),
        wars(
            "2023-02-10",
            "Russia prepares ‘air fight’ as Ukraine ground war grinds on",
            "He will be extradited to Sydney on charges linked to the city's gang war."));
  }

  /**
   * rss-2023-06:20620, rss-2023-01:28670, rss-2023-09:19686, rss-2023-01:29211, rss-2023-07:32626,
   * rss-2023-10:7357 and rss-2023-04:13498 (dev): a "war on" a target in single quotation marks
   * right after the preposition, and more domestic targets; "the Civil War on \"The View\""
   * (rss-2023-02:13619, dev: a double mark is a title) and "Russia’s war on Ukraine" stay.
   */
  @Test
  void aWarOnAQuotedOrDomesticTargetIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-06-10",
            "House GOP declares war on ‘woke’ in advancing Pentagon budget",
            "Nepo Baby Pat Grassley Declares War on ‘Entitlement’ in Iowa. BBC star has filmed 27"
                + " clashes this year during his one-man war on 'bad drivers'. Republicans declare"
                + " war on 'Maserati Manchin' after he spent a week in Davos. The Conservative war on"
                + " Big Everything. Biden's war on Elon Musk, and more. Rishi Sunak's wife as he"
                + " steps up dirty war against PM."));
    assertEquals(
        List.of("War=war", "war=war"),
        wars(
            "2023-02-10",
            null,
            "DeSantis has banned the teaching of slavery and the Civil War on \"The View\""
                + " Thursday. Russia’s war on Ukraine enters its second calendar year."));
  }

  /**
   * rss-2023-02:29668, rss-2023-03:38004, rss-2023-06:34213, rss-2023-03:17571, rss-2023-08:17575,
   * rss-2023-02:7697, rss-2023-06:1306 and rss-2023-06:14502 (dev): "dead" modifying a head that
   * names no dead person, or an adverb; "White woman who shot dead black neighbor"
   * (rss-2023-06:11827, dev) and "found dead on Sunday" (rss-2023-05:10579, dev) stay.
   */
  @Test
  void deadBeforeAHeadThatNamesNoPersonIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-03-10",
            "Marmite to Muscadet: the dead yeast cells adding flavour to wines",
            "Lights flicker, an old table fan sweeps dead air in an empty office. US clears forests"
                + " riddled with dead trees. Algal blooms are creating aquatic dead zones. She"
                + " detailed the dead giveaways she initially failed to notice. Ireland fly-half"
                + " sustained a dead leg against Wales. Games from Bioshock to Deus Ex and Dead"
                + " Space. He’s dead wrong about the cause."));
    assertEquals(
        List.of("dead=death_verbs", "dead=death_verbs"),
        deaths(
            "2023-06-10",
            "White woman who shot dead black neighbor is freed on $150,000 bond",
            "He might have been robbed after he was found dead on Sunday."));
  }

  /**
   * rss-2023-05:29516, rss-2023-05:39207, rss-2023-09:4523 and rss-2023-04:7949 (dev): "kill" after
   * could, might, may or can with up to two words between them in the same clause is a death that
   * may come, no death; "believed they could finally kill him with impunity" (rss-2023-08:36449,
   * dev, of Prigozhin) and "she would “kill you” if they tried" (rss-2023-07:5346, dev, a threat)
   * stay.
   */
  @Test
  void killAfterAModalAndAnAdverbIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-10",
            "Can Cancer Kill Cancer?",
            "It could also kill countless jobs or incite nuclear war. Parents fear the button"
                + " batteries needed to use it could possibly kill a child. Regulators act over"
                + " the risk of explosions that could injure or kill people."));
    assertEquals(
        List.of("kill=death_verbs", "kill=death_verbs"),
        deaths(
            "2023-08-10",
            null,
            "They waited for this moment for a long time and believed they could finally kill him"
                + " with impunity. The singer was telling her audience she would “kill you” if"
                + " they tried."));
  }

  /**
   * rss-2023-10:24392, rss-2023-06:14412, rss-2023-06:4905, rss-2023-08:14479, rss-2023-02:28137
   * and rss-2023-08:30931 (dev): a player replaced, stood in for or missing because injured is a
   * sports injury; "Nine people were injured in a shooting" (rss-2023-06:12697, dev) stays.
   */
  @Test
  void aPlayerReplacedBecauseInjuredIsNoCasualty() {
    assertEquals(
        List.of(),
        injuries(
            "2023-10-10",
            "England v New Zealand: Injured Josh Tongue replaced by Chris Jordan in hosts' squad",
            "India play New Zealand in the absence of injured all-rounder Hardik Pandya."
                + " Kamara was called on to replace the injured Adrien Rabiot. He came out of"
                + " retirement as a replacement for the injured Jack Leach. A clean sheet for Andriy"
                + " Lunin, standing in for the injured Thibaut Courtois. He drives in place of"
                + " injured race driver Lance Stroll."));
    assertEquals(
        List.of("injured=injured"),
        injuries(
            "2023-06-10",
            null,
            "Nine people were injured in a shooting in San Francisco's Mission District on"
                + " Friday."));
  }

  /**
   * rss-2023-01:35965, rss-2023-02:21366, rss-2023-09:13112, rss-2023-10:3166 and rss-2023-03:8913
   * (dev): an animal three to five tokens after the term, after a count, an age or a possessive, is
   * still the victim; "killed themselves and their dogs" (rss-2023-06:8557), "shot dead alongside
   * their three dogs" (rss-2023-09:23780), "accidentally killed when a dog stepped on the trigger"
   * (rss-2023-01:30446) and "kill 'fat rat mayor'" (rss-2023-03:26424), all dev, stay.
   */
  @Test
  void anAnimalAfterACountIsStillTheVictim() {
    assertEquals(
        List.of(),
        deaths(
            "2023-03-10",
            "Deaths of 120 Amazon dolphins linked to severe drought",
            "Blackouts killed thousands of his chickens. Testing is under way to determine what"
                + " killed more than 350 birds at a nature reserve. The report regards the deaths"
                + " of 12 horses at Churchill Downs. Poachers were jailed for killing a female"
                + " tiger and her cub."));
    assertEquals(
        List.of("killed=death_verbs", "dead=death_verbs", "killed=death_verbs", "kill=death_verbs"),
        deaths(
            "2023-09-10",
            "'Devoted' married couple, 35 and 36, killed themselves and their dogs in suicide pact",
            "A couple and their two sons who were shot dead alongside their three dogs at home."
                + " He was accidentally killed when a dog stepped on the trigger of his rifle. He"
                + " threatened to turn the parade into 'horror scene,' kill 'fat rat mayor'."));
  }
}
