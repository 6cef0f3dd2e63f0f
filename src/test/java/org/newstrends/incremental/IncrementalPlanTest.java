package org.newstrends.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.AnnotateConfig;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.JobConfig;

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

  /**
   * Each incremental run is a new JVM, so the hash must not depend on anything a JVM chooses for
   * itself. It once hashed the compiled gazetteer's serialised form, whose word sets iterate in a
   * per-JVM order: every incremental run of the command line fell back to a full run.
   */
  @Test
  void anotherJvmComputesTheSameHashForTheSameConfiguration() throws Exception {
    String here = IncrementalPlan.compatibility(ConfigLoader.load(Path.of(SHIPPED)));
    for (int i = 0; i < 2; i++) {
      assertEquals(here, inAnotherJvm(SHIPPED), "the hash in another JVM, attempt " + (i + 1));
    }
  }

  @Test
  void anEditedWordListChangesTheHash() throws Exception {
    Path words = dir.resolve("annotate-words.yaml");
    Files.writeString(
        words,
        Files.readString(Path.of("conf/rules/annotate-words.yaml"))
            .replace("    - \"the\"\n", "    - \"the\"\n    - \"thus\"\n"));
    JobConfig shipped = ConfigLoader.load(Path.of(SHIPPED));
    AnnotateConfig a = shipped.annotate();
    JobConfig edited =
        new JobConfig(
            shipped.inputs(),
            shipped.output(),
            shipped.ingest(),
            shipped.dedup(),
            new AnnotateConfig(
                a.enabled(),
                a.gazetteers(),
                a.contextChars(),
                words.toString(),
                a.countInTable(),
                a.countEnclosed()),
            shipped.measure());
    assertNotEquals(IncrementalPlan.compatibility(shipped), IncrementalPlan.compatibility(edited));
  }

  /**
   * Every build of a {@code -SNAPSHOT} has the same version (and every run from classes {@code
   * dev}), whatever its code. The hash once held the version alone: an incremental run after a
   * rebuild that changed the matcher's rules kept the previous build's mentions and annotations of
   * the unchanged files beside the new build's of the new ones, a mixture no full run makes. Here
   * two copies of the job's classes, one with a text in the gazetteer compiler changed (same
   * length, still a valid class), run in JVMs of their own with the same version.
   */
  @Test
  void anotherBuildOfTheSameVersionChangesTheHash() throws Exception {
    Path classes =
        Path.of(IncrementalPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path same = copyTree(classes, dir.resolve("build-1"));
    Path rebuilt = copyTree(classes, dir.resolve("build-2"));
    Path edited = rebuilt.resolve("org/newstrends/annotate/CompiledGazetteer$Builder.class");
    byte[] bytes = Files.readAllBytes(edited);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("reported ambiguous"), "the class holds the text the test edits");
    Files.write(
        edited,
        text.replace("reported ambiguous", "reported AMBIGUOUS")
            .getBytes(StandardCharsets.ISO_8859_1));
    String before = inAnotherJvm(SHIPPED, same);
    assertEquals(before, inAnotherJvm(SHIPPED, copyTree(classes, dir.resolve("build-3"))));
    assertNotEquals(before, inAnotherJvm(SHIPPED, rebuilt), "a rebuild with other code");
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
    return to;
  }

  private static final String SHIPPED = "conf/newstrends.yaml";

  private static String inAnotherJvm(String config) throws IOException, InterruptedException {
    return inAnotherJvm(config, null);
  }

  /** The hash in a child JVM, with the job's classes from {@code classes} (null: as here). */
  private static String inAnotherJvm(String config, Path classes)
      throws IOException, InterruptedException {
    String classPath = System.getProperty("java.class.path");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // without the JDK's class-data archive, which can fix Set.of's per-JVM order
                    "-Xshare:off",
                    "-cp",
                    classes == null ? classPath : classes + java.io.File.pathSeparator + classPath,
                    PrintCompatibility.class.getName(),
                    config))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(true, p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().reduce((a, b) -> b).orElse("");
  }

  /** Prints the compatibility hash of a configuration file (run in a child JVM by the test). */
  public static final class PrintCompatibility {
    public static void main(String[] args) {
      System.out.println(IncrementalPlan.compatibility(ConfigLoader.load(Path.of(args[0]))));
    }
  }
}
