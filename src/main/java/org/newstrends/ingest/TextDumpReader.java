package org.newstrends.ingest;

import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
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
 * Reads plain-text dumps with Hadoop's {@link TextInputFormat}, using the next record's header
 * ({@code "\n date "}, or {@code "\r date "} in a file of old-Mac line ends, see {@link
 * SafeTextInputFormat}) as the record delimiter (see {@link LineRecords}). Hadoop's line reader
 * already hands a record that straddles a split boundary to exactly one task, so a large file is
 * read by many tasks without losing or merging records; bzip2 files stay splittable, gzip files are
 * read whole.
 */
public final class TextDumpReader implements ArticleReader {

  static final String RECORD_DELIMITER = "\n" + TextDumpParser.HEADER_PREFIX;

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
    JavaNewHadoopRDD<LongWritable, Text> raw =
        LineRecords.open(spark, files, ingest, RECORD_DELIMITER);
    JavaRDD<Row> rows =
        raw.mapPartitionsWithInputSplit(
            new ParseSplit(new RowMaker(input.path(), window), ingest.maxRecordBytes()), true);
    return spark.createDataFrame(rows, ParsedRows.SCHEMA);
  }

  /** Parses the records of one input split. Package-private so tests can call it directly. */
  static final class ParseSplit
      implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {

    private final RowMaker rows;
    private final long maxRecordBytes;

    ParseSplit(RowMaker rows, long maxRecordBytes) {
      this.rows = rows;
      this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
      String file = SafeTextInputFormat.fileOf(split);
      Iterator<ParseResult> results =
          new Iterator<>() {
            private final java.util.ArrayDeque<ParseResult> ready = new java.util.ArrayDeque<>();

            @Override
            public boolean hasNext() {
              return !ready.isEmpty() || records.hasNext();
            }

            @Override
            public ParseResult next() {
              if (ready.isEmpty()) {
                Tuple2<LongWritable, Text> record = records.next();
                ready.addAll(parseRecords(file, record._1().get(), record._2()));
              }
              return ready.poll();
            }
          };
      return rows.rows(results, SafeTextInputFormat.startOf(split));
    }

    /**
     * The record's result, then a reject for any text after its SOURCE line. A header after a line
     * end other than the delimiter's (a lone CR in an LF file, an LF in a CR file) starts a record
     * of its own, so mixed line ends never glue two records together.
     */
    List<ParseResult> parseRecords(String file, long key, Text value) {
      if (key < 0 || value.getLength() > maxRecordBytes) {
        return List.of(parseRecord(file, key, value)); // a failure or too long: one reject
      }
      String text = value.toString();
      boolean first = key == 0;
      long at = first ? 0 : key - TextDumpParser.HEADER_PREFIX.length();
      String prefix = first ? "" : TextDumpParser.HEADER_PREFIX;
      List<ParseResult> out = new java.util.ArrayList<>();
      java.util.regex.Matcher header = INNER_HEADER.matcher(text);
      int start = 0;
      while (true) {
        boolean more = header.find();
        int end = more ? header.start() + 1 : text.length();
        String piece = text.substring(start, end);
        String raw = start == 0 ? prefix + piece : piece;
        int junk = TextDumpParser.trailingText(raw);
        String record = junk < 0 ? raw : raw.substring(0, junk);
        long recordBytes = utf8Bytes(record);
        out.add(TextDumpParser.parse(record, recordBytes, file, at, maxRecordBytes));
        long junkBytes = 0;
        if (junk >= 0) {
          String trailing = raw.substring(junk);
          out.add(TextDumpParser.trailingReject(trailing, file, at + recordBytes));
          junkBytes = utf8Bytes(trailing);
        }
        if (!more) {
          return out;
        }
        // Offsets advance piece by piece: measuring all text before each piece was quadratic.
        at += recordBytes + junkBytes;
        start = end;
      }
    }

    private static long utf8Bytes(String s) {
      return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static final java.util.regex.Pattern INNER_HEADER =
        java.util.regex.Pattern.compile("(?:\\r(?!\\n)|\\n) date \\d{4}-\\d{2}-\\d{2}");

    ParseResult parseRecord(String file, long key, Text value) {
      if (key == SafeTextInputFormat.FAILURE_KEY) {
        return ParseResult.rejected(
            InputFailures.corrupt(
                file, 0, TextDumpParser.FORMAT, new RuntimeException(value.toString())));
      }
      if (key == SafeTextInputFormat.TOO_LONG_KEY) {
        return ParseResult.rejected(
            SafeTextInputFormat.TooLong.decode(value)
                .reject(file, TextDumpParser.FORMAT, maxRecordBytes));
      }
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
