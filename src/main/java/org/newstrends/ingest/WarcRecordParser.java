package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns one WARC record into an article or a reject. Pure Java (jwarc, jsoup), no Spark.
 *
 * <p>Only {@code response} records with an HTML payload become articles. Every other record is
 * still one input record and ends as a reject, so the counts reconcile: {@code not_a_response}
 * (warcinfo, request, metadata, revisit, ...), {@code not_html}, {@code no_body} (an HTTP error, a
 * redirect or a page without article text), {@code too_large} and {@code bad_record} (a record
 * whose HTTP message cannot be parsed).
 */
public final class WarcRecordParser {

  public static final String FORMAT = "warc";
  public static final String REASON_NOT_A_RESPONSE = "not_a_response";
  public static final String REASON_NOT_HTML = "not_html";
  public static final String REASON_NO_BODY = "no_body";
  public static final String REASON_BAD_RECORD = "bad_record";
  public static final String REASON_TOO_LARGE = "too_large";
  public static final String REASON_CORRUPT_INPUT = "corrupt_input";

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");

  private WarcRecordParser() {}

  /** Parses one record read at {@code offset} (compressed bytes) of {@code file}. */
  public static ParseResult parse(
      WarcRecord record, String file, long offset, long maxRecordBytes) {
    String type = record.type();
    if (!(record instanceof WarcResponse response)) {
      return reject(file, offset, REASON_NOT_A_RESPONSE, "WARC-Type: " + type, null);
    }
    String url = response.target();
    try {
      HttpResponse http = response.http();
      MediaType contentType = http.contentType();
      String base =
          contentType == null ? "" : contentType.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return reject(
            file, offset, REASON_NOT_HTML, "Content-Type: " + base + " (" + url + ")", null);
      }
      if (http.status() < 200 || http.status() >= 300) {
        return reject(
            file, offset, REASON_NO_BODY, "HTTP " + http.status() + " (" + url + ")", null);
      }
      byte[] bytes;
      try (InputStream in = http.bodyDecoded().stream()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
      }
      if (bytes.length > maxRecordBytes) {
        return reject(
            file,
            offset,
            REASON_TOO_LARGE,
            "HTML larger than max_record_bytes=" + maxRecordBytes + " (" + url + ")",
            null);
      }
      String html = new String(bytes, charset(contentType, bytes));
      HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(html, url);
      if (page.paragraphs().isEmpty()) {
        return reject(file, offset, REASON_NO_BODY, "no article text found (" + url + ")", html);
      }
      String lede = page.lede();
      if (lede != null && String.join(" ", page.paragraphs()).contains(lede)) {
        lede = null; // the description repeats the first paragraph: not a separate standfirst
      }
      return ParseResult.of(
          new Article(
              file,
              offset,
              FORMAT,
              page.publishedDate(),
              page.publishedAt(),
              null,
              page.title(),
              lede,
              null,
              null,
              null,
              page.paragraphs(),
              page.subheadings(),
              List.of(),
              page.source(),
              url,
              page.authors(),
              page.language()));
    } catch (IOException | RuntimeException e) {
      return reject(
          file,
          offset,
          REASON_BAD_RECORD,
          e.getClass().getSimpleName() + ": " + e.getMessage() + " (" + url + ")",
          null);
    }
  }

  /** The reject for a file that cannot be read on from {@code offset}. */
  public static ParseResult corrupt(String file, long offset, Exception e) {
    return reject(
        file,
        offset,
        REASON_CORRUPT_INPUT,
        "unreadable from this offset on: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
        null);
  }

  private static ParseResult reject(
      String file, long offset, String reason, String detail, String raw) {
    return ParseResult.rejected(
        new Reject(file, offset, FORMAT, reason, detail, Reject.excerpt(raw)));
  }

  /** The HTTP header's charset, else the page's meta charset, else UTF-8. */
  static Charset charset(MediaType contentType, byte[] bytes) {
    List<String> names = new ArrayList<>();
    if (contentType != null && contentType.parameters().get("charset") != null) {
      names.add(contentType.parameters().get("charset"));
    }
    Matcher m =
        META_CHARSET.matcher(
            new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
    if (m.find()) {
      names.add(m.group(1));
    }
    for (String name : names) {
      try {
        return Charset.forName(name.strip().replace("\"", ""));
      } catch (RuntimeException e) {
        // an unknown charset name: try the next
      }
    }
    return StandardCharsets.UTF_8;
  }
}
