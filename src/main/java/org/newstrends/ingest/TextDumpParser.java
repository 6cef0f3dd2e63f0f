package org.newstrends.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one record of the plain-text dump layout into an {@link Article} or a {@link Reject}.
 *
 * <p>A record is a header line {@code " date YYYY-MM-DD SECTION"}, a title, then either the rich
 * layout (lede, photo caption with {@code " / Photo: credit"}, dateline, a blank line, then
 * blank-line separated body paragraphs, related-link teasers starting with {@code Related},
 * sub-headings) or the compact wire layout (a {@code "CITY, Mon DD -"} dateline, then one paragraph
 * per line), and ends with {@code SOURCE:...}. Both layouts may be mixed in one file.
 *
 * <p>Pure Java, no Spark: a record in, one result out.
 */
public final class TextDumpParser {

  public static final String FORMAT = "text-dump";
  public static final String HEADER_PREFIX = " date ";

  public static final String REASON_BAD_HEADER = "bad_header";
  public static final String REASON_IMPOSSIBLE_DATE = "impossible_date";
  public static final String REASON_NO_BODY = "no_body";
  public static final String REASON_TOO_LARGE = "too_large";
  public static final String REASON_NO_TITLE = "no_title";

  /**
   * The header line; the section is everything after the date, stripped. (The patterns here take a
   * whole line greedily: a lazy group before trailing white space backtracked over a run of spaces
   * once per char of it, half an hour on a header line holding a million.)
   */
  private static final Pattern HEADER =
      Pattern.compile("^ date (\\d{4})-(\\d{2})-(\\d{2})(?:[ \\t]+(.*))?\\s*$", Pattern.DOTALL);

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  /**
   * A wire dateline, optionally followed by the first paragraph: "SALVADOR, Feb 26 -", "RICHMOND,
   * Va. Feb 26 -", "MONTREAL, Feb 26- text", "AMSTERDAM, 2 March -", "ROME, March 13, Reuter -".
   * Month names are not checked: the corpus has "Narch", "Mach" and "Apri l7".
   */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile(
          "^\\**\\s*(\\p{L}[^\\n]{0,60}?,?\\s*(?:[A-Za-z]{3,10}\\.?\\s*\\d{1,3}"
              + "|\\d{1,2}\\s+[A-Za-z]{3,10})(?:,\\s*Reuter)?),?\\s*-+\\s*(.*)$");

  /** A dateline without a date, right after the title: "WASHINGTON -", "WINSTON-SALEM, N.C. -". */
  private static final Pattern BARE_DATELINE =
      Pattern.compile("^\\**\\s*(\\p{Lu}(?:[^-]|(?<=\\p{L})-(?=\\p{L})){1,60}?),?\\s*-\\s*$");

