package org.newstrends.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input: a file, a directory or a glob, and the format its records are in.
 *
 * @param path a local path, a glob, a directory (read recursively) or a Hadoop file system URI
 * @param format one of {@link InputFormat#names()}
 * @param preset for {@code jsonl} and {@code csv}: a named field mapping, see {@link FieldMappings}
 * @param mapping for {@code jsonl} and {@code csv}: {@code article field -> key or column}, over
 *     the preset
 * @param assumeDate {@code YYYY-MM-DD}: the {@code published_date} of articles of this input that
 *     carry no date of their own (an explicit user statement, never derived from the data)
 */
public record InputSpec(
    String path, String format, String preset, Map<String, String> mapping, String assumeDate) {

  public InputSpec {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("an input needs a 'path'");
    }
    format = format == null ? InputFormat.TEXT_DUMP.configName() : format;
    InputFormat parsed = InputFormat.fromName(format); // fails with the allowed names
    mapping = mapping == null ? null : Map.copyOf(new LinkedHashMap<>(nullToEmpty(mapping)));
    FieldMappings.resolve(parsed, preset, mapping); // fails with the allowed presets and fields
    if (assumeDate != null) {
      try {
        LocalDate.parse(assumeDate);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "'assume_date' must be a date YYYY-MM-DD, not '" + assumeDate + "'");
      }
    }
  }

  public InputSpec(String path, String format) {
    this(path, format, null, null, null);
  }

  private static Map<String, String> nullToEmpty(Map<String, String> m) {
    Map<String, String> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, v == null ? "" : v));
    return copy;
  }

  /** The parsed format. */
  public InputFormat inputFormat() {
    return InputFormat.fromName(format);
  }

  /** The effective field mapping (empty for formats without one). */
  public Map<String, String> fieldMapping() {
    return FieldMappings.resolve(inputFormat(), preset, mapping);
  }

  /** The assumed date, or null. */
  public LocalDate assumedDate() {
    return assumeDate == null ? null : LocalDate.parse(assumeDate);
  }

  /** A copy with another path. */
  public InputSpec withPath(String newPath) {
    return new InputSpec(newPath, format, preset, mapping, assumeDate);
  }
}
