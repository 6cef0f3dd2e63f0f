package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguous;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 61 (docs/accuracy-rounds.md, "Stop 61"): a bare "sanction", "sanctioned" or
 * "sanctioning" counts as a state's measure only in an article about one, and a dose "enough to
 * kill" is no death. Dev-split items of ../shared/data/jsonl (ids as DevSplitDump names them; title
 * and description as the rss-2023 preset reads them, the description cut), with the project's
 * gazetteers. Each rule came from a fresh seeded dev draw and was read over every mention it
 * changes on the whole dev split.
 */
class Stop61TermsTest {

  /** rss-2023-09:4522 and rss-2023-08:23702 (dev): a judge's penalty, a sports body's approval. */
  @Test
  void aSanctionOutsideAStatesMeasuresIsReportedAmbiguous() {
    assertEquals(
        List.of("sanction=ambiguous:sanction", "sanction=ambiguous:sanction"),
        termOrAmbiguous(
            "sanctions",
            "2023-09-05",
            "New York AG asks judge to sanction Trump, legal team for raising failed arguments",
            "New York Attorney General Letitia James (D) in a new filing asked a state judge to"
                + " sanction former President Trump, his two adult sons and their legal team for"
                + " $20,000, saying they continue to bring up arguments already rejected in court."));
    assertEquals(
        List.of("sanction=ambiguous:sanction", "sanction=ambiguous:sanction"),
        termOrAmbiguous(
            "sanctions",
            "2023-08-21",
            "Triathlon Ireland says it did not 'sanction' Ironman swim race in which two men died",
            "Triathlon Ireland has said its officials did not sanction a swimming race in which two"
                + " competitors died."));
  }

  /** rss-2023-02:12150 and rss-2023-09:15653 (dev): states' measures keep the term. */
  @Test
  void aStatesSanctionStaysTheTerm() {
    assertEquals(
        List.of("sanction=sanctions", "sanctions=sanctions"),
        termOrAmbiguous(
            "sanctions",
            "2023-02-09",
            "US, UK sanction Russia-based cybercrime gang",
            "The Treasury Department and the United Kingdom on Thursday announced joint sanctions"
                + " against seven individuals tied to a Russia-based cybercrime gang known as"
                + " Trickbot."));
    assertEquals(
        List.of("sanction=sanctions", "sanction=sanctions"),
        termOrAmbiguous(
            "sanctions",
            "2023-09-14",
            "US to sanction 150 Russian-supporting entities over war in Ukraine",
            "The U.S. is set to sanction more than 150 Russian-supporting individuals and entities"
                + " over the war in Ukraine, the departments of State and Treasury announced"
                + " Thursday."));
  }

