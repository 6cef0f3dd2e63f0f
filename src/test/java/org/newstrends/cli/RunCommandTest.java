package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Configuration errors stop the command with exit status 2 before Spark starts. */
class RunCommandTest {

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
  void unknownKeyNamesFileLineAndAllowedKeys() throws Exception {
    Path file =
        config("inputs:\n  - path: input.txt\n    format: text-dump\noutput: out\ninptus: []\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains(file.toString()), err);
    assertTrue(err.contains("line 5"), err);
    assertTrue(err.contains("unknown key 'inptus'"), err);
    assertTrue(
        err.contains(
            "allowed keys here: annotate, dedup, ingest, inputs, measure, outlets, output"),
        err);
  }

  @Test
  void wrongTypeNamesTheKey() throws Exception {
    Path file =
        config("inputs:\n  - path: input.txt\noutput: out\ningest:\n  max_record_bytes: lots\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("line 5"), err);
    assertTrue(err.contains("ingest.max_record_bytes"), err);
  }

  @Test
  void unknownFormatListsTheAllowedOnes() throws Exception {
    Path file = config("inputs:\n  - path: input.txt\n    format: pdf\noutput: out\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("line 3"), err);
    assertTrue(err.contains("unknown input format 'pdf'; allowed: text-dump"), err);
  }

  @Test
  void missingInputPathIsAConfigError() throws Exception {
    Path file = config("inputs:\n  - path: nowhere/*.txt\noutput: out\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("nowhere/*.txt"), err);
    assertTrue(err.contains("does not exist"), err);

    assertEquals(
        2,
        run("run", "--config", file.toString(), "--input", dir.resolve("missing.txt").toString()));
    assertTrue(err.contains("missing.txt' does not exist"), err);
  }

  @Test
  void flagsOverrideTheFileAndPathsResolveAgainstIt() throws Exception {
    Path file = config("inputs:\n  - path: input.txt\noutput: out\n");
    RunCommand command = new RunCommand();
    new CommandLine(command)
        .parseArgs("--config", file.toString(), "--output", dir.resolve("elsewhere").toString());
    var job = command.resolve();
    assertEquals(dir.resolve("input.txt").toString(), job.inputs().get(0).path());
    assertEquals(dir.resolve("elsewhere").toString(), job.output());
  }

  @Test
  void foreignOutputDirectoryIsRefusedBeforeSparkStarts() throws Exception {
    Path file = config("inputs:\n  - path: input.txt\noutput: data\n");
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/notes.txt"), "mine");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("holds no newstrends manifest"), err);
  }

  @Test
  void aBrokenWordListIsAConfigErrorEvenWithAnnotateOff() throws Exception {
    Files.writeString(dir.resolve("words.yaml"), "titles: [mr]\n");
    Path file =
        config(
            "inputs:\n  - path: input.txt\noutput: out\n"
                + "annotate:\n  enabled: false\n  words: words.yaml\n");
    assertEquals(2, run("run", "--config", file.toString()));
    assertTrue(err.contains("words.yaml: line 1: unknown key 'titles'"), err);
  }

  @Test
  void missingConfigFileAndNoCommand() {
    assertEquals(2, run("run", "--config", dir.resolve("nope.yaml").toString()));
    assertTrue(err.contains("config file not found"), err);
    assertEquals(2, run());
  }
}
