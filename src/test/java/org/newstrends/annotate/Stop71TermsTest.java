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
 * Issue 9, stop 71 (docs/accuracy-rounds.md, "Stop 71"): term senses from a fresh held-back draw of
 * the dev split and the classes it showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop71TermsTest {

  /** rss-2023-06:9317 and rss-2023-04:36593 (dev): a series and a song are titles, no killing. */
  @Test
  void aSeriesAndASongNamedForAKillingAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-08",
            "Killing Eve star Jodie Comer halts Broadway show due to wildfire smoke",
            "Jodie Comer left the stage saying she had trouble breathing due to poor air caused by"
                + " Canada fires."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-26",
            null,
            "With her revenge anthem Kill Bill hitting US No 1 this week, the SOS singer brings"
                + " something far more intense than the easily digestible break-up songs of Miley"
                + " Cyrus and co"));
  }

  /**
   * rss-2023-06:36648, rss-2023-08:28664 and rss-2023-04:13141 (dev): the death of a deal or a
   * campaign, and a brand killed, are their ends.
   */
  @Test
  void theDeathOfADealOrACampaignAndABrandKilledAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-28",
            null,
            "By and large, if there is one thing that the world absolutely does not need any more"
                + " of, it’s podcasts. And yet the death of Prince Harry and the Duchess of Sussex’s"
                + " Spotify deal – as public and messy as it was – has by all accounts deprived us of"
                + " an absolute corker."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-24",
            "Trump adviser Jason Miller: 'We saw the death of Ron DeSantis’s campaign tonight'"));
    assertEquals(
        List.of(),
        deaths("2023-04-11", "GREG GUTFELD: This partnership may have killed Bud Light's brand"));
  }

  /** Guard, rss-2023-04:9699 (dev): a death with a deal past a clause's "as" keeps its term. */
  @Test
  void aDeathWithADealInTheNextClauseStays() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-04-08",
            "Texas school district on third fentanyl overdose death as police make fourth arrest"
                + " connected with drug deals"));
  }

  /**
   * reuters:14925, reuters:17480, reuters:1419 and reuters:6938
   * (../shared/data/text-dump/reuters21578.txt as TextDumpParser reads it, dev): a die is a tool;
   * germs and a disease killed, and a forest's death, are no person's death.
   */
  @Test
  void toolsGermsAndForestsAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "1987-04-17",
            null,
            "Ford said in addition, extrusion dies cost 1,000 to 12,000 dlrs each, compared with"
                + " hundreds of thousands of dollars for steel stamping dies, and using extruded"
                + " aluminum the number of welds in a car could be reduced to about 40 from over"
                + " 2,000."));
    assertEquals(
        List.of(),
        deaths(
            "1987-06-29",
            null,
            "New Generation said Personal Protection is developing a group of personal care"
                + " products, which are effective in killing a variety of viruses and bacteria on"
                + " contact, for U.S. and export markets."));
    assertEquals(
        List.of(),
        deaths(
            "1987-03-04",
            null,
            "\"The RRI is considering asking estates to remove the trees seriously affected by the"
                + " fungus because it was too late to use chemicals to kill the disease,\" an"
                + " Institute spokesman said."));
    assertEquals(
        List.of(),
        deaths(
            "1987-03-20",
            null,
            "The death of the world's tropical rain forests could trigger a new debt crisis and"
                + " social and biological disasters, scientists and ecologists involved with the"
                + " International Tropical Timber Organisation (ITTO) said."));
  }

  /** Guard, rss-2023-01:9807 (dev): people killed by a virus stay. */
  @Test
  void peopleKilledByAVirusStay() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
                "2023-01-09",
                null,
                "9/11’s death toll was a fraction of Covid’s, but there will probably be no comparable"
                    + " memorial for the over 40,000 New Yorkers killed by the virus")
            .stream()
            .filter(m -> m.startsWith("killed"))
            .toList());
  }

  /**
   * reuters:15123, reuters:8855, reuters:18380, reuters:15489 and reuters:15356 (dev): business's
   * figures of a dead issue, the messenger killed, a plan killed, and an insurer's death benefit.
   */
  @Test
  void businessFiguresAndADeathBenefitAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "1987-04-24",
            null,
            "In any event, the general belief now is that the five pct sales tax, as championed by"
                + " Nakasone, is a dead issue but that an indirect tax, in another form, will be"
                + " introduced by the LDP."));
    assertEquals(
        List.of(),
        deaths(
            "1987-03-25",
            null,
            "The Glass-Steagall Act separating banking and securities activities in the U.S. is all"
                + " but dead following decisions by federal and state authorities, the chairman of"
                + " Bankers Trust Co asserted."));
    assertEquals(
        List.of(),
        deaths(
            "1987-10-20",
            null,
            "\"All Mr. Baker did was to mention the obvious in public, so making him responsible for"
                + " it was a little like killing the messenger,\" he said."));
    assertEquals(
        List.of(), deaths("1987-06-01", null, "Variable life guarantees a fixed death benefit."));
    assertEquals(
        List.of(),
        deaths(
            "1987-04-27",
            null,
            "The accord, offered by House Speaker Kenzaburo Hara, virtually killed the"
                + " Nakasone-sponsored plan, but left room for future tax reform plans, political"
                + " analysts said."));
  }

  /** Guard, rss-2023-04:33415 (dev): a suspect's plans after a killing leave the killing. */
  @Test
  void aKillingBeforeASuspectsPlansStays() {
    assertEquals(
        List.of("Killing=death_verbs"),
        deaths(
            "2023-04-25", "Suspect in Cash App Founder Bob Lee's Killing Plans 'Not Guilty' Plea"));
  }

  /**
   * rss-2023-02:32131 and rss-2023-09:33716 (dev): cattle slaughtered, and the lamb's idiom, are no
   * person's death.
   */
  @Test
  void animalsSlaughteredAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-23",
            "New Mexico ranchers urge judge to halt 'aerial slaughter' of 150 wild cattle"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-30",
            "Lamb to the slaughter: 30 sheep are torn apart in 'horrific' attack by a pair of"
                + " escaped dogs in Warwickshire"));
  }

  /**
   * reuters:8249 (dev) and rss-2023-10:9230 (dev): "warfare" naming equipment or a course is no
   * war.
   */
  @Test
  void warfareNamingEquipmentOrTrainingIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "1987-03-24",
            null,
            "Eaton Corp's AIL Division has received a 53.0 mln dlr contract for jamming system work"
                + " for the EA-6B electronic warfare aircraft, the Navy said."));
    assertEquals(
        List.of(),
        wars(
            "2023-10-09",
            "Actress Tara Reid says grueling warfare training renewed her admiration for US"
                + " military"));
  }

  /** Guard, rss-2023-08:4428 (dev): electronic warfare units on a battlefield stay. */
  @Test
  void warfareUnitsOnABattlefieldStay() {
    assertEquals(
        List.of("warfare=war"),
        wars(
            "2023-08-04",
            null,
            "Ukrainian and Russian electronic warfare units are trying to gain the upper hand on the"
                + " battlefield."));
  }

  /**
   * reuters:17265, rss-2023-03:15012 and rss-2023-08:19637 (dev): a truce over a budget, trade or a
   * price war is no ceasefire.
   */
  @Test
  void aTruceOverABudgetTradeOrPricesIsNoCeasefire() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "ceasefire",
            "1987-06-19",
            "U.S. BUDGET DUE FOR APPROVAL, TRUCE POSSIBLE",
            "But when the dust settles, congressional budget analysts say, Reagan and the Democratic"
                + " opposition may finally sit down at a \"budget summit\" to call a truce and work"
                + " out a deal over implementing the budget he opposes."));
    assertEquals(
        List.of(),
        termsOf(
            "ceasefire",
            "2023-03-10",
            "Biden and EU’s Von Der Leyen Seek Truce on Trade: What to Watch",
            "President Joe Biden and European Commission leader Ursula von der Leyen will likely"
                + " make their meeting at the White House on Friday convivial, despite trade tensions"
                + " and the pressure of the war in Ukraine."));
    assertEquals(
        List.of(),
        termsOf(
            "ceasefire",
            "2023-08-17",
            "Tesla Cuts Prices in China as Price-War Truce Fails",
            "The EV maker looks to maximize sales volume even if it means lower profit margins, as"
                + " it faces fierce competition from Chinese rivals."));
  }

  /**
   * reuters:14957, reuters:14260, reuters:12364, reuters:6606 and reuters:17838 (dev): a state of
   * siege, a price's resistance, refugee settlements in Beirut, a canal's toll and a nation starved
   * of services are none of their terms.
   */
  @Test
  void reutersSenseOfSiegeResistanceSettlementsTollAndStarvation() {
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "1987-04-17",
            "ARGENTINE GOVERNMENT TO SEEK STATE OF SIEGE",
            "The Argentine government will ask congress to declare a state of siege following a"
                + " rebellion by army officers."));
    assertEquals(
        List.of(),
        termsOf(
            "resistance",
            "1987-04-13",
            null,
            "Dealers said there was resistance around 440.00 but with sentiment still firm some"
                + " traders believe the rally may even take gold as high as 500 dlrs.",
            "The Gulf war and troops in the region kept buyers in the market."));
    assertEquals(
        List.of(),
        termsOf(
            "settlements",
            "1987-04-07",
            null,
            "BEIRUT - Rescue workers planned to evacuate wounded from Palestinian refugee"
                + " settlements in Beirut in a bid to relieve the plight of the besieged community,"
                + " Palestinian sources said."));
    assertEquals(
        List.of(),
        termsOf("casualties", "1987-03-19", "PANAMA CANAL OFFICIAL CONFIRMS NO 1988 TOLL RISE"));
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "1987-10-20",
            null,
            "And if we starve the nation of essential services, there may be no one around to"
                + " honour the debt."));
  }

  /** Guard, rss-2023-07:19297 (dev): a storm's toll near a tunnel stays a toll of the dead. */
  @Test
  void aStormsTollNearATunnelStays() {
    assertEquals(
        List.of("toll=casualties"),
        termsOf(
            "casualties",
            "2023-07-17",
            "13 found dead in flooded tunnel as South Korean storm toll rises to 40"));
  }

  /**
   * reuters:3187, reuters:15227, reuters:8639 and reuters:11433 (dev): "sanctioned" as approved,
   * and a regulator's sanctions, are no state's measures.
   */
  @Test
  void approvalsAndARegulatorsPenaltiesAreNoSanctions() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "sanctions",
            "1987-03-11",
            null,
            "After stifling pressure for a rate cut last week, the authorities finally sanctioned a"
                + " base rate reduction on Monday, following it up with the announcement of the one"
                + " billion stg bond issue."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "sanctions",
            "1987-04-24",
            null,
            "The case involved charges that Atcor acted improperly in opposing Indian Head's attempt"
                + " to have its plastic electrical conduit sanctioned by the National Fire Protection"
                + " Association under the 1981 National Electrical Code, it said."));
    assertEquals(
        List.of(),
        termsOf("sanctions", "1987-03-25", "SEC SANCTIONS ACCOUNTANTS KMG MAIN HURDMAN"));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "1987-04-02",
            null,
            "North East Insurance Co said due to the magnitude of its losses in 1986 and 1985, it may"
                + " be found in violation of minimum capital and surplus requirements by officials in"
                + " Maine and New York and be subject to sanctions and administrative actions in"
                + " those and other states."));
  }

  /** reuters:12228 and reuters:13494 (dev): fighters ordered or intercepting are aircraft. */
  @Test
  void fightersOrderedOrInterceptingAreAircraft() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "1987-04-07",
            null,
            "The sources said the last six of 20 fighters ordered by Cairo in 1983 were being held"
                + " back, although the contract is expected to be completed in the near future."));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "1987-04-08",
            null,
            "The Defense Ministry said the Turkish intrusions took place over the islands of Chios,"
                + " Samos, Lesbos and Lemnos. The planes were identified and intercepted by Greek"
                + " fighters, it said."));
  }

  /**
   * rss-2023-10:13547, rss-2023-07:24097, rss-2023-05:26829, rss-2023-09:21801, rss-2023-10:36829
   * and rss-2023-03:34828 (dev, from the reading of every scare-quoted death word): whoever says
   * "kill me" or "I'm dead" is alive; a slogan wishes death; a death foreseen, one that should not
   * come and democracy killed are none.
   */
  @Test
  void spokenFiguresSlogansAndForeseenDeathsAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-12",
            "Tom Brady jokes about NFL comeback tease on podcast, says family would 'kill me'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-20",
            "'I'm Dead.' A Tour de France Duel Turns Into a Soul-Crushing Smackdown"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-18",
            null,
            "Thousands waved blue and white flags while some in the parade chanted racist slogans"
                + " such as ‘Death to Arabs’"));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-19",
            "Ohio Democrat makes alarming remark about Biden's viability: 'Death is imminent' at his"
                + " age"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-29",
            null,
            "Lukashenko said that Ukraine’s demands for Russia to quit its territory needs to be"
                + " resolved at the negotiating table “so nobody dies”."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-24",
            null,
            "Opposition leaders condemn Gandhi's disqualification and accuse PM Narendra Modi's"
                + " government of 'killing democracy'."));
  }

  /**
   * Guards, rss-2023-06:25533 and rss-2023-01:23404 (dev): a death confirmed "to" a newspaper, and
   * a death from cancer every thirty minutes, stay.
   */
  @Test
  void aDeathConfirmedToANewspaperAndADeathEveryHalfHourStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-06-20",
            null,
            "A representative for English actor Paxton Whitehead confirmed his death to Fox News"
                + " Digital."));
    assertEquals(
        List.of("dies=death_verbs"),
        deaths("2023-01-19", null, "In the UK, someone dies from bowel cancer every 30 minutes."));
  }

  /**
   * rss-2023-04:33996, rss-2023-03:37935 and rss-2023-10:19046 (dev, from the reading of every
   * scare-quoted war, invasion, injury and hostage mention): a swarm of mayflies, a country held
   * "nuclear hostage" and injured feelings are none of their terms.
   */
  @Test
  void mayfliesANuclearHostageAndInjuredFeelingsAreNoTerms() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-04-25",
            "'Invasion': Massive swarm of mayflies stuns residents at NC lake"));
    assertEquals(
        List.of(),
        termsOf(
            "hostage",
            "2023-03-26",
            "Russia accused of taking Belarus ‘nuclear hostage’ with deal to station missiles"
                + " there"));
    assertEquals(
        List.of(),
        termsOf(
            "injured",
            "2023-10-16",
            "'Woke' museum may have broken the law by paying its former boss £50,000 for 'injured"
                + " feelings' in a £325,000 settlement, report finds"));
  }

  /**
   * rss-2023-07:3803 (dev): a count with digit groups between a killing and its animals no longer
   * hides them (matcher, stop 71: a number's digit-group comma is no comma for {@code not_across}).
   */
  @Test
  void animalsCountedInThousandsAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-04",
            null,
            "Thames Water has been fined £3.3m for a “reckless” incident in which millions of litres"
                + " of undiluted sewage was pumped into rivers near Gatwick, killing 1,700 fish."));
  }

  /** Guard, reuters:8421 (dev): soldiers counted in thousands stay killed. */
  @Test
  void soldiersCountedInThousandsStay() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "1987-03-25",
            null,
            "Chad's military high command said today troops killed 1,269 Libyan soldiers in routing"
                + " a 5,000-strong force to capture Tripoli's major air base in northern Chad on"
                + " Sunday."));
  }

  /**
   * rss-2023-04:14693, rss-2023-05:40370, rss-2023-06:5065 and rss-2023-10:36547 (dev, from a count
   * of the word after every kill word): ants killed, a day to kill, a handout killed and a ruin
   * foretold are no deaths.
   */
  @Test
  void antsADayToKillAHandoutAndARuinForetoldAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-12",
            "California doctor accused in Drano poison plot wanted to kill ants, not estranged"
                + " husband: report"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-28",
            null,
            "I started in Split, for a week of island hopping. My family and I had a day to kill"
                + " there before our afternoon ferry"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-05",
            "AOC says Supreme Court 'corruption' will kill Biden student loan handout"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-29",
            null,
            "Florida Governor Ron DeSantis warned over then weekend that the U.S. needed to take its"
                + " political correctness problem seriously — otherwise the woke mindset will be the"
                + " death of the country"));
  }

  /**
   * rss-2023-07:9792 and rss-2023-06:33631 (dev): a senator's and a protest's blockade are no
   * siege.
   */
  @Test
  void aSenatorsOrAProtestsBlockadeIsNoSiege() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-07-10",
            "Senator stalls US military promotions in anti-abortion standoff",
            "Senator Tommy Tuberville has blockaded nearly 265 military confirmations to protest the"
                + " Pentagon's abortion stance."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-06-26",
            null,
            "A police vehicle blocks a downtown street to prevent trucks from joining a blockade of"
                + " truckers protesting vaccine mandates near the Parliament Buildings on February 15,"
                + " 2022 in Ottawa."));
  }

  /** Guard, rss-2023-01:12935 (dev): Karabakh's blockade by "eco-activists" stays a siege. */
  @Test
  void aBlockadeByEcoActivistsOfABreakawayRegionStays() {
    assertEquals(
        List.of("blockade=siege"),
        termsOf(
            "siege",
            "2023-01-12",
            "Vital supplies dwindle as 'eco-activists' blockade a breakaway region guarded by"
                + " Russia"));
  }

  /**
   * rss-2023-04:6457, rss-2023-07:24903 and rss-2023-08:20588 (dev, held-back draw 6599): a game's
   * title, a pun and tourists are no war and no invasion.
   */
  @Test
  void aGameAPunAndTouristsAreNoWarOrInvasion() {
    assertEquals(
        List.of(),
        wars(
            "2023-04-05",
            null,
            "The biggest selling games were Fifa 23 and Call of Duty: Modern Warfare 2, surprising"
                + " … exactly no one."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-07-20",
            "World War Woke: Edinburgh castle face calls to have 'upsetting' swastika removed... from"
                + " war museum where it is part of a display"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-08-17",
            null,
            "Those areas are being invaded, mostly in the summer months, by tourists who not only"
                + " wear swimsuits, but also have a very disrespectful attitude."));
  }

  /**
   * rss-2023-04:29594, rss-2023-10:5133 and rss-2023-02:35702 (dev, held-back draw 6600 and the
   * reading after it): a goanna killed, a prime minister's political death and Brexit's wars are
   * none of their terms.
   */
  @Test
  void aGoannaAPoliticalDeathAndBrexitsWarsAreNoTerms() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-21",
            "Students from prestigious King’s School spark outrage after killing goanna on school"
                + " camp"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-04",
            null,
            "If party members were watching the prime minister’s slow political death, it was the"
                + " rest of us who were begging to be put out of our misery."));
    assertEquals(
        List.of(),
        wars(
            "2023-02-25",
            null,
            "Rishi Sunak has found out the hard way what it is like to become embroiled in the cycle"
                + " of the Brexit forever wars."));
  }

  /**
   * rss-2023-01:9851 and rss-2023-05:3966 (dev, a count of the phrases around the death words), and
   * rss-2023-07:27934 (dev, a draw of injury mentions): the death penalty killed, a dead season and
   * wounded souls are no deaths and no injuries.
   */
  @Test
  void aPenaltyKilledADeadSeasonAndWoundedSoulsAreNoTerms() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-09",
            "Zambia has killed the death penalty, but other rights remain on death row"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-03",
            null,
            "Incessant hard work was his calling card as a player but he sees too little sacrifice in"
                + " a squad staggering to the end of a dead season"));
    assertEquals(
        List.of(),
        injuries(
            "2023-07-23",
            "Faith can move mountains and topple LA’s homelessness crisis",
            "The problem isn't just a lack of housing. We need to repair wounded souls."));
  }

  /**
   * rss-2023-06:30471, rss-2023-03:25779 and rss-2023-02:36932 (dev, held-back draws 6597 and
   * 6602): an idea "is dead", and a war for a sport's soul, are figures.
   */
  @Test
  void anIdeaThatIsDeadAndAWarForASoulAreFigures() {
    assertEquals(
        List.of(),
        deaths(
            "2023-06-23",
            null,
            "Who says bipartisanship is dead? Following their debt ceiling deal, Democratic and"
                + " Republican lawmakers are quietly coming together."));
    assertEquals(List.of(), deaths("2023-03-17", "TSMC Founder: Chip Globalization Is Dead"));
    assertEquals(
        List.of(),
        wars(
            "2023-02-27",
            "A 'political thriller' filled with personal betrayals. The inside story of the Super"
                + " League and the war for soccer's soul"));
  }

  /**
   * rss-2023-07:28422, rss-2023-09:13994, rss-2023-06:13106 and rss-2023-02:21316 (dev, a count of
   * names around the death words): a song's genre, a show, a plant and a mushroom's prey are no
   * deaths.
   */
  @Test
  void aSongsGenreAShowAPlantAndPreyAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-07-23",
            null,
            "Inspired by the American murder ballad, a genre of traditional folk songs in which"
                + " women are often the victims."));
    assertEquals(List.of(), deaths("2023-09-12", "Murder, She Wrote movie version on the way"));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-10",
            null,
            "A member of the carrot family, it has pale, tuberous roots – dead man’s finger."
                + " Foragers beware!"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-15",
            null,
            "But the oyster mushroom is a full-bloodied carnivore that feeds on roundworms, killing"
                + " its prey using a nerve gas."));
  }

  /**
   * rss-2023-10:7038 (dev, held-back draw 6603) and rss-2023-05:15502 (dev): a death declared on a
   * fake certificate, and engines killed, are no deaths.
   */
  @Test
  void aDeathDeclaredOnAFakeCertificateAndEnginesKilledAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-06",
            null,
            "The constable, Manoj Kumar, applied for a job in the UP police recruitment board using"
                + " a different name after being declared dead based on a fake certificate."));
    assertEquals(
        List.of(), deaths("2023-05-11", "This exotic Italian automaker is killing its V8 engines"));
  }

  /**
   * rss-2023-06:16362, rss-2023-09:17972 and rss-2023-05:39514 (dev, draws of massacre and famine
   * mentions, seed 6604): koalas and bees massacred, and a guest's hunger at lunch, are none of
   * their terms.
   */
  @Test
  void animalsMassacredAndAGuestsHungerAreNoTerms() {
    assertEquals(
        List.of(),
        termsOf(
            "massacre",
            "2023-06-13",
            "Koala massacre: MP Georgie Purcell says details about Alcoa deaths being 'covered up'"));
    assertEquals(
        List.of(),
        termsOf(
            "massacre",
            "2023-09-15",
            "Invasion of the killer Asian hornets: Beekeeper's business is wiped out after foreign"
                + " insects massacred thousands of his bees"));
    assertEquals(
        List.of(),
        termsOf(
            "famine",
            "2023-05-27",
            null,
            "Alan Carr, plate in left hand, cutlery in right, is perusing the lunch spread. He’s"
                + " starving. Absolutely starving."));
  }

  /**
   * rss-2023-08:26240 and rss-2023-10:21145 (dev, a count of the word before every dead, dies and
   * died): an idea and vegetation that die are no person's death.
   */
  @Test
  void anIdeaAndVegetationThatDieAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-22",
            null,
            "Schoolteacher-by-day Tothill’s foppish persona is a delight and his thesis, that"
                + " hedonism died with the Reformation, is convincing"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-17",
            "China food security: advanced rice thriving where most vegetation dies – the salt"
                + " deserts of Xinjiang"));
  }

  /**
   * rss-2023-03:12212, rss-2023-05:23239, rss-2023-06:9029 and rss-2023-04:23253 (dev, a count of
   * the word after "war on", "war with" and the like): a party at war with itself, a weed, the
   * tabloids and Disney are no wars.
   */
  @Test
  void aPartyAtWarWithItselfAWeedTheTabloidsAndDisneyAreNoWars() {
    assertEquals(
        List.of(), wars("2023-03-08", "SNP leadership debate exposed a party at war with itself"));
    assertEquals(List.of(), wars("2023-05-16", "The war on Japanese knotweed"));
    assertEquals(
        List.of(),
        wars(
            "2023-06-07",
            null,
            "Prince Harry’s war with the tabloid press this week became a courtroom battle."));
    assertEquals(
        List.of(),
        wars(
            "2023-04-18",
            "Trump calls DeSantis' war with Disney 'unnecessary,' says he needs to 'work on squatter"
                + " MESS'"));
  }

  /**
   * Guards, reuters:17705 and rss-2023-02:1266 (dev): "the war itself", and a war with "itself" in
   * the next clause, stay wars.
   */
  @Test
  void theWarItselfStays() {
    assertEquals(
        List.of("war=war"),
        wars(
            "1987-06-29",
            "U.S. REASSERTS PLANS FOR DETERRENT ROLE IN GULF",
            "The United States responded to an apparent escalation of Iranian rhetoric with continued"
                + " assurances that its expanded military force in the Gulf would play purely a"
                + " deterrent role.",
            "\"I can only emphasize that our role there is deterrent, that we're going to be"
                + " assuring safety for American shipping and that that shipping is not related to"
                + " the war itself,\" State Department spokesman Charles Redman told reporters."));
    assertEquals(
        List.of("war=war"),
        wars(
            "2023-02-01",
            null,
            "Oleksiy Danilov, Secretary of the National Security and Defence Council of Ukraine,"
                + " warned Russia is preparing for a 'maximum escalation' of the war as Kyiv braces"
                + " itself for Moscow's offensive."));
  }

  /**
   * rss-2023-02:28073, rss-2023-10:34669 and rss-2023-08:6737 (dev, a count of the word after every
   * invasion word): a pig, a pitch and shop chains invade no country.
   */
  @Test
  void aPigAPitchAndShopChainsAreNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-02-20",
            null,
            "Northern states on alert for invasion of cross-bred pig that threatens flora and fauna"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-10-27",
            null,
            "The best of this week’s wildlife photographs, including a sandwich-eating bear, an"
                + " unexpected aerial invasion of the pitch at the cricket World Cup"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-08-06",
            "Pioneertown fears invasion of corporate chains could destroy historic character of town"
                + " built as a Wild West movie set in 1946"));
  }

  /**
   * rss-2023-02:3287, rss-2023-06:14494 and rss-2023-06:24931 (dev, a count of the word after every
   * occupation and siege word): owner-occupiers, a House floor blockade and a country besieged by a
   * campaign are none of their terms.
   */
  @Test
  void ownerOccupiersAFloorBlockadeAndACampaignsSiegeAreNoTerms() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "occupation",
            "2023-02-02",
            null,
            "While UK mortgage buyers have traditionally favoured fixed-rate deals, about 1.7 million"
                + " owner-occupiers holding mortgages are still on tracker deals."));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-06-12",
            "GOP conservatives say they’ll end House floor blockade — for now"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-06-19",
            null,
            "With the US besieged by a rightwing culture war campaign that aims to strip away rights"
                + " from LGBTQ+ people"));
  }

  /**
   * rss-2023-01:6355, rss-2023-05:26187, rss-2023-08:29289 and rss-2023-08:33435 (dev, held-back
   * draw 6606 and the idioms of its kind): a trader's killing, a debt deadline, penguin chicks and
   * a democracy's death rattle are no deaths.
   */
  @Test
  void aTradersKillingADeadlineChicksAndADeathRattleAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-06",
            "Traders who bet against stocks made a killing in 2022, as short sellers netted $300"
                + " billion"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-18",
            null,
            "Former White House aide Mick Mulvaney said Wednesday that he doesn’t believe the"
                + " drop-dead date to raise the debt ceiling and prevent default is June 1"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-24",
            "Emperor penguins: thousands of chicks in Antarctica likely died due to record-low sea ice"
                + " levels"));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-28",
            "Tulsi Gabbard Torches Biden Over Trump Prosecution: ‘The Death Rattle Of Any"
                + " Democracy’"));
  }

  /** Guard, rss-2023-08:24544 (dev): a newspaper owner who dropped dead stays dead. */
  @Test
  void anOwnerWhoDroppedDeadStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-08-21",
            "Police chief whose raid on Kansas newspaper 'caused 98-year-old owner to drop dead'"
                + " claimed reporter impersonated restaurateur"));
  }

  /**
   * rss-2023-01:10352, rss-2023-02:32551 and rss-2023-07:33254 (dev, counts of the words around
   * "dead" and "death"): cold dead hands, a partridge and a feeling likened to death are no deaths.
   */
  @Test
  void coldDeadHandsAPartridgeAndAFeelingAreNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-10",
            "Twitter blasts news Biden admin might ban gas stoves: Pry 'from my cold dead hands'"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-23",
            "Landowner who threw a dead partridge at his gamekeeper at Dorset shoot cleared of"
                + " assault"));
    assertEquals(
        List.of(),
        deaths(
            "2023-07-27",
            "'Feels Like Death.' Why Is the Most Feared Rider at the Women's Tour de France"
                + " Retiring?"));
  }

  /**
   * rss-2023-06:20689 and rss-2023-10:18649 (dev, draws of casualty and resistance mentions, seed
   * 6608): a lockdown's casualties and a party's resistance are figures.
   */
  @Test
  void aLockdownsCasualtiesAndAPartysResistanceAreNoTerms() {
    assertEquals(
        List.of(), termsOf("casualties", "2023-06-16", "The Main Lockdown Casualties: Children"));
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "resistance",
            "2023-10-16",
            "Biden Administration Seeks Emergency Aid Package for Both Israel and Ukraine",
            "Aid to Ukraine lapsed last month amid Republican resistance, while aid for Israel in its"
                + " war with Hamas has drawn bipartisan support in recent days."));
  }
}
