package org.newstrends.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateConfigTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("conf").resolve("newstrends.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "inputs:\n  - path: in.txt\noutput: out\n" + yaml);
    return file;
  }

  @Test
  void gazetteerPathsResolveAgainstTheConfigDirectory() throws IOException {
    JobConfig config =
        ConfigLoader.load(
            write(
                "annotate:\n  gazetteers:\n    - gazetteers/countries.yaml\n    - /abs/roles.yaml\n"));
    assertTrue(config.annotate().enabled());
    assertEquals(
        List.of(dir.resolve("conf/gazetteers/countries.yaml").toString(), "/abs/roles.yaml"),
        config.annotate().gazetteers());
    assertEquals(60, config.annotate().contextChars());
  }

  @Test
  void wordListsAndCountSettings() throws IOException {
    JobConfig defaults = ConfigLoader.load(write("annotate:\n  gazetteers: [a.yaml]\n"));
    assertEquals(null, defaults.annotate().words());
    assertFalse(defaults.annotate().countInTable());
    assertTrue(defaults.annotate().countEnclosed());
    JobConfig set =
        ConfigLoader.load(
            write(
                "annotate:\n  gazetteers: [a.yaml]\n  words: rules/w.yaml\n"
                    + "  count_in_table: true\n  count_enclosed: false\n"));
    assertEquals(dir.resolve("conf/rules/w.yaml").toString(), set.annotate().words());
    assertTrue(set.annotate().countInTable());
    assertFalse(set.annotate().countEnclosed());
  }

  @Test
  void withoutAnAnnotateSectionTheStageIsOff() throws IOException {
    assertFalse(ConfigLoader.load(write("")).annotate().enabled());
  }

  @Test
  void badValuesAndUnknownKeysNameTheLineAndWhatIsAllowed() throws IOException {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.load(write("annotate:\n  gazeteers: []\n")));
    assertTrue(e.getMessage().contains("unknown key 'gazeteers'"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("context_chars, count_enclosed, count_in_table, enabled, gazetteers, words"),
        e.getMessage());
    e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    write("annotate:\n  gazetteers: [a.yaml]\n  context_chars: -1\n")));
    assertTrue(
        e.getMessage().contains(": line ") && e.getMessage().contains("at annotate"),
        e.getMessage());
    assertTrue(e.getMessage().contains("between 0 and 1000"), e.getMessage());
    e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.load(write("annotate:\n  enabled: true\n")));
    assertTrue(e.getMessage().contains("lists no file"), e.getMessage());
  }
}
