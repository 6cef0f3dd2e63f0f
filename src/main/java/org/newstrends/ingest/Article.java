package org.newstrends.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One parsed article, before it becomes a row of the {@code articles} table. Fields a format does
 * not have are {@code null} (lists are empty), never invented.
 */
public record Article(
    String inputFile,
    long inputOffset,
    String inputFormat,
    LocalDate publishedDate,
    Instant publishedAt,
    String section,
    String title,
    String lede,
    String photoCaption,
    String photoCredit,
    String dateline,
    List<String> paragraphs,
    List<String> subheadings,
    List<String> related,
    String source,
    String url,
    List<String> authors,
    String language,
    String feedUrl)
    implements Serializable {

  /** An article without a feed URL (every format but feeds with a {@code source_url}). */
  public Article(
      String inputFile,
      long inputOffset,
      String inputFormat,
      LocalDate publishedDate,
      Instant publishedAt,
      String section,
      String title,
      String lede,
      String photoCaption,
      String photoCredit,
      String dateline,
      List<String> paragraphs,
      List<String> subheadings,
      List<String> related,
      String source,
      String url,
      List<String> authors,
      String language) {
    this(
        inputFile,
        inputOffset,
        inputFormat,
        publishedDate,
        publishedAt,
        section,
        title,
        lede,
        photoCaption,
        photoCredit,
        dateline,
        paragraphs,
        subheadings,
        related,
        source,
        url,
        authors,
        language,
        null);
  }

  /** Every text field is normalised here, in one place for all formats ({@link TextNormalizer}). */
  public Article {
    section = TextNormalizer.normalize(section);
    title = TextNormalizer.normalize(title);
    lede = TextNormalizer.normalize(lede);
    photoCaption = TextNormalizer.normalize(photoCaption);
    photoCredit = TextNormalizer.normalize(photoCredit);
    dateline = TextNormalizer.normalize(dateline);
    source = TextNormalizer.normalize(source);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(TextNormalizer.normalize(paragraphs));
    subheadings =
        subheadings == null ? List.of() : List.copyOf(TextNormalizer.normalize(subheadings));
    related = related == null ? List.of() : List.copyOf(TextNormalizer.normalize(related));
    authors = authors == null ? List.of() : List.copyOf(TextNormalizer.normalize(authors));
  }

  /** The body: the paragraphs joined with blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /** Whitespace-separated words of the body. */
  public int wordCount() {
    int words = 0;
    for (String paragraph : paragraphs) {
      words += WordCounter.count(paragraph);
    }
    return words;
  }
}
