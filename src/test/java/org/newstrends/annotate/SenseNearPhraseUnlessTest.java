package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop 81 (issue 9): a word of an {@code other_senses} rule's {@code unless} list keeps the term
 * only outside the near phrase the rule found. An animal phrase that opens with a person's word
 * ("baby bison", "mother bear") is the animal, not a person beside it; before, its first word kept
 * the term ("Yellowstone park officials kill baby bison" stayed a killing).
 */
class SenseNearPhraseUnlessTest {

  @TempDir Path dir;

  private static final String TERMS =
      """
      version: 2026.12.07
      source: "SenseNearPhraseUnlessTest"
      entities:
        - id: killed
          type: term
          name: killed
          aliases:
            - {text: killed, kind: name, case: any}
          other_senses:
            - {near: [bear, mother bear], window: 6, side: after, unless: [mother, woman], unless_window: 6}
      """;

  private List<String> mentions(String text) throws Exception {
    Path file = Files.writeString(dir.resolve("terms.yaml"), TERMS);
    CompiledGazetteer g = GazetteerLoader.compile(List.of(file.toString()));
    return new MentionFinder(g, 20)
            .find(
                List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.parse("2023-09-01"))
            .stream()
            .map(m -> m.surface() + "=" + m.entityId())
            .toList();
  }

  @Test
  void aWordInsideTheNearPhraseDoesNotKeepTheTerm() throws Exception {
    assertEquals(List.of(), mentions("Hunters killed a mother bear."));
  }

  @Test
  void theSameWordOutsideTheNearPhraseStillKeepsIt() throws Exception {
    assertEquals(List.of("killed=killed"), mentions("Hunters killed a mother and a bear."));
    assertEquals(List.of("killed=killed"), mentions("Hunters killed a woman and a bear."));
  }
}
