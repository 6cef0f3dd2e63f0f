package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.ConfigException;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.DedupConfig;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.dedup.Deduplication;

/** Issue 10, item 10: configuration messages that named the wrong key, line or file. */
class ConfigMessagesTest {

  @TempDir Path dir;

  private String err;

  private int run(String... args) {
    CliRun run = CliRun.of(args);
    err = run.err();
    return run.status();
  }

  private Path config(String yaml) throws Exception {
    return CliRun.config(dir, yaml);
  }

  @Test
  void oneIngestKeyAloneIsEnoughAndTheOthersKeepTheirDefaults() throws Exception {
    JobConfig job =
        ConfigLoader.load(
            config("inputs:\n  - path: input.txt\noutput: out\ningest: {max_record_bytes: 100}\n"));
    assertEquals(100, job.ingest().maxRecordBytes());
    assertEquals(0, job.ingest().splitBytes());
    assertEquals(LocalDate.of(1800, 1, 1), job.ingest().earliestDate());
    assertFalse(job.ingest().followSymlinks());
  }

  @Test
  void aMisspelledIngestKeyIsReportedAsUnknownOnItsOwnLine() throws Exception {
    Path file =
        config("inputs:\n  - path: input.txt\noutput: out\ningest:\n  max_record_byte: 100\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("unknown key 'max_record_byte'"), err);
    assertTrue(err.contains("line 5"), err);
    assertTrue(err.contains("earliest_date"), "lists the allowed keys: " + err);
    assertFalse(err.contains("split_bytes' must"), err);
  }

  @Test
  void aBadValueNeverPointsPastTheEndOfTheFile() throws Exception {
    Path file =
        config("inputs:\n  - path: input.txt\noutput: out\ningest:\n  earliest_date: 0099-01-01\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("four-digit year"), err);
    int line = Integer.parseInt(err.replaceAll("(?s).*line (\\d+).*", "$1"));
    assertTrue(line <= 5, err);
  }

  @Test
  void errorsAboutInputFlagsNameTheFlagNotTheConfigFile() throws Exception {
    Path file = config("inputs:\n  - path: input.txt\noutput: out\n");
    assertEquals(
        2, run("run", "--config", file.toString(), "--input", dir.resolve("nope.txt").toString()));
    assertTrue(err.contains("--input: input path"), err);
    assertFalse(err.contains("job.yaml"), err);
  }

  @Test
  void aHeapLimitAboveTheDriversHeapStopsTheRunBeforeSparkStarts() throws Exception {
    Path file = config("inputs:\n  - path: input.txt\noutput: out\n");
    String property = Deduplication.DRIVER_ARTICLES_PROPERTY;
    System.setProperty(property, "2000000000");
    try {
      assertEquals(2, run("run", "--config", file.toString()));
    } finally {
      System.clearProperty(property);
    }
    assertTrue(err.contains(property + "=2000000000"), err);
    assertTrue(err.contains("asks the driver's heap to hold more than it can"), err);
    assertFalse(Files.exists(dir.resolve("out")), "no run started");
  }

  @Test
  void anInputThatIsTheOutputOrInsideItStopsTheRunBeforeSparkStarts() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("old.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    for (String input : List.of("out", "out/*.txt", "out/old.txt", "./out/../out")) {
      Path file = config("inputs:\n  - path: " + input + "\noutput: out\n");
      assertEquals(2, run("run", "--config", file.toString()), input);
      assertTrue(err.contains("is the output directory"), input + ": " + err);
    }
    assertEquals(2, run("run", "--input", out.toString(), "--output", out.toString()));
    assertTrue(err.contains("--input: input path '" + out + "' is the output directory"), err);
    // an output inside the input folder, or beside it with a longer name, passes the check
    Files.writeString(dir.resolve("out2.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    JobConfig inside =
        ConfigLoader.load(config("inputs:\n  - path: .\n  - path: out2.txt\noutput: out\n"));
    ConfigLoader.validate(inside, "job.yaml");
  }

  // An empty folder, or one holding only names that are never read, was a run over nothing that
  // published empty tables over the previous output.
  @Test
  void anInputHoldingNoFileToReadStopsTheRunBeforeSparkStarts() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path hiddenOnly = Files.createDirectories(dir.resolve("hidden/.cache"));
    Files.writeString(hiddenOnly.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("hidden/_SUCCESS"), "");
    Files.writeString(dir.resolve("hidden/.b.txt"), "x");
    for (String input :
        List.of(empty.toString(), dir.resolve("hidden").toString(), dir + "/hidden/*")) {
      assertEquals(2, run("run", "--input", input, "--output", dir.resolve("out").toString()));
      assertTrue(err.contains("holds no file to read"), input + ": " + err);
    }
    Files.createDirectories(dir.resolve("hidden/sub"));
    Files.writeString(dir.resolve("hidden/sub/c.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    ConfigLoader.validate(
        ConfigLoader.load(
            config("inputs:\n  - path: hidden\n  - path: hidden/*/c.txt\noutput: out\n")),
        "job.yaml");
  }

  // A key given twice took the last value silently; a fraction for a whole number was cut.
  @Test
  void aKeyGivenTwiceOrAFractionForAWholeNumberIsAnError() throws Exception {
    Path twice =
        config("inputs:\n  - path: input.txt\noutput: out\nmeasure:\n  window: 8\n  window: 4\n");
    assertEquals(2, run("run", "--config", twice.toString()));
    assertTrue(err.contains("window"), err);
    assertTrue(err.contains("line 6"), err);
    Path fraction =
        config("inputs:\n  - path: input.txt\noutput: out\nmeasure:\n  min_support: 1.5\n");
    assertEquals(2, run("run", "--config", fraction.toString()));
    assertTrue(err.contains("at measure.min_support: expected a whole number, got 1.5"), err);
    assertTrue(err.contains("line 5"), err);
  }

  // An empty list item was a NullPointerException's stack trace, exit 1.
  @Test
  void anEmptyListItemIsAConfigErrorNamingItsKey() throws Exception {
    Files.writeString(dir.resolve("input.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    Path file =
        config("inputs:\n  - path: input.txt\noutput: out\nannotate:\n  gazetteers:\n    -\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("a list holds an empty item"), err);
    assertTrue(err.contains("annotate"), err);
    assertFalse(err.contains("NullPointerException"), err);
  }

  // An alias "-" matched every dash of every article, silently.
  @Test
  void aGazetteerAliasWithNoLetterOrDigitStopsTheRunBeforeSparkStarts() throws Exception {
    Files.writeString(
        dir.resolve("places.yaml"),
        "version: 1\nsource: test\nentities:\n  - id: \"place:x\"\n    type: place\n"
            + "    name: X\n    aliases: [{text: Xville, kind: name}, {text: \"-\", kind: alias}]\n");
    Path file =
        config(
            "inputs:\n  - path: input.txt\noutput: out\nannotate:\n  gazetteers: [places.yaml]\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(
        err.contains(
            dir.resolve("places.yaml")
                + ": line 4: at entities[0]: entity 'place:x': alias '-' has no letter or digit"),
        err);
    assertFalse(Files.exists(dir.resolve("out")), "no run started");
  }

  // bands x rows of a million ran dedup for hours; past the int range it failed a task.
  @Test
  void tooManyMinHashValuesIsAConfigError() throws Exception {
    for (String dedup : List.of("{bands: 2000, rows: 500}", "{bands: 65536, rows: 65537}")) {
      Path file = config("inputs:\n  - path: input.txt\noutput: out\ndedup: " + dedup + "\n");
      assertEquals(2, run("run", "--config", file.toString()), dedup);
      assertTrue(err.contains("'dedup.bands' x 'dedup.rows' must be at most 1024"), err);
    }
    ConfigLoader.load(
        config("inputs:\n  - path: input.txt\noutput: out\ndedup: {bands: 32, rows: 32}\n"));
  }

  // One byte per read task made the 300-article sample 280,000 tasks.
  @Test
  void aSplitOfAFewBytesIsAConfigError() throws Exception {
    Files.writeString(dir.resolve("input.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    String input = dir.resolve("input.txt").toString();
    String out = dir.resolve("out").toString();
    assertEquals(2, run("run", "--input", input, "--output", out, "--split-bytes", "1"));
    assertTrue(
        err.contains("'split_bytes' must be 0 (automatic) or at least 1024 bytes, got 1"), err);
    Path file = config("inputs:\n  - path: input.txt\noutput: out\ningest: {split_bytes: 100}\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("at least 1024 bytes, got 100"), err);
  }

  // "output: ~/x" in a config file wrote a folder named '~' beside the config.
  @Test
  void aHomeFolderTheShellNeverExpandedIsAConfigError() throws Exception {
    Files.writeString(dir.resolve("input.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    Path file = config("inputs:\n  - path: input.txt\noutput: ~/news-out\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("has a folder named '~'"), err);
    assertFalse(Files.exists(dir.resolve("~")));
    assertEquals(
        2, run("run", "--input", "~/news/*.txt", "--output", dir.resolve("out").toString()));
    assertTrue(err.contains("input path") && err.contains("folder named '~'"), err);
  }

  // An output under a file or under /proc ran the whole job, then failed with a stack trace.
  @Test
  void anOutputThatCannotBeWrittenStopsTheRunBeforeSparkStarts() throws Exception {
    Files.writeString(dir.resolve("input.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    Files.writeString(dir.resolve("afile"), "x");
    String input = dir.resolve("input.txt").toString();
    assertEquals(
        2, run("run", "--input", input, "--output", dir.resolve("afile/sub/out").toString()));
    assertTrue(err.contains("cannot be written"), err);
    assertTrue(err.contains("afile"), err);
  }

  @Test
  void aMissingInputPathInTheFileNamesItsLine() throws Exception {
    Path file =
        config("output: out\ninputs:\n  - path: input.txt\n  - path: missing/*.txt  # typo\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("line 4"), err);
    assertTrue(err.contains("inputs[1].path"), err);
  }

  @Test
  void noMeasureTablesIsAllowed() throws Exception {
    JobConfig job =
        ConfigLoader.load(
            config("inputs:\n  - path: input.txt\noutput: out\nmeasure:\n  tables: []\n"));
    assertTrue(job.measure().tables().isEmpty());
  }

  // measure.spike_threshold: 1e400 read as Infinity and passed "> 0": no spike could be flagged and
  // the manifest said "Infinity"; dedup.threshold: NaN passed its range check and grouped nothing.
  @Test
  void everyFloatingPointKeyRejectsAValueThatIsNotFinite() throws Exception {
    List<List<String>> keys = floatingPointKeys(JobConfig.class, List.of());
    assertTrue(keys.contains(List.of("measure", "spike_threshold")), keys.toString());
    assertTrue(keys.contains(List.of("measure", "mad_floor")), keys.toString());
    assertTrue(keys.contains(List.of("dedup", "threshold")), keys.toString());
    String huge = "1" + "0".repeat(400);
    for (List<String> key : keys) {
      for (String value :
          List.of(
              "1e400",
              "-1e400",
              huge,
              ".inf",
              "-.inf",
              "+.INF",
              ".nan",
              ".NaN",
              "Infinity",
              "-Infinity",
              "NaN")) {
        StringBuilder yaml = new StringBuilder("inputs:\n  - path: input.txt\noutput: out\n");
        for (int i = 0; i < key.size(); i++) {
          yaml.append("  ".repeat(i)).append(key.get(i)).append(':');
          yaml.append(i < key.size() - 1 ? "\n" : " " + value + "\n");
        }
        Path file = config(yaml.toString());
        ConfigException e =
            assertThrows(ConfigException.class, () -> ConfigLoader.load(file), key + ": " + value);
        assertTrue(
            e.getMessage()
                .startsWith(
                    file
                        + ": line "
                        + (3 + key.size())
                        + ": at "
                        + String.join(".", key)
                        + ": expected a finite number, got "
                        + value),
            e.getMessage());
      }
    }
    Path file =
        config("inputs:\n  - path: input.txt\noutput: out\nmeasure:\n  spike_threshold: 1e400\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(
        err.contains(
            "job.yaml: line 5: at measure.spike_threshold: expected a finite number, got 1e400"
                + " (beyond the largest number a double holds, about 1.8e308)"),
        err);
    assertFalse(Files.exists(dir.resolve("out")), "no run started");
    // finite values still bind
    JobConfig ok =
        ConfigLoader.load(
            config(
                "inputs:\n  - path: input.txt\noutput: out\nmeasure:\n  spike_threshold: 1e3\n"
                    + "  mad_floor: 1.0e-300\ndedup:\n  threshold: 1\n"));
    assertEquals(1000.0, ok.measure().spikeThreshold());
    assertEquals(1.0e-300, ok.measure().madFloor());
    assertEquals(1.0, ok.dedup().threshold());
  }

  @Test
  void theConfigRecordsRejectValuesThatAreNotFiniteToo() {
    for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
      IllegalArgumentException spike =
          assertThrows(
              IllegalArgumentException.class,
              () -> new MeasureConfig(null, null, null, bad, null, null, null, null, null, null));
      assertTrue(spike.getMessage().contains("'spike_threshold' must be a positive finite"));
      IllegalArgumentException floor =
          assertThrows(
              IllegalArgumentException.class,
              () -> new MeasureConfig(null, null, null, null, null, bad, null, null, null, null));
      assertTrue(floor.getMessage().contains("'mad_floor' must be a positive finite"));
      IllegalArgumentException threshold =
          assertThrows(
              IllegalArgumentException.class,
              () -> new DedupConfig(null, bad, null, null, null, null, null, null, null));
      assertTrue(threshold.getMessage().contains("'dedup.threshold' must be in (0, 1]"));
    }
  }

  /**
   * The YAML key paths of every floating-point field of the config records reachable from {@code
   * type}, so a new one is covered by the test above without being listed there.
   */
  private static List<List<String>> floatingPointKeys(Class<?> type, List<String> at) {
    List<List<String>> keys = new java.util.ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      List<String> path = new java.util.ArrayList<>(at);
      path.add(SNAKE.translate(c.getName()));
      Class<?> t = c.getType();
      if (t == Double.class || t == double.class || t == Float.class || t == float.class) {
        keys.add(path);
      } else if (t.isRecord()) {
        keys.addAll(floatingPointKeys(t, path));
      } else if (c.getGenericType() instanceof ParameterizedType p) {
        for (Type arg : p.getActualTypeArguments()) {
          if (arg instanceof Class<?> k && k.isRecord()) {
            assertTrue(
                floatingPointKeys(k, path).isEmpty(),
                "a floating-point key inside a list at " + path + ": cover it in this test");
          }
        }
      }
    }
    return keys;
  }

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
}
