package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 15 (docs/accuracy-rounds.md): speaker error classes found in a fresh random draw of
 * 80 quoted mentions carrying a speaker on the dev split (seed 2026113015, items not in the dev
 * fixture), on excerpts of dev-split items of ../shared/data (2023 RSS descriptions and
 * Reuters-21578) with the project's gazetteers.
 */
class Round15SpeakersTest {

  /**
   * rss-2023-08:6196 (dev, Guardian): "she" after an inverted attribution ("..., the deputy defence
   * minister, Hanna Maliar, has said") is the speaker of the paragraph's quotation before it.
   */
  @Test
  void aPronounTakesTheSpeakerOfTheQuotationBeforeIt() {
    List<Mention> ms =
        find(
            "2023-08-05",
            "Russia-Ukraine war at a glance: what we know on day 528 of the invasion",
            "An “extremely fierce battle is going on” in the long-contested eastern Ukrainian city of"
                + " Bakhmut, the deputy defence minister, Hanna Maliar, has said, with Ukrainian forces"
                + " advancing “slowly but confidently” south of the city while securing control of"
                + " positions north of it. “The Russians are throwing huge numbers of forces into the"
                + " Bakhmut area,” she said on national TV.");
    assertEquals("the deputy defence minister, Hanna Maliar,", at(ms, "Russians").speakerText());
  }

  /**
   * reuters:10968 (dev): "he said" after '"...," group managing director Peter Dugdale told a news
   * conference.' in the same paragraph.
   */
  @Test
  void aPronounAfterAToldAttributionInItsParagraph() {
    List<Mention> ms =
        find(
            "1987-04-01",
            "GUARDIAN ROYAL SEES EXPANSION IN LIFE ASSURANCE",
            "\"We are anxious to develop our life assurance business,\" group managing director"
                + " Peter Dugdale told a news conference. \"If we have a thrust for the coming years,"
                + " it is probably best to spend more time on life in the U.K. And abroad,\" he"
                + " said.");
    assertEquals("group managing director Peter Dugdale", at(ms, "U.K.").speakerText());
  }

  /**
   * rss-2023-08:6312 (dev, Guardian): "it said" that nothing resolves (the company is the subject
   * of a sentence with no speech verb) gives no speaker rather than the word "it".
   */
  @Test
  void aPronounNothingResolvesIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-08-05",
            "‘Nostalgia trip’: Volvo estate owners reminisce about Swedish workhorse",
            "Volvo will no longer sell its estates or saloon cars in the UK, choosing to market only"
                + " its SUVs. “The appetite for our saloon and estate models has fallen to very low"
                + " levels in the UK, which has led to our decision to remove these models,” it"
                + " said.");
    Mention uk = null;
    for (Mention m : ms) {
      if (m.surface().equals("UK") && m.inQuote()) {
        uk = m;
      }
    }
    assertNull(uk.speakerText());
    assertNull(uk.speakerEntityId());
  }

  /**
   * rss-2023-03:15540 (dev, Guardian): "looks his tormentors in the face and" (a clause cut at
   * "and", list {@code speaker_cut_words}) is no speaker (round 14's rule, revived).
   */
  @Test
  void aSpeakerTextCutMidClauseIsNone() {
    List<Mention> ms =
        find(
            "2023-03-10",
            "Ukraine PoW hero to be commemorated … when officials determine who he is",
            "He calmly puffs on his cigarette, looks his tormentors in the face and says: “Glory to"
                + " Ukraine.” Within an instant, multiple shots can be heard.");
    Mention ukraine = null;
    for (Mention m : ms) {
      if (m.surface().equals("Ukraine") && m.inQuote()) {
        ukraine = m;
      }
    }
    assertNull(ukraine.speakerText());
  }

  /**
   * rss-2023-07:93 (dev, Sky News): "King Willem-Alexander has apologised and" keeps the subject
   * before its verb (round 14).
   */
  @Test
  void theSubjectBeforeItsVerbSpeaks() {
    List<Mention> ms =
        find(
            "2023-07-01",
            "Dutch king apologises for country's historic involvement in slavery",
            "King Willem-Alexander has apologised and asked for forgiveness over the Netherlands'"
                + " historic involvement in slavery, describing it as \"a crime against humanity\".");
    assertEquals("King Willem-Alexander", at(ms, "crime against humanity").speakerText());
  }

  /**
   * reuters:12509 (dev): "one of the administration officials, who asked not to be identified, told
   * Reuters": the relative clause after the comma is cut off (round 14).
   */
  @Test
  void aRelativePronounAfterACommaIsCutOff() {
    List<Mention> ms =
        find(
            "1987-04-07",
            "KUWAIT ASKS U.S., SOVIET UNION TO PROTECT TANKERS",
            "\"They (the Kuwaitis) have also asked Britain, China and possibly some other European"
                + " countries to lease tankers to carry their oil,\" one of the administration"
                + " officials, who asked not to be identified, told Reuters.");
    assertEquals("one of the administration officials", at(ms, "China").speakerText());
  }

  /**
   * rss-2023-09:18897 (dev, Daily Mail): a cut text naming a leader of the article stays (the guard
   * round 14's rule lacked). The item quotes 'World War Three', which stop 63 made no mention (a
   * third world war is none being fought); the quotation here reads 'World War Two', so that the
   * quoted mention the speaker hangs on stays a war.
   */
  @Test
  void aCutTextNamingALeaderStays() {
    List<Mention> ms =
        find(
            "2023-09-16",
            "Trump says cognitively impaired Biden will lead us into WORLD WAR TWO",
            "While addressing the Pray Vote Stand summit in Washington, former President Donald"
                + " Trump seemingly meant to say 'World War Two', and not the conflict which ended"
                + " in 1945.");
    Mention war = null;
    for (Mention m : ms) {
      if (m.surface().equals("War") && m.inQuote() && m.field().equals("body")) {
        war = m;
      }
    }
    assertEquals("Q22686", war.speakerEntityId());
  }

  /**
   * rss-2023-09:15029 (dev judged set, Daily Mail): a cut text with a capitalised word after its
   * first may hold the speaker's name ("after revolt by MPs who"), and stays.
   */
  @Test
  void aCutTextWithACapitalisedWordStays() {
    List<Mention> ms =
        find(
            "2023-09-13",
            "Tobias Ellwood 'QUITS as Defence Committee chair' after revolt by MPs who branded him"
                + " a 'f***ing idiot' over 'Taliban propaganda' video",
            "An insider told MailOnline Tobias Ellwood is stepping down after failing to convince"
                + " colleagues that he should keep the prestigious role at a meeting this"
                + " afternoon.");
    String speaker = at(ms, "Taliban").speakerText();
    assertTrue(speaker != null && speaker.contains("MPs"));
  }

  /**
   * rss-2023-03:14017 (dev, Guardian): Bill Clinton, inside the relative clause about the speaker
   * (list {@code speaker_relative_pronouns}), is not the speaker entity.
   */
  @Test
  void anEntityInARelativeClauseIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-03-09",
            "Blinken’s Moscow policy criticized by envoy who helped free Brittney Griner",
            "Cameron Hume, a career diplomat who was an ambassador under Bill Clinton, George W Bush"
                + " and Barack Obama, said: “For a secretary of state to not want to even get body"
                + " language or two words from Sergei Lavrov ... during a time of war was striking to"
                + " me.”");
    Mention war = at(ms, "war");
    assertTrue(war.speakerText() != null);
    assertNull(war.speakerEntityId());
  }
}
