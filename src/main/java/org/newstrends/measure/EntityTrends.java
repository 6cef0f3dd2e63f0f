package org.newstrends.measure;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;

/**
 * Builds {@code entity_trends}: per grain, period, source (each outlet and {@code ALL}) and entity,
 * the mentions, the articles mentioning it and all articles of that source and period, raw and with
 * each wire-copy group counted once, split by voice, with a rolling mean of the share and a robust
 * spike score.
 *
 * <p>In: the articles' facts ({@link ArticleFacts#SCHEMA}) and the entities (entity_id,
 * entity_type, entity_name). Out: {@link Tables#ENTITY_TRENDS_SCHEMA}.
 *
 * <p>Periods of a source are the periods in which it published at least one dated article. A
 * (grain, source, entity) series has a row for every period with a mention, and a zero row for each
 * other period among the {@code window} periods before one: the baseline of every row with mentions
 * is written out, and quiet stretches are not padded.
 */
public final class EntityTrends {

  /** 1.4826 · MAD estimates the standard deviation of a normal distribution. */
  static final double MAD_TO_SIGMA = 1.4826;

  private EntityTrends() {}

  /**
   * @param facts {@link ArticleFacts#SCHEMA} rows
   * @param entities entity_id, entity_type, entity_name
   */
  public static Dataset<Row> build(
      Dataset<Row> facts, Dataset<Row> entities, MeasureConfig config) {
    Dataset<Row>[] parts = rollUp(facts, config);
    return finish(parts[0], parts[1], entities, config);
  }

  /**
   * The additive part, per (grain, period, source): {@code [0]} the articles of each period (grain,
   * period_start, source, total_articles, total_articles_dedup) and {@code [1]} the counts of each
   * entity (grain, period_start, source, entity_id and the counts). Each period's rows depend on
   * that period's articles only.
   */
  @SuppressWarnings("unchecked")
  static Dataset<Row>[] rollUp(Dataset<Row> facts, MeasureConfig config) {
    List<String> grains = config.grains();
    Dataset<Row> dated = facts.filter(col("published_date").isNotNull());
    Column canonical = col(ArticleKeys.CANONICAL);
    Dataset<Row> periods =
        Periods.rollUp(
            dated.select(
                col("published_date"),
                col("source"),
                lit(1L).as("total_articles"),
                ArticleKeys.canonicalOne().as("total_articles_dedup")),
            grains,
            true,
            new String[0],
            "total_articles",
            "total_articles_dedup");
    Dataset<Row> counts =
        Periods.rollUpByKeys(
            dated
                .select(
                    col("published_date"),
                    col("source"),
                    canonical,
                    explode(col("entities")).as("e"))
                .select(
                    col("published_date"),
                    col("source"),
                    col("e.entity_id").as("entity_id"),
                    col("e.n").as("mentions"),
                    lit(1L).as("articles"),
                    when(canonical, col("e.n")).otherwise(0L).as("mentions_dedup"),
                    ArticleKeys.canonicalOne().as("articles_dedup"),
                    col("e.n_outlet").as("mentions_outlet_voice"),
                    col("e.n_quote").as("mentions_in_quotes")),
            grains,
            true,
            new String[] {"entity_id"},
            COUNTS.toArray(String[]::new));
    return new Dataset[] {periods, counts};
  }

