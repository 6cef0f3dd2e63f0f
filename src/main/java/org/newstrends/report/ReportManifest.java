package org.newstrends.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newstrends.output.Tables;

/**
 * The manifest of the output a report is built from, read and checked before Spark starts: {@code
 * newstrends report} on a folder whose {@code manifest.json} is missing, truncated, not JSON or not
 * a newstrends manifest says so in one line (exit status 2), instead of a parser's stack trace
 * after Spark started.
 */
public final class ReportManifest {

  /** The key every newstrends manifest carries ({@code Manifest#formatVersion}). */
  static final String MARKER = "newstrends_manifest";

  /**
   * The fields the report shows that every newstrends manifest has written since the first version:
   * the run's id and its counts. The others ({@code inputs}, {@code timings_ms}, {@code counts},
   * {@code details}) are shown when present.
   */
  static final List<String> REQUIRED_COUNTS = List.of("records_read", "articles", "rejects");

  /** Optional fields the report reads as objects, when present. */
  static final List<String> OPTIONAL_OBJECTS = List.of("timings_ms", "counts", "details");

  private static final ObjectReader JSON =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // two manifests pasted together

  private ReportManifest() {}

  /** An output the report cannot be built from; the message names the file and what is wrong. */
  public static final class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * Reads and checks {@code root/manifest.json}.
   *
   * @throws Unusable when {@code root} is no output folder, or its manifest is missing, empty, not
   *     JSON, not a newstrends manifest or lacks a field the report needs
   */
  public static JsonNode read(FileSystem fs, Path root) {
    String where = Tables.MANIFEST + " in " + root;
    try {
      if (!fs.exists(root)) {
        throw new Unusable(
            "output " + root + " does not exist; give the output folder of a finished run");
      }
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new Unusable(root + " is a file, not the output folder of a newstrends run");
      }
      Path file = new Path(root, Tables.MANIFEST);
      if (!fs.exists(file)) {
        throw new Unusable(
            root
                + " holds no "
                + Tables.MANIFEST
                + ": not the output of a finished newstrends run");
      }
      FileStatus status = fs.getFileStatus(file);
      if (status.isDirectory()) {
        throw new Unusable(where + " is a folder, not a file");
      }
      if (status.getLen() == 0) {
        throw new Unusable(where + " is empty (truncated?)");
      }
      byte[] bytes;
      try (InputStream in = fs.open(file)) {
        bytes = in.readAllBytes();
      }
      JsonNode manifest;
      try {
        manifest = JSON.readValue(bytes);
      } catch (JsonProcessingException e) {
        // the marker comes first: a run replaces an output whose manifest begins with it
        boolean ours =
            new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .contains("\"" + MARKER + "\"");
        throw new Unusable(
            where
                + " is not valid JSON (truncated?): "
                + reason(e)
                + (ours ? "; run the job again to rewrite the output" : ""));
      }
      check(where, manifest);
      return manifest;
    } catch (IOException e) {
      throw new Unusable("cannot read " + where + ": " + e.getMessage());
    }
  }

  /** The parser's message, its first line, with the line and column. */
  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    message =
        message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    JsonLocation at = e.getLocation();
    return at != null && at.getLineNr() > 0
        ? message + " at line " + at.getLineNr() + ", column " + at.getColumnNr()
        : message;
  }

  private static void check(String where, JsonNode m) {
    if (m == null || !m.isObject()) {
      throw new Unusable(
          where
              + " is not a newstrends manifest: it holds "
              + (m == null || m.isMissingNode() ? "no JSON value" : "a JSON " + kind(m))
              + ", not an object");
    }
    if (!m.has(MARKER)) {
      throw new Unusable(where + " is not a newstrends manifest: it has no \"" + MARKER + "\" key");
    }
    if (!m.has("run_id")) {
      throw missing(where, "run_id");
    }
    if (!m.get("run_id").isTextual()) {
      throw wrong(where, "run_id", m.get("run_id"), "a string");
    }
    for (String key : REQUIRED_COUNTS) {
      if (!m.has(key)) {
        throw missing(where, key);
      }
      if (!m.get(key).isIntegralNumber() || m.get(key).asLong() < 0) {
        throw wrong(where, key, m.get(key), "a whole number, 0 or more");
      }
    }
    if (m.has("inputs") && !m.get("inputs").isArray()) {
      throw wrong(where, "inputs", m.get("inputs"), "a list");
    }
    for (String key : OPTIONAL_OBJECTS) {
      if (m.has(key) && !m.get(key).isObject()) {
        throw wrong(where, key, m.get(key), "an object");
      }
    }
  }

  private static Unusable missing(String where, String key) {
    return new Unusable(
        where
            + " lacks \""
            + key
            + "\", which the report shows: not a complete newstrends manifest");
  }

  private static Unusable wrong(String where, String key, JsonNode value, String expected) {
    String shown = value.toString();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    return new Unusable(where + ": \"" + key + "\" is " + shown + ", not " + expected);
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "list";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
