package org.newstrends.config;

import java.util.List;
import java.util.Set;

/**
 * What the measure stage builds and with which parameters; the {@code measure:} section of {@code
 * conf/newstrends.yaml}. Every key is optional: a missing key takes the default written here.
 *
 * @param tables which measure tables to build: entity_trends, cooccurrence, term_actor,
 *     corpus_stats
 * @param grains period grains: day, week (ISO, Monday-based, UTC), month
 * @param window how many previous periods the rolling mean and the spike baseline look at
 * @param spikeThreshold the robust z-score at or above which a period is flagged as a spike
 * @param spikeMinArticles the fewest articles mentioning the entity for a spike flag
 * @param madFloor the smallest median absolute deviation (in share units) used as the spread of the
 *     baseline, so a flat baseline does not divide by zero
 * @param cooccurrenceLevels units of co-occurrence: article, paragraph, sentence
 * @param minSupport the fewest units a pair must share to be written
 * @param maxEntitiesPerUnit at most this many entities of one unit enter the pair self-join
 * @param cooccurrenceZeroRows which zero rows close the gaps of a pair's series: {@code edges} (the
 *     first and the last corpus period of each gap, so a line drawn through the rows is the
 *     zero-filled line and the rows grow with the data) or {@code full} (every corpus period of
 *     each gap, so the rows grow with the corpus's time span)
 */
public record MeasureConfig(
    List<String> tables,
    List<String> grains,
    Integer window,
    Double spikeThreshold,
    Integer spikeMinArticles,
    Double madFloor,
    List<String> cooccurrenceLevels,
    Integer minSupport,
    Integer maxEntitiesPerUnit,
    String cooccurrenceZeroRows) {

  public static final List<String> ALL_TABLES =
      List.of("entity_trends", "cooccurrence", "term_actor", "corpus_stats");
  public static final List<String> ALL_GRAINS = List.of("day", "week", "month");
  public static final List<String> ALL_LEVELS = List.of("article", "paragraph", "sentence");
  public static final List<String> ZERO_ROWS = List.of("edges", "full");
  public static final MeasureConfig DEFAULT =
      new MeasureConfig(null, null, null, null, null, null, null, null, null, null);

  public MeasureConfig {
    // An empty list is allowed for tables only: "build no measure table".
    tables =
        tables != null && tables.isEmpty()
            ? List.of()
            : checkedSubset("tables", tables, ALL_TABLES);
    grains = checkedSubset("grains", grains, ALL_GRAINS);
    window = window == null ? 8 : window;
    spikeThreshold = spikeThreshold == null ? 3.5 : spikeThreshold;
    spikeMinArticles = spikeMinArticles == null ? 3 : spikeMinArticles;
    madFloor = madFloor == null ? 0.005 : madFloor;
    cooccurrenceLevels = checkedSubset("cooccurrence_levels", cooccurrenceLevels, ALL_LEVELS);
    minSupport = minSupport == null ? 3 : minSupport;
    maxEntitiesPerUnit = maxEntitiesPerUnit == null ? 50 : maxEntitiesPerUnit;
    cooccurrenceZeroRows = cooccurrenceZeroRows == null ? "edges" : cooccurrenceZeroRows;
    if (window < 1) {
      throw new IllegalArgumentException("'window' must be at least 1 period, got " + window);
    }
    if (!(spikeThreshold > 0) || !Double.isFinite(spikeThreshold)) {
      throw new IllegalArgumentException(
          "'spike_threshold' must be a positive finite number, got " + spikeThreshold);
    }
    if (spikeMinArticles < 1) {
      throw new IllegalArgumentException("'spike_min_articles' must be at least 1");
    }
    if (!(madFloor > 0) || !Double.isFinite(madFloor)) {
      throw new IllegalArgumentException(
          "'mad_floor' must be a positive finite number (a share, e.g. 0.005), got " + madFloor);
    }
    if (minSupport < 1) {
      throw new IllegalArgumentException("'min_support' must be at least 1");
    }
    if (maxEntitiesPerUnit < 2) {
      throw new IllegalArgumentException("'max_entities_per_unit' must be at least 2");
    }
    if (!ZERO_ROWS.contains(cooccurrenceZeroRows)) {
      throw new IllegalArgumentException(
          "'cooccurrence_zero_rows' has unknown value '"
              + cooccurrenceZeroRows
              + "'; allowed: "
              + ZERO_ROWS);
    }
  }

  /** Whether a pair's series gets a zero row for every corpus period of its gaps. */
  public boolean fullPairZeroRows() {
    return cooccurrenceZeroRows.equals("full");
  }

  /** Whether a table is to be built. */
  public boolean builds(String table) {
    return tables.contains(table);
  }

  private static List<String> checkedSubset(String key, List<String> given, List<String> allowed) {
    if (given == null) {
      return allowed;
    }
    if (given.isEmpty()) {
      throw new IllegalArgumentException("'" + key + "' must not be empty; allowed: " + allowed);
    }
    for (String value : given) {
      if (!allowed.contains(value)) {
        throw new IllegalArgumentException(
            "'" + key + "' has unknown value '" + value + "'; allowed: " + allowed);
      }
    }
    if (Set.copyOf(given).size() != given.size()) {
      throw new IllegalArgumentException("'" + key + "' lists a value twice: " + given);
    }
    // Keep the canonical order so the output and the config hash do not depend on list order.
    return allowed.stream().filter(given::contains).toList();
  }
}
