package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 12 (docs/accuracy-rounds.md): the speaker rules found on the dev split
 * (DevSplitDump), on excerpts of dev-split items of ../shared/data (2023 RSS descriptions,
 * Reuters-21578 records; item ids as DevSplitDump names them) with the project's gazetteers. Each
 * rule has its guard.
 */
class Round12RulesTest {

  private static final Quotes QUOTES = new Quotes(AnnotateWords.defaults());

  private static final String MARLES_NAMED =
      "Richard Marles has signalled the Australian government is prepared to scale back some"
          + " defence projects to fund others in a major shake-up, declaring \u201cwe don\u2019t"
          + " have limitless resources\u201d.";

  private static final String DEPUTY_PM =
      "The deputy prime minister said the government would weigh up \u201chow best we can use the"
          + " resources that we have to make sure that we have a defence force which maximises"
          + " Australia\u2019s capability\u201d.";

  /** rss-2023-01:28242 (dev): "The deputy prime minister said" is Richard Marles, named before. */
  @Test
  void aDefiniteRoleIsTheOneNamedInTheParagraphBefore() {
    List<Mention> ms = find("2023-01-23", null, MARLES_NAMED, DEPUTY_PM);
    assertEquals("Richard Marles", at(ms, "Australia").speakerText());
  }

  /**
   * rss-2023-03:20202 (dev): "the former lawmaker" is Cheney, the last speaker named (in the
   * title); the sentence before names no speaking subject.
   */
  @Test
  void aDefiniteRoleIsTheLastSpeakerNamed() {
    List<Mention> ms =
        find(
            "2023-03-14",
            "Cheney blasts DeSantis over Ukraine comments: 'Weakness is provocative'",
            "Former Rep. Liz Cheney (R-Wy.) ripped Gov. Ron DeSantis\u2019s remarks that getting"
                + " involved in the Ukraine-Russia war is not in the \u201cvital national"
                + " interests\u201d of the U.S., saying the Florida Republican is \u201cwrong and"
                + " seems to have forgotten the lessons of Ronald Reagan.\u201d \u201cThe Ukrainian"
                + " people are fighting for their freedom,\u201d the former lawmaker said...");
    assertEquals("Cheney", at(ms, "Ukrainian").speakerText());
  }

  /** Guard: with nobody named before, the description stays the speaker text. */
  @Test
  void aDefiniteRoleWithNobodyNamedBeforeStays() {
    List<Mention> ms = find("2023-01-23", null, DEPUTY_PM);
    assertEquals("The deputy prime minister", at(ms, "Australia").speakerText());
  }

  /**
   * Guard, rss-2023-01:16517 (dev): the subject before is "Climate activist", no name, so "the
   * climate activist" is not replaced by it.
   */
  @Test
  void aDefiniteRoleIsNotReplacedByAnotherDescription() {
    List<Mention> ms =
        find(
            "2023-01-14",
            null,
            "Climate activist also denounced \u2018police violence\u2019 against campaigners at the"
                + " abandoned village of L\u00fctzerath",
            "\u201cGermany is really embarrassing itself right now,\u201d the climate activist said"
                + " during her visit to the abandoned village of L\u00fctzerath.");
    assertEquals("the climate activist", at(ms, "Germany").speakerText());
  }

  /** The description test itself. */
  @Test
  void definiteRoleShapes() {
    assertTrue(QUOTES.definiteRole("The deputy prime minister"));
    assertTrue(QUOTES.definiteRole("the former lawmaker"));
    assertFalse(QUOTES.definiteRole("the defence ministry"), "no person");
    // round 46: a capitalised modifier is allowed in the shape ("the Florida governor"); a
    // country's ("The Ukrainian president") is refused in MentionFinder (Round46SpeakersTest)
    assertTrue(QUOTES.definiteRole("The Ukrainian president"), "a capitalised modifier");
    assertFalse(QUOTES.definiteRole("The Ukrainian President"), "a capitalised head");
    assertFalse(QUOTES.definiteRole("prime minister"), "no article");
    assertTrue(QUOTES.namesSomeone("Richard Marles"));
    assertFalse(QUOTES.namesSomeone("Climate activist"));
    assertFalse(QUOTES.namesSomeone("Singer"));
    assertFalse(QUOTES.namesSomeone("The minister"));
  }

  /** rss-2023-04:25510 (dev): "police in South Korea" speak for South Korea. */
  @Test
  void anInstitutionInACountrySpeaksForIt() {
    List<Mention> ms =
        find(
            "2023-04-20",
            "K-POP star Moonbin 'is found dead at his apartment', police in South Korea say");
    Mention m = at(ms, "dead");
    assertEquals("police in South Korea", m.speakerText());
    assertEquals("KR", m.speakerEntityId());
    assertFalse(QUOTES.objectOfPreposition("police in South Korea", 10, 21, false));
    // guards: other words before "in" still drop the name (round 11)
    assertTrue(QUOTES.objectOfPreposition("multiple reports in Mexico", 20, 26, false));
    assertTrue(QUOTES.objectOfPreposition("son of doctor trapped in Gaza", 25, 29, false));
  }

