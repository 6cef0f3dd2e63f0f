package org.newstrends.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.NewstrendsJob;
import org.newstrends.config.AnnotateConfig;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Manifest;
import org.newstrends.output.Tables;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/**
 * Issue 10, nightly increments: an {@code --incremental} run that adds, changes or deletes an input
 * ends with every published table equal, row by row, to a full run over the current inputs, and
 * reads only what it has not seen.
 *
 * <p>Inputs: three of the 80 records of {@code textdump/reuters-us-excerpt.txt} (spread over March,
 * April and June) in C, the others dealt alternately into A and B (its first record, Reuters record
 * 29, lands in A); record 29 of {@code textdump/reuters-excerpt.txt} again in B and a copy of it
 * dated six days earlier in C: adding C makes the new copy the canonical one of a wire-copy group
 * whose old members were canonical. A small C leaves most periods unaffected, so most measure rows
 * come from the previous output.
 */
class IncrementalRunTest {

  @TempDir Path dir;

  /** Tables that must hold rows here, so that their comparison proves something. */
  private static final List<String> NON_EMPTY =
      List.of(
          Tables.ARTICLES,
          Tables.REJECTS,
          Tables.MENTIONS,
          Tables.ENTITY_TRENDS,
          Tables.COOCCURRENCE,
          Tables.TERM_ACTOR,
          Tables.CORPUS_STATS);

  @Test
  void addingChangingAndDeletingInputsEndsLikeAFullRun() throws Exception {
    SparkSession spark = TestSpark.session();
    List<String> us = records(Fixtures.text("/textdump/reuters-us-excerpt.txt"));
    List<String> reuters = records(Fixtures.text("/textdump/reuters-excerpt.txt"));
    assertEquals(80, us.size());
    String original = reuters.get(29);
    String copy = original.replaceFirst("^ date 1987-02-26", " date 1987-02-20");
    Path in = Files.createDirectories(dir.resolve("in"));
    // C is a small night: three records spread over the months, and the earlier copy.
    List<String> night = List.of(us.get(10), us.get(40), us.get(70));
    List<String> rest = new ArrayList<>(us);
    rest.removeAll(night);
    Path a = write(in.resolve("a.txt"), dealt(rest, 0, 2), "");
    Path b = write(in.resolve("b.txt"), dealt(rest, 1, 2), original);
    Path c = in.resolve("c.txt");
    Path out = dir.resolve("out");

    // The first --incremental run finds no state: it reads everything and says why.
    Manifest first = NewstrendsJob.run(spark, config(out, a, b), "r1", true);
    assertEquals("full", first.incremental().get("mode"));
    assertTrue(first.incremental().get("reason").toString().contains("no run state"));
    assertTrue(Files.isRegularFile(out.resolve(RunState.FILE)));
    long abRecords = first.recordsRead();

    // Add C.
    write(c, night, copy);
    Manifest added = NewstrendsJob.run(spark, config(out, a, b, c), "r2", true);
    assertEquals("incremental", added.incremental().get("mode"));
    assertEquals(1, added.incremental().get("new_inputs"));
    assertEquals(2, added.incremental().get("unchanged_inputs"));
    assertEquals(0, added.incremental().get("reread_unchanged_inputs"));
    assertEquals(1, added.incremental().get("files_parsed"));
    assertEquals(night.size() + 1L, added.incremental().get("records_parsed"));
    assertEquals(abRecords + night.size() + 1, added.recordsRead());
    assertEquals(
        List.of("1987-02-20 true", "1987-02-26 false", "1987-02-26 false"),
        copies(spark, out),
        "the new copy in C took the canonical role from the old ones in A and B");
    assertSameAsFullRun(spark, out, added, "full-abc", a, b, c);

    // Change B (one record dropped, another rewritten) and delete A, in one run.
    List<String> changed = new ArrayList<>(dealt(rest, 1, 2));
    changed.remove(3);
    changed.set(0, changed.get(0).replace("U.S.", "U.S. and Japan"));
    write(b, changed, original);
    Files.delete(a);
    Manifest edited = NewstrendsJob.run(spark, config(out, b, c), "r3", true);
    assertEquals(0, edited.incremental().get("new_inputs"));
    assertEquals(1, edited.incremental().get("changed_inputs"));
    assertEquals(1, edited.incremental().get("deleted_inputs"));
    assertEquals(1, edited.incremental().get("unchanged_inputs"));
    assertTrue(edited.incremental().get("deleted").toString().endsWith("/a.txt]"));
    assertEquals(changed.size() + 1L, edited.incremental().get("records_parsed"));
    assertSameAsFullRun(spark, out, edited, "full-b2c", b, c);

    // A quiet night: one new story (Reuters record 0, the Bahia cocoa review of 1987-02-26, in no
    // other input) touches one day, one week and one month; every other period is kept.
    Path d = write(in.resolve("d.txt"), List.of(reuters.get(0)), "");
    Manifest quiet = NewstrendsJob.run(spark, config(out, b, c, d), "r4", true);
    assertEquals(1, quiet.incremental().get("new_inputs"));
    Map<String, Object> periods = measurePeriods(quiet);
    System.out.println("IncrementalRunTest quiet night, periods per table: " + periods);
    assertEquals(
        List.of(Tables.ENTITY_TRENDS, Tables.COOCCURRENCE, Tables.TERM_ACTOR, Tables.CORPUS_STATS),
        List.copyOf(periods.keySet()));
    for (String table : List.of(Tables.ENTITY_TRENDS, Tables.CORPUS_STATS)) {
      for (String grain : List.of("day", "week", "month")) {
        Map<String, Object> n = grain(periods, table, grain);
        assertEquals(1L, ((Number) n.get("recomputed")).longValue(), table + " " + grain);
        assertTrue(((Number) n.get("kept")).longValue() > 0, table + " " + grain + " kept");
      }
    }
    // Weeks: one of more than ten rolled up again, in every table that has the week.
    long weeks = ((Number) grain(periods, Tables.CORPUS_STATS, "week").get("kept")).longValue() + 1;
    assertTrue(weeks > 10, weeks + " weeks");
    for (String table : periods.keySet()) {
      Map<String, Object> w = grain(periods, table, "week");
      assertTrue(((Number) w.get("recomputed")).longValue() <= 1, table + " weeks " + w);
    }
    // The reference: a full run over the same inputs into the same output, whose run state it
    // must ignore. It publishes what the quiet night's increment published, and it rolls up every
    // period and keeps none.
    Path quietOut = copy(out, dir.resolve("quiet-night"));
    Manifest full = NewstrendsJob.run(spark, config(out, b, c, d), "r5");
    assertSameTables(spark, quietOut, quiet, out, full, NON_EMPTY);
    Map<String, Object> all = measurePeriods(full);
    assertEquals(0L, ((Number) grain(all, Tables.CORPUS_STATS, "week").get("kept")).longValue());
    assertEquals(
        weeks, ((Number) grain(all, Tables.CORPUS_STATS, "week").get("recomputed")).longValue());
  }

