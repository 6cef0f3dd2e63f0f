package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.dedup.Deduplication;
import org.newstrends.ingest.ParsedRows;
import org.newstrends.output.Manifest;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** The whole job over real sample files into a temporary output, read back with DuckDB. */
class NewstrendsJobTest {

  @TempDir Path dir;

  private JobConfig config(Path output, Path... inputs) {
    List<InputSpec> specs = new ArrayList<>();
    for (Path input : inputs) {
      specs.add(new InputSpec(input.toString(), "text-dump"));
    }
    return new JobConfig(specs, output.toString(), new IngestConfig(0, 8192));
  }

  private Path badFile() throws IOException {
    Path file = dir.resolve("in/bad.txt");
    Files.writeString(
        file, " date 2023-02-30 WORLD\nImpossible\nBody.\nSOURCE:X\n date 2023-03-01 X\nOnly\n");
    return file;
  }

  @Test
  void writesArticlesRejectsAndAReconciledManifest() throws Exception {
    Path seed = Fixtures.copy("/textdump/seed.txt", dir.resolve("in"));
    Path reuters = Fixtures.copy("/textdump/reuters-excerpt.txt", dir.resolve("in"));
    Path bad = badFile();
    Path out = dir.resolve("out");

    Manifest m = NewstrendsJob.run(TestSpark.session(), config(out, seed, reuters, bad), "run-1");

    assertEquals(47, m.recordsRead());
    assertEquals(45, m.articles());
    assertEquals(2, m.rejects());
    assertTrue(m.readTasks() > 3, "the reuters excerpt is read by several tasks");
    assertEquals(3, m.inputs().size());
    assertEquals(
        List.of(1L, 44L, 0L), m.inputs().stream().map(Manifest.InputCounts::articles).toList());
    assertEquals(2L, m.inputs().get(2).rejects());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"records_read\" : 47"), manifest);
    assertTrue(manifest.contains("\"config_hash\" : \"sha256:"), manifest);
    // Counted from the staged rejects, read back with their declared schema.
    assertTrue(
        manifest
            .replaceAll("\\s+", " ")
            .contains("\"rejects_by_reason\" : { \"impossible_date\" : 1, \"no_body\" : 1 }"),
        manifest);

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String articles = "read_parquet('" + out + "/articles/*.parquet')";
      assertEquals(45L, scalar(db, "SELECT count(*) FROM " + articles));
      assertEquals(45L, scalar(db, "SELECT count(DISTINCT article_id) FROM " + articles));
      assertEquals(
          Map.of(
              "published_date",
              "DATE",
              "published_at",
              "TIMESTAMP WITH TIME ZONE",
              "authors",
              "VARCHAR",
              "input_offset",
              "BIGINT",
              "word_count",
              "INTEGER"),
          types(
              db,
              articles,
              "published_date",
              "published_at",
              "authors",
              "input_offset",
              "word_count"));
      // Timestamps are INT64 microseconds, never INT96; dates are INT32 DATE.
      assertEquals(
          List.of("DATE|INT32", "TIMESTAMP_MICROS|INT64"),
          column(
              db,
              "SELECT DISTINCT CASE WHEN name = 'published_date' THEN 'DATE' ELSE 'TIMESTAMP_'"
                  + " || CASE WHEN logical_type LIKE '%MICROS%' THEN 'MICROS' ELSE logical_type"
                  + " END END || '|' || type FROM parquet_schema('"
                  + out
                  + "/articles/*.parquet') WHERE name IN ('published_date', 'published_at')"
                  + " ORDER BY 1"));
      assertEquals(
          List.of("1987", "2023"),
          column(db, "SELECT DISTINCT published_year::VARCHAR FROM " + articles + " ORDER BY 1"));
      assertEquals(
          List.of("2023-12-07|WORLD|AP Archive|TRTWorld and agencies|trt-world|1"),
          column(
              db,
              "SELECT published_date || '|' || section || '|' || photo_credit || '|' || source"
                  + " || '|' || outlet_id || '|' || (SELECT count(*) FROM read_parquet('"
                  + out
                  + "/article_parts/*.parquet') p WHERE p.article_id = a.article_id"
                  + " AND kind = 'related') FROM "
                  + articles
                  + " a WHERE published_year = 2023"));
      assertEquals(
          List.of("impossible_date", "no_body"),
          column(
              db,
              "SELECT reason FROM read_parquet('" + out + "/rejects/*.parquet') ORDER BY reason"));
    }
    try (Stream<Path> files = Files.walk(out)) {
      List<String> stray =
          files
              .filter(Files::isRegularFile)
              .map(p -> out.relativize(p).toString())
              .filter(
                  p ->
                      !p.endsWith(".parquet")
                          && !p.equals("manifest.json")
                          && !p.equals("report/index.html")
                          && !p.equals("_state/run-state.json")
                          && !p.matches("[a-z_]+/_SUCCESS"))
              .toList();
      assertEquals(
          List.of(),
          stray,
          "only parquet files, _SUCCESS at table roots, the manifest, the report, the run state");
    }
  }

  @Test
  void rerunReplacesAndFailedRunLeavesThePreviousOutput() throws Exception {
    Path seed = Fixtures.copy("/textdump/seed.txt", dir.resolve("in"));
    Path out = dir.resolve("out");
    NewstrendsJob.run(TestSpark.session(), config(out, seed), "first");
    String first = Files.readString(out.resolve("manifest.json"));

    Path reuters = Fixtures.copy("/textdump/reuters-excerpt.txt", dir.resolve("in"));
    Manifest second = NewstrendsJob.run(TestSpark.session(), config(out, seed, reuters), "second");
    assertEquals(45, second.articles());
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"run_id\" : \"second\""));

    Path missing = dir.resolve("in/does-not-exist.txt");
    assertThrows(
        RuntimeException.class,
        () -> NewstrendsJob.run(TestSpark.session(), config(out, seed, missing), "third"));
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"run_id\" : \"second\""));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(
          List.of("in", "out"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging directory is left behind");
    }
    assertFalse(first.isEmpty());
  }

  @Test
  void refusesAnOutputThatIsNotANewstrendsOutput() throws Exception {
    Path seed = Fixtures.copy("/textdump/seed.txt", dir.resolve("in"));
    Path out = dir.resolve("precious");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "years of work");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> NewstrendsJob.run(TestSpark.session(), config(out, seed), "x"));
    assertTrue(e.getMessage().contains("holds no newstrends manifest"), e.getMessage());
    assertEquals("years of work", Files.readString(out.resolve("thesis.docx")));
  }

  /**
   * An article written twice in one file (an outlet's feed repeating an item) is two articles with
   * ids of their own, grouped as one story, whether dedup decides in the driver or distributed: the
   * job numbers such copies once ({@code ParsedRows.copiesWithinFiles}, kept for dedup's reads),
   * and every read of the articles sees the same numbers, whether the copies are broadcast to the
   * articles or, when there are many, joined by a shuffle.
   */
  @Test
  void exactCopiesInOneFileKeepTheirOwnIdsAndFormOneGroup() throws Exception {
    Path file = dir.resolve("in/repeats.txt");
    Files.createDirectories(file.getParent());
    String repeated =
        " date 2023-03-01 WORLD\nFerry sinks off Tanzania coast\nA passenger ferry sank off the"
            + " coast of Tanzania on Wednesday, officials said.\nSOURCE:X\n";
    Files.writeString(
        file,
        repeated
            + " date 2023-03-02 WORLD\nMarkets steady\nShares were little changed on"
            + " Thursday.\nSOURCE:X\n"
            + repeated);
    List<List<String>> runs = new ArrayList<>();
    // driver dedup; distributed dedup; driver dedup with the copies joined by a shuffle
    for (String[] limits : new String[][] {{"250000", "1000"}, {"0", "1000"}, {"250000", "0"}}) {
      String name = limits[0] + "-" + limits[1];
      Path out = dir.resolve("out-" + name);
      var conf = TestSpark.session().conf();
      conf.set(Deduplication.DRIVER_ARTICLES_PROPERTY, limits[0]);
      conf.set(ParsedRows.BROADCAST_FILE_COPIES_PROPERTY, limits[1]);
      try {
        NewstrendsJob.run(TestSpark.session(), config(out, file), "run-" + name);
      } finally {
        conf.unset(Deduplication.DRIVER_ARTICLES_PROPERTY);
        conf.unset(ParsedRows.BROADCAST_FILE_COPIES_PROPERTY);
      }
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
        String articles = "read_parquet('" + out + "/articles/*.parquet')";
        assertEquals(3L, scalar(db, "SELECT count(DISTINCT article_id) FROM " + articles));
        assertEquals(
            List.of("1", "2"),
            column(
                db,
                "SELECT count(*)::VARCHAR FROM "
                    + articles
                    + " GROUP BY dup_group_id ORDER BY count(*)"));
        assertEquals(
            2L,
            scalar(db, "SELECT count(*) FROM " + articles + " WHERE is_canonical"),
            "one canonical article per group");
        runs.add(column(db, "SELECT article_id FROM " + articles + " ORDER BY article_id"));
      }
    }
    assertEquals(runs.get(0), runs.get(1), "the same ids in the driver and distributed plans");
    assertEquals(runs.get(0), runs.get(2), "the same ids with the copies broadcast or shuffled");
  }

  static long scalar(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> column(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  static Map<String, String> types(Connection db, String relation, String... columns)
      throws SQLException {
    Map<String, String> all = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
      while (rs.next()) {
        all.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String c : columns) {
      wanted.put(c, all.get(c));
    }
    return wanted;
  }
}
