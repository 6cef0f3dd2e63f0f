package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 32 (docs/accuracy-rounds.md): speaker rules counted over the whole dev split; on
 * excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round32SpeakersTest {

  /**
   * rss-2023-07:23760 (dev, the Guardian; draw 132): a description holding a capital, then the name
   * in apposition before the verb: the name speaks, not "Britain's ambassador to Rome".
   */
  @Test
  void theNameInAppositionAfterADescriptionSpeaks() {
    List<Mention> ms =
        find(
            "2023-07-21",
            null,
            "Before the February 2002 bilateral, Britain’s ambassador to Rome, John Shepherd, told"
                + " the government it had a “real opportunity” to exploit the Italian prime"
                + " minister’s “orientations in Europe in support of UK interests, holding our noses"
                + " and staying alert to the risks as we do”.");
    assertEquals("John Shepherd", quotedAt(ms, "UK").speakerText());
  }

  /**
   * rss-2023-07:37214 (dev, the Guardian; draw 132): the same in the sentence before "He added:":
   * the pronoun is Dmitry Peskov, not "AFP reports that Kremlin spokesperson".
   */
  @Test
  void theNameInAppositionIsTheSubjectAPronounStandsFor() {
    List<Mention> ms =
        find(
            "2023-07-31",
            null,
            "The Kremlin on Monday described a recent drone attack on Moscow as an “act of"
                + " desperation” by Ukraine after setbacks on the battlefield. AFP reports that"
                + " Kremlin spokesperson, Dmitry Peskov, said it has been “very difficult” for"
                + " Ukrainian forces on the frontline since it launched its counteroffensive in"
                + " June. He added: “It is obvious that the counteroffensive is not a success. In"
                + " an act of desperation, the regime in Kyiv is turning to such terrorist"
                + " attacks.”");
    Mention terrorist = quotedAt(ms, "terrorist");
    assertEquals("Dmitry Peskov", terrorist.speakerText());
    assertEquals("person:dmitry-peskov", terrorist.speakerEntityId());
  }

  /**
   * reuters:2139 (dev; draw 132): "he" never stands for a plural subject ("Economic analysts"); the
   * one the item quotes (Murilo Rubens Habbema, "was quoted ... as saying") is not found, so no
   * speaker rather than a wrong one.
   */
  @Test
  void heIsNoPluralSubject() {
    List<Mention> ms =
        find(
            "1987-03-04",
            null,
            "Economic analysts said the strike was of serious concern to the government, which has"
                + " already had to suspend interest payments on part of Brazil's foreign debt.",
            "The head of the National Merchant Marine Authority, Murilo Rubens Habbema, was quoted"
                + " in today's Gazeta Mercantil newspaper as saying that if the strike continued"
                + " foreign ships could be authorized to transport Brazilian exports.",
            "\"Brazil is living through a crisis at the moment, and it is not conceivable that"
                + " exports be hit,\" he said.");
    Mention brazil = quotedAt(ms, "Brazil");
    assertNull(brazil.speakerText());
    assertNull(brazil.speakerEntityId());
  }

  /**
   * rss-2023-01:37053 (dev), a guard: a name, then a description in apposition ("a 35-year-old
   * farmer"): the name still speaks.
   */
  @Test
  void aNameBeforeItsDescriptionStillSpeaks() {
    List<Mention> ms =
        find(
            "2023-01-15",
            null,
            "“Brothers and sisters, right now our Peru needs us more than ever,” Nilda Mendoza"
                + " Coronel, a 35-year-old farmer, said.");
    assertEquals("Nilda Mendoza Coronel", quotedAt(ms, "Peru").speakerText().split(",")[0].strip());
  }

  /**
   * reuters:15247 (dev), a guard: "he" after a singular subject named in a paragraph before ("said
   * de Clercq") still takes it when no plural subject lies between.
   */
  @Test
  void heStillTakesASingularSubject() {
    List<Mention> ms =
        find(
            "1987-03-04",
            null,
            "Japan's 1987 car export restraint to the European Community (EC) is not enough, EC"
                + " external trade chief Willy de Clercq said.",
            "\"But even 10 pct is 100,000 cars, whereas we sell only 40,000 cars to Japan (per"
                + " year) in total,\" he said.");
    Mention japan = quotedAt(ms, "Japan");
    assertEquals("EC external trade chief Willy de Clercq", japan.speakerText());
  }

  /**
   * rss-2023-09:21641 (dev, NPR; draw 132): a quotation in title case after "during" is an event's
   * name, not the pastor's speech ({@code name_quote_before_prepositions}).
   */
  @Test
  void aTitleCaseNameAfterDuringHasNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-09-20",
            null,
            "Matoaka Baptist Church pastor said he was impersonating Ray Charles in one incident"
                + " and dressed as a Native woman during \"Cowboys and Indians Night\" at a church"
                + " camp.");
    Mention indians = quotedAt(ms, "Indians");
    assertNull(indians.speakerText());
    assertEquals("scare", indians.quoteKind());
  }

  /**
   * rss-2023-01:5341 (dev), a guard: a quotation after "on" that is not in title case is still
   * speech, and its speaker speaks.
   */
  @Test
  void aLowerCaseQuotationAfterOnStillHasItsSpeaker() {
    List<Mention> ms =
        find(
            "2023-01-06",
            null,
            "Incoming California Democratic Representative-elect Robert Garcia says he will be sworn"
                + " in “on the U.S. Constitution” — along with a rare Superman comic book.");
    assertEquals(
        "Incoming California Democratic Representative-elect Robert Garcia",
        quotedAt(ms, "U.S.").speakerText());
  }

  /**
   * rss-2023-07:37214 (dev, the Guardian; draw 132): after "called for revenge, saying:", a
   * quotation ending its sentence, then a new sentence "He said ...": no attribution of the
   * quotation; the participle's subject speaks, not "Authorities" (the pronoun's subject). Guard:
   * the later quotation of "He said" is still Kuleba's.
   */
  @Test
  void aNewSentenceAfterAParticiplesQuotationIsNoAttribution() {
    List<Mention> ms =
        find(
            "2023-07-31",
            null,
            "At least six people, including a 10-year-old child, have been killed and more than 50"
                + " people injured when Russia struck a high-rise apartment in Kryvyi Rih."
                + " Authorities said people were trapped under rubble. Oleksiy Kuleba, the deputy"
                + " head of Volodymyr Zelenskiy’s office, called for revenge, saying: “Every day,"
                + " Ukrainian cities are under fire from Russian terrorists. Sumy, Zaporizhzhia,"
                + " Dnipro, Kharkiv. This is only for the last few days.” He said targeting"
                + " civilians was a sign of “the despair and defeat of the Russian Federation at the"
                + " front”.");
    assertEquals("Oleksiy Kuleba", quotedAt(ms, "terrorists").speakerText());
    assertEquals("Oleksiy Kuleba", quotedAt(ms, "Russian Federation").speakerText());
  }
}