  /** "December 7, 2023", "7 December 2023", "Dec. 7, 2023", "2023-12-07". */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
              + MONTH
              + ",?\\s+\\d{4}"
              + "|\\d{4}-\\d{2}-\\d{2})$",
          Pattern.CASE_INSENSITIVE);

  private static final String PHOTO_CREDIT = "Photo:";
  private static final Pattern RELATED = Pattern.compile("^Related(?=[\\p{Lu}\\p{Pi}'\"‘“])(.+)$");
  private static final int SUBHEADING_MAX_CHARS = 80;
  private static final int SUBHEADING_MAX_WORDS = 10;

  private TextDumpParser() {}

  /**
   * Parses one record.
   *
   * @param raw the record's text, starting with its header line
   * @param byteLength the record's size in bytes as read, checked against {@code maxRecordBytes}
   */
  public static ParseResult parse(
      String raw, long byteLength, String inputFile, long inputOffset, long maxRecordBytes) {
    if (byteLength > maxRecordBytes) {
      return reject(
          raw,
          inputFile,
          inputOffset,
          REASON_TOO_LARGE,
          "record is "
              + byteLength
              + " bytes; the limit (ingest.max_record_bytes) is "
              + maxRecordBytes);
    }
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    if (lines.isEmpty()) {
      return reject(raw, inputFile, inputOffset, REASON_BAD_HEADER, "empty record");
    }
    Matcher header = HEADER.matcher(lines.get(0));
    if (!header.matches()) {
      return reject(
          raw,
          inputFile,
          inputOffset,
          REASON_BAD_HEADER,
          "first line is not ' date YYYY-MM-DD SECTION': '" + Reject.excerpt(lines.get(0)) + "'");
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(header.group(1)),
              Integer.parseInt(header.group(2)),
              Integer.parseInt(header.group(3)));
    } catch (DateTimeException e) {
      return reject(
          raw, inputFile, inputOffset, REASON_IMPOSSIBLE_DATE, "header date: " + e.getMessage());
    }
    String section = header.group(4) == null ? null : emptyToNull(header.group(4).strip());

    // Cut off the SOURCE line (the last one) and anything blank around the content.
    int end = lines.size();
    String source = null;
    for (int i = lines.size() - 1; i > 0; i--) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("SOURCE:")) {
        source = emptyToNull(line.substring("SOURCE:".length()).strip());
        end = i;
      }
      break;
    }
    List<List<String>> blocks = blocks(lines.subList(1, end));
    if (blocks.isEmpty()) {
      return reject(raw, inputFile, inputOffset, REASON_NO_TITLE, "record has a header only");
    }
    return layout(blocks, raw, inputFile, inputOffset, date, section, source);
  }

  /**
   * Where text that follows a record's {@code SOURCE:} line starts in {@code raw} (bytes after a
   * file's last record, garbage between records), or -1: it is not part of the article and becomes
   * a reject of its own.
   */
  public static int trailingText(String raw) {
    int source = -1;
    for (int i = raw.indexOf("SOURCE:"); i >= 0; i = raw.indexOf("SOURCE:", i + 1)) {
      if (i == 0 || raw.charAt(i - 1) == '\n' || raw.charAt(i - 1) == '\r') {
        source = i;
      }
    }
    if (source < 0) {
      return -1;
    }
    int eol = source;
    while (eol < raw.length() && raw.charAt(eol) != '\n' && raw.charAt(eol) != '\r') {
      eol++;
    }
    while (eol < raw.length() && (raw.charAt(eol) == '\n' || raw.charAt(eol) == '\r')) {
      eol++;
    }
    return raw.substring(eol).isBlank() ? -1 : eol;
  }

  /** The reject of text after a record's SOURCE line. */
  public static ParseResult trailingReject(String text, String inputFile, long offset) {
    return reject(
        text,
        inputFile,
        offset,
        REASON_BAD_HEADER,
        "text after a record's SOURCE: line, before the next ' date YYYY-MM-DD' header");
  }

  private static ParseResult layout(
      List<List<String>> blocks,
      String raw,
      String inputFile,
      long inputOffset,
      LocalDate date,
      String section,
      String source) {
    List<String> front = blocks.get(0);
    String title = front.get(0).strip();
    String lede = null;
    String caption = null;
    String credit = null;
    String dateline = null;
    List<String> bodyLines = new ArrayList<>();

    int datelineAt = -1;
    Matcher wire = null;
    for (int i = 1; i < front.size() && i <= 4; i++) {
      String line = front.get(i).strip();
      if (DATE_LINE.matcher(line).matches()) {
        datelineAt = i;
        dateline = line;
        break;
      }
      Matcher m = WIRE_DATELINE.matcher(line);
      if (m.matches()) {
        datelineAt = i;
        wire = m;
        dateline = m.group(1).strip();
        break;
      }
      Matcher bare = BARE_DATELINE.matcher(line);
      if (i == 1 && bare.matches()) {
        datelineAt = i;
        dateline = bare.group(1).strip();
        break;
      }
    }
    int frontEnd = datelineAt < 0 ? front.size() : datelineAt;
    List<String> beforeDateline = new ArrayList<>();
    for (int i = 1; i < frontEnd; i++) {
      String line = front.get(i).strip();
      int slash = caption == null ? photoCredit(line) : -1;
      if (slash >= 0) {
        caption = emptyToNull(line.substring(0, slash).strip());
        credit =
            emptyToNull(
                line.substring(line.indexOf(PHOTO_CREDIT, slash) + PHOTO_CREDIT.length()).strip());
      } else {
        beforeDateline.add(line);
      }
    }
    boolean compact = blocks.size() == 1;
    if (datelineAt < 0 && compact && caption == null) {
      // No dateline, no blank lines: title, then one paragraph per line.
      bodyLines.addAll(beforeDateline);
    } else if (datelineAt < 0 && beforeDateline.size() > 1) {
      // No dateline in a block of several lines: they are body text, not a lede.
      bodyLines.addAll(beforeDateline);
    } else if (!beforeDateline.isEmpty()) {
      lede = String.join(" ", beforeDateline);
    }
    if (wire != null) {
      String rest = wire.group(2).strip();
      int next = datelineAt + 1;
      if (!rest.isEmpty()) {
        // The first paragraph starts on the dateline line and may continue on the next one.
        if (rest.endsWith("-") && next < front.size()) {
          rest = rest + front.get(next).strip();
          next++;
        }
        bodyLines.add(rest);
      }
      for (int i = next; i < front.size(); i++) {
        bodyLines.add(front.get(i).strip());
      }
    } else if (datelineAt >= 0) {
      for (int i = datelineAt + 1; i < front.size(); i++) {
        bodyLines.add(front.get(i).strip());
      }
    }

    List<String> paragraphs = new ArrayList<>();
    List<String> subheadings = new ArrayList<>();
    List<String> related = new ArrayList<>();
    for (String line : bodyLines) {
      addBodyLine(line, false, paragraphs, subheadings, related);
    }
    for (int b = 1; b < blocks.size(); b++) {
      for (String line : blocks.get(b)) {
        addBodyLine(line.strip(), true, paragraphs, subheadings, related);
      }
    }
    if (paragraphs.isEmpty()) {
      return reject(
          raw, inputFile, inputOffset, REASON_NO_BODY, "no body paragraph after the title");
    }
    return ParseResult.of(
        new Article(
            inputFile,
            inputOffset,
            FORMAT,
            date,
            null,
            section,
            title,
            lede,
            caption,
            credit,
            dateline,
            paragraphs,
            subheadings,
            related,
            source,
            null,
            null,
            null));
  }

  private static void addBodyLine(
      String line,
      boolean blankSeparated,
      List<String> paragraphs,
      List<String> subheadings,
      List<String> related) {
    if (line.isEmpty()) {
      return;
    }
    Matcher teaser = RELATED.matcher(line);
    if (teaser.matches()) {
      related.add(teaser.group(1).strip());
    } else if (blankSeparated && isSubheading(line)) {
      subheadings.add(line);
    } else {
      paragraphs.add(line);
    }
  }

  /**
   * Where "/ Photo:" (white space allowed around the slash) first starts in {@code line}, or -1.
   */
  static int photoCredit(String line) {
    for (int slash = line.indexOf('/'); slash >= 0; slash = line.indexOf('/', slash + 1)) {
      int at = slash + 1;
      while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
        at++;
      }
      if (line.startsWith(PHOTO_CREDIT, at)) {
        return slash;
      }
    }
    return -1;
  }

  /** A short line starting with a capital, without closing punctuation or digits-only content. */
  static boolean isSubheading(String line) {
    if (line.length() > SUBHEADING_MAX_CHARS || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?:;,\"'”’)".indexOf(last) >= 0) {
      return false;
    }
    return WordCounter.count(line) <= SUBHEADING_MAX_WORDS;
  }

  /** Splits lines into blocks of consecutive non-blank lines. */
  private static List<List<String>> blocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  private static ParseResult reject(
      String raw, String inputFile, long inputOffset, String reason, String detail) {
    return ParseResult.rejected(
        new Reject(inputFile, inputOffset, FORMAT, reason, detail, Reject.excerpt(raw)));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
