package org.newstrends.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The input formats newstrends reads, by the name used in the config and on the command line. */
public enum InputFormat {
  TEXT_DUMP("text-dump"),
  JSONL("jsonl"),
  CSV("csv"),
  FILES("files"),
  WARC("warc");

  private final String configName;

  InputFormat(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }

  /** The allowed names, comma separated, for error messages. */
  public static String names() {
    return Arrays.stream(values()).map(InputFormat::configName).collect(Collectors.joining(", "));
  }

  /** Looks up a format by its config name; the exception lists the allowed names. */
  public static InputFormat fromName(String name) {
    for (InputFormat format : values()) {
      if (format.configName.equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown input format '" + name + "'; allowed: " + names());
  }
}
