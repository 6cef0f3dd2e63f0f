package org.newstrends.ingest;

import java.io.Serializable;

/**
 * An input record that could not become an article, with the reason.
 *
 * @param reason a stable code: one of the {@code REASON_*} constants of a parser
 * @param detail a human-readable explanation
 * @param rawExcerpt the start of the raw record, for finding and fixing it
 */
public record Reject(
    String inputFile,
    long inputOffset,
    String inputFormat,
    String reason,
    String detail,
    String rawExcerpt)
    implements Serializable {

  public static final int EXCERPT_CHARS = 300;

  /** The first {@link #EXCERPT_CHARS} characters of a raw record. */
  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    return raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS);
  }
}
