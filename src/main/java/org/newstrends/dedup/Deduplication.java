package org.newstrends.dedup;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newstrends.HeapLimits;
import org.newstrends.PersistedLeaf;
import org.newstrends.WideRowJoins;
import org.newstrends.config.DedupConfig;
import org.newstrends.output.Tables;

/**
 * Groups exact copies and near-duplicates (wire stories with another headline, a trimmed last
 * paragraph, an outlet's boilerplate) of the {@code articles} table.
 *
 * <p>In: rows of {@link Tables#ARTICLES_SCHEMA}. Out: the same rows with {@code dup_group_id} (the
 * {@code article_id} of the group's canonical article; an article without copies is its own group)
 * and {@code is_canonical} (exactly one per group: the earliest {@code published_date}, then the
 * smallest {@code article_id}).
 *
 * <p>How, without comparing all pairs or moving article text: (1) one scan of each article gives a
 * narrow signature ({@link Signature}: a key of its normalised title and body, MinHash band keys
 * and the numbers of its lede); articles with the same key collapse to one representative; (2)
 * representatives sharing a band key are candidate pairs (buckets larger than {@code
 * max_bucket_size} are skipped); (3) a candidate pair is kept when the two were published at most
 * {@code max_days_apart} days apart, their ledes carry the same numbers and the exact Jaccard
 * similarity of their shingle sets, computed for the candidates only, reaches the threshold; (4)
 * groups are the connected components of the kept pairs; (5) the articles that are not the
 * canonical one of their group are joined back once, as (article_id, dup_group_id). Intermediate
 * results are persisted, never locally checkpointed, so a lost executor's share is recomputed. See
 * {@code docs/dedup.md}.
 */
public final class Deduplication {

  public static final String DUP_GROUP_ID = "dup_group_id";
  public static final String IS_CANONICAL = "is_canonical";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(Deduplication.class);

  /**
   * Up to this many non-canonical articles (and one per {@link #BROADCAST_HEAP_BYTES_PER_ROW} bytes
   * of the driver's heap, or the Spark property {@value #BROADCAST_ROWS_PROPERTY}), the group map
   * is broadcast to the article rows; above it the two are joined by a shuffle.
   */
  static final long BROADCAST_ROWS = 4_000_000;

  /** The Spark property that sets {@link #BROADCAST_ROWS}; 0 never broadcasts. */
  public static final String BROADCAST_ROWS_PROPERTY = "spark.newstrends.dedup.broadcastMaxCopies";

  static final long BROADCAST_HEAP_BYTES_PER_ROW = 256;

  /**
   * The Spark property that sets the largest input, in articles, whose copies are decided in the
   * driver ({@link DriverCopies}); 0 always runs the distributed plan.
   */
  public static final String DRIVER_ARTICLES_PROPERTY = "spark.newstrends.dedup.driverMaxArticles";

  /**
   * Up to this many articles (when the caller knows the number), the copies are decided in the
   * driver: one signature row per article is collected (about 1 KB on the driver's heap with its 25
   * band keys), never the text, and {@link DriverCopies} groups them in primitive arrays. The 100
   * MiB benchmark corpus (114,258 articles) and the 2023 RSS corpus (402,423, with the worked
   * example's 12 GB heap) are below it; the heap bound ({@link #DRIVER_HEAP_BYTES_PER_ARTICLE})
   * usually decides first.
   */
  static final long DRIVER_ARTICLES = 1_000_000;

  /** The driver's heap holds at least this many bytes per article it decides. */
  static final long DRIVER_HEAP_BYTES_PER_ARTICLE = 8 << 10;

  /** The articles decided in the driver: {@link #DRIVER_ARTICLES} and its heap bound. */
  public static final HeapLimits.Limit DRIVER_LIMIT =
      new HeapLimits.Limit(
          DRIVER_ARTICLES_PROPERTY,
          DRIVER_ARTICLES,
          DRIVER_HEAP_BYTES_PER_ARTICLE,
          "articles decided in the driver");

