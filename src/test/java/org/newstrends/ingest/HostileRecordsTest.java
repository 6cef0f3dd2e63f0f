package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.io.Text;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newstrends.config.DateWindow;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.IngestConfig;
import org.newstrends.testing.Fixtures;

/**
 * The hostile records of issue 10, parser by parser (no Spark): each ends as exactly one article or
 * one reject naming file, offset and the offending value; none throws.
 */
class HostileRecordsTest {

  private static final DateWindow WINDOW =
      new DateWindow(LocalDate.of(1800, 1, 1), LocalDate.of(2027, 11, 29));
  private static final Map<String, String> PLAIN =
      Map.of(FieldMappings.TITLE, "title", FieldMappings.BODY, "body", FieldMappings.DATE, "date");

  private static final Map<String, String> NO_DATE =
      Map.of(FieldMappings.TITLE, "title", FieldMappings.BODY, "body");

  @SuppressWarnings("unchecked")
  private static <T> T get(Row row, String field) {
    return (T) row.get(ParsedRows.SCHEMA.fieldIndex(field));
  }

  /** The rows of a CSV file mapped as {@link #PLAIN}, in order. */
  private static List<Row> csvRows(String csv) {
    Iterator<ParseResult> results =
        CsvParser.parse(new StringReader(csv), "file:/in/a.csv", PLAIN, null, 1 << 20);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; results.hasNext(); i++) {
      rows.add(ParsedRows.toRow("in", results.next(), WINDOW, 0, i));
    }
    return rows;
  }

  private static Row jsonRow(String line) {
    ParseResult r =
        JsonLinesParser.parse(line, line.length(), "file:/in/a.jsonl", 42, 1 << 20, PLAIN, null);
    return ParsedRows.toRow("in", r, WINDOW, 0, 0);
  }

  // Issue 10, item 1: timestamps outside 1677-2262 crashed the run (ChronoUnit overflow).
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2263-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59Z\"",
        "-62135596800",
        "1e308",
        "-1e19", // took for seconds (Math.abs(Long.MIN_VALUE) < 0): the run failed
        "-9223372036854775808",
        "18446744075405749327", // 2^64 + 1696197711: wrapped to 2023-10-01
        "\"9999-12-31\"",
        "\"0000-01-01\"",
        "\"0001-06-01T00:00:00Z\"",
        "\"1799-12-31\"",
        "\"2028-01-01\""
      })
  void jsonlDatesOutsideTheWindowAreImpossibleDateRejectsNamingTheValue(String date) {
    Row row = jsonRow("{\"title\":\"T\",\"body\":\"B\",\"date\":" + date + "}");
    assertEquals(true, get(row, ParsedRows.IS_REJECT));
    assertEquals("impossible_date", get(row, "reason"));
    assertEquals("file:/in/a.jsonl", get(row, "input_file"));
    assertEquals(42L, (long) HostileRecordsTest.<Long>get(row, "input_offset"));
    String raw = date.replace("\"", "");
    String detail = get(row, "detail");
    assertTrue(
        detail.contains(raw) || detail.contains(String.valueOf(Double.parseDouble(raw))), detail);
    assertTrue(detail.contains("1800-01-01 to 2027-11-29"), detail);
  }

  @Test
  void datesInsideTheWindowStayArticles() {
    for (String date : List.of("\"1800-01-01\"", "\"2027-11-29T23:59:59Z\"", "1696197711")) {
      Row row = jsonRow("{\"title\":\"T\",\"body\":\"B\",\"date\":" + date + "}");
      assertEquals(false, get(row, ParsedRows.IS_REJECT), date);
    }
  }

  @Test
  void microsecondsDoNotOverflowForAnyInstantInTheWindow() {
    assertEquals(
        253402300799000000L, ParsedRows.micros(java.time.Instant.parse("9999-12-31T23:59:59Z")));
  }

  @Test
  void csvAndTextDumpDatesOutsideTheWindowAreRejectsToo() {
    List<Row> csv = csvRows("title,body,date\nA,b,9999-12-31T23:59:59Z\nB,c,2023-01-01\n");
    Row first = csv.get(0);
    Row second = csv.get(1);
    assertEquals("impossible_date", get(first, "reason"));
    assertTrue(HostileRecordsTest.<String>get(first, "detail").contains("'9999-12-31T23:59:59Z'"));
    assertEquals(false, get(second, ParsedRows.IS_REJECT));

    for (String header : List.of(" date 0000-01-01 WORLD", " date 9999-12-31 WORLD")) {
      ParseResult r =
          TextDumpParser.parse(header + "\nTitle\nBody line.\nSOURCE:X\n", 50, "f", 7, 1 << 20);
      Row row = ParsedRows.toRow("in", r, WINDOW, 0, 0);
      assertEquals("impossible_date", get(row, "reason"), header);
      assertEquals(7L, (long) HostileRecordsTest.<Long>get(row, "input_offset"));
    }
  }

  // A day that does not exist was an impossible_date reject in the text dump, but left a JSON or
  // CSV article undated (a plain date) or moved it to the month's last day (a date and time).
  @Test
  void aDayThatDoesNotExistIsAnImpossibleDateRejectInEveryFormat() {
    for (String date : List.of("2023-02-30", "2023-02-30T10:00:00Z", "2023-04-31 08:00")) {
      Row json = jsonRow("{\"title\":\"T\",\"body\":\"B\",\"date\":\"" + date + "\"}");
      assertEquals("impossible_date", get(json, "reason"), date);
      assertTrue(HostileRecordsTest.<String>get(json, "detail").contains("'" + date + "'"));
      assertEquals(42L, (long) HostileRecordsTest.<Long>get(json, "input_offset"));
    }
    List<Row> csv = csvRows("title,body,date\nA,b,2023-02-29\nB,c,yesterday\n");
    assertEquals(2, csv.size());
    Row wrong = csv.get(0);
    Row noDate = csv.get(1);
    assertEquals("impossible_date", get(wrong, "reason"));
    assertEquals(false, get(noDate, ParsedRows.IS_REJECT), "text that is no date: undated");
    assertEquals(null, HostileRecordsTest.<Object>get(noDate, "published_epoch_day"));
    ParseResult dump =
        TextDumpParser.parse(
            " date 2023-02-30 WORLD\nTitle\nBody line.\nSOURCE:X\n", 50, "f", 7, 1 << 20);
    assertEquals("impossible_date", dump.reject().reason());
  }

  // A NUL or an escape byte in a text field reached the tables, where C-string readers cut it.
  @Test
  void controlCharsLeaveEveryTextColumnInEveryFormat() {
    Row json =
        jsonRow(
            "{\"title\":\"Ti\\u0000tle\\u001b\",\"body\":\"a\\u0001b\\n\\n\\u0000\\n\\nc\\td\"}");
    assertEquals("Title", get(json, "title"));
    assertEquals(
        List.of("ab", "c d"),
        scala.jdk.javaapi.CollectionConverters.asJava(
            HostileRecordsTest.<scala.collection.immutable.Seq<String>>get(json, "paragraphs")));
    ParseResult dump =
        TextDumpParser.parse(
            " date 2023-01-05 WORLD\nHead\u0000line\nPARIS, Jan 5 - Body\u007f text.\nSOURCE:X\n",
            80,
            "f",
            0,
            1 << 20);
    Row row = ParsedRows.toRow("in", dump, WINDOW, 0, 0);
    assertEquals("Headline", get(row, "title"));
    assertEquals(
        List.of("Body text."),
        scala.jdk.javaapi.CollectionConverters.asJava(
            HostileRecordsTest.<scala.collection.immutable.Seq<String>>get(row, "paragraphs")));
    String plain = "Plain text\twith a tab";
    assertSame(plain, ParsedRows.text(plain), "text without control chars is not copied");
    assertEquals(null, ParsedRows.text("\u0000\u0001"));
  }

  // Issue 10, item 11: wrong JSON types were silently turned into strings.
  @Test
  void wrongJsonTypesAreBadTypeRejects() {
    for (String line :
        List.of(
            "{\"title\":{\"a\":1},\"body\":\"B\"}",
            "{\"title\":\"T\",\"body\":true}",
            "{\"title\":123,\"body\":\"B\"}",
            "{\"title\":\"T\",\"body\":[{\"p\":1}]}",
            "{\"title\":\"T\",\"body\":\"B\",\"date\":{\"y\":2023}}")) {
      Row row = jsonRow(line);
      assertEquals("bad_type", get(row, "reason"), line);
      assertTrue(
          HostileRecordsTest.<String>get(row, "detail").contains("holds"),
          HostileRecordsTest.<String>get(row, "detail"));
    }
    Row fine = jsonRow("{\"title\":\"T\",\"body\":[\"p1\",\"p2\"],\"date\":1696197711}");
    assertEquals(false, get(fine, ParsedRows.IS_REJECT));
  }

  // Issue 10, item 9: an unbalanced CSV quote swallowed the next good rows.
  @Test
  void anUnbalancedCsvQuoteCostsOnlyItsOwnRow() {
    List<ParseResult> results = new ArrayList<>();
    CsvParser.parse(
            new StringReader(
                "title,body\nA,\"fine, quoted\"\nB,\"broken quote\nC,good one\nD,\"good, two\"\n"),
            "f.csv",
            NO_DATE,
            null,
            1 << 20)
        .forEachRemaining(results::add);
    assertEquals(4, results.size(), results.toString());
    assertTrue(results.get(0).isArticle());
    assertEquals("bad_csv", results.get(1).reject().reason());
    assertEquals(1L, results.get(1).reject().inputOffset());
    assertEquals("C", results.get(2).article().title());
    assertEquals(2L, results.get(2).article().inputOffset());
    assertEquals("D", results.get(3).article().title());
    assertEquals(List.of("good, two"), results.get(3).article().paragraphs());
  }

  @Test
  void aGenuineMultiLineQuotedFieldStaysOneRow() {
    List<ParseResult> results = new ArrayList<>();
    CsvParser.parse(
            new StringReader("title,body\nA,\"para one\n\npara, two\"\nB,x\n"),
            "f.csv",
            NO_DATE,
            null,
            1 << 20)
        .forEachRemaining(results::add);
    assertEquals(2, results.size());
    assertEquals(List.of("para one", "para, two"), results.get(0).article().paragraphs());
  }

  // Rows ending otherwise than the header line (a CR LF header over LF rows, an LF header over CR
  // rows) were read as one row of thousands of columns: a file of 1,000 rows was one reject.
  @Test
  void rowsWhoseLineEndsDifferFromTheHeadersAreRowsStill() {
    for (String[] ends :
        List.of(
            new String[] {"\r\n", "\n"},
            new String[] {"\n", "\r"},
            new String[] {"\r\n", "\r"},
            new String[] {"\r", "\r\n"})) {
      StringBuilder csv = new StringBuilder("title,body,date" + ends[0]);
      for (int i = 0; i < 50; i++) {
        csv.append("T")
            .append(i)
            .append(",\"line one")
            .append(ends[1])
            .append("line two\",2023-10-01");
        csv.append(ends[1]);
      }
      List<Row> rows = csvRows(csv.toString());
      String what = ends[0].replace("\r", "CR").replace("\n", "LF") + " header";
      assertEquals(50, rows.size(), what);
      assertTrue(
          rows.stream().noneMatch(r -> HostileRecordsTest.<Boolean>get(r, ParsedRows.IS_REJECT)),
          what);
      assertEquals("T49", get(rows.get(49), "title"), what);
    }
  }

  // Issue 10, item 11: a preset whose columns are absent gave title-only articles silently.
  @Test
  void aPresetWhoseColumnsAreAbsentGivesBadCsvRejectsSayingSo() {
    List<ParseResult> results = new ArrayList<>();
    CsvParser.parse(
            new StringReader("datetime,title,tag,url\n2023-01-01,T,x,http://a\n"),
            "f.csv",
            Map.of(FieldMappings.TITLE, "title", FieldMappings.BODY, "sentence"),
            null,
            1 << 20)
        .forEachRemaining(results::add);
    assertEquals(1, results.size());
    assertEquals("bad_csv", results.get(0).reject().reason());
    assertTrue(results.get(0).reject().detail().contains("'sentence' (body)"));
  }

  // Issue 10, item 8: binary files and gzip data named .txt became articles full of U+FFFD.
  @Test
  void binaryAndCompressedFilesAreNotTextRejects() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("Title\n\nBody text.\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] binary = new byte[200];
    new java.util.Random(1).nextBytes(binary);
    byte[] nul = "Title\n\nBody\0with a NUL.\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] bytes : List.of(gz.toByteArray(), binary, nul)) {
      ParseResult r = FilesParser.parse(bytes, "f.txt", null, null, 1 << 20);
      assertFalse(r.isArticle());
      assertEquals("not_text", r.reject().reason(), r.reject().detail());
    }
    byte[] latin1 = "Title\n\nA \u00a315.8m signing.\n".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(FilesParser.parse(latin1, "f.txt", null, null, 1 << 20).isArticle());
  }

  // Issue 10, item 11: the too_large detail said max+1 bytes for a 50 MB file.
  @Test
  void tooLargeDetailGivesTheRealSize() {
    ParseResult r = FilesParser.parse(new byte[101], 50_000_000L, "f.txt", null, null, 100);
    assertEquals("too_large", r.reject().reason());
    assertTrue(r.reject().detail().contains("50000000 bytes"), r.reject().detail());
  }

  // Issue 10, item 8: bytes after the last record's SOURCE: line were glued to its body.
  @Test
  void textAfterTheSourceLineIsARejectOfItsOwn() {
    TextDumpReader.ParseSplit split =
        new TextDumpReader.ParseSplit(new RowMaker("in", WINDOW), 1 << 20);
    String record =
        " date 2023-01-05 WORLD\nTitle\nSOME CITY, Jan 5 - Body line.\nSOURCE:Reuters\ngarbage\u0000tail\n";
    List<ParseResult> results = split.parseRecords("f", 0, new Text(record));
    assertEquals(2, results.size());
    assertTrue(results.get(0).isArticle());
    assertEquals("Reuters", results.get(0).article().source());
    assertFalse(String.join(" ", results.get(0).article().paragraphs()).contains("garbage"));
    assertEquals("bad_header", results.get(1).reject().reason());
    assertEquals(record.indexOf("garbage"), results.get(1).reject().inputOffset());
  }

  // A header line holding a million spaces kept the text-dump parser busy for half an hour: its
  // patterns backtracked over the run once per char of it. Each line of the layout gets one here.
  @ParameterizedTest
  @ValueSource(strings = {"header", "title", "lede", "dateline", "caption", "credit", "body"})
  void aLongRunOfWhiteSpaceInAnyLineParsesInLinearTime(String where) {
    String run = "A" + " ".repeat(1_000_000) + "B";
    String header = " date 2023-01-05 " + (where.equals("header") ? run : "WORLD");
    String title = where.equals("title") ? run : "Title";
    String lede = where.equals("lede") ? run : "A lede";
    String caption = where.equals("caption") ? run + " / Photo: X" : "A caption / Photo: X";
    String credit = where.equals("credit") ? "A caption / Photo: " + run : "";
    String dateline = where.equals("dateline") ? "PARIS, 12" + run + " - x" : "PARIS, Jan 5 -";
    String body = where.equals("body") ? run : "Body line.";
    String record =
        String.join(
            "\n",
            header,
            title,
            where.equals("credit") ? credit : caption,
            lede,
            dateline,
            body,
            "SOURCE:Reuters\n");
    ParseResult r =
        assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () -> TextDumpParser.parse(record, record.length(), "f", 0, 1 << 24));
    assertTrue(r.isArticle(), () -> where + ": " + r.reject());
    Article a = r.article();
    String all =
        String.join(
            "|",
            String.valueOf(a.section()),
            a.title(),
            String.valueOf(a.lede()),
            String.valueOf(a.photoCaption()),
            String.valueOf(a.photoCredit()),
            String.valueOf(a.dateline()),
            String.join("|", a.paragraphs()));
    assertTrue(all.contains(run), where + " keeps its text");
  }

  // Issue 10, items 7 and 9: a damaged WARC record gave two rejects; members after it were lost.
  @Test
  void aDamagedWarcMemberIsOneRejectAndTheMembersAfterItAreRead() throws IOException {
    byte[] bytes = Fixtures.class.getResourceAsStream("/warc/news-excerpt.warc.gz").readAllBytes();
    byte[] damaged = bytes.clone();
    for (int i = 3000; i < 3400; i++) {
      damaged[i] = (byte) (damaged[i] ^ 0x5a); // inside the second member (286..14337)
    }
    List<ParseResult> results = warc(damaged);
    List<String> kinds =
        results.stream()
            .map(
                r ->
                    r.isArticle()
                        ? "article@" + r.article().inputOffset()
                        : r.reject().reason() + "@" + r.reject().inputOffset())
            .toList();
    assertEquals(
        List.of(
            "not_a_response@0",
            "corrupt_input@286",
            "article@14337",
            "article@29398",
            "article@58419"),
        kinds);
  }

  @Test
  void aTruncatedWarcRecordIsOneReject() throws IOException {
    byte[] bytes = Fixtures.class.getResourceAsStream("/warc/news-excerpt.warc.gz").readAllBytes();
    List<ParseResult> results = warc(Arrays.copyOf(bytes, 40_000));
    List<String> kinds =
        results.stream()
            .map(
                r ->
                    r.isArticle()
                        ? "article@" + r.article().inputOffset()
                        : r.reject().reason() + "@" + r.reject().inputOffset())
            .toList();
    assertEquals(
        List.of("not_a_response@0", "article@286", "article@14337", "corrupt_input@29398"), kinds);
  }

  private static List<ParseResult> warc(byte[] bytes) {
    List<ParseResult> out = new ArrayList<>();
    WarcReader.records(
            "mem.warc.gz",
            () -> new ByteArrayInputStream(bytes),
            IngestConfig.DEFAULT_MAX_RECORD_BYTES)
        .forEachRemaining(out::add);
    return out;
  }
}
