package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 32 (docs/accuracy.md): speaker rules counted over the whole dev split; on excerpts
 * of dev-split items of ../shared/data with the project's gazetteers.
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
}
