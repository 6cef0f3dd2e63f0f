package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 13 (docs/accuracy.md): speaker rules found in the sixth dev quote draw
 * (DevQuoteDrawer, note "round 13 quote draw"), on excerpts of dev-split items of ../shared/data
 * (2023 RSS descriptions; item ids as the dev fixture names them) with the project's gazetteers.
 * Each rule has its guard.
 */
class Round13SpeakersTest {

  /**
   * rss-2023-03:22537 (dev, lemonde.fr): the headline quotation has no attribution of its own; the
   * lede ends with the inverted one, "writes 'Le Monde' editorialist Sylvie Kauffmann".
   */
  @Test
  void aHeadlineQuotationIsTheLedesInvertedSource() {
    List<Mention> ms =
        find(
            "2023-03-14",
            "'The other front of the Russian offensive is a hybrid war aimed at weakening the EU"
                + " and democracy'",
            "It would be misguided to believe that all the Kremlin's energy is solely focused on"
                + " Ukraine's Donbas. In Georgia, Moldova, Serbia, Italy and Africa, an offensive of"
                + " another type is intensifying, writes 'Le Monde' editorialist Sylvie Kauffmann.");
    assertEquals("Le Monde editorialist Sylvie Kauffmann", at(ms, "Russian").speakerText());
    assertEquals("Le Monde editorialist Sylvie Kauffmann", at(ms, "EU").speakerText());
  }

  /**
   * rss-2023-09:26522 (dev, Daily Mail): "Ukrainian troops 'break through Russian defences ...'" is
   * the general the lede names as its source.
   */
  @Test
  void aHeadlineQuotationIsTheLedesSpeakingSubject() {
    List<Mention> ms =
        find(
            "2023-09-23",
            "Ukrainian troops 'break through Russian defences in key battleground' days after Kyiv"
                + " 'used Brit-made Storm Shadow missiles' to strike Putin's Black Sea fleet"
                + " headquarters",
            "Oleksandr Tarnavskiy told US media that the advance was still underway, in the latest"
                + " indication that Ukraine is making in-roads on the southern front.");
    assertEquals("Oleksandr Tarnavskiy", at(ms, "Russian").speakerText());
  }

  /**
   * Guard, rss-2023-07:17431 (dev, BBC): the lede names people but none speaks ("were among those
   * remembering"), so the headline quotation keeps no speaker.
   */
  @Test
  void aLedeWithNoSpeakerGivesNone() {
    List<Mention> ms =
        find(
            "2023-07-17",
            "Memorial celebrates 'radical spirit of Scotland' Winnie Ewing",
            "Ex-first ministers Alex Salmond and Nicola Sturgeon were among those remembering the"
                + " SNP trailblazer.");
    assertNull(at(ms, "Scotland").speakerText());
  }

  /**
   * Guard, rss-2023-03:6383 (dev): a headline that names its speaker keeps it; the rule is only for
   * quotations with none ("Justin Trudeau says '...'", rss-2023-09:26390).
   */
  @Test
  void aHeadlineSpeakerIsKept() {
    List<Mention> ms =
        find(
            "2023-09-25",
            "Justin Trudeau says 'it's important to push back against Russian propaganda' as he is"
                + " grilled over Nazi in Canadian parliament",
            "Oleksandr Tarnavskiy told US media that the advance was still underway.");
    assertEquals("Justin Trudeau", at(ms, "Russian").speakerText());
  }

  /**
   * Guard, rss-2023-03:19867 (dev, Washington Post): the title of a show in quotation marks is no
   * quotation of the lede's "Prosecutors".
   */
  @Test
  void aTitleOfAWorkTakesNoLedeSpeaker() {
    List<Mention> ms =
        find(
            "2023-03-14",
            "2 'The Voice of Holland' ex-stars face sex offense charges",
            "Prosecutors say that two former stars of \u201cThe Voice of Holland\u201d will be"
                + " charged with sex offenses linked to the once-popular Dutch talent show");
    assertNull(at(ms, "Holland").speakerText());
  }

  /**
   * Guard, rss-2023-08:25781 (dev, Daily Mail): "James Burke - accused of ..., has been arrested":
   * the lede's subject cut at a dash is the one arrested, no source of the headline's quotation.
   */
  @Test
  void aLedeSubjectCutAtADashGivesNone() {
    List<Mention> ms =
        find(
            "2023-08-22",
            "Disgraced police chief James Burke who bungled Gilgo Beach serial killer investigation"
                + " is arrested after 'soliciting sex worker at Vietnam War memorial'",
            "Disgraced police chief James Burke - accused of botching the Gilgo Beach investigation"
                + " - has been arrested for soliciting a sex worker.");
    assertNull(at(ms, "War").speakerText());
  }
}
