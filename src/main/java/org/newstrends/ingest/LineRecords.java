package org.newstrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/**
 * Delimited records of an input through Hadoop's line reader ({@link SafeTextInputFormat}): split
 * into many tasks for plain and bzip2 files, one task per gzip or zstd file, recursive into
 * directories, corrupt files ending in one failure record instead of a failed task. Keys are the
 * byte offsets of the records.
 */
final class LineRecords {

  private LineRecords() {}

  /**
   * @param delimiter the record delimiter, or {@code null} for lines
   */
  static JavaNewHadoopRDD<LongWritable, Text> open(
      SparkSession spark, InputSpec input, IngestConfig ingest, String delimiter) {
    Configuration conf =
        Codecs.register(new Configuration(spark.sparkContext().hadoopConfiguration()));
    conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    if (delimiter != null) {
      conf.set("textinputformat.record.delimiter", delimiter);
    }
    long splitBytes =
        ingest.splitBytes() > 0
            ? ingest.splitBytes()
            : SplitSizing.splitBytes(
                new Path(input.path()), conf, spark.sparkContext().defaultParallelism());
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopFile(
            input.path(), SafeTextInputFormat.class, LongWritable.class, Text.class, conf);
  }
}
