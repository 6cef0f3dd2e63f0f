package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 47 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. The rule is a
 * position counted over the whole dev split (a death or injury word written capitalised inside a
 * sentence of prose), with its guards.
 */
class Round47TermsTest {

  /**
   * rss-2023-03:44985 (dev, "Michael Rudman obituary"): "Death of a Salesman", capitalised inside a
   * sentence of prose, is a play's title, no death; the same item's "who has died aged 84" stays.
   * rss-2023-04:1458 (dev): "The Killing Eve star" names a series.
   */
  @Test
  void aCapitalisedDeathWordInProseIsATitle() {
    assertEquals(
        List.of("died=death_verbs"),
        deaths(
            "2023-03-30",
            "Michael Rudman obituary",
            "Theatre director best known for his three major productions of Death of a Salesman,"
                + " written by his hero Arthur Miller",
            "As the elder son of a Texan oil millionaire, the theatre director Michael Rudman, who"
                + " has died aged 84, might have eased his way through business or politics."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-03",
            "My Neighbour Totoro triumphs at Olivier awards",
            "Comer said that she was “so overwhelmed” by the play. The Killing Eve star, who did"
                + " not formally train as an actor, sent a message."));
  }

  /**
   * rss-2023-10:21340 (dev): "rather like William Hurt in Altered States" names an actor, nobody
   * hurt. Guards: a sentence's first word and a Title Case headline keep the term; so do a short
   * sentence, whose case cannot be told (rss-2023-05:30979, dev, "Why Was Gandhi Killed?"), and a
   * headline run into a sentence (rss-2023-10:35560, dev, "The post Expat Killed in ...").
   */
  @Test
  void aCapitalisedInjuryWordInProseIsAName() {
    assertEquals(
        List.of(),
        injuries(
            "2023-10-15",
            "A review",
            "It turned my body into a throbbing, misshapen mass, rather like William Hurt in"
                + " Altered States."));
    assertEquals(
        List.of("Killed=death_verbs", "Wounded=injured", "Death=death_verbs"),
        RuleArticles.terms(
            "2023-10-15",
            "Two Soldiers Killed And Three Wounded In Border Attack",
            "Death came quickly for the two soldiers, the army said."));
    assertEquals(
        List.of("Killed=death_verbs"),
        deaths(
            "2023-05-30",
            "Why Was Gandhi Killed? After Official Edit, India's Textbooks Don't Say",
            "New textbooks leave out parts of the history."));
    assertEquals(
        List.of("Killed=death_verbs"),
        deaths(
            "2023-10-20",
            "Gulf news",
            "The post Expat Killed in Horrific Road Accident in Saudi Arabia appeared first on Gulf"
                + " Insider."));
  }
}
