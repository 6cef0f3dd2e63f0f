package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;
import static org.newstrends.annotate.RuleArticles.termReadingsAt;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 67 (docs/accuracy-rounds.md, "Stop 67"): term senses found in fresh dev draws.
 * Dev-split items of ../shared/data (RSS 2023 and the Reuters dump, ids as DevSplitDump names them,
 * the text cut), with the project's gazetteers. Every mention each rule changes on the whole dev
 * split was read; each rule has a guard.
 */
class Stop67TermsTest {

  /**
   * rss-2023-04:6591 and rss-2023-02:7077 (dev): a tabloid's "catch and kill", buying a story to
   * bury it.
   */
  @Test
  void catchAndKillIsNoKilling() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-04",
            "Inside the 3 so-called 'catch and kill' payments in Trump's indictment"));
    assertEquals(
        List.of(), deaths("2023-02-16", "National Enquirer, ensnared in “catch-and-kill” is sold"));
  }

  /** Guard, rss-2023-05:8640 (dev): a fire that kills. */
  @Test
  void aFireThatKillsStays() {
    assertEquals(
        List.of("kills=death_verbs"),
        deaths("2023-05-07", "Gold mine fire in Peru kills 27 people"));
  }

  /**
   * reuters:15257 and reuters:1093 (dev): a currency's and a prime minister's records since 1945
   * name the period, no war.
   */
  @Test
  void aPostWarLowOrRecordIsNoWar() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "1987-03-31",
            null,
            "The Bank of Japan intervened to slow the dollar's decline, which last week saw the"
                + " currency plunge to a post-war low below 140 yen."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "1987-03-20",
            null,
            "Goria had asked Craxi, who has been prime minister for a post-war record of"
                + " three-and-a-half years, to continue to handle current affairs."));
  }

  /** Guard, rss-2023-08:25477 (dev): Ukraine's war and its post-war reconstruction. */
  @Test
  void postWarReconstructionStays() {
    assertEquals(
        List.of("war=war", "war=war"),
        termOrAmbiguous(
            "war",
            "2023-08-21",
            null,
            "He reaffirmed support for Ukraine in its war against Russia. Mitsotakis also pledged"
                + " to help with post-war reconstruction."));
  }

  /**
   * rss-2023-03:25034, rss-2023-06:26963 and reuters:8810 (dev): a bare "hostage to" is a figure of
   * dependence.
   */
  @Test
  void hostageToAPolicyIsAFigure() {
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "2023-03-16",
            "Governor hails passage of expanded school choice legislation: ‘No longer hostage to"
                + " broken system’"));
    assertEquals(
        List.of(),
        termsOf("hostage", "2023-06-08", "American Companies Are Hostage to the Whims of TikTok"));
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "1987-03-12",
            null,
            "\"Without action in Washington, this nation will once again become a hostage to OPEC's"
                + " plans and policies,\" Hartley said."));
  }

  /**
   * Guards, rss-2023-10:13844 and rss-2023-10:25152 (dev): people taken hostage to Gaza, and
   * hostages freed.
   */
  @Test
  void hostagesTakenToAPlaceStay() {
    assertEquals(
        List.of("Taken Hostage=hostage"),
        termsOf(
            "hostage",
            "2023-10-10",
            "Israel Says 97 People Confirmed So Far as Taken Hostage to Gaza"));
    assertEquals(
        List.of("hostages=hostage"),
        termsOf("hostage", "2023-10-18", "Rally to free Israeli hostages to be held in London"));
  }

  /**
   * rss-2023-05:39515, rss-2023-03:39405 and reuters:2043 (dev): things lost to a crisis are no
   * casualties, nor is an insurer's name.
   */
  @Test
  void aCasualtyOfACrisisIsAFigure() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-05-29",
            null,
            "Shoppers are cutting back at the supermarket, oven chips and the once humble baking"
                + " potato are casualties of soaring grocery prices."));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-03-23",
            "Could office blocks be the next big casualty of the banking crisis?"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "1987-03-05",
            null,
            "Aetna Life and Casualty Co said its Aetna Life and Casualty of Canada Ltd subsidiary"
                + " has agreed in principle to sell its group business."));
  }

  /**
   * Guards, rss-2023-10:16182 and rss-2023-10:26393 (dev): a child and human casualties; and a
   * count of casualties with no "of".
   */
  @Test
  void aPersonsCasualtyStays() {
    assertEquals(
        List.of("casualty=casualties"),
        termsOf(
            "casualties",
            "2023-10-19",
            null,
            "He was accused of posting a video of a doll to claim that a child was a casualty of an"
                + " IDF strike on Gaza."));
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-10-25",
            null,
            "Firearms, broken glass and human casualties of that singular moment were everywhere."));
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-08-04",
            null,
            "The minister said there were likely several casualties after the fire ravaged the"
                + " cottage."));
  }

  /**
   * rss-2023-07:17280 (dev): a crime-fiction roundup whose only fact word is a plot's "family
   * history"; its murders and deaths are fiction.
   */
  @Test
  void aPlotsFamilyHistoryIsNoHistoryBook() {
    assertEquals(
        List.of("Murder=death_verbs|fiction", "died=death_verbs|fiction"),
        termReadingsAt(
            "https://www.theguardian.com/books/2023/jul/14/the-best-recent-and-thrillers-review-roundup",
            "2023-07-14",
            "The best recent crime and thrillers – review roundup",
            "The Second Murderer by Denise Mina; Beware the Woman by Megan Abbott; Murder in the"
                + " Family by Cara Hunter; Black Thorn by Sarah Hilary",
            "However, it gradually becomes clear that unspoken family history simmers beneath the"
                + " pleasant surface, not least the fact that Jed’s mother died giving birth to him."
                + " The novel is a thriller."));
  }

  /** Guard: a review that tells a history keeps its deaths. */
  @Test
  void aReviewOfAHistoryKeepsItsDeaths() {
    assertEquals(
        List.of("died=death_verbs"),
        termReadingsAt(
            "https://www.theguardian.com/books/2023/jul/14/the-best-recent-and-thrillers-review-roundup",
            "2023-07-14",
            "The best recent crime and thrillers – review roundup",
            "A history of the family told like a thriller: his mother died giving birth to him."));
  }

  /**
   * rss-2023-01:29781 and rss-2023-03:11094 (dev): fish and a zoo's species die, no person; guard,
   * rss-2023-08:11210 (dev): people left dead.
   */
  @Test
  void aSpeciesDeathIsAnAnimals() {
    assertEquals(
        List.of(),
        deaths("2023-01-30", "Thousands of dead carp wash up on South Australia’s beaches"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-16",
            "Feds drop probe into Puerto Rico zoo where various species died before getting"
                + " transferred to US sanctuary"));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-08-07",
            null,
            "A boat capsized in the Bay of Bengal, leaving at least 17 people dead and about 30"
                + " missing."));
  }

  /**
   * rss-2023-09:19264, rss-2023-02:36432 and rss-2023-03:41170 (dev): a party's "civil war" is a
   * quarrel, with the party named before or after it.
   */
  @Test
  void aPartysCivilWarIsAQuarrel() {
    assertEquals(
        List.of(),
        wars(
            "2023-09-17",
            "House GOP in 'civil war' over Biden impeachment, looming shutdown: Jeffries"));
    assertEquals(
        List.of(),
        wars(
            "2023-02-20",
            "Rishi Sunak warned he risks new Tory 'civil war' over Northern Ireland Brexit deal"));
    assertEquals(
        List.of(),
        wars(
            "2023-03-30",
            null,
            "Whether wrecking the economy, lying through his teeth or starting a civil war in his own"
                + " party – it’s tempting to invest him with powers."));
  }

  /**
   * Guards, rss-2023-06:29697 (dev): the Chinese civil war the Communist party won; a war a party
   * votes on is not after "civil" (right_after), and keeps the term.
   */
  @Test
  void aCivilWarOfHistoryOrAPartysVoteOnAWarStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-06-19",
            null,
            "In October 1949, the Chinese Communist party won the long civil war, establishing"
                + " primacy over Chinese affairs."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-05-10",
            null,
            "House Republicans voted on more aid as the war in Ukraine enters its second year."));
  }

  /**
   * rss-2023-10:13351, rss-2023-03:40151 and rss-2023-06:35831 (dev): a war to prevent, avoid or
   * avert is one that may come.
   */
  @Test
  void aWarToPreventIsNoWarFought() {
    assertEquals(
        List.of(),
        wars(
            "2023-10-13",
            null,
            "Blinken began a breakneck trip across the Middle East to prevent a wider war."));
    assertEquals(
        List.of(),
        wars(
            "2023-03-27",
            null,
            "Netanyahu put his judicial reform plans on hold, saying he wanted to “avoid civil"
                + " war.”"));
    assertEquals(
        List.of(),
        wars(
            "2023-06-27",
            null,
            "It was the deal with Wagner Group chief Yevgeny Prigozhin that prevented a civil war on"
                + " the streets of Moscow."));
  }

  /**
   * Guards, rss-2023-10:14117, rss-2023-04:40371 and rss-2023-02:34786 (dev): the war being fought,
   * named by its sides or with a determiner, stays.
   */
  @Test
  void preventingTheWarBeingFoughtFromSpreadingStays() {
    assertEquals(
        List.of("war=war"),
        wars("2023-10-12", "FirstFT: US steps up effort to prevent Israel-Hamas war spreading"));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-04-28",
            null,
            "The United Nations atomic energy agency is racing to prevent the war in Ukraine from"
                + " endangering the Zaporizhzhia facility."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-02-24",
            null,
            "It was the doomed settlement that failed to prevent the second world war."));
  }

  /**
   * rss-2023-03:29351, rss-2023-04:39974 and rss-2023-06:16928 (dev): a band, a film and a charity
   * named for war; rss-2023-10:15790 and rss-2023-02:26628 (dev): electric cars and superannuation
   * fought over with no arms; rss-2023-09:13127 (dev): a hypothetical war.
   */
  @Test
  void namesOfWorksAndContestsWithNoArmsAreNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-03-28",
            "‘I was overwhelmed by hope’: music, marriage and mortality with the War and Treaty"));
    assertEquals(
        List.of(),
        wars(
            "2023-04-28",
            null,
            "Gamora (Zoe Saldana), who was killed in Avengers: Infinity War but now exists as a"
                + " time-travelled alt-self."));
    assertEquals(
        List.of(),
        wars(
            "2023-06-12",
            null,
            "The stars, along with various NGOs including War Child UK and Human Rights Watch,"
                + " signed the letter."));
    assertEquals(
        List.of(),
        wars("2023-10-16", "EV wars: US start-up Fisker hopes to crack Chinese market with Ocean"));
    assertEquals(
        List.of(),
        wars(
            "2023-02-20",
            "Treasurer’s pledge to ‘end the super wars’ likely to fuel fears of tax concession"
                + " crackdown"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "war",
            "2023-09-13",
            null,
            "The secretary warned of a conflict with China, and that America \"might even lose\" a"
                + " hypothetical war."));
  }

  /** Guard, rss-2023-10:37751 (dev): a child of a war is no charity. */
  @Test
  void aWarChildStays() {
    assertEquals(
        List.of("war=war"),
        termOrAmbiguous(
            "war",
            "2023-10-19",
            "WHO chief recalls own war child past in peace plea",
            "Tedros spoke of the fighting in Ethiopia he lived through as a boy."));
  }

  /** rss-2023-08:27657 and rss-2023-09:5297 (dev): a death someone thought had happened did not. */
  @Test
  void aDeathSomeoneThoughtHappenedDidNot() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-23",
            "‘I thought I was dead’: Pakistan cable car survivors describe 16-hour ordeal"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-05",
            null,
            "On his 60th birthday earlier this year, Seal thought he had died. Opening the door to a"
                + " friend’s house, the singer was confronted."));
  }

  /**
   * Guards, rss-2023-01:31879, rss-2023-02:30114 and rss-2023-08:15331 (dev): a death thought to
   * have happened, a death after "who", and more deaths than thought all happened.
   */
  @Test
  void aDeathThoughtToHaveHappenedStays() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-01-31",
            null,
            "Laura Winham is thought to have died in her flat in Woking, Surrey, in November 2017."));
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-02-23",
            "Pilot thought instructor who died during flight was 'just joking,' safety report says"));
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-08-18",
            null,
            "Confirmation of claims that many more people than previously thought died during Nazi"
                + " control of the Channel Island has pleased some."));
  }

  /**
   * rss-2023-06:34116 and rss-2023-04:17513 (dev): no reports of casualties are no casualties;
   * guard, rss-2023-07:1989 (dev): "serious casualties" may leave others.
   */
  @Test
  void noReportsOfCasualtiesAreNoCasualties() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-06-18",
            null,
            "A fire broke out in a tower in the city of Ajman city. There were no immediate reports"
                + " of any casualties."));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-04-20",
            null,
            "The quake caused panic but there are no immediate reports of serious damage or"
                + " casualties"));
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-07-03",
            null,
            "The quake had a magnitude of 5.4. There were no immediate reports of serious casualties"
                + " or damage, but aftershocks may still occur."));
  }

  /**
   * rss-2023-09:2452 and rss-2023-07:4748 (dev): fighter jets, the aircraft's word further off in
   * the sentence; guards, rss-2023-01:7399 and rss-2023-02:11271 (dev): an armed group's fighters
   * near a pilot.
   */
  @Test
  void fighterJetsFurtherOffAreNoMilitants() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-09-02",
            "French fighters shot down Italian passenger jet that mysteriously crashed in 1980"));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-07-05",
            null,
            "The British fighters shadowed the Russian Air Force Tu-214SR, a modified passenger"
                + " plane."));
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-01-07",
            null,
            "He confessed he took the lives of 25 Taliban fighters while serving as an Apache"
                + " helicopter pilot in Afghanistan."));
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-02-08",
            null,
            "Separatist fighters in Indonesia’s Papua region have taken a New Zealand pilot"
                + " hostage."));
  }

  /**
   * rss-2023-05:42574 and rss-2023-01:5667 (dev): a court's penalty on lawyers; guard,
   * rss-2023-01:29653 (dev): lawyers who bypass a state's sanctions to help a Putin ally.
   */
  @Test
  void aCourtsPenaltyOnLawyersIsNoStateMeasure() {
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-05-30",
            null,
            "The brief cited cases that do not exist in a New York federal court filing. The"
                + " attorneys involved may face sanctions."));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-01-20",
            null,
            "The judge, in an email to the attorneys, said he \"is considering imposing sanctions for"
                + " frivolous litigation\" over Trump's motion."));
    assertEquals(
        List.of("sanctions=sanctions"),
        termsOf(
            "sanctions",
            "2023-01-24",
            "UK government ‘let lawyers bypass sanctions’ to help Putin ally sue journalist"));
  }

  /**
   * rss-2023-04:33759 and rss-2023-01:26858 (dev): terrorism denied; guard, rss-2023-10:35856
   * (dev): another verb's negation keeps the term.
   */
  @Test
  void terrorismDeniedIsNoTerrorism() {
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-04-26",
            null,
            "Officials said the explosion that struck a counterterrorism facility in Pakistan was not a"
                + " terror attack."));
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-01-30",
            null,
            "Kishore was not a terrorist. He was a cartoonist whose political drawings were"
                + " published online."));
    assertEquals(
        List.of("terror group=terrorism"),
        termsOf(
            "terrorism",
            "2023-10-27",
            null,
            "The representative explains the resolution ‘did not recognise terror group Hamas as"
                + " perpetrator of 7 October attack’."));
  }

  /** rss-2023-05:44838 (dev): "good as dead" is a figure. */
  @Test
  void goodAsDeadIsAFigure() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-31",
            null,
            "Overplay your hand and you’re good as dead; grease the pole too fervently and you’ll"
                + " find yourself stuck."));
  }

  /**
   * rss-2023-07:32778 (dev): a television finale's page on the arts pages tells a plot, as a review
   * does; its deaths are fiction.
   */
  @Test
  void aFinalesPlotIsFiction() {
    assertEquals(
        List.of("killed=death_verbs|fiction"),
        termReadingsAt(
            "https://www.theguardian.com/tv-and-radio/2023/jul/26/secret-invasion-recap-episode-six-its-hard-to-care-about-this-jeopardy-free-finale",
            "2023-07-26",
            "Secret Invasion episode six recap – it’s hard to care about this jeopardy-free finale",
            "The series never explained why the Maw was killed after being ejected from Thanos’s"
                + " ship by Iron Man."));
  }

  /**
   * rss-2023-06:12793, rss-2023-06:4914 and rss-2023-10:38104 (dev): aliens, a privacy invaded and
   * the body's defences are no army's invasion; guard, rss-2023-05:5738 (dev).
   */
  @Test
  void aliensPrivacyAndTheImmuneSystemAreNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-06-05",
            null,
            "It sounds absurd, but what state is the safest to live in if aliens decide to invade the"
                + " earth?"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-06-06",
            null,
            "Prince Harry's lawyers claim his privacy was invaded by Mirror Group newspapers"
                + " throughout his life."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-10-29",
            null,
            "Consisting of a variety of tissues primed to protect us against invaders, the body’s"
                + " immune system is a churning mass of cells."));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-05-04",
            null,
            "Vladimir Putin must face justice for his invasion of Ukraine, Volodymyr Zelenskiy has"
                + " said during a visit to The Hague."));
  }

  /**
   * rss-2023-02:8716 and rss-2023-03:17850 (dev): a death declared in error; guard,
   * rss-2023-03:8749 (dev): of four kidnapped, two found dead and two found alive.
   */
  @Test
  void aDeathDeclaredInErrorIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-05",
            "Woman, 82, is pronounced dead and found breathing three hours later at funeral parlor"));
    assertEquals(
        List.of(), deaths("2023-03-16", "Palestinians declared dead turn out to be alive"));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-03-07", "2 Americans kidnapped in Mexico found dead, 2 found alive"));
  }

  /** rss-2023-01:3196 and rss-2023-06:14494 (dev): a chamber held hostage is a figure. */
  @Test
  void aChamberHeldHostageIsAFigure() {
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "2023-01-05",
            "Newt Gingrich Criticizes Fellow Republicans Taking House 'Hostage'"));
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "2023-06-13",
            null,
            "The conservative rebels have essentially held the floor hostage since last week."));
  }

  /**
   * rss-2023-07:34750 and rss-2023-09:13880 (dev): invasion drills are exercises; a programme held
   * hostage is a figure.
   */
  @Test
  void invasionDrillsAndAProgrammeHeldHostageAreNoTerm() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-07-26",
            "Taiwan Amps Up Chinese-Invasion Drills to Deliver a Message: War Could Happen"));
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "2023-09-19",
            "US Republicans ‘hold hostage’ HIV programme credited with saving 25 million lives"));
  }
}
