package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import picocli.CommandLine;

/** {@code --format} and {@code --preset} on the command line, checked before Spark starts. */
class RunCommandPresetTest {

  @TempDir Path dir;

  @Test
  void presetAppliesToEveryInputPath() throws Exception {
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{}\n");
    RunCommand run = new RunCommand();
    new CommandLine(run)
        .parseArgs(
            "--config",
            Files.writeString(dir.resolve("c.yaml"), "output: out\n").toString(),
            "--input",
            a + "," + b,
            "--format",
            "jsonl",
            "--preset",
            "rss-2023",
            "--output",
            dir.resolve("out").toString());
    JobConfig job = run.resolve();
    assertEquals(2, job.inputs().size());
    for (InputSpec input : job.inputs()) {
      assertEquals("rss-2023", input.preset());
      assertEquals("description", input.fieldMapping().get("body"));
    }
  }

  @Test
  void unknownPresetOrPresetWithoutInputIsAConfigError() throws Exception {
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    String out = dir.resolve("out").toString();
    assertEquals(
        NewstrendsCli.EXIT_CONFIG_ERROR,
        NewstrendsCli.execute(
            "run",
            "--input",
            a.toString(),
            "--format",
            "jsonl",
            "--preset",
            "nope",
            "--output",
            out));
    assertEquals(
        NewstrendsCli.EXIT_CONFIG_ERROR,
        NewstrendsCli.execute(
            "run",
            "--input",
            a.toString(),
            "--format",
            "files",
            "--preset",
            "rss-2023",
            "--output",
            out));
    Path config =
        Files.writeString(dir.resolve("c.yaml"), "inputs:\n  - path: " + a + "\noutput: o\n");
    assertEquals(
        NewstrendsCli.EXIT_CONFIG_ERROR,
        NewstrendsCli.execute("run", "--config", config.toString(), "--preset", "rss-2023"));
  }
}
