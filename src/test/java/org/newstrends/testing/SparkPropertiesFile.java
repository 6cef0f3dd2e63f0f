package org.newstrends.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The job's Spark properties files ({@code conf/spark/local.conf}, {@code cluster.conf}). */
public final class SparkPropertiesFile {

  private SparkPropertiesFile() {}

  /**
   * The value of property {@code name} in {@code file} (name, whitespace, value; {@code #}
   * comments), or null when the file does not set it.
   */
  public static String property(Path file, String name) throws IOException {
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.trim().split("\\s+", 2);
      if (parts.length == 2 && parts[0].equals(name)) {
        return parts[1].trim();
      }
    }
    return null;
  }
}
