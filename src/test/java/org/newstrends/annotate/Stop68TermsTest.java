package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 68 (docs/accuracy-rounds.md, "Stop 68"): senses of a bare "dead" found in fresh dev
 * draws. Dev-split items of ../shared/data (RSS 2023, ids as DevSplitDump names them, the text
 * cut), with the project's gazetteers. Every mention each rule changes on the whole dev split was
 * read; each rule has a guard.
 */
class Stop68TermsTest {

  /**
   * rss-2023-10:4019, rss-2023-03:23353 and rss-2023-02:6589 (dev): the animal "dead" describes is
   * the one dead; the hunter, the suspect or the man near it found it or left it.
   */
  @Test
  void aDeadAnimalIsNoDeathWithAPersonNear() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-04",
            null,
            "Seal hunters drag a dead seal onto their boat in the Gulf of Saint Lawrence."));
    assertEquals(
        List.of(), deaths("2023-03-14", "New Jersey suspect seen shoving dead cat in mailbox"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-10",
            "Man Who Left Dead Fish At ‘Goonies’ House Rescued After Yacht Capsized"));
  }

  /**
   * Guards, rss-2023-07:28544 and rss-2023-09:23780 (dev): a woman dead after a bear encounter, a
   * family shot dead alongside their dogs.
   */
  @Test
  void aPersonDeadNearAnAnimalStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-07-23", "Woman found dead after suspected bear encounter near Yellowstone"));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-09-20",
            null,
            "A couple and their two sons who were shot dead alongside their three dogs at home."));
  }

  /**
   * rss-2023-05:44612, rss-2023-01:38528, reuters:4232 and rss-2023-08:6332 (dev): idioms of "dead"
   * with no death.
   */
  @Test
  void idiomsOfDeadAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-28",
            "Singer Curses DeSantis Supporters During Concert: ‘You’re F***ing Dead To Me’"));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-29",
            null,
            "It's the snobby types whose houses have names who are dead against his Diddly Squat"
                + " farm and shop in Chadlington, Oxfordshire."));
    assertEquals(
        List.of(),
        deaths(
            "1987-03-10",
            null,
            "\"The Fed is keeping policy at dead center and it is not about to change policy unless"
                + " something happens,\" he said."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-06",
            null,
            "The coach will have to wait, after New Zealand rose from the dead to snatch back the"
                + " Test in the final minutes to win 23-20."));
  }

  /**
   * Guards, rss-2023-03:43108 and rss-2023-03:15540 (dev): shot dead against a wall, slumped dead
   * to the ground.
   */
  @Test
  void deadAgainstAWallOrToTheGroundStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-03-30",
            null,
            "Escribano's father, Agustín, was shot dead against the wall of Granada cemetery."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-03-17",
            null,
            "Within an instant, multiple shots can be heard. He slumps dead to the ground."));
  }

  /**
   * rss-2023-07:23064 and rss-2023-05:5874 (dev): a death feared, which may come ("end up dead").
   */
  @Test
  void endingUpDeadIsADeathThatMayCome() {
    assertEquals(
        List.of(),
        deaths("2023-07-24", "Veteran US Marine fears he'll end up dead 'like Jeffrey Epstein'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-30",
            null,
            "His mother was \u201cconcerned he would do something to someone and end up dead\u201d, an"
                + " inquest has heard."));
  }

  /** Guard, rss-2023-03:18430 (dev): kidnapped citizens, two of whom ended up dead. */
  @Test
  void endedUpDeadStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-03-13",
            null,
            "The fallout from last week's kidnappings of American citizens in his country, two of"
                + " whom ended up dead."));
  }

  /**
   * rss-2023-01:35668, rss-2023-06:27016, rss-2023-05:34833 and rss-2023-03:30494 (dev): a
   * "no-kill" shelter, "no kill" meat, a gun called a "killing machine", AI that may "kill us all".
   */
  @Test
  void noKillKillingMachinesAndKillUsAllAreNoDeath() {
    assertEquals(
        List.of(),
        deaths("2023-01-27", "A no-kill shelter in Niagara Falls, New York, takes a new approach"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-21",
            "'No kill' meat, grown from animal cells, is now approved for sale in US"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-31",
            null,
            "Lighter than a bowling ball, the AR-15 rifle is an absolute killing machine."));
    assertEquals(
        List.of(),
        deaths("2023-03-29", "In San Francisco, some people wonder when A.I. will kill us all"));
  }

  /**
   * Guards, rss-2023-03:43211 and rss-2023-07:1695 (dev): migrants after a deadly fire ("They're
   * killing us"), rioters "there to kill us" (a threat, which round 18 counts).
   */
  @Test
  void killingUsStays() {
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-03-29",
            "‘They’re killing us’: anger grows after fire at Mexican migrant centre"));
    assertEquals(
        List.of("kill=death_verbs"),
        deaths("2023-07-02", "Police chief says rioters 'are there to kill us' in French town"));
  }

  /**
   * rss-2023-07:18111, rss-2023-08:22401, rss-2023-08:12335, rss-2023-07:15273 and rss-2023-03:9206
   * (dev): death dodged or stared at, a hoax's "reports of my death", a shop's "star of death" and
   * a cougar's death.
   */
  @Test
  void deathDodgedStaredAtOrAnAnimalsIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-21",
            null,
            "He fulfilled his childhood dream of playing for Leyton Orient, dodging death twice and"
                + " nursing his sick cat."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-23",
            "Met police negotiator recounts how she stared death in the face almost every working"
                + " day"));
    assertEquals(
        List.of(), deaths("2023-08-24", "Lil Tay: Reports of my death have been traumatising"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-16",
            null,
            "Shoppers cleared it from the retailer's shelves after they spotted the 'star of death'"
                + " asterisk on the product."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-07",
            null,
            "The cougar's death set off a debate between tribes in the Los Angeles area."));
  }

  /**
   * Guards, rss-2023-01:37442 and rss-2023-06:35172 (dev): a beating death, conspiracy theories
   * about a death.
   */
  @Test
  void aBeatingDeathAndTheoriesAboutADeathStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-01-30",
            "Fallout continues with more firings after police beating death of Tyre Nichols"));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-06-30",
            null,
            "People spread sensational conspiracy theories on social media about the death of Nicola"
                + " Bulley."));
  }

  /**
   * rss-2023-01:24606 and rss-2023-04:29988 (dev; the first from held-back draw 6561): crustaceans
   * and sea urchins that die.
   */
  @Test
  void crustaceansAndSeaUrchinsAreAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-25",
            "Mass death of crustaceans in North East may have been caused by new disease"));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-13",
            null,
            "Scientists have discovered the source of a mysterious outbreak that killed sea urchins in"
                + " droves in the Caribbean Sea."));
  }

  /**
   * rss-2023-06:2105 and rss-2023-06:2942 (dev; the first from held-back draw 6561): a killing in a
   * simulation.
   */
  @Test
  void aKillingInASimulationIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-02",
            "Senate OKs bipartisan debt ceiling bill, AI drone simulation kills operator and more top"
                + " headlines"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-02",
            "AI-controlled US military drone ‘kills’ its operator in simulated test"));
  }

  /**
   * Guard, rss-2023-01:22969 (dev): the rule is for kill words only; the wrongful death a video
   * simulation was made for stays.
   */
  @Test
  void aDeathNearASimulationStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-01-23",
            null,
            "As part of a wrongful death lawsuit, a video simulation was released to show what could"));
  }

  /**
   * rss-2023-05:44461, rss-2023-06:427 and rss-2023-07:16405 (dev; the first and the last from
   * held-back draw 6562): "its death" is an animal's, and a pit bull is an animal.
   */
  @Test
  void itsDeathAndAPitBullsAreAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-31",
            "Mother who threw her boyfriend's chihuahua to its death from a third floor window faces"
                + " jail"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-01",
            "Woman pleads guilty for handling a Yellowstone bison calf, leading to its death"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-20",
            null,
            "Police arrested 19-year-old Jade Green after her 5-year-old pit bull was found dead in"
                + " her yard."));
  }

  /**
   * Guard, rss-2023-10:22186 (dev): a boy mauled to death by a pit bull; the animal is the killer.
   */
  @Test
  void aBoyMauledByAPitBullStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-10-26",
            null,
            "A four-year-old was mauled to death by a pit bull in his backyard in Detroit on"
                + " Wednesday."));
  }

  /**
   * rss-2023-02:4303 and rss-2023-02:32312 (dev; the first from held-back draw 6562): a court's
   * penalty named with the suit.
   */
  @Test
  void aSuitsSanctionsAreACourtsPenalty() {
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-02-03",
            "Trump Offers $1 Million Bond to Appeal Clinton Suit Sanctions"));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-02-24",
            "DOJ Seeks Google Sanctions Over Deleted Texts in Antitrust Suit"));
  }

  /**
   * Guards, rss-2023-07:25245 and rss-2023-05:2334 (dev): a court challenge to a state's sanctions.
   */
  @Test
  void aCourtChallengeToAStatesSanctionsStays() {
    assertEquals(
        List.of("sanctions=sanctions"),
        termsOf(
            "sanctions",
            "2023-07-28",
            "Abramovich ally begins high court challenge against UK sanctions"));
    assertEquals(
        List.of("sanctions=sanctions"),
        termsOf(
            "sanctions",
            "2023-05-08",
            "Russian driver Mazepin begins High Court bid to lift UK sanctions"));
  }

  /**
   * rss-2023-02:9514 and reuters:11776 (dev): a bare "hurt" in an article with no cue of violence,
   * an accident, a disaster or a body's harm is reported ambiguous.
   */
  @Test
  void aBareHurtWithNoCueOfHarmIsAmbiguous() {
    assertEquals(
        List.of("hurt=ambiguous:hurt"),
        termOrAmbiguous(
            "injured",
            "2023-02-19",
            "Sandi Toksvig: I can't let the Church of England hurt LGBT people"));
    assertEquals(
        List.of("hurt=ambiguous:hurt"),
        termOrAmbiguous(
            "injured",
            "1987-03-26",
            null,
            "Sharp falls in commissions on stock transactions have hurt even brokerages that came to"
                + " Tokyo early."));
  }

  /**
   * Guards, rss-2023-02:26884 and rss-2023-10:22386 (dev): people hurt in a quake and in a violent
   * protest.
   */
  @Test
  void hurtWithACueOfHarmStays() {
    assertEquals(
        List.of("hurt=injured"),
        termOrAmbiguous(
            "injured",
            "2023-02-20",
            "Civilians hurt, buildings damaged as new 6.4 quake strikes Turkey"));
    assertEquals(
        List.of("hurt=injured"),
        termOrAmbiguous(
            "injured",
            "2023-10-19",
            "65 cops hurt during violent pro-Palestine protest in Berlin"));
  }

  /**
   * rss-2023-04:1514, rss-2023-02:7680 and rss-2023-02:17404 (dev): a crowd, an animal or a plant
   * as the agent after the word is no army's invasion.
   */
  @Test
  void anInvasionByACrowdAnAnimalOrAPlantIsNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-04-02",
            null,
            "Brazil’s congress, presidential palace and supreme court were invaded by thousands of"
                + " supporters of Bolsonaro."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-02-08",
            "‘We’re being invaded by pigs’: Spain’s pork revolution faces backlash"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-02-15",
            "Homeowner whose garden was invaded by Japanese knotweed from council land wins £300K court"
                + " fight"));
  }

  /**
   * Guards, rss-2023-07:15857 and rss-2023-03:26959 (dev): a country invaded by Russia; men fleeing
   * after the invasion of Ukraine.
   */
  @Test
  void anInvasionByACountryStays() {
    assertEquals(
        List.of("invaded=invasion"),
        termsOf(
            "invasion",
            "2023-07-19",
            null,
            "What has Ukraine said? Ukraine, which was invaded by Russia in February 2022, says other"
                + " countries should not"));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-03-21",
            "Exclusive: Apparent reversal of position adopted after invasion of Ukraine sends men fleeing"
                + " Putin’s draft back to Russia"));
  }

  /**
   * rss-2023-03:569, rss-2023-07:24061 and rss-2023-08:13871 (dev): killing a rule, a deal or a
   * festival ends it.
   */
  @Test
  void killingARuleADealOrAFestivalIsNoDeath() {
    assertEquals(
        List.of(),
        deaths("2023-03-02", "Senate kills Biden ESG investment rule in stunning rebuke"));
    assertEquals(List.of(), deaths("2023-07-18", "Why Russia Killed the Ukraine Grain Deal"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-08",
            "Mervyn Stutter: ‘If landlords stay greedy, they will kill the Edinburgh festival’"));
  }

  /** Guard, rss-2023-10:20689 (dev): a man killed during a festival massacre. */
  @Test
  void killedDuringAFestivalStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-10-17",
            "Grieving father of 'hero' British man, 26, killed during Hamas festival massacre tells"
                + " 1,000 mourners at his funeral"));
  }

  /**
   * rss-2023-06:6908, rss-2023-09:23608 and rss-2023-10:3677 (dev): infighting and colds called
   * warfare.
   */
  @Test
  void openGopOrGermWarfareOfPoliticsIsNoWar() {
    assertEquals(
        List.of(), wars("2023-06-06", "Trump, DeSantis in open warfare as 2024 race heats up"));
    assertEquals(
        List.of(),
        wars(
            "2023-09-27",
            "He'll wear a suit in the Senate: Democrat wades into House GOP warfare - and uses dress"
                + " code row to ask for more funding for Ukraine"));
    assertEquals(List.of(), wars("2023-10-04", null, "Germ warfare season is upon us."));
  }

  /** Guard, rss-2023-02:31795 (dev): trench warfare in Ukraine. */
  @Test
  void trenchWarfareStays() {
    assertEquals(
        List.of("warfare=war"),
        wars("2023-02-23", "Ukrainian troops facing trench warfare with new Russian offensive"));
  }

  /**
   * rss-2023-04:32348, rss-2023-05:6557 and rss-2023-03:37581 (dev): an idea, a slogan's democracy
   * or a dream that "is dead" or "dies".
   */
  @Test
  void anIdeaThatIsDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-24",
            "'Crypto is dead in America,' says longtime bitcoin bull Chamath Palihapitiya"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-05",
            "GOP takes aim at bureaucracy regulating American life: ‘Democracy dies in a cubicle’"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-29",
            "The digital media rollup dream is dead for the moment — now it's all about core brand"
                + " strength"));
  }

  /**
   * Guard, rss-2023-04:25012 (dev): a man who followed his father into the music industry, died.
   */
  @Test
  void aManOfAnIndustryWhoDiedStays() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-04-19",
            null,
            "Otis Redding III, who followed his father into the music industry, died at the age of 59"
                + " after losing a battle with cancer."));
  }

  /**
   * rss-2023-05:35025 and rss-2023-03:37967 (dev): a law "effectively dead", a fate "elaborately
   * dead".
   */
  @Test
  void effectivelyOrElaboratelyDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-24",
            "Texas Bill Requiring Schools To Display Ten Commandments Fails",
            "A midnight deadline came and went at the end of Tuesday without a final vote on the"
                + " legislation, which means it is effectively dead with this session coming to a close,"
                + " the Texas Tribune reported."));
    assertEquals(List.of(), deaths("2023-03-27", null, "At worst, you’ll be elaborately dead."));
  }

  /** Guard, rss-2023-01:24482 (dev): a husband declared legally dead. */
  @Test
  void legallyDeadStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-01-26",
            null,
            "The family of Carole Baskin's legally dead husband tell DailyMail.com that they"
                + " investigated the claim."));
  }

  /**
   * rss-2023-10:6682 (dev; from held-back draw 6568) and rss-2023-08:30743 (dev): a project killed
   * "stone dead", a deal "stone dead".
   */
  @Test
  void aProjectKilledStoneDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-05",
            null,
            "Steve Rotheram, the mayor of the Liverpool city region, said the move killed HS2 “stone"
                + " dead” and would “tie any future government’s hands”."));
    assertEquals(
        List.of(), deaths("2023-08-09", "Last-ditch deal to keep Wilko going is ‘stone dead’"));
  }

  /**
   * Guard, rss-2023-03:31136 (dev): adversaries shot "stone dead" stay a death word (of a film's
   * plot, so stop 65's fiction rule reports it ambiguous).
   */
  @Test
  void shotStoneDeadStays() {
    assertEquals(
        List.of("dead=death_verbs|fiction"),
        RuleArticles.termReadingsAt(
                "https://www.theguardian.com/film/2023/mar/21/the-killer-review-super-violent-south-korean-thriller-with-well-coiffed-assassin",
                "2023-03-21",
                "The Killer review – super-violent South Korean thriller with well-coiffed assassin",
                "He’s so darn cool that at one point he arrives at one of the film’s many dens of"
                    + " iniquity with a large coffee in one hand and a gun in the other, and shoots his"
                    + " adversaries stone dead between dainty sips.")
            .stream()
            .filter(r -> r.startsWith("dead="))
            .toList());
  }

  /**
   * rss-2023-08:21586, rss-2023-06:21302 and reuters:2043 (dev): the BBC drama, a shop closed as
   * the "latest casualty", an insurer.
   */
  @Test
  void aDramaAClosureOrAnInsurerIsNoCasualty() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-08-28",
            null,
            "'We've not gone full-on Kardashian but you see life as it is during and after"
                + " pregnancy,' says Gemma, former star of Hollyoaks, Emmerdale and Casualty, and a"
                + " Strictly Come Dancing finalist in 2017."));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-06-21",
            "AT&T becomes latest San Francisco casualty: Telecommunications giant shuts flagship store"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "1987-03-02",
            null,
            "Aetna Life and Casualty Co said its Aetna Life and Casualty of Canada Ltd subsidiary has"
                + " agreed in prnciple to sell its casualty-property subsidiary, Aetna Casualty Co of"
                + " Canada to <Laurentian Group> of Montreal for undisclosed terms."));
  }

  /**
   * Guards, rss-2023-01:6444, rss-2023-02:15886 and rss-2023-02:12599 (dev): a casualty on the
   * track, a casualty rate, a death toll in a heading run into the text.
   */
  @Test
  void aCasualtyOnTheTrackACasualtyRateAndADeathTollStay() {
    assertEquals(
        List.of("Casualty=casualties"),
        termsOf(
            "casualties", "2023-01-24", "Casualty on the track closes Barons Court Tube station"));
    assertEquals(
        List.of("casualty=casualties"),
        termsOf(
            "casualties",
            "2023-02-19",
            "Russia suffering highest casualty rate in Ukraine since first week of war: UK"));
    assertEquals(
        List.of("Death Toll=casualties", "death toll=casualties"),
        termsOf(
            "casualties",
            "2023-02-17",
            null,
            "Syria-Turkey Death Toll Rises The death toll in Turkey and Syria has exceeded 20,000"
                + " people, that’s according to The New York Times today."));
  }

  /**
   * rss-2023-01:16149 and rss-2023-09:15779 (dev): casualties to avoid, casualties a weather
   * service may have prevented.
   */
  @Test
  void casualtiesToAvoidOrPreventedAreNone() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-01-21",
            "U.S. needs to bolster Taiwan's defenses now to avoid heavy casualties"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-09-14",
            "Functioning weather service may have prevented Libya flood casualties: WMO"));
  }

  /**
   * Guard, rss-2023-10:12623 (dev): a call to minimise civilian casualties in a war being fought.
   */
  @Test
  void minimisingCasualtiesInAWarStays() {
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-10-08",
            "Biden urges Israeli leader to minimize civilian casualties in war with Hamas"));
  }

  /** rss-2023-10:24066 and rss-2023-08:32093 (dev): animals that starve or burn "to death". */
  @Test
  void animalsThatStarveOrBurnToDeathAreAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-19",
            null,
            "The crabs starved to death en masse because the change in water temperature increased"
                + " their caloric needs, according to the NOAA"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-16",
            "Eleven pet dogs burn to death in fire at private kennels in Staffordshire with another"
                + " four rescued by staff"));
  }

  /** Guard, rss-2023-01:27040 (dev): a boy mauled to death by a dog. */
  @Test
  void aBoyMauledToDeathByADogStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-01-26",
            null,
            "Emma Whitfield's son Jack was mauled to death by an American XL bully dog named Beast."));
  }
}
