package org.newstrends.ingest;

import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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
    java.io.BufferedReader buffered = new java.io.BufferedReader(new LfLineEnds(in), 1 << 16);
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(delimiter(buffered));
    in = buffered;
    settings.getFormat().setLineSeparator("\n");
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
    String missing = missingColumns(mapping, columns);
    com.univocity.parsers.csv.CsvParser lineParser =
        new com.univocity.parsers.csv.CsvParser(settings.clone());
    return new Iterator<>() {
      private final java.util.ArrayDeque<String[]> queue = new java.util.ArrayDeque<>();
      private long number;
      private RuntimeException failure;
      private boolean ended;

      @Override
      public boolean hasNext() {
        fill();
        if (queue.isEmpty() && failure != null) {
          RuntimeException f = failure;
          failure = null;
          throw f; // after the last good row: the reader turns it into corrupt_input
        }
        return !queue.isEmpty();
      }

      /** Reads the next row; an unbalanced quote's swallowed lines become rows again. */
      private void fill() {
        if (!queue.isEmpty() || ended) {
          return;
        }
        String[] row;
        try {
          row = parser.parseNext();
        } catch (RuntimeException e) {
          ended = true;
          failure = new IllegalStateException("CSV parsing stopped after row " + number, e);
          return;
        }
        if (row == null) {
          ended = true;
          return;
        }
        String content = parser.getContext().currentParsedContent();
        List<String[]> split =
            content == null ? null : unswallow(content, header.length, row, lineParser);
        if (split == null) {
          queue.add(row);
        } else {
          queue.addAll(split);
        }
      }

      @Override
      public ParseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String[] current = queue.poll();
        long offset = number++;
        if (current.length == 1 && current[0] != null && current[0].startsWith(UNBALANCED)) {
          String raw = current[0].substring(UNBALANCED.length());
          return reject(
              raw,
              inputFile,
              offset,
              REASON_BAD_CSV,
              "unbalanced quote: the quoted field never closes on this line; the lines after it"
                  + " are read as rows of their own");
        }
        if (java.util.Arrays.equals(current, header)) {
          return reject(
              String.join(",", current),
              inputFile,
              offset,
              REASON_BAD_CSV,
              "the header row again (two files joined, or a header written twice)");
        }
        if (missing != null) {
          return reject(
              String.join(
                  ",", java.util.Arrays.stream(current).map(v -> v == null ? "" : v).toList()),
              inputFile,
              offset,
              REASON_BAD_CSV,
              missing);
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

  private static final String UNBALANCED = "\u0000unbalanced\u0000";

  /**
   * When a row's raw text spans several lines, its first line opens a quote the line does not
   * close, and the row is not a well-formed multi-line field (the header's width, its last line
   * closing the quote), the quote was unbalanced and swallowed the lines after it: returns the
   * lines as rows again, each line with an odd number of quotes as a marked bad row, the others
   * parsed on their own. Otherwise null.
   */
  static List<String[]> unswallow(
      String content, int width, String[] parsed, com.univocity.parsers.csv.CsvParser lineParser) {
    String[] lines = content.split("\\r\\n|\\r|\\n");
    if (lines.length < 2 || quotes(lines[0]) % 2 == 0) {
      return null;
    }
    String last = lines[lines.length - 1];
    if (parsed.length == width && quotes(last) % 2 == 1) {
      return null; // a genuine multi-line quoted field
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      if (quotes(line) % 2 == 1) {
        rows.add(new String[] {UNBALANCED + line});
      } else {
        String[] row = lineParser.parseLine(line);
        rows.add(row == null ? new String[] {""} : row);
      }
    }
    return rows;
  }

  private static long quotes(String line) {
    return line.chars().filter(c -> c == '"').count();
  }

  /** The delimiters a header may use, the first winning a tie. */
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  /** The most chars {@link #delimiter} reads of the header line. */
  private static final int HEADER_PEEK_CHARS = 1 << 15;

  /**
   * The header line's delimiter: the one of {@link #DELIMITERS} it holds most often outside quotes,
   * a comma on a tie or in a line without any ("title;body;date" from a spreadsheet in a language
   * that writes decimal commas). Reads the line ahead and resets {@code in} to its start.
   */
  static char delimiter(java.io.BufferedReader in) {
    int[] counts = new int[DELIMITERS.length];
    try {
      in.mark(HEADER_PEEK_CHARS + 1);
      boolean quoted = false;
      for (int i = 0; i < HEADER_PEEK_CHARS; i++) {
        int c = in.read();
        if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
          break;
        }
        quoted ^= c == '"';
        for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
          counts[d] += c == DELIMITERS[d] ? 1 : 0;
        }
      }
      in.reset();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      best = counts[d] > counts[best] ? d : best;
    }
    return DELIMITERS[best];
  }

  /**
   * A reader that gives CR LF and a lone CR as LF. The CSV parser takes one line separator for a
   * whole file, detected from its header line: rows ending otherwise than the header (an LF header
   * over CR rows) were read as one row of thousands of columns, a single bad_csv reject.
   */
  static final class LfLineEnds extends java.io.FilterReader {
    private boolean afterCr;

    LfLineEnds(Reader in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws java.io.IOException {
      while (true) {
        int n = in.read(buf, off, len);
        if (n <= 0) {
          return n;
        }
        int w = off;
        for (int r = off; r < off + n; r++) {
          char c = buf[r];
          if (c == '\n' && afterCr) {
            afterCr = false; // the LF of a CR LF, already given
            continue;
          }
          afterCr = c == '\r';
          buf[w++] = afterCr ? '\n' : c;
        }
        if (w > off) {
          return w - off;
        }
      }
    }

    @Override
    public long skip(long n) throws java.io.IOException {
      long skipped = 0;
      while (skipped < n && read() >= 0) {
        skipped++;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /**
   * Which title, body or date columns a preset or mapping reads that the header lacks, as a reject
   * detail; or null.
   */
  static String missingColumns(Map<String, String> mapping, Map<String, Integer> columns) {
    if (mapping.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return null; // the default mapping (each field from its own name): nothing was asked for
    }
    List<String> missing = new ArrayList<>();
    for (String field :
        List.of(
            org.newstrends.config.FieldMappings.TITLE,
            org.newstrends.config.FieldMappings.BODY,
            org.newstrends.config.FieldMappings.DATE)) {
      String column = mapping.get(field);
      if (column != null && !columns.containsKey(column)) {
        missing.add("'" + column + "' (" + field + ")");
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    return "the file's header has no column "
        + String.join(", ", missing)
        + " that the input's mapping or preset reads; its columns are "
        + new java.util.TreeSet<>(columns.keySet())
        + ": check the preset";
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
