package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The per-entity holder index ({@link CompiledGazetteer#entityHolders}) answers {@link
 * CompiledGazetteer#activeBy} and {@link CompiledGazetteer#inOfficeOn} as a scan over every holder
 * does, for every entity of the shipped gazetteers on dates across their roles.
 */
class HolderIndexTest {

  @Test
  void indexListsEachHolderOnceUnderItsEntity() {
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    assertTrue(g.holderEntity.length > 100);
    assertEquals(g.holderEntity.length, g.entityHolders.length);
    int previous = -1;
    for (int e = 0; e < g.entityCount(); e++) {
      for (int k = g.entityHolderStart[e]; k < g.entityHolderStart[e + 1]; k++) {
        int h = g.entityHolders[k];
        assertEquals(e, g.holderEntity[h]);
        assertTrue(k == g.entityHolderStart[e] || h > previous, "list order within an entity");
        previous = h;
      }
    }
  }

  @Test
  void dateTestsAgreeWithAScanOfAllHolders() {
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    for (int year = 1940; year <= 2030; year += 3) {
      LocalDate date = LocalDate.of(year, 6, 30);
      long day = date.toEpochDay();
      for (int e = 0; e < g.entityCount(); e++) {
        boolean anyRole = false;
        boolean started = false;
        boolean holding = false;
        for (int h = 0; h < g.holderEntity.length; h++) {
          if (g.holderEntity[h] == e) {
            anyRole = true;
            started |= g.holderFrom[h] <= day;
            holding |= g.holderFrom[h] <= day && day < g.holderTo[h];
          }
        }
        assertEquals(started || !anyRole, g.activeBy(e, date), "activeBy " + e + " " + date);
        assertEquals(holding, g.inOfficeOn(e, date), "inOfficeOn " + e + " " + date);
      }
    }
    assertTrue(g.activeBy(0, null));
    assertEquals(false, g.inOfficeOn(0, null));
  }
}
