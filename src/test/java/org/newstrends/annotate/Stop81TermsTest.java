package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 81 (docs/accuracy-rounds.md, "Stop 81"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 * Where the dump's context cut a sentence's opening or close ("...h five aboard was just above
 * wreck"), a few words written for the test complete it; guards written for the test say so.
 */
class Stop81TermsTest {

  /**
   * rss-2023-06:16215, rss-2023-04:33354 and rss-2023-09:8236 (dev): "from the dead" is a return, a
   * revival or a figure, whatever the verb before it.
   */
  @Test
  void fromTheDeadIsAReturnOrAFigure() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-22",
            "Radio 2 could bring the likes of Terry Wogan from the dead by airing old shows"));
    assertEquals(
        List.of(),
        deaths("2023-04-20", "Hunter Biden's criminal case has been revived from the dead"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-11",
            null,
            "But secondhand clothes don’t come from the dead. That’s not how fast-fashion systems"
                + " work."));
  }

  /** Guard (written for the test): the dead a disaster left stay. */
  @Test
  void theDeadOfADisasterStay() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-06-22", null, "Rescuers recovered the dead from the rubble on Tuesday."));
  }

  /**
   * rss-2023-06:26077 and rss-2023-08:17605 (dev): a line, a device or a limb that went dead is no
   * death.
   */
  @Test
  void somethingThatWentDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-22",
            "Titan sub with five aboard was just above wreck when communications went dead"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-07",
            null,
            "He had his severed hand reattached just 15 minutes before it went dead."));
  }

  /**
   * rss-2023-07:7372, rss-2023-07:32898 and rss-2023-05:14560 (dev): a hunter's kill, going for the
   * kill and a kill button tell no death the family tracks.
   */
  @Test
  void aHuntersKillOrAKillButtonIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-10",
            null,
            "A hunter’s kill in upstate New York brought new hope, and trepidation, that wolves"
                + " are back."));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-17",
            null,
            "They look eager to go for the kill and get this match done and dusted."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-12",
            null,
            "Range finders starting to bleep and flash, finger poised over the kill button, eyes"
                + " narrowing behind his aviators."));
  }

  /** Guard (rss-2023-02:32570, dev): a soldier's kill count stays. */
  @Test
  void aSoldiersKillCountStays() {
    assertEquals(
        List.of("kill=death_verbs"),
        deaths(
            "2023-02-20",
            null,
            "Prince Harry had 'let down' his former Army comrades by revealing his kill count in"
                + " his autobiography 'Spare'."));
  }

  /**
   * rss-2023-08:28909 (dev): a man declared dead who reappeared was not dead. The sentence of the
   * dev item is whole.
   */
  @Test
  void aDeathDeclaredBeforeAReappearanceIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-24",
            null,
            "It has emerged the mercenary boss was declared dead in another aviation disaster in"
                + " 2019 - only to reappear."));
  }

  /**
   * rss-2023-04:37416 (dev): a bill killed whose quoted name is longer ends a bill, nobody killed.
   */
  @Test
  void aBillWithALongerQuotedNameKilledIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-13",
            null,
            "Colorado Democrats concerned with enabling addiction have killed a \"safe injection"
                + " site\" bill for drug users Wednesday evening."));
  }

  /** Guard (rss-2023-01:35227, dev): a killing at a place whose bill comes later stays. */
  @Test
  void aKillingBeforeARepairBillStays() {
    assertEquals(
        List.of("Killing=death_verbs"),
        deaths(
            "2023-01-25",
            "Half Moon Bay shooting: Killing of 7 at California farms sparked over $100 repair bill,"
                + " DA says"));
  }

  /**
   * rss-2023-01:37301 and rss-2023-03:19110 (dev): the animal subject of two verbs joined by "and"
   * is the one that died.
   */
  @Test
  void anAnimalThatWashedAshoreAndDiedIsNoPerson() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-31",
            null,
            "A 35-foot humpback whale has washed ashore and died on a New York beach."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-13",
            null,
            "At least four dogs were poisoned and three died during a canine cross-country"
                + " competition in France."));
  }

  /**
   * Guard (rss-2023-06:16329, dev; its opening written for the test): the person stung by the
   * animals is the one who died.
   */
  @Test
  void aPersonStungByBeesWhoDiedStays() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-06-20",
            null,
            "The family said she was stung over a hundred times by bees and tragically died."));
  }

  /** rss-2023-05:39215 (dev): a slain brumby, a wild horse, is an animal. */
  @Test
  void aSlainBrumbyIsAnAnimal() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-29",
            null,
            "He revealed the reason why he left the decapitated head of a slain brumby on the steps"
                + " of National Parks and Wildlife Service offices."));
  }

  /**
   * rss-2023-02:10580, rss-2023-01:14217 and rss-2023-04:31023 (dev): a death someone came within
   * seconds or a hair's breadth of is none.
   */
  @Test
  void aDeathSomeoneCameWithinSecondsOfIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-20",
            null,
            "Prashanth Kandhaiah, 30, came within seconds of being shot dead at the ceremonial"
                + " parade ground in St James Park."));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-15",
            null,
            "At her lowest point, Karen Arthur came within a hair’s breadth of killing herself."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-25",
            null,
            "She believes she came within minutes of being abducted, raped, and murdered by Derek"
                + " Percy as she played with her dog."));
  }

  /**
   * Guard (written for the test): a death within minutes of a shooting, and one after a sentence
   * that came close to it, stay.
   */
  @Test
  void aDeathWithinMinutesOfAShootingStays() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths("2023-02-20", null, "The man died within minutes of being shot in the street."));
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-02-20",
            null,
            "Rescuers came within metres of the boat. Two of its crew died before they reached"
                + " it."));
  }

  /**
   * rss-2023-03:5052, rss-2023-05:3167 and rss-2023-04:23661 (dev): a war with Trump or DeSantis is
   * a party's or a company's fight, no war, resolved or reported ambiguous.
   */
  @Test
  void aWarWithTrumpOrDeSantisIsAFight() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "2023-03-06",
            "Trump’s war with DeSantis heats up with details of ex-president’s 2024 campaign"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "2023-05-02",
            "Fading newsrooms, blatant bias and a war with Trump has ravaged the business"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "2023-04-20",
            "How Disney celebrated their fairytale ending in war with DeSantis too early"));
  }

  /** Guard (rss-2023-09:11028, dev): a war with a country's leader stays a war. */
  @Test
  void aWarWithPutinStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-09-12",
            null,
            "RAF pilots would be wiped out by 'attrition' if Britain went to war with Putin as"
                + " Russia has more than 20 times more aircraft."));
  }

  /**
   * rss-2023-03:12042 and rss-2023-05:38432 (dev): fighters near Canada's CF-18s, or near F-16
   * Falcons on a training flight, are jets.
   */
  @Test
  void fightersNearCanadasJetsOrATrainingFlightAreJets() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-03-10",
            "Defence Chief Wanted CF-18s to Destroy Object Over Yukon, but Fighters Were Delayed"));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-05-20",
            null,
            "F-16 Falcons, here in 2022 training flight, could be among fighters that find their"
                + " way to Ukraine by year's end."));
  }

  /** Guard (written for the test): an armed group's fighters near a flight stay. */
  @Test
  void anArmedGroupsFightersNearAFlightStay() {
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-05-20",
            null,
            "Taliban fighters stormed the airport as the last flight left Kabul."));
  }

  /**
   * rss-2023-08:28462, rss-2023-07:28085, rss-2023-10:34868 and rss-2023-03:31775 (dev): getting
   * away with murder, the next road kill and a man "supposed to be dead" tell no death.
   */
  @Test
  void gettingAwayWithMurderOrRoadKillIsAFigure() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-30",
            "Ambulance rips blue state's crime policies: 'getting away with murder'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-19",
            "Donald Trump says Europe is 'getting away with murder' by not providing more aid to"
                + " Ukraine"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-26",
            null,
            "\"I feel a keen sense not to become the next road kill,\" said Raghavan."));
    assertEquals(
        List.of(),
        deaths("2023-03-16", "He suffered massive stroke in November: I’m 'supposed to be dead'"));
  }

  /** Guard (rss-2023-07:20281, dev): France's new offence of a road killing stays. */
  @Test
  void aRoadKillingOffenceStays() {
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-07-18",
            "France clamps down on dangerous drivers with new ‘road killing’ offence"));
  }

  /**
   * rss-2023-10:14017 (dev; its opening written for the test): an injury someone warns is going to
   * come is none yet.
   */
  @Test
  void anInjuryWarnedOfIsNoneYet() {
    assertEquals(
        List.of(),
        injuries(
            "2023-10-09",
            "Residents pull down lampposts - and warn someone is 'going to get seriously injured'"));
  }

  /**
   * Guard (rss-2023-07:6798, dev): a governor's "there will be injured" under the rubble of a
   * strike that killed three stays.
   */
  @Test
  void injuredThereWillBeUnderTheRubbleStay() {
    assertEquals(
        List.of("injured=injured"),
        injuries(
            "2023-07-06",
            null,
            "“As of now, the rubble is being dismantled. Of course, there will be injured and"
                + " dead.”"));
  }

  /**
   * rss-2023-09:24141 and rss-2023-05:21774 (dev): Ye's "death con", a misspelt defcon, and
   * Ecuador's "two-way death" clause, which dissolves the legislature, tell no death.
   */
  @Test
  void deathConAndATwoWayDeathClauseAreNoDeaths() {
    assertEquals(
        List.of(),
        deaths(
            "2023-09-13",
            null,
            "Kanye West, who later changed his name to Ye, wrote on X (formerly Twitter) that he was"
                + " “going death con 3 On JEWISH PEOPLE”."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-16",
            null,
            "Lasso could trigger 'two-way death' clause in constitution, dissolving both the"
                + " legislature and the presidency."));
  }

  /** Guard (written for the test): a death beside the clause's words stays. */
  @Test
  void aDeathBesideTheClausesWordsStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-05-16",
            null,
            "The two-way clause was invoked a week after the death of a protester in Quito."));
  }

  /**
   * rss-2023-05:34724, rss-2023-07:28361, rss-2023-06:21685 and rss-2023-06:31988 (dev): a death or
   * an injury at risk is none told.
   */
  @Test
  void aDeathOrAnInjuryAtRiskIsNoneTold() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-25",
            "A.I. poses existential risk of people being 'harmed or killed,' ex-Google CEO Eric"
                + " Schmidt says"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-19",
            null,
            "Safer cars and better medicine have, over the long term, reduced the risk of being"
                + " killed in a crash."));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-15",
            null,
            "Everyone knows that smoking a little bit increases the risk of lung cancer and"
                + " death."));
    assertEquals(
        List.of(),
        injuries(
            "2023-06-20",
            null,
            "On the East and West coasts, whales are at risk of being entangled and injured by"
                + " ropes used by fishermen."));
  }

  /** Guard (written for the test): a death in a sentence after the risk's stays. */
  @Test
  void aDeathAfterTheRisksSentenceStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-07-19",
            null,
            "Drivers took the risk of crossing the flooded road. Two of them were killed."));
  }

  /**
   * rss-2023-05:37063, rss-2023-05:34059, rss-2023-06:25158, rss-2023-09:3356 and rss-2023-09:3979
   * (dev): a young or a mother animal is an animal, whose first word is no person that keeps the
   * term.
   */
  @Test
  void aBabyOrAMotherAnimalIsAnAnimal() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-31", "Yellowstone park officials kill baby bison after man picked up animal"));
    assertEquals(
        List.of(),
        deaths("2023-05-22", "Baby bison killed after a Yellowstone visitor helped the animal"));
    assertEquals(
        List.of(),
        deaths("2023-06-20", "Baby Monkeys Tortured to Death on Film As Viewers Voted on Weapons"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-02",
            "Italian sausage maker who shot dead adorable mother bear that had charmed locals is"
                + " given police protection"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-02",
            null,
            "A mother dolphin has been found dead in a river in Cambridgeshire."));
  }

  /** Guard (written for the test): a mother killed beside her dog stays. */
  @Test
  void aMotherKilledBesideHerDogStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-09-02", null, "A mother was killed with her dog in the attack."));
  }

  /** rss-2023-06:12875 and rss-2023-05:12268 (dev): a marsupial's death is an animal's. */
  @Test
  void aMarsupialsDeathIsAnAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-14",
            null,
            "The video went viral, showing the large scrub python squeezing the marsupial to"
                + " death."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-11",
            "Koala 'massacre' in Portland, VIC leaves 152 marsupials dead as aluminium smelter Alcoa"
                + " admits fault"));
  }

  /** Guard (written for the test): a ranger killed while rescuing a marsupial stays. */
  @Test
  void aRangerKilledWhileRescuingAMarsupialStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-06-14", null, "A ranger was killed while rescuing a marsupial from a fire."));
  }

  /**
   * rss-2023-01:2923, rss-2023-05:5497 and rss-2023-10:2136 (dev): nobody hurt, with the people
   * named between the negation and the injury, is no injury.
   */
  @Test
  void nobodyHurtWithPeopleNamedBetweenIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-01-04",
            null,
            "The car left the road, falling into a house. No residents or"
                + " bystanders were injured."));
    assertEquals(
        List.of(),
        injuries(
            "2023-05-03",
            null,
            "The Kremlin said Wednesday that no property or people were hurt in the attack."));
    assertEquals(
        List.of(),
        injuries(
            "2023-10-02",
            null,
            "A fire broke out at the Green Power facility but no one is thought to have been"
                + " injured in the blast."));
  }

  /** Guard (written for the test): injuries after a sentence with a negation stay. */
  @Test
  void injuriesAfterANegatedSentenceStay() {
    assertEquals(
        List.of("injured=injured"),
        injuries("2023-01-04", null, "No warning was given. Three residents were injured."));
  }

  /** rss-2023-02:924 and rss-2023-05:5381 (dev): a rhinoceros and a groper are animals. */
  @Test
  void aRhinocerosOrAGroperIsAnAnimal() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-02",
            null,
            "A white rhinoceros was shot dead less than a day after it arrived at a Florida wildlife"
                + " park."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-02",
            "Blue groper killed by spearfisherman who posed with the protected fish at Hungry"
                + " Point"));
  }

  /** Guard (written for the test): a keeper killed by a rhinoceros stays. */
  @Test
  void aKeeperKilledByARhinocerosStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-02-02", null, "A keeper was killed by a rhinoceros at the safari park."));
  }

  /** rss-2023-08:3559 and rss-2023-10:25680 (dev): an attempted murder of a degree is no death. */
  @Test
  void anAttemptedMurderOfADegreeIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-02",
            null,
            "The woman, 33, was charged with criminal attempted second-degree murder, reckless"
                + " endangerment."));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-16",
            null,
            "The suspect is now accused of two counts of attempted first-degree murder."));
  }

  /**
   * rss-2023-10:19090 (dev), with its guard: of a murder charged and an attempted one in a list,
   * the attempted one goes and the first stays.
   */
  @Test
  void theMurderBeforeAnAttemptedOneStays() {
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-10-16",
            null,
            "Joseph M. Czuba has been charged with first degree murder, attempted first degree"
                + " murder, hate crime (2 counts)."));
  }

  /**
   * rss-2023-06:25730 and rss-2023-04:35783 (dev): a senator's blockade written "Sen." is no siege,
   * resolved or reported ambiguous.
   */
  @Test
  void aBlockadeBySenIsNoSiege() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-06-12",
            null,
            "Democrats may take another look at rules reform to break through the blockade Sen."
                + " Tommy Tuberville (R-Ala.) has put in place against military promotions."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-04-27",
            null,
            "He was confirmed to the Department of Veterans Affairs after a contentious blockade"
                + " from Sen. Chuck Grassley (R-Iowa)."));
  }

  /** Guard (written for the test): a senator named before a siege's blockade keeps it. */
  @Test
  void aSenatorBeforeASiegesBlockadeKeepsIt() {
    assertEquals(
        List.of("blockade=siege"),
        termOrAmbiguous(
            "siege",
            "2023-10-12",
            null,
            "Sen. Lindsey Graham said Israel's blockade of Gaza must hold until the hostages are"
                + " freed."));
  }

  /**
   * rss-2023-02:4294, rss-2023-01:30401 and rss-2023-02:37786 (dev): a killing denied after a
   * negated "was", or prevented after a saving or a protecting word and "being", is no death.
   */
  @Test
  void aKillingDeniedOrPreventedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-06",
            null,
            "A review cleared the officer who shot a woman inside the Capitol during the Jan. 6,"
                + " 2021 attack, concluding she was not murdered, as Greene has said."));
    assertEquals(
        List.of(),
        deaths(
            "2023-01-20",
            null,
            "He said he stole the car on January 14 to save the woman from being killed."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-28",
            null,
            "The minister defended the rule, insisting it is the best way to protect riders from"
                + " being killed on the roads."));
  }

  /** Guard (written for the test): a man killed while saving others stays. */
  @Test
  void aManKilledWhileSavingOthersStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-01-20", null, "He saved two children but was killed by the falling tree."));
  }

  /**
   * rss-2023-10:8783, rss-2023-02:39865 and rss-2023-03:26865 (dev): "at the death", with no
   * death's noun after it, is a match's last minute.
   */
  @Test
  void atTheDeathIsAMatchsLastMinute() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-06",
            null,
            "They were agonisingly close to sealing victory at the death when Neria Fomai just ran"
                + " out of gas."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-13",
            null,
            "Rio Dyer’s try at the death meant their points difference fell seven shy of"
                + " Ireland’s."));
  }

  /**
   * Guard (rss-2023-04:30182 and rss-2023-04:30178, dev; cut): sadness at the death of a person,
   * and a death camp, stay.
   */
  @Test
  void atTheDeathOfAPersonStays() {
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-04-01",
            null,
            "She told of her sadness at the death of Paul O'Grady. Tourists posed crudely at the"
                + " death camp."));
  }
}
