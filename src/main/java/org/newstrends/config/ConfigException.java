package org.newstrends.config;

/**
 * A configuration error found before Spark starts. The message names the file, the line or key, and
 * what is allowed; the command line turns it into exit status 2.
 */
public class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
