package org.newstrends.measure;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code cooccurrence}: unordered entity pairs (entity_a &lt; entity_b) sharing a unit
 * (article, paragraph or sentence), per grain and period plus one all-time grain {@code all}, raw
 * ({@code dedup = false}) and with canonical articles only ({@code dedup = true}), with pair and
 * single counts, the number of units and PMI, NPMI, G² and lift ({@link Association}).
 *
 * <p>Each article's facts already hold its pairs and singles per level ({@link ArticleFacts}: at
 * most {@code max_entities_per_unit} entities per unit, most mentioned first), so pairs are summed,
 * never formed by a self-join. A pair is kept when it shares at least {@code min_support} units
 * over the whole corpus (the {@code all} grain), and then in every period it occurs in; the gaps of
 * its series between its first and last period are closed by zero rows ({@code pair_count} 0,
 * association measures null): by default at each gap's first and last corpus period ({@link
 * #gapEdges}), on request at every corpus period of the gap ({@link #gaps}).
 *
 * <p>Units: an article; a paragraph is (article, field, paragraph_index); a sentence is (article,
 * field, paragraph_index, sentence_index). The denominator {@code units} counts all units of the
 * period, not only those with mentions, by the annotator's own paragraph and sentence splitter (the
 * one that numbers the mentions' sentences).
 */
public final class Cooccurrence {

  private Cooccurrence() {}

  /**
   * @param facts {@link ArticleFacts#SCHEMA} rows
   * @param entities entity_id, entity_type, entity_name
   */
  public static Dataset<Row> build(
      Dataset<Row> facts, Dataset<Row> entities, MeasureConfig config) {
    Dataset<Row>[] parts = rollUp(facts, config);
    return finish(parts[0], parts[1], parts[2], entities, config);
  }

  /**
   * The additive part, per period of each configured grain (not the all-time grain): {@code [0]}
   * the pairs (dedup, grain, period_start, level, entity_a, entity_b, pair_count), {@code [1]} the
   * singles (dedup, grain, period_start, level, entity_id, n), {@code [2]} the units (dedup, grain,
   * period_start, level, units). Each period's rows depend on that period's articles only.
   */
  @SuppressWarnings("unchecked")
  static Dataset<Row>[] rollUp(Dataset<Row> facts, MeasureConfig config) {
    List<String> grains = config.grains();
    List<String> levels = config.cooccurrenceLevels();
    Dataset<Row> dated = facts.filter(col("published_date").isNotNull());
    Column canonical = col(ArticleKeys.CANONICAL);
    Dataset<Row> pairs =
        Periods.rollUp(
            perDedup(
                dated
                    .select(col("published_date"), canonical, explode(col("pairs")).as("p"))
                    .filter(col("p.level").isin(levels.toArray()))
                    .select(
                        col("published_date"),
                        col("p.level").as("level"),
                        col("p.entity_a").as("entity_a"),
                        col("p.entity_b").as("entity_b"),
                        col("p.units").as("all"),
                        when(canonical, col("p.units")).otherwise(0L).as("canonical")),
                "pair_count"),
            grains,
            false,
            PAIR_KEY,
            "pair_count");
    Dataset<Row> singles =
        Periods.rollUp(
            perDedup(
                dated
                    .select(col("published_date"), canonical, explode(col("singles")).as("s"))
                    .filter(col("s.level").isin(levels.toArray()))
                    .select(
                        col("published_date"),
                        col("s.level").as("level"),
                        col("s.entity_id").as("entity_id"),
                        col("s.units").as("all"),
                        when(canonical, col("s.units")).otherwise(0L).as("canonical")),
                "n"),
            grains,
            false,
            new String[] {"dedup", "level", "entity_id"},
            "n");
    return new Dataset[] {pairs, singles, units(dated, grains, levels)};
  }

  private static final String[] PAIR_KEY = {"dedup", "level", "entity_a", "entity_b"};

  private static final String SERIES_HASH = "series_hash";

