package org.newstrends.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** A stable hash of the resolved configuration, recorded in the manifest. */
public final class ConfigHash {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigHash() {}

  /** The resolved configuration as a plain map, the way the manifest shows it. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> canonical(JobConfig config) {
    return JSON.convertValue(config, Map.class);
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