  /**
   * Undated articles are one more period of {@code corpus_stats} (its all-time rows count them): a
   * night that adds only an undated article rolls up no dated period again. Inputs: the 30 records
   * of {@code jsonl/rss-2023-01-excerpt.jsonl} (dated) and two undated BBC files of {@code files/}
   * (business/001.txt, then business/002.txt added).
   */
  @Test
  void anUndatedArticleRollsUpNoDatedPeriod() throws Exception {
    SparkSession spark = TestSpark.session();
    Path jsonl = Fixtures.copy("/jsonl/rss-2023-01-excerpt.jsonl", dir.resolve("jsonl"));
    Path bbc = Files.createDirectories(dir.resolve("bbc/business"));
    Files.writeString(bbc.resolve("001.txt"), Fixtures.text("/files/business/001.txt"));
    Path out = dir.resolve("undated-out");
    NewstrendsJob.run(spark, undatedConfig(out, jsonl, bbc), "u1", true);
    Files.writeString(bbc.resolve("002.txt"), Fixtures.text("/files/business/002.txt"));
    Manifest night = NewstrendsJob.run(spark, undatedConfig(out, jsonl, bbc), "u2", true);
    assertEquals(1, night.incremental().get("new_inputs"));
    Map<String, Object> periods = measurePeriods(night);
    System.out.println("IncrementalRunTest undated night, periods per table: " + periods);
    for (String grain : List.of("day", "week", "month")) {
      Map<String, Object> n = grain(periods, Tables.CORPUS_STATS, grain);
      assertEquals(0L, ((Number) n.get("recomputed")).longValue(), grain);
      assertTrue(((Number) n.get("kept")).longValue() > 0, grain);
    }
    assertEquals(
        1L,
        ((Number) grain(periods, Tables.CORPUS_STATS, "undated").get("recomputed")).longValue());
    assertSameAsFullRun(
        spark,
        out,
        night,
        undatedConfig(dir.resolve("undated-full"), jsonl, bbc),
        List.of(Tables.ARTICLES, Tables.CORPUS_STATS));
    Row all =
        spark
            .read()
            .parquet(out.resolve(Tables.CORPUS_STATS).toString())
            .filter("grain = 'all' AND outlet_id = 'ALL'")
            .selectExpr("articles", "undated_articles")
            .first();
    assertEquals(List.of(32L, 2L), List.of(all.getLong(0), all.getLong(1)));
  }

