package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 18 (docs/accuracy-rounds.md): "he"/"she" given to the last leader named although
 * the paragraph names another person before the quotation, on excerpts of dev-split items of
 * ../shared/data (2023 RSS descriptions) with the project's gazetteers.
 */
class Round18SpeakersTest {

  /**
   * rss-2023-03:46795 (dev, Guardian): Chris Rock asks about Trump; "he" is Chris Rock, not Trump,
   * the last leader named.
   */
  @Test
  void aPronounAfterAPersonNamedInItsParagraphIsThatPerson() {
    List<Mention> ms =
        find(
            "2023-03-31",
            "After indictment, Trump will play the victim – and the tactic will work for many"
                + " Republicans",
            "Comedian Chris Rock gazed out at the audience at an awards ceremony in Washington"
                + " earlier this month. “Are you guys really going to arrest Trump?” he asked"
                + " bluntly. “This is only going to make him more popular!”");
    Mention m = ms.stream().filter(x -> x.inQuote()).findFirst().get();
    assertEquals("Trump", m.surface());
    assertEquals("Chris Rock", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /**
   * rss-2023-07:8214 (dev, Guardian): "Linda Thomas-Greenfield, America's voice at the United
   * Nations, ... '...,' she told the general assembly": not Biden of the headline.
   */
  @Test
  void aPronounIsNotTheLeaderOfTheHeadlineWhenItsParagraphNamesSomeone() {
    List<Mention> ms =
        find(
            "2023-07-07",
            "End justifies means for Biden in sending cluster bombs to Ukraine",
            "Linda Thomas-Greenfield, America’s voice at the United Nations, usually chooses her"
                + " words carefully. “We have seen videos of Russian forces moving exceptionally"
                + " lethal weaponry into Ukraine, which has no place on the battlefield,” she told"
                + " the general assembly last year.");
    Mention m = at(ms, "Russian");
    assertEquals("Linda Thomas-Greenfield", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /**
   * Guards: rss-2023-06:19143 (dev, NBC News): a person named after "with" (the interviewer, "with
   * NBC News' Richard Engel") is an object, so "he" stays the Ukrainian president of the headline;
   * rss-2023-10:5446 (dev, Times of India): the person named is the leader himself ("Prime Minister
   * Narendra Modi inaugurated ... He said").
   */
  @Test
  void anObjectOrTheLeaderHimselfKeepsTheLeader() {
    List<Mention> ms =
        find(
            "2023-06-15",
            "Exclusive: Zelenskyy warns U.S. will face war if Ukraine support wanes",
            "In an exclusive interview with NBC News’ Richard Engel, the Ukrainian president said"
                + " that Russia will move further into Europe if Ukraine’s allies stop sending"
                + " military support. “At this moment the United States will have to choose, the"
                + " collapse of NATO or go to war,” he warned.");
    assertEquals("Q3874799", at(ms, "NATO").speakerEntityId());
    // a second case, Modi's "I have already come prepared with a special gift right from Delhi",
    // carried its speaker on "Delhi", which is no longer India's metonym (the city, 2026-12-05):
    // its quotation now holds no mention to carry one
  }

  /**
   * Only people named before the quotation count: "Janet Yellen" after {@code upTo} is not one of
   * them (a name after the quotation once came back because {@code Matcher.find(int)} resets the
   * matcher's region).
   */
  @Test
  void onlyPeopleNamedBeforeTheQuotationCount() {
    Quotes quotes = new Quotes(AnnotateWords.defaults());
    String text = "Chris Rock spoke. \u201cIt works,\u201d he said, and Janet Yellen agreed.";
    int upTo = text.indexOf('\u201c') + 1;
    List<int[]> named = quotes.givenNamePersons(text, upTo);
    assertEquals(1, named.size(), "one person before the quotation");
    assertEquals("Chris Rock", text.substring(named.get(0)[0], named.get(0)[1]));
    assertEquals(2, quotes.givenNamePersons(text, text.length()).size(), "both, over the text");
  }
}
