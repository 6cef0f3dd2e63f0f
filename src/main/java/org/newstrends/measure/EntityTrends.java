package org.newstrends.measure;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code entity_trends}: per grain, period, source (each outlet and {@code ALL}) and entity,
 * the mentions, the articles mentioning it and all articles of that source and period, raw and with
 * each wire-copy group counted once, split by voice, with a rolling mean of the share and a robust
 * spike score.
 *
 * <p>In: articles (article_id, published_date, source, [is_canonical]) and mentions (article_id,
 * entity_id, entity_type, entity_name, in_quote). Out: {@link Tables#ENTITY_TRENDS_SCHEMA}.
 *
 * <p>Zero rows: each (grain, source, entity) series runs from {@code window} periods before the
 * entity's first period in that source to its last one, over the periods in which the source
 * published at least one dated article; periods without a mention carry zeros.
 */
public final class EntityTrends {

  /** 1.4826 · MAD estimates the standard deviation of a normal distribution. */
  static final double MAD_TO_SIGMA = 1.4826;

  private EntityTrends() {}

  public static Dataset<Row> build(
      Dataset<Row> articles, Dataset<Row> mentions, MeasureConfig config) {
    List<String> grains = config.grains();
    Dataset<Row> dated = ArticleKeys.of(articles).filter(col("published_date").isNotNull());

    Dataset<Row> totals =
        Periods.rollUp(
            dated
                .groupBy("published_date", "source")
                .agg(
                    count(lit(1)).as("total_articles"),
                    sum(ArticleKeys.canonicalOne()).as("total_articles_dedup")),
            grains,
            true,
            new String[0],
            "total_articles",
            "total_articles_dedup");

    Dataset<Row> daily =
        mentions
            .groupBy("article_id", "entity_id")
            .agg(
                count(lit(1)).as("n"),
                sum(when(not(col("in_quote")), 1L).otherwise(0L)).as("n_outlet"),
                sum(when(col("in_quote"), 1L).otherwise(0L)).as("n_quote"))
            .join(dated, "article_id")
            .groupBy("published_date", "source", "entity_id")
            .agg(
                sum("n").as("mentions"),
                count(lit(1)).as("articles"),
                sum(when(col(ArticleKeys.CANONICAL), col("n")).otherwise(0L)).as("mentions_dedup"),
                sum(ArticleKeys.canonicalOne()).as("articles_dedup"),
                sum("n_outlet").as("mentions_outlet_voice"),
                sum("n_quote").as("mentions_in_quotes"));
    Dataset<Row> counts =
        Periods.rollUp(
            daily,
            grains,
            true,
            new String[] {"entity_id"},
            "mentions",
            "articles",
            "mentions_dedup",
            "articles_dedup",
            "mentions_outlet_voice",
            "mentions_in_quotes");

    Dataset<Row> grid =
        counts
            .groupBy("grain", "source", "entity_id")
            .agg(min("period_start").as("first"), max("period_start").as("last"))
            .select(
                col("grain"),
                col("source"),
                col("entity_id"),
                explode(
                        sequence(
                            Periods.periodsBefore(col("grain"), col("first"), config.window()),
                            col("last"),
                            Periods.step(col("grain"))))
                    .as("period_start"));

    Dataset<Row> rows =
        grid.join(totals, new String[] {"grain", "source", "period_start"})
            .join(counts, toSeq("grain", "source", "period_start", "entity_id"), "left")
            .join(Entities.names(mentions), "entity_id");
    for (String c :
        List.of(
            "mentions",
            "articles",
            "mentions_dedup",
            "articles_dedup",
            "mentions_outlet_voice",
            "mentions_in_quotes")) {
      rows = rows.withColumn(c, coalesce(col(c), lit(0L)));
    }
    rows =
        rows.withColumn("share", col("articles").cast("double").divide(col("total_articles")))
            .withColumn(
                "share_dedup",
                when(
                    col("total_articles_dedup").gt(0),
                    col("articles_dedup").cast("double").divide(col("total_articles_dedup"))));
    return withSpikes(rows, config).select(columns(Tables.ENTITY_TRENDS_SCHEMA));
  }

  /**
   * Adds {@code rolling_share_mean}, {@code history_periods}, {@code spike_score} and {@code
   * is_spike} to rows with grain, source, entity_id, period_start, share and articles.
   *
   * <p>The baseline is the previous {@code window} rows of the same (grain, source, entity) series,
   * the current period excluded. The score is (share − median) / (1.4826 · max(MAD, mad_floor)),
   * computed only when the baseline is complete; the flag needs score ≥ threshold and articles ≥
   * spike_min_articles.
   */
  static Dataset<Row> withSpikes(Dataset<Row> rows, MeasureConfig config) {
    int n = config.window();
    WindowSpec previous =
        Window.partitionBy("grain", "source", "entity_id")
            .orderBy("period_start")
            .rowsBetween(-n, -1);
    Column history = sort_array(collect_list(col("share")).over(previous));
    Dataset<Row> withHistory =
        rows.withColumn("rolling_share_mean", avg(col("share")).over(previous))
            .withColumn("history", history)
            .withColumn("history_periods", size(col("history")))
            .withColumn("baseline_median", median(col("history")));
    Column deviations =
        sort_array(transform(col("history"), x -> abs(x.minus(col("baseline_median")))));
    Column spread =
        lit(MAD_TO_SIGMA).multiply(greatest(median(deviations), lit(config.madFloor())));
    Column score =
        when(
            col("history_periods").equalTo(n),
            col("share").minus(col("baseline_median")).divide(spread));
    return withHistory
        .withColumn("spike_score", score)
        .withColumn(
            "is_spike",
            coalesce(
                col("spike_score")
                    .geq(config.spikeThreshold())
                    .and(col("articles").geq(config.spikeMinArticles())),
                lit(false)));
  }

  /** The median of a sorted array of doubles; null for an empty array. */
  static Column median(Column sorted) {
    Column n = size(sorted);
    Column half = n.divide(2).cast("int");
    return when(n.equalTo(0), lit(null).cast("double"))
        .when(n.mod(2).equalTo(1), element_at(sorted, half.plus(1)))
        .otherwise(element_at(sorted, half).plus(element_at(sorted, half.plus(1))).divide(2));
  }

  static Column[] columns(org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fields())
        .map(f -> col(f.name()).cast(f.dataType()).as(f.name()))
        .toArray(Column[]::new);
  }

  static scala.collection.immutable.Seq<String> toSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