  /** The copies broadcast to the article rows: {@link #BROADCAST_ROWS} and its heap bound. */
  public static final HeapLimits.Limit BROADCAST_LIMIT =
      new HeapLimits.Limit(
          BROADCAST_ROWS_PROPERTY,
          BROADCAST_ROWS,
          BROADCAST_HEAP_BYTES_PER_ROW,
          "wire copies broadcast to the article rows");

  static final StructType SIGNATURE_SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("published_date", DataTypes.DateType, true)
          .add("key_hi", DataTypes.LongType, true)
          .add("key_lo", DataTypes.LongType, true)
          .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("numbers", DataTypes.StringType, false);

  private Deduplication() {}

  /** Adds the group columns; with dedup disabled every article is its own canonical group. */
  public static Dataset<Row> apply(Dataset<Row> articles, DedupConfig config) {
    return apply(articles, config, OptionalLong.empty());
  }

  /**
   * Adds the group columns, as {@link #apply(Dataset, DedupConfig)}.
   *
   * @param articlesAtMost the number of articles when the caller knows it (at most): up to {@link
   *     #DRIVER_ARTICLES}, and one per {@link #DRIVER_HEAP_BYTES_PER_ARTICLE} bytes of the driver's
   *     heap (or the Spark property {@value #DRIVER_ARTICLES_PROPERTY}), the copies are decided in
   *     the driver ({@link DriverCopies}), with the same result
   */
  public static Dataset<Row> apply(
      Dataset<Row> articles, DedupConfig config, OptionalLong articlesAtMost) {
    if (!config.enabled()) {
      return select(
          articles.withColumn(DUP_GROUP_ID, col("article_id")).withColumn(IS_CANONICAL, lit(true)));
    }
    LOG.info("dedup: grouping wire copies (threshold {})", config.threshold());
    Shingler shingler = new Shingler(config.shingleWords(), config.bands(), config.rows());
    long driverArticles = HeapLimits.of(articles.sparkSession(), DRIVER_LIMIT);
    Dataset<Row> copies;
    long count;
    List<Dataset<Row>> persisted = new ArrayList<>();
    if (articlesAtMost.isPresent() && articlesAtMost.getAsLong() <= driverArticles) {
      List<Row> rows = DriverCopies.copies(articles, shingler, config);
      LOG.info("dedup: decided in the driver, {} copies", rows.size());
      copies = PersistedLeaf.ofRows(articles.sparkSession(), rows, COPIES_SCHEMA);
      count = rows.size();
    } else {
      copies = distributedCopies(articles, shingler, config, persisted);
      count = copies.count();
    }
    for (Dataset<Row> d : persisted) {
      d.unpersist();
    }
    long broadcastRows = HeapLimits.of(articles.sparkSession(), BROADCAST_LIMIT);
    Dataset<Row> grouped =
        WideRowJoins.leftJoin(
                articles.drop(DUP_GROUP_ID, IS_CANONICAL),
                copies,
                List.of("article_id"),
                count <= broadcastRows)
            .withColumn(IS_CANONICAL, col("group").isNull())
            .withColumn(DUP_GROUP_ID, coalesce(col("group"), col("article_id")));
    return select(grouped);
  }

  private static final StructType COPIES_SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("group", DataTypes.StringType, false);

  static final StructType ID_SCHEMA =
      new StructType().add("article_id", DataTypes.StringType, false);

