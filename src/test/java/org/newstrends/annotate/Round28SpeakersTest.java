package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 28 (docs/accuracy-rounds.md): a speaker entity is a leader, person, organisation or
 * country, never a place or a term, which only describe the speaker; on excerpts of dev-split items
 * of ../shared/data with the project's gazetteers.
 */
class Round28SpeakersTest {

  /**
   * rss-2023-06:4724 (dev, the Guardian): "Scotland’s chief constable, Sir Iain Livingstone, has
   * said ..." keeps its speaker text; Scotland (a place) was its speaker entity.
   */
  @Test
  void aPlaceInTheSpeakerTextIsNoSpeakerEntity() {
    List<Mention> ms =
        find(
            "2023-06-04",
            "Search of Nicola Sturgeon’s home ‘proportionate and necessary’, says police chief",
            "Sir Iain Livingstone said forensic tent set up outside former first minister’s house"
                + " was not politically motivated",
            "Scotland’s chief constable, Sir Iain Livingstone, has said the decision to raid Nicola"
                + " Sturgeon’s home and erect a large tent across the entrance was “proportionate"
                + " and necessary.”");
    List<Mention> quoted =
        ms.stream().filter(m -> m.inQuote() && m.surface().equals("proportionate")).toList();
    Mention body = quoted.get(quoted.size() - 1);
    assertEquals("Scotland’s chief constable, Sir Iain Livingstone", body.speakerText());
    assertNull(body.speakerEntityId());
  }

  /**
   * rss-2023-04:6602 (dev, ABC News; round 24's draw 24, judged wrong): the headline's subject
   * "Stepmom in murder trial over boy's death" speaks; "death" (a term) was its speaker entity.
   */
  @Test
  void aTermInTheSpeakerTextIsNoSpeakerEntity() {
    List<Mention> ms =
        find(
            "2023-04-06",
            "Stepmom in murder trial over boy's death says 'I don't kill'",
            "The father of an 11-year-old Colorado boy found dead in Florida, took the stand to"
                + " testify against his now ex-wife, who is on trial for killing the boy");
    Mention kill = quotedAt(ms, "kill");
    assertEquals("Stepmom in murder trial over boy's death", kill.speakerText());
    assertNull(kill.speakerEntityId());
  }

  /**
   * rss-2023-01:9201 (dev, the New York Times), the guard: a country still speaks ("Russia’s
   * Defense Ministry said ...": Russia).
   */
  @Test
  void aCountryStillSpeaks() {
    List<Mention> ms =
        find(
            "2023-01-09",
            "Ukraine Rejects Russia’s Claim of 600 Killed in Kramatorsk Attack",
            "Russia’s Defense Ministry said it had carried out a strike that “killed 600 people,”"
                + " but no evidence has emerged to support the claim.");
    Mention killed = quotedAt(ms, "killed");
    assertEquals("Russia’s Defense Ministry", killed.speakerText());
    assertEquals("RU", killed.speakerEntityId());
  }
}
