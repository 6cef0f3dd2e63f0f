package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 21 (docs/accuracy-rounds.md): speaker classes of round 21's fresh dev quote draw
 * and of the whole dev split, on excerpts of dev-split items of ../shared/data (2023 RSS titles and
 * descriptions) with the project's gazetteers.
 */
class Round21SpeakersTest {

  /**
   * rss-2023-06:23187 and rss-2023-08:23568 (dev, Daily Mail and Guardian headlines): a speaker
   * text cut before "and" whose capitalised subject is followed by a present verb in -s is that
   * subject ("Tim Scott hits back at Obama ... - and insists '...'", which gave the clause and
   * Obama as its entity). Guard: a plural noun before "to" is no verb ("Gina Lollobrigida fans
   * gather at funeral to", rss-2023-01:23445, dev judged set).
   */
  @Test
  void aHeadlineSubjectBeforeAPresentVerbAndAndSpeaks() {
    Mention america =
        at(
            find(
                "2023-06-18",
                "Tim Scott hits back at Obama for attacks on GOP - and insists 'America is NOT a"
                    + " racist country'"),
            "America");
    assertEquals("Tim Scott", america.speakerText());
    assertEquals(null, america.speakerEntityId());
    Mention trump =
        at(
            find(
                "2023-08-20",
                "Hutchinson makes Republican debate – and says he ‘doesn’t expect Trump to be"
                    + " nominee’"),
            "Trump");
    assertEquals("Hutchinson", trump.speakerText());
    Mention rome =
        at(
            find(
                "2023-01-19",
                "Gina Lollobrigida fans gather at funeral to say goodbye to ‘Queen of Rome’"),
            "Rome");
    assertNotEquals("Gina Lollobrigida", rome.speakerText());
  }

  /**
   * reuters:18592 (dev, round 21's fresh quote draw): the subject after an inverted "said" ends
   * before "of" and a possessive name; over 60 characters, it gave no speaker, and the paragraph
   * before gave Fred Axelgard.
   */
  @Test
  void anInvertedSubjectEndsBeforeOfAndAPossessiveName() {
    Mention greek =
        at(
            find(
                "1987-10-19",
                null,
                "\"Iran is in the driver's seat in an absolute sense as the cycle of attack and"
                    + " retaliation continues,\" said Fred Axelgard, a Gulf War expert with the"
                    + " private Center for Strategic and International Studies (CSIS).",
                "\"It's like a Greek tragedy,\" said retired Adm. Eugene Carroll of Washington's"
                    + " private Center for Defense Information (CDI) think tank."),
            "Greek");
    assertEquals("retired Adm. Eugene Carroll", greek.speakerText());
  }

  /**
   * rss-2023-10:22409 (dev, RT, round 21's fresh quote draw): a headline's final dash and words
   * opened by "former" and ended by a source word name the source of its quotation. Guard: "a man"
   * after the dash names nobody (round 20).
   */
  @Test
  void aDashSourceMayOpenWithFormer() {
    Mention mogadishu =
        at(
            find(
                "2023-10-19",
                "Israeli Gaza operation could be ‘Mogadishu on steroids’ – former CIA chief"),
            "Mogadishu");
    assertEquals("former CIA chief", mogadishu.speakerText());
    Mention guard =
        at(
            find("2023-10-19", "Israeli Gaza operation could be ‘Mogadishu on steroids’ – a man"),
            "Mogadishu");
    assertEquals(null, guard.speakerText());
  }

  /**
   * rss-2023-05:1142 (dev, Guardian, round 21's fresh quote draw): "This quotation of Mikhail
   * Gorbachev" right after a quotation names its speaker; so does "in the words of"
   * (rss-2023-10:31513, dev).
   */
  @Test
  void theQuotationOfNamesItsSpeaker() {
    Mention reagan =
        at(
            find(
                "2023-05-01",
                null,
                "“Without Reagan the cold war would not have ended, but without Shultz, Reagan would"
                    + " not have ended the cold war.” This quotation of Mikhail Gorbachev – from the"
                    + " preface of In the Nation’s Service, a biography of George Shultz – now has a"
                    + " bittersweet taste."),
            "Reagan");
    assertEquals("Mikhail Gorbachev", reagan.speakerText());
    Mention hamas =
        at(
            find(
                "2023-10-25",
                null,
                "The first phase has started with an intense air bombardment and will continue"
                    + " with ground operations aimed at “neutralising terrorists and destroying Hamas"
                    + " infrastructure”, in the words of Israel’s defence minister, Yoav Gallant."),
            "Hamas");
    assertEquals("person:yoav-gallant", hamas.speakerEntityId());
  }
}
