package org.newstrends.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies committed test resources to files a Spark reader can open. */
public final class Fixtures {

  private Fixtures() {}

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

  /** The text of a test resource. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
