package org.newstrends.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/** Reads one input of one format into rows of {@link ParsedRows#SCHEMA}: one per input record. */
public interface ArticleReader {

  Dataset<Row> read(SparkSession spark, InputSpec input, IngestConfig ingest);
}
