package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newstrends report} on an output it cannot use: one line naming the file and what is wrong,
 * exit status 2, before Spark starts (a truncated manifest was a Jackson stack trace, exit 1, after
 * Spark started; an empty, foreign or incomplete one gave a report with no run in it).
 */
class ReportCommandTest {

  @TempDir Path dir;

  private static final String MANIFEST =
      "{\n  \"newstrends_manifest\" : 1,\n  \"run_id\" : \"20261205T120000-abcdef12\",\n"
          + "  \"version\" : \"dev\",\n  \"records_read\" : 3,\n  \"articles\" : 3,\n"
          + "  \"rejects\" : 0,\n  \"inputs\" : [ ],\n  \"timings_ms\" : { },\n"
          + "  \"counts\" : { },\n  \"details\" : { }\n}\n";

  /** Runs {@code report --output dir/out} with {@code manifest} as its manifest (null: none). */
  private CliRun report(String manifest) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.deleteIfExists(out.resolve("manifest.json"));
    if (manifest != null) {
      Files.writeString(out.resolve("manifest.json"), manifest);
    }
    return CliRun.of("report", "--output", out.toString());
  }

  /** Exit status 2 and one line on stderr: the message, with no stack trace. */
  private static String oneLine(CliRun run) {
    assertEquals(2, run.status(), run.err());
    String err = run.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("Exception"), err);
    assertTrue(err.startsWith("newstrends: configuration error: "), err);
    return err;
  }

  @Test
  void aTruncatedManifestIsOneLineNamingTheFileNotAStackTrace() throws Exception {
    String out = dir.resolve("out").toString();
    String err = oneLine(report(MANIFEST.substring(0, MANIFEST.indexOf("\"articles\"") + 4)));
    assertTrue(err.contains("manifest.json in " + out + " is not valid JSON (truncated?): "), err);
    assertTrue(err.endsWith("at line 6, column 7; run the job again to rewrite the output"), err);
    err = oneLine(report("not json at all"));
    assertTrue(err.contains("manifest.json in " + out + " is not valid JSON (truncated?): "), err);
    assertTrue(err.contains("Unrecognized token 'not'"), err);
    assertFalse(err.contains("run the job again"), "a run would not replace it: " + err);
    err = oneLine(report(MANIFEST + "{\"newstrends_manifest\" : 1}"));
    assertTrue(err.contains("is not valid JSON"), err);
    err = oneLine(report(""));
    assertTrue(err.contains("manifest.json in " + out + " is empty (truncated?)"), err);
  }

  @Test
  void aMissingManifestOrOutputIsNamed() throws Exception {
    String out = dir.resolve("out").toString();
    String err = oneLine(report(null));
    assertTrue(err.contains(out + " holds no manifest.json"), err);
    err = oneLine(CliRun.of("report", "--output", dir.resolve("nowhere").toString()));
    assertTrue(err.contains("output " + dir.resolve("nowhere") + " does not exist"), err);
    Files.writeString(dir.resolve("file.txt"), "x");
    err = oneLine(CliRun.of("report", "--output", dir.resolve("file.txt").toString()));
    assertTrue(err.contains("file.txt is a file, not the output folder"), err);
  }

  @Test
  void aManifestWithoutTheFieldsTheReportNeedsIsNamed() throws Exception {
    String where = "manifest.json in " + dir.resolve("out");
    Map<String, String> cases =
        Map.of(
            "[1, 2]",
            where + " is not a newstrends manifest: it holds a JSON list, not an object",
            "{\"run_id\": \"x\"}",
            where + " is not a newstrends manifest: it has no \"newstrends_manifest\" key",
            MANIFEST.replace("  \"articles\" : 3,\n", ""),
            where + " lacks \"articles\", which the report shows",
            MANIFEST.replace("\"run_id\" : \"20261205T120000-abcdef12\",", ""),
            where + " lacks \"run_id\"",
            MANIFEST.replace("\"rejects\" : 0", "\"rejects\" : \"none\""),
            where + ": \"rejects\" is \"none\", not a whole number, 0 or more",
            MANIFEST.replace("\"inputs\" : [ ]", "\"inputs\" : 3"),
            where + ": \"inputs\" is 3, not a list",
            MANIFEST.replace("\"details\" : { }", "\"details\" : [ ]"),
            where + ": \"details\" is [], not an object");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String err = oneLine(report(c.getKey()));
      assertTrue(err.contains(c.getValue()), c.getKey() + "\n" + err);
    }
  }
}
