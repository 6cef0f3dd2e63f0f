package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.termOrAmbiguousAt;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Issue 9, stop 61 (docs/accuracy-rounds.md, "Stop 61"): on a sport page an injury word is a
 * casualty only in an article that tells of violence, an accident or a disaster; otherwise it is
 * reported ambiguous. Dev-split items of ../shared/data/jsonl (ids as DevSplitDump names them;
 * title and description as the rss-2023 preset reads them, the description cut), with their links
 * and the project's gazetteers.
 */
class Stop61SportInjuriesTest {

  /** "surface=id" of the injury mentions, ambiguous ones included, of an article at {@code url}. */
  private static List<String> injuries(String url, String date, String title, String body) {
    return termOrAmbiguousAt(url, "injured", date, title, body);
  }

  private static final String RADUCANU_URL =
      "https://www.cnn.com/2023/01/05/tennis/emma-raducanu-injury-auckland-classic-tennis-spt-intl-hnk/index.html";
  private static final String RADUCANU_TITLE =
      "Emma Raducanu leaves court injured and in tears ahead of Australian Open";
  private static final String RADUCANU_BODY =
      "Britain's Emma Raducanu retired at 6-0 5-7 in her second-round match against Slovakian"
          + " Viktoria Kuzmova at the WTA 250 Auckland Classic on Thursday after rolling her ankle.";

  /** rss-2023-01:5819 and rss-2023-03:6067 (dev): a player's injury on a sport page. */
  @Test
  void aSportsInjuryOnASportPageIsReportedAmbiguous() {
    assertEquals(
        List.of("injured=ambiguous:injured"),
        injuries(RADUCANU_URL, "2023-01-06", RADUCANU_TITLE, RADUCANU_BODY));
    assertEquals(
        List.of("injuries=ambiguous:injuries"),
        injuries(
            "https://www.theguardian.com/football/2023/mar/04/arsenal-and-chelsea-coping-with-key-injuries-before-continental-cup-final",
            "2023-03-04",
            "Arsenal and Chelsea coping with key injuries before Continental Cup final",
            "Both sides have lost crucial attackers but Emma Hayes's team are firm favourites going"
                + " into Sunday's game at Selhurst Park"));
  }

  /** The same item with no link (a text dump, Reuters) is in no section: the rule is silent. */
  @Test
  void withoutASectionNothingChanges() {
    assertEquals(
        List.of("injured=injured"), injuries(null, "2023-01-06", RADUCANU_TITLE, RADUCANU_BODY));
    assertEquals(
        List.of("injured=injured"),
        injuries(
            "https://www.cnn.com/2023/01/05/world/a-story/index.html",
            "2023-01-06",
            RADUCANU_TITLE,
            RADUCANU_BODY));
  }

  /** rss-2023-08:31497 and rss-2023-08:26861 (dev): violence and an accident on a sport page. */
  @Test
  void aShootingOrACrashOnASportPageStaysACasualty() {
    assertEquals(
        List.of("injured=injured", "injured=injured"),
        injuries(
            "https://www.theguardian.com/sport/2023/aug/26/chicago-white-sox-shooting-guaranteed-rate-field",
            "2023-08-26",
            "Two women injured in shooting at Chicago White Sox game, police say",
            "Two women were injured on Friday night in a shooting during a White Sox baseball game"
                + " at Guaranteed Rate Field."));
    assertEquals(
        List.of("injured=injured", "injured=injured"),
        injuries(
            "https://www.foxnews.com/sports/ncaa-champion-goalie-killed-teammates-injured-minnesota-crash",
            "2023-08-23",
            "NCAA champion goalie killed, 3 teammates injured in Minnesota crash",
            "Gustavus Adolphus College goalie Jori Jones was killed and three of her teammates were"
                + " injured in a car crash on Sunday in Minnesota."));
  }

  /**
   * The annotate stage reads an article's section and URL from its last two columns (the layout of
   * {@code Annotate}'s select): the job sees the sport page too.
   */
  @Test
  void theAnnotateStagePassesTheArticlesSections() {
    MentionFinder finder =
        new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 20);
    for (String url : new String[] {RADUCANU_URL, null}) {
      Row article =
          RowFactory.create(
              "rss-2023-01:5819",
              Date.valueOf("2023-01-06"),
              "CNN",
              RADUCANU_TITLE,
              null,
              null,
              CollectionConverters.asScala(List.of(RADUCANU_BODY)).toSeq(),
              CollectionConverters.asScala(List.<String>of()).toSeq(),
              2023,
              null,
              url);
      List<String> ids =
          Annotate.rows(finder, article).stream()
              .filter(r -> r.getString(7).toLowerCase(java.util.Locale.ROOT).contains("injur"))
              .map(r -> r.getString(3))
              .toList();
      assertEquals(List.of(url == null ? "injured" : "ambiguous:injured"), ids);
    }
  }
}
