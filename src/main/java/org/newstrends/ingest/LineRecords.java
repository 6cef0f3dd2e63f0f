package org.newstrends.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;

/**
 * Delimited records of listed files through Hadoop's line reader ({@link SafeTextInputFormat}):
 * split into many tasks for plain and bzip2 files, one task per gzip or zstd file, corrupt files
 * ending in one failure record instead of a failed task. Keys are the byte offsets of the records.
 * The files are those {@link InputFiles} listed: Hadoop lists nothing itself.
 */
final class LineRecords {

  private LineRecords() {}

  /**
   * @param delimiter the record delimiter, or {@code null} for lines
   */
  static JavaNewHadoopRDD<LongWritable, Text> open(
      SparkSession spark, List<InputFiles.Listed> files, IngestConfig ingest, String delimiter) {
    Configuration conf =
        Codecs.register(new Configuration(spark.sparkContext().hadoopConfiguration()));
    if (delimiter != null) {
      conf.set("textinputformat.record.delimiter", delimiter);
    }
    if (conf.get(SafeTextInputFormat.MAX_LINE_BYTES_KEY) == null) { // spark.hadoop.* may set it
      conf.setInt(
          SafeTextInputFormat.MAX_LINE_BYTES_KEY,
          SafeTextInputFormat.maxLineBytes(ingest.maxRecordBytes()));
    }
    conf.set(
        SafeTextInputFormat.FILES,
        files.stream().map(InputFiles.Listed::file).collect(Collectors.joining("\n")));
    long total = files.stream().mapToLong(InputFiles.Listed::size).sum();
    long splitBytes =
        ingest.splitBytes() > 0
            ? ingest.splitBytes()
            : SplitSizing.splitBytes(total, spark.sparkContext().defaultParallelism());
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopRDD(conf, SafeTextInputFormat.class, LongWritable.class, Text.class);
  }
}
