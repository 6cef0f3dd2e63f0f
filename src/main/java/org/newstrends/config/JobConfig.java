package org.newstrends.config;

import java.util.List;
import java.util.Objects;

/**
 * The resolved configuration of one run, bound from {@code conf/newstrends.yaml}.
 *
 * <p>Precedence: command-line flags override the YAML file, which overrides the defaults written
 * in the records' compact constructors. The record lives on the driver; executors receive only the
 * resolved values they need (paths, limits).
 *
 * @param inputs what to read, each with its format
 * @param output the output directory (local path or any Hadoop file system URI)
 * @param ingest limits and split sizes for reading
 * @param measure which trend, co-occurrence and statistics tables to build, and their parameters
 */
public record JobConfig(
    List<InputSpec> inputs, String output, IngestConfig ingest, MeasureConfig measure) {

  public JobConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    ingest = ingest == null ? IngestConfig.DEFAULT : ingest;
    measure = measure == null ? MeasureConfig.DEFAULT : measure;
  }

  /** A configuration with the default measure section. */
  public JobConfig(List<InputSpec> inputs, String output, IngestConfig ingest) {
    this(inputs, output, ingest, null);
  }

  /** A copy with the inputs replaced. */
  public JobConfig withInputs(List<InputSpec> newInputs) {
    return new JobConfig(newInputs, output, ingest, measure);
  }

  /** A copy with the output replaced. */
  public JobConfig withOutput(String newOutput) {
    return new JobConfig(inputs, Objects.requireNonNull(newOutput), ingest, measure);
  }
}
