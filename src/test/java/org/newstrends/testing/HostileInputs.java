package org.newstrends.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A seeded generator of hostile inputs for every format: good records mixed with the hostile
 * classes of issue 10 (impossible dates, wrong types, unbalanced quotes, binary and mislabelled
 * compressed files, text after the last record, damaged gzip members, huge records) plus truncation
 * inside a multi-byte character, Latin-1 bytes, lone CR line ends, thousands of tiny records, HTML
 * with 10,000 nested elements and two headers in a row. Each format is written twice: {@code
 * hostile/} (good and hostile mixed) and {@code good/} (the same good records alone, in the same
 * order), so a test can check that no good record is lost or altered.
 */
public final class HostileInputs {

  /** Records larger than this are hostile ("too_large"); pass it as ingest.max_record_bytes. */
  public static final int MAX_RECORD_BYTES = 64 * 1024;

  private final Random random;
  private final Path hostile;
  private final Path good;

  public HostileInputs(long seed, Path root) throws IOException {
    this.random = new Random(seed);
    this.hostile = Files.createDirectories(root.resolve("hostile"));
    this.good = Files.createDirectories(root.resolve("good"));
  }

  public Path hostile(String format) {
    return hostile.resolve(format);
  }

  public Path good(String format) {
    return good.resolve(format);
  }

  private String words(int n) {
    String[] vocabulary = {
      "Gaza", "talks", "minister", "said", "on", "Tuesday", "the", "market", "rose", "after",
      "Reuters", "élan", "Zürich", "北京", "a", "vote", "in", "parliament", "prices", "fell"
    };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return b.toString();
  }

