package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
