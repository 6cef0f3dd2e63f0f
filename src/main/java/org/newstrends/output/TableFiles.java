package org.newstrends.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.plans.logical.Generate;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import scala.jdk.javaapi.CollectionConverters;

/** The files of the published tables, read from their Parquet footers, for the manifest. */
public final class TableFiles {

  private TableFiles() {}

  /** One Parquet file: its table, path relative to the output directory, rows and bytes. */
  public record File(String table, String path, long rows, long bytes) {}

  /**
   * One table: its folder relative to the output directory, rows, bytes, the SHA-256 (first 16 hex
   * digits) of its Parquet schema (column names, types and nesting), and its files.
   */
  public record Table(String path, long rows, long bytes, String schemaHash, List<File> files) {}

  /** Describes each staged table of {@code names} that exists, in that order. */
  public static Map<String, Table> describe(OutputDirectory out, List<String> names) {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (String name : names) {
      Path dir = out.stagedTable(name);
      List<FileStatus> statuses = ParquetTableWriter.parquetFiles(out, dir);
      if (statuses.isEmpty()) {
        continue;
      }
      List<File> files = new ArrayList<>();
      long rows = 0;
      long bytes = 0;
      String schema = null;
      String prefix = out.staging().toUri().getPath();
      for (FileStatus f : statuses) {
        try (ParquetFileReader reader =
            ParquetFileReader.open(HadoopInputFile.fromStatus(f, out.fileSystem().getConf()))) {
          long n = reader.getRecordCount();
          MessageType type = reader.getFooter().getFileMetaData().getSchema();
          if (schema == null) {
            schema = type.toString();
          }
          String relative = f.getPath().toUri().getPath().substring(prefix.length() + 1);
          files.add(new File(name, relative, n, f.getLen()));
          rows += n;
          bytes += f.getLen();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the footer of " + f.getPath(), e);
        }
      }
      tables.put(name, new Table(name, rows, bytes, hash(schema), files));
    }
    return tables;
  }

  /**
   * The most rows {@code query} can give, read from the Parquet footers of the files it scans
   * (nothing is computed): the sum over its scans when every leaf of its plan is a scan of Parquet
   * files and no join or generator ({@code explode}) can multiply rows; filters, projections,
   * aggregates and unions only keep or drop them. Empty for any other plan.
   */
  public static OptionalLong rowsAtMost(Dataset<?> query) {
    var spark = query.sparkSession();
    Configuration conf = spark.sessionState().newHadoopConf();
    long rows = 0;
    List<LogicalPlan> pending = new ArrayList<>(List.of(query.queryExecution().analyzed()));
    while (!pending.isEmpty()) {
      LogicalPlan plan = pending.remove(pending.size() - 1);
      if (plan instanceof Join || plan instanceof Generate) {
        return OptionalLong.empty();
      }
      List<LogicalPlan> children = CollectionConverters.asJava(plan.children());
      if (!children.isEmpty()) {
        pending.addAll(children);
        continue;
      }
      if (!(plan instanceof LogicalRelation scan)
          || !(scan.relation() instanceof HadoopFsRelation files)
          || !(files.fileFormat() instanceof ParquetFileFormat)) {
        return OptionalLong.empty();
      }
      for (String file : files.location().inputFiles()) {
        Path path = new Path(java.net.URI.create(file)); // a URI: "a%20b" is "a b"
        try (ParquetFileReader reader =
            ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
          rows += reader.getRecordCount();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the footer of " + path, e);
        }
      }
    }
    return OptionalLong.of(rows);
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