  private String date() {
    return String.format("2023-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  /** Writes every format; returns nothing, the paths are {@link #hostile} and {@link #good}. */
  public void writeAll() throws IOException {
    jsonl();
    csv();
    textDump();
    files();
    warc();
  }

  // ---------------------------------------------------------------- jsonl

  private void jsonl() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    ByteArrayOutputStream ok = new ByteArrayOutputStream();
    for (int i = 0; i < 40; i++) {
      String line =
          "{\"title\":\"J"
              + i
              + " "
              + words(5)
              + "\",\"body\":\""
              + words(30)
              + "\",\"date\":\""
              + date()
              + "T10:00:00Z\"}\n";
      write(all, line);
      write(ok, line);
      switch (i % 10) {
        case 0 -> write(all, "{\"title\":\"broken\",\"body\":\n");
        case 1 -> write(all, "[1,2,3]\n{\"title\":\"t\"} trailing\n");
        case 2 ->
            write(all, "{\"title\":\"far\",\"body\":\"b\",\"date\":\"9999-12-31T23:59:59Z\"}\n");
        case 3 ->
            write(
                all,
                "{\"title\":\"e\",\"body\":\"b\",\"date\":1e308}\n{\"title\":\"m\",\"body\":\"b\",\"date\":-62135596800}\n");
        case 4 -> write(all, "{\"title\":{\"x\":1},\"body\":true}\n");
        case 5 -> {
          all.write(
              "{\"title\":\"latin \u00e9\",\"body\":\"caf\u00e9\"}\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
        }
        case 6 -> write(all, "{\"title\":\"cr\",\"body\":\"a\rb\"}\r\n\n\n");
        case 7 ->
            write(
                all,
                "{\"title\":\"huge\",\"body\":\"" + "x".repeat(MAX_RECORD_BYTES + 10) + "\"}\n");
        default -> write(all, "\n");
      }
    }
    for (int i = 0; i < 3000; i++) { // thousands of tiny records
      String line = "{\"title\":\"t" + i + "\"}\n";
      write(all, line);
      write(ok, line);
    }
    // Truncated inside a multi-byte character, no final newline.
    byte[] last = "{\"title\":\"cut 北".getBytes(StandardCharsets.UTF_8);
    all.write(last, 0, last.length - 1);
    put(hostile("jsonl").resolve("mixed.jsonl"), all.toByteArray());
    put(good("jsonl").resolve("mixed.jsonl"), ok.toByteArray());
    put(
        hostile("jsonl").resolve("mislabelled.jsonl.gz"),
        "not gzip at all\n".getBytes(StandardCharsets.UTF_8));
    put(hostile("jsonl").resolve("empty.jsonl.gz"), gzip(new byte[0]));
  }

  // ---------------------------------------------------------------- csv

  private void csv() throws IOException {
    StringBuilder all = new StringBuilder("title,body,date\n");
    StringBuilder ok = new StringBuilder("title,body,date\n");
    all.append("title,body,date\n"); // two headers in a row
    for (int i = 0; i < 40; i++) {
      String row =
          "C" + i + " " + words(4) + ",\"" + words(20) + ", with a comma\"," + date() + "\n";
      all.append(row);
      ok.append(row);
      switch (i % 8) {
        case 0 -> all.append("broken,\"never closed,2023-01-01\n");
        case 1 -> all.append("too,many,columns,here\n");
        case 2 -> all.append("future,b,9999-12-31\n");
        case 3 -> all.append("zero,b,0000-01-01\n");
        case 4 -> all.append(",,\n");
        default -> {}
      }
    }
    byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes);
    out.write("latin,caf\u00e9,2023-05-05\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] cut = "cut,北".getBytes(StandardCharsets.UTF_8);
    out.write(cut, 0, cut.length - 2);
    put(hostile("csv").resolve("mixed.csv"), out.toByteArray());
    put(good("csv").resolve("mixed.csv"), ok.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- text-dump

  private String dumpRecord(int i) {
    return " date "
        + date()
        + " WORLD\nD"
        + i
        + " "
        + words(6)
        + "\nCITY, Jan 5 - "
        + words(25)
        + "\n"
        + words(20)
        + "\nSOURCE:Reuters\n";
  }

  private void textDump() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    ByteArrayOutputStream ok = new ByteArrayOutputStream();
    write(all, "junk before the first header\n");
    for (int i = 0; i < 40; i++) {
      String record = dumpRecord(i);
      write(all, record);
      write(ok, record);
      switch (i % 8) {
        case 0 -> write(all, " date 2023-02-30 WORLD\nImpossible\nBody.\nSOURCE:X\n");
        case 1 -> write(all, " date 9999-12-31 WORLD\nFar\nBody.\nSOURCE:X\n");
        case 2 ->
            write(
                all,
                " date 2023-01-01 WORLD\n date 2023-01-02 WORLD\nTwo headers\nBody.\nSOURCE:X\n");
        case 3 -> write(all, " date 2023-01-03 WORLD\nTitle only\nSOURCE:X\n");
        case 4 -> write(all, " date 2023-01-04 WORLD\rLone CR title\rBody with CR.\rSOURCE:X\r");
        case 5 ->
            all.write(
                " date 2023-01-05 WORLD\nLatin caf\u00e9\nBody \u00e9.\nSOURCE:X\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        case 6 ->
            write(
                all,
                " date 2023-01-06 WORLD\nHuge\n"
                    + "word ".repeat(MAX_RECORD_BYTES / 4)
                    + "\nSOURCE:X\n");
        default -> {}
      }
    }
    String lastRecord = dumpRecord(99);
    write(all, lastRecord);
    write(ok, lastRecord);
    // the last good record is followed by garbage after its SOURCE line, cut in a multi-byte char
    byte[] tail = "garbage after the end 北".getBytes(StandardCharsets.UTF_8);
    all.write(tail, 0, tail.length - 1);
    put(hostile("text-dump").resolve("mixed.txt"), all.toByteArray());
    put(good("text-dump").resolve("mixed.txt"), ok.toByteArray());
  }

  // ---------------------------------------------------------------- files

  private void files() throws IOException {
    for (int i = 0; i < 10; i++) {
      String text = "F" + i + " " + words(5) + "\n\n" + words(30) + "\n\n" + words(20) + "\n";
      put(hostile("files").resolve("news/" + i + ".txt"), text.getBytes(StandardCharsets.UTF_8));
      put(good("files").resolve("news/" + i + ".txt"), text.getBytes(StandardCharsets.UTF_8));
    }
    Path h = hostile("files").resolve("news");
    put(h.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    random.nextBytes(binary);
    put(h.resolve("binary.txt"), binary);
    put(h.resolve("zipped.txt"), gzip("Title\n\nBody\n".getBytes(StandardCharsets.UTF_8)));
    put(
        h.resolve("latin1.txt"),
        "Caf\u00e9 title\n\nA \u00a315m deal.\n".getBytes(StandardCharsets.ISO_8859_1));
    put(h.resolve("cr.txt"), "CR title\r\rBody one.\rBody two.\r".getBytes(StandardCharsets.UTF_8));
    put(
        h.resolve("huge.txt"),
        ("Huge\n\n" + "w ".repeat(MAX_RECORD_BYTES)).getBytes(StandardCharsets.UTF_8));
    byte[] cut = "Cut title\n\nBody 北".getBytes(StandardCharsets.UTF_8);
    put(h.resolve("cut.txt"), java.util.Arrays.copyOf(cut, cut.length - 1));
    put(
        h.resolve("corrupt.txt.gz"),
        java.util.Arrays.copyOf(gzip(("T\n\n" + words(400)).getBytes(StandardCharsets.UTF_8)), 40));
  }

  // ---------------------------------------------------------------- warc

  private static WarcResponse response(URI uri, String status, String type, String body) {
    String http = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n\r\n" + body;
    return new WarcResponse.Builder(uri)
        .date(Instant.EPOCH)
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private String page(int i) {
    return "<html lang=en><head><title>W"
        + i
        + " "
        + words(5)
        + "</title><meta property=\"article:published_time\" content=\""
        + date()
        + "T08:00:00Z\"></head><body><article><p>"
        + words(40)
        + ".</p><p>"
        + words(30)
        + ".</p></article></body></html>";
  }

  private void warc() throws IOException {
    List<byte[]> all = new ArrayList<>();
    List<byte[]> ok = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      URI uri = URI.create("https://example.org/" + i);
      byte[] good = member(response(uri, "200 OK", "text/html; charset=utf-8", page(i)));
      all.add(good);
      ok.add(good);
      switch (i % 6) {
        case 0 ->
            all.add(
                member(
                    response(
                        uri,
                        "200 OK",
                        "text/html",
                        "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000))));
        case 1 -> all.add(member(response(uri, "404 Not Found", "text/html", "<p>gone</p>")));
        case 2 -> all.add(member(response(uri, "200 OK", "image/png", "\u0089PNG")));
        case 3 -> {
          byte[] damaged = member(response(uri, "200 OK", "text/html", page(100 + i)));
          for (int k = 30; k < damaged.length - 10; k++) {
            damaged[k] ^= 0x33;
          }
          all.add(damaged);
        }
        case 4 ->
            all.add(
                member(
                    new WarcRequest.Builder(uri)
                        .date(Instant.EPOCH)
                        .body(
                            MediaType.HTTP_REQUEST,
                            "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                        .build()));
        default -> {}
      }
    }
    byte[] truncated =
        member(response(URI.create("https://example.org/t"), "200 OK", "text/html", page(999)));
    all.add(java.util.Arrays.copyOf(truncated, truncated.length / 2));
    put(hostile("warc").resolve("mixed.warc.gz"), concat(all));
    put(good("warc").resolve("mixed.warc.gz"), concat(ok));
  }

  private static byte[] member(org.netpreserve.jwarc.WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(record);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- helpers

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
