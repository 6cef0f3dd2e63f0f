package org.newstrends.measure;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code term_actor}: for each term (entity_type {@code term}) and each actor (leader,
 * country, organisation, place) named in the same sentence, per grain, period and source (each
 * outlet and {@code ALL}), the term's mentions split by voice (outlet voice, inside quotes) and by
 * the speaker the annotator attributed the term's quote to ({@code speaker_entity_id}, null when
 * unknown or in the outlet's voice).
 *
 * <p>A term mention counts once for every distinct actor of its sentence ({@link ArticleFacts}).
 * In: the articles' facts and the entities. Out: {@link Tables#TERM_ACTOR_SCHEMA}.
 */
public final class TermActor {

  private TermActor() {}

  /**
   * @param facts {@link ArticleFacts#SCHEMA} rows
   * @param entities entity_id, entity_type, entity_name
   */
  public static Dataset<Row> build(
      Dataset<Row> facts, Dataset<Row> entities, MeasureConfig config) {
    return finish(rollUp(facts, config), entities);
  }

  /**
   * The additive part: per (grain, period, source, term, actor, speaker) the counts. Each period's
   * rows depend on that period's articles only.
   */
  static Dataset<Row> rollUp(Dataset<Row> facts, MeasureConfig config) {
    Column canonical = col(ArticleKeys.CANONICAL);
    // Each article's facts hold its (term, actor, speaker) counts; a sentence and an article have
    // one date and one outlet, so they add up to every grain and to ALL.
    Dataset<Row> counted =
        Periods.rollUpByKeys(
            facts
                .filter(col("published_date").isNotNull())
                .select(
                    col("published_date"), col("source"), canonical, explode(col("terms")).as("t"))
                .select(
                    col("published_date"),
                    col("source"),
                    col("t.term_id").as("term_id"),
                    col("t.actor_id").as("actor_id"),
                    col("t.speaker_entity_id").as("speaker_entity_id"),
                    col("t.n").as("term_mentions"),
                    col("t.n_outlet").as("term_mentions_outlet_voice"),
                    col("t.n_quote").as("term_mentions_in_quotes"),
                    when(canonical, col("t.n")).otherwise(0L).as("term_mentions_dedup"),
                    col("t.sentences").as("sentences"),
                    lit(1L).as("articles")),
            config.grains(),
            true,
            new String[] {"term_id", "actor_id", "speaker_entity_id"},
            "term_mentions",
            "term_mentions_outlet_voice",
            "term_mentions_in_quotes",
            "term_mentions_dedup",
            "sentences",
            "articles");
    return counted;
  }

  /** The rolled-up rows ({@link #rollUp}) with the names of term, actor and speaker. */
  static Dataset<Row> finish(Dataset<Row> counted, Dataset<Row> entities) {
    Dataset<Row> rows =
        counted
            .join(
                broadcast(
                    entities.select(
                        col("entity_id").as("term_id"), col("entity_name").as("term_name"))),
                EntityTrends.toSeq("term_id"),
                "left")
            .join(
                broadcast(
                    entities.select(
                        col("entity_id").as("actor_id"),
                        col("entity_type").as("actor_type"),
                        col("entity_name").as("actor_name"))),
                EntityTrends.toSeq("actor_id"),
                "left")
            .join(
                broadcast(
                    entities.select(
                        col("entity_id").as("speaker_entity_id"),
                        col("entity_name").as("speaker_name"))),
                EntityTrends.toSeq("speaker_entity_id"),
                "left")
            .withColumn("actor_is_speaker", col("actor_id").eqNullSafe(col("speaker_entity_id")));
    return rows.select(EntityTrends.columns(Tables.TERM_ACTOR_SCHEMA));
  }
}
