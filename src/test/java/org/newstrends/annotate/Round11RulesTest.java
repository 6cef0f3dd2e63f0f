package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 11 (docs/accuracy-rounds.md): the speaker rules found on the dev split
 * (DevSplitDump), on excerpts of dev-split items of ../shared/data (2023 RSS descriptions,
 * Reuters-21578 records; item ids as DevSplitDump names them) with the project's gazetteers. Each
 * rule has its guard.
 */
class Round11RulesTest {

  private static final Quotes QUOTES = new Quotes(AnnotateWords.defaults());

  /** reuters:17806 (dev): an appositive of 61-90 characters between the name and "said". */
  @Test
  void aLongAppositiveBeforeSaidKeepsTheName() {
    List<Mention> ms =
        find(
            "1987-03-31",
            null,
            "\"Although Japanese investors sold huge amounts of stocks in New York yesterday, most"
                + " are still looking for chances to lighten their U.S. Stock inventories,\""
                + " Hiromitsu Sunada, manager of Meiji Mutual Life Insurance Co's international"
                + " investment department said.");
    String speaker = at(ms, "Japanese").speakerText();
    assertTrue(speaker != null && speaker.startsWith("Hiromitsu Sunada"), speaker);
  }

  /**
   * rss-2023-07:12562 (dev): the name is the speaker; "for Afghanistan reconstruction" makes
   * Afghanistan no speaker entity.
   */
  @Test
  void aCountryAfterForAndBeforeAnotherWordIsNoSpeakerEntity() {
    List<Mention> ms =
        find(
            "2023-07-20",
            null,
            "\u201cWe did not really understand Afghanistan or how it worked as a country,\u201d John"
                + " Sopko, the special inspector general for Afghanistan reconstruction (Sigar),"
                + " told a conference.");
    Mention m = at(ms, "Afghanistan");
    assertTrue(m.speakerText() != null && m.speakerText().startsWith("John Sopko"));
    assertNull(m.speakerEntityId());
  }

  /**
   * rss-2023-04:22567 (dev): "a congresswoman from Georgia" is not the country Georgia speaking.
   */
  @Test
  void aNameAfterFromIsNoSpeakerEntity() {
    List<Mention> ms =
        find(
            "2023-04-14",
            null,
            "\u201cAnd he told the truth about troops being on the ground in Ukraine and a lot"
                + " more,\u201d Greene, a congresswoman from Georgia, said.");
    Mention m = at(ms, "Ukraine");
    assertEquals("Greene, a congresswoman from Georgia", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /** rss-2023-05:26799 (dev): "China's ambassador to Australia" speaks for China. */
  @Test
  void theOwnerBeforeAnAmbassadorToIsTheSpeakerEntity() {
    List<Mention> ms =
        find(
            "2023-05-10",
            null,
            "China\u2019s ambassador to Australia, Xiao Qian, has denounced the Aukus"
                + " nuclear-powered submarine plan as an \u201cunnecessary consumption of the"
                + " hardworking Australian taxpayers\u2019 money\u201d.");
    assertEquals("CN", at(ms, "Australian").speakerEntityId());
  }

  /** Guard, rss-2023-02:15390 (dev): "the spokesperson for Ukraine's air force" keeps Ukraine. */
  @Test
  void aCountryOwningTheNextWordAfterForStays() {
    List<Mention> ms =
        find(
            "2023-02-12",
            null,
            "\u201cIt is the most widespread fighter jet in the world and many Nato members have"
                + " it,\u201d Yuriy Ihnat, the spokesperson for Ukraine\u2019s air force, had said the"
                + " weekend before.");
    assertEquals("UA", at(ms, "Nato").speakerEntityId());
  }

  /** Guards of the preposition test itself, on speaker texts from the dev split. */
  @Test
  void prepositionGuards() {
    String lawyers = "Lawyers for Ukraine";
    assertFalse(QUOTES.objectOfPreposition(lawyers, 12, 19, false), "for, ending the text");
    String critics = "Critics rip DeSantis for Trump comment they";
    assertTrue(QUOTES.objectOfPreposition(critics, 25, 30, true), "for, another word follows");
    String modi = "Another state minister from Modi\u2019s ruling Bharatiya Janata party";
    assertTrue(QUOTES.objectOfPreposition(modi, 28, 32, true), "a person's possessive");
    assertFalse(QUOTES.objectOfPreposition(modi, 28, 32, false), "a country's possessive");
    String police = "police in South Korea";
    // round 12 (speaker_locative_institutions): police in a country speak for it
    assertFalse(QUOTES.objectOfPreposition(police, 10, 21, false));
    String ihnat = "Yuriy Ihnat, the spokesperson for Ukraine\u2019s air force,";
    assertFalse(QUOTES.objectOfPreposition(ihnat, 34, 41, false));
    // no preposition before, or a word merely ending in one ("Toronto")
    assertFalse(QUOTES.objectOfPreposition("Israel's ambassador", 0, 6, false));
    assertFalse(QUOTES.objectOfPreposition("the Milan office", 4, 9, false));
  }

  /** rss-2023-10:40270 (dev): "from Modi's ruling party" does not make Modi the speaker. */
  @Test
  void aLeaderOwningTheSpeakersPartyIsNotTheSpeaker() {
    List<Mention> ms =
        find(
            "2023-10-12",
            null,
            "Another state minister from Modi\u2019s ruling Bharatiya Janata party warned in a tweet"
                + " that India \u201cmay face the situation that Israel is confronting today\u201d.");
    Mention m = at(ms, "Israel");
    assertNotEquals(null, m.speakerText());
    assertNull(m.speakerEntityId());
  }
}
