package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 22 (docs/accuracy-rounds.md): speaker classes of round 22's fresh dev quote draw
 * (salt 22), on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round22SpeakersTest {

  /**
   * reuters:6958 (dev, round 22's fresh quote draw): the subject after an inverted "said" ends
   * before "responsible for"; over 60 characters, it gave no speaker, and an earlier paragraph gave
   * "Latin American officials". The subject's own role and country stay ("a senior Peruvian
   * government official" speaks for Peru's government).
   */
  @Test
  void anInvertedSubjectEndsBeforeResponsibleFor() {
    Mention brazilian =
        at(
            find(
                "1987-03-02",
                null,
                "\"The Brazilian and Ecuadorean experience shows orthodox solutions to debt cases"
                    + " don't work,\" said a senior Peruvian government official responsible for"
                    + " debt affairs."),
            "Brazilian");
    assertEquals("a senior Peruvian government official", brazilian.speakerText());
    assertEquals("PE", brazilian.speakerEntityId());
  }

  /**
   * rss-2023-06:20384 (dev, ABC News, round 22's fresh quote draw): "he's said" after a quotation
   * is "he" and the auxiliary "has"; the speaker text was "he's", resolved to nobody. It is now
   * "he", the title's Donald Trump.
   */
  @Test
  void heHasSaidIsHe() {
    Mention trump =
        quotedAt(
            find(
                "2023-06-20",
                "Donald Trump's relentless attacks on special counsel Jack Smith",
                "\"He's a raging and uncontrolled Trump-hater,\" he's said."),
            "Trump");
    assertEquals("he", trump.speakerText());
    assertEquals("Q22686", trump.speakerEntityId());
  }

  /**
   * rss-2023-10:6851 (dev, Guardian, round 22's fresh quote draw): an attribution ending the
   * quotation's sentence may end in a day ("..., a new pamphlet from Labour Friends of Israel says
   * today."), which gave no speaker; and a country in a lobby's name ("Friends of Israel") is no
   * speaker entity.
   */
  @Test
  void aSentenceEndAttributionMayEndInADay() {
    Mention antisemitism =
        quotedAt(
            find(
                "2023-10-13",
                null,
                "An incoming Labour government “freed of the stain of antisemitism” can seek an"
                    + " Israeli settlement freeze, promote a two-state solution and call out"
                    + " democratic backsliding, a new pamphlet from Labour Friends of Israel says"
                    + " today."),
            "antisemitism");
    assertEquals("a new pamphlet from Labour Friends of Israel", antisemitism.speakerText());
    assertEquals(null, antisemitism.speakerEntityId());
  }

  /**
   * rss-2023-06:14835 (dev, Daily Mail, round 22's fresh quote draw): a country before a business
   * named by its trade ("Egyptian tour operator Scuba Travel") only describes the speaker, who does
   * not speak for Egypt (round 20's speaker_not_state_voice).
   */
  @Test
  void aTourOperatorIsNoStateVoice() {
    Mention perished =
        quotedAt(
            find(
                "2023-06-12",
                null,
                "Egyptian tour operator Scuba Travel announced that the three Brits had 'perished in"
                    + " the tragic incident' which took place yesterday morning."),
            "perished");
    assertEquals("Egyptian tour operator Scuba Travel", perished.speakerText());
    assertEquals(null, perished.speakerEntityId());
  }
}
