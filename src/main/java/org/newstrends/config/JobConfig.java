package org.newstrends.config;

import java.util.List;
import java.util.Objects;

/**
 * The resolved configuration of one run, bound from {@code conf/newstrends.yaml}.
 *
 * <p>Precedence: command-line flags override the YAML file, which overrides the defaults written in
 * the records' compact constructors. The record lives on the driver; executors receive only the
 * resolved values they need (paths, limits, compiled gazetteers).
 *
 * @param inputs what to read, each with its format
 * @param output the output directory (local path or any Hadoop file system URI)
 * @param ingest limits and split sizes for reading
 * @param dedup grouping of wire copies and near-duplicates
 * @param annotate gazetteers and settings of the annotate stage (off when absent)
 * @param measure which trend, co-occurrence and statistics tables to build, and their parameters
 * @param outlets the outlet mapping file (docs/outputs.md, "outlets"); null = the built-in copy of
 *     conf/outlets.tsv
 */
public record JobConfig(
    List<InputSpec> inputs,
    String output,
    IngestConfig ingest,
    DedupConfig dedup,
    AnnotateConfig annotate,
    MeasureConfig measure,
    String outlets) {

  /** A configuration with the built-in outlet mapping. */
  public JobConfig(
      List<InputSpec> inputs,
      String output,
      IngestConfig ingest,
      DedupConfig dedup,
      AnnotateConfig annotate,
      MeasureConfig measure) {
    this(inputs, output, ingest, dedup, annotate, measure, null);
  }

  public JobConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    ingest = ingest == null ? IngestConfig.DEFAULT : ingest;
    dedup = dedup == null ? DedupConfig.DEFAULT : dedup;
    annotate = annotate == null ? AnnotateConfig.DISABLED : annotate;
    measure = measure == null ? MeasureConfig.DEFAULT : measure;
  }

  /** A configuration with default dedup and measure sections and no annotate stage. */
  public JobConfig(List<InputSpec> inputs, String output, IngestConfig ingest) {
    this(inputs, output, ingest, null, null, null);
  }

  /** A copy with the inputs replaced. */
  public JobConfig withInputs(List<InputSpec> newInputs) {
    return new JobConfig(newInputs, output, ingest, dedup, annotate, measure, outlets);
  }

  /** A copy with the output replaced. */
  public JobConfig withOutput(String newOutput) {
    return new JobConfig(
        inputs, Objects.requireNonNull(newOutput), ingest, dedup, annotate, measure, outlets);
  }

  /** A copy with the ingest settings replaced. */
  public JobConfig withIngest(IngestConfig newIngest) {
    return new JobConfig(inputs, output, newIngest, dedup, annotate, measure, outlets);
  }

  /** A copy with the dedup settings replaced. */
  public JobConfig withDedup(DedupConfig newDedup) {
    return new JobConfig(inputs, output, ingest, newDedup, annotate, measure, outlets);
  }

  /** A copy with the annotate settings replaced. */
  public JobConfig withAnnotate(AnnotateConfig newAnnotate) {
    return new JobConfig(inputs, output, ingest, dedup, newAnnotate, measure, outlets);
  }

  /** A copy with the measure settings replaced. */
  public JobConfig withMeasure(MeasureConfig newMeasure) {
    return new JobConfig(inputs, output, ingest, dedup, annotate, newMeasure, outlets);
  }
}
