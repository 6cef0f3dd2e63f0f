package org.newstrends.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * The measure stage: from {@code articles} (ARTICLES_SCHEMA, optionally with {@code dup_group_id}
 * and {@code is_canonical}) and {@code mentions} (MENTIONS_SCHEMA) to the tables BI tools read:
 * {@code entity_trends}, {@code cooccurrence}, {@code term_actor} and {@code corpus_stats}, each in
 * its {@link Tables} schema and sorted within partitions by its partition and key columns.
 *
 * <p>No I/O happens here; the datasets are lazy and are computed when written.
 */
public final class Measure {

  private Measure() {}

  /** The tables enabled in {@code config}, by table name, in a stable order. */
  public static Map<String, Dataset<Row>> tables(
      SparkSession spark, Dataset<Row> articles, Dataset<Row> mentions, MeasureConfig config) {
    return tables(spark, articles, mentions, config, null);
  }

  /**
   * As {@link #tables(SparkSession, Dataset, Dataset, MeasureConfig)}, with the run's reject count
   * for the all-time row of {@code corpus_stats} (null when unknown).
   */
  public static Map<String, Dataset<Row>> tables(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> mentions,
      MeasureConfig config,
      Long rejects) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    if (config.builds(Tables.ENTITY_TRENDS)) {
      out.put(
          Tables.ENTITY_TRENDS,
          sorted(
              EntityTrends.build(articles, mentions, config),
              Tables.ENTITY_TRENDS,
              "source",
              "entity_id",
              "period_start"));
    }
    if (config.builds(Tables.COOCCURRENCE)) {
      out.put(
          Tables.COOCCURRENCE,
          sorted(
              Cooccurrence.build(articles, mentions, config),
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
              TermActor.build(articles, mentions, config),
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
              CorpusStats.build(articles, config, rejects),
              Tables.CORPUS_STATS,
              "grain",
              "source",
              "period_start"));
    }
    return out;
  }

  /** Sorts within partitions by the table's partition columns, then by {@code keys}. */
  private static Dataset<Row> sorted(Dataset<Row> table, String name, String... keys) {
    List<String> order = new java.util.ArrayList<>(Tables.partitionColumns(name));
    for (String k : keys) {
      if (!order.contains(k)) {
        order.add(k);
      }
    }
    return table.sortWithinPartitions(
        order.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
  }
}
