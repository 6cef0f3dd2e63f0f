package org.newstrends.ingest;

import java.io.Serializable;

/** Exactly one of an article or a reject: every input record ends as one of the two. */
public record ParseResult(Article article, Reject reject) implements Serializable {

  public ParseResult {
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("a parse result is an article or a reject, not both");
    }
  }

  public static ParseResult of(Article article) {
    return new ParseResult(article, null);
  }

  public static ParseResult rejected(Reject reject) {
    return new ParseResult(null, reject);
  }

  public boolean isArticle() {
    return article != null;
  }
}
