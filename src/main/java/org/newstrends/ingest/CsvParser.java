package org.newstrends.ingest;

import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Reader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Parses a CSV file with a header row into one result per data row, through a field mapping ({@code
 * article field -> column name}; see {@link MappedRecords} for the field rules). Quoted fields may
 * hold commas, doubled quotes and newlines (RFC 4180). {@code input_offset} is the 0-based number
 * of the data row (the header is not counted). A row with a different number of columns than the
 * header is a {@code bad_csv} reject; a row over {@code ingest.max_record_bytes} characters is
 * {@code too_large}. Uses univocity-parsers, the CSV parser Spark itself uses. Pure Java, no Spark.
 */
public final class CsvParser {

  public static final String FORMAT = "csv";
  public static final String REASON_BAD_CSV = "bad_csv";
  public static final String REASON_TOO_LARGE = "too_large";
  public static final String REASON_NO_BODY = MappedRecords.REASON_NO_BODY;

  private CsvParser() {}

  /** The results of every data row of {@code in}, read lazily; an empty file gives none. */
  public static Iterator<ParseResult> parse(
      Reader in,
      String inputFile,
      Map<String, String> mapping,
      LocalDate assumeDate,
      long maxRecordBytes) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(100_000);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setSkipEmptyLines(true);
    settings.setNullValue(null);
    settings.setEmptyValue("");
    com.univocity.parsers.csv.CsvParser parser = new com.univocity.parsers.csv.CsvParser(settings);
    parser.beginParsing(in);
    String[] header = parser.parseNext();
    if (header == null) {
      parser.stopParsing();
      return java.util.Collections.emptyIterator();
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i] == null ? "" : header[i].replace("\uFEFF", "").strip();
      columns.putIfAbsent(name, i);
    }
    return new Iterator<>() {
      private String[] row = parser.parseNext();
      private long number;
      private RuntimeException failure;

      @Override
      public boolean hasNext() {
        if (failure != null) {
          RuntimeException f = failure;
          failure = null;
          throw f; // after the last good row: the reader turns it into corrupt_input
        }
        return row != null;
      }

      @Override
      public ParseResult next() {
        if (row == null) {
          throw new NoSuchElementException();
        }
        String[] current = row;
        long offset = number++;
        try {
          row = parser.parseNext();
        } catch (RuntimeException e) {
          row = null;
          failure = new IllegalStateException("CSV parsing stopped after row " + offset, e);
        }
        return parseRow(
            current,
            header.length,
            columns,
            mapping,
            inputFile,
            offset,
            assumeDate,
            maxRecordBytes);
      }
    };
  }

  static ParseResult parseRow(
      String[] row,
      int headerColumns,
      Map<String, Integer> columns,
      Map<String, String> mapping,
      String inputFile,
      long offset,
      LocalDate assumeDate,
      long maxRecordBytes) {
    String raw =
        String.join(",", java.util.Arrays.stream(row).map(v -> v == null ? "" : v).toList());
    if (raw.length() > maxRecordBytes) {
      return reject(
          raw,
          inputFile,
          offset,
          REASON_TOO_LARGE,
          "row is "
              + raw.length()
              + " characters; the limit (ingest.max_record_bytes) is "
              + maxRecordBytes);
    }
    if (row.length != headerColumns) {
      return reject(
          raw,
          inputFile,
          offset,
          REASON_BAD_CSV,
          "row has "
              + row.length
              + " columns, the header "
              + headerColumns
              + " (an unbalanced quote or a stray delimiter)");
    }
    return MappedRecords.toResult(
        key -> {
          Integer i = columns.get(key);
          return i == null ? null : row[i];
        },
        mapping,
        FORMAT,
        raw,
        inputFile,
        offset,
        assumeDate);
  }

  private static ParseResult reject(
      String raw, String inputFile, long offset, String reason, String detail) {
    return ParseResult.rejected(
        new Reject(inputFile, offset, FORMAT, reason, detail, Reject.excerpt(raw)));
  }
}
