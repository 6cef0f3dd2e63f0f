package org.newstrends.measure;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code cooccurrence}: unordered entity pairs (entity_a &lt; entity_b) sharing a unit
 * (article, paragraph or sentence), per grain and period plus one all-time grain {@code all}, raw
 * ({@code dedup = false}) and with canonical articles only ({@code dedup = true}), with pair and
 * single counts, the number of units and PMI, NPMI, G² and lift ({@link Association}).
 *
 * <p>Pairs are formed without materialising all pairs of all articles in one place: mentions are
 * reduced to distinct (unit, entity), at most {@code max_entities_per_unit} entities are kept per
 * unit (most mentioned first, then by id), the result is self-joined on the unit key with entity_a
 * &lt; entity_b, and the pairs are counted per period; pairs below {@code min_support} units are
 * dropped.
 *
 * <p>Units: an article; a paragraph is (article, field, paragraph_index); a sentence is (article,
 * field, paragraph_index, sentence_index). The denominator {@code units} counts all units of the
 * period, not only those with mentions: articles; non-blank title, lede, photo caption and body
 * paragraphs; sentences of those texts by the splitter {@link #SENTENCE_BREAK}. Where the annotator
 * found more units with mentions than the splitter counted, the larger number is used.
 */
public final class Cooccurrence {

  /** Sentence boundaries for the denominator: terminal punctuation followed by white space. */
  public static final String SENTENCE_BREAK = "[.!?]+\\s+";

  private static final String[] UNIT = {"level", "article_id", "u_field", "u_par", "u_sent"};

  private Cooccurrence() {}

  public static Dataset<Row> build(
      Dataset<Row> articles, Dataset<Row> mentions, MeasureConfig config) {
    List<String> grains = new ArrayList<>(config.grains());
    grains.add(Periods.ALL);
    List<String> levels = config.cooccurrenceLevels();
    Dataset<Row> keys =
        withDedup(ArticleKeys.of(articles).filter(col("published_date").isNotNull()));

    Dataset<Row> unitEntities = unitEntities(mentions, levels, config.maxEntitiesPerUnit());
    Dataset<Row> ue =
        unitEntities.join(keys.select("article_id", "published_date", "dedup"), "article_id");

    String[] periodKey = {"dedup", "grain", "period_start", "level"};
    Dataset<Row> a = ue.select(cols(UNIT, "dedup", "published_date", "entity_id"));
    Dataset<Row> pairs =
        a.withColumnRenamed("entity_id", "entity_a")
            .join(
                a.drop("published_date").withColumnRenamed("entity_id", "entity_b"),
                EntityTrends.toSeq(plus(UNIT, "dedup")))
            .filter(col("entity_a").lt(col("entity_b")));
    Dataset<Row> pairCounts =
        Periods.perGrain(pairs, grains)
            .groupBy(cols(plus(periodKey, "entity_a", "entity_b")))
            .agg(count(lit(1)).as("pair_count"))
            .filter(col("pair_count").geq(config.minSupport()));

    Dataset<Row> singles =
        Periods.perGrain(ue, grains)
            .groupBy(cols(plus(periodKey, "entity_id")))
            .agg(count(lit(1)).as("n"));
    Dataset<Row> mentionUnits =
        Periods.perGrain(ue.select(cols(UNIT, "dedup", "published_date")).distinct(), grains)
            .groupBy(cols(periodKey))
            .agg(count(lit(1)).as("mention_units"));
    Dataset<Row> units =
        textUnits(articles, keys, grains, levels)
            .join(mentionUnits, EntityTrends.toSeq(periodKey), "left")
            .withColumn(
                "units", greatest(col("text_units"), coalesce(col("mention_units"), lit(0L))))
            .select(cols(periodKey, "units"));

    Dataset<Row> names = Entities.names(mentions);
    Dataset<Row> rows =
        pairCounts
            .join(
                singles
                    .withColumnRenamed("entity_id", "entity_a")
                    .withColumnRenamed("n", "count_a"),
                EntityTrends.toSeq(plus(periodKey, "entity_a")))
            .join(
                singles
                    .withColumnRenamed("entity_id", "entity_b")
                    .withColumnRenamed("n", "count_b"),
                EntityTrends.toSeq(plus(periodKey, "entity_b")))
            .join(units, EntityTrends.toSeq(periodKey))
            .join(named(names, "a"), "entity_a")
            .join(named(names, "b"), "entity_b")
            .withColumn("pmi", Association.pmi())
            .withColumn("npmi", Association.npmi())
            .withColumn("log_likelihood", Association.logLikelihood())
            .withColumn("lift", Association.lift())
            .withColumn(
                "period_start", when(col("grain").notEqual(Periods.ALL), col("period_start")));
    return rows.select(EntityTrends.columns(Tables.COOCCURRENCE_SCHEMA));
  }

  /**
   * Distinct (unit, entity) of the mentions for each level, at most {@code cap} entities per unit.
   * Out: level, article_id, u_field, u_par, u_sent, entity_id.
   */
  static Dataset<Row> unitEntities(Dataset<Row> mentions, List<String> levels, int cap) {
    Column level = col("level");
    Column isArticle = level.equalTo("article");
    Dataset<Row> perUnit =
        mentions
            .withColumn(
                "level", explode(array(levels.stream().map(l -> lit(l)).toArray(Column[]::new))))
            .select(
                level,
                col("article_id"),
                when(isArticle, lit("")).otherwise(col("field")).as("u_field"),
                when(isArticle, lit(-1)).otherwise(col("paragraph_index")).as("u_par"),
                when(level.equalTo("sentence"), col("sentence_index"))
                    .otherwise(lit(-1))
                    .as("u_sent"),
                col("entity_id"))
            .groupBy(cols(UNIT, "entity_id"))
            .agg(count(lit(1)).as("n"));
    return perUnit
        .withColumn(
            "rank",
            row_number()
                .over(Window.partitionBy(cols(UNIT)).orderBy(col("n").desc(), col("entity_id"))))
        .filter(col("rank").leq(cap))
        .select(cols(UNIT, "entity_id"));
  }

  /**
   * Units of each level per (dedup, grain, period), counted from the article texts. Out: dedup,
   * grain, period_start, level, text_units.
   */
  static Dataset<Row> textUnits(
      Dataset<Row> articles, Dataset<Row> keys, List<String> grains, List<String> levels) {
    Column texts =
        filter(
            concat(array(col("title"), col("lede"), col("photo_caption")), col("paragraphs")),
            t -> t.isNotNull().and(trim(t).notEqual("")));
    Dataset<Row> perArticle =
        articles.select(
            col("article_id"),
            size(texts).cast("long").as("paragraph_units"),
            aggregate(texts, lit(0L), (acc, t) -> acc.plus(size(split(trim(t), SENTENCE_BREAK))))
                .as("sentence_units"));
    Dataset<Row> perPeriod =
        Periods.perGrain(keys.join(perArticle, "article_id"), grains)
            .groupBy("dedup", "grain", "period_start")
            .agg(
                count(lit(1)).as("article"),
                sum("paragraph_units").as("paragraph"),
                sum("sentence_units").as("sentence"));
    Column[] stacked =
        levels.stream()
            .map(l -> struct(lit(l).as("level"), col(l).cast("long").as("text_units")))
            .toArray(Column[]::new);
    return perPeriod
        .select(col("dedup"), col("grain"), col("period_start"), explode(array(stacked)).as("u"))
        .select(
            col("dedup"), col("grain"), col("period_start"), col("u.level"), col("u.text_units"));
  }

  /** Each article once as dedup = false and, when canonical, once more as dedup = true. */
  static Dataset<Row> withDedup(Dataset<Row> keys) {
    return keys.withColumn(
        "dedup",
        explode(
            when(col(ArticleKeys.CANONICAL), array(lit(false), lit(true)))
                .otherwise(array(lit(false)))));
  }

  private static Dataset<Row> named(Dataset<Row> names, String suffix) {
    return names.select(
        col("entity_id").as("entity_" + suffix),
        col("entity_type").as("type_" + suffix),
        col("entity_name").as("name_" + suffix));
  }

  private static String[] plus(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static Column[] cols(String[] head, String... tail) {
    return java.util.Arrays.stream(plus(head, tail)).map(c -> col(c)).toArray(Column[]::new);
  }
}
