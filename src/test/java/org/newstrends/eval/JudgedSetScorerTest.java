package org.newstrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.MentionFinder;

/**
 * The scorer's rules on a small constructed item and the context-rule test gazetteer: a quoted
 * mention reported ambiguous has no entity to score, but its quotation's speaker is still scored
 * against the speaker judged at its span (stop 61).
 */
class JudgedSetScorerTest {

  private static final List<String> GAZETTEERS =
      List.of("src/test/resources/gazetteers/test-context.yaml");

  private static JudgedSetScorer.Report score(String outlet, String speakerGold) {
    CompiledGazetteer g = GazetteerLoader.compile(GAZETTEERS);
    String text = "\"Congress hears testimony today,\" said Joe Smith.";
    JudgedSetScorer.Item item =
        new JudgedSetScorer.Item(
            "t:1",
            LocalDate.parse("2023-10-22"),
            outlet,
            null,
            null,
            List.of(new MentionFinder.Segment("body", 0, text)));
    List<String> precision =
        List.of(
            "item\tfield\tparagraph\tchar_start\tchar_end\ttype\tsurface\tpredicted\tgold\tspeaker\tnote",
            "t:1\tbody\t0\t1\t9\torganisation\tCongress\torg:us-congress\torg:us-congress\t"
                + speakerGold
                + "\t");
    return JudgedSetScorer.score(
        g,
        JudgedSetScorer.entityTypes(GAZETTEERS),
        List.of(item),
        precision,
        List.of("item\tfield\tparagraph\tchar_start\tchar_end\ttype\tid"));
  }

  @Test
  void aResolvedQuotedMentionScoresItsEntityAndItsSpeaker() {
    JudgedSetScorer.Report r = score("thehill.com", "Joe Smith|-");
    assertEquals(
        "1/1", r.precision("organisation").hits() + "/" + r.precision("organisation").total());
    assertEquals(1, r.speakerNamed);
    assertEquals(1, r.speakerRight);
    assertEquals(0, r.ambiguousList.size());
  }

  @Test
  void anAmbiguousQuotedMentionScoresItsSpeakerOnly() {
    JudgedSetScorer.Report r = score("Daily Mail", "Joe Smith|-");
    assertEquals(1, r.ambiguousList.size(), r.ambiguousList.toString());
    assertEquals(0, r.precision("organisation").total());
    assertEquals(1, r.dropped);
    assertEquals(1, r.speakerNamed);
    assertEquals(1, r.speakerRight);
    // a wrong judged speaker counts against it as well
    JudgedSetScorer.Report wrong = score("Daily Mail", "Jane Doe|-");
    assertEquals(1, wrong.speakerNamed);
    assertEquals(0, wrong.speakerRight);
  }
}
