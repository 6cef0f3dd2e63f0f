package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 43 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * a position or a sense counted over the whole dev split, each with its guard.
 */
class Round43TermsTest {

  /**
   * rss-2023-02:25762 and rss-2023-02:26479 (dev): "war" right before a word of a fictional genre
   * (drama, film, epic, novel ...) is a film's or a book's genre, a war in fiction; "the second
   * world war story" (rss-2023-03:3527, dev, a true story) and "anti-war pictures"
   * (rss-2023-04:8121, dev, a child's drawing against the real war) stay.
   */
  @Test
  void warBeforeAFictionGenreIsFiction() {
    assertEquals(
        List.of(),
        termsOf(
            "war",
            "2023-02-19",
            "Netflix war drama cleans up at BAFTAs. See the full list",
            "Revisionist war film takes record-breaking seven awards, including best picture."));
    assertEquals(
        List.of("war=war", "war=war"),
        termsOf(
            "war",
            "2023-03-13",
            "TV tonight: Stephen Fry tells the most incredible second world war story",
            "Russian girl who drew anti-war pictures has left orphanage, children’s commissioner"
                + " says."));
  }

  /**
   * rss-2023-03:38435, rss-2023-06:428 and rss-2023-01:31359 (dev): an invasion word with "privacy"
   * up to three tokens after it is a privacy breached, no armed invasion; "Russia's invasion of his
   * home country of Ukraine" (rss-2023-02:34902, dev) stays.
   */
  @Test
  void privacyInvadedIsNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-03-27",
            "Amazon must pay over $30 million over claims it invaded privacy with Ring and Alexa",
            "Prince Harry arrived at a London court as the lawyer for Associated Newspapers prepared"
                + " to ask a judge to toss out lawsuits by the prince, Elton John and several other"
                + " celebrities who allege phone tapping and other invasions of privacy by the"
                + " publisher of the Daily Mail tabloid.",
            "Britney Spears called out fans for invading her privacy this week."));
    assertEquals(
        List.of("invasion=invasion"),
        termsOf(
            "invasion",
            "2023-02-25",
            "Amosov returns to the cage",
            "One year and a day on from Russia's invasion of his home country of Ukraine, Bellator"
                + " MMA world champion Yaroslav Amosov returns."));
  }
}
