package org.newstrends.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.ConfigException;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;

class MeasureConfigTest {

  @TempDir Path dir;

  private JobConfig load(String yaml) throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "output: out\n" + yaml);
    return ConfigLoader.load(file);
  }

  @Test
  void shippedConfigStatesTheDefaults() {
    JobConfig shipped = ConfigLoader.load(Path.of("conf/newstrends.yaml"));
    assertEquals(MeasureConfig.DEFAULT, shipped.measure());
  }

  @Test
  void missingSectionAndMissingKeysTakeDefaults() throws Exception {
    assertEquals(MeasureConfig.DEFAULT, load("").measure());
    MeasureConfig partial = load("measure:\n  window: 4\n  grains: [month, week]\n").measure();
    assertEquals(4, partial.window());
    assertEquals(List.of("week", "month"), partial.grains());
    assertEquals(3.5, partial.spikeThreshold());
    assertEquals(MeasureConfig.ALL_TABLES, partial.tables());
  }

  @Test
  void errorsNameTheKeyAndWhatIsAllowed() {
    ConfigException unknownKey =
        assertThrows(ConfigException.class, () -> load("measure:\n  windw: 4\n"));
    assertTrue(unknownKey.getMessage().contains("windw"), unknownKey.getMessage());
    assertTrue(unknownKey.getMessage().contains(": line "), unknownKey.getMessage());
    ConfigException badGrain =
        assertThrows(ConfigException.class, () -> load("measure:\n  grains: [year]\n"));
    assertTrue(
        badGrain.getMessage().contains("allowed: [day, week, month]"), badGrain.getMessage());
    ConfigException badWindow =
        assertThrows(ConfigException.class, () -> load("measure:\n  window: 0\n"));
    assertTrue(badWindow.getMessage().contains("'window'"), badWindow.getMessage());
    ConfigException badZeroRows =
        assertThrows(
            ConfigException.class, () -> load("measure:\n  cooccurrence_zero_rows: dense\n"));
    assertTrue(
        badZeroRows.getMessage().contains("allowed: [edges, full]"), badZeroRows.getMessage());
  }

  @Test
  void pairZeroRowsAreEdgesUnlessFullIsAsked() throws Exception {
    assertFalse(MeasureConfig.DEFAULT.fullPairZeroRows());
    assertEquals("edges", load("").measure().cooccurrenceZeroRows());
    assertTrue(load("measure:\n  cooccurrence_zero_rows: full\n").measure().fullPairZeroRows());
  }
}
