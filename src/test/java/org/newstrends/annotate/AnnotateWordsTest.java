package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.ConfigException;

/**
 * conf/rules/annotate-words.yaml holds exactly the word lists the Java rules still carry (phase 1
 * of issue 9: the file and its loader exist; the matcher switches to them in phase 2, so until then
 * the two must not drift).
 */
class AnnotateWordsTest {

  static final Path FILE = Path.of("conf/rules/annotate-words.yaml");

  private static Object constant(Class<?> c, String name) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(null);
  }

  @Test
  void fileEqualsTheJavaConstants() throws ReflectiveOperationException {
    AnnotateWords w = AnnotateWords.load(FILE);
    assertEquals(CompiledGazetteer.TITLES, w.list("titles"));
    assertEquals(constant(MentionFinder.class, "STATE_ORGANS"), Set.copyOf(w.list("state_organs")));
    assertEquals(
        constant(MentionFinder.class, "NAME_CONNECTORS"), Set.copyOf(w.list("name_connectors")));
    assertEquals(constant(MentionFinder.class, "NAME_HEADS"), Set.copyOf(w.list("name_heads")));
    assertEquals(constant(MentionFinder.class, "OF_HEADS"), Set.copyOf(w.list("of_heads")));
    assertEquals(constant(MentionFinder.class, "OPENERS"), Set.copyOf(w.list("openers")));
    assertEquals(constant(MentionFinder.class, "ROMAN"), Set.copyOf(w.list("regnal_numbers")));
    assertEquals(Quotes.SPEECH_VERBS, String.join("|", w.list("speech_verbs")));
    assertEquals(
        Quotes.REPORTING_VERBS,
        Quotes.SPEECH_VERBS + "|" + String.join("|", w.list("reporting_verbs_extra")));
    assertEquals(64, w.sha256().length());
    assertTrue(w.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}"));
    assertTrue(w.lowerCaseSet("titles").contains("prime minister"));
    assertTrue(w.alternation("speech_verbs").contains("told\\s+reporters"));
  }

  @Test
  void unknownOrMissingListsAreConfigErrors(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("w.yaml");
    Files.writeString(f, "version: 1\nlists:\n  titles: [Mr]\n  nonsense: [x]\n");
    ConfigException e = assertThrows(ConfigException.class, () -> AnnotateWords.load(f));
    assertTrue(e.getMessage().contains("unknown list 'nonsense'"), e.getMessage());
    Files.writeString(f, "version: 1\nlists:\n  titles: [Mr]\n");
    e = assertThrows(ConfigException.class, () -> AnnotateWords.load(f));
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
  }
}
