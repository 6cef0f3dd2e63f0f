package org.newstrends.measure;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
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
    List<Column> dated = new ArrayList<>();
    dated.add(lit(Periods.ALL));
    for (String g : config.grains()) {
      dated.add(lit(g));
    }
    Column grains =
        when(col("published_date").isNull(), array(lit(Periods.ALL)))
            .otherwise(array(dated.toArray(Column[]::new)));
    Column words = col("word_count");
    Dataset<Row> rows =
        facts
            .withColumn("grain", explode(grains))
            .withColumn("period_start", Periods.periodStart(col("grain"), col("published_date")))
            .withColumn("source", explode(array(col("source"), lit(Periods.ALL_SOURCES))))
            .groupBy("grain", "period_start", "source")
            .agg(
                count(lit(1)).as("articles"),
                sum(ArticleKeys.canonicalOne()).as("canonical_articles"),
                sum(words).as("words"),
                sum(when(col(ArticleKeys.CANONICAL), words).otherwise(0L)).as("words_dedup"),
                sum(when(col("published_date").isNull(), 1L).otherwise(0L)).as("undated_articles"))
            .withColumn("duplicates", col("articles").minus(col("canonical_articles")))
            .withColumn(
                "rejects",
                when(
                    col("grain")
                        .equalTo(Periods.ALL)
                        .and(col("source").equalTo(Periods.ALL_SOURCES)),
                    lit(rejects).cast("long")))
            .withColumn(
                "period_start", when(col("grain").notEqual(Periods.ALL), col("period_start")));
    return rows.select(EntityTrends.columns(Tables.CORPUS_STATS_SCHEMA));
  }
}
