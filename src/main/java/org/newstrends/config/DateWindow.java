package org.newstrends.config;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The plausible publication dates of a run ({@code ingest.earliest_date} to {@code
 * ingest.latest_date}, both inclusive): an article dated outside it is an {@code impossible_date}
 * reject, never an article and never a crash.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) implements Serializable {

  /** The default window of a run started now: 1800-01-01 to one year from today (UTC). */
  public static DateWindow defaultNow() {
    return IngestConfig.DEFAULT.dateWindow(LocalDate.now(ZoneOffset.UTC));
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  /** Whether an instant's UTC date lies in the window (instants of any magnitude). */
  public boolean contains(Instant at) {
    Instant from = earliest.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return !at.isBefore(from) && at.isBefore(to);
  }

  @Override
  public String toString() {
    return earliest + " to " + latest;
  }
}
