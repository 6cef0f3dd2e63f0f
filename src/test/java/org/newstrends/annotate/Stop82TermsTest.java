package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

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

  /**
   * rss-2023-08:5478, rss-2023-09:18399 and rss-2023-02:9688 (dev): death itself, bare, as the
   * subject of a saying or a claim tells no death.
   */
  @Test
  void deathItselfAsASubjectIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-04",
            null,
            "People have to cope with the changing circumstances of life, and death is the most"
                + " extreme change of all, he says."));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-18",
            null,
            "I understand that death is a scary subject and that people might worry about saying"
                + " the wrong thing."));
    assertEquals(
        List.of(),
        deaths("2023-02-08", "Advocates say 'death is not enough' for changes at Rikers Island"));
  }

  /**
   * Guard (rss-2023-10:25437, dev, cut; the second sentence written for the test): a possessive
   * keeps the death, and so does a death after "and" with an article.
   */
  @Test
  void aDeathWithItsOwnerStays() {
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-10-25",
            null,
            "Shubham Pawar said his death was a sacrifice for the Maratha reservation demand. He"
                + " fell, and the death was ruled an accident."));
  }

  /**
   * rss-2023-05:38525 and rss-2023-02:31354 (dev): whoever says a thing killed or kills them is
   * alive to say it.
   */
  @Test
  void killedUsIsAFigure() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-27",
            null,
            "But it turned out he did play and he killed us. He scored a handful of tries in the"
                + " first half."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-20",
            "'We love it even though it kills us,' researcher tells Senate committee"));
  }

  /**
   * Guard (rss-2023-03:34649 and rss-2023-03:43211, dev): "US" in capitals is a country, and
   * "killing us" said of people who died stays.
   */
  @Test
  void aDroneKillsUsContractorStays() {
    assertEquals(
        List.of("kills=death_verbs"),
        deaths("2023-03-24", "Suspected Iranian-affiliated drone kills US contractor in Syria"));
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-03-29",
            "‘They’re killing us’: anger grows after deadly fire at Mexican migrant centre"));
  }

  /**
   * rss-2023-10:28341, rss-2023-06:17230 and rss-2023-09:26753 (dev): a term in the title of a work
   * under review, before "review:", names the work.
   */
  @Test
  void aTermInAReviewedTitleBeforeAColonNamesTheWork() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-26",
            "'Secrets of the Dead: Eiffel's Race to the Top' Review: Paris's Peak on PBS"));
    assertEquals(
        List.of(), deaths("2023-06-16", "'Genealogy of a Murder' Review: A Tragic Triangle"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-21",
            "Who Killed Jill Dando? Netflix review: case that gripped Britain is still unsolved"));
  }

  /** Guard (rss-2023-10:18189, dev): the subtitle after the colon keeps its terms. */
  @Test
  void aTermInAReviewsSubtitleStays() {
    assertEquals(
        List.of("Wars=war"), wars("2023-10-17", "'Conflict' Review: How Wars Are Fought and Won"));
  }

  /** rss-2023-01:38862 (dev): golf's civil war, a word between, is a quarrel of golf. */
  @Test
  void golfsOngoingCivilWarIsAQuarrel() {
    assertEquals(
        List.of(),
        wars(
            "2023-01-30",
            null,
            "They are on opposing sides in golf’s ongoing civil war. Reed, a LIV player, is among"
                + " those permitted to play."));
  }

  /** Guard (written for the test): a golf course in a country at war keeps its war. */
  @Test
  void aGolfCourseInAWarTornCityKeepsItsWar() {
    assertEquals(
        List.of("war=war"),
        wars("2023-01-30", null, "He played on a golf course in war-torn Kyiv last spring."));
  }

  /**
   * rss-2023-04:23195, rss-2023-05:38488 and rss-2023-08:14700 (dev): whoever says "I died" or "we
   * died" lives to say it.
   */
  @Test
  void iDiedIsAFigure() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-27",
            "Damar Hamlin discusses cause of cardiac arrest during Bengals game: 'I died on national"
                + " TV'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-29", "‘I died in that place’: survivors of NSW’s Kinchela boys home speak"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-15",
            "Hawaii fires: 'Tourists swim in the waters we died in' - Maui resident"));
  }

  /**
   * Guard (written for the test): a death of people the speaker names, in the third person, stays.
   */
  @Test
  void theyDiedStays() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths("2023-08-15", null, "'My neighbours died in the waters,' a Maui resident said."));
  }

  /**
   * rss-2023-03:38767 and rss-2023-05:43973 (dev): America killed is a figure; rss-2023-03:31345:
   * "a death and a rebirth" is a theme.
   */
  @Test
  void killingAmericaOrADeathAndARebirthIsAFigure() {
    assertEquals(List.of(), deaths("2023-03-31", "Will online sports gambling kill America?"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-30",
            "Fleischer sees 'civil war inside the Democratic Party,' saying it's 'killing America'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-21",
            "Gisele Bündchen talks a 'death and a rebirth' after marriage to Tom Brady"));
  }

  /** Guard (rss-2023-09:12617, dev; cut): a plot to kill the country's leader keeps its killing. */
  @Test
  void killingACountrysLeaderStays() {
    assertEquals(
        List.of("kill=death_verbs"),
        deaths(
            "2023-09-15",
            null,
            "He planned to crash a plane into the presidential palace to kill the country’s then"
                + " leader, José Sarney."));
  }

  /** rss-2023-01:34510 (dev): a clause that hurts workers harms their purse. */
  @Test
  void aClauseThatHurtsWorkersIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-01-19",
            null,
            "The FTC proposed to ban noncompete clauses, “which hurt workers and harm competition.”"));
  }

  /** Guard (written for the test): workers hurt in a blast keep their injury. */
  @Test
  void workersHurtInABlastStay() {
    assertEquals(
        List.of("hurt=injured"),
        injuries(
            "2023-01-19",
            null,
            "Two workers hurt in a blast at the plant were taken to hospital."));
  }

  /**
   * rss-2023-09:19576 and rss-2023-06:33974 (dev): a party's civil war nine tokens on, quotation
   * mark counted, is a quarrel; a civil war stopped before it broke out is averted.
   */
  @Test
  void aPartysCivilWarOrOneStoppedIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-09-17",
            null,
            "Jeffries said Sunday that House Republicans are in the middle of a \"civil war\" that is"
                + " increasing the chances of a government shutdown."));
    assertEquals(
        List.of(), wars("2023-06-26", "Putin thanks Russian army for stopping 'civil war'"));
  }

  /** Guard (written for the test): a call to stop the civil war being fought keeps its war. */
  @Test
  void stoppingTheCivilWarBeingFoughtStays() {
    assertEquals(
        List.of("war=war"),
        wars("2023-06-26", null, "Envoys met in Jeddah to stop the civil war in Sudan."));
  }

  /**
   * rss-2023-10:36876, rss-2023-05:18727 and rss-2023-05:21248 (dev): a death wished or begged for
   * is none yet, and a sector taxed to death is a figure.
   */
  @Test
  void aDeathWishedForOrATaxIsNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-30",
            null,
            "They are being treated in such a way that “we despair and wish for death”."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-14",
            "A prisoner told how he was tortured so badly he begged for death - but was kept alive"));
    assertEquals(List.of(), deaths("2023-05-18", "Ineos warns UK is taxing North Sea ‘to death’"));
  }

  /**
   * Guard (written for the test): a death after "for" that was no wish, and a death sentence for a
   * tax crime, stay.
   */
  @Test
  void aDeathCalledForOrSentencedStays() {
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-05-18",
            null,
            "Police blamed the driver for death of the cyclist. A tax official was beaten to death"
                + " in the street."));
  }

  /** rss-2023-10:19537 (dev): winning the battle but losing the war is a saying. */
  @Test
  void winTheBattleButLoseTheWarIsASaying() {
    assertEquals(
        List.of(),
        wars(
            "2023-10-15",
            null,
            "Lessons from the referendum: Liberals win the battle but lose the war"));
  }

  /** Guard (rss-2023-06:18884, dev): a war lost by an army stays. */
  @Test
  void aWarLostByAnArmyStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-06-24",
            "Russia will lose the war if Ukraine's counteroffensive succeeds, Zelenskyy tells NBC"));
  }

  /** rss-2023-04:4207 and rss-2023-10:27467 (dev): a young bird's death is an animal's. */
  @Test
  void aYoungBirdsDeathIsAnAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-04",
            "EagleCam shows heavy winds whip bald eagle nest out of tree - killing newly hatched"
                + " eaglet"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-24",
            null,
            "They guided a family of swans across a busy road after two cygnets were hit and killed"
                + " by passing cars."));
  }

  /**
   * Guard (rss-2023-05:38183 and rss-2023-07:26939, dev): a man killed ushering ducklings, and a
   * woman named Fawn, stay.
   */
  @Test
  void aPersonNearAYoungAnimalStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-05-22",
            "More than $150,000 raised for family of father who was killed while ushering ducklings"
                + " across a road"));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-07-21", null, "Fawn Makhalfeh, 18, was killed by Israeli forces."));
  }

  /**
   * rss-2023-07:30281 (dev; its opening written for the test) and rss-2023-02:4816 (dev): an
   * animal's own death "to death" in a relative clause, or with a verb between, is an animal's.
   */
  @Test
  void anAnimalToDeathInItsClauseIsAnAnimals() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-26",
            null,
            "The videos showed multiple animals, including a hamster that was stomped to death."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-01",
            "Dying for sex: endangered male quolls may be mating themselves to death instead of"
                + " sleeping, scientists say"));
  }

  /**
   * Guard (rss-2023-04:22708 and rss-2023-06:11851, dev): the victim of an animal's attack, named
   * after the attack word, keeps the death.
   */
  @Test
  void theVictimOfAnAnimalThatMauledStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths("2023-04-18", null, "A bear that mauled a runner to death has been captured."));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-06-13", "Dangerous dog that mauled grandmother to death in her garden is shot"));
  }

  /** rss-2023-01:33665 (dev): insult added to injuries is the saying, words between. */
  @Test
  void insultToAllOurInjuriesIsTheSaying() {
    assertEquals(
        List.of(),
        injuries("2023-01-30", "Sunak’s failure to sack Zahawi adds insult to all our injuries"));
  }

  /** Guard (written for the test): injuries after an insult in its own clause stay. */
  @Test
  void injuriesAfterAnInsultStay() {
    assertEquals(
        List.of("injuries=injured"),
        injuries(
            "2023-01-30",
            null,
            "He shouted an insult to the crowd and two people suffered injuries."));
  }

  /** rss-2023-03:761 and rss-2023-03:1171 (dev): "kill yourself" is an insult, no killing. */
  @Test
  void killYourselfIsAnInsult() {
    assertEquals(
        List.of(),
        deaths(
            "2023-03-03",
            "Florida student-athlete told police her coach said ‘kill yourself’ a month before"
                + " suicide"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-03",
            "Florida student-athlete told cops her coach said 'go kill yourself' a month before she"
                + " took her life"));
  }

  /** Guard (rss-2023-05:40406, dev; cut): the threat "I'll kill myself" stays, as "will kill". */
  @Test
  void aThreatToKillOneselfStays() {
    assertEquals(
        List.of("kill=death_verbs"),
        deaths(
            "2023-05-31",
            null,
            "“If you leave me, I’ll kill myself” is a form of emotional abuse."));
  }

  /**
   * rss-2023-10:31419 (dev; its close written for the test): a reviewed title nine tokens before
   * "review –" names the work.
   */
  @Test
  void aLongReviewedTitleNamesTheWork() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-25",
            "Murder of the Essex Boys: Blood and Betrayal review – a real-life gangland tale"));
  }

  /**
   * rss-2023-06:26100, rss-2023-10:15187 and rss-2023-02:14415 (dev): the death of an idea, a trade
   * or a fashion is a figure.
   */
  @Test
  void theDeathOfAnIdeaIsAFigure() {
    assertEquals(List.of(), deaths("2023-06-24", "Russian Collusion And The Death Of Journalism"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-20",
            null,
            "Corporate America and wealthy donors are complicit in the death of higher education."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-11",
            "‘We’ve got to move on’: John Lewis declares death of the floral midi dress"));
  }

  /** Guard (written for the test): the death of a journalist stays. */
  @Test
  void theDeathOfAJournalistStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths("2023-06-24", null, "Colleagues mourned the death of a journalist in Kyiv."));
  }

  /** rss-2023-06:34790 and rss-2023-08:1190 (dev): a sport's injuries, wherever filed. */
  @Test
  void aSportsInjuriesAreNoCasualties() {
    assertEquals(
        List.of(),
        injuries(
            "2023-06-14",
            "Pickleball injuries could cost US up to $400M a year as insurance companies see a"
                + " spike"));
    assertEquals(
        List.of(),
        injuries(
            "2023-08-03", "Is there a link between the menstrual cycle and sporting injuries?"));
  }

  /** Guard (written for the test): injuries at a sports ground stay. */
  @Test
  void injuriesAtASportsGroundStay() {
    assertEquals(
        List.of("injuries=injured"),
        injuries(
            "2023-08-03",
            null,
            "Two fans suffered injuries when a stand collapsed at the sports ground."));
  }

  /** rss-2023-04:33191 (dev): a terror attack the police rule out is none. */
  @Test
  void aTerrorAttackRuledOutIsNone() {
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-04-26",
            "Police rule out a 'terror attack' in the two explosions at a counterterrorism facility"));
  }

  /**
   * Guard (written for the test): a terror attack after a ruling-out in the sentence before stays.
   */
  @Test
  void aTerrorAttackAfterARulingOutStays() {
    assertEquals(
        List.of("terror attack=terrorism"),
        termsOf(
            "terrorism",
            "2023-04-26",
            null,
            "Police ruled out a gas leak. It was a terror attack, the minister said."));
  }
}
