package org.newstrends.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newstrends.output.ConcurrentQueries;
import org.newstrends.output.Tables;

/**
 * Everything the HTML report shows, chosen in Spark from a run's published tables so that the page
 * stays small whatever the corpus: top-N series, spikes with a few sentences each, the strongest
 * pairs. The result is one JSON document; {@link HtmlReport} renders it.
 *
 * <p>Sections whose table the run did not write (annotate or measure switched off) are left out.
 */
final class ReportData {

  /** Entity series per type in the trend charts. */
  static final int TOP_PER_TYPE = 6;

  /** Outlets drawn separately in the articles chart; the rest are summed as "other outlets". */
  static final int TOP_OUTLETS = 8;

  static final int TOP_SPIKES = 12;
  static final int SENTENCES_PER_SPIKE = 4;
  static final int TOP_PAIRS = 30;
  static final int TOP_SPEAKERS = 5;

  /** Periods drawn at most: the finest configured grain with no more than this many is used. */
  static final int MAX_PERIODS = 120;

  static final int MIN_ARTICLES_PER_PERIOD = 10;

  /** Types in display order; terms get their own section. */
  static final List<String> ACTOR_TYPES =
      List.of("country", "leader", "person", "organisation", "place");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final FileSystem fs;
  private final Path root;

  /** The outlets' display names, read once. */
  private Map<String, String> outletNames;

  ReportData(SparkSession spark, FileSystem fs, Path root) {
    this.spark = spark;
    this.fs = fs;
    this.root = root;
  }

