package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 13 (docs/accuracy-rounds.md): speaker rules found in the sixth dev quote draw
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

  /**
   * Guard (crime report), rss-2023-06:38982 (dev, Daily Mail): the headline quotation is the
   * allegation and the lede's subject the accused ("A Missouri woman accused of kidnapping ..."):
   * no speaker (list {@code lede_allegation_after}).
   */
  @Test
  void aLedeSubjectAccusedOfTheCrimeGivesNone() {
    List<Mention> ms =
        find(
            "2023-06-30",
            "Woman who 'shot pregnant woman dead before ripping the child from her womb' is now"
                + " indicted",
            "A Missouri woman accused of kidnapping and killing a woman 31-weeks pregnant before"
                + " cutting the unborn child from her body has been indicted for the fetus' death.");
    assertNull(at(ms, "dead").speakerText());
  }

  /**
   * Guard (crime report), rss-2023-08:18996 (dev, Daily Mail): "Michael Manis, 71, admitted to
   * police ..." reports his confession; the headline's allegation is not his words.
   */
  @Test
  void aLedeSubjectWhoAdmittedTheCrimeGivesNone() {
    List<Mention> ms =
        find(
            "2023-08-16",
            "New Jersey retiree, Michael Manis, 71, 'suffocated his wife to death before staging"
                + " elaborate violent home invasion as a cover-up'",
            "Michael Manis, 71, admitted to police in New Jersey that he suffocated his wife with a"
                + " pillow last Friday before staging a home invasion scene.");
    assertNull(at(ms, "death").speakerText());
  }

  /**
   * Guard (crime report), rss-2023-08:9344 (dev, Daily Mail): "The alleged victim told cops ...": a
   * subject holding a word of {@code lede_allegation_subject} gives no speaker.
   */
  @Test
  void anAllegedSubjectGivesNone() {
    List<Mention> ms =
        find(
            "2023-08-08",
            "British woman, 20, 'is sexually assaulted by UK tourist staying at the same hotel' in"
                + " Magaluf",
            "The alleged victim told cops he was a stranger she had never met before.");
    assertNull(at(ms, "UK").speakerText());
  }

  /**
   * Kept by the guard, rss-2023-06:29258 (dev, Daily Mail): in a crime report whose lede's subject
   * is the police, the police stay the source of the headline's allegation.
   */
  @Test
  void aCrimeReportKeepsThePoliceAsSource() {
    List<Mention> ms =
        find(
            "2023-06-22",
            "Mother 'killed her two newborn babies born a year apart and kept their bodies in her"
                + " freezer'",
            "Police said that the mother of three had stored them in a freezer in plastic bags,"
                + " after uncovering the horror during an investigation in the northwestern city of"
                + " Suwon, South Korea on Wednesday.");
    assertEquals("Police", at(ms, "killed").speakerText());
  }

  /**
   * Kept by the guard, rss-2023-03:46108 (dev, Fox News): the lede's verb ("called for") is no
   * speech verb, yet Schumer is the headline quotation's source: why the guard is not "require a
   * speech verb".
   */
  @Test
  void aLedeSubjectWithAReportingVerbIsKept() {
    List<Mention> ms =
        find(
            "2023-03-31",
            "Schumer on indictment: Trump 'is subject to the same laws as every American'",
            "Senate Majority Leader Charles Schumer (D-N.Y.) on Thursday called for calm heads to"
                + " prevail after the Manhattan District Attorney's office indicted former President"
                + " Trump in relation to hush money payments made to an adult film actress Stormy"
                + " Daniels during his 2016 campaign.");
    assertEquals("Senate Majority Leader Charles Schumer", at(ms, "American").speakerText());
  }
}
