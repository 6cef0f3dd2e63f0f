package org.newstrends.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dedup} block of the YAML config: defaults, binding, validation. */
class DedupConfigTest {

  @TempDir Path dir;

  private JobConfig load(String yaml) throws IOException {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "inputs: [{path: in.txt, format: warc}]\noutput: out\n" + yaml);
    return ConfigLoader.load(file);
  }

  @Test
  void missingBlockMeansDefaults() throws IOException {
    DedupConfig dedup = load("").dedup();
    assertEquals(DedupConfig.DEFAULT, dedup);
    assertTrue(dedup.enabled());
    assertEquals(0.7, dedup.threshold(), 0);
    assertEquals(5, (int) dedup.shingleWords());
    assertEquals(25, (int) dedup.bands());
    assertEquals(4, (int) dedup.rows());
  }

  @Test
  void snakeCaseKeysBind() throws IOException {
    DedupConfig dedup =
        load("dedup: {enabled: false, threshold: 0.85, shingle_words: 4, bands: 20, rows: 5,"
                + " max_days_apart: 2, match_lede_numbers: false}\n")
            .dedup();
    assertEquals(2, (int) dedup.maxDaysApart());
    assertFalse(dedup.matchLedeNumbers());
    assertFalse(dedup.enabled());
    assertEquals(0.85, dedup.threshold(), 0);
    assertEquals(4, (int) dedup.shingleWords());
    assertEquals(20, (int) dedup.bands());
    assertEquals(5, (int) dedup.rows());
    assertEquals(500, (int) dedup.maxBucketSize());
  }

  @Test
  void badValuesAndUnknownKeysAreConfigErrors() {
    assertThrows(ConfigException.class, () -> load("dedup: {threshold: 1.5}\n"));
    assertThrows(ConfigException.class, () -> load("dedup: {treshold: 0.8}\n"));
  }

  @Test
  void theShippedConfigLoads() {
    JobConfig job = ConfigLoader.load(Path.of("conf/newstrends.yaml"));
    assertEquals(0.7, job.dedup().threshold(), 0);
  }
}
