package org.newstrends.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Writes tables as Parquet that every common reader (DuckDB, pyarrow, pandas, Polars, fastparquet,
 * Spark) reads identically: snappy, timestamps as TIMESTAMP_MICROS (not INT96), dates as DATE,
 * Parquet format v1 data pages, no partition folders (every column is inside the files), and no
 * column chunk that starts with a dictionary and falls back to plain encoding (fastparquet reads
 * the plain pages of such a chunk as nulls, silently): dictionary encoding is off except for the
 * string columns of {@link #DICTIONARY_COLUMNS}, whose few distinct values never overflow a
 * dictionary.
 *
 * <p>A table is one file until its estimated size calls for more ({@link #files}): then it is
 * range-partitioned by its sort keys ({@link Tables#sortKeys}) into files of about {@link
 * #TARGET_FILE_BYTES} (a table written with a key sample, i.e. a measure table, into files of at
 * most about {@link #MEASURE_FILE_BYTES}, and from {@link #SPLIT_BYTES} on into at least one file
 * per core, up to one per {@link #SPLIT_BYTES}), sorted inside, so each file and each row group
 * covers a key range its statistics describe (a date range for {@code articles}, {@code
 * article_parts} and {@code mentions}, whose keys start with the date). Several files are also
 * several tasks: a measure table of a large corpus is no longer sorted and written by one core. A
 * {@link PackedTable} is partitioned and sorted by its packed key, which orders the rows as the
 * sort keys do, and completed into its columns after the sort.
 */
public final class ParquetTableWriter {

  /** String columns with few distinct values: dictionary-encoded (never overflow a dictionary). */
  public static final Set<String> DICTIONARY_COLUMNS =
      Set.of(
          "grain",
          "level",
          "kind",
          "entity_type",
          "type_a",
          "type_b",
          "actor_type",
          "match_kind",
          "field",
          "quote_kind",
          "input_format",
          "language",
          "reason",
          "outlet_id",
          "country");

  /** Target size of one file of a large table (128-512 MB band). */
  public static final long TARGET_FILE_BYTES = 256L << 20;

  /** The smallest file a large table is split into (the band's floor) to fill the cores. */
  public static final long MIN_FILE_BYTES = 128L << 20;

  /**
   * The size from which a table is written by at least as many tasks as the job has cores, in files
   * of at least this size: below it, sorting and writing in one task costs less than a second
   * file's range partitioning; above it, one task sorting and writing while the other cores idle is
   * the longest step of the write (the 100 MiB corpus's {@code cooccurrence}, about 45 MB).
   */
  public static final long SPLIT_BYTES = 16L << 20;

  /**
   * The most bytes a file of a measure table (a table written with a key sample) is planned to
   * hold: the task that writes a file first sorts its rows in memory, at several times their
   * compressed size ({@code cooccurrence}'s packed rows at about seven times: a 32 MB file is about
   * 4 M rows and 360 MB of sort buffers). With the 256 MB of {@link #TARGET_FILE_BYTES}, the 1 GiB
   * benchmark corpus's {@code cooccurrence} (32.5 M rows, 260 MB) was two files whose two sorts
   * spilled 1.3 GB to disk under {@code -Xmx3g}.
   */
  public static final long MEASURE_FILE_BYTES = 32L << 20;

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

  /**
   * Writes a published table into the run's staging directory, sorted by {@link Tables#sortKeys}:
   * {@link #files} files for {@code estimatedBytes}, range-partitioned by the keys when more than
   * one (Spark samples the table for the ranges: persist a table that is costly to compute).
   */
  public static void write(
      Dataset<Row> table, String name, OutputDirectory out, long estimatedBytes) {
    write(table, name, out, estimatedBytes, null);
  }

  /**
   * Like {@link #write(Dataset, String, OutputDirectory, long)}, with the file ranges drawn from
   * {@code keySample} when there is more than one file: rows with the sort-key columns, distributed
   * like the table's and cheap to compute, so the table itself is computed once ({@link
   * KeyRanges}). Null: Spark's range partitioning, which samples the table.
   */
  public static void write(
      Dataset<Row> table,
      String name,
      OutputDirectory out,
      long estimatedBytes,
      Dataset<Row> keySample) {
    List<String> keys = Tables.sortKeys(name);
    Column[] order =
        keys.stream().map(k -> functions.col(k).asc_nulls_first()).toArray(Column[]::new);
    Dataset<Row> partitioned =
        inFiles(
            table,
            keys,
            order,
            keySample,
            UnaryOperator.identity(),
            files(estimatedBytes, table, keySample));
    writeLaidOut(partitioned.sortWithinPartitions(order), name, out);
  }

  /**
   * Like {@link #write(Dataset, String, OutputDirectory, long, Dataset)} for a table written from
   * narrow rows ({@link PackedTable}): partitioned and sorted by its packed key (one long: Spark's
   * radix sort, no row comparisons), then completed into its columns. The file ranges are drawn
   * from {@code keySample}'s packed keys when there is more than one file.
   */
  public static void write(
      PackedTable table,
      String name,
      OutputDirectory out,
      long estimatedBytes,
      Dataset<Row> keySample) {
    Column key = functions.col(PackedSortKey.COLUMN);
    Dataset<Row> partitioned =
        inFiles(
            table.rows(),
            List.of(PackedSortKey.COLUMN),
            new Column[] {key},
            keySample,
            table.keys(),
            files(estimatedBytes, table.rows(), keySample));
    writeLaidOut(table.complete().apply(partitioned.sortWithinPartitions(key)), name, out);
  }

  /**
   * {@code rows} in {@code files} partitions, one per file: ranges of the sort {@code keys} drawn
   * from {@code keySample} ({@link KeyRanges}; {@code toKeys} makes its drawn rows' keys), or by
   * Spark's range partitioning (which samples {@code rows}) when there is no sample.
   */
  private static Dataset<Row> inFiles(
      Dataset<Row> rows,
      List<String> keys,
      Column[] order,
      Dataset<Row> keySample,
      UnaryOperator<Dataset<Row>> toKeys,
      int files) {
    if (files == 1) {
      return rows.repartition(1);
    }
    if (keySample == null) {
      return rows.repartitionByRange(files, order);
    }
    return KeyRanges.partition(rows, keys, keySample, toKeys, files);
  }

  /** Writes rows already partitioned into files and sorted inside them. */
  private static void writeLaidOut(Dataset<Row> laidOut, String name, OutputDirectory out) {
    // Names the Spark jobs of this write in the UI and the event log ("newstrends: write NAME").
    var context = laidOut.sparkSession().sparkContext();
    context.setJobDescription("newstrends: write " + name);
    try {
      writer(laidOut).parquet(out.stagedTable(name).toString());
    } finally {
      context.setJobDescription(null);
    }
  }

  /**
   * The number of files for a table of about {@code estimatedBytes} written without a key sample by
   * a job with {@code cores} cores: one per started {@link #TARGET_FILE_BYTES}, rounded up to a
   * multiple of the cores where each file still gets {@link #MIN_FILE_BYTES} (a table of one file
   * stays one). Each file is one task's sort and write: the 1 GiB corpus's {@code articles} and
   * {@code article_parts} were three files each, so one core sorted and wrote the third alone.
   */
  public static int tableFiles(long estimatedBytes, int cores) {
    long files = (Math.max(estimatedBytes, 1) + TARGET_FILE_BYTES - 1) / TARGET_FILE_BYTES;
    // One file needs no range partitioning, which would compute the table once more to sample it.
    return files == 1 ? 1 : roundedUp(files, cores, estimatedBytes / MIN_FILE_BYTES);
  }

  /**
   * The number of files for a measure table of about {@code estimatedBytes} written by a job with
   * {@code cores} cores: one per started {@link #MEASURE_FILE_BYTES}, and from {@link #SPLIT_BYTES}
   * on at least one per core, as long as each file gets {@link #SPLIT_BYTES}. The count is rounded
   * up to a multiple of the cores where each file still gets {@link #SPLIT_BYTES}: each file is one
   * task's sort and write, and nine tasks on two cores left one core idle for the last ninth of the
   * 1 GiB corpus's {@code cooccurrence} write.
   */
  public static int measureFiles(long estimatedBytes, int cores) {
    long n = Math.max(cores, 1);
    long perCore = Math.min(n, estimatedBytes / SPLIT_BYTES);
    long bySize = (Math.max(estimatedBytes, 1) + MEASURE_FILE_BYTES - 1) / MEASURE_FILE_BYTES;
    return roundedUp(Math.max(bySize, perCore), n, estimatedBytes / SPLIT_BYTES);
  }

  /**
   * {@code files} rounded up to a multiple of {@code cores}, unless that is more than {@code most}.
   */
  private static int roundedUp(long files, long cores, long most) {
    long n = Math.max(cores, 1);
    long rounded = (files + n - 1) / n * n;
    return (int) (rounded <= most ? rounded : files);
  }

  /**
   * With a key sample (the measure tables), ranges cost a small job over the sample, so a table is
   * split across the cores from {@link #SPLIT_BYTES} on; without one, Spark's range partitioning
   * samples (and so computes) the table itself, which is worth it only past {@link
   * #TARGET_FILE_BYTES}.
   */
  private static int files(long estimatedBytes, Dataset<Row> table, Dataset<Row> keySample) {
    int cores = table.sparkSession().sparkContext().defaultParallelism();
    return keySample == null
        ? tableFiles(estimatedBytes, cores)
        : measureFiles(estimatedBytes, cores);
  }

  /** The writer with the format options of the contract, for {@code table}'s columns. */
  static DataFrameWriter<Row> writer(Dataset<Row> table) {
    DataFrameWriter<Row> writer =
        table
            .write()
            .mode(SaveMode.ErrorIfExists)
            .option("compression", "snappy")
            .option("parquet.writer.version", "v1")
            .option("parquet.enable.dictionary", "false")
            .option("parquet.page.size", String.valueOf(1 << 20))
            .option("parquet.block.size", String.valueOf(128 << 20));
    for (StructField f : table.schema().fields()) {
      if (f.dataType() instanceof StringType && DICTIONARY_COLUMNS.contains(f.name())) {
        writer = writer.option("parquet.enable.dictionary#" + f.name(), "true");
      }
    }
    return writer;
  }

  /** Bytes of the Parquet files under {@code dir}; 0 when it does not exist. */
  public static long bytes(OutputDirectory out, Path dir) {
    long total = 0;
    for (FileStatus f : parquetFiles(out, dir)) {
      total += f.getLen();
    }
    return total;
  }

  /** The Parquet files under {@code dir}, recursively, sorted by path. */
  public static List<FileStatus> parquetFiles(OutputDirectory out, Path dir) {
    List<FileStatus> files = new ArrayList<>();
    try {
      if (!out.fileSystem().exists(dir)) {
        return files;
      }
      for (FileStatus f : OutputDirectory.filesUnder(out.fileSystem(), dir)) {
        if (f.getPath().getName().endsWith(".parquet")) {
          files.add(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
    return files;
  }
}
