package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 63 (docs/accuracy-rounds.md, "Stop 63"): a death come back from or come close to, a
 * bill that dies, a death or an injury asked about, a murder mystery as a genre, "eco-terrorists",
 * the next war and a third world war. Dev-split items of ../shared/data/jsonl (ids as DevSplitDump
 * names them; title and description as the rss-2023 preset reads them, the description cut), with
 * the project's gazetteers. Each rule came from three fresh seeded dev draws and was read over
 * every mention it changes on the whole dev split; each has a guard that fails if it reaches too
 * far.
 */
class Stop63TermsTest {

  /** rss-2023-04:8065 (dev): a lake back from the dead. */
  @Test
  void backFromTheDeadIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-06",
            "Rains bring California lake back from the dead: ‘We’re surrounded by water’",
            "Then a winter of historic rain and snow brought Tulare Lake – a massive freshwater body"
                + " drained a century ago by agricultural canals – rushing back from the dead."));
  }

  /** rss-2023-05:44360 (dev) and a constructed guard: a death come close to, not a death near. */
  @Test
  void inchesOrCloseToDeathIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-29",
            "Motorist is inches from death when Russian missile comes down beside their car in Kyiv",
            "The incident happened on Monday and came during a rare daytime attack on Kyiv."));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-05-29",
            null,
            "Police officers stayed close to the family after the death of their son."));
  }

  /** rss-2023-04:39304 and rss-2023-02:27110 (dev): a bill that dies or is killed. */
  @Test
  void aBillThatDiesOrIsKilledIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-04-27",
            "Nebraska heartbeat bill dies in Legislature, pro-abortion protestors celebrate"));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-20",
            "Virginia bill for localities adding surcharge to finance school construction fails",
            "The bill was killed on a straight party line vote."));
  }

  /**
   * rss-2023-09:1305 and rss-2023-04:2984 (dev): a man called Bill, and a woman afraid of her
   * bills, who died.
   */
  @Test
  void aPersonCalledBillOrAfraidOfBillsStillDies() {
    assertEquals(
        List.of("dies=death_verbs"),
        deaths("2023-09-02", "Former top US diplomat Bill Richardson dies aged 75"));
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-04-03",
            null,
            "An 87-year-old woman who repeatedly refused to put on her heating due to fears over"
                + " high energy bills died from profound hypothermia after being found slumped in"
                + " her home, an inquest has heard."));
  }

  /**
   * rss-2023-03:42113 (dev) and constructed texts: an injury or a death asked about is none; the
   * dead of a clause that asks something else stay.
   */
  @Test
  void anInjuryOrADeathAskedAboutIsNone() {
    assertEquals(
        List.of(),
        termsOf(
            "injured",
            "2023-03-22",
            null,
            "Philadelphia's top cop was involved in a car accident Wednesday but it was not clear"
                + " if anyone was injured."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-22",
            null,
            "The spokesman said it was not immediately known if anyone was killed in the blast."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-03-22",
            null,
            "It was not clear whether the two men who were killed had been armed."));
  }

  /** rss-2023-08:22037 and rss-2023-01:28835 (dev): a genre, and a real case. */
  @Test
  void aMurderMysteryIsAGenreUnlessACaseIsNamed() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-18",
            "TV tonight: a thrilling Scandi murder mystery set on an oil rig returns",
            "Rig 45 is back for season two, and Petra is facing prison."));
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-01-26",
            "Major break in Jared Bridegan murder mystery after ex-wife moves cross-country"));
  }

  /** rss-2023-10:14398 (dev): protesters labelled "eco-terrorists"; terrorists stay. */
  @Test
  void ecoTerroristsAreNoTerrorists() {
    assertEquals(
        List.of(),
        termsOf(
            "terrorism",
            "2023-10-12",
            "Human rights experts warn against European crackdown on climate protesters",
            "UK has led the way, with countries across the continent making mass arrests, passing"
                + " draconian new laws and labelling activists as eco-terrorists"));
    assertEquals(
        List.of("terrorists=terrorism"),
        termsOf(
            "terrorism",
            "2023-10-12",
            null,
            "Police said the terrorists had planned the attack for months."));
  }

  /**
   * rss-2023-08:24251 and rss-2023-02:13878 (dev): the next war may come; the next phase of a war
   * being fought is that war.
   */
  @Test
  void theNextWarIsOneThatMayCome() {
    assertEquals(
        List.of(),
        termsOf(
            "war",
            "2023-08-22",
            "South Korea's Yoon could be the weakest link in the next Korean War",
            "Yoon devotes no time or effort to bridging political divides or learning diplomacy."));
    assertEquals(
        List.of("war=war"),
        termsOf(
            "war",
            "2023-02-10",
            "Zelenskyy completes a tricky charm offensive in Europe as Ukraine prepares for next"
                + " phase of war",
            "The European Union, the largest donor of financial aid to Ukraine, had wanted a visit"
                + " from the Ukrainian leader for several months."));
  }

  /** rss-2023-05:31514 and rss-2023-03:38693 (dev): a third world war, and the second. */
  @Test
  void aThirdWorldWarIsNoWarBeingFought() {
    assertEquals(
        List.of(),
        termsOf(
            "war",
            "2023-05-22",
            "Sir James Dyson's neighbours compare the noise from his fireworks party to World War"
                + " Three",
            "Sir James Dyson infuriated neighbours of his Gloucestershire estate by holding a"
                + " fireworks party late into the night that was so noisy, residents said it"
                + " sounded like the start of World War Three."));
    assertEquals(
        List.of("War=war", "War=war"),
        termsOf(
            "war",
            "2023-03-23",
            "With World War II airman's remains found, relative finally 'has closure' for whole"
                + " family",
            "A World War II airman's remains were found nearly 80 years later."));
  }
}
