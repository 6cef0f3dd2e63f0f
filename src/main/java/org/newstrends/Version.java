package org.newstrends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The newstrends version, from the jar manifest or {@code dev} when run from classes. */
public final class Version {

  private Version() {}

  public static String get() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /**
   * A SHA-256 of the job's code as loaded: every entry of the jar this class came from (its bundled
   * libraries included, {@code META-INF/} left out), or every file of its class folder. The version
   * alone does not tell two builds apart: every build of a {@code -SNAPSHOT} (and a run from
   * classes, {@code dev}) has the same one, whatever rules its matcher, parsers or dedup hold.
   * Computed once per JVM, from contents only (no timestamps), so every build of the same code has
   * the same fingerprint. {@code unknown} when the code's location cannot be read.
   */
  public static String code() {
    return Code.FINGERPRINT;
  }

  private static final class Code {
    static final String FINGERPRINT = compute();

    private static String compute() {
      try {
        java.security.CodeSource source = Version.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          return "unknown";
        }
        return fingerprint(Path.of(source.getLocation().toURI()));
      } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
        return "unknown";
      }
    }
  }

  /** The fingerprint of a jar or a class folder ({@link #code}). */
  static String fingerprint(Path location) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(location)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(location)) {
        files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
      }
      List<String> names =
          files.stream()
              .map(f -> location.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
      for (String name : names) {
        add(digest, name, Files.readAllBytes(location.resolve(name)));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        List<String> names = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
            names.add(entry.getName());
          }
        }
        names.sort(null);
        // Each entry by its size and CRC-32 from the jar's central directory: nothing is inflated,
        // so a 10 MB jar costs milliseconds, not the half second of reading every entry.
        for (String name : names) {
          JarEntry entry = jar.getJarEntry(name);
          add(
              digest,
              name,
              (entry.getSize() + " " + Long.toHexString(entry.getCrc()))
                  .getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void add(MessageDigest digest, String name, byte[] bytes) {
    digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update(bytes);
  }
}
