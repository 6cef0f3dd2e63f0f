package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The jsonl, csv and files readers through Spark: splits, compression, corrupt files, globs. */
class FormatReadersTest {

  private static final String JAN = "/jsonl/rss-2023-01-excerpt.jsonl";
  private static final String OCT = "/jsonl/rss-2023-10-excerpt.jsonl";

  @TempDir Path dir;

  private static Dataset<Row> read(InputSpec spec, long splitBytes) {
    return Ingest.readerFor(spec.inputFormat())
        .read(
            TestSpark.session(),
            spec,
            new IngestConfig(IngestConfig.DEFAULT_MAX_RECORD_BYTES, splitBytes));
  }

  private static InputSpec jsonl(Path path) {
    return new InputSpec(path.toString(), "jsonl", "rss-2023", null, null);
  }

  /** Sorted "offset|date|at|source|title|body" lines of the articles. */
  private static List<String> articleLines(Dataset<Row> parsed) {
    return ParsedRows.articles(parsed).collectAsList().stream()
        .map(
            r ->
                r.getAs("input_offset")
                    + "|"
                    + r.getAs("published_date")
                    + "|"
                    + r.getAs("published_at")
                    + "|"
                    + r.getAs("source")
                    + "|"
                    + r.getAs("title")
                    + "|"
                    + r.getAs("body"))
        .sorted()
        .collect(Collectors.toList());
  }

  // A 2.5 MB gzip file holding one 2.6 GB line kept a task growing one buffer for over five
  // minutes: lines past the reader's cap are now too_large rejects whose bytes were never held.
  // The cap is lowered here (it is 64 MiB), so the file stays small.
  @Test
  void linesPastTheCapAreTooLargeRejectsWithoutTheirBytes() throws IOException {
    String good = "{\"title\":\"T\",\"body\":\"B\",\"date\":\"2023-10-01\"}\n";
    String longLine = "{\"title\":\"" + "x".repeat(200_000) + "\"}\n";
    String lines = good + longLine + longLine + good + longLine;
    var hadoop = TestSpark.session().sparkContext().hadoopConfiguration();
    hadoop.setInt(SafeTextInputFormat.MAX_LINE_BYTES_KEY, 65_536);
    try {
      for (String codec : List.of("gz", "plain")) {
        Path file =
            write(dir.resolve("long." + codec), lines.getBytes(StandardCharsets.UTF_8), codec);
        InputSpec spec = new InputSpec(file.toString(), "jsonl", null, null, null);
        Dataset<Row> parsed =
            Ingest.readerFor(spec.inputFormat())
                .read(TestSpark.session(), spec, new IngestConfig(1024, 0));
        assertEquals(2, ParsedRows.articles(parsed).count(), codec);
        List<Row> rejects = ParsedRows.rejects(parsed).orderBy("input_offset").collectAsList();
        assertEquals(
            List.of("too_large", "too_large"),
            rejects.stream().map(r -> r.<String>getAs("reason")).toList(),
            codec);
        Row dropped = rejects.get(0); // two long lines in a row: one reject
        assertEquals((long) good.length(), (long) dropped.<Long>getAs("input_offset"), codec);
        assertTrue(
            dropped.<String>getAs("detail").startsWith("records of " + 2 * longLine.length() + " "),
            dropped.<String>getAs("detail"));
        Row last = rejects.get(1); // the file's last line
        assertEquals(
            2L * good.length() + 2L * longLine.length(),
            (long) last.<Long>getAs("input_offset"),
            codec);
        assertTrue(
            last.<String>getAs("detail").startsWith("records of " + longLine.length() + " "),
            last.<String>getAs("detail"));
        assertEquals(
            List.of(0L, (long) good.length() + 2L * longLine.length()),
            ParsedRows.articles(parsed).orderBy("input_offset").collectAsList().stream()
                .map(r -> r.<Long>getAs("input_offset"))
                .toList(),
            "the line after the long ones keeps its own offset");
      }
    } finally {
      hadoop.unset(SafeTextInputFormat.MAX_LINE_BYTES_KEY);
    }
  }

