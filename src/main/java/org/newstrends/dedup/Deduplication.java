package org.newstrends.dedup;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.newstrends.config.DedupConfig;
import org.newstrends.output.Tables;
import scala.collection.Seq;

/**
 * Groups exact copies and near-duplicates (wire stories with another headline, a trimmed last
 * paragraph, an outlet's boilerplate) of the {@code articles} table.
 *
 * <p>In: rows of {@link Tables#ARTICLES_SCHEMA}. Out: the same rows with {@code dup_group_id} (the
 * {@code article_id} of the group's canonical article; an article without copies is its own group)
 * and {@code is_canonical} (exactly one per group: the earliest {@code published_date}, then the
 * smallest {@code article_id}).
 *
 * <p>How, without comparing all pairs: (1) articles with the same normalised title and body
 * collapse to one representative (a hash join); (2) each representative gets word shingles and
 * MinHash band keys ({@link Shingler}); (3) representatives sharing a band key are candidate pairs
 * (buckets larger than {@code max_bucket_size} are skipped); (4) a pair is kept when the exact
 * Jaccard similarity of the shingle sets reaches the threshold, the two were published at most
 * {@code max_days_apart} days apart and their ledes carry the same numbers; (5) groups are the
 * connected components of the kept pairs, by min-label propagation in Spark SQL. See {@code
 * docs/dedup.md}.
 */
public final class Deduplication {

  public static final String DUP_GROUP_ID = "dup_group_id";
  public static final String IS_CANONICAL = "is_canonical";

  private Deduplication() {}

  /** Adds the group columns; with dedup disabled every article is its own canonical group. */
  public static Dataset<Row> apply(Dataset<Row> articles, DedupConfig config) {
    if (!config.enabled()) {
      return select(
          articles.withColumn(DUP_GROUP_ID, col("article_id")).withColumn(IS_CANONICAL, lit(true)));
    }
    Shingler shingler = new Shingler(config.shingleWords(), config.bands(), config.rows());
    UserDefinedFunction shingles =
        udf(new ShinglesFunction(shingler), DataTypes.createArrayType(DataTypes.LongType, false));
    UserDefinedFunction numbers =
        udf(new NumbersFunction(), DataTypes.createArrayType(DataTypes.StringType, false));
    UserDefinedFunction bandKeys =
        udf(new BandKeysFunction(shingler), DataTypes.createArrayType(DataTypes.LongType, false));

    Column norm =
        trim(
            lower(
                regexp_replace(
                    concat_ws(" ", coalesce(col("title"), lit("")), col("body")),
                    "[^\\p{L}\\p{N}]+",
                    " ")));
    // An article without words is never a copy of anything.
    Dataset<Row> docs =
        articles.select(
            col("article_id"),
            when(norm.equalTo(""), col("article_id")).otherwise(sha2(norm, 256)).as("exact_key"),
            norm.as("text"),
            col("published_date"),
            numbers.apply(col("body")).as("numbers"));

    Dataset<Row> reps =
        docs.groupBy("exact_key")
            .agg(
                min("article_id").as("rep"),
                min_by(col("text"), col("article_id")).as("text"),
                min("published_date").as("date"),
                min_by(col("numbers"), col("article_id")).as("numbers"));
    Dataset<Row> signed =
        reps.select(
                col("rep"), col("date"), col("numbers"), shingles.apply(col("text")).as("shingles"))
            .filter(size(col("shingles")).gt(0))
            .withColumn("bands", bandKeys.apply(col("shingles")))
            .localCheckpoint();

    Dataset<Row> buckets =
        signed
            .select(col("rep"), explode(col("bands")).as("band"))
            .withColumn("bucket_size", count(lit(1)).over(Window.partitionBy("band")))
            .filter(col("bucket_size").between(2, config.maxBucketSize()))
            .select("rep", "band");
    Dataset<Row> candidates =
        buckets
            .as("x")
            .join(
                buckets.as("y"),
                col("x.band").equalTo(col("y.band")).and(col("x.rep").lt(col("y.rep"))))
            .select(col("x.rep").as("a"), col("y.rep").as("b"))
            .distinct();
    Dataset<Row> s = signed.select("rep", "shingles", "date", "numbers");
    Column similar =
        size(array_intersect(col("sa"), col("sb")))
            .geq(size(array_union(col("sa"), col("sb"))).multiply(config.threshold()));
    Column close =
        col("da")
            .isNull()
            .or(col("db").isNull())
            .or(abs(datediff(col("da"), col("db"))).leq(config.maxDaysApart()));
    Column sameNumbers = config.matchLedeNumbers() ? col("na").equalTo(col("nb")) : lit(true);
    Dataset<Row> edges =
        candidates
            .join(s.toDF("a", "sa", "da", "na"), "a")
            .join(s.toDF("b", "sb", "db", "nb"), "b")
            .filter(similar.and(close).and(sameNumbers))
            .select("a", "b")
            .localCheckpoint();

    Dataset<Row> components = connectedComponents(edges, config.maxIterations());

    Dataset<Row> groupOfArticle =
        docs.join(reps.select("exact_key", "rep"), "exact_key")
            .join(components, col("rep").equalTo(col("node")), "left")
            .select(col("article_id"), coalesce(col("label"), col("rep")).as("component"));

    WindowSpec byGroup =
        Window.partitionBy("component")
            .orderBy(col("published_date").asc_nulls_last(), col("article_id").asc());
    Dataset<Row> grouped =
        articles
            .drop(DUP_GROUP_ID, IS_CANONICAL)
            .join(groupOfArticle, "article_id")
            .withColumn(DUP_GROUP_ID, first(col("article_id")).over(byGroup))
            .withColumn(IS_CANONICAL, row_number().over(byGroup).equalTo(1));
    return select(grouped);
  }

