package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.SampleRun;

/**
 * The notebooks' queries ({@code notebooks/sql/*.sql}) run with DuckDB JDBC against the default run
 * on the bundled sample and give the results the tables imply; then each notebook runs headless
 * (nbclient, {@code notebooks/execute.py}, in the {@code .venv} that jobs/test-deps.sh makes)
 * against the same output and must finish without an error.
 */
class NotebooksTest {

  private static final Path SQL = Path.of("notebooks", "sql");
  private static final Path PYTHON =
      Path.of(System.getenv().getOrDefault("NEWSTRENDS_PYTHON", ".venv/bin/python"));

  /** The sample's variables: entities and a month it has (it is mostly Reuters of 1987). */
  private static final Map<String, String> SAMPLE =
      Map.of(
          "entities", "['US', 'JP', 'GB']",
          "month", "DATE '1987-03-01'",
          "min_pairs", "3",
          "term", "'genocide'");

  private static Path out;

  @BeforeAll
  static void sampleRun() {
    out = SampleRun.output();
  }

  private Connection duckdb() throws Exception {
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute(Files.readString(SQL.resolve("views.sql")).replace("${out}", out.toString()));
      for (Map.Entry<String, String> v : SAMPLE.entrySet()) {
        s.execute("SET VARIABLE " + v.getKey() + " = " + v.getValue());
      }
    }
    return db;
  }

  private static List<Map<String, Object>> rows(Connection db, String sql) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<Map<String, Object>> query(Connection db, String name) throws Exception {
    return rows(db, Files.readString(SQL.resolve(name + ".sql")));
  }

  private static long scalar(Connection db, String sql) throws Exception {
    return ((Number) rows(db, sql).get(0).values().iterator().next()).longValue();
  }

  private static long num(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).longValue();
  }

  private static double real(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  @Test
  void everyQueryFileIsChecked() throws Exception {
    List<String> files;
    try (Stream<Path> list = Files.list(SQL)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql") && !n.equals("views.sql"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .toList();
    }
    assertEquals(
        List.of(
            "articles_per_week",
            "month_pairs",
            "network_edges",
            "outlet_comparison",
            "spike_sentences",
            "term_actors",
            "term_speakers",
            "top_spikes",
            "weekly_share"),
        files,
        "a new query file needs its check below");
  }

  @Test
  void articlesPerWeekAddUpToTheDatedArticles() throws Exception {
    try (Connection db = duckdb()) {
      List<Map<String, Object>> weeks = query(db, "articles_per_week");
      assertFalse(weeks.isEmpty());
      long sum = weeks.stream().mapToLong(r -> num(r, "articles")).sum();
      assertEquals(
          scalar(db, "SELECT count(*) FROM articles WHERE published_date IS NOT NULL"), sum);
      long canonical = weeks.stream().mapToLong(r -> num(r, "canonical_articles")).sum();
      assertEquals(
          scalar(
              db,
              "SELECT count(*) FROM articles WHERE published_date IS NOT NULL AND is_canonical"),
          canonical);
    }
  }

  @Test
  void weeklySharesAreCompleteSeriesWithSpikes() throws Exception {
    try (Connection db = duckdb()) {
      List<Map<String, Object>> rows = query(db, "weekly_share");
      long weeks =
          scalar(
              db,
              "SELECT count(*) FROM corpus_stats WHERE grain = 'week' AND outlet_id = 'ALL'"
                  + " AND articles > 0");
      assertEquals(3 * weeks, rows.size(), "one row per week for each of the three entities");
      for (Map<String, Object> r : rows) {
        assertEquals(
            (double) num(r, "articles") / num(r, "total_articles"), real(r, "share"), 1e-9, "" + r);
      }
      assertTrue(
          rows.stream().anyMatch(r -> (Boolean) r.get("is_spike")), "the sample has a spike");

      List<Map<String, Object>> spikes = query(db, "top_spikes");
      assertFalse(spikes.isEmpty());
      for (int i = 1; i < spikes.size(); i++) {
        assertTrue(real(spikes.get(i - 1), "spike_score") >= real(spikes.get(i), "spike_score"));
      }
      assertTrue(spikes.stream().allMatch(r -> real(r, "share") > real(r, "baseline_share")));

      List<Map<String, Object>> sentences = query(db, "spike_sentences");
      assertFalse(sentences.isEmpty(), "the sentences behind the spike");
      assertTrue(
          sentences.stream()
              .allMatch(r -> r.get("context") != null && r.get("article_id") != null));
    }
  }

  @Test
  void pairsAreOrderedAndBounded() throws Exception {
    try (Connection db = duckdb()) {
      List<Map<String, Object>> edges = query(db, "network_edges");
      assertFalse(edges.isEmpty());
      assertTrue(edges.size() <= 40);
      for (int i = 1; i < edges.size(); i++) {
        assertTrue(real(edges.get(i - 1), "g2") >= real(edges.get(i), "g2"));
      }
      List<Map<String, Object>> month = query(db, "month_pairs");
      assertFalse(month.isEmpty(), "March 1987 has sentence pairs");
      for (Map<String, Object> r : month) {
        assertTrue(num(r, "pair_count") >= 3);
        assertTrue(num(r, "pair_count") <= Math.min(num(r, "count_a"), num(r, "count_b")));
        assertTrue(real(r, "npmi") >= -1 && real(r, "npmi") <= 1);
      }
    }
  }

  @Test
  void termVoicesAccountForEveryMention() throws Exception {
    try (Connection db = duckdb()) {
      List<Map<String, Object>> speakers = query(db, "term_speakers");
      long mentions = scalar(db, "SELECT count(*) FROM mentions WHERE entity_id = 'genocide'");
      assertTrue(mentions > 0, "the sample says genocide");
      assertEquals(mentions, speakers.stream().mapToLong(r -> num(r, "mentions")).sum());
      List<Map<String, Object>> actors = query(db, "term_actors");
      assertFalse(actors.isEmpty());
      for (Map<String, Object> r : actors) {
        assertEquals(num(r, "mentions"), num(r, "outlet_voice") + num(r, "in_quotes"), "" + r);
      }
    }
  }

  @Test
  void outletsAreComparedOnTheirOwnDenominators() throws Exception {
    try (Connection db = duckdb()) {
      List<Map<String, Object>> rows = query(db, "outlet_comparison");
      assertFalse(rows.isEmpty());
      Map<String, Long> totals = new HashMap<>();
      for (Map<String, Object> r :
          rows(
              db,
              "SELECT coalesce(o.display_name, a.outlet_id) AS outlet, count(*) AS n"
                  + " FROM articles a LEFT JOIN outlets o USING (outlet_id)"
                  + " WHERE published_date >= DATE '1987-03-01'"
                  + " AND published_date < DATE '1987-04-01' GROUP BY 1")) {
        totals.put((String) r.get("outlet"), num(r, "n"));
      }
      for (Map<String, Object> r : rows) {
        assertEquals(totals.get((String) r.get("outlet")), num(r, "total_articles"), "" + r);
        assertEquals(
            (double) num(r, "articles") / num(r, "total_articles"), real(r, "share"), 1e-4);
      }
    }
  }

  @Test
  void everyNotebookRunsHeadlessOnTheSampleOutput() throws Exception {
    if (!Files.isExecutable(PYTHON)) {
      if (System.getenv("CI") != null) {
        fail(PYTHON + " is missing: jobs/test-deps.sh (which .ci/run calls) creates it");
      }
      Assumptions.abort("no " + PYTHON + ": run jobs/test-deps.sh to create it");
    }
    List<String> notebooks;
    try (Stream<Path> list = Files.list(Path.of("notebooks"))) {
      notebooks = list.map(Path::toString).filter(n -> n.endsWith(".ipynb")).sorted().toList();
    }
    assertEquals(2, notebooks.size(), "both notebooks");
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "notebooks/execute.py"));
    command.addAll(List.of("--out", out.toString()));
    command.addAll(notebooks);
    Path log = Files.createTempFile("notebooks", ".log");
    Process run =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!run.waitFor(10, TimeUnit.MINUTES)) {
      run.destroyForcibly();
      fail("the notebooks did not finish in 10 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), output);
    for (String notebook : notebooks) {
      assertTrue(
          output.contains("executed " + Path.of(notebook).getFileName()), notebook + "\n" + output);
    }
  }
}