  // A .jsonl.lz4 file from the lz4 tool was read as an empty file: no article, no reject.
  @Test
  void lz4AndSnappyFilesAreRejectsSayingSo() throws IOException {
    byte[] lines = fixtureBytes(OCT);
    for (String format : List.of("jsonl", "files", "text-dump")) {
      Path file = dir.resolve(format + "/a.txt.lz4");
      Files.createDirectories(file.getParent());
      try (OutputStream out =
          new net.jpountz.lz4.LZ4FrameOutputStream(Files.newOutputStream(file))) {
        out.write(lines);
      }
      Files.write(dir.resolve(format + "/b.txt.snappy"), lines);
      InputSpec spec = new InputSpec(file.getParent().toString(), format, null, null, null);
      Dataset<Row> parsed = read(spec, 0);
      assertEquals(0, ParsedRows.articles(parsed).count(), format);
      List<Row> rejects = ParsedRows.rejects(parsed).orderBy("input_file").collectAsList();
      assertEquals(2, rejects.size(), format);
      for (Row r : rejects) {
        assertEquals("corrupt_input", r.getAs("reason"), format);
        assertTrue(r.<String>getAs("detail").contains("are not read"), r.<String>getAs("detail"));
      }
    }
  }

  private static Map<String, Long> reasons(Dataset<Row> parsed) {
    return ParsedRows.rejects(parsed).collectAsList().stream()
        .collect(Collectors.groupingBy(r -> (String) r.getAs("reason"), Collectors.counting()));
  }

  private static byte[] fixtureBytes(String resource) {
    return Fixtures.text(resource).getBytes(StandardCharsets.UTF_8);
  }