  /**
   * The distributed plan: the exact-copy classes and then {@link #copies}, persisted and read as
   * one leaf; the datasets to unpersist once the copies are counted are added to {@code persisted}.
   */
  private static Dataset<Row> distributedCopies(
      Dataset<Row> articles, Shingler shingler, DedupConfig config, List<Dataset<Row>> persisted) {
    // One scan of the text: each exact-copy class with its members, representative and signature.
    Dataset<Row> classes =
        articles
            .select("article_id", "published_date", "title", "body")
            .map(new Signature(shingler), Encoders.row(SIGNATURE_SCHEMA))
            .filter(col("key_hi").isNotNull()) // an article without words is never a copy
            .groupBy("key_hi", "key_lo")
            .agg(
                min("article_id").as("rep"),
                min("published_date").as("date"),
                min_by(col("numbers"), col("article_id")).as("numbers"),
                min_by(col("bands"), col("article_id")).as("bands"),
                collect_list(struct(col("article_id"), col("published_date"))).as("members"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(classes);
    return PersistedLeaf.of(
        copies(articles, PersistedLeaf.of(classes), shingler, config, persisted));
  }

  /**
   * The articles that are copies of another, persisted: (article_id, group) where group is the
   * article_id of their group's canonical article (earliest published_date, then smallest
   * article_id). Intermediate results it persists are added to {@code persisted}.
   */
  static Dataset<Row> copies(
      Dataset<Row> articles,
      Dataset<Row> classes,
      Shingler shingler,
      DedupConfig config,
      List<Dataset<Row>> persisted) {
    Dataset<Row> candidates =
        classes
            .select(col("rep"), explode(col("bands")).as("band"))
            .groupBy("band")
            .agg(collect_list(col("rep")).as("reps"))
            .filter(size(col("reps")).between(2, config.maxBucketSize()))
            .flatMap(new BucketPairs(), Encoders.row(PAIR_SCHEMA))
            .distinct();
    Dataset<Row> attrs = classes.select("rep", "date", "numbers");
    Column close =
        col("da")
            .isNull()
            .or(col("db").isNull())
            .or(abs(datediff(col("da"), col("db"))).leq(config.maxDaysApart()));
    Column sameNumbers = config.matchLedeNumbers() ? col("na").equalTo(col("nb")) : lit(true);
    Dataset<Row> plausible =
        candidates
            .join(attrs.toDF("a", "da", "na"), "a")
            .join(attrs.toDF("b", "db", "nb"), "b")
            .filter(close.and(sameNumbers))
            .select("a", "b")
            .persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(plausible);
    plausible = PersistedLeaf.of(plausible);

    // Shingle sets only for the representatives in a plausible pair: few, read from the text.
    Dataset<Row> ids =
        plausible.select(col("a").as("article_id")).union(plausible.select("b")).distinct();
    Dataset<Row> sets = shingleSets(articles, ids, shingler);
    Column similar =
        size(array_intersect(col("sa"), col("sb")))
            .geq(size(array_union(col("sa"), col("sb"))).multiply(config.threshold()));
    Dataset<Row> edges =
        plausible
            .join(sets.toDF("a", "sa"), "a")
            .join(sets.toDF("b", "sb"), "b")
            .filter(similar)
            .select("a", "b");

    Dataset<Row> components = connectedComponents(edges);

    WindowSpec byGroup =
        Window.partitionBy("component")
            .orderBy(col("published_date").asc_nulls_last(), col("article_id").asc());
    return classes
        .select(col("rep"), explode(col("members")).as("m"))
        .join(components, col("rep").equalTo(col("node")), "left")
        .select(
            col("m.article_id").as("article_id"),
            col("m.published_date").as("published_date"),
            coalesce(col("label"), col("rep")).as("component"))
        .withColumn("group", first(col("article_id")).over(byGroup))
        .filter(col("group").notEqual(col("article_id")))
        .select("article_id", "group")
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The shingle sets (article_id, s) of the articles whose ids are in {@code ids} (one column,
   * article_id; broadcast), from their title and body.
   */
  static Dataset<Row> shingleSets(Dataset<Row> articles, Dataset<Row> ids, Shingler shingler) {
    UserDefinedFunction shingles =
        udf(new ShinglesFunction(shingler), DataTypes.createArrayType(DataTypes.LongType, false));
    return articles
        .select("article_id", "title", "body")
        .join(org.apache.spark.sql.functions.broadcast(ids), "article_id")
        .select(
            col("article_id"),
            shingles.apply(concat_ws(" ", coalesce(col("title"), lit("")), col("body"))).as("s"));
  }

  private static final StructType PAIR_SCHEMA =
      new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);

  /** Every pair (a &lt; b) of a bucket's representatives. */
  static final class BucketPairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row bucket) {
      return pairs(bucket.<String>getList(1)).iterator();
    }

    /** Every pair (a, b) of distinct {@code reps}, a &lt; b, as rows. */
    static List<Row> pairs(List<String> bucket) {
      List<String> reps = new ArrayList<>(bucket);
      Collections.sort(reps);
      List<Row> pairs = new ArrayList<>();
      for (int i = 0; i < reps.size(); i++) {
        for (int j = i + 1; j < reps.size(); j++) {
          if (!reps.get(i).equals(reps.get(j))) {
            pairs.add(RowFactory.create(reps.get(i), reps.get(j)));
          }
        }
      }
      return pairs;
    }
  }