  /**
   * An incremental run builds on the parts of the previous output as its run wrote them. A part
   * damaged since (a file missing, an extra copy of a file, a truncated file) once made the run
   * lose or double rows without a word: the kept annotations gone from {@code _state/annotated}
   * were dropped from the next state, a copied rolled-up file was summed twice into {@code
   * corpus_stats}. The run state records every file of those parts with its bytes, and a run that
   * finds them otherwise rebuilds in full and says why.
   */
  @Test
  void aDamagedOutputIsRebuiltInFullNotBuiltOn() throws Exception {
    SparkSession spark = TestSpark.session();
    List<String> us = records(Fixtures.text("/textdump/reuters-us-excerpt.txt"));
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = write(in.resolve("a.txt"), us.subList(0, 40), "");
    Path b = write(in.resolve("b.txt"), us.subList(40, 70), "");
    Path out = dir.resolve("out");
    NewstrendsJob.run(spark, config(out, a, b), "d1", true);
    Path c = write(in.resolve("c.txt"), us.subList(70, 80), "");
    Map<String, java.util.function.Consumer<Path>> damages = new java.util.LinkedHashMap<>();
    damages.put(
        IncrementalMeasures.part("corpus_stats"),
        o -> {
          Path f = parquetFile(o.resolve(IncrementalMeasures.part("corpus_stats")));
          copyFile(f, f.resolveSibling("part-99999-copy.snappy.parquet"));
        });
    damages.put(
        IncrementalPlan.ANNOTATED, o -> delete(parquetFile(o.resolve(IncrementalPlan.ANNOTATED))));
    damages.put(
        Tables.MENTIONS,
        o -> {
          Path f = parquetFile(o.resolve(Tables.MENTIONS));
          truncate(f, size(f) / 2);
        });
    Manifest reference = null;
    Path full = dir.resolve("full-damaged");
    for (Map.Entry<String, java.util.function.Consumer<Path>> d : damages.entrySet()) {
      Path damaged = copy(out, dir.resolve("damaged-" + d.getKey().replace('/', '-')));
      d.getValue().accept(damaged);
      Manifest m = NewstrendsJob.run(spark, config(damaged, a, b, c), "d2", true);
      assertEquals("full", m.incremental().get("mode"), d.getKey() + ": " + m.incremental());
      String reason = m.incremental().get("reason").toString();
      assertTrue(
          reason.contains("not as its run wrote it") && reason.contains(d.getKey()),
          d.getKey() + ": " + reason);
      if (reference == null) {
        reference = NewstrendsJob.run(spark, config(full, a, b, c), "full-damaged", false);
      }
      assertSameTables(spark, damaged, m, full, reference, NON_EMPTY);
    }
    // The undamaged output is built on.
    Manifest night = NewstrendsJob.run(spark, config(out, a, b, c), "d3", true);
    assertEquals("incremental", night.incremental().get("mode"));
    assertSameTables(spark, out, night, full, reference, NON_EMPTY);
  }

