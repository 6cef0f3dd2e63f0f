package org.newstrends.ingest;

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
 * lists) is an article with an empty body. A date that does not exist ("2023-02-30") is an {@code
 * impossible_date} reject; one that is absent or unparseable leaves the article undated ({@code
 * assume_date} fills the date only, never the time); nothing is invented. {@code source} falls back
 * to the host of {@code source_url} when empty.
 */
final class MappedRecords {

  static final String REASON_NO_BODY = "no_body";
  static final String REASON_BAD_TYPE = "bad_type";

  /** A value of a type no article field takes (a JSON object, a boolean). */
  record WrongType(String what) {}

  private MappedRecords() {}

  /** The first mapped field whose value has a type it cannot take, as a reject detail; or null. */
  private static String wrongType(Function<String, Object> lookup, Map<String, String> mapping) {
    for (Map.Entry<String, String> field : new java.util.TreeMap<>(mapping).entrySet()) {
      Object v = lookup.apply(field.getValue());
      String what = null;
      if (v instanceof WrongType w) {
        what = w.what();
      } else if (v instanceof Number && !field.getKey().equals(FieldMappings.DATE)) {
        what = "a number (" + v + ")";
      } else if (v instanceof List<?>
          && !field.getKey().equals(FieldMappings.BODY)
          && !field.getKey().equals(FieldMappings.AUTHORS)) {
        what = "an array";
      }
      if (what != null) {
        return "field '"
            + field.getKey()
            + "' (key '"
            + field.getValue()
            + "') holds "
            + what
            + "; expected "
            + (field.getKey().equals(FieldMappings.DATE)
                ? "a date string or epoch number"
                : "text");
      }
    }
    return null;
  }

  static ParseResult toResult(
      Function<String, Object> lookup,
      Map<String, String> mapping,
      String format,
      String raw,
      String inputFile,
      long inputOffset,
      LocalDate assumeDate) {
    String wrong = wrongType(lookup, mapping);
    if (wrong != null) {
      return ParseResult.rejected(
          new Reject(inputFile, inputOffset, format, REASON_BAD_TYPE, wrong, Reject.excerpt(raw)));
    }
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
    Object dateValue = value(lookup, mapping, FieldMappings.DATE);
    FlexibleDates.When when = FlexibleDates.parse(dateValue);
    String nonexistent = when == null ? FlexibleDates.nonexistent(dateValue) : null;
    if (nonexistent != null) {
      // a wrong date, as in the text dump (and as one outside the date window), not a missing one
      return ParseResult.rejected(
          new Reject(
              inputFile,
              inputOffset,
              format,
              ParsedRows.REASON_IMPOSSIBLE_DATE,
              nonexistent,
              Reject.excerpt(raw)));
    }
    LocalDate date = when != null ? when.date() : assumeDate;
    String source = TextCleaner.inline(text(lookup, mapping, FieldMappings.SOURCE));
    String feedUrl = blankToNull(text(lookup, mapping, FieldMappings.SOURCE_URL));
    if (source == null) {
      source = Hosts.host(feedUrl);
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
                blankToNull(text(lookup, mapping, FieldMappings.LANGUAGE)),
                feedUrl == null ? null : feedUrl.strip()))
        .withRaw(dateValue == null ? null : dateValue.toString(), raw);
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

  /**
   * {@code http://feeds.bbci.co.uk/news/rss.xml} -> {@code feeds.bbci.co.uk}; see {@link Hosts}.
   */
  static String host(String url) {
    return Hosts.host(url);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
