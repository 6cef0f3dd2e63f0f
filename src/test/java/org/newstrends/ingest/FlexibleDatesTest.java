package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed date formats into a UTC instant and a UTC date. */
class FlexibleDatesTest {

  private static void instant(String expected, Object value) {
    FlexibleDates.When w = FlexibleDates.parse(value);
    assertEquals(Instant.parse(expected), w.at(), () -> "for " + value);
    assertEquals(LocalDate.parse(expected.substring(0, 10)), w.date());
  }

  @Test
  void isoVariantsRfc1123AndEpochs() {
    instant("2023-01-15T21:45:53Z", "2023-01-15 21:45:53+00:00");
    instant("2023-10-01T22:01:51Z", "2023-10-01T22:01:51+00:00");
    instant("2023-10-01T22:01:51Z", "2023-10-01T22:01:51Z");
    instant("2023-10-01T20:01:51Z", "2023-10-01T22:01:51+0200");
    instant("2023-11-27T10:22:07.899Z", "2023-11-27 10:22:07.899");
    instant("2023-10-07T15:01:00Z", "2023-10-07 15:01");
    // globe_sentences.csv writes early hours with one digit.
    instant("2023-10-08T00:36:35Z", "2023-10-08 0:36:35");
    instant("2023-01-01T21:45:53Z", "Sun, 01 Jan 2023 21:45:53 GMT");
    instant("2023-10-01T22:01:51Z", 1696197711L);
    instant("2023-10-01T22:01:51Z", "1696197711");
    instant("2023-10-01T22:01:51.123Z", "1696197711123");
    // A late evening time west of UTC is the next day in UTC.
    instant("2023-10-02T03:00:00Z", "2023-10-01T22:00:00-05:00");
  }

  @Test
  void plainDateHasNoInstant() {
    FlexibleDates.When w = FlexibleDates.parse("2023-10-07");
    assertNull(w.at());
    assertEquals(LocalDate.of(2023, 10, 7), w.date());
  }

  @Test
  void absentOrUnparseableIsNull() {
    assertNull(FlexibleDates.parse(null));
    assertNull(FlexibleDates.parse("  "));
    assertNull(FlexibleDates.parse("yesterday"));
    assertNull(FlexibleDates.parse("2023-02-30"));
    assertNull(FlexibleDates.parse("2023-13-01 10:00:00"));
    assertNull(FlexibleDates.parse("2023-02-30T10:00:00Z"), "not clamped to 28 February");
    assertNull(FlexibleDates.parse("Thu, 30 Feb 2023 10:00:00 GMT"));
  }

  @Test
  void aDateThatDoesNotExistIsToldFromTextThatIsNoDate() {
    for (String wrong :
        List.of(
            "2023-02-30",
            "2023-02-29 10:00:00",
            "2023-13-01T10:00:00Z",
            "2023-04-31T10:00",
            "Thu, 30 Feb 2023 10:00:00 GMT",
            "31 Apr 2023 10:00:00 +0000")) {
      String why = FlexibleDates.nonexistent(wrong);
      assertNotNull(why, wrong);
      assertTrue(why.contains(wrong), why);
    }
    for (String notWrong :
        List.of(
            "yesterday",
            "2024-02-29",
            "2023-10-01T22:01:51Z",
            "Sun, 01 Jan 2023 21:45:53 GMT",
            "1696197711",
            "20230230",
            "")) {
      assertNull(FlexibleDates.nonexistent(notWrong), notWrong);
    }
    assertNull(FlexibleDates.nonexistent(null));
    assertNull(FlexibleDates.nonexistent(1696197711L));
  }
}
