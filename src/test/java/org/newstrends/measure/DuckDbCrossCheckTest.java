package org.newstrends.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.measure.MeasureFixtures.article;
import static org.newstrends.measure.MeasureFixtures.mention;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Recomputes {@code entity_trends} and {@code cooccurrence} from the same articles and mentions,
 * written as Parquet, with independent SQL in DuckDB (its own ISO weeks, COUNT DISTINCT instead of
 * pre-aggregation, a range join instead of generated periods, medians by self-join, its own regex
 * splitter, the same as the fixtures') and demands the same rows, doubles to 1e-9. Co-occurrence
 * support is per pair over the whole corpus, and a pair's series has zero rows (null association
 * measures) closing its gaps between its first and last period (the BI contract, issue 11): at each
 * gap's first and last corpus period by default, at every one with {@code full}.
 */
class DuckDbCrossCheckTest {

  private static final int WINDOW = 3;
  private static final int MIN_SUPPORT = 2;
  private static final int CAP = 3;
  private static final MeasureConfig CONFIG =
      new MeasureConfig(null, null, WINDOW, 2.0, 2, 0.01, null, MIN_SUPPORT, CAP, null);

  @TempDir static Path dir;
  private static Dataset<Row> articles;
  private static Dataset<Row> mentions;
  private static String articlesPath;
  private static String mentionsPath;

