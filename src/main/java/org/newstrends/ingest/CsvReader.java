package org.newstrends.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/**
 * Reads CSV files with a header (files, directories, globs; plain, gzip, bzip2, zstd) through
 * {@link CsvParser}. A CSV file with multi-line quoted fields cannot be split safely, so each file
 * is read whole by one task (as Spark's own {@code multiLine} CSV reader does); many files are read
 * in parallel. Decoding is UTF-8 (invalid bytes become U+FFFD).
 */
public final class CsvReader implements ArticleReader {

  @Override
  public Dataset<Row> read(
      SparkSession spark,
      InputSpec input,
      List<InputFiles.Listed> files,
      IngestConfig ingest,
      DateWindow window) {
    Map<String, String> mapping = Map.copyOf(input.fieldMapping());
    LocalDate assumeDate = input.assumedDate();
    long max = ingest.maxRecordBytes();
    WholeFileReads.FileParser parser =
        (file, in) ->
            CsvParser.parse(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                file,
                mapping,
                assumeDate,
                max);
    return WholeFileReads.read(
        spark, files, CsvParser.FORMAT, new RowMaker(input.path(), window), true, parser);
  }
}
