package org.newstrends.measure;

import java.util.LinkedHashMap;
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
    facts.unpersist();
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
    Dataset<Row> facts =
        ArticleFacts.of(annotated, config.cooccurrenceLevels(), config.maxEntitiesPerUnit())
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    if (config.builds(Tables.ENTITY_TRENDS)) {
      out.put(
          Tables.ENTITY_TRENDS,
          sorted(
              EntityTrends.build(facts, entities, config),
              Tables.ENTITY_TRENDS,
              "source",
              "entity_id",
              "period_start"));
    }
    if (config.builds(Tables.COOCCURRENCE)) {
      out.put(
          Tables.COOCCURRENCE,
          sorted(
              Cooccurrence.build(facts, entities, config),
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
              TermActor.build(facts, entities, config),
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
              CorpusStats.build(facts, config, rejects),
              Tables.CORPUS_STATS,
              "grain",
              "source",
              "period_start"));
    }
    return new Measure(out, facts);
  }

  /**
   * The table as built: the order of a published table's rows is set where it is written ({@link
   * org.newstrends.output.ParquetTableWriter} gathers a measure table into one partition and sorts
   * it by {@link Tables#sortKeys}), so a sort here would be undone by that shuffle and only cost a
   * sort of every row (about a fifth of the CPU of the 100 MiB run). The keys document the table's
   * natural order.
   */
  private static Dataset<Row> sorted(Dataset<Row> table, String name, String... keys) {
    return table;
  }
}
