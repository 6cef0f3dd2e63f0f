package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 85 (docs/accuracy-rounds.md, "Stop 85"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them), with the project's gazetteers. Every
 * mention each rule changes on the dev split was read; each rule has a guard. Paragraphs and guards
 * written for the test say so.
 */
class Stop85TermsTest {

  /** Written for the test: a cue of Israel, so that a bare settlement could be the term. */
  private static final String ISRAEL_CUE =
      "Israel's prime minister spoke to reporters in Jerusalem on Monday.";

  /** Written for the test: a cue of armed force, so that a bare war could be the term. */
  private static final String TROOPS_CUE = "Troops were sent to the border on Monday.";

  /** Written for the test: a cue of war, so that a bare invaded could be the term. */
  private static final String WAR_CUE = "The war in Ukraine was also discussed at the meeting.";

  /**
   * rss-2023-07:32969 and rss-2023-06:4836 (dev): villages on the Russian-Ukrainian front are no
   * Israeli settlements.
   */
  @Test
  void settlementsOnTheUkrainianFrontAreVillages() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-07-24",
            null,
            "The fighting was in the direction of the south-eastern village of Staromayorske, near"
                + " settlements recaptured by Ukraine last month in the Donetsk region.",
            ISRAEL_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-06-01",
            null,
            "Since this morning, settlements in the Shebekino urban district have been under fire"
                + " from the Ukrainian armed forces, the governor wrote.",
            ISRAEL_CUE));
  }

  /** rss-2023-04:4202 (dev): a board game's settlements. */
  @Test
  void aBoardGamesSettlementsAreNoTerm() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-04-04",
            null,
            "He designed the popular Catan board game in which players compete to build settlements"
                + " on a fictional island.",
            ISRAEL_CUE));
  }

  /**
   * rss-2023-05:1200 and rss-2023-10:21037 (dev): a deal's settlement, by its terms or its case.
   */
  @Test
  void aDealsSettlementByItsTermsIsNoTerm() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-05-02",
            null,
            "Sources stress that Tucker Carlson's firing wasn't a condition of the settlement.",
            ISRAEL_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-10-16",
            "Suzanne Somers, Donald Trump investigations, family separation settlement, Belgium"
                + " shooting",
            ISRAEL_CUE));
  }

  /** rss-2023-07:9161 (dev): a militia's outposts on Israel's border are military posts. */
  @Test
  void aMilitiasOutpostsAreNoSettlements() {
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "2023-07-05",
            "Israel Says Iran-Backed Militia Is Setting Up Illegal Outposts",
            "Hezbollah, the Iran-backed militia in southern Lebanon, has set up more than two dozen"
                + " military outposts along the countries' border."));
  }

  /**
   * Guards (rss-2023-02:16610 and rss-2023-06:22775, dev; the military's demolition written for the
   * test): settler outposts, a military that clears them and a West Bank settlement's expansion
   * stay.
   */
  @Test
  void israeliSettlementsAndOutpostsStay() {
    assertEquals(
        List.of("settler=settlements", "outposts=settlements"),
        termsOf(
            "settlements",
            "2023-02-13",
            "Israel legalises nine settler outposts in occupied West Bank"));
    assertEquals(
        List.of("outposts=settlements"),
        termsOf(
            "settlements",
            "2023-02-20",
            null,
            "The Israeli military demolished two illegal outposts in the occupied West Bank on Sunday."));
    assertEquals(
        List.of("settlement=settlements"),
        termsOf(
            "settlements",
            "2023-06-18",
            "Israel to ramp up settlement expansion in occupied West Bank"));
  }

  /**
   * rss-2023-05:35331, rss-2023-01:35188, rss-2023-05:12798 and rss-2023-08:4831 (dev): a life, a
   * university, an anthem or a country entered by a party, an idea or a system of spying.
   */
  @Test
  void aLifeOrAUniversityInvadedByNoArmyIsNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-05-22",
            null,
            "Modern life is, for most people, an absurd joke: your life is being invaded, and you"
                + " have no line of defence to protect yourself.",
            WAR_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-01-30",
            "Fmr Sec of State Mike Pompeo issues a frightening warning, says CCP has invaded"
                + " ‘every major’ US university",
            WAR_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-05-09",
            null,
            "As it happened I was in Germany: in many ways the royal family’s spiritual home,"
                + " even if – in Shilton’s reading of history – it did launch an"
                + " unsuccessful attempt to invade the national anthem in 1939.",
            WAR_CUE));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-08-03",
            null,
            "China's scary spying system has already invaded the US.",
            WAR_CUE));
  }

  /**
   * Guards (written for the test; rss-2023-02:35437, dev): soldiers who invaded and lost their
   * lives, and an army's invasion, stay.
   */
  @Test
  void anArmysInvasionBesideLivesStays() {
    assertEquals(
        List.of("invaded=invasion"),
        termsOf(
            "invasion",
            "2023-02-24",
            null,
            "Thousands of Russian soldiers who invaded Ukraine lost their lives in the first year."));
    assertEquals(
        List.of("invaded=invasion"),
        termsOf(
            "invasion",
            "2023-02-24",
            null,
            "Zelensky blasted Putin's thugs as 'monsters' and 'animals' after they invaded a year"
                + " ago."));
  }

  /**
   * rss-2023-02:6687, rss-2023-07:7076, rss-2023-08:19226 and rss-2023-05:6111 (dev): a virus, a
   * trade or a genre starved, and a shortage of shells, are no famine.
   */
  @Test
  void aBugOrAGenreStarvedIsNoFamine() {
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "2023-02-06",
            "Avoid flat lemonade and don’t starve the bug: what to do when gastro strikes"));
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "2023-07-06",
            "Obesity Drugs Won't Starve These Other Potential Blockbusters"));
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "2023-08-11",
            null,
            "The landscape for hip-hop movies is starved, all things considered."));
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "2023-05-05",
            "Wagner Mercenary Leader Accuses Moscow of Ammunition ‘Famine,’ Prepares to"
                + " Withdraw Bloodied Troops"));
  }

  /** Guard (rss-2023-06:11367, dev): people who starve in a war stay. */
  @Test
  void peopleWhoStarveInAWarStay() {
    assertEquals(
        List.of("Starve=famine"),
        termsOf(
            "famine",
            "2023-06-12",
            "Cut Off From Food and Cash, Sudanese Starve as Fighting Drags On"));
  }

  /**
   * reuters:3140 and reuters:18464 (dev): a market's record since the world war names the period,
   * as stop 67's "post-war low" does; reuters:7768 (dev): a war on the debt front.
   */
  @Test
  void aRecordSinceTheWorldWarAndADebtsWarAreNoWar() {
    assertEquals(
        List.of(),
        wars(
            "1987-03-20",
            null,
            "The dollar had plumbed a post-World War II low of 149.98 yen on January 19.",
            TROOPS_CUE));
    assertEquals(
        List.of(),
        wars(
            "1987-04-08",
            null,
            "Inflation was 4.5 pct in September, compared to seven pct a year ago and a Post World"
                + " War Two peak of 10.7 pct in December 1982.",
            TROOPS_CUE));
    assertEquals(
        List.of(),
        wars(
            "1987-03-12",
            null,
            "A long war of attrition on the debt front lies ahead.",
            TROOPS_CUE));
  }

  /**
   * Guards (reuters:11558 and rss-2023-02:33930, dev): the world war's own system, and a war since
   * it, stay.
   */
  @Test
  void theWorldWarsSystemAndAWarSinceItStay() {
    assertEquals(
        List.of("War=war"),
        wars(
            "1987-04-02",
            null,
            "That does not mean we are ready to restore Bretton Woods (the post-World War Two system"
                + " of fixed exchange rates).",
            TROOPS_CUE));
    assertEquals(
        List.of("war=war", "War=war"),
        wars(
            "2023-02-24",
            null,
            "Russia's invasion of Ukraine one year ago marked the beginning of the deadliest war in"
                + " Europe since World War II."));
  }

  /**
   * rss-2023-02:35364, rss-2023-03:41147, rss-2023-09:29047, rss-2023-03:20867 and
   * rss-2023-07:36369 (dev): a snub, a bank's fall, a flock's name and things likened to death.
   */
  @Test
  void quotedFiguresOfDeathAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-25",
            null,
            "Prince Andrew feels 'betrayed' by successive Prime Ministers who he blames for 'cutting"
                + " him dead'."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-28",
            null,
            "He said it had been decades since a lender had gone from “health to death” within"
                + " a matter of days."));
    assertEquals(
        List.of(),
        deaths("2023-09-15", "A ‘murder of lawyers’ argues about Trump and the 14th Amendment"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-15",
            null,
            "Some, like Hall of Fame quarterback Steve Young, have even likened retirement to"
                + " “death”."));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-25",
            null,
            "Being banned from the country’s super-app has been likened to a “digital"
                + " death”."));
  }

  /**
   * rss-2023-05:40940 and rss-2023-10:38274 (dev): a drug trade's and a lender's scare-quoted wars.
   */
  @Test
  void aDrugTradesAndALendersWarsAreNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-05-30",
            "The 'New Opium War': America's deadly fentanyl invasion could be China's revenge",
            TROOPS_CUE));
    assertEquals(
        List.of(),
        wars(
            "2023-10-30",
            "‘War of money’: can China drag rivals into bankruptcy in a new arms race?",
            TROOPS_CUE));
  }

  /**
   * Guards (rss-2023-02:2933, dev; the second written for the test): a death in quotation marks,
   * and a killing likened to an execution, stay.
   */
  @Test
  void aQuotedDeathAndAKillingLikenedToAnotherStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-02-02",
            null,
            "She denied any involvement after he was found 'tortured to death' in his home."));
    assertEquals(
        List.of("killing=death_verbs"),
        deaths("2023-05-02", null, "Witnesses likened the killing to an execution."));
  }

  /**
   * rss-2023-04:14596, rss-2023-09:24529 and rss-2023-09:485 (dev): a Chinese invasion of "the
   * island" (Taiwan) had not come in the years read, as stop 70's invasion near Taiwan.
   */
  @Test
  void aChineseInvasionOfTheIslandHasNotCome() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-04-11",
            null,
            "Any conflict would not appear like a skirmish and it would all start with a Chinese"
                + " invasion of the island."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-09-20",
            null,
            "China is honing its ability to block the U.S. from responding to an invasion of the"
                + " island."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-09-02",
            "What I just saw in Taiwan is the key to stopping a Chinese invasion"));
  }

  /**
   * Guards (written for the test): China's invasion of Tibet, Turkey's of Cyprus and the US
   * invasion of Okinawa came, and stay.
   */
  @Test
  void aChineseInvasionThatCameStays() {
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-03-10",
            null,
            "Tibetans marked the anniversary of the Chinese invasion of Tibet in 1950."));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-07-20",
            null,
            "Cyprus has been divided since the 1974 Turkish invasion of the island."));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-04-01",
            null,
            "On this day in 1945, US forces began the invasion of the island of Okinawa."));
  }

  /**
   * rss-2023-10:26044, rss-2023-04:29704 and rss-2023-10:37691 (dev): a war feared has not come, as
   * stop 62's war risked.
   */
  @Test
  void aWarFearedHasNotCome() {
    assertEquals(
        List.of(),
        wars(
            "2023-10-19",
            "Rishi Sunak flies to Israel in wake of Hamas terror atrocity as fears of a wider regional"
                + " war grow",
            TROOPS_CUE));
    assertEquals(
        List.of(),
        wars(
            "2023-04-22",
            null,
            "Gaza marked Eid peacefully and in comfort after fears of a new war with Israel."));
    assertEquals(
        List.of(),
        wars("2023-10-29", "Lebanon fears regional war as Hezbollah-Israel fighting intensifies"));
  }

  /**
   * Guards (rss-2023-05:41488 and rss-2023-03:33872, dev): a fear that grows for the war being
   * fought, and a world weary of it, keep the war.
   */
  @Test
  void aFearForTheWarBeingFoughtStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-05-27",
            null,
            "Fighting in recent days has stopped aid getting to civilians, as fears grow war will"
                + " escalate.",
            TROOPS_CUE));
    assertEquals(
        List.of("War=war"),
        wars(
            "2023-03-24",
            "US Fears a War-Weary World May Embrace China’s Ukraine Peace Bid",
            TROOPS_CUE));
  }

  /**
   * rss-2023-09:31092, rss-2023-03:33270 and rss-2023-10:14701 (dev): casualties feared, risked or
   * possible have not come.
   */
  @Test
  void casualtiesFearedOrRiskedHaveNotCome() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-09-28",
            null,
            "A huge fireball erupts above Tashkent amid fears of mass casualties, with buildings"
                + " destroyed."));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-03-25",
            "Russia Risks More Casualties If It Pulls Old Tanks From Storage: ISW"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-10-13",
            null,
            "Vladimir Putin expressed concerns about the potential civilian casualties during an"
                + " Israeli ground offensive in Gaza."));
  }

  /**
   * Guards (rss-2023-10:12623, dev; the second written for the test): casualties to be minimised,
   * and casualties after a clause that names a risk, stay.
   */
  @Test
  void casualtiesOfAWarBeingFoughtStay() {
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-10-15",
            null,
            "Joe Biden urged Israel's prime minister to minimize civilian casualties in the Gaza"
                + " Strip."));
    assertEquals(
        List.of("casualties=casualties"),
        termsOf(
            "casualties",
            "2023-10-15",
            null,
            "The offensive carries risks, and casualties have mounted."));
  }

  /**
   * rss-2023-01:35005 and rss-2023-02:11251 (dev): a war or casualties given odds or a likelihood
   * have not come.
   */
  @Test
  void aWarOrCasualtiesGivenOddsHaveNotCome() {
    assertEquals(
        List.of(), wars("2023-01-29", "‘Very high’ odds of war with China, US Republican warns"));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-02-08",
            null,
            "“We assess that the likelihood of large-scale British casualties remains low,”"
                + " James Cleverly said."));
  }

  /** rss-2023-06:15170 and rss-2023-08:26254 (dev): a scream's idiom and a verse are no death. */
  @Test
  void aScreamOfBloodyMurderAndTheWagesOfSinAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-18",
            null,
            "A human skull rolled out into my lap. I screamed bloody murder. My mum’s first"
                + " reaction was: do we put it on eBay?"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-28",
            null,
            "She’ll remind you that life is hard and the wages of sin is death."));
  }

  /** Guard (rss-2023-09:9323, dev): a bloody murder itself stays. */
  @Test
  void aBloodyMurderStays() {
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-09-05",
            null,
            "She will spend up to 22 years in prison for the bloody murder of her boyfriend inside a"
                + " carpark."));
  }

  /**
   * rss-2023-10:33759, rss-2023-10:31589 and rss-2023-10:15401 (dev): an invasion whose cost or
   * course is foretold had not come.
   */
  @Test
  void anInvasionForetoldHasNotCome() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-10-25",
            "Saudi Arabia Warns U.S.: Israeli Invasion of Gaza Could Be Catastrophic"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-10-27",
            null,
            "Qatar mediated the release of four hostages so far, but says an Israeli invasion could"
                + " jeopardise efforts for more."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-10-14",
            null,
            "The Israeli government isn’t ready for the fallout from the massive invasion that"
                + " could come at any hour."));
  }

  /**
   * Guards (rss-2023-04:5952 and rss-2023-03:29709, dev): Russia's invasion, and the US-led one in
   * Iraq, came, whatever is said of them.
   */
  @Test
  void anInvasionThatCameStaysWhateverIsSaidOfIt() {
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-04-04",
            null,
            "In a rare show of humility, Clinton admitted Russia's illegal invasion would never have"
                + " happened if the Ukrainians had been allowed to keep their weapons."));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-03-20",
            "The chaos I feared a US-led invasion would unleash has destroyed the country I hail"
                + " from",
            "Twenty years on, Iraq is still living with the consequences."));
  }

  /**
   * rss-2023-07:29043 and rss-2023-02:23255 (dev): a film or a novel of the world war, its number
   * between, as round 15's "war film".
   */
  @Test
  void aWorldWarFilmOrNovelIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-07-24",
            "On this day in history, July 24, 1998, World War II epic 'Saving Private Ryan' debuts in"
                + " theaters",
            TROOPS_CUE));
    assertEquals(
        List.of(),
        wars(
            "2023-02-17",
            null,
            "In Edward Berger's film of Erich Maria Remarque's 1928 World War I novel, that place is"
                + " the toilet.",
            TROOPS_CUE));
  }

  /** Guard (written for the test): a war put "on film" stays. */
  @Test
  void aWarAndAFilmOfItStay() {
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-07-24",
            null,
            "Ukrainian directors are putting the war on film as it is fought.",
            TROOPS_CUE));
  }
}
