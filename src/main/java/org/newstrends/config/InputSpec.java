package org.newstrends.config;

/**
 * One input: a file, a directory or a glob, and the format its records are in.
 *
 * @param path a local path, a glob or a Hadoop file system URI
 * @param format one of {@link InputFormat#names()}
 */
public record InputSpec(String path, String format) {

  public InputSpec {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("an input needs a 'path'");
    }
    format = format == null ? InputFormat.TEXT_DUMP.configName() : format;
    InputFormat.fromName(format); // fails with the allowed names
  }

  /** The parsed format. */
  public InputFormat inputFormat() {
    return InputFormat.fromName(format);
  }
}
