package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JIT that jobs/run-local.sh and jobs/bench.sh give a run's JVM ({@code newstrends_jit_options}
 * in jobs/common.sh): C1 alone below 48 MiB of local input, the tiered JIT with the compiler
 * directives of conf/spark/jit-directives.json above it and whenever the size is unknown, as the
 * input is named by {@code --input} or by the config's {@code path:} entries.
 */
class JitChoiceTest {

  private static final String QUICK = "-XX:TieredStopAtLevel=1";

  private static final Path DIRECTIVES = Path.of("conf/spark/jit-directives.json").toAbsolutePath();

  /** The tiered JIT's options, one per line: C2 with the warm code excluded. */
  private static final String FULL =
      "-XX:+UnlockDiagnosticVMOptions\n-XX:CompilerDirectivesFile=" + DIRECTIVES;

  @TempDir Path dir;

  /**
   * Runs {@code newstrends_jit_options ARGS} (or another function) in bash; its stdout, trimmed.
   */
  private String bash(Map<String, String> env, String function, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add("-c");
    command.add("source jobs/common.sh && " + function + " \"$@\"");
    command.add("bash");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("NEWSTRENDS_JIT");
    pb.environment().remove("NEWSTRENDS_CONFIG");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int rc = p.waitFor();
    return rc == 0 ? out : "exit " + rc + ": " + out;
  }

  private String jit(String... args) throws Exception {
    return bash(Map.of(), "newstrends_jit_options", args);
  }

  private Path file(String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    try (var ch =
        Files.newByteChannel(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.position(bytes - 1);
      ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    return f;
  }

  @Test
  void smallInputsRunWithC1AloneLargeOnesWithTheTieredJit() throws Exception {
    Path small = file("small.txt", 300_000);
    Path large = file("large.txt", 56L << 20);
    assertEquals(QUICK, jit("--input", small.toString(), "--format", "text-dump"));
    assertEquals(QUICK, jit("--input=" + small));
    assertEquals(FULL, jit("--input", large.toString()));
    // several inputs add up
    file("parts/a.txt", 28L << 20);
    file("parts/b.txt", 28L << 20);
    assertEquals(
        String.valueOf(56L << 20),
        bash(
            Map.of(),
            "newstrends_input_bytes",
            "--input",
            dir.resolve("parts/a.txt") + "," + dir.resolve("parts/b.txt")));
    assertEquals(FULL, jit("--input", dir.resolve("parts").toString()));
    assertEquals(FULL, jit("--input", dir.resolve("parts/*.txt").toString()));
    assertEquals(QUICK, jit("--input", dir.resolve("parts/a*").toString()));
  }

  @Test
  void theBoundIsFortyEightMebibytes() throws Exception {
    assertEquals(QUICK, jit("--input", file("below.txt", (48L << 20) - 1).toString()));
    assertEquals(FULL, jit("--input", file("at.txt", 48L << 20).toString()));
  }

  @Test
  void unknownSizesKeepTheTieredJit() throws Exception {
    assertEquals(FULL, jit("--input", "s3a://bucket/news/*.jsonl"));
    assertEquals(FULL, jit("--input", dir.resolve("missing.txt").toString()));
    file("small.txt", 1000);
    assertEquals(FULL, jit("--input", dir.resolve("small.txt") + ",hdfs://nn/x"));
  }

  @Test
  void theConfigsInputsResolveAgainstItsDirectory() throws Exception {
    file("data/a.jsonl", 1000);
    Path config = dir.resolve("conf/job.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        "inputs:\n"
            + "  - path: ../data/a.jsonl   # a comment\n"
            + "    format: jsonl\n"
            + "  - format: text-dump\n"
            + "    path: \"../data/a.jsonl\"\n"
            + "output: ../out\n");
    assertEquals("2000", bash(Map.of(), "newstrends_input_bytes", "--config", config.toString()));
    assertEquals(
        "2000",
        bash(
            Map.of("NEWSTRENDS_CONFIG", config.toString()),
            "newstrends_input_bytes",
            "--output",
            "x"));
    assertEquals(QUICK, jit("--config", config.toString()));
    // --input replaces the config's inputs
    Path large = file("large.txt", 56L << 20);
    assertEquals(FULL, jit("--config", config.toString(), "--input", large.toString()));
    // the bundled sample, with the default config
    assertEquals(QUICK, jit());
  }

  @Test
  void theEnvironmentForcesEitherJit() throws Exception {
    Path large = file("large.txt", 56L << 20);
    assertEquals(
        QUICK,
        bash(
            Map.of("NEWSTRENDS_JIT", "quick"),
            "newstrends_jit_options",
            "--input",
            large.toString()));
    assertEquals(FULL, bash(Map.of("NEWSTRENDS_JIT", "full"), "newstrends_jit_options"));
    assertEquals(
        QUICK,
        bash(
            Map.of("NEWSTRENDS_QUICK_JIT_BYTES", String.valueOf(57L << 20)),
            "newstrends_jit_options",
            "--input",
            large.toString()));
    String bad = bash(Map.of("NEWSTRENDS_JIT", "fast"), "newstrends_jit_options");
    assertEquals("exit 2: newstrends: NEWSTRENDS_JIT must be auto, quick or full, not 'fast'", bad);
  }

  @Test
  void theJvmAcceptsTheDirectivesAndTheirC2Exclusions() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(jit("--input", file("large.txt", 56L << 20).toString()).split("\n")));
    command.addAll(List.of("-XX:+CompilerDirectivesPrint", "-version"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("1 compiler directives added"), out);
    // The directive names Janino and excludes it from C2 only: C1 still compiles it.
    String directive = out.substring(out.indexOf("matching:"), out.indexOf("Directive: (default)"));
    assertTrue(directive.contains("org/codehaus/*.*"), directive);
    String c1 =
        directive.substring(
            directive.indexOf("c1 directives:"), directive.indexOf("c2 directives:"));
    String c2 = directive.substring(directive.indexOf("c2 directives:"));
    assertTrue(c1.contains("Enable:false"), c1); // no C1 directive: C1 compiles as it would
    assertTrue(c2.contains("Enable:true") && c2.contains("Exclude:true"), c2);
  }

  @Test
  void theHotCodeKeepsC2() throws IOException {
    // Every pattern of the directives, comments aside ("prefix*.*", "Class*.*"): the classes it
    // matches start with the part before its first '*'.
    String directives = Files.readString(DIRECTIVES).replaceAll("(?s)/\\*.*?\\*/", "");
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(directives);
    List<String> prefixes = new ArrayList<>();
    while (m.find()) {
      String pattern = m.group(1);
      assertTrue(pattern.endsWith("*.*"), pattern);
      prefixes.add(pattern.substring(0, pattern.indexOf('*')));
    }
    assertTrue(prefixes.contains("org/codehaus/"), prefixes.toString());
    for (String hot :
        List.of(
            "org/newstrends/annotate/MentionFinder",
            "org/newstrends/annotate/Quotes",
            "org/newstrends/measure/ArticleFacts",
            "org/apache/spark/sql/catalyst/expressions/GeneratedClass",
            "org/apache/spark/sql/catalyst/expressions/UnsafeRow",
            "org/apache/spark/sql/execution/UnsafeExternalRowSorter",
            "org/apache/spark/util/collection/unsafe/sort/UnsafeExternalSorter",
            "org/apache/parquet/column/impl/ColumnWriterBase",
            "java/lang/String",
            "java/io/DataInputStream")) {
      for (String prefix : prefixes) {
        assertFalse(hot.startsWith(prefix), hot + " is excluded from C2 by " + prefix);
      }
    }
  }
}
