package org.newstrends.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newstrends.config.FieldMappings;

/**
 * Builds an article from a keyed record (a JSON object, a CSV row) through a field mapping ({@code
 * article field -> key}); shared by {@link JsonLinesParser} and {@link CsvParser}.
 *
 * <p>Rules: text fields are cleaned by {@link TextCleaner}; a record with neither title nor body
 * text is a {@code no_body} reject; a title-only record (RSS items without a description, article
 * lists) is an article with an empty body. A date that is absent or unparseable leaves the article
 * undated ({@code assume_date} fills the date only, never the time); nothing is invented. {@code
 * source} falls back to the host of {@code source_url} when empty.
 */
final class MappedRecords {

  static final String REASON_NO_BODY = "no_body";

  private MappedRecords() {}

  static ParseResult toResult(
      Function<String, Object> lookup,
      Map<String, String> mapping,
      String format,
      String raw,
      String inputFile,
      long inputOffset,
      LocalDate assumeDate) {
    String title = TextCleaner.inline(text(lookup, mapping, FieldMappings.TITLE));
    List<String> paragraphs = TextCleaner.paragraphs(text(lookup, mapping, FieldMappings.BODY));
    if (title == null && paragraphs.isEmpty()) {
      return ParseResult.rejected(
          new Reject(
              inputFile,
              inputOffset,
              format,
              REASON_NO_BODY,
              "neither title nor body text (keys " + keys(mapping) + ")",
              Reject.excerpt(raw)));
    }
    String lede = joined(TextCleaner.paragraphs(text(lookup, mapping, FieldMappings.LEDE)));
    FlexibleDates.When when = FlexibleDates.parse(value(lookup, mapping, FieldMappings.DATE));
    LocalDate date = when != null ? when.date() : assumeDate;
    String source = TextCleaner.inline(text(lookup, mapping, FieldMappings.SOURCE));
    if (source == null) {
      source = host(text(lookup, mapping, FieldMappings.SOURCE_URL));
    }
    return ParseResult.of(
        new Article(
            inputFile,
            inputOffset,
            format,
            date,
            when == null ? null : when.at(),
            TextCleaner.inline(text(lookup, mapping, FieldMappings.SECTION)),
            title,
            lede,
            null,
            null,
            null,
            paragraphs,
            null,
            null,
            source,
            blankToNull(text(lookup, mapping, FieldMappings.URL)),
            authors(value(lookup, mapping, FieldMappings.AUTHORS)),
            blankToNull(text(lookup, mapping, FieldMappings.LANGUAGE))));
  }

  private static String keys(Map<String, String> mapping) {
    return "'"
        + mapping.getOrDefault(FieldMappings.TITLE, "-")
        + "', '"
        + mapping.getOrDefault(FieldMappings.BODY, "-")
        + "'";
  }

  private static Object value(Function<String, Object> lookup, Map<String, String> m, String f) {
    String key = m.get(f);
    return key == null ? null : lookup.apply(key);
  }

  private static String text(Function<String, Object> lookup, Map<String, String> m, String f) {
    Object v = value(lookup, m, f);
    if (v instanceof List<?> list) {
      return String.join("\n\n", list.stream().map(String::valueOf).toList());
    }
    return v == null ? null : v.toString();
  }

  private static String joined(List<String> paragraphs) {
    return paragraphs.isEmpty() ? null : String.join(" ", paragraphs);
  }

  /** A JSON array of names, or a string of names separated by {@code ;} or {@code |}. */
  static List<String> authors(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        String name = o == null ? null : TextCleaner.inline(o.toString());
        if (name != null) {
          out.add(name);
        }
      }
    } else if (v != null) {
      for (String part : v.toString().split("[;|]")) {
        String name = TextCleaner.inline(part);
        if (name != null) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** {@code http://feeds.bbci.co.uk/news/rss.xml} -> {@code feeds.bbci.co.uk}; null if none. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null || host.isEmpty() ? null : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
