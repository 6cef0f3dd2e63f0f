package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.ConfigException;

class GazetteerLoaderTest {

  @TempDir Path dir;

  private String write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file.toString();
  }

  private static final String HEADER = "version: 2026.11.28\nsource: test\nentities:\n";

  /**
   * A file read again with the same bytes is not parsed again (the same object comes back); an
   * edited file is, even at the same path and with the same length.
   */
  @Test
  void aFileIsParsedAgainOnlyWhenItsBytesChange() throws IOException {
    String entity =
        "  - id: IR\n    type: country\n    name: %s\n    aliases: [{text: %s, kind: name}]\n";
    Path file = Path.of(write("memo.yaml", HEADER + entity.formatted("Iran", "Iran")));
    GazetteerFile first = GazetteerLoader.read(file);
    assertSame(first, GazetteerLoader.read(file));

    Files.writeString(file, HEADER + entity.formatted("Iraq", "Iraq"));
    GazetteerFile edited = GazetteerLoader.read(file);
    assertNotSame(first, edited);
    assertEquals("Iraq", edited.entities().get(0).name());
    assertEquals("Iran", first.entities().get(0).name());
  }

  @Test
  void unknownKeyNamesFileLineAndAllowedKeys() throws IOException {
    String file =
        write(
            "bad.yaml",
            HEADER
                + "  - id: IR\n    type: country\n    name: Iran\n    aliases: [{text: Iran, kind: name}]\n    exclud: [x]\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + ": line "), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'exclud'"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "aliases, country, exclude, exclude_context, id, labels, name, other_senses, roles, type"),
        e.getMessage());
  }

  // stop 61: a section with nothing to match is a config error, caught before Spark starts.
  @Test
  void anOutsideSectionWithoutALetterOrDigitNamesTheValue() throws IOException {
    String file =
        write(
            "sections.yaml",
            HEADER
                + "  - id: injured\n    type: term\n    name: injured\n    aliases:\n"
                + "      - {text: injured, kind: name, when: {outside_sections: [sport, \"--\"]}}\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + ": line "), e.getMessage());
    assertTrue(
        e.getMessage().contains("outside_sections holds '--', which has no letter or digit"),
        e.getMessage());
  }

  // The second list of aliases replaced the first without a word.
  @Test
  void aKeyGivenTwiceNamesFileLineAndKey() throws IOException {
    String file =
        write(
            "twice.yaml",
            HEADER
                + "  - id: IR\n    type: country\n    name: Iran\n"
                + "    aliases: [{text: Iran, kind: name}]\n"
                + "    aliases: [{text: Persia, kind: alias}]\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + ": line 8"), e.getMessage());
    assertTrue(e.getMessage().contains("Duplicate field 'aliases'"), e.getMessage());
  }

  @Test
  void badValuesNameWhatIsAllowed() throws IOException {
    String kind =
        write(
            "kind.yaml",
            HEADER
                + "  - id: IR\n    type: country\n    name: Iran\n    aliases:\n      - {text: Iran, kind: nickname}\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(kind)));
    assertTrue(e.getMessage().contains("line 8"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("allowed: acronym, alias, demonym, metonym, name, surname, variant"),
        e.getMessage());

    String date =
        write(
            "date.yaml",
            HEADER
                + "  - id: Q1\n    type: leader\n    name: A B\n    aliases: [{text: A B, kind: name}]\n"
                + "    roles:\n      - {role: president, country: IR, from: 2024-13-01}\n");
    e = assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(date)));
    assertTrue(e.getMessage().contains("ISO date"), e.getMessage());

    String whenDate =
        write(
            "when-date.yaml",
            HEADER
                + "  - id: org:icc\n    type: organisation\n    name: ICC\n"
                + "    aliases: [{text: ICC, kind: acronym, when: {from: \"2002-13-01\"}}]\n");
    e = assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(whenDate)));
    assertTrue(e.getMessage().contains("when: 'from' is '2002-13-01'"), e.getMessage());

    String type =
        write(
            "type.yaml",
            HEADER
                + "  - id: X\n    type: city\n    name: X\n    aliases: [{text: X, kind: name}]\n");
    e = assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(type)));
    assertTrue(
        e.getMessage().contains("allowed: country, leader, organisation, person, place, term"),
        e.getMessage());
  }

  @Test
  void aRoleWithoutARolesFileAndAMissingFileAreConfigErrors() throws IOException {
    String leader =
        write(
            "leader.yaml",
            HEADER
                + "  - id: Q1\n    type: leader\n    name: A B\n    aliases: [{text: A B, kind: name}]\n"
                + "    roles:\n      - {role: president, country: IR, from: 2024-01-01}\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(leader)));
    assertTrue(e.getMessage().contains("roles.yaml"), e.getMessage());
    e =
        assertThrows(
            ConfigException.class,
            () -> GazetteerLoader.compile(List.of(dir.resolve("none.yaml").toString())));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void theProjectGazetteersCompile() {
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    assertTrue(g.entityCount() > 1000, "entities: " + g.entityCount());
    assertTrue(g.surfaceFormCount() > 4000, "surface forms: " + g.surfaceFormCount());
    assertEquals(g.entityCount(), g.entityId.length);
  }

  /**
   * Stop 85: PyYAML reads YAML 1.1, where a bare on, off, yes, no, true or false is a boolean, and
   * the build wrote such a value as "True" or "False", a word no text holds (six sense words of the
   * terms and one of the organisations had gone so). The build now reads the curated files with
   * YAML 1.2's booleans and refuses a true or false in a word list; no shipped file holds one.
   */
  @Test
  void theShippedGazetteersHoldNoBooleanWrittenAsAWord() throws IOException {
    for (String path : SeedMentionsTest.GAZETTEERS) {
      List<String> lines = Files.readAllLines(Path.of(path));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        assertFalse(
            line.contains("\"True\"") || line.contains("\"False\""),
            path + ":" + (i + 1) + ": " + line);
      }
    }
  }

  @Test
  void aGazetteerFileLargerThanSnakeYamlsDefaultLimitLoads() throws IOException {
    // 40,000 entities, about 5 Mi chars: over SnakeYAML's default of 3 Mi, which refused it
    StringBuilder yaml = new StringBuilder(HEADER);
    for (int i = 0; i < 40_000; i++) {
      yaml.append("  - id: org:")
          .append(i)
          .append('\n')
          .append("    type: organisation\n")
          .append("    name: Organisation Number ")
          .append(i)
          .append('\n')
          .append("    aliases: [{text: Organisation Number ")
          .append(i)
          .append(", kind: name}]\n");
    }
    assertTrue(yaml.length() > 3 << 20, "chars: " + yaml.length());
    CompiledGazetteer g = GazetteerLoader.compile(List.of(write("big.yaml", yaml.toString())));
    assertEquals(40_000, g.entityCount());
    assertEquals(40_000, g.surfaceFormCount());
  }

  // "-", "'" or "." as an alias is a token of its own: it matched every dash, quote or full stop,
  // and the run said nothing.
  @Test
  void anAliasWithNoLetterOrDigitIsAConfigErrorNamingFileEntityAndAlias() throws IOException {
    for (String alias : List.of("-", "'", ".", "--", "...", "\u2014", " & ")) {
      String file =
          write(
              "punct.yaml",
              HEADER
                  + "  - id: IR\n    type: country\n    name: Iran\n"
                  + "    aliases: [{text: Iran, kind: name}]\n"
                  + "  - id: \"org:dash\"\n    type: organisation\n    name: Dash\n"
                  + "    aliases:\n      - {text: Dash Ltd, kind: name}\n"
                  + "      - {text: \""
                  + alias
                  + "\", kind: alias}\n");
      ConfigException e =
          assertThrows(ConfigException.class, () -> GazetteerLoader.compile(List.of(file)), alias);
      assertTrue(
          e.getMessage()
              .startsWith(
                  file
                      + ": line 8: at entities[1]: entity 'org:dash': alias '"
                      + alias
                      + "' has no letter or digit, so it would match every '"
                      + alias.strip()
                      + "' in every article"),
          e.getMessage());
    }
  }

  // "X" matched "Plan X" and "X-ray" everywhere without a word.
  @Test
  void aOneLetterAliasIsAWarningUnlessItIsExactAndHasAWhenRule() throws IOException {
    String file =
        write(
            "short.yaml",
            HEADER
                + "  - id: \"org:x\"\n    type: organisation\n    name: X Corp\n    aliases:\n"
                + "      - {text: X Corp, kind: name}\n"
                + "      - {text: X, kind: alias}\n"
                + "      - {text: Z, kind: alias, case: exact}\n"
                + "      - {text: \"7\", kind: alias, when: {cue_words: [Corp]}}\n"
                + "      - {text: Q., kind: alias}\n"
                + "      - {text: Q, kind: alias, case: exact, when: {cue_words: [Corp]}}\n"
                + "      - {text: XY, kind: acronym, case: exact}\n");
    CompiledGazetteer g = GazetteerLoader.compile(List.of(file));
    List<String> warned =
        g.warnings().stream()
            .filter(w -> w.contains("is a single letter or digit"))
            .map(w -> w.substring(0, w.indexOf(" is a single")))
            .toList();
    assertEquals(
        List.of("org:x: alias 'X'", "org:x: alias 'Z'", "org:x: alias '7'", "org:x: alias 'Q.'"),
        warned,
        g.warnings().toString());
    assertTrue(
        g.warnings()
            .get(0)
            .endsWith(
                "it matches every 'X' that stands alone as a word (a hyphen separates words);"
                    + " give it case: exact and a when: rule (cue words, outlet or article"
                    + " countries), or remove it"),
        g.warnings().get(0));
    // still compiled: a warning, not an error
    assertEquals(
        List.of("X"),
        new MentionFinder(g, 20)
            .find(List.of(new MentionFinder.Segment("body", 0, "Plan X failed.")), null).stream()
                .map(Mention::surface)
                .toList());
  }
}
