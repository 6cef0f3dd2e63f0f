package org.newstrends.measure;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_repeat;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
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
 * <p>In: the articles' facts ({@link ArticleFacts#SCHEMA}) and the entities (entity_id,
 * entity_type, entity_name). Out: {@link Tables#ENTITY_TRENDS_SCHEMA}.
 *
 * <p>Periods of a source are the periods in which it published at least one dated article. A
 * (grain, source, entity) series has a row for every period with a mention, and a zero row for each
 * other period among the {@code window} periods before one: the baseline of every row with mentions
 * is written out, and quiet stretches are not padded.
 */
public final class EntityTrends {

  /** 1.4826 · MAD estimates the standard deviation of a normal distribution. */
  static final double MAD_TO_SIGMA = 1.4826;

  private EntityTrends() {}

  /**
   * @param facts {@link ArticleFacts#SCHEMA} rows
   * @param entities entity_id, entity_type, entity_name
   */
  public static Dataset<Row> build(
      Dataset<Row> facts, Dataset<Row> entities, MeasureConfig config) {
    Dataset<Row>[] parts = rollUp(facts, config);
    return finish(parts[0], parts[1], entities, config);
  }

  /**
   * The additive part, per (grain, period, source): {@code [0]} the articles of each period (grain,
   * period_start, source, total_articles, total_articles_dedup) and {@code [1]} the counts of each
   * entity (grain, period_start, source, entity_id and the counts). Each period's rows depend on
   * that period's articles only.
   */
  @SuppressWarnings("unchecked")
  static Dataset<Row>[] rollUp(Dataset<Row> facts, MeasureConfig config) {
    List<String> grains = config.grains();
    Dataset<Row> dated = facts.filter(col("published_date").isNotNull());
    Column canonical = col(ArticleKeys.CANONICAL);
    Dataset<Row> periods =
        Periods.rollUp(
            dated.select(
                col("published_date"),
                col("source"),
                lit(1L).as("total_articles"),
                ArticleKeys.canonicalOne().as("total_articles_dedup")),
            grains,
            true,
            new String[0],
            "total_articles",
            "total_articles_dedup");
    Dataset<Row> counts =
        Periods.rollUp(
            dated
                .select(
                    col("published_date"),
                    col("source"),
                    canonical,
                    explode(col("entities")).as("e"))
                .select(
                    col("published_date"),
                    col("source"),
                    col("e.entity_id").as("entity_id"),
                    col("e.n").as("mentions"),
                    lit(1L).as("articles"),
                    when(canonical, col("e.n")).otherwise(0L).as("mentions_dedup"),
                    ArticleKeys.canonicalOne().as("articles_dedup"),
                    col("e.n_outlet").as("mentions_outlet_voice"),
                    col("e.n_quote").as("mentions_in_quotes")),
            grains,
            true,
            new String[] {"entity_id"},
            COUNTS.toArray(String[]::new));
    return new Dataset[] {periods, counts};
  }

  /**
   * The corpus-wide finishing over all periods' rolled-up rows ({@link #rollUp}): each source's
   * periods numbered in order, zero rows inside the baseline window, shares, the rolling baseline
   * and spike scores.
   */
  static Dataset<Row> finish(
      Dataset<Row> periodRows,
      Dataset<Row> countRows,
      Dataset<Row> entities,
      MeasureConfig config) {
    // Each source's periods numbered in order, so the baseline can look back `window` periods
    // without a grid.
    Dataset<Row> periods =
        periodRows.withColumn(
            "idx",
            row_number().over(Window.partitionBy("grain", "source").orderBy("period_start")));
    Dataset<Row> counts =
        countRows.join(broadcast(periods), toSeq("grain", "source", "period_start"));

    // Zero rows: only the periods inside the baseline window of a period with mentions.
    int n = config.window();
    Dataset<Row> zeros =
        counts
            .filter(col("idx").gt(1))
            .select(
                col("grain"),
                col("source"),
                col("entity_id"),
                explode(sequence(greatest(col("idx").minus(n), lit(1)), col("idx").minus(1)))
                    .as("idx"))
            .distinct()
            .join(
                counts.select("grain", "source", "entity_id", "idx"),
                toSeq("grain", "source", "entity_id", "idx"),
                "left_anti")
            .join(broadcast(periods), toSeq("grain", "source", "idx"));
    for (String c : COUNTS) {
      zeros = zeros.withColumn(c, lit(0L));
    }
    Dataset<Row> rows =
        counts
            .unionByName(zeros)
            .join(broadcast(entities), toSeq("entity_id"), "left")
            .withColumn("share", col("articles").cast("double").divide(col("total_articles")))
            .withColumn(
                "share_dedup",
                when(
                    col("total_articles_dedup").gt(0),
                    col("articles_dedup").cast("double").divide(col("total_articles_dedup"))));
    return withSpikes(rows, config).select(columns(Tables.ENTITY_TRENDS_SCHEMA));
  }

  private static final List<String> COUNTS =
      List.of(
          "mentions",
          "articles",
          "mentions_dedup",
          "articles_dedup",
          "mentions_outlet_voice",
          "mentions_in_quotes");

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
        Window.partitionBy("grain", "source", "entity_id").orderBy("idx").rangeBetween(-n, -1);
    // The baseline periods of a row: the source's previous `window` periods (fewer at its start);
    // those without a row of this entity are zeros.
    Column periods = least(lit(n), col("idx").minus(1)).cast("int");
    Column seen = collect_list(col("share")).over(previous);
    Column history =
        sort_array(
            concat(seen, array_repeat(lit(0.0), greatest(lit(0), periods.minus(size(seen))))));
    Dataset<Row> withHistory =
        rows.withColumn("history_periods", periods)
            .withColumn("history", history)
            .withColumn(
                "rolling_share_mean",
                when(
                    col("history_periods").gt(0),
                    coalesce(sum(col("share")).over(previous), lit(0.0))
                        .divide(col("history_periods"))))
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
