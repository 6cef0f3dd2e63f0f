package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 34 (docs/accuracy-rounds.md): speaker rules counted over the whole dev split; on
 * excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round34SpeakersTest {

  /**
   * rss-2023-08:7047 (dev, the Guardian): after a quotation ending with a comma, a subject longer
   * than 60 characters before "told": a lower-case role, then the name and its institution.
   */
  @Test
  void aLongSubjectAfterTheQuotationSpeaks() {
    List<Mention> ms =
        find(
            "2023-08-06",
            null,
            "“We are entering the last-chance saloon to show that these particles are the cause of"
                + " dark matter, and we want to make sure Britain is at the heart of that work by"
                + " building the final generation of these detectors,” physicist Professor Chamkaur"
                + " Ghag of University College London told the Observer.");
    assertEquals(
        "physicist Professor Chamkaur Ghag of University College London",
        quotedAt(ms, "Britain").speakerText());
  }

  /**
   * rss-2023-10:20433 (dev, the Hill), a guard: a long definite description after the quotation
   * ("the former South Carolina governor and 2024 GOP presidential hopeful") stands for the one
   * named in the sentence before; the name keeps the quotation.
   */
  @Test
  void aLongDefiniteDescriptionLeavesTheNameNamedBefore() {
    List<Mention> ms =
        find(
            "2023-10-17",
            null,
            "Former Ambassador to the United Nations Nikki Haley (R) told Fox News that Middle"
                + " Eastern countries should take refugees from Gaza during an appearance Tuesday."
                + " “I've always said we shouldn't take any Gazan refugees in the U.S.,” the former"
                + " South Carolina governor and 2024 GOP presidential hopeful said.");
    assertEquals(
        "Former Ambassador to the United Nations Nikki Haley", quotedAt(ms, "U.S.").speakerText());
  }

  /**
   * rss-2023-02:11085 (dev, the Guardian), a guard: a clause after the quotation's comma ("as the
   * country reels from ... which have claimed") is no subject; the sentence's subject keeps it.
   */
  @Test
  void aClauseAfterTheQuotationIsNoSubject() {
    List<Mention> ms =
        find(
            "2023-02-13",
            null,
            "Peru has called on citizens to report social media users suspected of supporting or"
                + " inciting “acts of terrorism”, as the country reels from two months of violent"
                + " anti-government protests which have claimed at least 59 lives.");
    Mention terrorism = quotedAt(ms, "terrorism");
    assertEquals("PE", terrorism.speakerEntityId());
    assertEquals("scare", terrorism.quoteKind());
  }

  /**
   * rss-2023-08:33694 (dev, the Guardian; draw 132's "Shea continues:" 3): the present "continues"
   * introduces a quotation as "continued" does.
   */
  @Test
  void continuesIntroducesAQuotation() {
    List<Mention> ms =
        find(
            "2023-08-28",
            null,
            "I’m wrong, though. Shea continues: “And that number goes a bit higher when [the"
                + " respondents are] younger, similar surveys all across the world. US, Australia,"
                + " India: he’s huge all across the world.”");
    assertEquals("Shea", quotedAt(ms, "Australia").speakerText());
  }

  /**
   * rss-2023-10:27371 (dev, CBC; draw 134): a sentence-final attribution followed by a
   * prepositional phrase longer than 40 characters ("says at his murder-terror trial in Ontario
   * court in Windsor").
   */
  @Test
  void aSentenceFinalAttributionWithALongPhraseAfterItsVerb() {
    List<Mention> ms =
        find(
            "2023-10-23",
            null,
            "Nathaniel Veltman planned for months to kill Muslims, purchased a pickup truck to use a"
                + " \"murder weapon\" and psyched himself up before driving into the Afzaal family in"
                + " London in June 2021 by reading about other terrorist attacks, Crown prosecutor"
                + " Jennifer Moser says at his murder-terror trial in Ontario court in Windsor.");
    assertEquals("Crown prosecutor Jennifer Moser", quotedAt(ms, "murder").speakerText());
  }

  /**
   * reuters:6419 (dev; draw 134): "reported NAME as saying:" before the quotation: the one reported
   * speaks, not the paper.
   */
  @Test
  void theOneReportedAsSayingSpeaks() {
    List<Mention> ms =
        find(
            "1987-03-19",
            null,
            "The daily al-Riyadh reported Prince Sultan ibn Abdulaziz as saying: \"A thorough study"
                + " by the Ministry on the submarines has been completed and it is probable King"
                + " Fahd will announce the party with which the kingdom will deal to buy them.\"");
    assertEquals("Prince Sultan ibn Abdulaziz", quotedAt(ms, "King Fahd").speakerText());
  }

  /**
   * rss-2023-03:36943 (dev, the Guardian; draw 134): "according to a statement issued on Saturday"
   * names a document with no owner; the name opening the sentence speaks.
   */
  @Test
  void aStatementWithNoOwnerLeavesTheSentenceSubject() {
    List<Mention> ms =
        find(
            "2023-03-25",
            null,
            "Nanaia Mahuta told the Chinese foreign minister, Qin Gang, of her government’s “deep"
                + " concerns regarding the human rights situation in Xinjiang and the erosion of"
                + " rights and freedoms in Hong Kong”, according to a statement issued on"
                + " Saturday.");
    assertEquals("Nanaia Mahuta", quotedAt(ms, "Xinjiang").speakerText());
  }

  /**
   * rss-2023-09:6545 (dev, Le Monde headline): "says" and a name right after the closing mark, with
   * no comma before it; the name speaks.
   */
  @Test
  void anInvertedAttributionWithNoCommaAfterAHeadlineQuotation() {
    List<Mention> ms =
        find(
            "2023-09-06",
            "'Russian flag cannot be at Paris Olympics' says French President Macron");
    assertEquals("French President Macron", quotedAt(ms, "Russian").speakerText());
  }
}
