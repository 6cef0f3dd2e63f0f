package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 84 (docs/accuracy-rounds.md, "Stop 84"): term senses from fresh held-back draws of
 * the dev split and the classes they showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them), with the project's gazetteers. Every
 * mention each rule changes on the dev split was read; each rule has a guard. Guards written for
 * the test say so.
 */
class Stop84TermsTest {

  /** rss-2023-07:5399 and rss-2023-03:20461 (dev): fighters that harass a drone are jets. */
  @Test
  void fightersThatHarassOrClipADroneAreJets() {
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-07-06",
            "WATCH:  Video shows Russian fighters 'harassing' US drones over Syria"));
    assertEquals(
        List.of(),
        termsOf(
            "militants",
            "2023-03-16",
            null,
            "The US military said one of two Russian fighters clipped the propeller of the drone,"
                + " forcing the US to bring it down in the area of intense NATO military activity"
                + " close to the Ukraine war frontlines."));
  }

  /** Guard (rss-2023-10:9510, dev): a drone before the fighters is what fires on them. */
  @Test
  void fightersADroneFiresOnStay() {
    assertEquals(
        List.of("fighters=militants"),
        termsOf(
            "militants",
            "2023-10-07",
            "Moment Israeli drone rains down fire on fighters on the Gaza strip: Retaliation strikes"
                + " begin with troops targeting intelligence bureau, banks, leaders' homes and"
                + " weapons factories"));
  }

  /**
   * rss-2023-09:24564, rss-2023-10:11293 and rss-2023-09:24450 (dev): the Senate's hold on the
   * Pentagon's promotions is no siege, though its article names the army.
   */
  @Test
  void aSenatorsBlockadeOfPromotionsIsNoSiege() {
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-21",
            null,
            "The Senate sidestepped a monthslong blockade to confirm the incoming chairman of the"
                + " Joint Chiefs of Staff and was on track to approve the top generals in charge of"
                + " the Army and Marine Corps."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-10-10",
            null,
            "Military promotions are typically confirmed in a routine manner by the US senate. The"
                + " blockade is a protest over a Pentagon policy which facilitates abortions for"
                + " service members and dependents."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-18",
            "The Biden-Schumer Military-Promotion Blockade",
            "They, not Tommy Tuberville, endanger readiness for the sake of abortion politics."));
  }

  /**
   * rss-2023-10:20853 and rss-2023-09:26926 (dev; the second's close written for the test, a cue
   * word of a siege): a crowd that blockades a building lays no siege, though the protest is about
   * a war.
   */
  @Test
  void aCrowdBlockadingABuildingLaysNoSiege() {
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-10-16",
            null,
            "A group of Jewish protesters calling for an end to the conflict between Israel and Gaza"
                + " on Monday blockaded the White House."));
    assertEquals(
        List.of(),
        termsOf(
            "siege",
            "2023-09-12",
            null,
            "The assortment of conspiracists who blockaded parliament was laughably incoherent, and"
                + " the police moved in."));
  }

  /**
   * Guard (written for the test, after review): the Senate or the Pentagon near a state's blockade
   * of a place leaves the siege.
   */
  @Test
  void theSenateNearAStatesBlockadeLeavesTheSiege() {
    assertEquals(
        List.of("blockade=siege"),
        termsOf(
            "siege",
            "2023-07-20",
            null,
            "The Senate voted to condemn Russia's blockade of Ukraine's ports."));
    assertEquals(
        List.of("blockade=siege"),
        termsOf(
            "siege",
            "2023-04-10",
            null,
            "The Pentagon said China's drills simulated a blockade of Taiwan by its navy."));
  }

  /**
   * Guard (rss-2023-07:32857 and rss-2023-10:10638, dev): troops that blockade a palace, and a
   * state's blockade of a territory, stay sieges.
   */
  @Test
  void troopsAndStatesBlockadingStaySieges() {
    assertEquals(
        List.of("blockaded=siege"),
        termsOf(
            "siege",
            "2023-07-26",
            null,
            "Armed troops have blockaded the presidential palace in Niger, one of the world's most"
                + " unstable regions."));
    assertEquals(
        List.of("blockade=siege"),
        termsOf(
            "siege",
            "2023-10-09",
            null,
            "Israel announces a blockade on the Gaza Strip, meaning more than 2 million people will"
                + " be cut off from food and fuel."));
  }

  /**
   * rss-2023-01:9851, rss-2023-03:43018 and rss-2023-05:14649 (dev; the first's and the third's
   * closes written for the test, each a cue word of sanctions that their articles have elsewhere):
   * "sanctioned" as approved, of an act it allowed.
   */
  @Test
  void sanctionedAsApprovedIsNoSanction() {
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-01-20",
            null,
            "The country's founding president, Kenneth Kaunda, sanctioned 64 executions, while his"
                + " successor Frederick Chiluba approved eight, human rights groups say."));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-03-29",
            null,
            "The bipartisan legislation would also repeal the 1991 measure that sanctioned the"
                + " US-led Gulf war."));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-05-05",
            null,
            "His novels moved from black-market editions to more freely disseminated,"
                + " semi-sanctioned copies in China."));
  }

  /**
   * Guard (written for the test): a state's measures over a war, or on those who supply one, stay
   * sanctions.
   */
  @Test
  void sanctionsOverAWarStay() {
    assertEquals(
        List.of("sanctioned=sanctions"),
        termsOf(
            "sanctions", "2023-02-24", null, "The UK sanctioned Russia over the war in Ukraine."));
    assertEquals(
        List.of("sanctioned=sanctions"),
        termsOf(
            "sanctions",
            "2023-05-19",
            null,
            "The US sanctioned companies supplying Russia's war machine."));
  }

  /**
   * Guard (written for the test, after review): war criminals sanctioned, and the judges behind
   * executions, keep the state's measure.
   */
  @Test
  void warCriminalsAndJudgesSanctionedStay() {
    assertEquals(
        List.of("sanctioned=sanctions"),
        termsOf("sanctions", "2023-03-01", null, "The EU sanctioned war criminals in Syria."));
    assertEquals(
        List.of("sanctioned=sanctions"),
        termsOf(
            "sanctions",
            "2023-03-01",
            null,
            "The US sanctioned the Iranian judges behind executions of protesters."));
  }

  /**
   * rss-2023-07:35583 and rss-2023-10:22499 (dev; the first's opening and its second paragraph
   * written for the test from the article): a sport's governing body or its stewards impose a
   * penalty, no state's measure; the same article's oligarch keeps his.
   */
  @Test
  void aSportsGoverningBodysSanctionIsAPenalty() {
    assertEquals(
        List.of("sanctioned=sanctions"),
        termsOf(
            "sanctions",
            "2023-07-28",
            null,
            "Chelsea have agreed to pay €10m (£8.57m) to European football's governing body as a"
                + " sanction for \u201cincomplete financial reporting\u201d under the ownership of Roman"
                + " Abramovich.",
            "Abramovich was sanctioned over his links to Russia's president, Vladimir Putin."));
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-10-20",
            null,
            "Before this weekend's United States Grand Prix, F1's governing body announced it has"
                + " increased the maximum sanction that stewards can impose on a driver from"
                + " €250,000 (£218,000)."));
  }

  /** rss-2023-02:14485 (dev): a rock band's name is no massacre. */
  @Test
  void aBandsNameIsNoMassacre() {
    assertEquals(
        List.of(),
        termsOf(
            "massacre",
            "2023-02-20",
            "Brian Jonestown Massacre's Anton Newcombe: 'People make me out to be a loser when I'm"
                + " not'"));
  }

  /** rss-2023-09:19412 (dev): the "ego death" a mystic seeks is no death. */
  @Test
  void egoDeathIsNoDeath() {
    assertEquals(
        List.of(),
        deaths("2023-09-20", "She chased 'ego death' — first in religion, then in parenthood"));
  }

  /**
   * rss-2023-03:45597, rss-2023-02:16342 and rss-2023-02:6768 (dev): a killing that will not or
   * would not come is none.
   */
  @Test
  void aKillingThatWillNotComeIsNone() {
    assertEquals(
        List.of(), deaths("2023-03-30", "A Little Alcohol Won't Kill You or Make You Stronger"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-15",
            null,
            "We trust that lead in paint is prohibited, that the pesticides used in gardens won’t"
                + " kill us, that the water we drink is clean."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-05", "Putin promised me he would not kill Zelenskiy, says former Israeli PM"));
  }

  /**
   * Guard (rss-2023-02:31985, dev): a killing someone denies stays, and a threat stays, as round
   * 26's convention has it (written for the test).
   */
  @Test
  void aDeniedKillingAndAThreatStay() {
    assertEquals(
        List.of("murder=death_verbs", "kill=death_verbs"),
        deaths(
            "2023-02-24",
            null,
            "Alex Murdaugh testified Thursday at his double murder trial and admitted he lied to"
                + " investigators, but insisted he did not kill his wife and son."));
    assertEquals(
        List.of("kill=death_verbs"),
        deaths("2023-05-10", null, "He told the guard: 'I will kill you.'"));
  }

  /**
   * rss-2023-09:34066, rss-2023-04:5285, rss-2023-05:26923 and rss-2023-04:33609 (dev): a mood, a
   * company, a song's chorus or a town called wounded is nobody's wound.
   */
  @Test
  void aWoundedMoodCompanySongOrTownIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-09-28",
            null,
            "Then the excruciating confusion and bewilderment as she waits, her expression eventually"
                + " settling into one of quiet disappointment – and wounded resignation."));
    assertEquals(
        List.of(),
        injuries(
            "2023-04-04",
            "Bayer's New American CEO Treads Softly as He Takes On Wounded Pharma Giant"));
    assertEquals(
        List.of(), injuries("2023-05-22", null, "But the wounded choruses can merge into one."));
    assertEquals(
        List.of(),
        injuries(
            "2023-04-25",
            null,
            "In Samandag, the dump sites are another blow to a wounded town, sparking protests by"
                + " residents and environmental activists, and fears of future health problems."));
  }

  /**
   * rss-2023-09:21625 (dev; its second paragraph written for the test, a cue word of an injury as
   * its article has elsewhere): a heat wave that hurt a harvest hurt nobody.
   */
  @Test
  void aHarvestHurtIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-09-25",
            null,
            "Spain is seeing a string of olive oil-related crimes after a heat wave hurt olive"
                + " production across the Mediterranean.",
            "In one raid, thieves attacked a mill and took 50,000 litres."));
  }

  /**
   * Guard (rss-2023-09:2817 and rss-2023-03:15244, dev; the third written for the test): people
   * hurt, and wounded soldiers of a town, stay injuries.
   */
  @Test
  void peopleHurtAndWoundedStay() {
    assertEquals(
        List.of("hurt=injured"),
        injuries(
            "2023-09-04",
            "Police: 5 killed, 3 others hurt in Labor Day crash on interstate northeast of Atlanta"));
    assertEquals(
        List.of("hurt=injured"),
        injuries(
            "2023-03-15",
            "Central Station, Sydney incident: NSW Police hurt during peak hour chaos as one"
                + " arrested"));
    assertEquals(
        List.of("wounded=injured"),
        injuries(
            "2023-04-25",
            null,
            "Shelling hit the town again, and the wounded soldiers were carried to the hospital."));
  }

  /**
   * rss-2023-10:35787 (dev; its opening written for the test): a judge's sanctions for disobeying a
   * court order, the order ten tokens on, are a court's penalty.
   */
  @Test
  void sanctionsForDisobeyingACourtOrderAreACourtsPenalty() {
    assertEquals(
        List.of(),
        termsOf(
            "sanctions",
            "2023-10-25",
            null,
            "The judge threatened to lock Trump up. \u201cWhy should there not be severe sanctions"
                + " for this blatant, dangerous disobeyal of a clear court order?\u201d asked Engoron."));
  }

  /**
   * rss-2023-05:23419, rss-2023-08:26327, rss-2023-02:16244, rss-2023-05:33095, rss-2023-06:32979
   * and rss-2023-10:13050 (dev; the questions' answers cut short): a question or a negation over
   * anyone or any injuries, deaths or casualties names none.
   */
  @Test
  void aQuestionOrANegationOverAnyNamesNone() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-29",
            null,
            "Was anyone killed? After a sleepless night in which many locals sought refuge in bomb"
                + " shelters, Kyiv's mayor, Vitali Klitschko, spoke."));
    assertEquals(
        List.of(),
        injuries(
            "2023-08-13",
            null,
            "Was anyone hurt? The Russian ministry said the fire after the drone attack had been"
                + " quickly extinguished."));
    assertEquals(
        List.of(),
        injuries(
            "2023-02-13",
            null,
            "Neither of the two workers had any injuries when the sticky situation unfolded as they"
                + " did maintenance work and tumbled into a tank."));
    assertEquals(
        List.of(),
        injuries(
            "2023-05-17",
            null,
            "A four-year-old migrant boy was fortunate not to have suffered any injuries when he"
                + " slipped from the grasp of an adult who was clinging to the top of a border"
                + " fence."));
    assertEquals(
        List.of(),
        injuries(
            "2023-06-26",
            null,
            "James Meredith fell outside the Mississippi Capitol as he celebrated his 90th birthday"
                + " but did not suffer any visible injuries."));
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-10-09",
            null,
            "The ministry has not received reports of any Indian casualties so far."));
  }

  /**
   * Guard (rss-2023-03:28567 and rss-2023-05:8413, dev, their closes written for the test, a cue
   * word; the third written for the test): a word of degree or "additional" after "any" keeps some
   * injury or death, and a killer of anyone stays.
   */
  @Test
  void anyWithADegreeAndAKillerOfAnyoneStay() {
    assertEquals(
        List.of("injuries=injured"),
        injuries(
            "2023-03-24",
            null,
            "Police announced that there doesn't appear to be any serious injuries after the"
                + " shooting."));
    assertEquals(
        List.of("deaths=death_verbs"),
        deaths(
            "2023-05-07",
            null,
            "There was no immediate word on any additional deaths after the shooting."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-03-01", null, "The gunman killed anyone who stood in his way."));
  }

  /**
   * rss-2023-02:23323 and rss-2023-02:2257 (dev): a risk of death a study measures, and a killing
   * someone is said to wish for, are no deaths.
   */
  @Test
  void aRiskOfDeathAndAWishedKillingAreNoDeaths() {
    assertEquals(
        List.of(),
        deaths("2023-02-16", "Past COVID infection lowers risk of hospitalisation, death: Study"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-03",
            "Ron DeSantis is 'happy to see Black people killed' MSNBC analyst claims after CRT"
                + " removed from AP course"));
  }

  /**
   * Guard (written for the test): a death after the hospital stay of a risk's list, and people seen
   * killed, stay.
   */
  @Test
  void aDeathAfterAHospitalStayAndPeopleSeenKilledStay() {
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-02-16",
            null,
            "Her family said her hospitalisation, and then her death, came after a fall."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-02-03", null, "Witnesses were horrified to see two people killed in the crash."));
  }

  /**
   * reuters:3560, rss-2023-01:33712, rss-2023-02:37907, rss-2023-07:16997 and rss-2023-09:6563
   * (dev; the second paragraphs written for the test, a cue word of a war as their articles have):
   * a company's, an office's or a minister's fight with counterfeiters, propagandists, an auditor,
   * a coach turned senator or corruption is no war.
   */
  @Test
  void aFightWithCounterfeitersAnAuditorOrCorruptionIsNoWar() {
    String troops = "The troops held the line in the east.";
    assertEquals(
        List.of(),
        wars(
            "1987-03-18",
            null,
            "Chrysler Corp said it is escalating its war with automotive parts counterfeiters.",
            troops));
    assertEquals(
        List.of(), wars("2023-01-29", "Ukraine is also at war with Russian propagandists", troops));
    assertEquals(
        List.of(),
        wars(
            "2023-02-28",
            null,
            "The Department of Defense and State Department are at war with an official government"
                + " auditor, refusing to cooperate as the auditor examines twenty years of missteps.",
            troops));
    assertEquals(
        List.of(),
        wars(
            "2023-07-12",
            "Pentagon at war with football coach turned senator over abortion policy",
            troops));
    assertEquals(
        List.of(),
        wars(
            "2023-09-04",
            "Ukraine: Rustem Umerov, the new defense minister at war with corruption",
            troops));
  }

  /**
   * Guard (rss-2023-01:29483, dev; its second paragraph written for the test): a war's corruption
   * scandal leaves the war.
   */
  @Test
  void aWarsCorruptionScandalLeavesTheWar() {
    assertEquals(
        List.of("War=war"),
        wars(
            "2023-01-24",
            "War in Ukraine: Corruption scandal undermines Zelensky's government",
            "The troops held the line in the east."));
  }
}