  /** (article_id, published_date, title, body) to its narrow signature row. */
  static final class Signature implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Shingler shingler;

    Signature(Shingler shingler) {
      this.shingler = shingler;
    }

    @Override
    public Row call(Row a) {
      String title = a.getString(2);
      String body = a.getString(3);
      Shingler.Words words = Shingler.words((title == null ? "" : title) + " " + body);
      long[] key = Shingler.exactKey(words);
      long[] bands = key == null ? new long[0] : shingler.bandKeys(shingler.shingleHashes(words));
      Long[] boxed = new Long[bands.length];
      for (int i = 0; i < bands.length; i++) {
        boxed[i] = bands[i];
      }
      return RowFactory.create(
          a.getString(0),
          a.get(1),
          key == null ? null : key[0],
          key == null ? null : key[1],
          scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(boxed)).toSeq(),
          String.join(
              " ", Shingler.numbers(words, Shingler.words(title).size, DedupConfig.LEDE_WORDS)));
    }
  }

  /**
   * Connected components of an undirected edge list {@code (a, b)}: rows {@code (node, label)}
   * where the label is the smallest node of the component, for every node of an edge.
   *
   * <p>One round: the edges (near-copy pairs between exact-copy classes, so about one per article
   * at most) meet in one task, which runs union-find over them. Nothing is checkpointed locally: a
   * lost task is recomputed from the edges' lineage.
   */
  static Dataset<Row> connectedComponents(Dataset<Row> edges) {
    return edges
        .select(col("a"), col("b"))
        .repartition(1)
        .mapPartitions(new UnionFind(), Encoders.row(LABEL_SCHEMA));
  }

  private static final StructType LABEL_SCHEMA =
      new StructType()
          .add("node", DataTypes.StringType, false)
          .add("label", DataTypes.StringType, false);

  /** Union-find over all edges of the partition; each node's label is its component's minimum. */
  static final class UnionFind implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> edges) {
      Map<String, String> parent = new HashMap<>();
      while (edges.hasNext()) {
        Row e = edges.next();
        String a = root(parent, e.getString(0));
        String b = root(parent, e.getString(1));
        if (!a.equals(b)) {
          // the smaller node becomes the root, so a root is its component's minimum
          if (a.compareTo(b) < 0) {
            parent.put(b, a);
          } else {
            parent.put(a, b);
          }
        }
      }
      List<Row> labels = new ArrayList<>(parent.size());
      for (String node : new ArrayList<>(parent.keySet())) {
        labels.add(RowFactory.create(node, root(parent, node)));
      }
      return labels.iterator();
    }

    private static String root(Map<String, String> parent, String node) {
      String p = parent.putIfAbsent(node, node);
      if (p == null || p.equals(node)) {
        return node;
      }
      String r = root(parent, p);
      parent.put(node, r); // path compression
      return r;
    }
  }

  private static Dataset<Row> select(Dataset<Row> articles) {
    Column[] columns =
        Arrays.stream(Tables.columns(Tables.ARTICLES_SCHEMA))
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    return articles.select(columns);
  }

  /** Text to sorted distinct shingle hashes. */
  static final class ShinglesFunction implements UDF1<String, long[]> {
    private final Shingler shingler;

    ShinglesFunction(Shingler shingler) {
      this.shingler = shingler;
    }

    @Override
    public long[] call(String text) {
      return shingler.shingles(text);
    }
  }
}
