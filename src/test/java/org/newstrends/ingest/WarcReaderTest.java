package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputFormat;
import org.newstrends.config.InputSpec;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** Reading WARC files: articles from response records, rejects for everything else, offsets. */
class WarcReaderTest {

  private static final String EXCERPT = "/warc/news-excerpt.warc.gz";

  /** Start of each gzip member of the excerpt: warcinfo, then four responses. */
  private static final long[] MEMBER_OFFSETS = {0, 286, 14337, 29398, 58419};

  @TempDir Path dir;

  private static Dataset<Row> read(Path file) {
    return Ingest.readerFor(InputFormat.WARC)
        .read(TestSpark.session(), new InputSpec(file.toString(), "warc"), IngestConfig.DEFAULT);
  }

  private static List<ParseResult> parseAll(byte[] warc) {
    List<ParseResult> out = new ArrayList<>();
    Iterator<ParseResult> it =
        WarcReader.records(
            "mem.warc.gz",
            () -> new ByteArrayInputStream(warc),
            IngestConfig.DEFAULT_MAX_RECORD_BYTES);
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void excerptGivesFourArticlesAndTheWarcinfoAsAReject() {
    Path file = Fixtures.copy(EXCERPT, dir);
    Dataset<Row> parsed = read(file);
    List<Row> articles = ParsedRows.articles(parsed).collectAsList();
    List<Row> rejects = ParsedRows.rejects(parsed).collectAsList();
    assertEquals(4, articles.size());
    assertEquals(1, rejects.size());
    assertEquals(WarcRecordParser.REASON_NOT_A_RESPONSE, rejects.get(0).getAs("reason"));
    assertEquals(0L, (long) rejects.get(0).<Long>getAs("input_offset"));

    Map<String, Row> byOffset = new TreeMap<>();
    for (Row r : articles) {
      byOffset.put(String.format("%06d", r.<Long>getAs("input_offset")), r);
    }
    assertEquals(
        List.of("000286", "014337", "029398", "058419"), new ArrayList<>(byOffset.keySet()));
    Row ap = byOffset.get("000286");
    assertEquals("Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year", ap.getAs("title"));
    assertEquals(java.sql.Date.valueOf("2023-04-28"), ap.getAs("published_date"));
    assertEquals(
        "https://apnews.com/article/mexico-economy-growth-3cc842471fb9df42315d658d88c8403a",
        ap.getAs("url"));
    assertEquals("en", ap.getAs("language"));
    assertEquals("warc", ap.getAs("input_format"));
    assertTrue(
        ap.<String>getAs("body")
            .startsWith("MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in the first quarter"),
        ap.<String>getAs("body"));
    assertTrue(ap.<Integer>getAs("word_count") > 80);
    Row times = byOffset.get("058419");
    assertEquals(
        "Indiana governor endorses revised GOP state budget package", times.getAs("title"));
    assertTrue(times.<scala.collection.Seq<String>>getAs("authors").contains("Tom Davies"));
    for (Row r : articles) {
      assertTrue(r.getAs("source") != null && r.getAs("published_at") != null, r.toString());
    }
  }

  @Test
  void offsetsPointAtTheRecordsGzipMember() throws IOException {
    byte[] bytes = Fixtures.class.getResourceAsStream(EXCERPT).readAllBytes();
    List<ParseResult> results = parseAll(bytes);
    long[] offsets =
        results.stream()
            .mapToLong(r -> r.isArticle() ? r.article().inputOffset() : r.reject().inputOffset())
            .toArray();
    assertEquals(Arrays.toString(MEMBER_OFFSETS), Arrays.toString(offsets));
    for (long offset : offsets) {
      try (InputStream in =
          new GZIPInputStream(new ByteArrayInputStream(bytes, (int) offset, bytes.length))) {
        assertTrue(new String(in.readNBytes(8), StandardCharsets.US_ASCII).startsWith("WARC/1."));
      }
    }
  }

  @Test
  void truncatedFileKeepsTheRecordsBeforeTheCutAndRejectsTheRest() throws IOException {
    byte[] bytes = Fixtures.class.getResourceAsStream(EXCERPT).readAllBytes();
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, 40_000)); // inside the fourth member
    Dataset<Row> parsed = read(cut);
    assertEquals(2, ParsedRows.articles(parsed).count());
    List<String> reasons =
        ParsedRows.rejects(parsed)
            .select("reason")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertTrue(reasons.contains(WarcRecordParser.REASON_CORRUPT_INPUT), reasons.toString());
    assertEquals(WarcRecordParser.REASON_NOT_A_RESPONSE, reasons.get(0));
  }

  @Test
  void garbageAndEmptyFilesGiveACorruptInputRejectNotACrash() {
    List<ParseResult> garbage =
        parseAll("this is not a WARC file\n".repeat(20).getBytes(StandardCharsets.UTF_8));
    assertEquals(1, garbage.size());
    assertEquals(WarcRecordParser.REASON_CORRUPT_INPUT, garbage.get(0).reject().reason());
    assertEquals(0, parseAll(new byte[0]).size(), "an empty file has no records");
  }

  @Test
  void requestsNonHtmlRedirectsAndEmptyPagesAreRejectedWithTheirReason() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      URI uri = URI.create("https://example.org/a");
      writer.write(
          new WarcRequest.Builder(uri)
              .date(Instant.EPOCH)
              .body(
                  MediaType.HTTP_REQUEST,
                  "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII))
              .build());
      writer.write(response(uri, "200 OK", "image/png", "\u0089PNG"));
      writer.write(response(uri, "301 Moved Permanently", "text/html", "<a href=/b>moved</a>"));
      writer.write(
          response(
              uri,
              "200 OK",
              "text/html; charset=utf-8",
              "<html><body><nav>Home</nav></body></html>"));
      writer.write(
          response(
              uri,
              "200 OK",
              "text/html",
              "<html lang=en><head><title>A page</title></head><body><article><p>"
                  + "A sentence long enough to count as the body of an article. ".repeat(4)
                  + "</p></article></body></html>"));
    }
    List<String> outcomes =
        parseAll(out.toByteArray()).stream()
            .map(r -> r.isArticle() ? "article:" + r.article().title() : r.reject().reason())
            .toList();
    assertEquals(
        List.of("not_a_response", "not_html", "no_body", "no_body", "article:A page"), outcomes);
  }

  private static WarcResponse response(URI uri, String status, String type, String body) {
    String http = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n\r\n" + body;
    return new WarcResponse.Builder(uri)
        .date(Instant.EPOCH)
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