  /** rss-2023-02:23778 (dev): a seizure measured in the deaths it could cause. */
  @Test
  void enoughToKillIsNoDeathButAKillingInTheSameArticleIs() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-17",
            "Border Patrol seizes enough fentanyl to kill 100 million Americans in under five"
                + " months",
            "Border Patrol agents seized enough fentanyl to kill 100 million people so far this"
                + " fiscal year, the chief of the agency said this week after a number of seizures."));
    // guard (a constructed text): a death in the next sentence is not measured by the dose
    assertEquals(
        List.of("kill=death_verbs"),
        deaths(
            "2023-02-15",
            null,
            "Agents seized enough fentanyl. Overdoses kill 200 Americans a day, the agency said."));
  }

  /**
   * rss-2023-03:4835 and rss-2023-04:30339 (dev): a party's opposition and a team's defence are
   * reported ambiguous; rss-2023-08:31740 (dev): the French Resistance after D-Day stays the term.
   */
  @Test
  void aBareResistanceNeedsACueOfArmedForce() {
    // since stop 66, resistance overcome ("despite DUP resistance") is read as opposition, no
    // mention at all (Stop66TermsTest); before, it was reported ambiguous here
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "resistance",
            "2023-03-03",
            "Sunak should press ahead with EU deal despite DUP resistance",
            "Disputes in Northern Ireland indicate that power-sharing arrangements in the province"
                + " may need to be updated"));
    assertEquals(
        List.of("resistance=ambiguous:resistance"),
        termOrAmbiguous(
            "resistance",
            "2023-04-22",
            "Salah scores winner for Liverpool to end Nottingham Forest’s resistance",
            "Steve Cooper’s despair and disbelief was plain to see."));
    assertEquals(
        List.of("Resistance=resistance", "Resistance=resistance"),
        termOrAmbiguous(
            "resistance",
            "2023-08-27",
            "Evidence found of German mass execution by French Resistance after D-Day",
            "Casings and coins at a site in central France suggest prisoners were shot by the"
                + " French Resistance after D-Day."));
  }

  /**
   * rss-2023-04:27844 and rss-2023-07:22045 (dev): a reader's job and a visa list's occupations are
   * reported ambiguous; rss-2023-10:26952 (dev): the Soviet occupation stays the term.
   */
  @Test
  void aBareOccupationNeedsACueOfAnArmyOrAnOccupiedPeople() {
    assertEquals(
        List.of("Occupation=ambiguous:occupation"),
        termOrAmbiguous(
            "occupation",
            "2023-04-20",
            "Dining across the divide: ‘He was humble enough to acknowledge the additional"
                + " barriers for people of my demographic’",
            "One is a Labour-supporting remainer. The other a Conservative who voted leave. Can they"
                + " find any common ground? Ifrah, 26, Birmingham Occupation Internal auditor"));
    assertEquals(
        List.of("occupation=ambiguous:occupation"),
        termOrAmbiguous(
            "occupation",
            "2023-07-18",
            "UK relaxes visa rules for foreign builders amid Brexit shortages",
            "Bricklayers, plasterers and other construction jobs have been added to the"
                + " government’s “shortage occupation list”, making it easier for"
                + " foreign builders to come to Britain."));
    assertEquals(
        List.of("occupation=occupation", "occupation=occupation"),
        termOrAmbiguous(
            "occupation",
            "2023-10-23",
            "Orbán compares Hungary's EU membership to Soviet occupation in fiery speech",
            "Hungarian Prime Minister Viktor Orbán sounded off on the European Union in a Monday"
                + " speech, comparing the country's membership to over four decades of Soviet"
                + " occupation."));
  }

  /**
   * rss-2023-01:20207 (dev): a union's "war" on a company in an article with no armed conflict is
   * reported ambiguous; rss-2023-03:37381 (dev): a war with its airstrike stays the term.
   */
  @Test
  void aBareWarNeedsACueOfAnArmedConflict() {
    assertEquals(
        List.of("war=ambiguous:war"),
        termOrAmbiguous(
            "war",
            "2023-01-17",
            "Royal Mail boss has a shocker as meeting with MPs doesn’t go well | Nils Pratley",
            "Union warns of more strikes and says Royal Mail is ‘waging war’ on staff"));
    assertEquals(
        List.of("war=war"),
        termOrAmbiguous(
            "war",
            "2023-03-26",
            "Kyiv doctor killed in Russian airstrike shows war’s fallout far from front",
            "Oksana Leontieva, a pediatric hematologist and single mother, was driving to work when a"
                + " Russian airstrike hit the center of the Ukrainian capital."));
  }

  /**
   * rss-2023-04:38251 and rss-2023-05:43772 (dev): protesters' blockade of a venue and a city
   * "under siege" by wildfires are reported ambiguous; rss-2023-07:29702 (dev): the Waco siege
   * stays. Since stop 71 the protesters' blockade is no siege at all (an other sense of protesters
   * near a blockade), no longer an ambiguous reading.
   */
  @Test
  void aBareSiegeOrBlockadeNeedsACueOfArmedForceOrAStandOff() {
    assertEquals(
        List.of(),
        termOrAmbiguous(
            "siege",
            "2023-04-27",
            "University Cancels Film After Trans-Rights Protesters Blockade Venue",
            "The University of Edinburgh sign on May 13, 2015. (PA Media)"));
    assertEquals(
        List.of("siege=ambiguous:siege"),
        termOrAmbiguous(
            "siege",
            "2023-05-31",
            "Wildfires in Canada impact air quality in U.S. cities",
            "14 active fires are scorching parts of Nova Scotia, Canada and its largest city Halifax"
                + " is under siege with more than 16,000 residents being evacuated."));
    assertEquals(
        List.of("siege=siege"),
        termOrAmbiguous(
            "siege",
            "2023-07-24",
            "Trump is gearing up for his ‘final battle’. So should we | Robert Reich",
            "Recall the first rally of his 2024 election campaign on 25 March in Waco, Texas –"
                + " exactly 30 years after a deadly siege between law enforcement and the Branch"
                + " Davidians."));
  }

  /**
   * rss-2023-01:21102 (dev): inflation's toll is reported ambiguous; rss-2023-02:11494 (dev): an
   * earthquake's toll stays the count of its dead.
   */
  @Test
  void aBareTollNeedsACueOfDeathsOrADisaster() {
    assertEquals(
        List.of("toll=ambiguous:toll"),
        termOrAmbiguous(
            "casualties",
            "2023-01-18",
            "Retail sales slumped in December as Americans braced for slower economy",
            "Americans pulled back their spending at stores and restaurants in December amid the"
                + " mounting toll of high inflation and concerns about the future of the economy."));
    assertEquals(
        List.of("toll=casualties"),
        termOrAmbiguous(
            "casualties",
            "2023-02-09",
            "Quake toll climbs to 15,000 people as search teams battle grim conditions to find"
                + " survivors",
            "The earthquake in Turkey is one of the deadliest this century."));
  }

  /**
   * rss-2023-03:2125 and rss-2023-03:13476 (dev): a murder one was targeted for and a killing
   * plotted are no deaths; a threatened killing stays the term (round 18's judged convention,
   * {@code Round18TermsTest}).
   */
  @Test
  void aKillingTargetedOrPlottedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-03-02",
            "Michigan Attorney General Nessel says she and other Jewish officials were targeted for"
                + " murder"));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-09",
            "Prisoner who plotted to kill Roy Whiting & abetted cellmate's suicide will go before"
                + " Parole Board"));
  }
}
