package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
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
 * <p>A term mention counts once for every distinct actor of its sentence. Out: {@link
 * Tables#TERM_ACTOR_SCHEMA}.
 */
public final class TermActor {

  static final List<String> ACTOR_TYPES =
      List.of("leader", "person", "country", "organisation", "place");

  private TermActor() {}

  public static Dataset<Row> build(
      Dataset<Row> articles, Dataset<Row> mentions, MeasureConfig config) {
    String[] sentence = {"article_id", "field", "paragraph_index", "sentence_index"};
    Dataset<Row> terms =
        mentions
            .filter(col("entity_type").equalTo("term"))
            .select(
                col("article_id"),
                col("field"),
                col("paragraph_index"),
                col("sentence_index"),
                col("entity_id").as("term_id"),
                col("in_quote"),
                col("speaker_entity_id"));
    Dataset<Row> actors =
        mentions
            .filter(col("entity_type").isin(ACTOR_TYPES.toArray()))
            .select(
                col("article_id"),
                col("field"),
                col("paragraph_index"),
                col("sentence_index"),
                col("entity_id").as("actor_id"))
            .distinct();
    Dataset<Row> dated = ArticleKeys.of(articles).filter(col("published_date").isNotNull());
    Dataset<Row> pairs =
        terms
            .join(actors, EntityTrends.toSeq(sentence))
            .join(
                dated.select("article_id", "published_date", "source", ArticleKeys.CANONICAL),
                "article_id");
    // Per day and outlet first (a sentence and an article have one date and one outlet, so the
    // distinct counts add up), then rolled up to the grains and to ALL.
    Dataset<Row> daily =
        pairs
            .groupBy("published_date", "source", "term_id", "actor_id", "speaker_entity_id")
            .agg(
                count(lit(1)).as("term_mentions"),
                sum(when(not(col("in_quote")), 1L).otherwise(0L)).as("term_mentions_outlet_voice"),
                sum(when(col("in_quote"), 1L).otherwise(0L)).as("term_mentions_in_quotes"),
                sum(ArticleKeys.canonicalOne()).as("term_mentions_dedup"),
                countDistinct(struct(sentence[0], sentence[1], sentence[2], sentence[3]))
                    .as("sentences"),
                countDistinct(col("article_id")).as("articles"));
    Dataset<Row> counted =
        Periods.rollUp(
            daily,
            config.grains(),
            true,
            new String[] {"term_id", "actor_id", "speaker_entity_id"},
            "term_mentions",
            "term_mentions_outlet_voice",
            "term_mentions_in_quotes",
            "term_mentions_dedup",
            "sentences",
            "articles");
    Dataset<Row> names = Entities.names(mentions);
    Dataset<Row> rows =
        counted
            .join(
                names.select(col("entity_id").as("term_id"), col("entity_name").as("term_name")),
                "term_id")
            .join(
                names.select(
                    col("entity_id").as("actor_id"),
                    col("entity_type").as("actor_type"),
                    col("entity_name").as("actor_name")),
                "actor_id")
            .join(
                names.select(
                    col("entity_id").as("speaker_entity_id"),
                    col("entity_name").as("speaker_name")),
                EntityTrends.toSeq("speaker_entity_id"),
                "left")
            .withColumn("actor_is_speaker", col("actor_id").eqNullSafe(col("speaker_entity_id")));
    return rows.select(EntityTrends.columns(Tables.TERM_ACTOR_SCHEMA));
  }
}
