package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.output.Manifest;
import org.newstrends.output.Tables;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** End to end: a WARC file and a text dump in one run, deduplicated, counts reconciled. */
class WarcJobTest {

  @TempDir Path dir;

  @Test
  void warcAndTextDumpRunReconcilesAndGroupsTheExactCopy() {
    SparkSession spark = TestSpark.session();
    Path warc = Fixtures.copy("/warc/news-excerpt.warc.gz", dir.resolve("in"));
    Path dump = Fixtures.copy("/textdump/reuters-excerpt.txt", dir.resolve("in"));
    JobConfig config =
        new JobConfig(
            List.of(
                new InputSpec(warc.toString(), "warc"),
                new InputSpec(dump.toString(), "text-dump")),
            dir.resolve("out").toString(),
            IngestConfig.DEFAULT);
    Manifest m = NewstrendsJob.run(spark, config, "test-run");
    assertEquals(5 + 44, m.recordsRead());
    assertEquals(4 + 44, m.articles());
    assertEquals(1, m.rejects());

    Dataset<Row> articles =
        spark.read().parquet(dir.resolve("out").resolve(Tables.ARTICLES).toString());
    assertEquals(48, articles.count());
    // The excerpt's exact pair and one real near-copy (the BankAmerica story rerun under the
    // slug "ECONOMIC SPOTLIGHT") each form one group: 46 groups, one canonical article each.
    List<String> copies =
        articles
            .groupBy("dup_group_id")
            .agg(org.apache.spark.sql.functions.collect_list("title").as("t"))
            .filter("size(t) > 1")
            .selectExpr("cast(t as string)")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertEquals(46, articles.select("dup_group_id").distinct().count(), copies.toString());
    assertEquals(2, copies.size(), copies.toString());
    assertEquals(46, articles.filter("is_canonical").count());
    assertEquals(4, articles.filter("input_format = 'warc'").filter("title is not null").count());
  }
}
