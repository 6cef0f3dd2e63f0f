package org.newstrends.ingest;

import java.io.Serializable;

/**
 * Exactly one of an article or a reject: every input record ends as one of the two.
 *
 * @param rawDate the date value as the input gave it (for an {@code impossible_date} reject's
 *     detail), or null
 * @param rawExcerpt the start of the raw record (for a reject made from an article later), or null
 */
public record ParseResult(Article article, Reject reject, String rawDate, String rawExcerpt)
    implements Serializable {

  public ParseResult {
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("a parse result is an article or a reject, not both");
    }
  }

  public ParseResult(Article article, Reject reject) {
    this(article, reject, null, null);
  }

  public static ParseResult of(Article article) {
    return new ParseResult(article, null);
  }

  public static ParseResult rejected(Reject reject) {
    return new ParseResult(null, reject);
  }

  /** This result with the raw date value and record excerpt attached. */
  public ParseResult withRaw(String date, String excerpt) {
    return new ParseResult(article, reject, date, Reject.excerpt(excerpt));
  }

  public boolean isArticle() {
    return article != null;
  }
}
