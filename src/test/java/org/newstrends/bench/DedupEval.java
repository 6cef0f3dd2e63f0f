package org.newstrends.bench;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newstrends.config.DedupConfig;
import org.newstrends.dedup.Deduplication;
import org.newstrends.output.Tables;
import org.newstrends.testing.TestSpark;

/**
 * Measures {@link Deduplication} on the 2023 RSS corpus ({@code ../shared/data/jsonl}, title +
 * description), read with Spark's own JSON reader (this harness does not need the jsonl input
 * format). Not part of the default test run:
 *
 * <pre>
 * mvn -B -q test -Dtest=DedupEval -Dsurefire.excludedGroups= [-Dnewstrends.jsonl=DIR_OR_GLOB]
 * </pre>
 *
 * Writes group counts, the size distribution, the largest groups and a seeded sample of 20 groups
 * (for checking false merges by hand) to {@code target/dedup-eval.md}.
 */
@Tag("eval")
class DedupEval {

  @Test
  void measure() throws Exception {
    SparkSession spark = TestSpark.session();
    String input = System.getProperty("newstrends.jsonl", "../shared/data/jsonl/*.jsonl.gz");
    Dataset<Row> raw = spark.read().json(input);
    Column body = regexp_replace(col("description"), "<[^>]+>", " ");
    List<Column> columns = new ArrayList<>();
    for (StructField f : Tables.ARTICLES_SCHEMA.fields()) {
      String n = f.name();
      columns.add(
          switch (n) {
            case "article_id", "dup_group_id" ->
                substring(
                        sha2(
                            concat_ws(
                                "\u0000",
                                input_file_name(),
                                monotonically_increasing_id().cast("string")),
                            256),
                        1,
                        16)
                    .as(n);
            case "is_canonical" -> lit(true).as(n);
            case "published_date" -> to_date(substring(col("date_published"), 1, 10)).as(n);
            case "title" -> col("title").as(n);
            case "body" -> when(body.isNull(), lit("")).otherwise(body).as(n);
            case "source" -> col("source").as(n);
            case "url" -> col("link").as(n);
            case "input_file" -> input_file_name().as(n);
            case "input_offset" -> lit(0L).as(n);
            case "input_format" -> lit("jsonl").as(n);
            case "word_count" -> lit(0).as(n);
            default ->
                f.dataType() instanceof ArrayType
                    ? array().cast(f.dataType()).as(n)
                    : lit(null).cast(f.dataType()).as(n);
          });
    }
    Dataset<Row> articles =
        raw.select(columns.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
    report(articles, Path.of("target/dedup-eval.md"));
  }

  /**
   * The same measurement on the Reuters-21578 text dump (19,043 records, 165 exact copies), read
   * with the project's text-dump reader: {@code -Dtest=DedupEval#reutersTextDump}.
   */
  @Test
  void reutersTextDump() throws Exception {
    String input =
        System.getProperty("newstrends.textDump", "../shared/data/text-dump/reuters21578.txt");
    Dataset<Row> parsed =
        new org.newstrends.ingest.TextDumpReader()
            .read(
                TestSpark.session(),
                new org.newstrends.config.InputSpec(input, "text-dump"),
                org.newstrends.config.IngestConfig.DEFAULT);
    Dataset<Row> articles =
        org.newstrends.ingest.ParsedRows.articles(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    long exactCopies =
        articles
            .groupBy("title", "body")
            .count()
            .filter(col("count").gt(1))
            .agg(org.apache.spark.sql.functions.sum(col("count").minus(1)))
            .first()
            .getLong(0);
    System.out.println("exact copies (same title and body) beyond the first: " + exactCopies);
    report(articles, Path.of("target/dedup-eval-reuters.md"));
  }

  private static void report(Dataset<Row> articles, Path target) throws Exception {
    long total = articles.count();
    long t0 = System.nanoTime();
    Dataset<Row> out =
        Deduplication.apply(articles, DedupConfig.DEFAULT).persist(StorageLevel.MEMORY_AND_DISK());
    long n = out.count();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Dataset<Row> groups =
        out.groupBy("dup_group_id")
            .agg(
                count(lit(1)).as("size"),
                collect_list(
                        struct(
                            col("published_date").cast("string"),
                            col("source"),
                            col("title"),
                            substring(col("body"), 1, 160)))
                    .as("members"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> multi = groups.filter(col("size").gt(1));
    long groupCount = groups.count();
    long multiCount = multi.count();
    long inMulti = multi.agg(org.apache.spark.sql.functions.sum("size")).first().getLong(0);
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "articles: %d; groups: %d; groups with copies: %d holding %d articles (%d would be counted"
                + " once: %.2f%% of all); dedup time %d ms on local[2]%n%n",
            total,
            groupCount,
            multiCount,
            inMulti,
            inMulti - multiCount,
            100.0 * (inMulti - multiCount) / total,
            millis));
    md.append("| group size | groups |\n|---|---|\n");
    for (Row r :
        multi
            .select(
                when(col("size").leq(4), col("size").cast("string"))
                    .when(col("size").leq(10), lit("5-10"))
                    .when(col("size").leq(100), lit("11-100"))
                    .otherwise(lit(">100"))
                    .as("bin"))
            .groupBy("bin")
            .count()
            .orderBy("bin")
            .collectAsList()) {
      md.append("| ").append(r.getString(0)).append(" | ").append(r.getLong(1)).append(" |\n");
    }
    md.append("\n## Largest groups\n");
    for (Row r : multi.orderBy(col("size").desc(), col("dup_group_id")).limit(10).collectAsList()) {
      appendGroup(md, r, 3);
    }
    md.append("\n## Seeded sample of 20 groups with copies\n");
    for (Row r : multi.orderBy(sha2(col("dup_group_id"), 256)).limit(20).collectAsList()) {
      appendGroup(md, r, 6);
    }
    System.out.println(md);
    Files.createDirectories(target.getParent());
    Files.writeString(target, md);
    assertEquals(total, n, "dedup keeps every article");
    assertTrue(multiCount > 0);
  }

  private static void appendGroup(StringBuilder md, Row r, int maxMembers) {
    md.append("\n- group ")
        .append(r.getString(0))
        .append(" (")
        .append(r.getLong(1))
        .append(" articles)\n");
    List<Row> members = r.getList(2);
    for (int i = 0; i < Math.min(maxMembers, members.size()); i++) {
      Row m = members.get(i);
      md.append("  - ")
          .append(m.get(0))
          .append(" ")
          .append(m.get(1))
          .append(" | ")
          .append(m.get(2))
          .append(" | ")
          .append(m.get(3))
          .append('\n');
    }
  }
}
