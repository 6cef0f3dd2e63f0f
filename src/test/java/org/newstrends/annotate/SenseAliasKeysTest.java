package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code other_senses} rule that names aliases covers every alias of its entity that reads the
 * same to the matcher: "self-defence" and "self defence" are one key in the trie (the tokenizer
 * drops the hyphen), and a match may report either. Before, the rule covered only the last alias
 * with that key, so a rule naming one spelling silently skipped the other (found in issue 9 round
 * 36, where a rule naming "self-defence" removed nothing).
 */
class SenseAliasKeysTest {

  @TempDir Path dir;

  private static final String TERMS =
      """
      version: 2026.12.01
      source: "SenseAliasKeysTest"
      entities:
        - id: self-defence
          type: term
          name: self-defence
          aliases:
            - {text: self-defence, kind: name, case: any}
            - {text: self defence, kind: name, case: any}
          other_senses:
            - {aliases: [%s], near: [class, classes], window: 1, side: after}
      """;

  private List<String> mentions(String named, String text) throws Exception {
    Path file = Files.writeString(dir.resolve("terms.yaml"), TERMS.formatted(named));
    CompiledGazetteer g = GazetteerLoader.compile(List.of(file.toString()));
    return new MentionFinder(g, 20)
            .find(
                List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.parse("2023-06-01"))
            .stream()
            .map(m -> m.surface() + "=" + m.entityId())
            .toList();
  }

  @Test
  void aRuleNamingOneSpellingCoversEverySpellingThatReadsTheSame() throws Exception {
    String text = "She teaches self-defence classes. He acted in self defence.";
    for (String named : List.of("self-defence", "self defence")) {
      assertEquals(
          List.of("self defence=self-defence"), mentions(named, text), "rule naming " + named);
    }
    assertEquals(
        List.of("self-defence=self-defence"),
        mentions("self defence", "A self defence class opened. He acted in self-defence."));
  }
}