  /**
   * The corpus-wide finishing over all periods' rolled-up rows ({@link #rollUp}): the all-time
   * grain summed from the periods, {@code min_support} on each pair's all-time count, the gaps of
   * each pair's series closed with zero rows, single counts, units and association measures.
   */
  static Dataset<Row> finish(
      Dataset<Row> pairRows,
      Dataset<Row> singleRows,
      Dataset<Row> unitRows,
      Dataset<Row> entities,
      MeasureConfig config) {
    String base = Periods.baseGrain(config.grains());
    String[] periodKey = {"dedup", "grain", "period_start", "level"};
    Dataset<Row> pairPeriods =
        pairRows.unionByName(Periods.allTime(pairRows, base, PAIR_KEY, "pair_count"));
    // Support is a property of the pair's whole series: a pair is kept, in every period it occurs
    // in, when it shares at least min_support units over the whole corpus.
    Dataset<Row> supported =
        pairPeriods
            .filter(col("grain").equalTo(Periods.ALL))
            .filter(col("pair_count").geq(config.minSupport()))
            .select(cols(PAIR_KEY));
    Dataset<Row> counted = pairPeriods.join(supported, EntityTrends.toSeq(PAIR_KEY), "left_semi");
    Dataset<Row> periodUnits =
        unitRows.unionByName(
            Periods.allTime(unitRows, base, new String[] {"dedup", "level"}, "units"));
    Dataset<Row> pairCounts =
        counted.unionByName(
            config.fullPairZeroRows()
                ? gaps(counted, periodUnits)
                : gapEdges(counted, periodUnits));
    Dataset<Row> singles =
        singleRows.unionByName(
            Periods.allTime(singleRows, base, new String[] {"dedup", "level", "entity_id"}, "n"));

    Dataset<Row> rows =
        pairCounts
            .join(
                singles
                    .withColumnRenamed("entity_id", "entity_a")
                    .withColumnRenamed("n", "count_a"),
                EntityTrends.toSeq(plus(periodKey, "entity_a")),
                "left")
            .join(
                singles
                    .withColumnRenamed("entity_id", "entity_b")
                    .withColumnRenamed("n", "count_b"),
                EntityTrends.toSeq(plus(periodKey, "entity_b")),
                "left")
            .withColumn("count_a", coalesce(col("count_a"), lit(0L)))
            .withColumn("count_b", coalesce(col("count_b"), lit(0L)))
            .join(broadcast(periodUnits), EntityTrends.toSeq(periodKey))
            .join(broadcast(named(entities, "a")), EntityTrends.toSeq("entity_a"), "left")
            .join(broadcast(named(entities, "b")), EntityTrends.toSeq("entity_b"), "left")
            .withColumns(Association.ofPairs())
            .withColumn(
                "period_start", when(col("grain").notEqual(Periods.ALL), col("period_start")));
    return rows.select(EntityTrends.columns(Tables.COOCCURRENCE_SCHEMA));
  }