  /** rss-2023-10:23969 (dev): "Russia charges X with '...'": Russia speaks, not X. */
  @Test
  void theChargingSubjectSpeaks() {
    Mention m =
        at(
            find(
                "2023-10-20",
                "Russia charges Canadian parliament SS Nazi with \u2018genocide\u2019"),
            "genocide");
    assertEquals("Russia", m.speakerText());
    assertEquals("RU", m.speakerEntityId());
    m =
        at(
            find(
                "2023-10-02",
                "Russia charges top Ukrainian military leaders with \u2018terrorism\u2019 over drone"
                    + " strikes"),
            "terrorism");
    assertEquals("Russia", m.speakerText());
  }

  /** rss-2023-01:37847 (dev): the verb after a name the pattern had taken in ("Freedom rips"). */
  @Test
  void aHeadlineVerbInsideTheNamePatternEndsTheName() {
    Mention m =
        at(
            find(
                "2023-01-20",
                "Enes Kanter Freedom rips Biden's silence on Turkey bounty: 'Picked a dictator's"
                    + " side over a US citizen'"),
            "US");
    assertEquals("Enes Kanter Freedom", m.speakerText());
  }

  /** Guard, rss-2023-01:30409 (dev): a nickname given by others is not the subject's words. */
  @Test
  void aNicknameIsNotTheHeadlineSubjectsWords() {
    Mention m =
        at(
            find(
                "2023-01-25",
                "Kremlin admits Wagner mercenary boss nicknamed 'Putin's chef' is at risk of"
                    + " assassination"),
            "Putin");
    assertNull(m.speakerText());
  }

  /**
   * reuters:4554 (dev): an opening mark never closed ends at the comma before "said Frederick
   * Meinke", so the sentence after it is no quotation of Gordon's (named in the paragraph before).
   */
  @Test
  void anUnclosedQuotationEndsBeforeItsAttribution() {
    List<Mention> ms =
        find(
            "1987-03-05",
            null,
            "Gordon said his positive opinion on J.P. Morgan and Bankers Trust was not merely a"
                + " response to the fact that the two have lower exposure.",
            "\"I don't see any reason to change full year earnings estimates, said Frederick"
                + " Meinke, analyst at E.F. Hutton Co. He thinks the confrontation with Brazil could"
                + " end in a replay of a situation that occurred with Argentina in 1984 and 1985.");
    Mention m = at(ms, "Brazil");
    assertFalse(m.inQuote());
    assertNull(m.speakerText());
    List<int[]> spans = Quotes.spans("\"I don't see any reason, said Frederick Meinke. Brazil");
    QUOTES.closeUnclosed("\"I don't see any reason, said Frederick Meinke. Brazil", spans);
    assertEquals(24, spans.get(0)[1]);
  }

  /**
   * Guard, rss-2023-04:32234 (dev): ", I asked" inside an unclosed quotation is its own words, not
   * an attribution; the quotation still runs to the end.
   */
  @Test
  void aPronounAfterTheCommaIsNoAttribution() {
    String text =
        "\u201cThis morning, I asked that (President Biden) approve Governor DeSantis\u2019s"
            + " request for a Major Disaster Declaration to provide relief to those...";
    List<int[]> spans = Quotes.spans(text);
    QUOTES.closeUnclosed(text, spans);
    assertEquals(text.length(), spans.get(0)[1]);
    assertTrue(at(find("2023-04-24", null, text), "President Biden").inQuote());
  }

  /**
   * rss-2023-08:33435, rss-2023-07:31714 (dev): a title-case headline's opening name before a
   * capitalised verb in -s speaks for the quotation after its colon. Since stop 71 "The Death
   * Rattle Of Any Democracy" is no death; a test term stands in the quotation ({@link
   * RuleArticles#findWithSpeakerVehicles}).
   */
  @Test
  void aTitleCaseHeadlineSubjectSpeaks() {
    Mention m =
        at(
            RuleArticles.findWithSpeakerVehicles(
                "2023-08-20",
                "Tulsi Gabbard Torches Biden Over Trump Prosecution: \u2018The Death Rattle Of Any"
                    + " Democracy\u2019"),
            "Death Rattle");
    assertEquals("Tulsi Gabbard", m.speakerText());
    m =
        at(
            find(
                "2023-07-26",
                "Congress Wants Answers on UFOs: 'The American People Deserve the Truth'"),
            "American");
    assertEquals("org:us-congress", m.speakerEntityId());
  }

  /**
   * Guards (dev): "Death Threats To Moms For Liberty ...": a small word after the -s word; "Fox
   * News Host Corners Newsom ...": "News" is no verb, and "Fox News Host" a description, not a
   * name; "Nikki Haley On Rising Threats ...": a small word inside the name.
   */
  @Test
  void titleCaseHeadlineGuards() {
    assertNull(
        at(
                find(
                    "2023-07-10",
                    "Death Threats To Moms For Liberty Ramp Up After SPLC Lumped Them With KKK:"
                        + " \u2018Taliban In Minivan\u2019"),
                "Taliban")
            .speakerText());
    assertNull(
        at(
                find(
                    "2023-09-28",
                    "Fox News Host Corners Newsom In Post-Debate Spin Room: \u2018Is Biden Holding"
                        + " You Back?\u2019"),
                "Biden")
            .speakerText());
    assertNull(
        at(
                find(
                    "2023-10-25",
                    "Nikki Haley On Rising Threats In World: \u2018America Can Never Be Neutral"
                        + " Between Good And Evil\u2019"),
                "America")
            .speakerText());
  }
}