  /**
   * The corpus-wide finishing over all periods' rolled-up rows ({@link #rollUp}): each source's
   * periods numbered in order, zero rows inside the baseline window, shares, the rolling baseline
   * and spike scores.
   */
  static Dataset<Row> finish(
      Dataset<Row> periodRows,
      Dataset<Row> countRows,
      Dataset<Row> entities,
      MeasureConfig config) {
    // Each source's periods numbered in order, so the baseline can look back `window` periods
    // without a grid.
    Dataset<Row> periods =
        broadcast(
            periodRows.withColumn(
                "idx",
                row_number().over(Window.partitionBy("grain", "source").orderBy("period_start"))));
    Dataset<Row> series =
        countRows
            .join(periods, toSeq("grain", "source", "period_start"))
            .select(
                col("grain"),
                col("source"),
                col("entity_id"),
                col("idx"),
                col("mentions"),
                col("articles"),
                col("mentions_dedup"),
                col("articles_dedup"),
                col("mentions_outlet_voice"),
                col("mentions_in_quotes"),
                col("articles").cast("double").divide(col("total_articles")).as("share"));
    // The zero rows come out of the same ordered pass as the baselines; their periods' dates and
    // totals, and every row's entity, are looked up in the broadcast tables afterwards.
    return withSpikes(series, config)
        .join(periods, toSeq("grain", "source", "idx"))
        .join(broadcast(entities), toSeq("entity_id"), "left")
        .withColumn(
            "share_dedup",
            when(
                col("total_articles_dedup").gt(0),
                col("articles_dedup").cast("double").divide(col("total_articles_dedup"))))
        .select(columns(Tables.ENTITY_TRENDS_SCHEMA));
  }

  private static final List<String> COUNTS =
      List.of(
          "mentions",
          "articles",
          "mentions_dedup",
          "articles_dedup",
          "mentions_outlet_voice",
          "mentions_in_quotes");

  /**
   * From the rows of the (grain, source, entity) series that have mentions (grain, source,
   * entity_id, idx, the {@link #COUNTS} and share), every row of the table's series: those rows and
   * a zero row (counts 0, share 0) for each other period among the {@code window} periods before
   * one, each with {@code rolling_share_mean}, {@code history_periods}, {@code spike_score} and
   * {@code is_spike}.
   *
   * <p>The baseline is the previous {@code window} periods of the same series (idx − window to idx
   * − 1), the current period excluded; those without a row are zeros. The score is (share − median)
   * / (1.4826 · max(MAD, mad_floor)), computed only when the baseline is complete; the flag needs
   * score ≥ threshold and articles ≥ spike_min_articles.
   *
   * <p>Each series is read once in period order with its last {@code window} shares at hand ({@link
   * Baselines}): the window functions this replaces rebuilt and sorted every row's baseline inside
   * generated code that evaluates the frame anew per row (about a tenth of the 100 MiB run's CPU),
   * and the zero rows it writes replace a distinct, an anti-join and a union of all rows.
   */
  static Dataset<Row> withSpikes(Dataset<Row> rows, MeasureConfig config) {
    StructType in = rows.schema();
    StructType out =
        in.add("history_periods", DataTypes.IntegerType, false)
            .add("rolling_share_mean", DataTypes.DoubleType, true)
            .add("spike_score", DataTypes.DoubleType, true)
            .add("is_spike", DataTypes.BooleanType, false);
    return rows.repartition(col("grain"), col("source"), col("entity_id"))
        .sortWithinPartitions("entity_id", "source", "grain", "idx")
        .mapPartitions(new Baselines(in, config), Encoders.row(out));
  }

  /**
   * The zero rows and baseline columns of rows sorted by series and idx: per series, the shares of
   * the previous {@code window} periods, the same arithmetic as the table's definition in {@code
   * docs/outputs.md} (and the DuckDB cross-check).
   */
  static final class Baselines implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int grain;
    private final int source;
    private final int entity;
    private final int idx;
    private final boolean intIdx;
    private final int share;
    private final int articles;
    private final int[] counts;
    private final int window;
    private final double madFloor;
    private final double threshold;
    private final long minArticles;

