package org.newstrends.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The article columns every measure needs: {@code article_id}, {@code published_date}, {@code
 * source} (null becomes {@code unknown}), {@code canonical} and {@code word_count}.
 *
 * <p>{@code canonical} is the articles' {@code is_canonical} column when present (null counts as
 * canonical), and true for every article otherwise, so the deduplicated counts equal the raw ones
 * until wire copies have been grouped.
 */
final class ArticleKeys {

  static final String CANONICAL = "canonical";

  private ArticleKeys() {}

  static Dataset<Row> of(Dataset<Row> articles) {
    return articles.select(
        col("article_id"),
        col("published_date"),
        coalesce(col("source"), lit(Periods.UNKNOWN_SOURCE)).as("source"),
        canonical(articles).as(CANONICAL),
        col("word_count").cast("long").as("word_count"));
  }

  static Column canonical(Dataset<Row> articles) {
    return Arrays.asList(articles.columns()).contains("is_canonical")
        ? coalesce(col("is_canonical"), lit(true))
        : lit(true);
  }

  /** 1 for canonical rows, 0 otherwise. */
  static Column canonicalOne() {
    return org.apache.spark.sql.functions.when(col(CANONICAL), 1L).otherwise(0L);
  }
}
