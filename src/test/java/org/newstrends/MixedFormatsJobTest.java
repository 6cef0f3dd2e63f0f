package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.output.Manifest;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** One run over text-dump, jsonl (gzip), csv and files inputs: tables and manifest reconcile. */
class MixedFormatsJobTest {

  @TempDir Path dir;

  @Test
  void mixedFormatRunReconcilesPerInput() throws IOException {
    Path textDump = Fixtures.copy("/textdump/seed.txt", dir.resolve("dump"));
    Path jsonl = dir.resolve("jsonl");
    Fixtures.copy("/jsonl/rss-2023-01-excerpt.jsonl", jsonl);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(jsonl.resolve("oct.jsonl.gz")))) {
      out.write(Fixtures.text("/jsonl/rss-2023-10-excerpt.jsonl").getBytes());
      out.write("{broken\n".getBytes());
    }
    Files.write(jsonl.resolve("corrupt.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    Path csv = Fixtures.copy("/csv/post_sentences.csv", dir.resolve("csv"));
    Path bbc = dir.resolve("bbc");
    for (String f : List.of("business/001.txt", "business/002.txt", "sport/001.txt")) {
      Files.createDirectories(bbc.resolve(f).getParent());
      Files.write(bbc.resolve(f), Fixtures.text("/files/" + f).getBytes());
    }
    JobConfig config =
        new JobConfig(
            List.of(
                new InputSpec(textDump.toString(), "text-dump"),
                new InputSpec(jsonl.toString(), "jsonl", "rss-2023", null, null),
                new InputSpec(csv.toString(), "csv", "csv-sentences", null, null),
                new InputSpec(bbc.toString(), "files")),
            dir.resolve("out").toString(),
            IngestConfig.DEFAULT);

    Manifest m = NewstrendsJob.run(TestSpark.session(), config, "test-run");

    Map<String, Manifest.InputCounts> byFormat =
        m.inputs().stream().collect(Collectors.toMap(Manifest.InputCounts::format, c -> c));
    assertCounts(byFormat.get("text-dump"), 1, 1, 0, 0);
    // 40 lines + {broken + one corrupt gzip file.
    assertCounts(byFormat.get("jsonl"), 42, 40, 2, 0);
    assertCounts(byFormat.get("csv"), 20, 20, 0, 0);
    assertCounts(byFormat.get("files"), 3, 3, 0, 3);
    assertEquals(66, m.recordsRead());
    assertEquals(64, m.articles());
    assertEquals(2, m.rejects());

    var spark = TestSpark.session();
    List<Row> articles =
        spark.read().parquet(dir.resolve("out/articles").toString()).collectAsList();
    assertEquals(64, articles.size());
    Map<String, Long> perFormat =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    r -> (String) r.getAs("input_format"), Collectors.counting()));
    assertEquals(Map.of("text-dump", 1L, "jsonl", 40L, "csv", 20L, "files", 3L), perFormat);
    List<String> reasons =
        spark.read().parquet(dir.resolve("out/rejects").toString()).collectAsList().stream()
            .map(r -> (String) r.getAs("reason"))
            .sorted()
            .toList();
    assertEquals(List.of("bad_json", "corrupt_input"), reasons);
    assertTrue(
        articles.stream()
            .filter(r -> "jsonl".equals(r.getAs("input_format")))
            .allMatch(r -> r.getAs("published_at") != null && r.getAs("source") != null));
    String manifest = Files.readString(dir.resolve("out/manifest.json"));
    assertTrue(manifest.contains("\"undated\" : 3"), manifest);
  }

  private static void assertCounts(
      Manifest.InputCounts c, long records, long articles, long rejects, long undated) {
    assertEquals(
        List.of(records, articles, rejects, undated),
        List.of(c.recordsRead(), c.articles(), c.rejects(), c.undated()),
        c.path());
  }
}
