package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 38 (docs/accuracy-rounds.md): wrong-speaker classes counted over the whole dev
 * split; on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round38SpeakersTest {

  /**
   * rss-2023-02:25283 (dev): the speaker text ran on past "said" into the reported clause ("Vice
   * President Kamala Harris said the US"); the subject before "said" speaks.
   */
  @Test
  void theSubjectBeforeAnInnerSaidSpeaks() {
    List<Mention> ms =
        find(
            "2023-02-18",
            "Harris Says Russia Committed Crimes Against Humanity in Ukraine",
            "Vice President Kamala Harris said the US has concluded that Russia committed “crimes"
                + " against humanity” in its invasion of Ukraine and vowed that Moscow would be held"
                + " to account for its actions.");
    assertEquals(
        "Vice President Kamala Harris", quotedAt(ms, "crimes against humanity").speakerText());
  }

  /**
   * reuters:10340 (dev): "Baker said interest rates over the period have continued to decline and
   * that '...'": Baker speaks, with his id.
   */
  @Test
  void bakerSpeaksNotHisReportedClause() {
    List<Mention> ms =
        find(
            "1987-04-08",
            "U.S. TREASURY'S BAKER SEES EXPANSION CONTINUING",
            "Treasury Secretary James Baker said that the current expansion, which he noted was in"
                + " its fifth year, will continue in the period ahead.",
            "He told the House Appropriations Committee that \"there is every prospect that the"
                + " current expansion will continue unabated through 1987 and the years beyond.\"",
            "Baker said interest rates over the period have continued to decline and that"
                + " \"policies of the Federal Reserve assure that ample credit was available.");
    Mention m = quotedAt(ms, "Federal Reserve");
    assertEquals("Baker", m.speakerText());
    assertEquals("person:james-baker", m.speakerEntityId());
  }

  /**
   * rss-2023-10:14203 (dev), a guard: "Rauschenberger said a U.S. State Department person told him
   * '...'": the word after the text is a speech verb, so the inner subject speaks, as before.
   */
  @Test
  void theInnerSubjectOfASpeechVerbKeepsTheQuotation() {
    List<Mention> ms =
        find(
            "2023-10-14",
            "Families of trapped Americans in Gaza plead for help from U.S. government",
            "John Rauschenberger is pleading with the U.S. government to rescue his family and all"
                + " Americans who are stuck in Gaza. Rauschenberger said a U.S. State Department person told him “there are no plans to"
                + " evacuate Americans from Gaza.”");
    assertEquals(
        "Rauschenberger said a U.S. State Department person",
        ms.stream()
            .filter(m -> m.inQuote() && m.surface().equals("Gaza"))
            .reduce((a, b) -> b)
            .orElseThrow()
            .speakerText());
  }

  /**
   * reuters:16869 (dev): "he" with nothing else to resolve it took the last leader named (Reagan,
   * in the paragraph before); George Younger is named by his given name and surname after him.
   */
  @Test
  void aPronounIsThePersonNamedSinceTheLastLeader() {
    List<Mention> ms =
        find(
            "1987-06-09",
            "UK \"STAR WARS\" CONTRACTS SEEN AS TOO SMALL",
            "British Prime Minister Margaret Thatcher has been one of President Reagan's few"
                + " staunch supporters on his plan to development an anti-ballistic missile defence"
                + " screen.",
            "But government sources said she has become angry about bureaucratic barriers to"
                + " British companies trying to break into the lucrative American defence market"
                + " generally -- a view voiced again today by her defence minister, George Younger.",
            "He told a gathering here of British and American businessmen, \"We in Europe greatly"
                + " welcome the emphasis which you in the U.S. Have placed on cooperation and"
                + " collaboration in the defence equipment sphere.\"");
    Mention m = quotedAt(ms, "U.S.");
    assertEquals("George Younger", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }

  /**
   * rss-2023-06:20384 (dev), a guard: a person a headline names after the leader is not noted (the
   * headline's object); "he's said" stays Trump's.
   */
  @Test
  void aPersonTheHeadlineNamesIsNotThePronoun() {
    List<Mention> ms =
        find(
            "2023-06-09",
            "Donald Trump's relentless attacks on special counsel Jack Smith",
            "\"He's a raging and uncontrolled Trump-hater,\" he's said.");
    assertEquals("Q22686", quotedAt(ms, "Trump").speakerEntityId());
  }
}
