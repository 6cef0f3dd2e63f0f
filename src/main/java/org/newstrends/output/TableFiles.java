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
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;

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

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