  /**
   * Zero rows that close the gaps of each pair's series ({@code cooccurrence_zero_rows: full}): for
   * every (dedup, grain, level, pair) of a period grain, each period of the corpus between the
   * pair's first and last period in which the pair does not occur, with pair_count 0. Out: the
   * columns of {@code counted}.
   */
  static Dataset<Row> gaps(Dataset<Row> counted, Dataset<Row> periodUnits) {
    Dataset<Row> series =
        counted
            .filter(col("grain").notEqual(Periods.ALL))
            .groupBy("dedup", "grain", "level", "entity_a", "entity_b")
            .agg(
                org.apache.spark.sql.functions.min("period_start").as("first"),
                org.apache.spark.sql.functions.max("period_start").as("last"));
    Dataset<Row> periods =
        periodUnits
            .filter(col("grain").notEqual(Periods.ALL))
            .select("dedup", "grain", "level", "period_start")
            .distinct();
    Dataset<Row> inside =
        series
            .join(broadcast(periods), EntityTrends.toSeq("dedup", "grain", "level"))
            .filter(col("period_start").gt(col("first")).and(col("period_start").lt(col("last"))))
            .select("dedup", "grain", "level", "entity_a", "entity_b", "period_start");
    return inside
        .join(
            counted.select("dedup", "grain", "level", "entity_a", "entity_b", "period_start"),
            EntityTrends.toSeq("dedup", "grain", "level", "entity_a", "entity_b", "period_start"),
            "left_anti")
        .withColumn("pair_count", lit(0L))
        .select(java.util.Arrays.stream(counted.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Zero rows at the edges of each gap of each pair's series ({@code cooccurrence_zero_rows:
   * edges}): for every (dedup, grain, level, pair) of a period grain, the first and the last corpus
   * period of each run of corpus periods between two periods with the pair in which the pair does
   * not occur (one row when the gap is one period long). A line drawn through the rows in period
   * order is then the zero-filled line, and the rows are at most three times the periods with the
   * pair, whatever the corpus's time span. Out: the columns of {@code counted}.
   */
  static Dataset<Row> gapEdges(Dataset<Row> counted, Dataset<Row> periodUnits) {
    String[] periodKey = {"dedup", "grain", "level"};
    // Corpus periods numbered in order per (dedup, grain, level): a small table, broadcast.
    Dataset<Row> periods =
        periodUnits
            .filter(col("grain").notEqual(Periods.ALL))
            .select("dedup", "grain", "level", "period_start")
            .distinct()
            .withColumn(
                "idx",
                row_number()
                    .over(Window.partitionBy(cols(periodKey)).orderBy(col("period_start"))));
    String[] series = plus(periodKey, "entity_a", "entity_b");
    // The window sorts by its partition keys: a hash of the series first, so Spark's 8-byte sort
    // prefix tells nearly every two series apart (dedup, first, left every comparison to the full
    // row comparator, which compared the keys one by one, the entity ids as strings).
    Dataset<Row> next =
        counted
            .filter(col("grain").notEqual(Periods.ALL))
            .select(cols(series, "period_start"))
            .join(broadcast(periods), EntityTrends.toSeq(plus(periodKey, "period_start")))
            .withColumn(SERIES_HASH, xxhash64(cols(series)))
            .withColumn(
                "next",
                lead(col("idx"), 1)
                    .over(
                        Window.partitionBy(cols(new String[] {SERIES_HASH}, series))
                            .orderBy("idx")));
    Column after = col("idx").plus(1);
    Column before = col("next").minus(1);
    Dataset<Row> edges =
        next.filter(col("next").gt(after))
            .withColumn(
                "idx",
                explode(when(before.gt(after), array(after, before)).otherwise(array(after))))
            .select(cols(series, "idx"));
    return edges
        .join(broadcast(periods), EntityTrends.toSeq(plus(periodKey, "idx")))
        .withColumn("pair_count", lit(0L))
        .select(java.util.Arrays.stream(counted.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Units of each level per (dedup, grain, period): articles, paragraphs and sentences of the dated
   * articles. Out: dedup, grain, period_start, level, units.
   */
  static Dataset<Row> units(Dataset<Row> dated, List<String> grains, List<String> levels) {
    Column canonical = col(ArticleKeys.CANONICAL);
    Dataset<Row> perDay =
        dated.select(
            col("published_date"),
            explode(
                    array(
                        struct(
                            lit(false).as("dedup"),
                            lit(1L).as("article"),
                            col("paragraph_units").as("paragraph"),
                            col("sentence_units").as("sentence")),
                        struct(
                            lit(true).as("dedup"),
                            when(canonical, 1L).otherwise(0L).as("article"),
                            when(canonical, col("paragraph_units")).otherwise(0L).as("paragraph"),
                            when(canonical, col("sentence_units")).otherwise(0L).as("sentence"))))
                .as("d"));
    Dataset<Row> perPeriod =
        Periods.rollUp(
            perDay.select(
                col("published_date"),
                col("d.dedup").as("dedup"),
                col("d.article").as("article"),
                col("d.paragraph").as("paragraph"),
                col("d.sentence").as("sentence")),
            grains,
            false,
            new String[] {"dedup"},
            "article",
            "paragraph",
            "sentence");
    Column[] stacked =
        levels.stream()
            .map(l -> struct(lit(l).as("level"), col(l).cast("long").as("units")))
            .toArray(Column[]::new);
    return perPeriod
        .select(col("dedup"), col("grain"), col("period_start"), explode(array(stacked)).as("u"))
        .select(col("dedup"), col("grain"), col("period_start"), col("u.level"), col("u.units"));
  }

  /**
   * Rows with counts {@code all} (every article) and {@code canonical} (canonical articles only)
   * become one row with {@code dedup = false} and one with {@code dedup = true}, the count in
   * {@code out}; zero counts are dropped.
   */
  static Dataset<Row> perDedup(Dataset<Row> rows, String out) {
    Dataset<Row> stacked =
        rows.withColumn(
                "d",
                explode(
                    array(
                        struct(lit(false).as("dedup"), col("all").as("c")),
                        struct(lit(true).as("dedup"), col("canonical").as("c")))))
            .drop("all", "canonical");
    return stacked
        .withColumn("dedup", col("d.dedup"))
        .withColumn(out, col("d.c"))
        .drop("d")
        .filter(col(out).gt(0));
  }

  private static Dataset<Row> named(Dataset<Row> names, String suffix) {
    return names.select(
        col("entity_id").as("entity_" + suffix),
        col("entity_type").as("type_" + suffix),
        col("entity_name").as("name_" + suffix));
  }

  private static String[] plus(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static Column[] cols(String[] head, String... tail) {
    return java.util.Arrays.stream(plus(head, tail)).map(c -> col(c)).toArray(Column[]::new);
  }
}
