package org.newstrends.measure;

import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One type and name per entity id, taken from its mentions (the smallest, if they differ). */
final class Entities {

  private Entities() {}

  /** Out: entity_id, entity_type, entity_name. */
  static Dataset<Row> names(Dataset<Row> mentions) {
    return mentions
        .groupBy("entity_id")
        .agg(min("entity_type").as("entity_type"), min("entity_name").as("entity_name"));
  }
}