  private static Path parquetFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().get();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copyFile(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void truncate(Path file, long bytes) {
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JobConfig undatedConfig(Path out, Path jsonl, Path bbc) {
    JobConfig text = config(out, jsonl);
    return new JobConfig(
            List.of(
                new InputSpec(jsonl.toString(), "jsonl", "rss-2023", null, null),
                new InputSpec(bbc.getParent().toString(), "files")),
            out.toString(),
            IngestConfig.DEFAULT)
        .withAnnotate(text.annotate())
        .withMeasure(text.measure());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> measurePeriods(Manifest m) {
    return (Map<String, Object>) m.incremental().get("measure_periods");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> grain(
      Map<String, Object> periods, String table, String grain) {
    return (Map<String, Object>) ((Map<String, Object>) periods.get(table)).get(grain);
  }

  /** Every published table of {@code out} equals that of a full run over {@code inputs}. */
  private void assertSameAsFullRun(
      SparkSession spark, Path out, Manifest incremental, String name, Path... inputs) {
    assertSameAsFullRun(spark, out, incremental, config(dir.resolve(name), inputs), NON_EMPTY);
  }

  /** Every published table of {@code out} equals that of a full run with {@code fullConfig}. */
  private void assertSameAsFullRun(
      SparkSession spark,
      Path out,
      Manifest incremental,
      JobConfig fullConfig,
      List<String> nonEmpty) {
    Path full = Path.of(fullConfig.output());
    String name = full.getFileName().toString();
    Manifest reference = NewstrendsJob.run(spark, fullConfig, name, false);
    assertSameTables(spark, out, incremental, full, reference, nonEmpty);
  }

  /**
   * The run that wrote {@code out} read and published what the run that wrote {@code full} did: the
   * manifests' counts, and every published table row by row as multisets (the tables are small:
   * both sides are collected and compared sorted).
   */
  private static void assertSameTables(
      SparkSession spark,
      Path out,
      Manifest incremental,
      Path full,
      Manifest reference,
      List<String> nonEmpty) {
    assertEquals(reference.recordsRead(), incremental.recordsRead());
    assertEquals(reference.articles(), incremental.articles());
    assertEquals(reference.rejects(), incremental.rejects());
    assertEquals(reference.inputs(), incremental.inputs());
    assertEquals(reference.counts(), incremental.counts());
    assertEquals(reference.details().duplicates(), incremental.details().duplicates());
    for (String table : Tables.PUBLISHED) {
      List<String> want = sortedRows(spark, full.resolve(table));
      List<String> got = sortedRows(spark, out.resolve(table));
      assertEquals(want, got, table + ": the incremental run's rows differ from the full run's");
      if (nonEmpty.contains(table) && !table.equals(Tables.REJECTS)) {
        assertTrue(want.size() > 0, table + " is empty: the comparison proves nothing");
      }
    }
  }

  /** A copy of the directory tree {@code from} at {@code to}. */
  private static Path copy(Path from, Path to) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
    return to;
  }

  /**
   * A table's rows as strings, sorted: equal lists mean equal multisets of rows. No published
   * column is binary, so a row's string shows every value ({@code Double.toString} is exact).
   */
  private static List<String> sortedRows(SparkSession spark, Path table) {
    Dataset<Row> rows = spark.read().parquet(table.toString());
    for (StructField f : rows.schema().fields()) {
      assertTrue(
          !(f.dataType() instanceof BinaryType),
          table + "." + f.name() + " is binary: its string would not show its value");
    }
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** The copies of the wire story in B and C: date and canonical flag. */
  private static List<String> copies(SparkSession spark, Path out) {
    return spark
        .read()
        .parquet(out.resolve(Tables.ARTICLES).toString())
        .filter("title = 'SENATORS INTRODUCE EXPORT LICENSING REFORM BILL'")
        .selectExpr("concat(cast(published_date as string), ' ', cast(is_canonical as string))")
        .as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  /** Economic terms of the Reuters records, so that term_actor has rows. */
  private static final String TERMS =
      """
      version: 2026.11.29
      source: "IncrementalRunTest"
      entities:
        - id: exports
          type: term
          name: exports
          aliases:
            - {text: exports, kind: name, case: any}
          labels: [economy]
        - id: interest-rates
          type: term
          name: interest rates
          aliases:
            - {text: interest rates, kind: name, case: any}
          labels: [economy]
      """;

  private JobConfig config(Path out, Path... inputs) {
    List<InputSpec> specs =
        Stream.of(inputs).map(p -> new InputSpec(p.toString(), "text-dump")).toList();
    Path terms = dir.resolve("terms.yaml");
    try {
      if (!Files.exists(terms)) {
        Files.writeString(terms, TERMS);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> gazetteers =
        Stream.concat(
                Stream.of("test-entities.yaml", "test-roles.yaml")
                    .map(
                        f ->
                            Path.of("src/test/resources/gazetteers", f)
                                .toAbsolutePath()
                                .toString()),
                Stream.of(terms.toString()))
            .toList();
    return new JobConfig(specs, out.toString(), IngestConfig.DEFAULT)
        .withAnnotate(new AnnotateConfig(true, gazetteers, 40, null))
        .withMeasure(new MeasureConfig(null, null, 2, 1.0, 1, null, null, 1, null, null));
  }

  private static List<String> records(String text) {
    List<String> records = new ArrayList<>();
    for (String r : text.split("(?m)(?=^ date )")) {
      if (r.startsWith(" date ")) {
        records.add(r.endsWith("\n") ? r : r + "\n");
      }
    }
    return records;
  }

  private static List<String> dealt(List<String> records, int which, int of) {
    List<String> mine = new ArrayList<>();
    for (int i = which; i < records.size(); i += of) {
      mine.add(records.get(i));
    }
    return mine;
  }

  private static Path write(Path file, List<String> records, String extra) throws Exception {
    return Files.writeString(file, String.join("", records) + extra);
  }
}
