package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9: mentions on table lines are kept and flagged {@code in_table}; a country word inside a
 * longer proper name is kept and flagged with the enclosing name; the hand-over to measure drops
 * what trends do not count by default.
 */
class TablesAndEnclosingNamesTest {

  private static final CompiledGazetteer GAZETTEER =
      GazetteerLoader.compile(
          List.of(AnnotateWordsTest.ENTITIES.toString(), AnnotateWordsTest.ROLES.toString()));

  private static List<Mention> find(String text) {
    return new MentionFinder(GAZETTEER, 60)
        .find(List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.of(2023, 12, 7));
  }

  @Test
  void tableLinesAreNumbersAndShortNames() {
    // CoNLL-2003 eng.testa style standings and results (../shared/data/ner/conll2003)
    assertEquals(2, TableLines.classify("NEW YORK 63 55 .534 -", 0, 21));
    assertEquals(2, TableLines.classify("1. Canada I 1:48.33 2. Germany II 1:48.41", 0, 41));
    assertEquals(2, TableLines.classify("Japan 2 Mexico 1", 0, 16));
    assertEquals(0, TableLines.classify("Japan beat Mexico 2-1 in a friendly on Sunday.", 0, 46));
    assertEquals(
        0, TableLines.classify("Iran said 20 people died and 35 were hurt in the attack.", 0, 56));
    String text = "Standings:\nJAPAN 3 1 0 7\nMEXICO\nRUSSIA 2 2 0 6\nJapan won the cup.";
    assertFalse(TableLines.inside(text, 0, 9)); // "Standings": a heading before the table
    assertTrue(TableLines.inside(text, 11, 16)); // JAPAN
    assertTrue(TableLines.inside(text, 25, 31)); // MEXICO, a name between two table lines
    assertTrue(TableLines.inside(text, 32, 38)); // RUSSIA
    assertFalse(TableLines.inside(text, 47, 52)); // Japan in prose
    assertFalse(TableLines.inside(text, 20, 27)); // over a line break
  }

  /**
   * The per-span answer equals classifying every line of the text first (the definition in {@link
   * TableLines}' doc), for every span inside a line of texts with tables at the start, the end, and
   * name lines in and around them.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Standings:\nJAPAN 3 1 0 7\nMEXICO\nRUSSIA 2 2 0 6\nJapan won the cup.",
        "MEXICO\nJAPAN 3 1 0 7\nCHINA\n",
        "JAPAN 3 1 0 7\nCHINA\nKOREA\nIRAN 1 1 1 3\nIRAQ",
        "\nIran said 20 died.\n\nGB 2.5 3.5\nNEW JERSEY\nGB 4 5\n",
        "Iran and Iraq met.\nThey agreed in Geneva on 12 points.",
        "1. Canada I 1:48.33\n2. Germany II 1:48.41\nCanada won by 0.08 seconds."
      })
  void tableLinesPerSpanMatchTheWholeTextDefinition(String text) {
    String[] lines = text.split("\n", -1);
    int[] kind = new int[lines.length];
    int[] start = new int[lines.length];
    for (int l = 0, at = 0; l < lines.length; at += lines[l].length() + 1, l++) {
      start[l] = at;
      kind[l] = TableLines.classify(text, at, at + lines[l].length());
    }
    for (int l = 0; l < lines.length; l++) {
      boolean expected =
          kind[l] == 2
              || kind[l] == 1
                  && l > 0
                  && l + 1 < lines.length
                  && kind[l - 1] == 2
                  && kind[l + 1] == 2;
      String where = "line " + l + " of " + text;
      for (int a = 0; a < lines[l].length(); a++) {
        for (int b = a + 1; b <= lines[l].length(); b++) {
          assertEquals(expected, TableLines.inside(text, start[l] + a, start[l] + b), where);
        }
      }
    }
  }

  @Test
  void mentionsOnTableLinesAreKeptAndFlagged() {
    List<Mention> ms = find("Japan 2 Mexico 1\nJapan beat Mexico in a friendly.");
    assertEquals(4, ms.size());
    assertTrue(ms.get(0).inTable());
    assertTrue(ms.get(1).inTable());
    assertFalse(ms.get(2).inTable());
    assertFalse(ms.get(3).inTable());
  }

  @Test
  void countriesInsideNamesAreKeptWithTheEnclosingName() {
    Mention open = find("She won the Japan Open at the club on a sunny day.").get(0);
    assertEquals("Japan", open.surface());
    assertEquals("Japan Open", open.enclosingName());
    Mention bank = find("The Bank of Japan raised rates.").get(0);
    assertEquals("JP", bank.entityId());
    assertEquals("Bank of Japan", bank.enclosingName());
    Mention committee =
        find("He told the U.S. Senate Banking Committee on Tuesday that rates would rise.").get(0);
    assertEquals("US", committee.entityId());
    assertEquals("U.S. Senate Banking Committee", committee.enclosingName());
    Mention plain = find("Japan raised rates.").get(0);
    assertEquals(null, plain.enclosingName());
    // a title is not a name head; a person's name is still not the country
    assertEquals(null, find("Iranian President Ebrahim Raisi spoke.").get(0).enclosingName());
    assertTrue(find("Neil Jordan spoke.").isEmpty());
  }

  @Test
  void theHandOverCountsByTheConfiguredDefaults() {
    Mention table = find("Japan 2 Mexico 1").get(0);
    Mention enclosed = find("She won the Japan Open at the club on a sunny day.").get(0);
    assertFalse(Annotate.counted(table, false, true));
    assertTrue(Annotate.counted(table, true, true));
    assertTrue(Annotate.counted(enclosed, false, true));
    assertFalse(Annotate.counted(enclosed, false, false));
  }
}
