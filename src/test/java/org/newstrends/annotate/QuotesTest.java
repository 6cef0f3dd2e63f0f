package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  private static final Quotes QUOTES = new Quotes(AnnotateWords.defaults());

  private static Quotes.Quote only(String text) {
    List<Quotes.Quote> quotes = QUOTES.find(text, Sentences.starts(text));
    assertEquals(1, quotes.size(), text + " -> " + quotes);
    return quotes.get(0);
  }

  private static String quoted(String text, Quotes.Quote q) {
    return text.substring(q.open(), q.close());
  }

  @Test
  void aSpeakerTextEndingInAColonDoesNotBreakTheRubricRule() {
    // round 5: the rubric rule ("Eyes on 2024: Trump rails ...") read past the speaker text when
    // it ended in the colon itself, and threw on a dev-split item
    String text = "Update: said \"we will win the war in the end\"";
    Quotes.Quote q = only(text);
    assertEquals("speech", q.kind());
  }

  @Test
  void speechAttributedBeforeTheQuote() {
    String text = "Raisi responded via a translator: \"What is happening is genocide.\"";
    Quotes.Quote q = only(text);
    assertEquals("What is happening is genocide.", quoted(text, q));
    assertEquals("speech", q.kind());
    assertEquals("Raisi", q.speakerText());
    assertEquals("Raisi", text.substring(q.speakerStart(), q.speakerEnd()));
  }

  @Test
  void speechAttributedAfterTheQuote() {
    assertEquals(
        "the Kremlin", only("\u201CWe will respond,\u201D the Kremlin said.").speakerText());
    assertEquals("Putin", only("\"We will respond,\" said Putin.").speakerText());
    assertEquals(
        "Iran", only("'No one can stop resistance forces': Iran warns Israel").speakerText());
    assertEquals(
        "the ministry",
        only("The talks failed, \"because of them\", according to the ministry.").speakerText());
  }

  @Test
  void shortUnattributedQuotesAreScareQuotes() {
    Quotes.Quote q = only("Protesters reject the 'peace plan' again.");
    assertEquals("scare", q.kind());
    assertNull(q.speakerText());
    // ... but a reporting verb earlier in the sentence names whose word it is
    Quotes.Quote accused =
        only(
            "Iranian President Ebrahim Raisi has accused the West of supporting \"genocide\" by Israel.");
    assertEquals("scare", accused.kind());
    assertEquals("Iranian President Ebrahim Raisi", accused.speakerText());
  }

  @Test
  void longUnattributedQuotesAreSpeechAndApostrophesAreNotQuotes() {
    assertEquals(
        "speech",
        only("Officials wrote \u201Cthe border will stay closed for now\u201D in a notice.")
            .kind());
    assertEquals(0, QUOTES.find("Iran's leader didn't go.", new int[] {0}).size());
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfTheParagraph() {
    String text = "He said: \"We will stay here until the end.";
    Quotes.Quote q = only(text);
    assertEquals(text.length(), q.close());
    assertEquals("He", q.speakerText());
  }

  /** Issue 9 speaker classes (examples written for the test, shaped like the issue's). */
  @Test
  void headlinePatternsOfAccusationAndAttribution() {
    // "X accuses Y of 'genocide'": the speaker is X
    assertEquals(
        "Iran's Raisi", only("Iran's Raisi accuses Israel of 'genocide' in Gaza").speakerText());
    // "'...' - Guardiola": attribution, not a scare quote
    Quotes.Quote dash = only("'Like watching Brazil' – Guardiola");
    assertEquals("speech", dash.kind());
    assertEquals("Guardiola", dash.speakerText());
    assertEquals("Guardiola", only("'Like watching Brazil' - Guardiola hails City").speakerText());
    // "Name: '...'" opens a headline or a paragraph
    assertEquals(
        "Svetlana Tsikhanovskaya",
        only("Svetlana Tsikhanovskaya: 'Dissociating Belarus from Ukraine is a mistake'")
            .speakerText());
    // a rubric is not a speaker
    assertNull(only("Live: 'Heavy fighting' reported near the border").speakerText());
  }

  @Test
  void neverASpeakerLikeExplainingThat() {
    assertNull(
        only("He spoke for an hour, explaining that \"the war is over\" for now.").speakerText());
    // the subject before the quotation, not "but" from ", but said" after it
    assertEquals(
        "An aide",
        only("An aide said the comments \"are consistent with his views,\" but said no more.")
            .speakerText());
    assertNull(only("\"We are consistent with his views,\" but said no more.").speakerText());
  }

  @Test
  void anAppositiveSubjectBeforeTheVerb() {
    assertEquals(
        "the office of the prime minister, Benjamin Netanyahu",
        only("\"In response to the attacks,\" the office of the prime minister, Benjamin Netanyahu,"
                + " said in a statement.")
            .speakerText());
  }

  /**
   * Issue 9 speaker classes on dev-split headlines ({@code
   * src/test/resources/annotate/issue9-speaker-headlines.tsv}): the reporting verb nearest before
   * the quotation names its speaker ("... as Kyiv dismisses Russian 'provocation'"), more reporting
   * verbs (rails, defends, hails after a colon, blames), headline colon attribution with them.
   */
  @Test
  void headlineAttributionOfTheDevSplit() throws java.io.IOException {
    int rows = 0;
    for (String line :
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("src/test/resources/annotate/issue9-speaker-headlines.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String text = f[1];
      Quotes.Quote q =
          QUOTES.find(text, Sentences.starts(text)).stream()
              .filter(x -> quoted(text, x).equals(f[2]))
              .findFirst()
              .orElseThrow(() -> new AssertionError(f[0] + ": no quotation " + f[2]));
      assertEquals(f[3], q.kind(), f[0]);
      assertEquals(f[4], q.speakerText(), f[0]);
      rows++;
    }
    assertEquals(5, rows);
  }
}
