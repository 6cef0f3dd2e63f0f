package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.annotate.RuleArticles.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.ConfigException;

/**
 * Issue 9 round 12 (docs/accuracy-rounds.md): terms in an animal's sense, as {@code other_senses}
 * data with {@code side}, {@code near_case}, {@code not_across}, {@code unless} and {@code
 * unless_window} (conf/gazetteers/terms.yaml), on excerpts of dev-split items of ../shared/data
 * (item ids as DevSplitDump names them) with the project's gazetteers. Each rule has its guard: the
 * human victims stay.
 */
class Round12TermsTest {

  @TempDir Path dir;

  /** The term ids found in a one-paragraph article. */
  private static List<String> terms(String date, String text) {
    return find(date, null, text).stream()
        .filter(m -> m.entityType().equals("term"))
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  /** rss-2023-09:22238, rss-2023-09:1673 (dev errors): the animal right after the term. */
  @Test
  void anAnimalAfterTheTermIsNoHumanDeathOrFamine() {
    assertEquals(
        List.of(),
        terms(
            "2023-09-19",
            "Starving 400lb bear is euthanized in Colorado to end 'horrific' suffering"));
    assertEquals(List.of(), terms("2023-09-02", "He enjoys communicating with his dead dog."));
  }

  /** rss-2023-01:18845, rss-2023-01:11890, reuters:7023 (dev): the animal right before it. */
  @Test
  void anAnimalBeforeTheTermIsNoHumanDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-01-24",
            "There have been whale deaths near site preparation work for offshore wind farms."));
    assertEquals(
        List.of(), terms("2023-01-18", "Louisiana horse deaths connected to contaminated feed"));
    assertEquals(
        List.of(),
        terms(
            "1987-03-20",
            "Mission house representatives are guesstimating today's hog slaughter at about"
                + " 300,000 to 307,000 head."));
  }

  /**
   * rss-2023-02:32025, rss-2023-02:26737, rss-2023-05:28535 (dev): a preposition between the term
   * and the animal after it makes the animal the cause ({@code not_across}).
   */
  @Test
  void anAnimalAsTheCauseKeepsTheTerm() {
    assertEquals(
        List.of("dies=death_verbs"),
        terms(
            "2023-02-23",
            "11-year-old Cambodian girl dies from bird flu in country's first known human"
                + " infection"));
    assertEquals(
        List.of("killed=death_verbs"),
        terms("2023-02-25", "Australian man killed in shark attack at New Caledonia beach"));
    assertEquals(
        List.of("dies=death_verbs"),
        terms("2023-05-16", "Man dies after dog attack in Greater Manchester"));
  }

  /**
   * rss-2023-01:20440, rss-2023-04:15644, rss-2023-10:1362, rss-2023-09:17139 (dev): a person near
   * the term ({@code unless}) or "that" between the animal and the term ({@code not_across}) keeps
   * it.
   */
  @Test
  void aHumanVictimNearTheAnimalKeepsTheTerm() {
    assertEquals(
        List.of("kills=death_verbs"),
        terms("2023-01-18", "Polar bear kills woman and boy in Alaska village"));
    assertEquals(
        List.of("killed=death_verbs"),
        terms(
            "2023-04-26",
            "A bear that killed a 26-year-old man while he was jogging in the woods"));
    assertEquals(
        List.of("killed=death_verbs"),
        terms(
            "2023-10-01",
            "The bear that killed common-law partners and their dog at the popular park"));
    assertEquals(
        List.of("died=death_verbs"),
        terms(
            "2023-09-12",
            "A 11-month-old baby and a dog died after being left in a car for over six hours"));
  }

  /**
   * rss-2023-08:32102, rss-2023-04:40906 (dev): only lower-case animal words count ({@code
   * near_case: lower}): a Navy SEAL and a person named Fox keep the term.
   */
  @Test
  void capitalisedAnimalWordsAreNames() {
    assertEquals(
        List.of("killed=death_verbs"),
        terms("2023-08-24", "Navy SEAL who killed Osama Bin Laden celebrates wedding anniversary"));
    assertEquals(
        List.of("died=death_verbs"),
        terms("2023-09-22", "The former Olympic champion Jim Fox has died at the age of 81."));
  }

  private static final String TERM =
      "version: 2026.11.28\nsource: test\nentities:\n"
          + "  - id: t\n    type: term\n    name: dead\n"
          + "    aliases: [{text: dead, kind: name, case: any}]\n"
          + "    other_senses:\n";

  /** Loading a term with the other sense {@code sense} fails naming the file, a line and why. */
  private void assertRejected(String sense, String why) throws IOException {
    Path file = dir.resolve("terms.yaml");
    Files.writeString(file, TERM + "      - " + sense + "\n");
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> GazetteerLoader.compile(List.of(file.toString())));
    String m = e.getMessage();
    assertTrue(m.startsWith(file + ": line "), m);
    assertTrue(m.contains(why), m);
  }

  @Test
  void badSenseValuesFailAtLoadNamingWhatIsAllowed() throws IOException {
    assertRejected(
        "{near: [dog], side: behind}", "'side' is 'behind'; allowed: either, before, after");
    assertRejected(
        "{near: [dog], near_case: upper}", "'near_case' is 'upper'; allowed: any, lower, opening");
    assertRejected(
        "{near: [dog], unless: [dog walker]}", "'unless' word 'dog walker' is not one token");
    assertRejected(
        "{near: [dog], not_across: [in front]}", "'not_across' word 'in front' is not one token");
    assertRejected(
        "{near: [dog], unless_window: 3}", "'unless_window' is set but 'unless' has no words");
    assertRejected(
        "{near: [dog], unless: [woman], unless_window: 31}",
        "'unless_window' is 31; allowed: 1 to 30 tokens");
    // stop 66's unless_case and unless_not_across, stop 67's right_after
    assertRejected(
        "{near: [dog], unless: [man], unless_case: upper}",
        "'unless_case' is 'upper'; allowed: any, prose");
    assertRejected(
        "{near: [dog], unless_not_across: [after]}",
        "'unless_not_across' is set but 'unless' has no words");
    assertRejected(
        "{near: [party], right_after: [civil rights]}",
        "'right_after' word 'civil rights' is not one token");
    // stop 75's quoted
    assertRejected("{near: [dog], quoted: maybe}", "other_senses[0].quoted");
    assertRejected(
        "{near: [dog], unless: [man], unless_side: behind}",
        "'unless_side' is 'behind'; allowed: either, before, after");
    assertRejected(
        "{near: [dog], unless_side: after}", "'unless_side' is set but 'unless' has no words");
  }

  @Test
  void theNewKeysHaveDefaults() {
    GazetteerFile.Sense s = new GazetteerFile.Sense(null, List.of("dog"), 2);
    assertEquals("either", s.side());
    assertEquals("any", s.nearCase());
    assertEquals(List.of(), s.unless());
    assertEquals(List.of(), s.notAcross());
    assertEquals(2, s.unlessWindow()); // the sense's window
    assertEquals(List.of(), s.unlessNotAcross());
    assertEquals("any", s.unlessCase());
    assertEquals(List.of(), s.rightAfter());
    assertFalse(s.quoted());
    assertEquals("either", s.unlessSide());
  }
}
