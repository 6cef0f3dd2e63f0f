package org.newstrends.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses one JSON Lines record into an {@link Article} through a field mapping (see {@link
 * MappedRecords} for the field rules), or a {@link Reject}: {@code bad_json} (not a JSON object),
 * {@code too_large} (over {@code ingest.max_record_bytes}), {@code no_body}. Blank lines are not
 * records: the reader skips them. Pure Java, no Spark.
 */
public final class JsonLinesParser {

  public static final String FORMAT = "jsonl";
  public static final String REASON_BAD_JSON = "bad_json";
  public static final String REASON_TOO_LARGE = "too_large";
  public static final String REASON_NO_BODY = MappedRecords.REASON_NO_BODY;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesParser() {}

  /** Parses one line; {@code byteLength} is its size in bytes as read. */
  public static ParseResult parse(
      String line,
      long byteLength,
      String inputFile,
      long inputOffset,
      long maxRecordBytes,
      Map<String, String> mapping,
      LocalDate assumeDate) {
    if (byteLength > maxRecordBytes) {
      return reject(
          line,
          inputFile,
          inputOffset,
          REASON_TOO_LARGE,
          "line is "
              + byteLength
              + " bytes; the limit (ingest.max_record_bytes) is "
              + maxRecordBytes);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      return reject(
          line,
          inputFile,
          inputOffset,
          REASON_BAD_JSON,
          "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return reject(
          line, inputFile, inputOffset, REASON_BAD_JSON, "a line must hold one JSON object");
    }
    return MappedRecords.toResult(
        key -> scalar(node.get(key)), mapping, FORMAT, line, inputFile, inputOffset, assumeDate);
  }

  /**
   * A JSON value as a Java string, number, list of strings, or null; an object, a boolean or an
   * array holding objects or arrays is a {@link MappedRecords.WrongType} (never turned into text).
   */
  private static Object scalar(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isNumber()) {
      return v.numberValue();
    }
    if (v.isBoolean()) {
      return new MappedRecords.WrongType("a boolean (" + v.asText() + ")");
    }
    if (v.isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (e.isContainerNode()) {
          return new MappedRecords.WrongType(
              "an array holding " + (e.isObject() ? "objects" : "arrays"));
        }
        if (!e.isNull()) {
          out.add(e.asText());
        }
      }
      return out;
    }
    if (v.isObject()) {
      return new MappedRecords.WrongType("an object");
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static ParseResult reject(
      String raw, String inputFile, long inputOffset, String reason, String detail) {
    return ParseResult.rejected(
        new Reject(inputFile, inputOffset, FORMAT, reason, detail, Reject.excerpt(raw)));
  }
}