  private static Path write(Path file, byte[] bytes, String codec) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out =
            switch (codec) {
              case "gz" -> new GZIPOutputStream(raw);
              case "bz2" -> new BZip2CompressorOutputStream(raw, 1);
              case "zst" -> new ZstdOutputStream(raw);
              default -> raw;
            }) {
      out.write(bytes);
    }
    return file;
  }

  @Test
  void jsonlTinySplitsGiveTheSameArticlesWithByteOffsets() {
    Path file = Fixtures.copy(JAN, dir);
    Dataset<Row> tiny = read(jsonl(file), 1024);
    Dataset<Row> whole = read(jsonl(file), 1L << 30);
    assertTrue(tiny.rdd().getNumPartitions() >= 5, "tiny splits give many tasks");
    assertEquals(1, whole.rdd().getNumPartitions());
    List<String> lines = articleLines(tiny);
    assertEquals(30, lines.size());
    assertEquals(articleLines(whole), lines);
    // input_offset is the byte offset of each line.
    byte[] bytes = fixtureBytes(JAN);
    List<Long> lineStarts = new java.util.ArrayList<>(List.of(0L));
    for (int i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] == '\n') {
        lineStarts.add((long) i + 1);
      }
    }
    List<Long> offsets =
        ParsedRows.articles(tiny).select("input_offset").collectAsList().stream()
            .map(r -> r.getLong(0))
            .sorted()
            .toList();
    assertEquals(lineStarts, offsets);
  }

  @Test
  void jsonlGzipBzip2AndZstdReadTheSameArticles() throws IOException {
    byte[] bytes = fixtureBytes(JAN);
    List<String> expected =
        articleLines(read(jsonl(write(dir.resolve("plain/a.jsonl"), bytes, "")), 0));
    for (String codec : List.of("gz", "bz2", "zst")) {
      Path file = write(dir.resolve(codec + "/a.jsonl." + codec), bytes, codec);
      Dataset<Row> parsed = read(jsonl(file), 1024);
      assertEquals(expected, articleLines(parsed), codec);
      assertEquals(30, parsed.count(), codec);
    }
  }

  @Test
  void corruptAndEmptyCompressedFilesDoNotStopTheRun() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("good.jsonl.gz"), fixtureBytes(OCT), "gz");
    write(in.resolve("empty.jsonl.gz"), new byte[0], "gz");
    write(in.resolve("zero-bytes.jsonl.gz"), new byte[0], "");
    write(in.resolve("empty.jsonl.zst"), new byte[0], "zst");
    byte[] gz = Files.readAllBytes(write(dir.resolve("full.gz"), fixtureBytes(JAN), "gz"));
    // A gzip cut in the middle, and a file that only claims to be gzip.
    Files.write(in.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    Files.write(
        in.resolve("not-gzip.jsonl.gz"), "plain text, not gzip\n".getBytes(StandardCharsets.UTF_8));
    byte[] zst = Files.readAllBytes(write(dir.resolve("full.zst"), fixtureBytes(JAN), "zst"));
    Files.write(in.resolve("truncated.jsonl.zst"), java.util.Arrays.copyOf(zst, zst.length / 2));
    Dataset<Row> parsed = read(jsonl(in), 0);
    List<Row> rejects = ParsedRows.rejects(parsed).collectAsList();
    Map<String, Long> reasons = reasons(parsed);
    assertEquals(3L, reasons.get(InputFailures.REASON_CORRUPT_INPUT), () -> rejects.toString());
    assertTrue(
        rejects.stream()
            .filter(r -> "corrupt_input".equals(r.getAs("reason")))
            .map(r -> (String) r.getAs("input_file"))
            .anyMatch(f -> f.endsWith("not-gzip.jsonl.gz")));
    long good = ParsedRows.articles(parsed).filter("input_file like '%good.jsonl.gz'").count();
    assertEquals(10, good);
    // Lines before the cut in the truncated files are kept: nothing read is lost.
    assertTrue(ParsedRows.articles(parsed).filter("input_file like '%truncated%'").count() > 0);
    assertEquals(parsed.count(), ParsedRows.articles(parsed).count() + rejects.size());
  }

  @Test
  void jsonlRejectsCarryReasonsAndOffsets() throws IOException {
    String text =
        "{\"title\": \"ok\", \"description\": \"fine\"}\n"
            + "\n"
            + "not json at all\n"
            + "{\"title\": \"\", \"description\": \"\"}\n"
            + "{\"title\": \""
            + "x".repeat(500)
            + "\"}\n";
    Path file = write(dir.resolve("r.jsonl"), text.getBytes(StandardCharsets.UTF_8), "");
    Dataset<Row> parsed =
        Ingest.readerFor(jsonl(file).inputFormat())
            .read(TestSpark.session(), jsonl(file), new IngestConfig(200, 0));
    assertEquals(4, parsed.count(), "the blank line is not a record");
    assertEquals(Map.of("bad_json", 1L, "no_body", 1L, "too_large", 1L), reasons(parsed));
    Row bad = ParsedRows.rejects(parsed).filter("reason = 'bad_json'").collectAsList().get(0);
    assertEquals((long) text.indexOf("not json"), (long) bad.getAs("input_offset"));
  }

  @Test
  void csvPresetsCompressedAndCorrupt() throws IOException {
    Path in = dir.resolve("csv");
    byte[] list = fixtureBytes("/csv/globe_article_list.csv");
    write(in.resolve("globe_article_list.csv"), list, "");
    write(in.resolve("copy.csv.gz"), list, "gz");
    write(in.resolve("copy.csv.bz2"), list, "bz2");
    write(in.resolve("copy.csv.zst"), list, "zst");
    byte[] gz = Files.readAllBytes(in.resolve("copy.csv.gz"));
    Files.write(in.resolve("cut.csv.gz"), java.util.Arrays.copyOf(gz, gz.length - 20));
    write(in.resolve("_ignored.csv"), list, "");
    Dataset<Row> parsed =
        read(new InputSpec(in.toString(), "csv", "csv-article-list", null, null), 0);
    Map<String, Long> perFile =
        ParsedRows.articles(parsed).collectAsList().stream()
            .collect(
                Collectors.groupingBy(
                    r ->
                        Path.of(((String) r.getAs("input_file")).replace("file:", ""))
                            .getFileName()
                            .toString(),
                    Collectors.counting()));
    assertEquals(20L, perFile.get("globe_article_list.csv"));
    assertEquals(20L, perFile.get("copy.csv.gz"));
    assertEquals(20L, perFile.get("copy.csv.bz2"));
    assertEquals(20L, perFile.get("copy.csv.zst"));
    assertTrue(!perFile.containsKey("_ignored.csv"));
    assertEquals(Map.of("corrupt_input", 1L), reasons(parsed));
    List<Long> offsets =
        ParsedRows.articles(parsed)
            .filter("input_file like '%globe_article_list.csv'")
            .select("input_offset")
            .collectAsList()
            .stream()
            .map(r -> r.getLong(0))
            .sorted()
            .toList();
    assertEquals(0L, offsets.get(0));
    assertEquals(19L, offsets.get(19));
  }

  @Test
  void filesFolderTreeGivesOneArticlePerFileWithSections() throws IOException {
    Path root = dir.resolve("bbc");
    for (String f :
        List.of("business/001.txt", "business/002.txt", "sport/001.txt", "sport/199.txt")) {
      write(root.resolve(f), FilesParserTest.bytes("/files/" + f), "");
    }
    write(root.resolve("sport/002.txt.gz"), FilesParserTest.bytes("/files/sport/002.txt"), "gz");
    write(root.resolve("top.txt"), "Top title\n\nText.".getBytes(StandardCharsets.UTF_8), "");
    Dataset<Row> parsed =
        read(new InputSpec(root.toString(), "files", null, null, "2005-06-30"), 0);
    List<Row> articles = ParsedRows.articles(parsed).collectAsList();
    assertEquals(6, articles.size());
    Map<String, Long> sections =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    r -> String.valueOf((Object) r.getAs("section")), Collectors.counting()));
    assertEquals(Map.of("business", 2L, "sport", 3L, "null", 1L), sections);
    assertTrue(
        articles.stream()
            .allMatch(
                r -> "2005-06-30".equals(String.valueOf((Object) r.getAs("published_date")))));
    assertTrue(articles.stream().allMatch(r -> r.getAs("published_at") == null));
    assertTrue(articles.stream().allMatch(r -> (long) r.getAs("input_offset") == 0L));
  }

  // An empty ".gz" was corrupt_input (gzip's reader wants a header); any other empty file no_body.
  @Test
  void anEmptyFileIsNoBodyWhateverItsCompression() throws IOException {
    Path root = dir.resolve("empty");
    for (String name : List.of("a.txt", "b.txt.gz", "c.txt.bz2", "d.txt.zst")) {
      write(root.resolve(name), new byte[0], "");
    }
    write(root.resolve("e.txt.gz"), new byte[0], "gz"); // a gzip stream of no text
    Dataset<Row> parsed = read(new InputSpec(root.toString(), "files"), 0);
    assertEquals(Map.of("no_body", 5L), reasons(parsed));
  }

  @Test
  void globSelectsFiles() throws IOException {
    write(dir.resolve("g/a-2023-01.jsonl"), fixtureBytes(JAN), "");
    write(dir.resolve("g/a-2023-10.jsonl.gz"), fixtureBytes(OCT), "gz");
    write(dir.resolve("g/other.txt"), "not selected".getBytes(StandardCharsets.UTF_8), "");
    Dataset<Row> parsed = read(jsonl(Path.of(dir.resolve("g").toString(), "a-*.jsonl*")), 0);
    assertEquals(40, ParsedRows.articles(parsed).count());
    assertEquals(0, ParsedRows.rejects(parsed).count());
  }
}
