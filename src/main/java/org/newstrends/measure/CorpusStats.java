package org.newstrends.measure;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code corpus_stats}: per grain, period and source (each outlet and {@code ALL}) the
 * articles, canonical articles, duplicates (articles − canonical articles) and words, in one pass.
 *
 * <p>An all-time grain {@code all} (period_start null) also counts the articles without a date.
 * Rejects have no date and no reliable source, so {@code rejects} is null everywhere except in the
 * single (all, null, ALL) row, which carries the run's reject count when it is known. Out: {@link
 * Tables#CORPUS_STATS_SCHEMA}.
 */
public final class CorpusStats {

  private CorpusStats() {}

  /**
   * @param facts {@link ArticleFacts#SCHEMA} rows, or any rows with published_date, source,
   *     canonical and word_count
   */
  public static Dataset<Row> build(Dataset<Row> facts, MeasureConfig config, Long rejects) {
    return finish(rollUp(facts, config), config, rejects);
  }

  /** The grain of the rolled-up rows of the articles without a date (period_start null). */
  static final String UNDATED = Periods.UNDATED;

  private static final String[] SUMS = {"articles", "canonical_articles", "words", "words_dedup"};

  /**
   * The additive part: per (grain, period, source) of the dated articles, and per source of the
   * undated ones (grain {@link #UNDATED}, period_start null), the articles, canonical articles and
   * words. Each period's rows depend on that period's articles only; the undated rows on the
   * undated articles.
   */
  static Dataset<Row> rollUp(Dataset<Row> facts, MeasureConfig config) {
    Column words = col("word_count");
    Dataset<Row> counted =
        facts.select(
            col("published_date"),
            col("source"),
            lit(1L).as("articles"),
            ArticleKeys.canonicalOne().as("canonical_articles"),
            words.as("words"),
            when(col(ArticleKeys.CANONICAL), words).otherwise(0L).as("words_dedup"));
    Dataset<Row> dated =
        Periods.rollUp(
            counted.filter(col("published_date").isNotNull()),
            config.grains(),
            true,
            new String[0],
            SUMS);
    List<Column> sums = new ArrayList<>();
    for (String c : SUMS) {
      sums.add(sum(col(c)).as(c));
    }
    Dataset<Row> undated =
        counted
            .filter(col("published_date").isNull())
            .withColumn("source", explode(array(col("source"), lit(Periods.ALL_SOURCES))))
            .groupBy("source")
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
            .withColumn("grain", lit(UNDATED))
            .withColumn("period_start", lit(null).cast("date"));
    return dated.unionByName(undated);
  }

  /**
   * The finishing over all rolled-up rows ({@link #rollUp}): the all-time grain (the periods of one
   * grain plus the undated articles, per source), duplicates, and the run's rejects.
   */
  static Dataset<Row> finish(Dataset<Row> counted, MeasureConfig config, Long rejects) {
    String base = Periods.baseGrain(config.grains());
    List<Column> sums = new ArrayList<>();
    for (String c : SUMS) {
      sums.add(sum(col(c)).as(c));
    }
    sums.add(
        sum(when(col("grain").equalTo(UNDATED), col("articles")).otherwise(0L))
            .as("undated_articles"));
    Dataset<Row> allTime =
        counted
            .filter(col("grain").isin(base, UNDATED))
            .groupBy("source")
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
            .withColumn("grain", lit(Periods.ALL))
            .withColumn("period_start", lit(null).cast("date"));
    Dataset<Row> rows =
        counted
            .filter(col("grain").notEqual(UNDATED))
            .withColumn("undated_articles", lit(0L))
            .unionByName(allTime)
            .withColumn("duplicates", col("articles").minus(col("canonical_articles")))
            .withColumn(
                "rejects",
                when(
                    col("grain")
                        .equalTo(Periods.ALL)
                        .and(col("source").equalTo(Periods.ALL_SOURCES)),
                    lit(rejects).cast("long")));
    return rows.select(EntityTrends.columns(Tables.CORPUS_STATS_SCHEMA));
  }
}
