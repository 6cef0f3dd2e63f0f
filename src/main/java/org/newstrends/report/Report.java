package org.newstrends.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The run's HTML report, {@code DIR/report/index.html}: written by every run (into its staging
 * directory, so it is published with the tables) and rebuilt from an existing output by {@code
 * newstrends report --output DIR}. See docs/report.md.
 */
public final class Report {

  public static final String FOLDER = "report";
  public static final String FILE = "index.html";

  private Report() {}

  /**
   * Reads the tables and manifest under {@code root}, writes {@code root/report/index.html} and
   * returns its path.
   */
  public static Path write(SparkSession spark, FileSystem fs, Path root) throws IOException {
    String html = HtmlReport.render(new ReportData(spark, fs, root).build());
    Path target = new Path(new Path(root, FOLDER), FILE);
    try (OutputStream out = fs.create(target, true)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    // The local file system writes a checksum beside the file; output folders hold none.
    Path checksum = new Path(target.getParent(), "." + FILE + ".crc");
    if (fs.exists(checksum)) {
      fs.delete(checksum, false);
    }
    return target;
  }
}
