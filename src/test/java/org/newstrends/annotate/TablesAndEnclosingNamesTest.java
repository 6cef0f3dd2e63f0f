package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    int[] r = TableLines.ranges(text);
    assertArrayEquals(new int[] {11, 24, 25, 31, 32, 46}, r);
    assertTrue(TableLines.inside(r, 11, 16));
    assertFalse(TableLines.inside(r, 47, 52));
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
