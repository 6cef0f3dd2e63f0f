package org.newstrends.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newstrends.HeapLimits;
import org.newstrends.NewstrendsJob;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.config.ConfigException;
import org.newstrends.config.ConfigLoader;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.output.Manifest;
import org.newstrends.output.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newstrends run}: loads and checks the configuration, then builds the Spark session and
 * runs {@link NewstrendsJob}. Flags override the YAML file. The session gets no master and no
 * resource settings here: spark-submit (or {@code -Dspark.master} for a local run) decides.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Read article dumps and write the newstrends tables as Parquet.")
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML job config (default: $NEWSTRENDS_CONFIG, else conf/newstrends.yaml)")
  Path config;

  @Option(
      names = "--input",
      paramLabel = "PATH[,PATH...]",
      split = ",",
      description = "input files, directories or globs; replaces the config's inputs")
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "format of the --input paths (default: text-dump)")
  String format;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "field mapping preset of the --input paths (jsonl, csv; see docs/formats.md)")
  String preset;

  @Option(names = "--output", paramLabel = "DIR", description = "output directory")
  String output;

  @Option(
      names = "--split-bytes",
      paramLabel = "N",
      description = "bytes per read task for splittable inputs (default: automatic)")
  Long splitBytes;

  @Option(
      names = "--incremental",
      description = {
        "read only the inputs the output has not seen (new files, and files whose size,"
            + " modification time or SHA-256 changed) and take the rest from the previous output;"
            + " the result equals a full run over all current inputs. A changed file's old"
            + " articles are replaced, a file no input lists any more leaves every table. Without"
            + " a usable run state in the output (first run, another version, configuration or"
            + " gazetteer) the run reads everything and says why (docs/operations.md)"
      })
  boolean incremental;

  /** The gazetteer {@link #resolve} compiled while checking the configuration. */
  private CompiledGazetteer gazetteer;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    JobConfig job;
    try {
      job = resolve();
      OutputDirectory.checkReplaceable(job.output(), HadoopConfiguration.ofSparkProperties());
      HeapLimits.check(
          new SparkConf(), Runtime.getRuntime().maxMemory(), NewstrendsJob.HEAP_LIMITS);
    } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
      err.println("newstrends: configuration error: " + e.getMessage());
      return NewstrendsCli.EXIT_CONFIG_ERROR;
    }
    SparkSession spark = SparkSession.builder().appName("newstrends").getOrCreate();
    try {
      Manifest manifest = NewstrendsJob.run(spark, job, newRunId(), incremental, gazetteer);
      PrintWriter console = spec.commandLine().getOut();
      console.println("newstrends output: " + job.output());
      printSummary(console, manifest);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The config file with the flags applied over it, checked. */
  JobConfig resolve() {
    Path file = config;
    String fromEnv = System.getenv("NEWSTRENDS_CONFIG");
    if (file == null && fromEnv != null && !fromEnv.isBlank()) {
      file = Path.of(fromEnv);
    } else if (file == null && java.nio.file.Files.isRegularFile(Path.of("conf/newstrends.yaml"))) {
      file = Path.of("conf/newstrends.yaml");
    }
    JobConfig job =
        file == null
            ? new JobConfig(List.of(), null, IngestConfig.DEFAULT)
            : ConfigLoader.load(file);
    String origin = file == null ? "command line" : file.toString();
    String inputsOrigin = origin;
    if (inputs != null && !inputs.isEmpty()) {
      List<InputSpec> specs = new ArrayList<>();
      for (String path : inputs) {
        specs.add(new InputSpec(path, format, preset, null, null));
      }
      job = job.withInputs(specs);
      inputsOrigin = "--input";
    } else if (format != null || preset != null) {
      throw new ConfigException("--format and --preset apply to --input paths; pass --input too");
    }
    if (output != null) {
      job = job.withOutput(output);
    }
    if (splitBytes != null) {
      job = job.withIngest(job.ingest().withSplitBytes(splitBytes));
    }
    ConfigLoader.validate(job, origin, inputsOrigin);
    // a broken gazetteer or word list stops us here; the run matches with what this compiled
    gazetteer = NewstrendsJob.compileGazetteer(job);
    return job;
  }

  private static String newRunId() {
    return LocalDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  static void printSummary(PrintWriter out, Manifest m) {
    org.newstrends.RunReport.summary(out, m);
  }
}
