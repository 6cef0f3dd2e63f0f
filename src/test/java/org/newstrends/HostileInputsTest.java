package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.ingest.Ingest;
import org.newstrends.ingest.ParsedRows;
import org.newstrends.output.Manifest;
import org.newstrends.testing.HostileInputs;
import org.newstrends.testing.TestSpark;

/**
 * Issue 10, "a seeded generator of hostile inputs for every format": one run over all five formats
 * mixed with hostile records completes, every input reconciles, and every good record comes out as
 * the same article as when the good records are read alone.
 */
class HostileInputsTest {

  private static final List<String> FORMATS = List.of("jsonl", "csv", "text-dump", "files", "warc");

  @TempDir Path dir;

  private static List<InputSpec> inputs(HostileInputs generated, boolean hostile) {
    List<InputSpec> specs = new ArrayList<>();
    for (String format : FORMATS) {
      Path path = hostile ? generated.hostile(format) : generated.good(format);
      specs.add(new InputSpec(path.toString(), format));
    }
    return specs;
  }

  /** title|body|date|instant of every article, counted. */
  private static Map<String, Integer> signatures(List<Row> articles) {
    Map<String, Integer> counts = new HashMap<>();
    for (Row r : articles) {
      String s =
          r.getAs("input_format")
              + "|"
              + r.getAs("title")
              + "|"
              + r.getAs("body")
              + "|"
              + r.getAs("published_date")
              + "|"
              + r.getAs("published_at");
      counts.merge(s, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void everyFormatSurvivesHostileInputsAndKeepsEveryGoodRecord() throws Exception {
    HostileInputs generated = new HostileInputs(20261129L, dir.resolve("data"));
    generated.writeAll();
    IngestConfig ingest = new IngestConfig(HostileInputs.MAX_RECORD_BYTES, 16 * 1024);
    JobConfig job =
        new JobConfig(inputs(generated, true), dir.resolve("out").toString(), ingest)
            .withMeasure(
                new MeasureConfig(List.of(), null, null, null, null, null, null, null, null, null));

    Manifest m = NewstrendsJob.run(TestSpark.session(), job, "hostile");

    // The run completed and published; NewstrendsJob.reconcile checked every input.
    for (Manifest.InputCounts input : m.inputs()) {
      assertEquals(input.recordsRead(), input.articles() + input.rejects(), input.toString());
      assertTrue(input.rejects() > 0, "every format got hostile records: " + input);
    }
    Map<String, Long> reasons = m.details().rejectsByReason();
    for (String reason :
        List.of(
            "impossible_date",
            "bad_json",
            "bad_type",
            "bad_csv",
            "too_large",
            "not_text",
            "corrupt_input",
            "bad_header",
            "no_title",
            "not_html",
            "no_body",
            "not_a_response")) {
      assertTrue(reasons.containsKey(reason), reason + " in " + reasons);
    }

    List<Row> good =
        ParsedRows.articles(
                Ingest.read(TestSpark.session(), inputs(generated, false), ingest, false).parsed())
            .collectAsList();
    assertEquals(40 + 3000 + 40 + 41 + 10 + 12, good.size(), "the good records alone");
    List<Row> all =
        TestSpark.session().read().parquet(dir.resolve("out/articles").toString()).collectAsList();
    Map<String, Integer> fromAll = signatures(all);
    List<String> lostOrAltered = new ArrayList<>();
    signatures(good)
        .forEach(
            (signature, n) -> {
              if (fromAll.getOrDefault(signature, 0) < n) {
                lostOrAltered.add(signature);
              }
            });
    assertEquals(List.of(), lostOrAltered, "good records lost or altered among hostile ones");
  }
}
