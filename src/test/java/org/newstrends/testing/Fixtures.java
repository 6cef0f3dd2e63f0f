package org.newstrends.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.ingest.Ingest;
import org.newstrends.ingest.ParsedRows;

/** Copies committed test resources to files a Spark reader can open. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * The shipped gazetteer files of {@code conf/gazetteers}, in the order the default config lists
   * them.
   */
  public static final List<String> GAZETTEER_NAMES =
      List.of("countries", "leaders", "places", "organisations", "terms", "roles");

  /** The shipped gazetteer files' paths, relative to the project root (the tests' directory). */
  public static List<String> shippedGazetteers() {
    return GAZETTEER_NAMES.stream().map(name -> "conf/gazetteers/" + name + ".yaml").toList();
  }

  /** Copies {@code /resource} into {@code dir} and returns the file. */
  public static Path copy(String resource, Path dir) {
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Files.createDirectories(dir);
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The articles of the seed text dump ({@code /textdump/seed.txt}, copied into {@code dir}) as the
   * job parses them.
   */
  public static Dataset<Row> seedArticles(SparkSession spark, Path dir) {
    Path seed = copy("/textdump/seed.txt", dir);
    return ParsedRows.articles(
        Ingest.readAll(
            spark, List.of(new InputSpec(seed.toString(), "text-dump")), IngestConfig.DEFAULT));
  }

  /** The text of a test resource. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
