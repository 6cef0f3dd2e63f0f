package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * Issue 10, item 6: {@code article_id} was not unique for bzip2 read in several splits and changed
 * with the split size. Now it is unique and the same for every split size and codec, exact copies
 * included (they are numbered in file order).
 */
class ArticleIdentityTest {

  @TempDir Path dir;

  private static Dataset<Row> parsed(Path file, String format, long splitBytes) {
    return Ingest.readerFor(org.newstrends.config.InputFormat.fromName(format))
        .read(
            TestSpark.session(),
            new InputSpec(file.toString(), format),
            new IngestConfig(IngestConfig.DEFAULT_MAX_RECORD_BYTES, splitBytes));
  }

  /** id -> "occurrence-free content" of every article, checking ids are unique. */
  private static Map<String, String> ids(Path file, String format, long splitBytes) {
    Dataset<Row> parsed = parsed(file, format, splitBytes);
    if (splitBytes < 100_000 && file.toString().endsWith(".bz2")) {
      assertTrue(parsed.rdd().getNumPartitions() > 1, "the bzip2 file is read in several splits");
    }
    List<Row> rows = ParsedRows.articles(parsed).collectAsList();
    Map<String, String> byId = new TreeMap<>();
    for (Row r : rows) {
      byId.put(r.getAs("article_id"), r.getAs("title") + "|" + r.getAs("body"));
    }
    assertEquals(rows.size(), byId.size(), "article_id is unique");
    return byId;
  }

  private void write(Path file, byte[] bytes) throws IOException {
    String name = file.getFileName().toString();
    try (OutputStream out =
        name.endsWith(".bz2")
            ? new BZip2CompressorOutputStream(Files.newOutputStream(file), 1) // 100k blocks
            : name.endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
      out.write(bytes);
    }
  }

  @Test
  void multiBlockBzip2GivesTheSameUniqueIdsForThreeSplitSizesAndEveryCodec() throws IOException {
    // The Reuters excerpt eight times over: 352 records, every one with 7 exact copies, about
    // 220 KB, so three 100k bzip2 blocks and copies on both sides of every split boundary.
    String excerpt = Fixtures.text("/textdump/reuters-excerpt.txt");
    byte[] text = excerpt.repeat(8).getBytes(StandardCharsets.UTF_8);
    Path plain = dir.resolve("dump.txt");
    Path bz = dir.resolve("bz/dump.txt.bz2");
    Path gz = dir.resolve("gz/dump.txt.gz");
    Files.createDirectories(bz.getParent());
    Files.createDirectories(gz.getParent());
    write(plain, text);
    write(bz, text);
    write(gz, text);

    Map<String, String> whole = ids(bz, "text-dump", 1L << 30);
    assertEquals(8 * 44, whole.size());
    assertEquals(whole, ids(bz, "text-dump", 64 * 1024));
    assertEquals(whole, ids(bz, "text-dump", 20_000));
    // The file's identity is its path without the codec suffix: recompressing keeps the ids.
    Map<String, String> plainIds = ids(plain, "text-dump", 4096);
    Map<String, String> gzIds = ids(gz, "text-dump", 4096);
    assertEquals(
        whole.values().stream().sorted().toList(), plainIds.values().stream().sorted().toList());
    assertEquals(
        whole.values().stream().sorted().toList(), gzIds.values().stream().sorted().toList());
    // Same folder, same base name: the same ids whatever the codec.
    Path bzSame = dir.resolve("same/dump.txt.bz2");
    Path plainSame = dir.resolve("same2/dump.txt");
    Files.createDirectories(bzSame.getParent());
    Files.createDirectories(plainSame.getParent());
    write(bzSame, text);
    Files.move(bzSame, dir.resolve("same2/dump.txt.bz2"));
    write(plainSame, text);
    assertEquals(
        ids(dir.resolve("same2/dump.txt.bz2"), "text-dump", 20_000),
        ids(plainSame, "text-dump", 4096));
  }

  /**
   * A file that holds every article eight times (a dump concatenated with itself) has a numbered
   * copy row for each article's second to eighth occurrence; too many of them to broadcast (the 10
   * GiB benchmark corpus, whose later copies repeat earlier ones' dates, had millions and ran out
   * of heap), they are joined to the articles by a shuffle, with the same ids.
   */
  @Test
  void copiesWithinAFileJoinedByAShuffleGetTheIdsOfTheBroadcastJoin() throws IOException {
    Path plain = dir.resolve("dump.txt");
    write(
        plain,
        Fixtures.text("/textdump/reuters-excerpt.txt").repeat(8).getBytes(StandardCharsets.UTF_8));
    Dataset<Row> parsed = parsed(plain, "text-dump", 20_000);
    Dataset<Row> copies = ParsedRows.copiesWithinFiles(parsed);
    // The excerpt's 44 records hold 43 texts (one twice), so one text occurs 16 times.
    Dataset<Row> hashes = ParsedRows.withContentHash(parsed).filter("NOT is_reject");
    long articles = hashes.count();
    long texts = hashes.select("__content_hash").distinct().count();
    assertEquals(8 * 44, articles);
    assertEquals(
        articles - texts, copies.count(), "one row per occurrence after an article's first");
    assertEquals(
        java.util.stream.IntStream.rangeClosed(2, 16).boxed().toList(),
        copies.select("__occurrence").distinct().orderBy("__occurrence").collectAsList().stream()
            .map(r -> r.getInt(0))
            .toList());
    var conf = TestSpark.session().conf();
    conf.set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      Dataset<Row> shuffled = ParsedRows.articles(parsed, copies, false).orderBy("article_id");
      List<Row> shuffledRows = shuffled.collectAsList();
      String plan = shuffled.queryExecution().executedPlan().toString();
      assertTrue(plan.contains("SortMergeJoin"), plan);
      assertFalse(plan.contains("BroadcastHashJoin"), plan);
      assertEquals(
          parsed.rdd().getNumPartitions(),
          ParsedRows.articles(parsed, copies, false).rdd().getNumPartitions(),
          "the joined articles keep the read's number of partitions");
      List<Row> broadcastRows =
          ParsedRows.articles(parsed, copies, true).orderBy("article_id").collectAsList();
      assertEquals(8 * 44, shuffledRows.size());
      assertEquals(broadcastRows, shuffledRows);
    } finally {
      conf.unset("spark.sql.autoBroadcastJoinThreshold");
    }
  }

  @Test
  void jsonlBzip2IdsDoNotDependOnTheSplitSize() throws IOException {
    String lines = Fixtures.text("/jsonl/rss-2023-01-excerpt.jsonl");
    byte[] text = lines.repeat(12).getBytes(StandardCharsets.UTF_8);
    Path bz = dir.resolve("rss.jsonl.bz2");
    write(bz, text);
    Map<String, String> whole = ids(bz, "jsonl", 1L << 30);
    assertTrue(whole.size() > 100, "records: " + whole.size());
    assertEquals(whole, ids(bz, "jsonl", 2048));
    assertEquals(whole, ids(bz, "jsonl", 6000));
  }
}
