package org.newstrends.ingest;

/**
 * The reject of an input file that cannot be read to its end (a corrupt or truncated compressed
 * file, an unreadable file): one {@code corrupt_input} reject naming the file, instead of a failed
 * run. Records read before the failure stay.
 */
public final class InputFailures {

  public static final String REASON_CORRUPT_INPUT = "corrupt_input";

  private InputFailures() {}

  static Reject corrupt(String file, long offset, String format, Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail =
        "cannot read " + file + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
    return new Reject(file, offset, format, REASON_CORRUPT_INPUT, detail, null);
  }
}
