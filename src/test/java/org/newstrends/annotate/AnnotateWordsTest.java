package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.AnnotateConfig;
import org.newstrends.config.ConfigException;
import org.newstrends.config.ConfigHash;
import org.newstrends.config.JobConfig;

/**
 * conf/rules/annotate-words.yaml is what the matcher reads (issue 9: word lists as data): the build
 * ships a copy on the classpath, a config may name another file, and its content is in the config
 * hash.
 */
class AnnotateWordsTest {

  static final Path FILE = Path.of("conf/rules/annotate-words.yaml");
  static final Path ENTITIES = Path.of("src/test/resources/gazetteers/test-entities.yaml");
  static final Path ROLES = Path.of("src/test/resources/gazetteers/test-roles.yaml");

  @Test
  void theShippedCopyIsTheConfFile() {
    AnnotateWords w = AnnotateWords.load(FILE);
    assertEquals(w.sha256(), AnnotateWords.defaults().sha256());
    assertEquals(w.lists(), AnnotateWords.defaults().lists());
    assertEquals(64, w.sha256().length());
    assertTrue(w.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}(\\.\\d+)?"), w.version());
    assertTrue(w.lowerCaseSet("titles").contains("prime minister"));
    assertTrue(w.alternation("speech_verbs").contains("told\\s+reporters"));
  }

  private static List<String> found(CompiledGazetteer g, String text) {
    return new MentionFinder(g, 20)
            .find(List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.of(2005, 1, 1))
            .stream()
            .map(m -> m.surface() + "=" + m.entityId())
            .toList();
  }

  @Test
  void theMatcherReadsTheListsFromTheFile(@TempDir Path dir) throws IOException {
    List<String> gazetteers = List.of(ENTITIES.toString(), ROLES.toString());
    CompiledGazetteer shipped = GazetteerLoader.compile(gazetteers);
    assertEquals(List.of(), found(shipped, "Coach Bush spoke."));
    // "Mr." is a shipped title, and an honorific: it alone does not confirm the shared "Bush"
    assertEquals(List.of(), found(shipped, "Mr. Bush spoke."));
    assertEquals(List.of("Bush=Q207"), found(shipped, "President Bush spoke."));

    // another file: "Coach" is a title, "Mr" and "Mr." are not
    String text = Files.readString(FILE);
    text = text.replace("    - \"Mr\"\n", "    - \"Coach\"\n").replace("    - \"Mr.\"\n", "");
    Path words = dir.resolve("words.yaml");
    Files.writeString(words, text);
    CompiledGazetteer edited = GazetteerLoader.compile(gazetteers, words.toString());
    assertEquals(List.of("Bush=Q207"), found(edited, "Coach Bush spoke."));
    assertEquals(List.of(), found(edited, "Mr. Bush spoke."));

    // speech verbs: "whispered" attributes a quotation only when the file lists it
    String quote = "\"We will win the war in Iraq,\" whispered Bush.";
    Quotes plain = new Quotes(AnnotateWords.defaults());
    String withVerb =
        Files.readString(FILE)
            .replace("    - \"quipped\"\n", "    - \"quipped\"\n    - \"whispered\"\n");
    Files.writeString(words, withVerb);
    Quotes more = new Quotes(AnnotateWords.load(words));
    int[] starts = Sentences.starts(quote);
    assertEquals(null, plain.find(quote, starts).get(0).speakerText());
    assertEquals("Bush", more.find(quote, starts).get(0).speakerText());
  }

  @Test
  void theWordListsAreInTheConfigHash(@TempDir Path dir) throws IOException {
    Path words = dir.resolve("words.yaml");
    Files.copy(FILE, words);
    JobConfig base =
        new JobConfig(List.of(), dir.resolve("out").toString(), null, null, null, null);
    JobConfig config =
        base.withAnnotate(
            new AnnotateConfig(true, List.of(ENTITIES.toString()), null, words.toString()));
    String before = ConfigHash.of(config);
    @SuppressWarnings("unchecked")
    Map<String, String> files =
        (Map<String, String>) ConfigHash.canonical(config).get("annotate_files");
    assertEquals("sha256:" + AnnotateWords.load(FILE).sha256(), files.get("words"));
    assertTrue(files.get(ENTITIES.toString()).startsWith("sha256:"));
    Files.writeString(words, Files.readString(FILE).replace("    - \"Mr\"\n", ""));
    assertNotEquals(before, ConfigHash.of(config));
    // no file named: the shipped copy's digest
    JobConfig shipped =
        base.withAnnotate(new AnnotateConfig(true, List.of(ENTITIES.toString()), null, null));
    assertEquals(
        "sha256:" + AnnotateWords.defaults().sha256(),
        ((Map<?, ?>) ConfigHash.canonical(shipped).get("annotate_files")).get("words"));
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
