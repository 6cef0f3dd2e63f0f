package org.newstrends.output;

import java.util.List;
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
  }
}
