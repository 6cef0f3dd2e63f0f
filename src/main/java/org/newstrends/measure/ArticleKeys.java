package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/**
 * The name of the facts' canonical flag ({@code canonical}: an article's {@code is_canonical}, null
 * counting as canonical, so deduplicated counts equal the raw ones until wire copies are grouped).
 */
final class ArticleKeys {

  static final String CANONICAL = "canonical";

  private ArticleKeys() {}

  /** 1 for canonical rows, 0 otherwise. */
  static Column canonicalOne() {
    return org.apache.spark.sql.functions.when(col(CANONICAL), 1L).otherwise(0L);
  }
}
