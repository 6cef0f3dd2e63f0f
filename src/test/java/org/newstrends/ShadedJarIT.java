package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded jar that spark-submit runs: ours and our few libraries, never Spark's. */
class ShadedJarIT {

  static Path shadedJar() {
    Path jar = Path.of(System.getProperty("newstrends.shadedJar", "missing"));
    assertTrue(Files.isRegularFile(jar), "run through `mvn verify`: " + jar);
    return jar;
  }

  @Test
  void bundlesNoSparkScalaHadoopOrJacksonCore() throws IOException {
    try (JarFile jar = new JarFile(shadedJar().toFile())) {
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      for (String banned :
          List.of(
              "org/apache/spark/",
              "scala/",
              "org/apache/hadoop/",
              "com/fasterxml/jackson/core/",
              "com/fasterxml/jackson/databind/",
              "org/yaml/snakeyaml/")) {
        assertTrue(
            names.stream().noneMatch(n -> n.startsWith(banned)), "jar must not bundle " + banned);
      }
      assertTrue(names.contains("org/newstrends/cli/NewstrendsCli.class"));
      assertTrue(names.stream().anyMatch(n -> n.startsWith("org/newstrends/shaded/snakeyaml/")));
      assertTrue(names.stream().anyMatch(n -> n.startsWith("picocli/")));
      assertEquals(
          "org.newstrends.cli.NewstrendsCli",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
      JarEntry services =
          jar.getJarEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory");
      String factories =
          new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          factories.contains("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"), factories);
    }
  }
}