  /**
   * Connected components of an undirected edge list {@code (a, b)}: rows {@code (node, label)}
   * where the label is the smallest node of the component. Each round every node takes the smallest
   * label among itself and its neighbours; rounds stop when no label changes.
   */
  static Dataset<Row> connectedComponents(Dataset<Row> edges, int maxIterations) {
    Dataset<Row> both =
        edges
            .select(col("a").as("src"), col("b").as("dst"))
            .union(edges.select(col("b").as("src"), col("a").as("dst")))
            .localCheckpoint();
    Dataset<Row> labels =
        both.groupBy("src")
            .agg(min(functionsLeast()).as("label"))
            .withColumnRenamed("src", "node")
            .localCheckpoint();
    for (int i = 0; i < maxIterations; i++) {
      Dataset<Row> next =
          both.join(labels, col("dst").equalTo(col("node")))
              .select(col("src").as("node"), col("label"))
              .union(labels)
              .groupBy("node")
              .agg(min("label").as("label"))
              .localCheckpoint();
      long changed =
          next.as("n")
              .join(labels.as("o"), "node")
              .filter(col("n.label").lt(col("o.label")))
              .count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
    return labels;
  }

  private static Column functionsLeast() {
    return org.apache.spark.sql.functions.least(col("src"), col("dst"));
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

  /** Body to the numbers of its lede. */
  static final class NumbersFunction implements UDF1<String, String[]> {
    @Override
    public String[] call(String body) {
      return Shingler.numbers(body, DedupConfig.LEDE_WORDS);
    }
  }

  /** Shingle hashes to MinHash band keys. */
  static final class BandKeysFunction implements UDF1<Seq<Object>, long[]> {
    private final Shingler shingler;

    BandKeysFunction(Shingler shingler) {
      this.shingler = shingler;
    }

    @Override
    public long[] call(Seq<Object> shingles) {
      List<Object> values =
          new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(shingles));
      long[] hashes = new long[values.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = (Long) values.get(i);
      }
      return shingler.bandKeys(hashes);
    }
  }
}
