package org.newstrends.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one file holding one article (the BBC layout): the first non-blank line is the title, the
 * rest are paragraphs separated by blank lines (lines of one block are joined with a space). The
 * section is given by the caller (the parent folder's name). The file is decoded as UTF-8; invalid
 * bytes become U+FFFD and the article is kept (never guessing another charset). A file with no text
 * is a {@code no_body} reject; a title-only file is an article with an empty body. Pure Java, no
 * Spark.
 */
public final class FilesParser {

  public static final String FORMAT = "files";
  public static final String REASON_NO_BODY = "no_body";
  public static final String REASON_TOO_LARGE = "too_large";
  public static final String REASON_NOT_TEXT = "not_text";

  private FilesParser() {}

  public static ParseResult parse(
      byte[] bytes, String inputFile, String section, LocalDate assumeDate, long maxRecordBytes) {
    return parse(bytes, bytes.length, inputFile, section, assumeDate, maxRecordBytes);
  }

  /**
   * Parses a file of {@code totalBytes} bytes (decompressed) of which {@code bytes} are its start
   * (all of it unless it is over the limit).
   */
  public static ParseResult parse(
      byte[] bytes,
      long totalBytes,
      String inputFile,
      String section,
      LocalDate assumeDate,
      long maxRecordBytes) {
    if (totalBytes > maxRecordBytes) {
      return reject(
          decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, Reject.EXCERPT_CHARS * 4))),
          inputFile,
          REASON_TOO_LARGE,
          "file is "
              + totalBytes
              + " bytes; the limit (ingest.max_record_bytes) is "
              + maxRecordBytes);
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      return reject("", inputFile, REASON_NOT_TEXT, binary + "; only text files become articles");
    }
    String text = decode(bytes);
    long replaced = text.chars().filter(c -> c == '\uFFFD').count();
    if (text.length() >= 20 && replaced * 10 > text.length()) {
      return reject(
          text,
          inputFile,
          REASON_NOT_TEXT,
          replaced
              + " of "
              + text.length()
              + " characters are not UTF-8: binary data or another charset");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return reject(text, inputFile, REASON_NO_BODY, "the file holds no text");
    }
    String title = lines.get(first).strip();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (int i = first + 1; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (line.isEmpty()) {
        if (block.length() > 0) {
          paragraphs.add(block.toString());
          block.setLength(0);
        }
      } else {
        block.append(block.length() > 0 ? " " : "").append(line);
      }
    }
    return ParseResult.of(
        new Article(
            inputFile,
            0,
            FORMAT,
            assumeDate,
            null,
            section,
            title,
            null,
            null,
            null,
            null,
            paragraphs,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /** What binary content a file starts with (compressed data, NUL bytes), or null for text. */
  static String binaryKind(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return "gzip data in a file not named .gz";
    }
    if (b.length >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') {
      return "bzip2 data in a file not named .bz2";
    }
    if (b.length >= 4
        && (b[0] & 0xff) == 0x28
        && (b[1] & 0xff) == 0xb5
        && (b[2] & 0xff) == 0x2f
        && (b[3] & 0xff) == 0xfd) {
      return "zstd data in a file not named .zst";
    }
    for (byte x : b) {
      if (x == 0) {
        return "binary data (NUL bytes)";
      }
    }
    return null;
  }

  /** Strict UTF-8 when valid; otherwise UTF-8 with U+FFFD for each invalid sequence. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static ParseResult reject(String raw, String inputFile, String reason, String detail) {
    return ParseResult.rejected(
        new Reject(inputFile, 0, FORMAT, reason, detail, Reject.excerpt(raw)));
  }
}
