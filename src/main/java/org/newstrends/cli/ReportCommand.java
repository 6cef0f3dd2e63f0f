package org.newstrends.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.newstrends.report.Report;
import org.newstrends.report.ReportManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newstrends report --output DIR}: rebuilds DIR/report/index.html from a finished run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Rebuild the HTML report (DIR/report/index.html) of an existing output.")
public final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description = "output directory of a finished newstrends run")
  String output;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(HadoopConfiguration.ofSparkProperties());
    try {
      // a missing, truncated or foreign manifest is found here, before Spark starts
      ReportManifest.read(fs, root);
    } catch (ReportManifest.Unusable e) {
      err.println("newstrends: configuration error: " + e.getMessage());
      return NewstrendsCli.EXIT_CONFIG_ERROR;
    }
    SparkSession spark = SparkSession.builder().appName("newstrends report").getOrCreate();
    try {
      Path written = Report.write(spark, fs, fs.makeQualified(root));
      spec.commandLine().getOut().println("report: " + written);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
