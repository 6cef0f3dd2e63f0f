package org.newstrends.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/** Reads one input of one format into rows of {@link ParsedRows#SCHEMA}: one per input record. */
public interface ArticleReader {

  /**
   * Reads exactly {@code files} (listed by {@link InputFiles}, each physical file once) as the
   * input {@code input}; articles dated outside {@code window} become {@code impossible_date}
   * rejects.
   */
  Dataset<Row> read(
      SparkSession spark,
      InputSpec input,
      List<InputFiles.Listed> files,
      IngestConfig ingest,
      DateWindow window);

  /** Lists the input and reads it with the window of a run started today. */
  default Dataset<Row> read(SparkSession spark, InputSpec input, IngestConfig ingest) {
    Configuration conf =
        Codecs.register(new Configuration(spark.sparkContext().hadoopConfiguration()));
    List<InputFiles.Listed> files =
        InputFiles.list(input.path(), conf, ingest.followSymlinks()).files();
    return read(spark, input, files, ingest, ingest.dateWindow(LocalDate.now(ZoneOffset.UTC)));
  }

  /** The empty result of an input with no files. */
  static Dataset<Row> empty(SparkSession spark) {
    return spark.createDataFrame(List.of(), ParsedRows.SCHEMA);
  }
}
