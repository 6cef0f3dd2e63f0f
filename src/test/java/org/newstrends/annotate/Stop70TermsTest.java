package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 70 (docs/accuracy-rounds.md, "Stop 70"): term senses from a fresh held-back draw of
 * the dev split and the classes it showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop70TermsTest {

  /**
   * rss-2023-10:36809, rss-2023-04:23731 and rss-2023-05:11626 (dev): a death whose fact is unknown
   * or denied is none.
   */
  @Test
  void aDeathUnknownOrDeniedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-29",
            "‘I don’t know if they are alive or dead’: father’s anxious wait in West Bank as Gaza is"
                + " bombed"));
    assertFalse(
        deaths(
                "2023-04-18",
                null,
                "For two years, Kamlesh Patidar's family have been grappling with the depths of their"
                    + " grief after officials told them he had died from Covid. But, far from being"
                    + " dead, Patidar appeared at his home on Saturday.")
            .contains("dead=death_verbs"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-09", null, "“He said, ‘I am Ché. I am worth more to you alive than dead.’”"));
  }

  /** Guard, rss-2023-01:24084 (dev): a death reported keeps its word. */
  @Test
  void aDeathReportedStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-01-20", "Longtime Fox News Channel executive Alan Komissaroff dead at 47"));
  }

  /**
   * rss-2023-01:31373 and rss-2023-02:12506 (dev): a killing plotted with a kidnapping before it,
   * or sought through a hitman someone tried to hire, kills nobody.
   */
  @Test
  void aKillingPlottedOrSoughtThroughAHitmanIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-26",
            "Louisiana Jeffrey Dahmer copycat sentenced for Grindr dating app scheme to kidnap,"
                + " murder men",
            "Chance Seneca, 21, of Lafayette, Louisiana, was sentenced to 45 years in prison on"
                + " Wednesday for plotting to kidnap and murder gay men through the dating app"
                + " Grindr."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-09",
            "Moment mother-of-five, 43, is arrested for trying to hire dark web hitman to kill"
                + " factory colleague",
            "This is the moment a spurned Helen Hewlett, 43, from King's Lynn, Norfolk, was"
                + " arrested for trying to hire a hitman to kill an ex-lover factory colleague who"
                + " rejected her advances."));
  }

  /**
   * Guards, rss-2023-01:11975 and rss-2023-05:31725 (dev): a hitman hired, and a conspiracy beside
   * the killings it led to.
   */
  @Test
  void aHitmanHiredOrAConspiracyBesideItsKillingsStays() {
    assertEquals(
        List.of("kill=death_verbs", "kill=death_verbs"),
        deaths(
            "2023-01-11",
            "Texas executes former suburban Houston cop who hired hitmen to kill wife",
            "Texas has executed a former suburban Houston police officer for hiring hitmen to kill"
                + " his wife in 1994 during a heated divorce and custody battle."));
    assertEquals(
        List.of("killing=death_verbs", "kill=death_verbs"),
        deaths(
            "2023-05-22",
            null,
            "Lori Vallow Daybell, the Idaho mom convicted of killing her kids and conspiring to"
                + " kill her fifth husband’s first wife"));
  }

  /**
   * reuters:14694 and reuters:18509 (../shared/data/text-dump/reuters21578.txt as TextDumpParser
   * reads it, dev): producers injured by imports, the trade law's injury, and borrowing hurt.
   */
  @Test
  void anIndustryInjuredByImportsOrBorrowingHurtIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "1987-04-13",
            "U.S. AGENCY RULES AGAINST BRAZIL ORANGE JUICE",
            "The ITC found that Brazilian orange juice imports have injured U.S. producers."));
    assertEquals(
        List.of(),
        injuries(
            "1987-10-19",
            "U.S. BANKERS WARN OF EXTENDED STOCK MARKET DROP",
            "U.S. bank executives said if the precipitous fall in the stock market continued it"
                + " could force banks to demand more collateral on stock loans and hurt consumer"
                + " borrowing."));
  }

  /** Guard, rss-2023-05:41696 (dev): soldiers hurt in an article about trade in accusations. */
  @Test
  void soldiersHurtBesideAWordOfTradeStay() {
    assertEquals(
        List.of("hurt=injured"),
        injuries(
            "2023-05-30",
            "Kosovo-Serbia row leaves Nato peacekeepers under attack",
            "The leaders of Kosovo and Serbia trade accusations after Nato soldiers are hurt in"
                + " fierce clashes."));
  }

  /** rss-2023-03:39992 and rss-2023-02:12090 (dev): a war prepared for is one that may come. */
  @Test
  void aWarPreparedForIsNoWarFought() {
    assertEquals(
        List.of(), wars("2023-03-28", "What the U.S. Can Do to Prepare for a War With China"));
    assertEquals(
        List.of(),
        wars("2023-02-09", "North Korea Urges ‘Preparedness for War’ and Displays New Missile"));
  }

  /**
   * Guards, rss-2023-02:12853, rss-2023-01:17838 and rss-2023-02:18782 (dev): the war being fought,
   * prepared for at length or with its sides named.
   */
  @Test
  void aWarBeingFoughtPreparedForStays() {
    assertEquals(
        List.of("war=war"),
        wars("2023-02-09", null, "Russia is preparing for a long war in Ukraine."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-01-16",
            "The US is getting Ukraine ready for a more aggressive war with Russia, training it for"
                + " tank battles and other large-scale combat"));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-02-14",
            null,
            "“We see no signs that President Putin is preparing for peace. What we see is the"
                + " opposite, he is preparing for more war, for new offensives and new..."));
  }

  /**
   * rss-2023-05:10980, rss-2023-03:16705 and rss-2023-05:38484 (dev): a feeling, a death that may
   * come and a contract's money a team still pays.
   */
  @Test
  void aDeathFeltComingOrOnTheSalaryCapIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-08",
            "‘Part of you dies as well’: the toll of caring for loved ones with dementia"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-12",
            null,
            "The former president of Georgia Mikheil Saakashvili has told Sky News he is approaching"
                + " death in the hospital he has been moved to from jail."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-26",
            "DeAndre Hopkins cut loose by Cardinals as team absorbs $22.6m dead cap hit",
            "Team will absorb $22.6m dead salary cap hit for move"));
  }

  /** Guard, rss-2023-09:11812 (dev): a milestone of deaths counted. */
  @Test
  void deathsCountedToAMilestoneStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-09-11",
            "FDNY approaches grim death milestone 22 years after 9/11 sent toxins flying"));
  }

  /**
   * rss-2023-02:576 and rss-2023-05:2752 (dev): no injury reported, with a word of degree for the
   * damage beside it.
   */
  @Test
  void noInjuryBesideMajorDamageIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-02-01",
            null,
            "A strong earthquake with a magnitude of 6.1 shook southeastern Philippines Wednesday,"
                + " but no injuries or major damage were reported immediately."));
    assertEquals(
        List.of(),
        injuries(
            "2023-05-03",
            null,
            "No one was injured and no major damage was caused by the attack, it said."));
  }

  /** Guard, rss-2023-03:38052 (dev): no major injury leaves a minor one. */
  @Test
  void noMajorInjuryStays() {
    assertEquals(
        List.of("injuries=injured"),
        injuries(
            "2023-03-27",
            "WATCH:  Car flips after being hit by flying tire",
            "Police said no major injuries were sustained in the dramatic incident in Los"
                + " Angeles."));
  }

  /** rss-2023-04:26763 (dev): a bull shot dead is an animal's death. */
  @Test
  void aBullKilledIsNoDeathOfAPerson() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-20",
            null,
            "Police say they shot and killed a runaway bull that charged through an English village"
                + " as children were being dropped off at school"));
  }

  /** Guard, rss-2023-09:26542 (dev): a man gored to death by a bull. */
  @Test
  void aManGoredToDeathByABullStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-09-25",
            "Horrifying moment father-of-two, 61, is gored to death by rampaging bull at Spanish"
                + " festival as he frantically tried to escape through railings"));
  }

  /**
   * rss-2023-01:6095 and rss-2023-06:15729 (dev): a person declared or pronounced dead who lives to
   * tell of it, or revives.
   */
  @Test
  void aPersonDeclaredDeadWhoLivesIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-06",
            "Bam Margera says he was pronounced dead and suffered five seizures while hospitalized"
                + " for COVID-19"));
    assertEquals(
        List.of(),
        deaths("2023-06-13", "Ecuadorian woman revives at her wake after being declared dead"));
  }

  /** Guard, rss-2023-01:18333 (dev): a man pronounced dead at the scene. */
  @Test
  void aManPronouncedDeadAtTheSceneStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-01-16",
            null,
            "Michael Holmes, 57, was pronounced dead at the scene and his widow Teresa was airlifted"
                + " to hospital after they crossed a field on a public right of way with the two"
                + " whippets."));
  }

  /** rss-2023-07:21067 and rss-2023-02:7924 (dev): a war risked or faced is one that may come. */
  @Test
  void aWarRiskedOrFacedIsNoWarFought() {
    assertEquals(
        List.of(),
        wars("2023-07-18", "Arresting Putin in South Africa Would Risk War, President Says"));
    assertEquals(
        List.of(),
        wars(
            "2023-02-07",
            "Prospects for peace in Ukraine are diminishing as world faces a wider war: UN chief"));
  }

  /**
   * Guards, rss-2023-03:45297, rss-2023-10:27332 and rss-2023-07:7484 (dev): faces shattered by the
   * war being fought, and that war's next winter or escalation.
   */
  @Test
  void theWarBeingFoughtNearTheseVerbsStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-03-31",
            "How a team of US and Canadian surgeons try to repair faces shattered by war in"
                + " Ukraine"));
    assertEquals(
        List.of("War=war"), wars("2023-10-23", "Putin and Zelenskiy Face a Decisive Winter War"));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-07-07",
            null,
            "President Joe Biden’s plan to send cluster munitions to Ukraine is dangerous for"
                + " civilians and risks escalating war with nuclear-armed Russia"));
  }

  /** rss-2023-03:33684 (dev): a cry for liberty. */
  @Test
  void aCryOfLibertyOrDeathIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-03-23",
            "On this day in history, March 23, 1775, patriot Patrick Henry demands, 'Give me"
                + " liberty or give me death!'"));
  }

  /** rss-2023-01:30118 and rss-2023-04:27784 (dev): a toll of animals, and horses' fatalities. */
  @Test
  void animalsCountedAsCasualtiesAreNoCasualties() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-01-25",
            "Zoo Tampa concerned about manatee death toll: 'It's very disturbing'"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-04-20",
            "Horse racing’s disregard for animal life is appalling | Letters",
            "Karen Meek and Anthony Hill write in response to the three horse fatalities at this"
                + " year’s Aintree festival"));
  }

  /** Guard, rss-2023-02:33602 (dev): a person's fatality from an animals' flu. */
  @Test
  void aPersonsFatalityFromBirdFluStays() {
    assertEquals(
        List.of("fatality=casualties"),
        termsOf(
            "casualties",
            "2023-02-24",
            "Experts say bird flu threat small despite Cambodian fatality"));
  }

  /**
   * rss-2023-04:34611 (dev): no army invaded Taiwan in the years the sense was read on, so there an
   * invasion of Taiwan is one that may come.
   */
  @Test
  void anInvasionOfTaiwanIn2023IsOneThatMayCome() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-04-25",
            null,
            "A Chinese invasion of Taiwan would destroy world trade, and distance would offer no"
                + " protection"));
  }

  /** Guard, rss-2023-07:4157 (dev): the invasion of Ukraine, named near Taiwan. */
  @Test
  void theInvasionOfUkraineNearTaiwanStays() {
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-07-05",
            "Taiwan's Impossible Choice: Be Ukraine or Hong Kong",
            "Taiwan is drawing two opposite lessons from the Russian invasion of Ukraine."));
  }

  /**
   * rss-2023-02:5333 and rss-2023-08:28065 (dev): a win or jobs killed, in a headline written in
   * title case too, end nobody.
   */
  @Test
  void aWinOrJobsKilledAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-04",
            "Fallout from suspected spy balloon kills 'huge propaganda win' for China"));
    assertEquals(
        List.of(), deaths("2023-08-24", "Biden Pushes Electric Vehicles, Which Kill Union Jobs"));
  }

  /** Guard, rss-2023-10:2823 (dev): a man killed by a career criminal. */
  @Test
  void aManKilledByACareerCriminalStays() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-10-03",
            null,
            "A Tennessee business man was shot and killed by a career criminal with a long rap"
                + " sheet while on his way to his 20-year high school reunion, authorities said."));
  }

  /**
   * rss-2023-07:35890 (dev): a bare "enrichment" with no word of the nuclear trade in the article
   * is reported ambiguous, not counted as uranium's.
   */
  @Test
  void anIllicitEnrichmentIsReportedAmbiguous() {
    assertEquals(
        List.of("enrichment=ambiguous:enrichment"),
        termOrAmbiguous(
            "nuclear",
            "2023-07-29",
            "Colombian president’s son arrested in money laundering probe",
            "Nicolas Petro taken into custody on charges of money laundering and illicit"
                + " enrichment."));
  }

  /** Guard, rss-2023-03:5540 (dev): enrichment in an article about the nuclear watchdog. */
  @Test
  void enrichmentWithANuclearWordStays() {
    assertEquals(
        List.of("enrichment=nuclear"),
        termOrAmbiguous(
            "nuclear",
            "2023-03-04",
            "UN nuclear head meets with Iranians amid enrichment concerns",
            "The head of the U.N. nuclear watchdog is meeting with officials in Iran"));
  }

  /**
   * rss-2023-08:26490 and rss-2023-02:28410 (dev): an annexation threatened, planned or that could
   * come is none yet.
   */
  @Test
  void anAnnexationThatMayComeIsNone() {
    assertEquals(
        List.of(),
        termsOf(
            "annexation",
            "2023-08-23",
            "Moscow threatens to annex breakaway regions of neighbour Georgia",
            "Russia's former president Dmitry Medvedev says Moscow could formerly annex two"
                + " breakaway regions of neighbouring Georgia."));
    assertEquals(
        List.of(),
        termsOf(
            "annexation",
            "2023-02-21",
            "Leaked Russian document shows how Putin plans to annex ally Belarus by 2030"));
  }

  /**
   * Guards, rss-2023-02:38538 and rss-2023-08:23346 (dev): regions annexed that will not be given
   * up, and Crimea's annexation.
   */
  @Test
  void anAnnexationThatCameStays() {
    assertEquals(
        List.of("annexed=annexation"),
        termsOf(
            "annexation",
            "2023-02-28",
            null,
            "As Putin asked the FSB to bolster security, Moscow said it is open to peace talks, but"
                + " will not give up annexed regions."));
    assertEquals(
        List.of("annex=annexation"),
        termsOf(
            "annexation",
            "2023-08-20",
            null,
            "Barack Obama's retreat after the chemical bombing of Damascus on August 21, 2013,"
                + " convinced Vladimir Putin that he could annex Crimea and occupy the Donbas with"
                + " impunity six months later"));
  }

  /**
   * rss-2023-05:36862 and rss-2023-04:12449 (dev): a war over Taiwan, in 2023, is one that may
   * come.
   */
  @Test
  void aWarOverTaiwanIn2023IsOneThatMayCome() {
    assertEquals(
        List.of(),
        wars("2023-05-25", "US Confident It Can Win a War Over Taiwan: Admiral Aquilino"));
    assertEquals(
        List.of(),
        wars(
            "2023-04-11",
            "Military exercises suggest China is getting 'ready to launch a war against Taiwan,'"
                + " Taiwanese foreign minister tells CNN"));
  }

  /**
   * Guards, rss-2023-02:31768 and rss-2023-03:28096 (dev): the war in Ukraine and the Chinese Civil
   * War, named near Taiwan.
   */
  @Test
  void anotherWarNamedNearTaiwanStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-02-23",
            "Rep. Mike Gallagher says Ukraine war wake-up call for Taiwan to stockpile weapons"));
    assertEquals(
        List.of("War=war"),
        wars(
            "2023-03-20",
            null,
            "Taiwan's former president Ma Ying-jeou will visit mainland China next week, the first"
                + " such trip by a former Taiwanese leader since the end of the Chinese Civil War in"
                + " 1949."));
  }

  /**
   * rss-2023-01:21861 and rss-2023-10:38698 (dev): a killing tried, with words between the attempt
   * and the verb, killed nobody.
   */
  @Test
  void aKillingTriedWithWordsBetweenIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-18",
            null,
            "A baby girl made a “dramatic” recovery after she was removed from a hospital where a"
                + " nurse allegedly tried twice to kill her, a court has heard."));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-31",
            null,
            "Such violence will not be tolerated and video footages have been obtained of attempts"
                + " being made to kill people by setting them on fire."));
  }

  /** Guard, rss-2023-09:25740 (dev): the murders beside the killings tried. */
  @Test
  void murdersBesideKillingsTriedStay() {
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-09-25",
            null,
            "A former neonatal nurse who was sentenced to life in prison for the murder of seven"
                + " babies in her care and trying to kill six others at a U.K. hospital will face a"
                + " retrial"));
  }

  /**
   * rss-2023-06:1274 and rss-2023-06:29519 (dev): a film's "review bombing" and "wounded
   * politicians" are figures.
   */
  @Test
  void reviewBombingAndWoundedPoliticiansAreFigures() {
    assertEquals(
        List.of(),
        termsOf(
            "airstrike",
            "2023-06-01",
            "The Little Mermaid subjected to ‘review bombing’ with mass negative reactions posted by"
                + " bots"));
    assertEquals(
        List.of(),
        injuries(
            "2023-06-22",
            "'It is usually better for wounded politicians not to expose themselves. Since"
                + " mid-April, Macron has done the opposite'"));
  }

  /** Guard, rss-2023-10:33167 (dev): a politician shot and wounded. */
  @Test
  void aPoliticianShotAndWoundedStays() {
    assertEquals(
        List.of("wounded=injured"),
        injuries(
            "2023-10-27",
            "Pro-Russia politician shot in Crimea attack",
            "A pro-Russia politician has been shot and wounded in a late-night attack in Crimea,"
                + " family and officials have said."));
  }

  /** rss-2023-01:8459 (dev): the Capitol stormed by a crowd is no army's invasion. */
  @Test
  void theCapitolStormedByACrowdIsNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-01-08",
            null,
            "Hundreds of hardcore supporters of Brazil’s former president, Jair Bolsonaro, have"
                + " stormed the country’s congress, presidential palace and supreme court in a"
                + " stunning security breach that was immediately compared to the 6 January invasion"
                + " of the US Capitol by followers of Donald Trump in 2021."));
  }

  /** rss-2023-02:9472 (dev): a murder solicited is one sought. */
  @Test
  void aMurderSolicitedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-08",
            "King's Lynn woman guilty of trying to hire hitman after fling",
            "Helen Hewlett is convicted of soliciting the murder of a man she met at the Linda"
                + " McCartney factory."));
  }

  /** Guard, rss-2023-05:7738 (dev): killings in the sentence after a solicitation of a minor. */
  @Test
  void killingsAfterASolicitationInTheNextSentenceStay() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-05-06",
            "An Oklahoma rapist was released early on good behavior despite new charges that while"
                + " in prison he used an illegal phone to solicit a minor. He then killed his wife, 3"
                + " teen kids, and 2 teen friends."));
  }

  /** rss-2023-10:17786 (dev): "add insult to injuries", the idiom. */
  @Test
  void insultAddedToInjuriesIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-10-15",
            null,
            "Levelling up, the Conservative party’s response to the regional discontent exposed by"
                + " the Brexit referendum, contrived to add insult to injuries already inflicted."));
  }
}