  /** Builds the report's JSON document. */
  ObjectNode build() throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    doc.set("run", run());
    if (!exists(Tables.CORPUS_STATS)) {
      return doc;
    }
    Dataset<Row> corpus = table(Tables.CORPUS_STATS);
    // The all-outlets rows of every grain: one small collect answers the grain, the periods and
    // the date span.
    List<Row> allOutlets =
        corpus
            .where(col("outlet_id").equalTo("ALL"))
            .select("grain", "period_start", "articles", "is_partial")
            .collectAsList();
    String grain = chooseGrain(allOutlets);
    if (grain == null) {
      return doc; // no dated article
    }
    doc.put("grain", grain);
    List<Row> periodRows = periodRows(allOutlets, grain);
    List<LocalDate> periods = new ArrayList<>();
    ArrayNode partial = doc.putArray("partial");
    for (Row r : periodRows) {
      periods.add(r.getDate(1).toLocalDate());
      partial.add(!r.isNullAt(3) && r.getBoolean(3)); // the tables' own is_partial
    }
    LocalDate[] span = dateSpan(allOutlets);
    doc.set("periods", dates(periods));
    doc.put("gaps", hasGaps(periods, grain));
    doc.put("first_date", span[0].toString());
    doc.put("last_date", span[1].toString());
    // The sections are independent small queries: side by side, so their planning and short jobs
    // overlap. Each puts its node under its key; the document keeps this order.
    Map<String, JsonNode> sections = new ConcurrentHashMap<>();
    List<Runnable> queries = new ArrayList<>();
    queries.add(() -> sections.put("outlets", outlets(corpus, allOutlets, grain, periods)));
    if (exists(Tables.ENTITY_TRENDS)) {
      queries.add(
          () -> {
            Dataset<Row> trends =
                table(Tables.ENTITY_TRENDS)
                    .where(col("grain").equalTo(grain).and(col("outlet_id").equalTo("ALL")))
                    .cache();
            try {
              List<Row> totals = entityTotals(trends);
              ConcurrentQueries.run(
                  List.of(
                      () -> sections.put("trends", trends(trends, totals, periods)),
                      () -> sections.put("voice", voice(totals)),
                      () -> sections.put("spikes", spikes(trends, grain))));
            } finally {
              trends.unpersist();
            }
          });
    }
    if (exists(Tables.COOCCURRENCE)) {
      queries.add(() -> sections.put("pairs", pairs()));
    }
    ConcurrentQueries.run(queries);
    for (String key : List.of("outlets", "trends", "voice", "spikes", "pairs")) {
      if (sections.containsKey(key)) {
        doc.set(key, sections.get(key));
      }
    }
    return doc;
  }

  /** The run as the manifest tells it. */
  private ObjectNode run() throws IOException {
    ObjectNode run = JSON.createObjectNode();
    Path manifest = new Path(root, Tables.MANIFEST);
    if (!fs.exists(manifest)) {
      return run;
    }
    JsonNode m = ReportManifest.read(fs, root); // checked: newstrends report reads it before Spark
    for (String key :
        List.of("run_id", "version", "started_at", "finished_at", "records_read", "articles")) {
      if (m.has(key)) {
        run.set(key, m.get(key));
      }
    }
    run.set("rejects", m.path("rejects"));
    run.set("timings_ms", m.path("timings_ms"));
    run.set("mentions", m.path("counts").path("mentions"));
    ArrayNode inputs = run.putArray("inputs");
    for (JsonNode input : m.path("inputs")) {
      ObjectNode i = inputs.addObject();
      for (String key : List.of("path", "format", "records_read", "articles", "rejects")) {
        i.set(key, input.path(key));
      }
    }
    JsonNode details = m.path("details");
    run.set("rejects_by_reason", details.path("rejects_by_reason"));
    run.set("duplicates", details.path("duplicates"));
    return run;
  }

  /**
   * The finest configured grain that draws at most {@link #MAX_PERIODS} periods holding articles,
   * with at least {@link #MIN_ARTICLES_PER_PERIOD} articles per period on average (finer grains of
   * a small corpus are all noise); else the coarsest configured grain.
   */
  private static String chooseGrain(List<Row> allOutlets) {
    Map<String, long[]> periods = new HashMap<>();
    for (Row r : allOutlets) {
      if (r.isNullAt(1) || r.isNullAt(2) || r.getLong(2) <= 0) {
        continue;
      }
      long[] p = periods.computeIfAbsent(r.getString(0), g -> new long[2]);
      p[0]++;
      p[1] += r.getLong(2);
    }
    String chosen = null;
    for (String grain : List.of("month", "week", "day")) {
      long[] p = periods.get(grain);
      if (p != null
          && (chosen == null || (p[0] <= MAX_PERIODS && p[1] >= MIN_ARTICLES_PER_PERIOD * p[0]))) {
        chosen = grain;
      }
    }
    return chosen;
  }

  /**
   * The periods of the grain that hold dated articles, in order, with their {@code is_partial}. A
   * corpus with a gap (an archive of 1987 and one of 2023) is drawn without the empty years
   * between; for a continuous corpus this is every period from the first to the last.
   */
  private static List<Row> periodRows(List<Row> allOutlets, String grain) {
    List<Row> rows = new ArrayList<>();
    for (Row r : allOutlets) {
      if (grain.equals(r.getString(0)) && !r.isNullAt(1) && !r.isNullAt(2) && r.getLong(2) > 0) {
        rows.add(r);
      }
    }
    rows.sort(java.util.Comparator.comparing(r -> r.getDate(1)));
    return rows;
  }

  /** First and last publication date of the run's dated articles. */
  private LocalDate[] dateSpan(List<Row> allOutlets) {
    Date first = null;
    Date last = null;
    boolean days = false;
    for (Row r : allOutlets) {
      if (!"day".equals(r.getString(0))) {
        continue;
      }
      days = true;
      if (!r.isNullAt(1)) {
        Date d = r.getDate(1);
        first = first == null || d.before(first) ? d : first;
        last = last == null || d.after(last) ? d : last;
      }
    }
    if (!days) {
      Row r = table(Tables.ARTICLES).agg(min("published_date"), max("published_date")).first();
      first = r.getDate(0);
      last = r.getDate(1);
    }
    return new LocalDate[] {first.toLocalDate(), last.toLocalDate()};
  }

  static LocalDate next(LocalDate start, String grain) {
    return switch (grain) {
      case "day" -> start.plusDays(1);
      case "week" -> start.plusWeeks(1);
      case "month" -> start.plusMonths(1);
      default -> throw new IllegalArgumentException("unknown grain " + grain);
    };
  }

  /** Whether some period between the first and the last holds no article (and is not drawn). */
  static boolean hasGaps(List<LocalDate> periods, String grain) {
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).equals(next(periods.get(i - 1), grain))) {
        return true;
      }
    }
    return false;
  }

  /** Articles per period: the top outlets each, the rest together, and all of them. */
  private ObjectNode outlets(
      Dataset<Row> corpus, List<Row> allOutlets, String grain, List<LocalDate> periods) {
    List<Row> perOutlet =
        corpus
            .where(col("grain").equalTo(grain).and(col("outlet_id").notEqual("ALL")))
            .select("outlet_id", "period_start", "articles")
            .collectAsList();
    Map<String, Long> totals = new HashMap<>();
    for (Row r : perOutlet) {
      if (!r.isNullAt(2)) {
        totals.merge(r.getString(0), r.getLong(2), Long::sum);
      } else {
        totals.putIfAbsent(r.getString(0), null);
      }
    }
    List<String> top =
        totals.entrySet().stream()
            .sorted(
                java.util.Comparator.<Map.Entry<String, Long>, Long>comparing(
                        Map.Entry::getValue,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                    .thenComparing(Map.Entry::getKey))
            .limit(TOP_OUTLETS)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, long[]> series = new LinkedHashMap<>();
    for (String s : top) {
      series.put(s, new long[periods.size()]);
    }
    long[] all = new long[periods.size()];
    long[] other = new long[periods.size()];
    Map<LocalDate, Integer> index = index(periods);
    List<Row> rows = new ArrayList<>();
    for (Row r : allOutlets) {
      if (grain.equals(r.getString(0))) {
        rows.add(RowFactory.create("ALL", r.get(1), r.get(2)));
      }
    }
    rows.addAll(perOutlet);
    for (Row r : rows.stream().filter(r -> !r.isNullAt(1)).toList()) {
      Integer i = index.get(r.getDate(1).toLocalDate());
      if (i == null) {
        continue;
      }
      String source = r.getString(0);
      long n = r.getLong(2);
      if ("ALL".equals(source)) {
        all[i] = n;
      } else if (series.containsKey(source)) {
        series.get(source)[i] = n;
      } else {
        other[i] += n;
      }
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("all", longs(all));
    ArrayNode list = out.putArray("series");
    Map<String, String> names = outletNames();
    series.forEach(
        (id, counts) -> {
          ObjectNode s = list.addObject();
          s.put("name", names.getOrDefault(id, id));
          s.set("articles", longs(counts));
        });
    if (java.util.Arrays.stream(other).anyMatch(n -> n > 0)) {
      ObjectNode s = list.addObject();
      s.put("name", "other outlets");
      s.set("articles", longs(other));
    }
    return out;
  }

  /**
   * Per entity of the chosen grain's all-outlets rows (entity_type, entity_id, entity_name):
   * articles, mentions in the outlet's voice and in quotes, summed over the periods. One row per
   * entity, so small whatever the corpus.
   */
  private static List<Row> entityTotals(Dataset<Row> trends) {
    return trends
        .groupBy("entity_type", "entity_id", "entity_name")
        .agg(
            sum("articles").as("total"),
            sum("mentions_outlet_voice").as("outlet_voice"),
            sum("mentions_in_quotes").as("in_quotes"))
        .collectAsList();
  }

  /**
   * Share series of the top entities of each actor type and of every term family. A period with
   * articles but no row for the entity has share 0 (the table stores zero rows only near spikes).
   */
  private ObjectNode trends(Dataset<Row> trends, List<Row> totals, List<LocalDate> periods) {
    // Rank within each type by articles (then id), as a window over the totals would.
    List<Row> ranked = new ArrayList<>(totals);
    ranked.sort(
        java.util.Comparator.<Row, String>comparing(r -> r.getString(0))
            .thenComparing(
                r -> r.isNullAt(3) ? null : r.getLong(3),
                java.util.Comparator.nullsLast(java.util.Comparator.<Long>reverseOrder()))
            .thenComparing(r -> r.getString(1)));
    List<Row> chosen = new ArrayList<>();
    String type = null;
    int rank = 0;
    for (Row r : ranked) {
      rank = r.getString(0).equals(type) ? rank + 1 : 1;
      type = r.getString(0);
      if (("term".equals(type) || rank <= TOP_PER_TYPE) && !r.isNullAt(3) && r.getLong(3) > 0) {
        chosen.add(r);
      }
    }
    Map<LocalDate, Integer> index = index(periods);
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    ObjectNode out = JSON.createObjectNode();
    for (Row r : chosen) {
      ObjectNode e = JSON.createObjectNode();
      e.put("id", r.getString(1));
      e.put("name", r.getString(2));
      e.put("articles", r.getLong(3));
      e.set("share", zeros(periods.size()));
      e.putArray("spikes");
      byId.put(r.getString(1), e);
      String t = r.getString(0);
      (out.has(t) ? (ArrayNode) out.get(t) : out.putArray(t)).add(e);
    }
    if (byId.isEmpty()) {
      return out;
    }
    for (Row r :
        trends
            .where(col("entity_id").isin(byId.keySet().toArray()))
            .select("entity_id", "period_start", "share", "is_spike")
            .collectAsList()) {
      Integer i = index.get(r.getDate(1).toLocalDate());
      ObjectNode e = byId.get(r.getString(0));
      if (i == null || e == null) {
        continue;
      }
      ((ArrayNode) e.get("share")).set(i, JSON.getNodeFactory().numberNode(r.getDouble(2)));
      if (!r.isNullAt(3) && r.getBoolean(3)) {
        ((ArrayNode) e.get("spikes")).add(i);
      }
    }
    return out;
  }

  /** Per term family: mentions in the outlet's voice and inside quotes, and the top speakers. */
  private ArrayNode voice(List<Row> totals) {
    ArrayNode out = JSON.createArrayNode();
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    List<Row> terms = new ArrayList<>();
    for (Row r : totals) {
      if ("term".equals(r.getString(0))) {
        terms.add(r);
      }
    }
    terms.sort(
        java.util.Comparator.<Row, Long>comparing(
                r -> r.isNullAt(4) ? null : r.getLong(4),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(r -> r.getString(1)));
    for (Row r : terms) {
      ObjectNode t = out.addObject();
      t.put("id", r.getString(1));
      t.put("name", r.getString(2));
      t.put("outlet_voice", r.getLong(4));
      t.put("in_quotes", r.getLong(5));
      t.putArray("speakers");
      byId.put(r.getString(1), t);
    }
    if (byId.isEmpty() || !exists(Tables.MENTIONS) || !exists(Tables.ENTITIES)) {
      return out;
    }
    Dataset<Row> mentions = table(Tables.MENTIONS);
    // Speakers are people, countries and organisations: an id of a term family is no speaker.
    // Their names come from the small entities table, not from a sort of every mention by name.
    Dataset<Row> names =
        table(Tables.ENTITIES)
            .where(col("entity_type").notEqual("term"))
            .select(
                col("entity_id").as("speaker_entity_id"), col("entity_name").as("speaker_name"));
    Dataset<Row> speakers =
        mentions
            .where(col("entity_type").equalTo("term").and(col("speaker_entity_id").isNotNull()))
            .groupBy(col("entity_id").as("term_id"), col("speaker_entity_id"))
            .agg(
                count(lit(1)).as("mentions"),
                sum(when(col("in_quote"), 1).otherwise(0)).as("quoted"))
            .join(names, "speaker_entity_id")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("term_id")
                            .orderBy(desc("mentions"), col("speaker_entity_id"))))
            .where(col("rank").leq(TOP_SPEAKERS))
            .orderBy("term_id", "rank");
    for (Row r :
        speakers
            .select("term_id", "speaker_entity_id", "speaker_name", "mentions")
            .collectAsList()) {
      ObjectNode t = byId.get(r.getString(0));
      if (t != null) {
        ObjectNode s = ((ArrayNode) t.get("speakers")).addObject();
        s.put("id", r.getString(1));
        s.put("name", r.getString(2));
        s.put("mentions", r.getLong(3));
      }
    }
    return out;
  }

  /** The strongest spikes, each with a few sentences of the mentions behind it. */
  private ArrayNode spikes(Dataset<Row> trends, String grain) {
    List<Row> top =
        trends
            .where(col("is_spike"))
            .orderBy(desc("spike_score"), col("entity_id"), col("period_start"))
            .limit(TOP_SPIKES)
            .select(
                "entity_id",
                "entity_name",
                "entity_type",
                "period_start",
                "spike_score",
                "share",
                "articles",
                "rolling_share_mean")
            .collectAsList();
    ArrayNode out = JSON.createArrayNode();
    if (top.isEmpty()) {
      return out;
    }
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    List<Row> keys = new ArrayList<>();
    for (Row r : top) {
      ObjectNode s = out.addObject();
      LocalDate start = r.getDate(3).toLocalDate();
      s.put("entity_id", r.getString(0));
      s.put("name", r.getString(1));
      s.put("type", r.getString(2));
      s.put("period_start", start.toString());
      s.put("spike_score", r.getDouble(4));
      s.put("share", r.getDouble(5));
      s.put("articles", r.getLong(6));
      if (!r.isNullAt(7)) {
        s.put("baseline_share", r.getDouble(7));
      }
      s.putArray("sentences");
      String key = r.getString(0) + "|" + start;
      byKey.put(key, s);
      keys.add(
          org.apache.spark.sql.RowFactory.create(
              key, r.getString(0), Date.valueOf(start), Date.valueOf(next(start, grain))));
    }
    if (!exists(Tables.MENTIONS)) {
      return out;
    }
    Map<String, String> outlets = outletNames();
    Dataset<Row> spikeKeys =
        spark.createDataFrame(
            keys,
            new org.apache.spark.sql.types.StructType()
                .add("spike_key", "string")
                .add("spike_entity", "string")
                .add("from_date", "date")
                .add("until_date", "date"));
    Dataset<Row> sentences =
        table(Tables.MENTIONS)
            .select("article_id", "published_date", "outlet_id", "entity_id", "context", "in_quote")
            .where(col("context").isNotNull())
            .join(
                org.apache.spark.sql.functions.broadcast(spikeKeys),
                col("entity_id")
                    .equalTo(col("spike_entity"))
                    .and(col("published_date").geq(col("from_date")))
                    .and(col("published_date").lt(col("until_date"))))
            .dropDuplicates("spike_key", "article_id")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("spike_key")
                            .orderBy(col("published_date"), col("article_id"))))
            .where(col("rank").leq(SENTENCES_PER_SPIKE))
            .orderBy("spike_key", "rank");
    for (Row r :
        sentences
            .select("spike_key", "article_id", "published_date", "outlet_id", "context", "in_quote")
            .collectAsList()) {
      ObjectNode s = ((ArrayNode) byKey.get(r.getString(0)).get("sentences")).addObject();
      s.put("article_id", r.getString(1));
      s.put("date", r.getDate(2).toLocalDate().toString());
      s.put("source", r.isNullAt(3) ? null : outlets.getOrDefault(r.getString(3), r.getString(3)));
      s.put("context", r.getString(4));
      s.put("in_quote", r.getBoolean(5));
    }
    return out;
  }

  /**
   * The strongest article-level pairs over the whole run (canonical articles only, so wire copies
   * count once), ranked by Dunning's G² so that frequent, strongly associated pairs come first;
   * NPMI is shown beside it.
   */
  private ArrayNode pairs() {
    Dataset<Row> all =
        table(Tables.COOCCURRENCE)
            .where(
                col("grain")
                    .equalTo("all")
                    .and(col("level").equalTo("article"))
                    .and(col("dedup"))
                    .and(col("npmi").gt(0))
                    .and(col("entity_a").lt(col("entity_b")))); // each pair once, not its mirror
    ArrayNode out = JSON.createArrayNode();
    for (Row r :
        all.orderBy(desc("log_likelihood"), col("entity_a"), col("entity_b"))
            .limit(TOP_PAIRS)
            .select(
                "entity_a",
                "name_a",
                "type_a",
                "entity_b",
                "name_b",
                "type_b",
                "pair_count",
                "npmi",
                "log_likelihood")
            .collectAsList()) {
      ObjectNode p = out.addObject();
      p.put("a", r.getString(0));
      p.put("name_a", r.getString(1));
      p.put("type_a", r.getString(2));
      p.put("b", r.getString(3));
      p.put("name_b", r.getString(4));
      p.put("type_b", r.getString(5));
      p.put("pair_count", r.getLong(6));
      p.put("npmi", r.getDouble(7));
      p.put("g2", r.getDouble(8));
    }
    return out;
  }

  /** Display names of the outlets ({@code outlets} table), by outlet id. */
  private synchronized Map<String, String> outletNames() {
    if (outletNames != null) {
      return outletNames;
    }
    Map<String, String> names = new HashMap<>();
    if (exists(Tables.OUTLETS)) {
      for (Row r : table(Tables.OUTLETS).select("outlet_id", "display_name").collectAsList()) {
        if (!r.isNullAt(1)) {
          names.put(r.getString(0), r.getString(1));
        }
      }
    }
    names.put("ALL", "all outlets");
    outletNames = names;
    return names;
  }

  private boolean exists(String table) {
    try {
      return fs.exists(new Path(root, table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset<Row> table(String table) {
    return spark.read().parquet(new Path(root, table).toString());
  }

  private static Map<LocalDate, Integer> index(List<LocalDate> periods) {
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
    }
    return index;
  }

  private static ArrayNode dates(List<LocalDate> periods) {
    ArrayNode out = JSON.createArrayNode();
    periods.forEach(d -> out.add(d.toString()));
    return out;
  }

  private static ArrayNode longs(long[] values) {
    ArrayNode out = JSON.createArrayNode();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  private static ArrayNode zeros(int n) {
    ArrayNode out = JSON.createArrayNode();
    for (int i = 0; i < n; i++) {
      out.add(0.0);
    }
    return out;
  }

  /** Days in a period, for the page's labels. */
  static long days(LocalDate start, String grain) {
    return ChronoUnit.DAYS.between(start, next(start, grain));
  }
}
