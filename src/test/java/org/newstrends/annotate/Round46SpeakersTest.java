package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 46 (docs/accuracy-rounds.md): a definite description with an age or a capitalised
 * modifier, or with a relative clause after its comma, stands for the person named before it; a
 * speaker text holding one double quotation mark only is no speaker; a speaker text opened by a
 * sentence's adverbial ("In a tweet", "On Telegram he") is that adverbial's pronoun or no speaker;
 * on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round46SpeakersTest {

  /**
   * rss-2023-02:11029 (dev): "the Tonight Show host" (a capitalised modifier) after a sentence
   * opened by a person with no speech verb (round 16's person subject).
   */
  @Test
  void aCapitalisedDescriptionIsThePersonTheSentenceBeforeOpensWith() {
    List<Mention> ms =
        find(
            "2023-02-08",
            "Fallon on Biden’s call for unity: ‘One common goal – to mishandle classified"
                + " documents’",
            "Late-show hosts discuss Biden’s State of the Union address, Kevin Costner’s departure"
                + " from Yellowstone and Tucker Carlson’s latest rant about diversity",
            "Jimmy Fallon debriefed Joe Biden’s State of the Union address on Tuesday night, in"
                + " which the president challenged Republicans on threats to Medicare and social"
                + " security. “Of course, Democrats spent most of the night clapping for Biden – it"
                + " wasn’t for anything he said, they were just trying to keep him awake,” the"
                + " Tonight Show host joked.");
    assertEquals("Jimmy Fallon", quotedAt(ms, "Biden").speakerText());
  }

  /** rss-2023-08:686 (dev): "the Florida governor" after "Ron DeSantis said ...". */
  @Test
  void aCapitalisedDescriptionIsTheSpeakerBefore() {
    List<Mention> ms =
        find(
            "2023-08-01",
            "DeSantis says he'd weigh national TikTok ban if elected",
            "Republican presidential candidate Ron DeSantis said he would consider a national"
                + " TikTok ban if elected, amid bipartisan security concerns about the"
                + " Chinese-owned video sharing app. “I am inclined to not want TikTok in the United"
                + " States,” the Florida governor told The Wall Street Journal. “I think it’s"
                + " creating a security vulnerability for us. I think...");
    assertEquals(
        "Republican presidential candidate Ron DeSantis",
        quotedAt(ms, "United States").speakerText());
  }

  /**
   * Synthetic guard (round 12's "The Ukrainian president"): a description whose modifier is a
   * country's word stands for that country's office-holder, not for the person named before.
   */
  @Test
  void aCountrysDescriptionIsNotThePersonBefore() {
    List<Mention> ms =
        find(
            "2023-02-20",
            null,
            "Joe Biden said the West would stand by Kyiv. “We will not waver in Ukraine,” the"
                + " Ukrainian president said later.");
    String speaker = quotedAt(ms, "Ukraine").speakerText();
    assertFalse(speaker != null && speaker.contains("Biden"), speaker);
  }

  /**
   * rss-2023-03:33994 (dev, draw 146 #84): "The porn star, whose real name is ...": a relative
   * clause after the comma is no name in apposition; the description is the headline's speaker.
   */
  @Test
  void aDescriptionBeforeARelativeClauseIsTheOneNamedBefore() {
    List<Mention> ms =
        find(
            "2023-03-23",
            "Stormy Daniels says her phone records are going to HURT Trump after she gave them to"
                + " her attorney",
            "The porn star, whose real name is Stephanie Clifford, said her phone records are"
                + " 'gonna hurt' Trump - on a day a grand jury in Manhattan investigating former"
                + " President Trump didn't meet.");
    assertEquals("Stormy Daniels", quotedAt(ms, "hurt").speakerText());
  }

  /**
   * reuters:18484 (dev): the one named before is a country ("FRANCE SAYS ..."): the spokesman is
   * kept, not replaced by the country.
   */
  @Test
  void aDescriptionIsNoCountryNamedBefore() {
    List<Mention> ms =
        find(
            "1987-10-20",
            "FRANCE SAYS U.S. HAD RIGHT TO STRIKE",
            "France voiced its comprehension for a U.S. Attack on an Iranian target while calling"
                + " for a swift halt to the Gulf War to avoid further escalation.",
            "\"The French authorities reaffirm their attachment to the freedom and security of"
                + " navigation and to the right of all states to take action under international"
                + " law and the United Nations charter to halt attacks such as that of October"
                + " 16,\" the Foreign Ministry spokesman said in a statement.");
    assertEquals("the Foreign Ministry spokesman", quotedAt(ms, "French").speakerText());
  }

  /**
   * rss-2023-10:25210 (dev, draw 146 #91): "we will win.”" holds a closing mark only: it is part of
   * the quotation, not the second quotation's speaker; the attribution before it is found.
   */
  @Test
  void aTextHoldingOneQuotationMarkIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-10-21",
            "England v South Africa: Rugby World Cup 2023 semi-final – live",
            "Updates from the semi-final in Paris; kick-off 8pm BST",
            "Sign up for the Breakdown | Email Lee with your thoughts",
            "“I think if England play well, we will win.” says Jamie Tennant, “England to win by"
                + " 5.”");
    int quoted = 0;
    for (Mention m : ms) {
      if (m.inQuote() && m.surface().equals("England")) {
        assertEquals("Jamie Tennant", m.speakerText()); // the second quotation's too
        quoted++;
      }
    }
    assertEquals(2, quoted);
  }

  /** rss-2023-02:34781 (dev): "On Telegram he" is "he", the Zelenskiy named before. */
  @Test
  void anAdverbialBeforeAPronounIsThePronoun() {
    List<Mention> ms =
        find(
            "2023-02-24",
            "Ukraine marks first anniversary of Russia’s invasion | First Thing",
            "Zelenskiy hails ‘year of invincibility’ as vigils held around the world for war"
                + " victims. Plus, the fight to save orchids from a lethal black market",
            "Don’t already get First Thing in your inbox? Sign up here",
            "Good morning.",
            "Across Ukraine and the world, buildings and monuments have been illuminated in blue"
                + " and yellow lights and special services and vigils are being held to commemorate"
                + " the victims of Russia’s invasion, as the Ukrainian president, Volodymyr"
                + " Zelenskiy, proclaims that “this will be the year of victory”.",
            "What else did Zelenskiy say? On Telegram he said: “On 24 February, millions of us"
                + " made a choice. Not a white flag, but a blue and yellow flag. Not fleeing, but"
                + " facing. Facing the enemy. Resistance and struggle. It was a year of pain,"
                + " sorrow, faith and unity. And this is a year of our invincibility. We know that"
                + " this will be the year of our victory!”");
    Mention m = quotedAt(ms, "Resistance");
    assertFalse(m.speakerText().startsWith("On "), m.speakerText());
    assertEquals("Q3874799", m.speakerEntityId());
  }

  /** rss-2023-01:33609 (dev): "In a tweet" names no one: no speaker. */
  @Test
  void anAdverbialAloneIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-01-27",
            null,
            "The Associated Press was forced to backtrack after being mercilessly mocked for a"
                + " tweet instructing journalists not to call French people “the French.” In a"
                + " tweet posted Thursday morning, the AP Stylebook instructed journalists who work"
                + " with the organization not to use “dehumanizing” collective terms for people,"
                + " such as “the French.” The tweet was roundly ...");
    for (Mention m : ms) {
      if (m.inQuote() && m.speakerText() != null) {
        assertFalse(m.speakerText().startsWith("In a"), m.speakerText());
      }
    }
  }
}
