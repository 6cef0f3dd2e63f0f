package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.InputFormat;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.JsonLinesParser;
import org.newstrends.ingest.ParseResult;
import org.newstrends.testing.Fixtures;

/**
 * Names written with invisible characters or combining marks are found: four real RSS items of 2023
 * (src/test/resources/jsonl/README.md) whose mentions the matcher missed or misread while their
 * text kept a soft hyphen, a zero-width space or a decomposed letter.
 */
class InvisibleCharsTest {

  private static final MentionFinder FINDER =
      new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 60);
  private static final Map<String, String> RSS =
      FieldMappings.resolve(InputFormat.JSONL, "rss-2023", null);
  private static final List<String> LINES =
      Fixtures.text("/jsonl/rss-2023-invisible-chars.jsonl").lines().toList();

  private static List<Mention> mentions(int line) {
    String json = LINES.get(line);
    ParseResult r = JsonLinesParser.parse(json, json.length(), "f.jsonl", 0, 1 << 20, RSS, null);
    Article a = r.article();
    return FINDER.find(
        MentionFinder.segments(a.title(), a.lede(), a.photoCaption(), a.paragraphs(), a.related()),
        a.publishedDate());
  }

  private static boolean has(List<Mention> ms, String entity, String surface) {
    return ms.stream().anyMatch(m -> m.entityId().equals(entity) && m.surface().equals(surface));
  }

  @Test
  void softHyphensInsideWordsNoLongerHideThem() {
    // "Is\u00ADrael's bomb\u00ADing of Gaza" (Al Jazeera, October 2023)
    List<Mention> ms = mentions(0);
    assertTrue(has(ms, "IL", "Israel"), ms::toString);
    assertTrue(has(ms, "airstrike", "bombing"), ms::toString);
  }

  @Test
  void aZeroWidthSpaceAfterAnOpeningQuotationMarkNoLongerHidesTheSpeaker() {
    // "Siobhán McSweeney: '\u200BWithout sounding woo woo, ... back to Ireland'" (Guardian)
    Mention ireland =
        mentions(1).stream().filter(m -> m.entityId().equals("IE")).findFirst().orElseThrow();
    assertEquals("Siobh\u00E1n McSweeney", ireland.speakerText());
  }

  @Test
  void aDecomposedLetterIsComposedSoTheNameIsFound() {
    // "'Vuc\u030Cic\u0301 created this atmosphere of hate'" (Guardian, May 2023)
    assertTrue(has(mentions(2), "Q222031", "Vu\u010Di\u0107"), () -> mentions(2).toString());
  }

  @Test
  void aZeroWidthSpaceOpeningALedeNoLongerHidesACountry() {
    // "\u200BThe Kenya-led police force, funded by the U.S., ..." (New York Times, October 2023)
    assertTrue(has(mentions(3), "KE", "Kenya"), () -> mentions(3).toString());
  }

  @Test
  void anAliasTypedWithACombiningMarkMatchesThePrecomposedText(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("decomposed.yaml");
    Files.writeString(
        file,
        "version: 2026.12.05\nsource: test\nentities:\n"
            + "  - id: TR\n    type: country\n    name: Tu\u0308rkiye\n"
            + "    aliases: [{text: Tu\u0308rkiye, kind: name}]\n");
    MentionFinder finder = new MentionFinder(GazetteerLoader.compile(List.of(file.toString())), 60);
    List<Mention> ms =
        finder.find(
            MentionFinder.segments(
                "Officials in T\u00FCrkiye said talks would go on.",
                null,
                null,
                List.of(),
                List.of()),
            null);
    assertEquals(1, ms.size(), ms::toString);
    assertEquals("TR", ms.get(0).entityId());
  }
}
