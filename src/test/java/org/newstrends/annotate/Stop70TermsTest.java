package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newstrends.annotate.RuleArticles.deaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 70 (docs/accuracy-rounds.md, "Stop 70"): term senses from a fresh held-back draw of
 * the dev split and the classes it showed, read over the whole dev split. Dev-split items of
 * ../shared/data (RSS 2023, ids as DevSplitDump names them, the text cut), with the project's
 * gazetteers. Every mention each rule changes on the dev split was read; each rule has a guard.
 */
class Stop70TermsTest {

  /**
   * rss-2023-10:36809, rss-2023-04:23731 and rss-2023-05:11626 (dev): a death whose fact is unknown
   * or denied is none.
   */
  @Test
  void aDeathUnknownOrDeniedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-29",
            "‘I don’t know if they are alive or dead’: father’s anxious wait in West Bank as Gaza is"
                + " bombed"));
    assertFalse(
        deaths(
                "2023-04-18",
                null,
                "For two years, Kamlesh Patidar's family have been grappling with the depths of their"
                    + " grief after officials told them he had died from Covid. But, far from being"
                    + " dead, Patidar appeared at his home on Saturday.")
            .contains("dead=death_verbs"));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-09", null, "“He said, ‘I am Ché. I am worth more to you alive than dead.’”"));
  }

  /** Guard, rss-2023-01:24084 (dev): a death reported keeps its word. */
  @Test
  void aDeathReportedStays() {
    assertEquals(
        List.of("dead=death_verbs"),
        deaths("2023-01-20", "Longtime Fox News Channel executive Alan Komissaroff dead at 47"));
  }
}
