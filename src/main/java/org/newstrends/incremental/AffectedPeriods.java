package org.newstrends.incremental;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newstrends.config.MeasureConfig;
import org.newstrends.measure.Periods;
import org.newstrends.output.Tables;

/**
 * Which rows of each measure table a change of some articles can alter, and which articles are
 * needed to recompute them. Plain Java on the driver, over small inputs: the distinct (day, outlet)
 * pairs of the changed articles and of all current articles.
 *
 * <p>Every measure table is keyed by period: its rows belong to a (grain, period_start) and, for
 * the tables counted per outlet, a source (each outlet and {@code ALL}). A table's {@link Rule}
 * says how far a change reaches:
 *
 * <ul>
 *   <li>{@code reach}: a row depends on the periods up to {@code reach} places before and after it
 *       in its series (the periods in which that source, or any source for {@code ALL}, published):
 *       {@code entity_trends} has {@code reach = window} (the baseline looks back {@code window}
 *       periods; zero rows exist only within {@code window} periods before a period with mentions);
 *       the other tables have 0 (a row depends on its own period only).
 *   <li>{@code allTimeGrain}: a grain whose rows every change affects ({@code all} in {@code
 *       cooccurrence} and {@code corpus_stats}); those rows are recomputed from all articles.
 * </ul>
 *
 * The affected keys of a table are the periods of the changed articles with their {@code reach}
 * neighbours in the current series (a period that vanished counts at the place it had); recomputing
 * them needs the articles of the affected periods and of their {@code reach} neighbours again (the
 * context). A table whose rows come to depend on more only needs its rule here changed ({@link
 * #rules}): a new grain that spans everything is an {@code allTimeGrain}; rows that depend on
 * periods without articles (a pair series gap-filled between its first and last period, where a new
 * first period adds rows in between) are {@link Rule#WHOLE}: the table is recomputed from all
 * articles, as in a full run.
 */
public final class AffectedPeriods {

  /**
   * How far a change reaches in one table.
   *
   * @param bySource whether rows are per source (each outlet and ALL) besides per period
   * @param reach how many neighbouring periods of a row's series its values depend on
   * @param allTimeGrain the grain whose rows every change affects, or null
   */
  public record Rule(boolean bySource, int reach, String allTimeGrain) {

    /** A table any change can alter anywhere: recomputed whole from all articles. */
    public static final Rule WHOLE = new Rule(false, Integer.MAX_VALUE, null);

    /** Whether the table is recomputed whole. */
    public boolean whole() {
      return reach == Integer.MAX_VALUE;
    }
  }

  /** The rule of every measure table. Keep in step with the tables' definitions in measure/. */
  public static Map<String, Rule> rules(MeasureConfig config) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put(Tables.ENTITY_TRENDS, new Rule(true, config.window(), null));
    rules.put(Tables.COOCCURRENCE, new Rule(false, 0, Periods.ALL));
    rules.put(Tables.TERM_ACTOR, new Rule(true, 0, null));
    rules.put(Tables.CORPUS_STATS, new Rule(true, 0, Periods.ALL));
    return rules;
  }

  /** One period of one series: grain, period start and source ({@code ALL} when not by source). */
  public record Key(String grain, LocalDate periodStart, String source) {}

  /** One day of one outlet (the outlet label as the measure tables write it). */
  public record Day(LocalDate date, String source) {}

  /**
   * What to recompute for one table.
   *
   * @param affected the keys whose rows are recomputed (the others are kept)
   * @param context the days whose articles the recomputation needs
   */
  public record Plan(Set<Key> affected, Set<Day> context) {}

  private AffectedPeriods() {}

  /**
   * @param changed the days of the articles added, removed, or whose canonical flag flipped
   * @param current the days of all current articles
   */
  public static Plan plan(Rule rule, List<String> grains, Set<Day> changed, Set<Day> current) {
    if (rule.whole()) {
      return new Plan(Set.of(), Set.of());
    }
    Set<Key> affected = new HashSet<>();
    Set<Key> context = new HashSet<>();
    for (String grain : grains) {
      Map<String, List<LocalDate>> series = series(grain, current, rule.bySource());
      for (Day d : changed) {
        for (String s : labels(d.source(), rule.bySource())) {
          List<LocalDate> periods = series.getOrDefault(s, List.of());
          LocalDate p = start(grain, d.date());
          affected.add(new Key(grain, p, s));
          for (LocalDate q : around(periods, p, rule.reach())) {
            affected.add(new Key(grain, q, s));
          }
        }
      }
      for (Key k : new ArrayList<>(affected)) {
        if (!k.grain().equals(grain)) {
          continue;
        }
        context.add(k);
        for (LocalDate q :
            around(series.getOrDefault(k.source(), List.of()), k.periodStart(), rule.reach())) {
          context.add(new Key(grain, q, k.source()));
        }
      }
    }
    Set<Day> days = new HashSet<>();
    for (String grain : grains) {
      for (Day d : current) {
        LocalDate p = start(grain, d.date());
        for (String s : labels(d.source(), rule.bySource())) {
          if (context.contains(new Key(grain, p, s))) {
            days.add(d);
            break;
          }
        }
      }
    }
    return new Plan(affected, days);
  }

  /**
   * The periods of {@code series} (sorted) within {@code reach} places of {@code p}; when p is not
   * in the series (it vanished), from the place it would have, one more on each side.
   */
  static List<LocalDate> around(List<LocalDate> series, LocalDate p, int reach) {
    int i = Collections.binarySearch(series, p);
    long from;
    long to;
    if (i >= 0) {
      from = (long) i - reach;
      to = (long) i + reach;
    } else {
      int at = -i - 1; // the first period after p
      from = (long) at - reach - 1;
      to = (long) at + reach;
    }
    return series.subList((int) Math.max(0, from), (int) Math.min(series.size(), to + 1));
  }

  /** Each series' periods in order: per source (and ALL), or only ALL. */
  private static Map<String, List<LocalDate>> series(
      String grain, Set<Day> days, boolean bySource) {
    Map<String, TreeSet<LocalDate>> sets = new HashMap<>();
    for (Day d : days) {
      for (String s : labels(d.source(), bySource)) {
        sets.computeIfAbsent(s, k -> new TreeSet<>()).add(start(grain, d.date()));
      }
    }
    Map<String, List<LocalDate>> series = new HashMap<>();
    sets.forEach((s, periods) -> series.put(s, new ArrayList<>(periods)));
    return series;
  }

  private static List<String> labels(String source, boolean bySource) {
    return bySource ? List.of(source, Periods.ALL_SOURCES) : List.of(Periods.ALL_SOURCES);
  }

  /** The first day of the period of {@code grain} holding {@code date} (as {@link Periods}). */
  static LocalDate start(String grain, LocalDate date) {
    return switch (grain) {
      case Periods.DAY -> date;
      case Periods.WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case Periods.MONTH -> date.withDayOfMonth(1);
      default -> throw new IllegalArgumentException("no period of grain " + grain);
    };
  }
}
