package org.newstrends.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes tables as Parquet that BI tools read without surprises: snappy, timestamps as
 * TIMESTAMP_MICROS (not INT96), dates as DATE, Hive-style partitions from {@link Tables}.
 */
public final class ParquetTableWriter {

  private ParquetTableWriter() {}

  /**
   * Sets the session options the output contract depends on. These decide the file format, not
   * resources, so the job owns them; spark-submit flags for them would produce broken outputs.
   */
  public static void configure(SparkSession spark) {
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.parquet.writeLegacyFormat", "false");
    spark.conf().set("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    spark.conf().set("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
  }

  /** Writes one table into the run's staging directory. */
  public static void write(Dataset<Row> table, String name, OutputDirectory out) {
    List<String> partitions = Tables.partitionColumns(name);
    DataFrameWriter<Row> writer =
        table.write().mode(SaveMode.ErrorIfExists).option("compression", "snappy");
    if (!partitions.isEmpty()) {
      writer = writer.partitionBy(partitions.toArray(String[]::new));
    }
    writer.parquet(out.stagedTable(name).toString());
    if (!partitions.isEmpty()) {
      writeSchemaIfEmpty(table, out.stagedTable(name), out);
    }
  }

  /**
   * An empty partitioned table has no partition directory and no file, which Spark, DuckDB and BI
   * tools cannot read ("unable to infer schema"); give it one empty, unpartitioned file that
   * carries the schema.
   */
  private static void writeSchemaIfEmpty(Dataset<Row> table, Path dir, OutputDirectory out) {
    try {
      RemoteIterator<LocatedFileStatus> files = out.fileSystem().listFiles(dir, true);
      while (files.hasNext()) {
        if (files.next().getPath().getName().endsWith(".parquet")) {
          return;
        }
      }
      out.fileSystem().delete(dir, true);
      table
          .sparkSession()
          .createDataFrame(List.of(), table.schema())
          .coalesce(1)
          .write()
          .option("compression", "snappy")
          .parquet(dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inspect " + dir, e);
    }
  }
}
