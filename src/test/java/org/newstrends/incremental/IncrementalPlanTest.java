package org.newstrends.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outlet mapping is part of an incremental run's compatibility: kept articles, mentions and
 * annotations carry the outlet ids the previous run derived, so another mapping must force a full
 * run (as another gazetteer does).
 */
class IncrementalPlanTest {

  @TempDir Path dir;

  @Test
  void theOutletMappingsContentsCount() throws Exception {
    Path a = Files.writeString(dir.resolve("a.tsv"), "outlet_id\tname\nreuters\tReuters\n");
    Path same = Files.writeString(dir.resolve("same.tsv"), Files.readString(a));
    Path other = Files.writeString(dir.resolve("b.tsv"), "outlet_id\tname\nreuters\tReuters UK\n");
    assertEquals(
        IncrementalPlan.outletsHash(a.toString()), IncrementalPlan.outletsHash(same.toString()));
    assertNotEquals(
        IncrementalPlan.outletsHash(a.toString()), IncrementalPlan.outletsHash(other.toString()));
    assertNotEquals("built-in", IncrementalPlan.outletsHash(null), "the built-in copy is read");
    assertEquals(64, IncrementalPlan.outletsHash(null).length());
  }
}
