package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 41 (docs/accuracy-rounds.md): a quotation opening a sentence with no attribution of
 * its own (a feed summary cut before it) after a sentence whose subject speaks; a headline's
 * description whose head the lede writes before a name; on excerpts of dev-split items of
 * ../shared/data with the project's gazetteers.
 */
class Round41SpeakersTest {

  /**
   * rss-2023-01:8369 (dev): the sentence before the quotation names a show in quotation marks after
   * its verb; round 9's previous subject was not looked for in a sentence with a quotation.
   */
  @Test
  void aQuotationAfterTheVerbStillLeavesThePreviousSubject() {
    List<Mention> ms =
        find(
            "2023-01-09",
            "Texas Gov. Greg Abbott Blasts Biden’s Border Visit",
            "Texas Republican Gov. Greg Abbott blasted President Joe Biden’s visit to El Paso on"
                + " Sunday, claiming that the president has “no plans” to enforce immigration laws."
                + " Abbott shared the words during an interview on Fox News’ “Sunday Morning"
                + " Futures” with Maria Bartiromo. “Biden is there today to look at a sanitized El"
                + " Paso so that ...");
    assertEquals("Abbott", quotedAt(ms, "Biden").speakerText());
  }

  /**
   * rss-2023-03:6653 (dev): "(R-N.H.)," before an appositive was not masked, so the subject before
   * "predicted" was not found.
   */
  @Test
  void aParenthesisBeforeAnAppositiveIsMasked() {
    List<Mention> ms =
        find(
            "2023-03-13",
            "Sununu predicts Trump won't be 2024 GOP nominee: 'That's just not going to happen'",
            "Gov. Chris Sununu (R-N.H.), a potential 2024 contender, on Sunday predicted that former"
                + " President Trump, who's running for another White House term, won't be the GOP's"
                + " nominee when it comes the presidential primaries. \"As far as a former President"
                + " Trump, I think he's going to run – obviously he's in the race. He's not"
                + " going...");
    assertEquals("Gov. Chris Sununu", quotedAt(ms, "President Trump").speakerText());
  }

  /** rss-2023-03:23640 (dev): both rules: a parenthesis, an appositive and a scare-quoted word. */
  @Test
  void bothRulesTogether() {
    List<Mention> ms =
        find(
            "2023-03-16",
            "Rubio: US should fly more drones over Black Sea, protect them with jets",
            "Sen. Marco Rubio (R-Fla.), the vice chairman of the Senate Intelligence Committee, says"
                + " Russia’s downing of U.S. Reaper drone over the Black Sea is a “test” and the"
                + " Biden administration should begin flying more drones with fighter escorts in the"
                + " region. “This is a direct test of the Biden administration to try to see...");
    Mention m = quotedAt(ms, "Biden");
    assertEquals("Sen. Marco Rubio", m.speakerText());
    assertEquals("person:marco-rubio", m.speakerEntityId());
  }

  /**
   * rss-2023-09:10182 (dev, draw 141 #44): the headline's "Russian political analyst" is "Russian
   * analyst Valery Solovoy" in the lede; round 35 needed the same words.
   */
  @Test
  void theHeadlineDescriptionsHeadBeforeANameInTheLede() {
    List<Mention> ms =
        find(
            "2023-09-09",
            "Wagner warlord Yevgeny Prigozhin is 'alive and well on Caribbean island in Venezuela'"
                + " after cheating death in plane crash, Russian political analyst claims",
            "Russian analyst Valery Solovoy claims Prigozhin is lying low on Margarita Island in"
                + " Venezuela until Vladimir Putin dies when he will be free to return to Russia.");
    assertEquals("analyst Valery Solovoy", quotedAt(ms, "Venezuela").speakerText());
  }
}
