package org.newstrends.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * The measure stage: from the annotated articles ({@link Tables#ANNOTATED_ARTICLES_SCHEMA}: keys,
 * unit counts and narrow mentions per article) and the gazetteer's entities (entity_id,
 * entity_type, entity_name) to the tables BI tools read: {@code entity_trends}, {@code
 * cooccurrence}, {@code term_actor} and {@code corpus_stats}, each in its {@link Tables} schema
 * (their row order is set by the writer).
 *
 * <p>Every table is rolled up from one narrow row of facts per article ({@link ArticleFacts}),
 * computed once and kept for all tables; the small entity and period tables are broadcast. No I/O
 * happens here; the datasets are lazy and are computed when written. Close the result after writing
 * to release the facts.
 */
public final class Measure implements AutoCloseable {

  private final Map<String, Dataset<Row>> tables;
  private final Dataset<Row> facts;

  private Measure(Map<String, Dataset<Row>> tables, Dataset<Row> facts) {
    this.tables = tables;
    this.facts = facts;
  }

  /** The tables enabled in {@code config}, by table name, in a stable order. */
  public Map<String, Dataset<Row>> tables() {
    return tables;
  }

  @Override
  public void close() {
    if (facts != null) {
      facts.unpersist();
    }
  }

  /** The tables enabled in {@code config}; the run's reject count is unknown. */
  public static Measure of(Dataset<Row> annotated, Dataset<Row> entities, MeasureConfig config) {
    return of(annotated, entities, config, null);
  }

  /**
   * The tables enabled in {@code config}, with the run's reject count for the all-time row of
   * {@code corpus_stats} (null when unknown).
   */
  public static Measure of(
      Dataset<Row> annotated, Dataset<Row> entities, MeasureConfig config, Long rejects) {
    Dataset<Row> facts = facts(annotated, config).persist(StorageLevel.MEMORY_AND_DISK());
    Measure finished = finish(rollUp(facts, config), entities, config, rejects);
    return new Measure(finished.tables, facts);
  }

  /** The per-article facts of annotated articles ({@link Tables#ANNOTATED_ARTICLES_SCHEMA}). */
  public static Dataset<Row> facts(Dataset<Row> annotated, MeasureConfig config) {
    return ArticleFacts.of(annotated, config.cooccurrenceLevels(), config.maxEntitiesPerUnit());
  }

  /**
   * The rolled-up parts of the tables {@code config} enables, by part name ({@link #parts}): the
   * additive sums per grain, period and key, before anything corpus-wide. Every row has {@code
   * grain} and {@code period_start} and depends only on the articles of that period ({@code
   * corpus_stats} also has rows of grain {@code undated}, period_start null, from the undated
   * articles). So the parts of a corpus are the parts of its periods, each rolled up on its own.
   *
   * @param facts {@link #facts} of the articles
   */
  public static Map<String, Dataset<Row>> rollUp(Dataset<Row> facts, MeasureConfig config) {
    Map<String, Dataset<Row>> parts = new LinkedHashMap<>();
    if (config.builds(Tables.ENTITY_TRENDS)) {
      Dataset<Row>[] p = EntityTrends.rollUp(facts, config);
      parts.put(ENTITY_TRENDS_PERIODS, p[0]);
      parts.put(ENTITY_TRENDS_COUNTS, p[1]);
    }
    if (config.builds(Tables.COOCCURRENCE)) {
      Dataset<Row>[] p = Cooccurrence.rollUp(facts, config);
      parts.put(COOCCURRENCE_UNITS, p[2]);
      parts.put(COOCCURRENCE_PAIRS, p[0]);
      parts.put(COOCCURRENCE_SINGLES, p[1]);
    }
    if (config.builds(Tables.TERM_ACTOR)) {
      parts.put(Tables.TERM_ACTOR, TermActor.rollUp(facts, config));
    }
    if (config.builds(Tables.CORPUS_STATS)) {
      parts.put(Tables.CORPUS_STATS, CorpusStats.rollUp(facts, config));
    }
    return parts;
  }

  private static final String ENTITY_TRENDS_PERIODS = "entity_trends_periods";
  private static final String ENTITY_TRENDS_COUNTS = "entity_trends_counts";
  private static final String COOCCURRENCE_UNITS = "cooccurrence_units";
  private static final String COOCCURRENCE_PAIRS = "cooccurrence_pairs";
  private static final String COOCCURRENCE_SINGLES = "cooccurrence_singles";

  /**
   * The names of the rolled-up parts of a measure table, the first one holding a row for every
   * period of the table's corpus (for counting periods).
   */
  public static List<String> parts(String table) {
    return switch (table) {
      case Tables.ENTITY_TRENDS -> List.of(ENTITY_TRENDS_PERIODS, ENTITY_TRENDS_COUNTS);
      case Tables.COOCCURRENCE ->
          List.of(COOCCURRENCE_UNITS, COOCCURRENCE_PAIRS, COOCCURRENCE_SINGLES);
      case Tables.TERM_ACTOR, Tables.CORPUS_STATS -> List.of(table);
      default -> throw new IllegalArgumentException("not a measure table: " + table);
    };
  }

  /**
   * The published-layout-ready tables from all periods' rolled-up parts ({@link #rollUp}): the
   * corpus-wide steps (all-time rows, gap and zero rows, global min_support, baselines and spikes,
   * ratios, names) run here over every period. Nothing to close.
   */
  public static Measure finish(
      Map<String, Dataset<Row>> parts, Dataset<Row> entities, MeasureConfig config, Long rejects) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    if (config.builds(Tables.ENTITY_TRENDS)) {
      out.put(
          Tables.ENTITY_TRENDS,
          sorted(
              EntityTrends.finish(
                  parts.get(ENTITY_TRENDS_PERIODS),
                  parts.get(ENTITY_TRENDS_COUNTS),
                  entities,
                  config),
              Tables.ENTITY_TRENDS,
              "source",
              "entity_id",
              "period_start"));
    }
    if (config.builds(Tables.COOCCURRENCE)) {
      out.put(
          Tables.COOCCURRENCE,
          sorted(
              Cooccurrence.finish(
                  parts.get(COOCCURRENCE_PAIRS),
                  parts.get(COOCCURRENCE_SINGLES),
                  parts.get(COOCCURRENCE_UNITS),
                  entities,
                  config),
              Tables.COOCCURRENCE,
              "dedup",
              "period_start",
              "entity_a",
              "entity_b"));
    }
    if (config.builds(Tables.TERM_ACTOR)) {
      out.put(
          Tables.TERM_ACTOR,
          sorted(
              TermActor.finish(parts.get(Tables.TERM_ACTOR), entities),
              Tables.TERM_ACTOR,
              "source",
              "term_id",
              "period_start",
              "actor_id",
              "speaker_entity_id"));
    }
    if (config.builds(Tables.CORPUS_STATS)) {
      out.put(
          Tables.CORPUS_STATS,
          sorted(
              CorpusStats.finish(parts.get(Tables.CORPUS_STATS), config, rejects),
              Tables.CORPUS_STATS,
              "grain",
              "source",
              "period_start"));
    }
    return new Measure(out, null);
  }

  /**
   * The table as built: the order of a published table's rows is set where it is written ({@link
   * org.newstrends.output.ParquetTableWriter} shuffles a measure table into its files and sorts
   * them by {@link Tables#sortKeys}), so a sort here would be undone by that shuffle and only cost
   * a sort of every row (about a fifth of the CPU of the 100 MiB run). The keys document the
   * table's natural order.
   */
  private static Dataset<Row> sorted(Dataset<Row> table, String name, String... keys) {
    return table;
  }
}
