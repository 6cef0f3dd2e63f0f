package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 11: two runs into one output raced; now the second is refused (no Spark). */
class OutputLockTest {

  @TempDir Path dir;

  @Test
  void aSecondRunIntoTheSameOutputIsRefusedUntilTheFirstEnds() {
    String out = dir.resolve("new/parent/out").toString();
    OutputDirectory first = OutputDirectory.open(out, "run-a", new Configuration());
    assertTrue(Files.exists(dir.resolve("new/parent/.out.lock")));
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> OutputDirectory.open(out, "run-b", new Configuration()));
    assertTrue(refused.getMessage().contains("(run run-a, host "), refused.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> OutputDirectory.checkReplaceable(out, new Configuration()));
    first.abort();
    assertFalse(Files.exists(dir.resolve("new/parent/.out.lock")), "abort releases the lock");
    OutputDirectory third = OutputDirectory.open(out, "run-c", new Configuration());
    third.abort();
  }

  // A rerun deleted files a user had put in the output (notes, queries) without a word.
  @Test
  void filesSomeoneAddedToAnOutputSurviveTheNextRun() throws Exception {
    String out = dir.resolve("out").toString();
    publish(out, "run-1", "old");
    Files.writeString(dir.resolve("out/NOTES.txt"), "mine");
    Files.createDirectories(dir.resolve("out/analysis"));
    Files.writeString(dir.resolve("out/analysis/query.sql"), "SELECT 1");
    publish(out, "run-2", "new");
    assertEquals("new", Files.readString(dir.resolve("out/articles/part-0")));
    assertEquals("mine", Files.readString(dir.resolve("out/NOTES.txt")));
    assertEquals("SELECT 1", Files.readString(dir.resolve("out/analysis/query.sql")));
    try (var siblings = Files.list(dir)) {
      assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).toList());
    }
  }

  private static void publish(String out, String runId, String content) throws Exception {
    OutputDirectory o = OutputDirectory.open(out, runId, new Configuration());
    Path staged = Path.of(o.stagedTable(Tables.ARTICLES).toUri());
    Files.createDirectories(staged);
    Files.writeString(staged.resolve("part-0"), content);
    Files.writeString(
        Path.of(o.stagedTable(Tables.MANIFEST).toUri()), "{" + OutputDirectory.MARKER + ": 1}");
    o.commit();
  }
}