  /** 60 articles over seven weeks in three outlets (and one without), random mentions. */
  @BeforeAll
  static void fixture() {
    Random random = new Random(42);
    String[] sources = {"s1", "s2", "s3", null};
    String[] entities = {"Q1", "Q2", "Q3", "Q4", "Q5", "T1", "T2"};
    String[] types = {"country", "country", "leader", "organisation", "place", "term", "term"};
    List<Row> a = new ArrayList<>();
    List<Row> m = new ArrayList<>();
    LocalDate start = LocalDate.parse("2023-09-25");
    for (int i = 0; i < 60; i++) {
      String id = "art-" + i;
      String date = i == 59 ? null : start.plusDays(random.nextInt(50)).toString();
      String source = sources[random.nextInt(sources.length)];
      boolean canonical = random.nextInt(5) != 0;
      String[] paragraphs = new String[1 + random.nextInt(3)];
      for (int p = 0; p < paragraphs.length; p++) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          text.append(s == 0 ? "" : " ").append("Sentence ").append(s).append(s == 1 ? "!" : ".");
        }
        paragraphs[p] = text.toString();
      }
      a.add(article(id, date, source, 50 + i, canonical ? id : "art-0", canonical, paragraphs));
      int n = random.nextInt(7);
      for (int k = 0; k < n; k++) {
        int e = random.nextInt(entities.length);
        m.add(
            mention(
                id,
                entities[e],
                types[e],
                random.nextInt(paragraphs.length),
                random.nextInt(2),
                random.nextBoolean(),
                random.nextBoolean() ? "Q3" : null));
      }
    }
    m.add(mention("art-missing", "Q1", "country", 0, 0));
    articles = MeasureFixtures.articles(a);
    mentions = MeasureFixtures.mentions(m);
    articlesPath = dir.resolve("articles").toString();
    mentionsPath = dir.resolve("mentions").toString();
    articles.write().parquet(articlesPath);
    mentions.write().parquet(mentionsPath);
  }

  private static final String BASE =
      """
      CREATE TEMP TABLE a AS
        SELECT article_id, published_date AS d, coalesce(source, 'unknown') AS src,
               coalesce(is_canonical, true) AS canon, title, lede, photo_caption, paragraphs
        FROM read_parquet('%s/*.parquet') WHERE published_date IS NOT NULL;
      CREATE TEMP TABLE m AS SELECT * FROM read_parquet('%s/*.parquet');
      CREATE TEMP TABLE names AS
        SELECT entity_id, min(entity_type) AS entity_type, min(entity_name) AS entity_name
        FROM m GROUP BY entity_id;
      CREATE MACRO pstart(g, d) AS CASE g WHEN 'day' THEN d
        WHEN 'week' THEN CAST(date_trunc('week', d) AS DATE)
        WHEN 'month' THEN CAST(date_trunc('month', d) AS DATE) ELSE NULL END;
      CREATE TEMP TABLE grains AS SELECT * FROM (VALUES ('day'), ('week'), ('month')) t(grain);
      """;

  private static final String TRENDS =
      """
      CREATE TEMP TABLE ap AS
        SELECT g.grain, pstart(g.grain, a.d) AS period_start, s.src AS source, a.article_id, a.canon
        FROM a CROSS JOIN grains g CROSS JOIN (SELECT unnest([a.src, 'ALL']) AS src) s;
      CREATE TEMP TABLE totals AS
        SELECT grain, period_start, source, count(*) AS total_articles,
               count(*) FILTER (WHERE canon) AS total_articles_dedup
        FROM ap GROUP BY ALL;
      CREATE TEMP TABLE counts AS
        SELECT ap.grain, ap.period_start, ap.source, m.entity_id,
               count(*) AS mentions, count(DISTINCT ap.article_id) AS articles,
               count(*) FILTER (WHERE ap.canon) AS mentions_dedup,
               count(DISTINCT ap.article_id) FILTER (WHERE ap.canon) AS articles_dedup,
               count(*) FILTER (WHERE NOT m.in_quote) AS mentions_outlet_voice,
               count(*) FILTER (WHERE m.in_quote) AS mentions_in_quotes
        FROM m JOIN ap USING (article_id) GROUP BY ALL;
      CREATE TEMP TABLE tp AS
        SELECT *, row_number() OVER (PARTITION BY grain, source ORDER BY period_start) AS idx
        FROM totals;
      CREATE TEMP TABLE ci AS SELECT c.*, tp.idx FROM counts c JOIN tp USING (grain, source, period_start);
      CREATE TEMP TABLE keys AS
        SELECT grain, source, entity_id, idx FROM ci
        UNION
        SELECT grain, source, entity_id, unnest(range(greatest(idx - %1$d, 1), idx)) AS idx FROM ci;
      CREATE TEMP TABLE r AS
        SELECT k.grain, tp.period_start, k.source, k.entity_id, k.idx,
               coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles,
               tp.total_articles, coalesce(c.articles, 0) / tp.total_articles AS share,
               coalesce(c.mentions_dedup, 0) AS mentions_dedup,
               coalesce(c.articles_dedup, 0) AS articles_dedup, tp.total_articles_dedup,
               CASE WHEN tp.total_articles_dedup > 0
                 THEN coalesce(c.articles_dedup, 0) / tp.total_articles_dedup END AS share_dedup,
               coalesce(c.mentions_outlet_voice, 0) AS mentions_outlet_voice,
               coalesce(c.mentions_in_quotes, 0) AS mentions_in_quotes
        FROM keys k JOIN tp USING (grain, source, idx)
        LEFT JOIN counts c ON c.grain = k.grain AND c.source = k.source
          AND c.period_start = tp.period_start AND c.entity_id = k.entity_id;
      CREATE TEMP TABLE hist AS
        SELECT grain, source, entity_id, idx, k,
               list_concat(seen, list_transform(range(greatest(k - len(seen), 0)), x -> 0.0)) AS shares
        FROM (SELECT r.grain, r.source, r.entity_id, r.idx, least(%1$d, r.idx - 1) AS k,
                     coalesce(list(h.share) FILTER (WHERE h.share IS NOT NULL), []) AS seen
              FROM r LEFT JOIN r h ON h.grain = r.grain AND h.source = r.source
                AND h.entity_id = r.entity_id AND h.idx BETWEEN r.idx - %1$d AND r.idx - 1
              GROUP BY ALL);
      CREATE TEMP TABLE med AS
        SELECT *, list_aggregate(list_transform(shares, x -> abs(x - m)), 'median') AS mad
        FROM (SELECT *, list_aggregate(shares, 'median') AS m,
                        CASE WHEN k > 0 THEN list_sum(shares) / k END AS mean FROM hist);
      SELECT r.period_start, r.source, r.entity_id, n.entity_type, n.entity_name,
             r.mentions, r.articles, r.total_articles, r.share, r.mentions_dedup,
             r.articles_dedup, r.total_articles_dedup, r.share_dedup,
             r.mentions_outlet_voice, r.mentions_in_quotes, med.mean AS rolling_share_mean,
             CAST(med.k AS INTEGER) AS history_periods,
             CASE WHEN med.k = %1$d
               THEN (r.share - med.m) / (1.4826 * greatest(med.mad, %2$s)) END AS spike_score,
             coalesce(spike_score >= %3$s AND r.articles >= %4$d, false) AS is_spike,
             r.grain
      FROM r JOIN names n USING (entity_id)
      JOIN med USING (grain, source, entity_id, idx)
      ORDER BY r.grain, r.source, r.entity_id, r.period_start
      """;

  private static final String COOCCURRENCE =
      """
      CREATE TEMP TABLE cgrains AS SELECT * FROM (VALUES ('day'), ('week'), ('month'), ('all')) t(grain);
      CREATE TEMP TABLE um AS
        SELECT 'article' AS level, article_id, '' AS f, -1 AS p, -1 AS s, entity_id FROM m
        UNION ALL SELECT 'paragraph', article_id, field, paragraph_index, -1, entity_id FROM m
        UNION ALL SELECT 'sentence', article_id, field, paragraph_index, sentence_index, entity_id FROM m;
      CREATE TEMP TABLE ue AS
        SELECT level, article_id, f, p, s, entity_id FROM (
          SELECT *, row_number() OVER (PARTITION BY level, article_id, f, p, s
                                       ORDER BY n DESC, entity_id) AS rk
          FROM (SELECT level, article_id, f, p, s, entity_id, count(*) AS n FROM um GROUP BY ALL))
        WHERE rk <= %1$d;
      CREATE TEMP TABLE dd AS SELECT * FROM (VALUES (false), (true)) t(dedup);
      CREATE TEMP TABLE uep AS
        SELECT ue.*, dd.dedup, g.grain, pstart(g.grain, a.d) AS period_start
        FROM ue JOIN a USING (article_id) CROSS JOIN dd CROSS JOIN cgrains g
        WHERE NOT dd.dedup OR a.canon;
      CREATE TEMP TABLE seen AS
        SELECT x.dedup, x.grain, x.period_start, x.level, x.entity_id AS entity_a,
               y.entity_id AS entity_b, count(*) AS pair_count
        FROM uep x JOIN uep y ON x.level = y.level AND x.article_id = y.article_id
          AND x.f = y.f AND x.p = y.p AND x.s = y.s AND x.dedup = y.dedup AND x.grain = y.grain
          AND x.entity_id < y.entity_id
        GROUP BY ALL;
      CREATE TEMP TABLE supported AS
        SELECT dedup, level, entity_a, entity_b FROM seen
        WHERE grain = 'all' AND pair_count >= %2$d;
      CREATE TEMP TABLE cperiods0 AS
        SELECT DISTINCT dd.dedup, g.grain, pstart(g.grain, a.d) AS period_start
        FROM a CROSS JOIN dd CROSS JOIN cgrains g WHERE g.grain <> 'all' AND a.d IS NOT NULL;
      CREATE TEMP TABLE cperiods AS
        SELECT *, lag(period_start) OVER w AS prev, lead(period_start) OVER w AS nxt
        FROM cperiods0 WINDOW w AS (PARTITION BY dedup, grain ORDER BY period_start);
      CREATE TEMP TABLE pairs AS
        SELECT s.* FROM seen s SEMI JOIN supported USING (dedup, level, entity_a, entity_b)
        UNION ALL
        SELECT b.dedup, b.grain, cp.period_start, b.level, b.entity_a, b.entity_b, 0
        FROM (SELECT dedup, grain, level, entity_a, entity_b,
                     min(period_start) AS f, max(period_start) AS l
              FROM seen SEMI JOIN supported USING (dedup, level, entity_a, entity_b)
              WHERE grain <> 'all' GROUP BY ALL) b
        JOIN cperiods cp ON cp.dedup = b.dedup AND cp.grain = b.grain
          AND cp.period_start > b.f AND cp.period_start < b.l
        WHERE NOT EXISTS (SELECT 1 FROM seen x WHERE x.dedup = b.dedup AND x.grain = b.grain
          AND x.level = b.level AND x.entity_a = b.entity_a AND x.entity_b = b.entity_b
          AND x.period_start = cp.period_start)
        AND (%3$s OR EXISTS (SELECT 1 FROM seen x WHERE x.dedup = b.dedup AND x.grain = b.grain
          AND x.level = b.level AND x.entity_a = b.entity_a AND x.entity_b = b.entity_b
          AND x.period_start IN (cp.prev, cp.nxt)));
      CREATE TEMP TABLE singles AS
        SELECT dedup, grain, period_start, level, entity_id, count(*) AS n FROM uep GROUP BY ALL;
      CREATE TEMP TABLE texts AS
        SELECT article_id, d, canon,
               list_filter(list_concat([title, lede, photo_caption], paragraphs),
                           x -> x IS NOT NULL AND trim(x) <> '') AS t
        FROM a;
      CREATE TEMP TABLE tunits AS
        SELECT dd.dedup, g.grain, pstart(g.grain, texts.d) AS period_start, lv.level,
               sum(CASE lv.level WHEN 'article' THEN 1 WHEN 'paragraph' THEN len(t)
                   ELSE list_sum(list_transform(t, x -> len(string_split_regex(trim(x), '[.!?]+\\s+'))))
                   END) AS n
        FROM texts CROSS JOIN dd CROSS JOIN cgrains g
        CROSS JOIN (VALUES ('article'), ('paragraph'), ('sentence')) lv(level)
        WHERE NOT dd.dedup OR texts.canon
        GROUP BY ALL;
      SELECT p.period_start, p.dedup, p.entity_a, na.entity_type AS type_a, na.entity_name AS name_a,
             p.entity_b, nb.entity_type AS type_b, nb.entity_name AS name_b,
             p.pair_count, coalesce(sa.n, 0) AS count_a, coalesce(sb.n, 0) AS count_b,
             CAST(coalesce(tu.n, 0) AS BIGINT) AS units,
             CASE WHEN p.pair_count > 0 THEN ln(p.pair_count * units / (count_a * count_b)) END AS pmi,
             CASE WHEN p.pair_count = 0 THEN NULL WHEN p.pair_count = units THEN 1.0
                  ELSE pmi / -ln(p.pair_count / units) END AS npmi,
             CASE WHEN p.pair_count > 0 THEN
             2 * (cell(p.pair_count, count_a, count_b, units)
                + cell(count_a - p.pair_count, count_a, units - count_b, units)
                + cell(count_b - p.pair_count, units - count_a, count_b, units)
                + cell(units - count_a - count_b + p.pair_count, units - count_a, units - count_b, units))
             END AS log_likelihood,
             CASE WHEN p.pair_count > 0 THEN p.pair_count * units / (count_a * count_b) END AS lift,
             p.grain, p.level
      FROM pairs p
      LEFT JOIN singles sa ON sa.dedup = p.dedup AND sa.grain = p.grain AND sa.level = p.level
        AND sa.period_start IS NOT DISTINCT FROM p.period_start AND sa.entity_id = p.entity_a
      LEFT JOIN singles sb ON sb.dedup = p.dedup AND sb.grain = p.grain AND sb.level = p.level
        AND sb.period_start IS NOT DISTINCT FROM p.period_start AND sb.entity_id = p.entity_b
      LEFT JOIN tunits tu ON tu.dedup = p.dedup AND tu.grain = p.grain AND tu.level = p.level
        AND tu.period_start IS NOT DISTINCT FROM p.period_start
      JOIN names na ON na.entity_id = p.entity_a
      JOIN names nb ON nb.entity_id = p.entity_b
      ORDER BY p.grain, p.level, p.dedup, p.period_start NULLS FIRST, p.entity_a, p.entity_b
      """;

  private static final String CELL =
      "CREATE MACRO cell(k, r, c, n) AS CASE WHEN k <= 0 THEN 0.0"
          + " ELSE k * ln(k * n / (CAST(r AS DOUBLE) * c)) END;";

  @Test
  void entityTrendsMatchIndependentSql() throws Exception {
    Dataset<Row> spark =
        EntityTrends.build(
                MeasureFixtures.facts(articles, mentions, CONFIG),
                MeasureFixtures.entities(mentions),
                CONFIG)
            .orderBy(order("grain", "source", "entity_id", "period_start"));
    List<List<Object>> expected =
        duckdb(TRENDS.formatted(WINDOW, 0.01, 2.0, 2), Tables.ENTITY_TRENDS_SCHEMA.size());
    assertSame(expected, spark, Tables.ENTITY_TRENDS_SCHEMA.fieldNames());
  }

  /**
   * The default zero rows: only a gap's first and last corpus period (a period next to one with the
   * pair); and {@code cooccurrence_zero_rows: full}: every corpus period of the gap.
   */
  @ParameterizedTest
  @ValueSource(strings = {"edges", "full"})
  void cooccurrenceMatchesIndependentSql(String zeroRows) throws Exception {
    MeasureConfig config =
        new MeasureConfig(null, null, WINDOW, 2.0, 2, 0.01, null, MIN_SUPPORT, CAP, zeroRows);
    Dataset<Row> spark =
        Cooccurrence.build(
                MeasureFixtures.facts(articles, mentions, config),
                MeasureFixtures.entities(mentions),
                config)
            .orderBy(
                order("grain", "level", "dedup")[0],
                order("grain", "level", "dedup")[1],
                order("grain", "level", "dedup")[2],
                org.apache.spark.sql.functions.col("period_start").asc_nulls_first(),
                org.apache.spark.sql.functions.col("entity_a"),
                org.apache.spark.sql.functions.col("entity_b"));
    List<List<Object>> expected =
        duckdb(
            CELL + COOCCURRENCE.formatted(CAP, MIN_SUPPORT, zeroRows.equals("full")),
            Tables.COOCCURRENCE_SCHEMA.size());
    assertSame(expected, spark, Tables.COOCCURRENCE_SCHEMA.fieldNames());
    long zeros = expected.stream().filter(r -> ((Number) r.get(8)).longValue() == 0).count();
    assertTrue(zeros > 0, zeroRows + ": the fixture has gaps to close");
  }

  private static Column[] order(String... names) {
    return java.util.Arrays.stream(names)
        .map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }

  private static List<List<Object>> duckdb(String script, int columns) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String[] statements = (BASE.formatted(articlesPath, mentionsPath) + script).split(";");
      for (int i = 0; i < statements.length - 1; i++) {
        if (!statements[i].isBlank()) {
          st.execute(statements[i]);
        }
      }
      try (ResultSet rs = st.executeQuery(statements[statements.length - 1])) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static void assertSame(List<List<Object>> expected, Dataset<Row> actual, String[] names) {
    List<Row> rows = actual.collectAsList();
    assertTrue(expected.size() > 20, "the fixture yields a meaningful table: " + expected.size());
    assertEquals(expected.size(), rows.size(), "row count");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < names.length; c++) {
        Object e = expected.get(r).get(c);
        Object a = rows.get(r).get(c);
        String where = "row " + r + " column " + names[c] + ": " + rows.get(r);
        if (e instanceof Number en && a instanceof Number an) {
          if (e instanceof Double || a instanceof Double || e instanceof java.math.BigDecimal) {
            assertEquals(en.doubleValue(), an.doubleValue(), 1e-9, where);
          } else {
            assertEquals(en.longValue(), an.longValue(), where);
          }
        } else {
          assertEquals(e == null ? null : e.toString(), a == null ? null : a.toString(), where);
        }
      }
    }
  }
}