    Baselines(StructType schema, MeasureConfig config) {
      this.grain = schema.fieldIndex("grain");
      this.source = schema.fieldIndex("source");
      this.entity = schema.fieldIndex("entity_id");
      this.idx = schema.fieldIndex("idx");
      this.intIdx = schema.fields()[idx].dataType().equals(DataTypes.IntegerType);
      this.share = schema.fieldIndex("share");
      this.articles = schema.fieldIndex("articles");
      this.counts = COUNTS.stream().mapToInt(schema::fieldIndex).toArray();
      this.window = config.window();
      this.madFloor = config.madFloor();
      this.threshold = config.spikeThreshold();
      this.minArticles = config.spikeMinArticles();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        // The series' previous rows with a share, oldest first: at most `window` of them.
        private final ArrayDeque<Seen> seen = new ArrayDeque<>();
        // Rows computed and not yet returned: a row with mentions after its zero rows.
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private Row series;
        // The series' last period with a row (0 before its first).
        private long last;

        @Override
        public boolean hasNext() {
          return !ready.isEmpty() || rows.hasNext();
        }

        @Override
        public Row next() {
          if (ready.isEmpty()) {
            Row r = rows.next();
            if (series == null || !sameSeries(series, r)) {
              seen.clear();
              series = r;
              last = 0;
            }
            long i = ((Number) r.get(idx)).longValue();
            for (long j = Math.max(last + 1, Math.max(i - window, 1)); j < i; j++) {
              ready.addLast(withBaseline(zero(r, j), j));
            }
            ready.addLast(withBaseline(r, i));
            last = i;
          }
          return ready.removeFirst();
        }

        /** The row with its baseline columns; its share joins the series' history. */
        private Row withBaseline(Row r, long i) {
          while (!seen.isEmpty() && seen.peekFirst().idx() < i - window) {
            seen.removeFirst();
          }
          Row out = baseline(r, i);
          if (!r.isNullAt(share)) {
            seen.addLast(new Seen(i, r.getDouble(share)));
          }
          return out;
        }

        /** The zero row of period {@code i} of {@code r}'s series. */
        private Row zero(Row r, long i) {
          Object[] values = new Object[r.length()];
          values[grain] = r.get(grain);
          values[source] = r.get(source);
          values[entity] = r.get(entity);
          values[idx] = intIdx ? (Object) (int) i : (Object) i;
          for (int c : counts) {
            values[c] = 0L;
          }
          values[share] = 0.0;
          return RowFactory.create(values);
        }

        private Row baseline(Row r, long i) {
          int periods = (int) Math.min(window, i - 1);
          Double mean = null;
          Double score = null;
          if (periods > 0) {
            double sum = 0.0;
            for (Seen s : seen) {
              sum += s.share();
            }
            mean = sum / periods;
          }
          if (periods == window && !r.isNullAt(share)) {
            double[] history = new double[periods];
            int k = 0;
            for (Seen s : seen) {
              history[k++] = s.share();
            }
            Arrays.sort(history);
            double median = median(history);
            double[] deviations = new double[periods];
            for (int j = 0; j < periods; j++) {
              deviations[j] = Math.abs(history[j] - median);
            }
            Arrays.sort(deviations);
            double spread = MAD_TO_SIGMA * Math.max(median(deviations), madFloor);
            score = (r.getDouble(share) - median) / spread;
          }
          boolean spike = score != null && score >= threshold && r.getLong(articles) >= minArticles;
          Object[] values = new Object[r.length() + 4];
          for (int j = 0; j < r.length(); j++) {
            values[j] = r.get(j);
          }
          values[r.length()] = periods;
          values[r.length() + 1] = mean;
          values[r.length() + 2] = score;
          values[r.length() + 3] = spike;
          return RowFactory.create(values);
        }
      };
    }

    /** A previous row of the series: its period number and share. */
    private record Seen(long idx, double share) {}

    private boolean sameSeries(Row a, Row b) {
      return Objects.equals(a.get(entity), b.get(entity))
          && Objects.equals(a.get(source), b.get(source))
          && Objects.equals(a.get(grain), b.get(grain));
    }

    /** The median of a sorted, non-empty array, even sizes averaging the middle two. */
    private static double median(double[] sorted) {
      int n = sorted.length;
      int half = n / 2;
      return n % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
  }

  static Column[] columns(org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fields())
        .map(f -> col(f.name()).cast(f.dataType()).as(f.name()))
        .toArray(Column[]::new);
  }

  static scala.collection.immutable.Seq<String> toSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
