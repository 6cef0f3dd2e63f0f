package org.newstrends.ingest;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the date values news dumps carry, several formats mixed in one file, into a UTC instant
 * and its UTC date. Accepted: ISO-8601 with {@code T} or a space, with or without fractions and
 * offset ({@code 2023-01-15 21:45:53+00:00}, {@code 2023-10-01T22:01:51Z}); a time without an
 * offset is taken as UTC, a one-digit hour is accepted ({@code 2023-10-08 0:36:35}); a plain date
 * ({@code 2023-10-07}, no instant); RFC 1123 as in RSS ({@code Sun, 01 Jan 2023 21:45:53 GMT});
 * epoch seconds (up to 11 digits) or milliseconds (12 to 13 digits). Anything else is unparseable:
 * {@link #parse} returns null.
 */
public final class FlexibleDates {

  /** A parsed date: {@code at} is null when the value had no time of day. */
  public record When(Instant at, LocalDate date) implements Serializable {}

  private static final DateTimeFormatter ISO_LOCAL_OR_OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT); // 2023-02-30 10:00 is no 28 February

  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,13}");
  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
  private static final Pattern RFC_1123_DAY =
      Pattern.compile(
          "(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
              + "\\s+(\\d{4})\\s+\\d{1,2}:\\d{2}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d])");

  private FlexibleDates() {}

  /** Parses a string or number; null when absent or unparseable. */
  public static When parse(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return fromEpoch(saturatedLong(n));
    }
    String s = value.toString().strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (DIGITS.matcher(s).matches()) {
        return fromEpoch(Long.parseLong(s));
      }
      if (DATE_ONLY.matcher(s).matches()) {
        return new When(null, LocalDate.parse(s));
      }
      if (Character.isDigit(s.charAt(0))) {
        var parsed = ISO_LOCAL_OR_OFFSET.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        Instant at =
            parsed instanceof OffsetDateTime o
                ? o.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        return of(at);
      }
      return of(ZonedDateTime.parse(s, RFC_1123).toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Why a value shaped like a date names a day that does not exist ("2023-02-30", "2023-13-01
   * 10:00:00", "Fri, 31 Feb 2023 10:00:00 GMT"), or null: for a value {@link #parse} could not
   * read, this tells a wrong date (an {@code impossible_date} reject, as in every format) from text
   * that is no date at all (the article stays undated).
   */
  public static String nonexistent(Object value) {
    if (value == null || value instanceof Number) {
      return null;
    }
    String s = value.toString().strip();
    try {
      java.util.regex.Matcher rfc = RFC_1123_DAY.matcher(s);
      if (ISO_DAY.matcher(s).lookingAt()) {
        LocalDate.parse(s.substring(0, 10));
      } else if (rfc.lookingAt()) {
        int month = MONTHS.indexOf(rfc.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
        LocalDate.of(
            Integer.parseInt(rfc.group(3)), month, Integer.parseInt(rfc.group(1))); // throws
      }
      return null;
    } catch (DateTimeException e) {
      return "date '" + s + "' does not exist (" + e.getMessage() + ")";
    }
  }

  /** Whether a raw value counts as present (a date was given, parseable or not). */
  public static boolean isPresent(Object value) {
    return value != null && !value.toString().isBlank();
  }

  /**
   * Seconds up to 11 digits, milliseconds beyond. Any long is a representable instant as
   * milliseconds; one far outside the date window becomes an {@code impossible_date} reject there.
   * ({@code Math.abs(Long.MIN_VALUE)} is negative: a JSON date of -1e19 took it for seconds, and
   * the instant's range check failed the whole run.)
   */
  private static When fromEpoch(long n) {
    boolean seconds = n > -100_000_000_000L && n < 100_000_000_000L;
    return of(seconds ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n));
  }

  /**
   * A JSON number as a long, held at the long's bounds rather than wrapped: {@code
   * BigInteger.longValue} keeps the low 64 bits, which made 2^64 + 1696197711 a date in 2023.
   */
  static long saturatedLong(Number n) {
    java.math.BigInteger whole =
        n instanceof java.math.BigInteger b
            ? b
            : n instanceof java.math.BigDecimal d ? d.toBigInteger() : null;
    if (whole == null) {
      return n.longValue(); // a double's cast already saturates; NaN is 0
    }
    return whole.bitLength() < 64
        ? whole.longValue()
        : whole.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
  }

  private static When of(Instant at) {
    return new When(at, LocalDate.ofInstant(at, ZoneOffset.UTC));
  }
}
