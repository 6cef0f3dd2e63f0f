package org.newstrends.ingest;

import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/**
 * Reads a folder tree with one article per file through {@link FilesParser}: {@code section} is the
 * name of the file's parent folder (null for files directly in the input folder), {@code
 * input_offset} is 0 and {@code input_file} the file. Compressed files are decompressed by suffix.
 */
public final class FilesReader implements ArticleReader {

  @Override
  public Dataset<Row> read(
      SparkSession spark,
      InputSpec input,
      List<InputFiles.Listed> files,
      IngestConfig ingest,
      DateWindow window) {
    String root = new Path(input.path()).toUri().getPath();
    LocalDate assumeDate = input.assumedDate();
    long max = ingest.maxRecordBytes();
    WholeFileReads.FileParser parser =
        (file, in) -> {
          // Read at most max + 1 bytes: enough to know a file is too large.
          byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
          // Over the limit: count the rest (not keep it) so the reject says the real size.
          long total =
              bytes.length > max
                  ? bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream())
                  : bytes.length;
          return List.of(
                  FilesParser.parse(bytes, total, file, section(file, root), assumeDate, max))
              .iterator();
        };
    return WholeFileReads.read(
        spark, files, FilesParser.FORMAT, new RowMaker(input.path(), window), true, parser);
  }

  /** The parent folder's name, or null when the file lies directly in the input folder. */
  static String section(String file, String inputRoot) {
    Path parent = new Path(file).getParent();
    if (parent == null || parent.getParent() == null) {
      return null;
    }
    String parentPath = parent.toUri().getPath();
    String root =
        inputRoot.endsWith("/") ? inputRoot.substring(0, inputRoot.length() - 1) : inputRoot;
    return parentPath.equals(root) ? null : parent.getName();
  }
}
