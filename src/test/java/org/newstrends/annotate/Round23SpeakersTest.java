package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 23 (docs/accuracy-rounds.md): speaker classes of round 23's fresh dev quote draw
 * (salt 23), on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round23SpeakersTest {

  /**
   * rss-2023-09:16891 (dev, Le Monde, round 23's fresh quote draw): a one-word topic rubric before
   * a headline's colon is no speaker ("Defense" was); the standfirst's writer is. The BBC's
   * "Insomnia: '...'" (rss-2023-04:26254, dev) gives nobody.
   */
  @Test
  void aOneWordTopicRubricIsNoSpeaker() {
    Mention france =
        quotedAt(
            find(
                "2023-09-14",
                "Defense: 'When France looks to the long term, Germany responds politely, but puts"
                    + " its short-term interests first'",
                "Jean-Michel Bezat writes that the tensions between Paris and Berlin are hardening"
                    + " around the Main Ground Combat System, which is set to replace France's"
                    + " Leclerc and Germany's Leopard tanks by 2040."),
            "France");
    assertEquals("Jean-Michel Bezat", france.speakerText());
    Mention killed =
        quotedAt(
            find("2023-04-20", "Insomnia: 'My brother killed himself after sleep struggle'"),
            "killed");
    assertNull(killed.speakerText());
  }

  /**
   * rss-2023-07:1327 (dev, Le Monde, round 23's fresh quote draw) and rss-2023-03:5956 (dev, Le
   * Monde): "observes" in the standfirst's inverted attribution names the headline quotation's
   * writer; it gave nobody.
   */
  @Test
  void observesNamesTheWriter() {
    Mention putin =
        quotedAt(
            find(
                "2023-07-02",
                "'The Prigozhin episode has cracked Putin's image as the infallible leader of an"
                    + " omnipotent state'",
                "The mutiny carried out by the head of the Wagner Group demolished the official"
                    + " national narrative on the causes of the war in Ukraine, observes Le Monde"
                    + " columnist Alain Frachon."),
            "Putin");
    assertEquals("Le Monde columnist Alain Frachon", putin.speakerText());
  }
}
