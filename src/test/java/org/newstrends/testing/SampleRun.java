package org.newstrends.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newstrends.NewstrendsJob;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.JobConfig;

/**
 * The default job (conf/newstrends.yaml) over the bundled sample (data/sample/articles.txt), run
 * once per test JVM into {@code target/sample-run/out}: the output the README's first command
 * writes, shared by the tests that read a whole run (the report, the notebooks and their queries).
 * Tests only read it.
 */
public final class SampleRun {

  private static Path output;

  private SampleRun() {}

  public static synchronized Path output() {
    if (output == null) {
      Path out = Path.of("target", "sample-run", "out").toAbsolutePath();
      deleteRecursively(out.getParent());
      JobConfig sample =
          ConfigLoader.load(Path.of("conf/newstrends.yaml")).withOutput(out.toString());
      NewstrendsJob.run(TestSpark.session(), sample, "sample-run");
      output = out;
    }
    return output;
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
