package org.newstrends.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A stable hash of the resolved configuration, recorded in the manifest. When the annotate stage is
 * on, the content of the files that steer the matcher (the gazetteers and the word lists of {@code
 * annotate.words}, or the shipped copy of {@code conf/rules/annotate-words.yaml}) is part of it:
 * {@code annotate_files} maps each to its SHA-256, so editing a word list changes the hash.
 */
public final class ConfigHash {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigHash() {}

  /** The resolved configuration as a plain map, the way the manifest shows it. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> canonical(JobConfig config) {
    Map<String, Object> map = new java.util.LinkedHashMap<>(JSON.convertValue(config, Map.class));
    if (config.annotate() != null && config.annotate().enabled()) {
      Map<String, String> files = new java.util.TreeMap<>();
      String words = config.annotate().words();
      files.put(
          "words",
          "sha256:"
              + (words == null
                  ? org.newstrends.annotate.AnnotateWords.defaults().sha256()
                  : fileSha256(words)));
      for (String gazetteer : config.annotate().gazetteers()) {
        files.put(gazetteer, "sha256:" + fileSha256(gazetteer));
      }
      map.put("annotate_files", files);
    }
    return map;
  }

  /** Hex SHA-256 of a local file, or "unreadable" (the run fails later with a proper message). */
  private static String fileSha256(String path) {
    try {
      return org.newstrends.annotate.AnnotateWords.sha256(
          java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)));
    } catch (java.io.IOException | RuntimeException e) {
      return "unreadable";
    }
  }

  /** SHA-256 of the canonical JSON form of the configuration. */
  public static String of(JobConfig config) {
    try {
      byte[] json = JSON.writeValueAsString(canonical(config)).getBytes(StandardCharsets.UTF_8);
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
