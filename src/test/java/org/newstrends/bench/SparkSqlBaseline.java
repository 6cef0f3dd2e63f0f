package org.newstrends.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.try_to_date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The baseline of jobs/bench.sh: the Spark SQL job a user writes in an afternoon to get entity
 * counts per day and entity pairs per day out of a text dump, given the gazetteers' surface forms
 * as a table ({@link SurfaceForms}).
 *
 * <ol>
 *   <li>read the dump with {@code "\n date "} as the record separator (the layout of
 *       docs/formats.md), the date from the header line, an id per record;
 *   <li>one case-insensitive alternation of every surface form with word boundaries, {@code
 *       (?i)\b(form1|form2|...)\b}, written with shared prefixes factored out ({@link
 *       #trieAlternation}; {@code --flat-regex}: the plain list, 20 times slower), and {@code
 *       regexp_extract_all} + {@code explode}: one row per match;
 *   <li>join to the surface-form table on the lower-cased match: surface form -> entity id (a form
 *       shared by two entities counts for both);
 *   <li>{@code entity_day}: mentions and articles per day and entity; {@code pair_day}: pairs of
 *       entities named in the same article, articles per day and pair; both written as Parquet.
 * </ol>
 *
 * No case policy, exclusions, ambiguity rules, roles, dedup or attribution: this is the work the
 * project's matcher is measured against, not an equivalent of its output. The mentions are
 * persisted once because both tables read them. Spark settings come from the command line (the
 * script passes conf/spark/local.conf, as for newstrends). Prints {@code rows TABLE N} per table
 * and writes them to {@code OUT/rows.tsv}.
 *
 * <p>Usage: {@code SparkSqlBaseline INPUT SURFACE_FORMS.tsv OUT_DIR}
 */
public final class SparkSqlBaseline {

  private SparkSqlBaseline() {}

  /**
   * {@code (?i)\b(a|b|...)\b}: the distinct surface forms as written, longest first, each quoted.
   * Java's regex engine tries every branch at every position, so this runs at about 0.02 MB/s per
   * core with the project's 4,529 forms.
   */
  public static String flatAlternation(List<String> surfaces) {
    return "(?i)\\b("
        + surfaces.stream()
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"))
        + ")\\b";
  }

  /**
   * The same alternation with shared prefixes factored out ("trie regex"): {@code (?i)\b((?:new
   * (?:york(?: city)?|zealand)|...))\b}. It matches exactly what {@link #flatAlternation} matches
   * (greedy optional tails, backtracking to the longest form followed by a word boundary) and is
   * about 20 times faster, because each position tries one branch per distinct first character
   * instead of one per form. The benchmark uses this one.
   */
  public static String trieAlternation(List<String> surfaces) {
    Node root = new Node();
    for (String s : surfaces) {
      Node n = root;
      for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
        n = n.next.computeIfAbsent(c, k -> new Node());
      }
      n.end = true;
    }
    return "(?i)\\b(" + root.regex() + ")\\b";
  }

  private static final class Node {
    final TreeMap<Character, Node> next = new TreeMap<>();
    boolean end;

    String regex() {
      List<String> branches = new ArrayList<>();
      next.forEach((c, n) -> branches.add(literal(c) + n.regex()));
      if (branches.isEmpty()) {
        return "";
      }
      String body =
          branches.size() == 1 && !end ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
      return end ? body + "?" : body;
    }

    private static String literal(char c) {
      return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : "\\" + c;
    }
  }

  /** Runs the baseline: writes {@code OUT/entity_day} and {@code OUT/pair_day}. */
  public static void run(
      SparkSession spark, String input, String formsTsv, String out, boolean flat) {
    Dataset<Row> forms =
        spark
            .read()
            .option("header", "true")
            .option("sep", "\t")
            .option("quote", "")
            .csv(formsTsv)
            .select(lower(col("surface_form")).as("form"), col("entity_id"))
            .distinct();
    List<String> surfaces =
        forms.select("form").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    String regex = flat ? flatAlternation(surfaces) : trieAlternation(surfaces);

    Dataset<Row> articles =
        spark
            .read()
            .option("lineSep", "\n date ")
            .text(input)
            .select(
                monotonically_increasing_id().as("article_id"),
                try_to_date(regexp_extract(col("value"), "^(?: date )?(\\d{4}-\\d{2}-\\d{2})", 1))
                    .as("day"),
                col("value").as("text"))
            .where(col("day").isNotNull());

    Dataset<Row> mentions =
        articles
            .select(
                col("article_id"),
                col("day"),
                explode(regexp_extract_all(col("text"), lit(regex), lit(1))).as("match"))
            .join(forms, lower(col("match")).equalTo(col("form")))
            .select("article_id", "day", "entity_id")
            .persist(StorageLevel.MEMORY_AND_DISK());

    mentions
        .groupBy("day", "entity_id")
        .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/entity_day");

    Dataset<Row> inArticle = mentions.select("article_id", "day", "entity_id").distinct();
    Dataset<Row> a = inArticle.as("a");
    Dataset<Row> b = inArticle.as("b");
    a.join(
            b,
            col("a.article_id")
                .equalTo(col("b.article_id"))
                .and(col("a.entity_id").lt(col("b.entity_id"))))
        .groupBy(
            col("a.day").as("day"),
            col("a.entity_id").as("entity_a"),
            col("b.entity_id").as("entity_b"))
        .agg(count(lit(1)).as("articles"))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/pair_day");
    mentions.unpersist();
  }

  public static void main(String[] args) {
    boolean flat = args.length == 4 && args[3].equals("--flat-regex");
    if (args.length != 3 && !flat) {
      System.err.println("usage: SparkSqlBaseline INPUT SURFACE_FORMS.tsv OUT_DIR [--flat-regex]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("newstrends-bench-baseline").getOrCreate();
    try {
      long t0 = System.nanoTime();
      run(spark, args[0], args[1], args[2], flat);
      System.out.println("baseline finished in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } finally {
      spark.stop();
    }
  }
}
