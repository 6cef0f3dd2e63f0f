package org.newstrends.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputFormat;
import org.newstrends.config.InputSpec;

/** Reads every input with the reader of its format into one dataset of {@link ParsedRows}. */
public final class Ingest {

  private Ingest() {}

  /** The reader for a format. */
  public static ArticleReader readerFor(InputFormat format) {
    return switch (format) {
      case TEXT_DUMP -> new TextDumpReader();
      case JSONL -> new JsonLinesReader();
      case CSV -> new CsvReader();
      case FILES -> new FilesReader();
      case WARC -> new WarcReader();
    };
  }

  /** All inputs as one dataset: one row per input record, article or reject. */
  public static Dataset<Row> readAll(
      SparkSession spark, List<InputSpec> inputs, IngestConfig ingest) {
    Dataset<Row> all = null;
    for (InputSpec input : inputs) {
      Dataset<Row> one = readerFor(input.inputFormat()).read(spark, input, ingest);
      all = all == null ? one : all.union(one);
    }
    if (all == null) {
      throw new IllegalArgumentException("no inputs");
    }
    return all;
  }
}
