package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.TextDumpParser;
import org.newstrends.testing.Fixtures;

/**
 * Recall of the token "U.S." on Reuters (issue 9: a capitalised neighbour hid it: "The U.S. Mint",
 * "Large U.S., British and ...", "U.S. Customs Service"). 80 random Reuters-21578 records with 152
 * tokens (src/test/resources/textdump/README.md). The floor is the target 0.97 when reached, else
 * the figure reached (docs/accuracy.md).
 */
class UsRecallTest {

  static final double FLOOR = UsFloor.VALUE;
  private static final Pattern US = Pattern.compile("(?<![\\w.])U\\.S\\.(?![A-Za-z])");

  @Test
  void usRecallOnReuters() {
    String dump = Fixtures.text("/textdump/reuters-us-excerpt.txt");
    MentionFinder finder =
        new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 60);
    int tokens = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    int records = 0;
    for (String raw : dump.split("\n(?= date )")) {
      if (raw.isBlank()) {
        continue;
      }
      Article a = TextDumpParser.parse(raw, raw.length(), "x", 0, 1 << 22).article();
      records++;
      List<MentionFinder.Segment> segments =
          MentionFinder.segments(
              a.title(), a.lede(), a.photoCaption(), a.paragraphs(), a.related());
      List<Mention> ms = finder.find(segments, a.publishedDate());
      for (MentionFinder.Segment s : segments) {
        Matcher m = US.matcher(s.text());
        while (m.find()) {
          tokens++;
          int start = m.start();
          boolean hit =
              ms.stream()
                  .anyMatch(
                      x ->
                          x.field().equals(s.field())
                              && x.paragraphIndex() == s.paragraphIndex()
                              && x.charStart() == start
                              && x.entityId().equals("US"));
          if (hit) {
            found++;
          } else {
            missed.add(
                s.text()
                    .substring(Math.max(0, start - 30), Math.min(s.text().length(), start + 35))
                    .replace('\n', ' '));
          }
        }
      }
    }
    assertEquals(80, records);
    assertEquals(152, tokens);
    double recall = (double) found / tokens;
    System.out.printf("U.S. recall on Reuters: %.3f (%d/%d)%n", recall, found, tokens);
    missed.forEach(m -> System.out.println("  missed: " + m));
    assertTrue(recall >= FLOOR, "U.S. recall " + recall + " below " + FLOOR);
  }

  /**
   * A capitalised word before a dotted acronym whose capital says nothing about a name: the
   * sentence's first word, a possessive, a month, day or compass word, the word Reuters capitalises
   * after another acronym. Each phrase is from the Reuters dump; a name before a country word that
   * is no acronym still hides it ("Air France").
   */
  @Test
  void aCommonCapitalisedWordBeforeTheAcronymDoesNotHideIt() {
    String[] phrases = {
      "Prices fell. Large U.S., British and Japanese banks agreed.",
      "The Accords were built at Honda's U.S. car and motorcycle plant.",
      "Chrysler Corp said its February U.S. car production was 110,550.",
      "Iran would avenge Monday's U.S. raids, it said.",
      "Snow fell in the Northeastern U.S. on Sunday.",
      "He said if U.K. And U.S. Banks were required to hold more capital."
    };
    for (String phrase : phrases) {
      List<Mention> ms = RuleArticles.find("1987-03-10", null, phrase);
      int at = phrase.indexOf("U.S.");
      assertTrue(
          ms.stream().anyMatch(m -> m.entityId().equals("US") && m.charStart() == at),
          "U.S. in: " + phrase + " " + ms);
    }
    List<Mention> airline =
        RuleArticles.find("1987-03-10", null, "Prices fell. Air France said it would cut flights.");
    assertTrue(airline.stream().noneMatch(m -> m.entityId().equals("FR")), airline.toString());
  }

  /** The target 0.97, or the figure reached while it is not met (docs/accuracy.md). */
  static final class UsFloor {
    static final double VALUE = 0.97;
  }
}
