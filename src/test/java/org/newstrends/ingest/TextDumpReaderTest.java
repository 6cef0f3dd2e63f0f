package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** Reading plain-text dumps through Spark: split boundaries, compression, rejects, ids. */
class TextDumpReaderTest {

  private static final String EXCERPT = "/textdump/reuters-excerpt.txt";
  private static final int EXCERPT_RECORDS = 44;

  @TempDir Path dir;

  private static Dataset<Row> read(Path file, long splitBytes) {
    return read(file, new IngestConfig(IngestConfig.DEFAULT_MAX_RECORD_BYTES, splitBytes));
  }

  private static Dataset<Row> read(Path file, IngestConfig ingest) {
    return new TextDumpReader()
        .read(TestSpark.session(), new InputSpec(file.toString(), "text-dump"), ingest);
  }

  /** A dump of compact wire records with old-Mac line ends (a lone CR), as in the repro. */
  private static String bareCrDump(int records) {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < records; i++) {
      dump.append(" date 2023-10-%02d WORLD\rTitle number %d\r".formatted(1 + i % 28, i))
          .append(
              "LONDON, Oct 1 -\rBody paragraph %d says the council met.\rSOURCE:Test\r"
                  .formatted(i));
    }
    return dump.toString();
  }

  /** Sorted "id|offset|date|title|body" lines of the articles: a plain-Java view to compare. */
  private static List<String> articleLines(Dataset<Row> parsed, boolean withIds) {
    return ParsedRows.articles(parsed).collectAsList().stream()
        .map(
            r ->
                (withIds ? r.getAs("article_id") + "|" + r.getAs("input_offset") + "|" : "")
                    + r.getAs("published_date")
                    + "|"
                    + r.getAs("title")
                    + "|"
                    + r.getAs("body"))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void tinySplitsGiveTheSameArticlesAsOneSplit() {
    Path file = Fixtures.copy(EXCERPT, dir);
    Dataset<Row> tiny = read(file, 2048);
    Dataset<Row> whole = read(file, 1L << 30);
    assertTrue(tiny.rdd().getNumPartitions() >= 10, "tiny splits give many tasks");
    assertEquals(1, whole.rdd().getNumPartitions());
    List<String> fromTiny = articleLines(tiny, true);
    assertEquals(EXCERPT_RECORDS, fromTiny.size());
    assertEquals(articleLines(whole, true), fromTiny);
  }

  @Test
  void exactCopiesStayDistinctArticlesWithStableIds() {
    Path file = Fixtures.copy(EXCERPT, dir);
    List<Row> articles = ParsedRows.articles(read(file, 4096)).collectAsList();
    Map<String, List<Row>> byText =
        articles.stream()
            .collect(Collectors.groupingBy(r -> r.getAs("title") + "|" + r.getAs("body")));
    List<List<Row>> copies = byText.values().stream().filter(g -> g.size() > 1).toList();
    assertEquals(1, copies.size(), "the excerpt holds one exact copy pair");
    assertNotEquals(
        (String) copies.get(0).get(0).getAs("article_id"),
        (String) copies.get(0).get(1).getAs("article_id"));
    assertEquals(
        articles.size(), articles.stream().map(r -> r.getAs("article_id")).distinct().count());
    List<String> again =
        ParsedRows.articles(read(file, 1 << 20)).collectAsList().stream()
            .map(r -> (String) r.getAs("article_id"))
            .sorted()
            .toList();
    assertEquals(
        articles.stream().map(r -> (String) r.getAs("article_id")).sorted().toList(), again);
  }

  @Test
  void gzipAndSplittableBzip2ReadTheSameArticles() throws IOException {
    byte[] text = Fixtures.text(EXCERPT).getBytes(StandardCharsets.UTF_8);
    Path gz = dir.resolve("dump.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text);
    }
    Path bz = dir.resolve("dump.txt.bz2");
    try (OutputStream out =
        new BZip2CompressorOutputStream(Files.newOutputStream(bz), 1 /* 100k blocks */)) {
      out.write(text);
    }
    Path plain = Fixtures.copy(EXCERPT, dir.resolve("plain"));
    List<String> expected = articleLines(read(plain, 1L << 30), false);
    assertEquals(expected, articleLines(read(gz, 1024), false));
    Dataset<Row> bzip2 = read(bz, 1024);
    assertTrue(bzip2.rdd().getNumPartitions() > 1, "bzip2 stays splittable");
    assertEquals(expected, articleLines(bzip2, false));
  }

  @Test
  void badRecordsBecomeRejectsWithReasonsAndNothingIsLost() throws IOException {
    String seed = Fixtures.text("/textdump/seed.txt");
    String dump =
        "junk before the first header\n"
            + seed
            + " date 2023-02-30 WORLD\nImpossible date\nBody text.\nSOURCE:X\n"
            + " date 2023-12-08 WORLD\nTitle only\nSOURCE:X\n"
            + " date 2023-12-09 WORLD\nA title\nPARIS, Dec 9 -\n"
            + "word ".repeat(5000)
            + "\nSOURCE:X\n"
            + seed;
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, dump);
    Dataset<Row> parsed =
        new TextDumpReader()
            .read(
                TestSpark.session(),
                new InputSpec(file.toString(), "text-dump"),
                new IngestConfig(10_000, 0));
    assertEquals(6, parsed.count());
    assertEquals(2, ParsedRows.articles(parsed).count());
    Map<String, Long> reasons =
        ParsedRows.rejects(parsed).collectAsList().stream()
            .collect(Collectors.groupingBy(r -> (String) r.getAs("reason"), Collectors.counting()));
    assertEquals(
        Map.of(
            TextDumpParser.REASON_BAD_HEADER, 1L,
            TextDumpParser.REASON_IMPOSSIBLE_DATE, 1L,
            TextDumpParser.REASON_NO_BODY, 1L,
            TextDumpParser.REASON_TOO_LARGE, 1L),
        reasons);
    Row junk = ParsedRows.rejects(parsed).filter("reason = 'bad_header'").collectAsList().get(0);
    assertEquals(0L, (long) junk.getAs("input_offset"));
    long impossibleAt = dump.indexOf(" date 2023-02-30");
    assertEquals(
        impossibleAt,
        (long)
            ParsedRows.rejects(parsed)
                .filter("reason = 'impossible_date'")
                .collectAsList()
                .get(0)
                .getAs("input_offset"));
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    byte[] text = Fixtures.text(EXCERPT).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text);
    }
    byte[] whole = bytes.toByteArray();
    Path truncated = dir.resolve("truncated.txt.gz");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    Path empty = dir.resolve("empty.txt.gz");
    Files.write(empty, new byte[0]);

    Dataset<Row> parsed = read(truncated, 0);
    List<Row> rejects = ParsedRows.rejects(parsed).collectAsList();
    long articles = ParsedRows.articles(parsed).count();
    assertTrue(articles > 5 && articles < EXCERPT_RECORDS, "kept the records before the cut");
    assertEquals(
        List.of(InputFailures.REASON_CORRUPT_INPUT),
        rejects.stream()
            .map(r -> (String) r.getAs("reason"))
            .filter(r -> r.startsWith("corrupt"))
            .toList());
    assertEquals(0, read(empty, 0).count());
  }

  @Test
  void bareCrRecordsAreEachReadOnceWhateverTheSplitsAndTheFileSize() throws IOException {
    int records = 2000;
    String dump = bareCrDump(records);
    Path file = dir.resolve("cr.txt");
    Files.writeString(file, dump);
    List<Long> headers = new java.util.ArrayList<>();
    for (int at = 0; at >= 0; at = dump.indexOf(" date ", at + 1)) {
      headers.add((long) at);
    }
    // The file (about 200 KB) is far larger than a record may be: it was one too_large reject.
    IngestConfig small = new IngestConfig(10_000, 4096);
    for (IngestConfig ingest : List.of(small, small.withSplitBytes(1L << 30))) {
      Dataset<Row> parsed = read(file, ingest);
      assertEquals(0, ParsedRows.rejects(parsed).count(), "split bytes " + ingest.splitBytes());
      List<Row> articles = ParsedRows.articles(parsed).collectAsList();
      assertEquals(records, articles.size());
      assertEquals(records, articles.stream().map(r -> r.getAs("article_id")).distinct().count());
      assertEquals(
          headers,
          articles.stream().map(r -> (Long) r.getAs("input_offset")).sorted().toList(),
          "each article at its header");
    }
    assertTrue(read(file, small).rdd().getNumPartitions() >= 10, "tiny splits give many tasks");
    List<String> expected = articleLines(read(file, small.withSplitBytes(1L << 30)), false);
    assertEquals(expected, articleLines(read(file, small), false));
    Path bz = dir.resolve("cr.txt.bz2");
    try (OutputStream out =
        new BZip2CompressorOutputStream(Files.newOutputStream(bz), 1 /* 100k blocks */)) {
      out.write(dump.getBytes(StandardCharsets.UTF_8));
    }
    Dataset<Row> bzip2 = read(bz, small);
    assertTrue(bzip2.rdd().getNumPartitions() > 1, "bzip2 stays splittable");
    assertEquals(expected, articleLines(bzip2, false));
  }

  @Test
  void aBareCrDumpOfTensOfThousandsOfRecordsIsReadInProportionToItsSize() throws IOException {
    // 3.7 MB, under the default max_record_bytes: each record re-measured all text before it, 45 s.
    int records = 32_000;
    Path file = dir.resolve("cr.txt");
    Files.writeString(file, bareCrDump(records));
    long articles =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ParsedRows.articles(read(file, 0)).count());
    assertEquals(records, articles);
  }
}
