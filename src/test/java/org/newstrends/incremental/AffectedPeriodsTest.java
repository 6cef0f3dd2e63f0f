package org.newstrends.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The affected-period rules on hand-made series: plain Java, no Spark. */
class AffectedPeriodsTest {

  private static LocalDate d(int day) {
    return LocalDate.of(2023, 3, day);
  }

  @Test
  void aPeriodReachesItsNeighboursInItsSeriesAndAVanishedOneCountsWhereItWas() {
    List<LocalDate> series = List.of(d(1), d(3), d(7), d(8), d(20));
    assertEquals(List.of(d(3), d(7), d(8)), AffectedPeriods.around(series, d(7), 1));
    assertEquals(List.of(d(7)), AffectedPeriods.around(series, d(7), 0));
    // d(5) vanished between d(3) and d(7): its neighbours on both sides, one more each way.
    assertEquals(List.of(d(1), d(3), d(7), d(8)), AffectedPeriods.around(series, d(5), 1));
    assertEquals(List.of(d(3), d(7)), AffectedPeriods.around(series, d(5), 0));
  }

  @Test
  void entityTrendsReachWindowPeriodsOfTheOutletAndOfAllOthersNeedTheirOwnPeriodOnly() {
    Set<AffectedPeriods.Day> current = new java.util.HashSet<>();
    for (int day : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
      current.add(new AffectedPeriods.Day(d(day), day % 2 == 0 ? "even" : "odd"));
    }
    Set<AffectedPeriods.Day> changed = Set.of(new AffectedPeriods.Day(d(5), "odd"));
    AffectedPeriods.Plan trends =
        AffectedPeriods.plan(
            new AffectedPeriods.Rule(true, 1, null), List.of("day"), changed, current);
    assertEquals(
        Set.of("odd 3", "odd 5", "odd 7", "ALL 4", "ALL 5", "ALL 6"), labels(trends.affected()));
    // Context: one more neighbour of each affected period, in its own series: odd 1-9, any 3-7.
    assertEquals(
        new TreeSet<>(List.of(1, 3, 4, 5, 6, 7, 9)),
        trends.context().stream()
            .map(x -> x.date().getDayOfMonth())
            .collect(Collectors.toCollection(TreeSet::new)));
    AffectedPeriods.Plan cooccurrence =
        AffectedPeriods.plan(
            new AffectedPeriods.Rule(false, 0, "all"), List.of("day", "month"), changed, current);
    assertEquals(Set.of("ALL 5", "ALL 1"), labels(cooccurrence.affected()));
    assertTrue(cooccurrence.context().size() == current.size(), "the month needs every day");
  }

  private static Set<String> labels(Set<AffectedPeriods.Key> keys) {
    return keys.stream()
        .map(k -> k.source() + " " + k.periodStart().getDayOfMonth())
        .collect(Collectors.toSet());
  }
}
