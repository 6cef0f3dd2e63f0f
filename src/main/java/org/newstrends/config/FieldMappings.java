package org.newstrends.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Field mappings of the keyed formats ({@code jsonl}, {@code csv}): which JSON key or CSV column
 * holds each article field, as a map {@code article field -> key}. A preset gives a whole mapping;
 * {@code mapping:} entries in the config override or add to it. Without either, every field is read
 * from the key of its own name ({@code title}, {@code body}, {@code date}, ...).
 */
public final class FieldMappings {

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String LEDE = "lede";
  public static final String DATE = "date";
  public static final String SOURCE = "source";

  /** A URL (e.g. an RSS feed) whose host becomes {@code source} when the source key is empty. */
  public static final String SOURCE_URL = "source_url";

  public static final String URL = "url";
  public static final String AUTHORS = "authors";
  public static final String LANGUAGE = "language";
  public static final String SECTION = "section";

  /** The article fields a mapping may name, in documentation order. */
  public static final List<String> FIELDS =
      List.of(TITLE, BODY, LEDE, DATE, SOURCE, SOURCE_URL, URL, AUTHORS, LANGUAGE, SECTION);

  private static final Map<String, Map<InputFormat, Map<String, String>>> PRESETS = presets();

  private FieldMappings() {}

  private static Map<String, Map<InputFormat, Map<String, String>>> presets() {
    Map<String, Map<InputFormat, Map<String, String>>> p = new TreeMap<>();
    p.put(
        "news-please",
        Map.of(
            InputFormat.JSONL,
            ordered(
                TITLE,
                "title",
                BODY,
                "maintext",
                LEDE,
                "description",
                DATE,
                "date_publish",
                SOURCE,
                "source_domain",
                URL,
                "url",
                AUTHORS,
                "authors",
                LANGUAGE,
                "language")));
    p.put(
        "rss-2023",
        Map.of(
            InputFormat.JSONL,
            ordered(
                TITLE,
                "title",
                BODY,
                "description",
                DATE,
                "date_published",
                SOURCE,
                "artist",
                SOURCE_URL,
                "source",
                URL,
                "link",
                LANGUAGE,
                "language")));
    p.put(
        "csv-article-list",
        Map.of(
            InputFormat.CSV,
            ordered(TITLE, "title", DATE, "datetime", SECTION, "tag", URL, "url")));
    p.put(
        "csv-sentences",
        Map.of(
            InputFormat.CSV,
            ordered(
                TITLE, "title", BODY, "sentence", DATE, "date", SECTION, "category", URL, "url")));
    return Collections.unmodifiableMap(p);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Preset names usable with a format, comma separated. */
  public static String presetNames(InputFormat format) {
    return String.join(
        ", ",
        PRESETS.entrySet().stream()
            .filter(e -> e.getValue().containsKey(format))
            .map(Map.Entry::getKey)
            .toList());
  }

  /** Whether a format reads keyed records and so takes a preset or a mapping. */
  public static boolean isKeyed(InputFormat format) {
    return format == InputFormat.JSONL || format == InputFormat.CSV;
  }

  /**
   * The effective mapping of an input: the preset's (or the identity mapping), overridden by {@code
   * mapping}. Throws {@link IllegalArgumentException} naming what is allowed.
   */
  public static Map<String, String> resolve(
      InputFormat format, String preset, Map<String, String> mapping) {
    if (!isKeyed(format)) {
      if (preset != null || (mapping != null && !mapping.isEmpty())) {
        throw new IllegalArgumentException(
            "'preset' and 'mapping' apply to the jsonl and csv formats, not to '"
                + format.configName()
                + "'");
      }
      return Map.of();
    }
    Map<String, String> result = new LinkedHashMap<>();
    if (preset != null) {
      Map<InputFormat, Map<String, String>> byFormat = PRESETS.get(preset);
      if (byFormat == null || !byFormat.containsKey(format)) {
        throw new IllegalArgumentException(
            "unknown preset '"
                + preset
                + "' for format '"
                + format.configName()
                + "'; allowed: "
                + presetNames(format));
      }
      result.putAll(byFormat.get(format));
    } else if (mapping == null || mapping.isEmpty()) {
      for (String field : FIELDS) {
        if (!field.equals(SOURCE_URL)) {
          result.put(field, field);
        }
      }
    }
    if (mapping != null) {
      for (Map.Entry<String, String> e : mapping.entrySet()) {
        if (!FIELDS.contains(e.getKey())) {
          throw new IllegalArgumentException(
              "unknown mapping field '" + e.getKey() + "'; allowed: " + String.join(", ", FIELDS));
        }
        if (e.getValue() == null || e.getValue().isBlank()) {
          result.remove(e.getKey()); // "field:" with no value unmaps a preset's field
        } else {
          result.put(e.getKey(), e.getValue());
        }
      }
    }
    if (!result.containsKey(TITLE) && !result.containsKey(BODY)) {
      throw new IllegalArgumentException("a mapping needs at least 'title' or 'body'");
    }
    return Collections.unmodifiableMap(result);
  }
}
