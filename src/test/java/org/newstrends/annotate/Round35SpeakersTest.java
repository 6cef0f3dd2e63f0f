package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 35 (docs/accuracy-rounds.md): wrong-speaker classes counted over the whole dev
 * split; on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round35SpeakersTest {

  /**
   * rss-2023-05:3016 (dev, Fox News; draw 135's #2): a headline's speaker text ran on over the main
   * clause and "as"; the subject of the clause that holds the quotation speaks.
   */
  @Test
  void theSubjectAfterAsSpeaks() {
    List<Mention> ms =
        find(
            "2023-05-03",
            "Democrats groan as Oklahoma superintendent calls teacher unions a 'terrorist"
                + " organization'");
    assertEquals("Oklahoma superintendent", quotedAt(ms, "terrorist").speakerText());
  }

  /**
   * rss-2023-07:6281 (dev, Daily Mail): "after" and a name with its role, in the headline and in
   * the lede.
   */
  @Test
  void theSubjectAfterAfterSpeaks() {
    List<Mention> ms =
        find(
            "2023-07-06",
            "BBC apologises after news anchor Anjana Gadgil says 'Israeli forces are happy to kill"
                + " children'",
            "The BBC has provoked outrage after newsreader Anjana Gadgil said 'Israeli forces are"
                + " happy to kill children' during an interview with the country's ex-prime minister"
                + " Naftali Bennett.");
    for (Mention m : ms) {
      if (m.inQuote()) {
        assertEquals(
            m.field().equals("title") ? "news anchor Anjana Gadgil" : "newsreader Anjana Gadgil",
            m.speakerText());
      }
    }
  }

  /**
   * rss-2023-02:27195 (dev, Fox News), a guard: a quotation after a colon is the main clause's
   * ("China furious after US warns ...: 'The US is in no position to tell China what to do'").
   */
  @Test
  void afterAColonTheMainClauseKeepsTheQuotation() {
    List<Mention> ms =
        find(
            "2023-02-20",
            "China furious after US warns against arming Russia: ‘The US is in no position to tell"
                + " China what to do’");
    assertEquals("CN", quotedAt(ms, "China").speakerEntityId());
  }

  /**
   * rss-2023-08:10522 (dev, CNBC; draw 135's #82): the headline's "China hawk" is written in the
   * lede right before the name, "Prominent China hawk Kyle Bass told CNBC": the name speaks, not
   * China.
   */
  @Test
  void aHeadlineDescriptionTakesTheNameTheLedeGivesIt() {
    List<Mention> ms =
        find(
            "2023-08-09",
            "China hawk says Beijing could attack Taiwan by 2024, bringing ‘war to the West’",
            "Prominent China hawk Kyle Bass told CNBC Tuesday that he believes Chinese President Xi"
                + " Jinping is determined to \"bring war to the West,\" with an invasion of Taiwan"
                + " likely by 2024.");
    Mention war =
        ms.stream().filter(m -> m.field().equals("title") && m.inQuote()).findFirst().get();
    assertEquals("China hawk Kyle Bass", war.speakerText());
    assertNull(war.speakerEntityId());
  }

  /**
   * rss-2023-04:32348 (dev, CNBC; draw 135's #67-68): a speaker text that was the adverb alone
   * ("now"), cut after a relative clause's comma; the name opening the sentence speaks.
   */
  @Test
  void aLoneAdverbGivesTheSentencesOpening() {
    List<Mention> ms =
        find(
            "2023-04-24",
            null,
            "Tech investor Chamath Palihapitiya, who previously claimed bitcoin has replaced gold and"
                + " would eventually get to $200,000, now says \"crypto is dead in America.\"");
    assertEquals("Tech investor Chamath Palihapitiya", quotedAt(ms, "America").speakerText());
  }
}
