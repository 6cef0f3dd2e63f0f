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
        ArticleKeys.of(articles)
            .filter(col("published_date").isNotNull())
            .select("article_id", "published_date", ArticleKeys.CANONICAL);
    String[] periodKey = {"dedup", "grain", "period_start", "level"};

    // Everything is counted per day, once for all articles and once for canonical ones, and then
    // rolled up to the grains: the counts are additive because a unit has exactly one date.
    Dataset<Row> ue =
        unitEntities(mentions, levels, config.maxEntitiesPerUnit()).join(keys, "article_id");
    Dataset<Row> a = ue.select(cols(UNIT, "published_date", ArticleKeys.CANONICAL, "entity_id"));
    Dataset<Row> pairsDaily =
        a.withColumnRenamed("entity_id", "entity_a")
            .join(
                a.select(cols(UNIT, "entity_id")).withColumnRenamed("entity_id", "entity_b"),
                EntityTrends.toSeq(UNIT))
            .filter(col("entity_a").lt(col("entity_b")))
            .groupBy("level", "published_date", "entity_a", "entity_b")
            .agg(count(lit(1)).as("all"), sum(ArticleKeys.canonicalOne()).as("canonical"));
    Dataset<Row> pairCounts =
        Periods.rollUp(
                perDedup(pairsDaily, "pair_count"),
                grains,
                false,
                new String[] {"dedup", "level", "entity_a", "entity_b"},
                "pair_count")
            .filter(col("pair_count").geq(config.minSupport()));

    Dataset<Row> singles =
        Periods.rollUp(
            perDedup(
                ue.groupBy("level", "published_date", "entity_id")
                    .agg(count(lit(1)).as("all"), sum(ArticleKeys.canonicalOne()).as("canonical")),
                "n"),
            grains,
            false,
            new String[] {"dedup", "level", "entity_id"},
            "n");
    Dataset<Row> mentionUnits =
        Periods.rollUp(
            perDedup(
                ue.select(cols(UNIT, "published_date", ArticleKeys.CANONICAL))
                    .distinct()
                    .groupBy("level", "published_date")
                    .agg(count(lit(1)).as("all"), sum(ArticleKeys.canonicalOne()).as("canonical")),
                "mention_units"),
            grains,
            false,
            new String[] {"dedup", "level"},
            "mention_units");
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
    Dataset<Row> daily =
        keys.join(perArticle, "article_id")
            .groupBy("published_date")
            .agg(
                count(lit(1)).as("article_all"),
                sum(ArticleKeys.canonicalOne()).as("article_canonical"),
                sum("paragraph_units").as("paragraph_all"),
                sum(when(col(ArticleKeys.CANONICAL), col("paragraph_units")).otherwise(0L))
                    .as("paragraph_canonical"),
                sum("sentence_units").as("sentence_all"),
                sum(when(col(ArticleKeys.CANONICAL), col("sentence_units")).otherwise(0L))
                    .as("sentence_canonical"));
    Dataset<Row> perDay =
        daily.select(
            col("published_date"),
            explode(
                    array(
                        struct(
                            lit(false).as("dedup"),
                            col("article_all").as("article"),
                            col("paragraph_all").as("paragraph"),
                            col("sentence_all").as("sentence")),
                        struct(
                            lit(true).as("dedup"),
                            col("article_canonical").as("article"),
                            col("paragraph_canonical").as("paragraph"),
                            col("sentence_canonical").as("sentence"))))
                .as("d"));
    Dataset<Row> perPeriod =
        Periods.rollUp(
            perDay.select(
                col("published_date"),
                col("d.dedup").as("dedup"),
                col("d.article").as("article"),
                col("d.paragraph").as("paragraph"),
                col("d.sentence").as("sentence")),
            grains,
            false,
            new String[] {"dedup"},
            "article",
            "paragraph",
            "sentence");
    Column[] stacked =
        levels.stream()
            .map(l -> struct(lit(l).as("level"), col(l).cast("long").as("text_units")))
            .toArray(Column[]::new);
    return perPeriod
        .select(col("dedup"), col("grain"), col("period_start"), explode(array(stacked)).as("u"))
        .select(
            col("dedup"), col("grain"), col("period_start"), col("u.level"), col("u.text_units"));
  }

  /**
   * Rows with counts {@code all} (every article) and {@code canonical} (canonical articles only)
   * become one row with {@code dedup = false} and one with {@code dedup = true}, the count in
   * {@code out}; zero counts are dropped.
   */
  static Dataset<Row> perDedup(Dataset<Row> rows, String out) {
    Dataset<Row> stacked =
        rows.withColumn(
                "d",
                explode(
                    array(
                        struct(lit(false).as("dedup"), col("all").as("c")),
                        struct(lit(true).as("dedup"), col("canonical").as("c")))))
            .drop("all", "canonical");
    return stacked
        .withColumn("dedup", col("d.dedup"))
        .withColumn(out, col("d.c"))
        .drop("d")
        .filter(col(out).gt(0));
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
