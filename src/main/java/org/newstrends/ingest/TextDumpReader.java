package org.newstrends.ingest;

import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import scala.Tuple2;

/**
 * Reads plain-text dumps with Hadoop's {@link TextInputFormat}, using the next record's header
 * ({@code "\n date "}) as the record delimiter. Hadoop's line reader already hands a record that
 * straddles a split boundary to exactly one task, so a large file is read by many tasks without
 * losing or merging records; bzip2 files stay splittable, gzip files are read whole.
 */
public final class TextDumpReader implements ArticleReader {

  static final String RECORD_DELIMITER = "\n" + TextDumpParser.HEADER_PREFIX;

  /** The input could not be read to its end (corrupt or truncated compressed data). */
  public static final String REASON_CORRUPT_INPUT = "corrupt_input";

  @Override
  public Dataset<Row> read(SparkSession spark, InputSpec input, IngestConfig ingest) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", RECORD_DELIMITER);
    conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    long splitBytes =
        ingest.splitBytes() > 0
            ? ingest.splitBytes()
            : SplitSizing.splitBytes(
                new Path(input.path()), conf, spark.sparkContext().defaultParallelism());
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaNewHadoopRDD<LongWritable, Text> raw =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(
                input.path(), TextInputFormat.class, LongWritable.class, Text.class, conf);
    JavaRDD<Row> rows =
        raw.mapPartitionsWithInputSplit(
            new ParseSplit(input.path(), ingest.maxRecordBytes()), true);
    return spark.createDataFrame(rows, ParsedRows.SCHEMA);
  }

  /** Parses the records of one input split. Package-private so tests can call it directly. */
  static final class ParseSplit
      implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {

    private final String inputPath;
    private final long maxRecordBytes;

    ParseSplit(String inputPath, long maxRecordBytes) {
      this.inputPath = inputPath;
      this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
      String file = ((FileSplit) split).getPath().toString();
      return new Iterator<>() {
        private long lastOffset = ((FileSplit) split).getStart();
        private Row failure;
        private boolean failed;

        @Override
        public boolean hasNext() {
          if (failed) {
            return failure != null;
          }
          try {
            return records.hasNext();
          } catch (Exception e) {
            // A corrupt or truncated compressed file: what was read stays, the rest is one reject.
            failed = true;
            failure = ParsedRows.toRow(inputPath, corrupt(file, lastOffset, e));
            return true;
          }
        }

        @Override
        public Row next() {
          if (failed) {
            Row row = failure;
            failure = null;
            return row;
          }
          Tuple2<LongWritable, Text> record = records.next();
          lastOffset = record._1().get();
          return ParsedRows.toRow(inputPath, parseRecord(file, record._1().get(), record._2()));
        }
      };
    }

    static ParseResult corrupt(String file, long offset, Exception e) {
      return ParseResult.rejected(
          new Reject(
              file,
              offset,
              TextDumpParser.FORMAT,
              REASON_CORRUPT_INPUT,
              "reading stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
              null));
    }

    ParseResult parseRecord(String file, long key, Text value) {
      // Every record but a file's first lost its header prefix to the delimiter.
      boolean first = key == 0;
      String text = value.toString();
      String raw = first ? text : TextDumpParser.HEADER_PREFIX + text;
      long offset = first ? 0 : key - TextDumpParser.HEADER_PREFIX.length();
      long bytes = value.getLength() + (first ? 0 : TextDumpParser.HEADER_PREFIX.length());
      return TextDumpParser.parse(raw, bytes, file, offset, maxRecordBytes);
    }
  }
}
