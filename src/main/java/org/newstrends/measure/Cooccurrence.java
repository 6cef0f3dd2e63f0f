package org.newstrends.measure;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newstrends.HeapLimits;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.PackedSortKey;
import org.newstrends.output.TableFiles;
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
 * association measures null): by default at each gap's first and last corpus period, on request at
 * every corpus period of the gap (both in one ordered pass over each series, {@link PairSeries}).
 *
 * <p>Units: an article; a paragraph is (article, field, paragraph_index); a sentence is (article,
 * field, paragraph_index, sentence_index). The denominator {@code units} counts all units of the
 * period, not only those with mentions, by the annotator's own paragraph and sentence splitter (the
 * one that numbers the mentions' sentences).
 */
public final class Cooccurrence {

  /** The single counts broadcast to the pair rows ({@link SingleCounts#broadcastable}). */
  public static final HeapLimits.Limit BROADCAST_SINGLES_LIMIT =
      new HeapLimits.Limit(
          SingleCounts.BROADCAST_SINGLES_PROPERTY,
          SingleCounts.BROADCAST_SINGLES,
          SingleCounts.HEAP_BYTES_PER_SINGLE,
          "single counts broadcast to the pair rows");

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
    Dataset<Row> pairs =
        rolledUpPerDedup(
            dated, "pairs", levels, grains, List.of("entity_a", "entity_b"), "pair_count");
    Dataset<Row> singles =
        rolledUpPerDedup(dated, "singles", levels, grains, List.of("entity_id"), "n");
    return new Dataset[] {pairs, singles, units(dated, grains, levels)};
  }

  /**
   * The entries of the dated facts' array column {@code array} (a level, {@code fields} and their
   * units) at {@code levels}, their units summed per period of each grain ({@link
   * Periods#rollUpByKeys}), then one row per dedup value ({@link #perDedup}). Each entry's units
   * are summed twice side by side, as {@code all} and, for a canonical article, as {@code
   * canonical}: the exchange and both aggregations see each entry once, and the rows per dedup
   * value are made only once rolled up. Out: grain, period_start, dedup, level, {@code fields},
   * {@code out}.
   */
  private static Dataset<Row> rolledUpPerDedup(
      Dataset<Row> dated,
      String array,
      List<String> levels,
      List<String> grains,
      List<String> fields,
      String out) {
    Column canonical = col(ArticleKeys.CANONICAL);
    List<String> keys = new ArrayList<>(List.of("level"));
    keys.addAll(fields);
    List<Column> entries = new ArrayList<>(List.of(col("published_date")));
    for (String k : keys) {
      entries.add(col("e." + k).as(k));
    }
    entries.add(col("e.units").as("all"));
    entries.add(when(canonical, col("e.units")).otherwise(0L).as("canonical"));
    Dataset<Row> rows =
        dated
            .select(col("published_date"), canonical, explode(col(array)).as("e"))
            .filter(col("e.level").isin(levels.toArray()))
            .select(entries.toArray(Column[]::new));
    List<Column> columns =
        new ArrayList<>(List.of(col("grain"), col("period_start"), col("dedup")));
    for (String k : keys) {
      columns.add(col(k));
    }
    columns.add(col(out));
    return perDedup(
            Periods.rollUpByKeys(
                rows, grains, false, keys.toArray(String[]::new), "all", "canonical"),
            out)
        .select(columns.toArray(Column[]::new));
  }

  /** The packed key of a pair's series: dedup, level and the numbers of its two entities. */
  static final String SERIES_KEY = "__series";

  /** The packed key of a period: dedup, grain, level and its number {@code idx}. */
  private static final String PERIOD_KEY = "__period";

  /** The line of a period as one int: dedup, grain and level ({@link SingleCounts#line}). */
  static final String LINE = "__line";

  /** The sort column of the series pass ({@link SingleCounts#seriesOrder}); never kept. */
  private static final String ORDER = "__order";

  /**
   * The first and last day a period can start on: publication dates lie in the years 1000 to 9999
   * ({@link org.newstrends.config.IngestConfig}), and the week or month of 1000-01-01 starts in
   * December 999.
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(999, 12, 1);

  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

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
    Dataset<Row> periods = periodIndex(unitRows);
    Dataset<Row> singles =
        singleRows.unionByName(
            Periods.allTime(singleRows, base, new String[] {"dedup", "level", "entity_id"}, "n"));
    SingleCounts counts = SingleCounts.of(singles, periods, entities, config);
    // One ordered pass over each pair's series: its all-time count, min_support on it, and the
    // zero rows at the edges of its gaps (PairSeries). Everything the pass reads and writes is a
    // number (Spark converts a generic row's values one by one, a string with a UTF-8 copy each
    // way): the series key packs dedup, level and the entities' numbers (numbered here, once per
    // pair row); the period is its line (dedup, grain and level as one int), its day (days since
    // 1970-01-01) and its number idx. After the pass the strings are put back from the numbers,
    // the zero rows' dates and every row's units come from one look-up by the period's long key,
    // and the single counts by the period's and the entity's.
    Dataset<Row> narrow =
        counts
            .numbered(pairRows)
            .withColumn("__all_grain", lit(Periods.ALL))
            .select(
                counts.seriesKey(config).as(SERIES_KEY),
                counts.line().as(LINE),
                col("grain").equalTo(base).as(PairSeries.BASE),
                counts.line("__all_grain").as(PairSeries.ALL_LINE),
                unix_date(col("period_start")).as(PairSeries.DAY),
                col("pair_count"))
            .join(
                broadcast(counts.periodDays(periods)),
                EntityTrends.toSeq(LINE, PairSeries.DAY),
                "left");
    OptionalInt tasks = seriesTasks(pairRows);
    Dataset<Row> shuffled =
        tasks.isPresent()
            ? narrow.repartition(tasks.getAsInt(), col(SERIES_KEY))
            : narrow.repartition(col(SERIES_KEY));
    Dataset<Row> passed =
        counts
            .seriesOrder(shuffled, config)
            .mapPartitions(
                new PairSeries(narrow.schema(), config.minSupport(), config.fullPairZeroRows()),
                Encoders.row(PairSeries.out(narrow.schema())));
    Dataset<Row> periodUnits =
        unitRows
            .unionByName(Periods.allTime(unitRows, base, new String[] {"dedup", "level"}, "units"))
            .join(
                broadcast(periods),
                EntityTrends.toSeq("dedup", "grain", "level", "period_start"),
                "left")
            .select(
                counts.periodKey().as(PERIOD_KEY),
                col("period_start").as("unit_start"),
                col("units"));
    Dataset<Row> counted =
        counts
            .unpacked(passed.withColumn(PERIOD_KEY, counts.periodKeyOfLine()), config)
            .join(broadcast(periodUnits), PERIOD_KEY)
            .withColumn(
                "period_start",
                when(
                    col("grain").notEqual(Periods.ALL),
                    coalesce(date_from_unix_date(col(PairSeries.DAY)), col("unit_start"))))
            .withColumns(counts.ids());
    Dataset<Row> rows =
        counts
            .join(counted)
            .withColumn("count_a", coalesce(col("count_a"), lit(0L)))
            .withColumn("count_b", coalesce(col("count_b"), lit(0L)))
            .withColumns(counts.named())
            .withColumns(Association.ofPairs());
    return rows.select(EntityTrends.columns(Tables.COOCCURRENCE_SCHEMA));
  }

  /**
   * {@link SingleCounts#seriesOrder} for series keys of {@code seriesBits} and lines of {@code
   * lineBits}.
   */
  static Dataset<Row> seriesOrder(Dataset<Row> rows, int seriesBits, int lineBits) {
    Optional<Column> order =
        PackedSortKey.pack(
            List.of(
                new PackedSortKey.Field(col(SERIES_KEY), seriesBits, f -> f),
                new PackedSortKey.Field(col(LINE).cast("long"), lineBits, f -> f),
                PackedSortKey.ofDays(col(PairSeries.DAY), FIRST_DAY, LAST_DAY)));
    if (order.isEmpty()) {
      return rows.sortWithinPartitions(col(SERIES_KEY), col(LINE), col(PairSeries.DAY));
    }
    return rows.withColumn(ORDER, order.get()).sortWithinPartitions(col(ORDER)).drop(ORDER);
  }

  /** Pair rows per task of the series pass ({@link #seriesTasks}). */
  static final long SERIES_ROWS_PER_TASK = 4_000_000;

  /**
   * The number of tasks of the series pass over {@code pairRows}, when their Parquet footers tell
   * how many rows they hold at most ({@link TableFiles#rowsAtMost}): one per started {@link
   * #SERIES_ROWS_PER_TASK}, rounded up to a multiple of the cores. Otherwise empty, and Spark's
   * adaptive execution picks the number from the shuffle's size: for the narrow rows of the 1 GiB
   * benchmark corpus it chose three tasks, so one core ran the third alone.
   */
  static OptionalInt seriesTasks(Dataset<Row> pairRows) {
    OptionalLong rows = TableFiles.rowsAtMost(pairRows);
    if (rows.isEmpty()) {
      return OptionalInt.empty();
    }
    long cores = Math.max(1, pairRows.sparkSession().sparkContext().defaultParallelism());
    long tasks = Math.max(1, (rows.getAsLong() + SERIES_ROWS_PER_TASK - 1) / SERIES_ROWS_PER_TASK);
    return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, (tasks + cores - 1) / cores * cores));
  }

  /**
   * The single counts of both entities of each pair row ({@code count_a}, {@code count_b}), looked
   * up by one long per side: the period (dedup, grain, level and its number {@code idx}, 0 for the
   * all-time grain) and the entity's number among the gazetteer's entities, packed as {@link
   * PackedSortKey} packs a sort key. Spark joins on a single long key with its {@code
   * LongHashedRelation}, which keeps two numbers per single row: the join on the five key columns
   * (three of them strings) built a hash relation about 70 times the singles' Parquet files (44 MiB
   * for the 202,000 single rows of the 100 MiB benchmark corpus). An entity id of the singles that
   * the entities lack fails the query (every mention's entity is a gazetteer entity).
   */
  static final class SingleCounts {
    /**
     * The Spark property that sets the most single rows broadcast to the pair rows ({@link
     * #broadcastable}); 0 never broadcasts them.
     */
    static final String BROADCAST_SINGLES_PROPERTY = "spark.newstrends.measure.broadcastMaxSingles";

    /**
     * Up to this many single rows are broadcast: Spark's hash relation of one long key and one long
     * count takes about 75 bytes a row (128 MiB for the 1.8 M single rows of the 1 GiB benchmark
     * corpus), so 4 M rows are about 300 MB on the heap of each executor.
     */
    static final long BROADCAST_SINGLES = 4_000_000;

    /** The driver's heap holds at least this many bytes per single row it broadcasts. */
    static final long HEAP_BYTES_PER_SINGLE = 256;

    private final Dataset<Row> keyed;
    private final Dataset<Row> ordinals;
    private final List<String> grains;
    private final List<String> levels;
    private final List<PackedSortKey.Field> period;
    private final long entities;
    private final List<String> ids;
    private final List<String> types;
    private final List<String> names;

    private SingleCounts(
        Dataset<Row> keyed,
        Dataset<Row> ordinals,
        List<String> grains,
        List<String> levels,
        List<String> ids,
        List<String> types,
        List<String> names) {
      this.keyed = keyed;
      this.ordinals = ordinals;
      this.grains = grains;
      this.levels = levels;
      this.period = periodFields(grains, levels);
      this.entities = types.size();
      this.ids = ids;
      this.types = types;
      this.names = names;
    }

    /**
     * The keyed single counts.
     *
     * @param singles dedup, grain, period_start, level, entity_id, n (all-time grain included)
     * @param periods {@link #periodIndex}
     */
    static SingleCounts of(
        Dataset<Row> singles, Dataset<Row> periods, Dataset<Row> entities, MeasureConfig config) {
      PackedSortKey.Entities numbered = PackedSortKey.Entities.of(entities);
      List<String> ids = numbered.ids();
      List<String> grains = new ArrayList<>(MeasureConfig.ALL_GRAINS);
      grains.add(Periods.ALL);
      List<String> levels = config.cooccurrenceLevels();
      List<PackedSortKey.Field> period = periodFields(grains, levels);
      Dataset<Row> ordinals = PackedSortKey.ordinals(singles.sparkSession(), ids, "__id", "__ord");
      Column key = key(period, "entity_id", "__ord", ids.size());
      Dataset<Row> keyed =
          PackedSortKey.withOrdinal(
                  singles.join(
                      broadcast(periods),
                      EntityTrends.toSeq("dedup", "grain", "level", "period_start"),
                      "left"),
                  "entity_id",
                  ordinals,
                  "__ord")
              .select(key.as("__single"), col("n"));
      return new SingleCounts(
          broadcastable(singles) ? broadcast(keyed) : keyed,
          ordinals,
          grains,
          levels,
          ids,
          numbered.types(),
          numbered.names());
    }

    /** The fields of a period's key: its line ({@link #lineFields}) and its number {@code idx}. */
    private static List<PackedSortKey.Field> periodFields(
        List<String> grains, List<String> levels) {
      List<PackedSortKey.Field> fields = new ArrayList<>(lineFields(grains, levels, "grain"));
      fields.add(
          new PackedSortKey.Field(
              coalesce(col("idx").cast("long"), lit(0L)), Integer.SIZE - 1, f -> f));
      return fields;
    }

    /** The fields of a period's line: dedup, the grain (of column {@code grain}) and level. */
    private static List<PackedSortKey.Field> lineFields(
        List<String> grains, List<String> levels, String grain) {
      return List.of(
          PackedSortKey.ofBoolean("dedup"),
          PackedSortKey.ofValues(grain, grains),
          PackedSortKey.ofValues("level", levels));
    }

    /**
     * The line of rows with dedup, grain and level, as one int: the period key's first fields
     * ({@link #periodKey}), so that key is the line and {@code idx} packed ({@link
     * #periodKeyOfLine}).
     */
    Column line() {
      return line("grain");
    }

    /** {@link #line()} with the grain of column {@code grain}. */
    Column line(String grain) {
      return PackedSortKey.pack(lineFields(grains, levels, grain)).orElseThrow().cast("int");
    }

    /**
     * The period's key of rows with {@link #LINE} and {@code idx} (null for the all-time grain).
     */
    Column periodKeyOfLine() {
      int lineBits = PackedSortKey.bits(lineFields(grains, levels, "grain"));
      List<PackedSortKey.Field> fields =
          List.of(
              new PackedSortKey.Field(col(LINE).cast("long"), lineBits, f -> f),
              period.get(period.size() - 1));
      return PackedSortKey.pack(fields).orElseThrow();
    }

    /** {@link #periodIndex} as {@link #LINE}, {@link PairSeries#DAY} and idx. */
    Dataset<Row> periodDays(Dataset<Row> periods) {
      return periods.select(
          line().as(LINE), unix_date(col("period_start")).as(PairSeries.DAY), col("idx"));
    }

    /**
     * Rows with {@link #SERIES_KEY} and {@link #LINE} with their fields unpacked: dedup, level,
     * grain and the entities' numbers {@code __ord_a} and {@code __ord_b}.
     */
    Dataset<Row> unpacked(Dataset<Row> rows, MeasureConfig config) {
      List<Column> series = PackedSortKey.unpack(col(SERIES_KEY), seriesFields(config));
      List<Column> line = PackedSortKey.unpack(col(LINE), lineFields(grains, levels, "grain"));
      Map<String, Column> unpacked = new LinkedHashMap<>();
      unpacked.put("dedup", series.get(0));
      unpacked.put("level", series.get(1));
      unpacked.put("__ord_a", series.get(2));
      unpacked.put("__ord_b", series.get(3));
      unpacked.put("grain", line.get(1));
      return rows.withColumns(unpacked);
    }

    /**
     * {@code rows} with the numbers of entity_a and entity_b among the entities as {@code __ord_a}
     * and {@code __ord_b} (a broadcast look-up of a small table).
     */
    Dataset<Row> numbered(Dataset<Row> rows) {
      Dataset<Row> t = rows;
      for (String side : List.of("a", "b")) {
        t = PackedSortKey.withOrdinal(t, "entity_" + side, ordinals, "__ord_" + side);
      }
      return t;
    }

    /**
     * The series of a pair as one long, for {@link #numbered} rows: dedup, level and the two
     * entities' numbers packed (at most 53 bits), so the series are grouped and sorted by a number
     * instead of four columns. An entity with no number fails the query.
     */
    Column seriesKey(MeasureConfig config) {
      return PackedSortKey.pack(seriesFields(config))
          .orElseThrow(() -> new IllegalStateException("more entities than a pair's key holds"));
    }

    private List<PackedSortKey.Field> seriesFields(MeasureConfig config) {
      return List.of(
          PackedSortKey.ofBoolean("dedup"),
          PackedSortKey.ofValues("level", config.cooccurrenceLevels()),
          PackedSortKey.ofOrdinal("entity_a", "__ord_a", entities),
          PackedSortKey.ofOrdinal("entity_b", "__ord_b", entities));
    }

    /**
     * {@code rows} ({@link #SERIES_KEY}, {@link #LINE}, {@link PairSeries#DAY}) sorted within their
     * partitions in the order {@link PairSeries} reads: by series, then line, then day. When the
     * three fit in one long (series and line as packed, the day as days from {@link #FIRST_DAY}),
     * the rows are sorted by that long alone, which Spark sorts with its radix sort; sorted by the
     * three columns, nearly every comparison of a series' rows fell through the long prefix to the
     * row comparator (TimSort), 4% of the executors' samples at 100 MiB. The sort column is not
     * kept. The long holds the entities' numbers up to 15 bits each (32,767 entities; the shipped
     * gazetteers have about 3,100); with more, the rows are sorted by the three columns.
     */
    Dataset<Row> seriesOrder(Dataset<Row> rows, MeasureConfig config) {
      return Cooccurrence.seriesOrder(
          rows,
          PackedSortKey.bits(seriesFields(config)),
          PackedSortKey.bits(lineFields(grains, levels, "grain")));
    }

    /**
     * The period of rows with dedup, grain, level and {@code idx} as one long (0 in its number for
     * a null {@code idx}, which no period has).
     */
    Column periodKey() {
      return PackedSortKey.pack(period)
          .orElseThrow(() -> new IllegalStateException("a period's key is over 63 bits"));
    }

    /** entity_a and entity_b of rows with {@code __ord_a} and {@code __ord_b}, by the numbers. */
    Map<String, Column> ids() {
      Map<String, Column> named = new LinkedHashMap<>();
      for (String side : List.of("a", "b")) {
        named.put("entity_" + side, PackedSortKey.atOrdinal(ids, col("__ord_" + side)));
      }
      return named;
    }

    /** type_a, name_a, type_b and name_b of {@link #numbered} rows, by the entities' numbers. */
    Map<String, Column> named() {
      Map<String, Column> named = new LinkedHashMap<>();
      for (String side : List.of("a", "b")) {
        Column ordinal = col("__ord_" + side);
        named.put("type_" + side, PackedSortKey.atOrdinal(types, ordinal));
        named.put("name_" + side, PackedSortKey.atOrdinal(names, ordinal));
      }
      return named;
    }

    /**
     * Whether the keyed single counts are few enough to be broadcast to the pair rows: at most
     * {@link #BROADCAST_SINGLES} rows by the footers of the files they are read from ({@link
     * TableFiles#rowsAtMost}), and at most one per {@link #HEAP_BYTES_PER_SINGLE} bytes of the
     * driver's heap, or the Spark property {@value #BROADCAST_SINGLES_PROPERTY}. Otherwise Spark
     * decides, by its estimate: a sort-merge join that shuffles and sorts every pair row twice,
     * once for each entity. On the 1 GiB benchmark corpus (16 M pair rows, 1.8 M single rows, which
     * Spark's estimate finds too large to broadcast) the steps from the pairs' series to the
     * mirrored rows took 97 s of the tasks' time that way and 81 s broadcast.
     */
    static boolean broadcastable(Dataset<Row> singles) {
      long limit = HeapLimits.of(singles.sparkSession(), BROADCAST_SINGLES_LIMIT);
      OptionalLong rows = TableFiles.rowsAtMost(singles);
      return rows.isPresent() && rows.getAsLong() <= limit;
    }

    /**
     * Rows with the period's key ({@link #PERIOD_KEY}) and the entities' numbers ({@code __ord_a},
     * {@code __ord_b}) with count_a and count_b (null where the entity has no single row).
     */
    Dataset<Row> join(Dataset<Row> rows) {
      int periodBits = PackedSortKey.bits(period);
      List<PackedSortKey.Field> byKey =
          List.of(new PackedSortKey.Field(col(PERIOD_KEY), periodBits, f -> f));
      Dataset<Row> t = rows;
      for (String side : List.of("a", "b")) {
        String ordinal = "__ord_" + side;
        t =
            t.withColumn("__key_" + side, key(byKey, ordinal, ordinal, entities))
                .join(
                    keyed
                        .withColumnRenamed("__single", "__single_" + side)
                        .withColumnRenamed("n", "count_" + side),
                    col("__key_" + side).equalTo(col("__single_" + side)),
                    "left")
                .drop("__key_" + side, "__single_" + side);
      }
      return t;
    }

    /**
     * The packed key of a period's fields and an entity's number: 38 bits for the period and at
     * most 25 for the entity, which holds 33 million entities.
     */
    private static Column key(
        List<PackedSortKey.Field> period, String entity, String ordinal, long entities) {
      List<PackedSortKey.Field> fields = new ArrayList<>(period);
      fields.add(PackedSortKey.ofOrdinal(entity, ordinal, entities));
      return PackedSortKey.pack(fields)
          .orElseThrow(
              () -> new IllegalStateException("more entities than a single count's key holds"));
    }
  }

  /**
   * The corpus periods numbered in order per (dedup, grain, level), all-time grain excluded: dedup,
   * grain, level, period_start, idx. A small table, broadcast.
   */
  static Dataset<Row> periodIndex(Dataset<Row> periodUnits) {
    return periodUnits
        .filter(col("grain").notEqual(Periods.ALL))
        .select("dedup", "grain", "level", "period_start")
        .distinct()
        .withColumn(
            "idx",
            row_number()
                .over(
                    Window.partitionBy(col("dedup"), col("grain"), col("level"))
                        .orderBy(col("period_start"))));
  }

  /**
   * Each pair's series read once, in order (rows sorted by series, then the period's line and
   * {@link #DAY}, so by grain and period number {@code idx}): a series whose all-time count (the
   * sum over the rows marked {@link #BASE}) is below {@code min_support} is dropped; a kept one
   * gives its rows, its all-time row (line {@link #ALL_LINE}, {@link #DAY} and idx null) and zero
   * rows (pair_count 0, {@link #DAY} null, idx the period's number) in the gaps of each grain's
   * series, the runs of corpus periods between two periods with the pair in which the pair does not
   * occur. By default ({@code cooccurrence_zero_rows: edges}) only at each gap's first and last
   * period (one row when the gap is one period long): a line drawn through the rows in period order
   * is then the zero-filled line, and the rows are at most three times the periods with the pair,
   * whatever the corpus's time span. With {@code full}, at every period of each gap.
   *
   * <p>This pass replaces a group-by for the all-time rows, a semi-join for the support, and a
   * window over every row (edges) or an anti-join against every period of each series' span (full)
   * for the gaps.
   */
  static final class PairSeries implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The column of the period's first day as days since 1970-01-01 (null in the rows made). */
    static final String DAY = "__day";

    /** The column that tells whether a row's grain is the base grain (its all-time count's). */
    static final String BASE = "__base";

    /** The column of the line of the all-time grain with the row's dedup and level. */
    static final String ALL_LINE = "__all_line";

    // The column of the series key (SingleCounts.seriesKey): one long per series, exact.
    private final int series;
    private final int line;
    private final int isBase;
    private final int allLine;
    private final int periodStart;
    private final int count;
    private final int idx;
    private final long minSupport;
    private final boolean full;

    PairSeries(StructType schema, long minSupport, boolean full) {
      this.series = schema.fieldIndex(SERIES_KEY);
      this.line = schema.fieldIndex(LINE);
      this.isBase = schema.fieldIndex(BASE);
      this.allLine = schema.fieldIndex(ALL_LINE);
      this.periodStart = schema.fieldIndex(DAY);
      this.count = schema.fieldIndex("pair_count");
      this.idx = schema.fieldIndex("idx");
      this.minSupport = minSupport;
      this.full = full;
    }

    /** The rows' schema with {@link #DAY} and idx nullable (the all-time and zero rows). */
    static StructType out(StructType in) {
      StructField[] fields = in.fields().clone();
      for (int j = 0; j < fields.length; j++) {
        if (fields[j].name().equals(DAY) || fields[j].name().equals("idx")) {
          fields[j] =
              new StructField(fields[j].name(), fields[j].dataType(), true, fields[j].metadata());
        }
      }
      return new StructType(fields);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private final List<Row> series = new ArrayList<>();
        // The first row of the next series, read while looking for the end of this one.
        private Row pending;

        @Override
        public boolean hasNext() {
          fill();
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          fill();
          if (ready.isEmpty()) {
            throw new NoSuchElementException();
          }
          return ready.removeFirst();
        }

        private void fill() {
          while (ready.isEmpty() && (pending != null || rows.hasNext())) {
            series.clear();
            Row first = pending != null ? pending : rows.next();
            pending = null;
            series.add(first);
            while (rows.hasNext()) {
              Row r = rows.next();
              if (!sameSeries(first, r)) {
                pending = r;
                break;
              }
              series.add(r);
            }
            finish(series, ready);
          }
        }
      };
    }

    private void finish(List<Row> series, ArrayDeque<Row> out) {
      long total = 0;
      for (Row r : series) {
        if (r.getBoolean(isBase)) {
          total += r.getLong(count);
        }
      }
      if (total < minSupport) {
        return;
      }
      out.addAll(series);
      Row first = series.get(0);
      out.add(with(first, first.getInt(allLine), total, null));
      Row previous = null;
      for (Row r : series) {
        if (previous != null
            && !previous.isNullAt(idx)
            && !r.isNullAt(idx)
            && previous.getInt(line) == r.getInt(line)) {
          int after = previous.getInt(idx) + 1;
          int before = r.getInt(idx) - 1;
          if (full) {
            for (int gap = after; gap <= before; gap++) {
              out.add(with(r, r.getInt(line), 0L, gap));
            }
          } else if (before >= after) {
            out.add(with(r, r.getInt(line), 0L, after));
            if (before > after) {
              out.add(with(r, r.getInt(line), 0L, before));
            }
          }
        }
        previous = r;
      }
    }

    /** {@code r} with another line, count and period number, and no {@link #DAY}. */
    private Row with(Row r, int periodLine, long pairCount, Integer periodIdx) {
      Object[] values = new Object[r.length()];
      for (int j = 0; j < values.length; j++) {
        values[j] = r.get(j);
      }
      values[line] = periodLine;
      values[periodStart] = null;
      values[count] = pairCount;
      values[idx] = periodIdx;
      return RowFactory.create(values);
    }

    private boolean sameSeries(Row a, Row b) {
      return a.getLong(series) == b.getLong(series);
    }
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
}
