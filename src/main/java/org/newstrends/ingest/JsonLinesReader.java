package org.newstrends.ingest;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import scala.Tuple2;

/**
 * Reads JSON Lines (files, directories, globs; plain, gzip, bzip2, zstd) with Hadoop line records,
 * so a large plain or bzip2 file is read by many tasks; each line goes through {@link
 * JsonLinesParser} with the input's field mapping. {@code input_offset} is the byte offset of the
 * line in the (decompressed) file. Blank lines are skipped; a file that cannot be read to its end
 * adds one {@code corrupt_input} reject.
 */
public final class JsonLinesReader implements ArticleReader {

  @Override
  public Dataset<Row> read(
      SparkSession spark,
      InputSpec input,
      List<InputFiles.Listed> files,
      IngestConfig ingest,
      DateWindow window) {
    if (files.isEmpty()) {
      return ArticleReader.empty(spark);
    }
    JavaNewHadoopRDD<LongWritable, Text> raw = LineRecords.open(spark, files, ingest, null);
    JavaRDD<Row> rows =
        raw.mapPartitionsWithInputSplit(
            new ParseSplit(
                new RowMaker(input.path(), window),
                ingest.maxRecordBytes(),
                input.fieldMapping(),
                input.assumedDate()),
            true);
    return spark.createDataFrame(rows, ParsedRows.SCHEMA);
  }

  /** Parses the lines of one split. Package-private so tests can call it directly. */
  static final class ParseSplit
      implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {

    private final RowMaker rows;
    private final long maxRecordBytes;
    private final Map<String, String> mapping;
    private final LocalDate assumeDate;

    ParseSplit(
        RowMaker rows, long maxRecordBytes, Map<String, String> mapping, LocalDate assumeDate) {
      this.rows = rows;
      this.maxRecordBytes = maxRecordBytes;
      this.mapping = Map.copyOf(mapping);
      this.assumeDate = assumeDate;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
      String file = SafeTextInputFormat.fileOf(split);
      return rows.rows(
          new SkippingIterator<>(records, record -> parse(file, record._1().get(), record._2())),
          SafeTextInputFormat.startOf(split));
    }

    /** The result of one line record, or null for a blank line. */
    ParseResult parse(String file, long key, Text value) {
      if (key == SafeTextInputFormat.FAILURE_KEY) {
        return ParseResult.rejected(
            InputFailures.corrupt(
                file, 0, JsonLinesParser.FORMAT, new RuntimeException(value.toString())));
      }
      if (key == SafeTextInputFormat.TOO_LONG_KEY) {
        return ParseResult.rejected(
            SafeTextInputFormat.TooLong.decode(value)
                .reject(file, JsonLinesParser.FORMAT, maxRecordBytes));
      }
      if (value.getLength() <= maxRecordBytes && value.toString().isBlank()) {
        return null;
      }
      String line =
          value.getLength() > maxRecordBytes ? Reject.excerpt(value.toString()) : value.toString();
      return JsonLinesParser.parse(
          line, value.getLength(), file, key, maxRecordBytes, mapping, assumeDate);
    }
  }
}
