package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.EncodingStats;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.NewstrendsJob;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.testing.TestSpark;

/**
 * The BI contract (docs/outputs.md) on one run of the bundled sample plus an October 2023 RSS
 * excerpt ({@code src/test/resources/bi}): every published table read with DuckDB (JDBC) and,
 * through {@code src/test/python/read_tables.py}, with pyarrow, pandas, Polars and fastparquet
 * gives the same values; every table is flat; the manifest lists every file; the traps of issue 11
 * are gone; and the analyst queries of docs/outputs.md run.
 */
class BiContractTest {

  @TempDir static Path dir;
  private static Path out;
  private static JsonNode manifest;

  /**
   * Runs the job once for all tests. {@code -Dbi.reuse=DIR} (a development aid) keeps the output in
   * DIR and reuses it when it holds a manifest.
   */
  @BeforeAll
  static void run() throws IOException {
    String reuse = System.getProperty("bi.reuse");
    if (reuse != null && Files.exists(Path.of(reuse, "manifest.json"))) {
      out = Path.of(reuse);
      manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
      return;
    }
    Path rss = dir.resolve("rss/rss-2023-10-israel-hamas.jsonl");
    Files.createDirectories(rss.getParent());
    try (var in = BiContractTest.class.getResourceAsStream("/bi/rss-2023-10-israel-hamas.jsonl")) {
      Files.copy(in, rss);
    }
    JobConfig shipped = ConfigLoader.load(Path.of("conf/newstrends.yaml"));
    List<InputSpec> inputs = new ArrayList<>(shipped.inputs());
    inputs.add(new InputSpec(rss.toString(), "jsonl", "rss-2023", null, null));
    out = reuse != null ? Path.of(reuse) : dir.resolve("out");
    NewstrendsJob.run(
        TestSpark.session(), shipped.withInputs(inputs).withOutput(out.toString()), "bi-contract");
    manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  private static List<String> tables() {
    List<String> names = new ArrayList<>();
    manifest.get("tables").fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---- 1. Readers agree -------------------------------------------------------------------

  @Test
  void everyReaderReadsTheSameValuesInEveryTable() throws Exception {
    Path python = python();
    Process p =
        new ProcessBuilder(python.toString(), "src/test/python/read_tables.py", out.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] stdout = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "read_tables.py finished");
    assertEquals(0, p.exitValue(), "read_tables.py failed: " + new String(stdout));
    JsonNode py = new ObjectMapper().readTree(stdout);
    assertEquals(Tables.PUBLISHED, tables(), "every published table is in the manifest");
    for (String table : tables()) {
      JsonNode t = py.get("tables").get(table);
      assertTrue(t != null, "python read " + table);
      Map<String, String> kinds = new LinkedHashMap<>();
      t.get("kinds").fields().forEachRemaining(e -> kinds.put(e.getKey(), e.getValue().asText()));
      for (String k : kinds.values()) {
        assertFalse(k.startsWith("other"), table + ": a column of a non-flat type: " + kinds);
      }
      JsonNode duck = duckDigest(table, kinds);
      assertEquals(
          manifest.get("tables").get(table).get("rows").asLong(),
          duck.get("rows").asLong(),
          table + ": DuckDB rows = manifest rows");
      Iterator<Map.Entry<String, JsonNode>> readers = t.get("readers").fields();
      while (readers.hasNext()) {
        Map.Entry<String, JsonNode> r = readers.next();
        assertEquals(
            duck.get("rows").asLong(),
            r.getValue().get("rows").asLong(),
            table + " rows, " + r.getKey());
        for (String column : kinds.keySet()) {
          assertEquals(
              duck.get("columns").get(column).asText(),
              r.getValue().get("columns").get(column).asText(),
              table + "." + column + ": " + r.getKey() + " reads other values than DuckDB");
        }
        assertEquals(
            duck.get("row_hash").asText(),
            r.getValue().get("row_hash").asText(),
            table + ": " + r.getKey() + " reads other rows than DuckDB");
      }
    }
    JsonNode m = py.get("manifest");
    assertTrue(m.get("files").asInt() >= tables().size(), "pandas reads the files records");
    assertEquals("[\"bytes\",\"path\",\"rows\",\"table\"]", m.get("file_columns").toString());
  }

  /**
   * The layout fastparquet misreads (a column chunk whose dictionary overflows, so its first pages
   * are dictionary-encoded and the rest plain) never occurs: no published column chunk mixes
   * dictionary and plain data pages. The same text written with parquet-mr's defaults does.
   */
  @Test
  void noColumnChunkFallsBackFromDictionaryToPlain() throws Exception {
    Configuration conf = new Configuration();
    int chunks = 0;
    for (JsonNode f : manifest.get("files")) {
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(out.resolve(f.get("path").asText()).toUri());
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
        for (BlockMetaData block : r.getFooter().getBlocks()) {
          for (ColumnChunkMetaData c : block.getColumns()) {
            chunks++;
            EncodingStats stats = c.getEncodingStats();
            assertTrue(stats != null, "encoding stats in " + file);
            assertFalse(
                stats.hasDictionaryEncodedPages() && stats.hasNonDictionaryEncodedPages(),
                file + " " + c.getPath() + " falls back from dictionary to plain");
          }
        }
      }
    }
    assertTrue(chunks > 100, "column chunks checked: " + chunks);

    // The reproduction, the shape of mentions.article_id: a first page (20,000 rows) of few
    // values that a dictionary encodes well, then 3,000 distinct 1 kB strings that overflow
    // parquet-mr's 1 MB dictionary page, so the chunk goes on in plain encoding.
    List<Row> rows = new ArrayList<>();
    java.util.Random random = new java.util.Random(1);
    List<String> few = new ArrayList<>();
    for (int i = 0; i < 3050; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < 1000; k++) {
        s.append((char) ('a' + random.nextInt(26)));
      }
      few.add(s.toString());
    }
    for (int i = 0; i < 25_000; i++) {
      rows.add(RowFactory.create(few.get(i % 50)));
    }
    for (int i = 50; i < few.size(); i++) {
      rows.add(RowFactory.create(few.get(i)));
    }
    Dataset<Row> text =
        TestSpark.session()
            .createDataFrame(rows, new StructType().add("body", DataTypes.StringType))
            .coalesce(1);
    Path defaults = dir.resolve("repro-defaults");
    Path contract = dir.resolve("repro-contract");
    text.write().parquet(defaults.toString());
    ParquetTableWriter.writer(text).parquet(contract.toString());
    assertEquals(List.of(true), fallbacks(defaults), "parquet-mr defaults fall back");
    assertEquals(List.of(false), fallbacks(contract), "the contract's settings do not");
  }

  private static List<Boolean> fallbacks(Path folder) throws IOException {
    List<Boolean> out = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        try (ParquetFileReader r =
            ParquetFileReader.open(
                HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(p.toUri()), new Configuration()))) {
          for (BlockMetaData b : r.getFooter().getBlocks()) {
            EncodingStats s = b.getColumns().get(0).getEncodingStats();
            out.add(s.hasDictionaryEncodedPages() && s.hasNonDictionaryEncodedPages());
          }
        }
      }
    }
    return out;
  }

  // ---- 2. Flat tables, every column inside the files ----------------------------------------

  @Test
  void everyTableIsFlatWithItsGrainInsideTheFiles() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : tables()) {
        for (String type :
            column(db, "SELECT column_type FROM (DESCRIBE SELECT * FROM " + scan(table) + ")")) {
          assertFalse(
              type.contains("[]") || type.startsWith("STRUCT") || type.startsWith("MAP"),
              table + " has a nested column: " + type);
        }
      }
      for (JsonNode f : manifest.get("files")) {
        assertFalse(f.get("path").asText().contains("="), "no partition folders: " + f);
      }
      // One file of entity_trends, read alone, tells its grains apart.
      String oneFile =
          out.resolve(manifest.at("/tables/entity_trends/files/0/path").asText()).toString();
      assertEquals(
          List.of("day", "month", "week"),
          column(db, "SELECT DISTINCT grain FROM read_parquet('" + oneFile + "') ORDER BY 1"));
      String co = out.resolve(manifest.at("/tables/cooccurrence/files/0/path").asText()).toString();
      assertEquals(
          List.of("article", "paragraph", "sentence"),
          column(db, "SELECT DISTINCT level FROM read_parquet('" + co + "') ORDER BY 1"));
      // The lists of an article are rows of article_parts, in order; authors also as one string.
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + scan("articles")
                  + " a WHERE body <> coalesce((SELECT string_agg(text, chr(10) || chr(10)"
                  + " ORDER BY idx) FROM "
                  + scan("article_parts")
                  + " p WHERE p.article_id = a.article_id AND kind = 'paragraph'), '')"));
      assertEquals(
          List.of("paragraph", "related", "subheading"),
          column(db, "SELECT DISTINCT kind FROM " + scan("article_parts") + " ORDER BY 1"));
    }
  }

  // ---- 3. Dimensions ---------------------------------------------------------------------------

  @Test
  void entitiesAndOutletsNameEveryIdTheFactsCarry() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      // Every resolved mention's entity is in entities.
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + scan("mentions")
                  + " m ANTI JOIN "
                  + scan("entities")
                  + " e USING (entity_id) WHERE ambiguous_candidates IS NULL"));
      // A mention left ambiguous carries ambiguous:<surface> (docs/annotate.md), never an entity's
      // id, and each of its candidates is in entities. The corpus has such mentions (a bare
      // "settlement" with no Israeli or Palestinian context), so these checks read real rows.
      assertNotEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + scan("mentions")
                  + " WHERE ambiguous_candidates IS NOT NULL"),
          "the corpus has mentions left ambiguous");
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + scan("mentions")
                  + " WHERE ambiguous_candidates IS NOT NULL"
                  + " AND entity_id <> 'ambiguous:' || lower(surface)"));
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM (SELECT unnest(string_split(ambiguous_candidates, '|'))"
                  + " AS entity_id FROM "
                  + scan("mentions")
                  + " WHERE ambiguous_candidates IS NOT NULL) c ANTI JOIN "
                  + scan("entities")
                  + " e USING (entity_id)"));
      for (String t : List.of("articles", "mentions", "entity_trends", "corpus_stats")) {
        assertEquals(
            List.of("0"),
            column(
                db,
                "SELECT count(*) FROM "
                    + scan(t)
                    + " x WHERE outlet_id <> 'ALL' AND outlet_id NOT IN (SELECT outlet_id FROM "
                    + scan("outlets")
                    + ")"),
            t + ": every outlet_id is in outlets");
      }
      // One outlet per publisher, whatever label or host the feed used.
      assertEquals(
          List.of("guardian|14", "nytimes|3", "trt-world|1"),
          column(
              db,
              "SELECT outlet_id || '|' || count(*) AS x FROM "
                  + scan("articles")
                  + " WHERE outlet_id IN ('guardian', 'nytimes', 'trt-world')"
                  + " GROUP BY outlet_id ORDER BY x"));
      assertEquals(
          List.of("The Guardian; The Guardian - International; The Guardian - World"),
          column(
              db,
              "SELECT source_labels FROM " + scan("outlets") + " WHERE outlet_id = 'guardian'"));
      // The NBC feed labelled CNBC is NBC News (the feed decides); feed URLs are kept.
      assertEquals(
          List.of("nbc-news|https://www.nbcnews.com/feed"),
          column(
              db,
              "SELECT DISTINCT outlet_id || '|' || feed_url FROM "
                  + scan("articles")
                  + " WHERE source = 'CNBC'"));
      // Searching an entity by name does not find the Bahamas for Hamas.
      assertEquals(
          List.of("org:hamas"),
          column(
              db,
              "SELECT entity_id FROM "
                  + scan("entities")
                  + " WHERE regexp_matches(entity_name, '\\bHamas\\b', 'i')"));
      assertTrue(
          Integer.parseInt(column(db, "SELECT count(*) FROM " + scan("entity_roles")).get(0))
              > 1000,
          "role spells of the leaders");
    }
  }

  // ---- 4. Traps ------------------------------------------------------------------------------

  @Test
  void zeroAndPartialRowsAreMarkedAndPartialPeriodsNeverSpike() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String et = scan("entity_trends");
      assertEquals(
          List.of("0"),
          column(db, "SELECT count(*) FROM " + et + " WHERE is_zero <> (mentions = 0)"));
      assertTrue(count(db, "SELECT count(*) FROM " + et + " WHERE is_zero") > 0, "zero rows");
      assertEquals(
          List.of("0"),
          column(db, "SELECT count(*) FROM " + et + " WHERE is_spike AND is_partial"));
      // The corpus ends on 2023-12-07 (the TRT World article): December and its week are partial;
      // it starts in February 1987 (Reuters): that month is partial; October 2023 is not.
      assertEquals(
          List.of("1987-02-01|true", "2023-10-01|false", "2023-12-01|true"),
          column(
              db,
              "SELECT DISTINCT period_start || '|' || is_partial FROM "
                  + scan("corpus_stats")
                  + " WHERE grain = 'month' AND period_start IN ('1987-02-01', '2023-10-01',"
                  + " '2023-12-01') ORDER BY 1"));
      assertEquals(
          List.of("0"),
          column(db, "SELECT count(*) FROM " + et + " WHERE grain = 'day' AND is_partial"));
    }
  }

  @Test
  void pairsAreFindableFromEitherEntityAndTheirLinesHaveNoGaps() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String co = scan("cooccurrence");
      // Both orders, each the other's mirror.
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + co
                  + " x ANTI JOIN "
                  + co
                  + " y ON x.entity_a = y.entity_b AND x.entity_b = y.entity_a AND x.grain ="
                  + " y.grain AND x.level = y.level AND x.dedup = y.dedup AND"
                  + " x.period_start IS NOT DISTINCT FROM y.period_start AND x.pair_count ="
                  + " y.pair_count AND x.is_mirror <> y.is_mirror"));
      assertEquals(
          List.of("0"),
          column(db, "SELECT count(*) FROM " + co + " WHERE is_mirror <> (entity_a > entity_b)"));
      long fromHamas =
          count(
              db,
              "SELECT count(*) FROM "
                  + co
                  + " WHERE entity_a = 'org:hamas' AND name_b = 'Israel' AND grain = 'week'"
                  + " AND level = 'article' AND NOT dedup");
      assertTrue(fromHamas >= 4, "Israel-Hamas weekly from Hamas' side: " + fromHamas);
      // No gaps in the line: numbering the corpus periods, a series starts and ends with a pair
      // period, skips periods only between two zero rows, and each zero row is next to a period
      // with the pair (the default cooccurrence_zero_rows: edges).
      String periods =
          "(SELECT grain, period_start, row_number() OVER (PARTITION BY grain ORDER BY"
              + " period_start) AS idx FROM (SELECT DISTINCT grain, period_start FROM "
              + scan("corpus_stats")
              + " WHERE outlet_id = 'ALL' AND grain <> 'all' AND articles > undated_articles))";
      String series =
          "(SELECT *, lag(idx) OVER w AS pi, lag(pair_count) OVER w AS pc, lead(idx) OVER w AS ni,"
              + " lead(pair_count) OVER w AS nc FROM (SELECT c.dedup, c.grain, c.level, c.entity_a,"
              + " c.entity_b, p.idx, c.pair_count FROM "
              + co
              + " c JOIN "
              + periods
              + " p USING (grain, period_start) WHERE NOT c.is_mirror)"
              + " WINDOW w AS (PARTITION BY dedup, grain, level, entity_a, entity_b ORDER BY idx))";
      assertEquals(
          List.of("0"),
          column(
              db,
              "SELECT count(*) FROM "
                  + series
                  + " WHERE (pair_count = 0 AND (pi IS NULL OR ni IS NULL))"
                  + " OR (ni > idx + 1 AND NOT (pair_count = 0 AND nc = 0))"
                  + " OR (pair_count = 0 AND NOT ((pi = idx - 1 AND pc > 0)"
                  + " OR (ni = idx + 1 AND nc > 0)))"));
      long rows =
          count(db, "SELECT count(*) FROM " + co + " WHERE grain <> 'all' AND NOT is_mirror");
      assertEquals(
          rows,
          count(db, "SELECT count(*) FROM " + series),
          "every period row of a pair lies on a corpus period");
      assertTrue(
          count(db, "SELECT count(*) FROM " + series + " WHERE ni > idx + 1") > 0,
          "the sample has gaps longer than two periods, closed at their edges");
      assertEquals(
          List.of("0"),
          column(db, "SELECT count(*) FROM " + co + " WHERE is_zero <> (pair_count = 0)"));
    }
  }

  // ---- 5. Files and manifest ------------------------------------------------------------------

  @Test
  void manifestListsEveryFileWithRelativePathsRowsBytesAndSchemaHashes() throws Exception {
    String text =
        manifest.get("outputs").toString()
            + manifest.get("tables").toString()
            + manifest.get("files").toString();
    assertFalse(text.contains("file:"), "no absolute URIs");
    assertFalse(text.contains(out.toString()), "no absolute paths");
    long fileCount = 0;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : tables()) {
        JsonNode t = manifest.get("tables").get(table);
        assertTrue(t.get("schema_hash").asText().matches("[0-9a-f]{16}"), table);
        assertEquals(table, manifest.get("outputs").get(table).asText());
        long rows = 0;
        long bytes = 0;
        for (JsonNode f : t.get("files")) {
          Path p = out.resolve(f.get("path").asText());
          assertEquals(Files.size(p), f.get("bytes").asLong(), p.toString());
          rows += f.get("rows").asLong();
          bytes += f.get("bytes").asLong();
          fileCount++;
        }
        assertEquals(t.get("rows").asLong(), rows, table);
        assertEquals(t.get("bytes").asLong(), bytes, table);
        assertEquals(count(db, "SELECT count(*) FROM " + scan(table)), rows, table);
        // The sample is far below 256 MB: every table is one file.
        assertEquals(1, t.get("files").size(), table + " is one file");
      }
      assertEquals(fileCount, manifest.get("files").size());
      // Large tables are sorted by date inside their files.
      for (String table : List.of("articles", "mentions", "article_parts")) {
        assertEquals(
            List.of("0"),
            column(
                db,
                "SELECT count(*) FROM (SELECT published_date < lag(published_date) OVER"
                    + " (PARTITION BY filename ORDER BY file_row_number) AS back FROM"
                    + " read_parquet('"
                    + out
                    + "/"
                    + table
                    + "/*.parquet', filename=true, file_row_number=true)) WHERE back"),
            table + " sorted by date");
      }
    }
  }

  // ---- 6. The analyst questions of docs/outputs.md --------------------------------------------

  @Test
  void theDocumentedAnalystQueriesRun() throws Exception {
    List<String> queries = DocQueries.fromOutputsMd();
    assertTrue(queries.size() >= 5, "docs/outputs.md has the analyst queries: " + queries.size());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      s.execute("SET file_search_path = '" + out + "'");
      for (String q : queries) {
        try (ResultSet rs = s.executeQuery(q)) {
          assertTrue(rs.next(), "the query returns rows: " + q);
        }
      }
    }
  }

  // ---- DuckDB side of the reader comparison -----------------------------------------------------

  private static JsonNode duckDigest(String table, Map<String, String> kinds) throws Exception {
    List<String> names = new ArrayList<>(kinds.keySet());
    long[] columnHashes = new long[names.size()];
    long rowHash = 0;
    long rows = 0;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + scan(table))) {
      ResultSetMetaData md = rs.getMetaData();
      Map<String, Integer> at = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        at.put(md.getColumnName(i), i);
      }
      assertEquals(names, new ArrayList<>(at.keySet()), table + ": DuckDB columns");
      while (rs.next()) {
        rows++;
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < names.size(); c++) {
          String v = canon(rs.getObject(c + 1), kinds.get(names.get(c)));
          columnHashes[c] += h(v);
          if (c > 0) {
            row.append('\u001f');
          }
          row.append(v);
        }
        rowHash += h(row.toString());
      }
    }
    ObjectMapper json = new ObjectMapper();
    var node = json.createObjectNode();
    node.put("rows", rows);
    var cols = node.putObject("columns");
    for (int c = 0; c < names.size(); c++) {
      cols.put(names.get(c), Long.toUnsignedString(columnHashes[c]));
    }
    node.put("row_hash", Long.toUnsignedString(rowHash));
    return node;
  }

  /** The canonical text of a value; see read_tables.py. */
  static String canon(Object v, String kind) {
    if (v == null) {
      return "N";
    }
    return "V"
        + switch (kind) {
          case "bool" -> ((Boolean) v) ? "true" : "false";
          case "int" -> Long.toString(((Number) v).longValue());
          case "float" -> {
            double x = ((Number) v).doubleValue();
            if (x == 0) {
              yield "0";
            }
            if (Double.isNaN(x) || Double.isInfinite(x)) {
              yield Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
            }
            yield new BigDecimal(x)
                .round(new MathContext(12, RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
          }
          case "date" ->
              v instanceof LocalDate d
                  ? d.toString()
                  : ((java.sql.Date) v).toLocalDate().toString();
          case "timestamp" -> {
            java.time.Instant i =
                v instanceof OffsetDateTime o
                    ? o.toInstant()
                    : v instanceof java.sql.Timestamp t
                        ? t.toInstant()
                        : ((java.time.LocalDateTime) v).toInstant(java.time.ZoneOffset.UTC);
            yield Long.toString(i.getEpochSecond() * 1_000_000L + i.getNano() / 1000);
          }
          default -> v.toString();
        };
  }

  static long h(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long x = 0;
      for (int i = 0; i < 8; i++) {
        x = (x << 8) | (d[i] & 0xff);
      }
      return x;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The venv's Python ({@code .venv}, made by jobs/test-deps.sh from
   * src/test/python/requirements.txt), or {@code NEWSTRENDS_PYTHON}. Missing: the test fails under
   * CI ({@code CI=true}) and is skipped with a message elsewhere.
   */
  static Path python() {
    String override = System.getenv("NEWSTRENDS_PYTHON");
    Path p = override != null ? Path.of(override) : Path.of(".venv/bin/python");
    if (!Files.isExecutable(p)) {
      String message =
          "no Python with the readers at "
              + p
              + ": run jobs/test-deps.sh (as .ci/run does), or set NEWSTRENDS_PYTHON";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return p;
  }

  static String scan(String table) {
    return "read_parquet('" + out + "/" + table + "/*.parquet')";
  }

  static long count(Connection db, String sql) throws SQLException {
    return Long.parseLong(column(db, sql).get(0));
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
}
