package org.newstrends.dedup;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newstrends.PersistedLeaf;
import org.newstrends.config.DedupConfig;

/**
 * The copies map of {@link Deduplication} (article_id, group) decided in the driver, for a small
 * input: the same steps as the distributed plan ({@link Deduplication#copies}) over the same
 * signatures and shingle sets, which the executors compute and the driver collects (narrow rows,
 * never the text). A small input then costs two Spark jobs instead of the twenty-odd adaptive
 * stages of the distributed plan, each planned and scheduled for a handful of candidate pairs. Same
 * groups, same canonical articles ({@code DeduplicationTest} runs both on the same articles).
 */
final class DriverCopies {

  private DriverCopies() {}

  /** The articles that are copies of another, as rows (article_id, group). */
  static List<Row> copies(Dataset<Row> articles, Shingler shingler, DedupConfig config) {
    // (1) one scan for the signatures; exact copies collapse into classes.
    Map<List<Long>, ExactClass> byKey = new HashMap<>();
    for (Row s :
        articles
            .select("article_id", "published_date", "title", "body")
            .map(
                new Deduplication.Signature(shingler), Encoders.row(Deduplication.SIGNATURE_SCHEMA))
            .filter(col("key_hi").isNotNull())
            .collectAsList()) {
      byKey.computeIfAbsent(List.of(s.getLong(2), s.getLong(3)), k -> new ExactClass()).add(s);
    }
    Map<String, ExactClass> classes = new TreeMap<>();
    for (ExactClass c : byKey.values()) {
      classes.put(c.rep, c);
    }

    // (2) candidate pairs: representatives sharing a band key, buckets of a bounded size.
    Map<Long, List<String>> buckets = new HashMap<>();
    for (ExactClass c : classes.values()) {
      for (long band : c.bands) {
        buckets.computeIfAbsent(band, b -> new ArrayList<>()).add(c.rep);
      }
    }
    Set<Row> candidates = new LinkedHashSet<>();
    for (List<String> reps : buckets.values()) {
      if (reps.size() >= 2 && reps.size() <= config.maxBucketSize()) {
        candidates.addAll(Deduplication.BucketPairs.pairs(reps));
      }
    }

    // (3) plausible: published close enough, the same lede numbers.
    List<Row> plausible = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row pair : candidates) {
      ExactClass a = classes.get(pair.getString(0));
      ExactClass b = classes.get(pair.getString(1));
      boolean close =
          a.date == null
              || b.date == null
              || Math.abs(a.date.toEpochDay() - b.date.toEpochDay()) <= config.maxDaysApart();
      boolean sameNumbers = !config.matchLedeNumbers() || a.numbers.equals(b.numbers);
      if (close && sameNumbers) {
        plausible.add(pair);
        ids.add(a.rep);
        ids.add(b.rep);
      }
    }

    // (4) exact Jaccard of the shingle sets, read for the plausible pairs' representatives only.
    List<Row> edges = new ArrayList<>();
    if (!plausible.isEmpty()) {
      Dataset<Row> idRows =
          PersistedLeaf.ofRows(
              articles.sparkSession(),
              ids.stream().sorted().map(id -> RowFactory.create(id)).toList(),
              Deduplication.ID_SCHEMA);
      Map<String, Set<Long>> sets = new HashMap<>();
      for (Row r : Deduplication.shingleSets(articles, idRows, shingler).collectAsList()) {
        Set<Long> set = new HashSet<>(r.<Long>getList(1));
        sets.put(r.getString(0), set);
      }
      for (Row pair : plausible) {
        Set<Long> sa = sets.get(pair.getString(0));
        Set<Long> sb = sets.get(pair.getString(1));
        if (sa != null && sb != null && similar(sa, sb, config.threshold())) {
          edges.add(pair);
        }
      }
    }

    // (5) groups: connected components; (6) each group's canonical article.
    Map<String, String> label = new HashMap<>();
    for (Iterator<Row> it = new Deduplication.UnionFind().call(edges.iterator()); it.hasNext(); ) {
      Row r = it.next();
      label.put(r.getString(0), r.getString(1));
    }
    Map<String, List<Member>> components = new HashMap<>();
    for (ExactClass c : classes.values()) {
      components
          .computeIfAbsent(label.getOrDefault(c.rep, c.rep), k -> new ArrayList<>())
          .addAll(c.members);
    }
    List<Row> copies = new ArrayList<>();
    for (List<Member> members : components.values()) {
      String canonical = members.stream().min(CANONICAL_FIRST).orElseThrow().articleId;
      for (Member m : members) {
        if (!m.articleId.equals(canonical)) {
          copies.add(RowFactory.create(m.articleId, canonical));
        }
      }
    }
    return copies;
  }

  /** {@code |a ∩ b| >= |a ∪ b| * threshold}, as the distributed plan's array functions decide. */
  static boolean similar(Set<Long> a, Set<Long> b, double threshold) {
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    long both = small.stream().filter(large::contains).count();
    long either = a.size() + b.size() - both;
    return both >= either * threshold;
  }

  /** The canonical article first: earliest published_date (nulls last), then article_id. */
  private static final Comparator<Member> CANONICAL_FIRST =
      Comparator.comparing((Member m) -> m.date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(m -> m.articleId);

  private record Member(String articleId, LocalDate date) {}

  /**
   * Articles with the same exact key, as the distributed plan's {@code groupBy} aggregates them:
   * the smallest article_id represents the class with its bands and lede numbers; the date is the
   * earliest known one.
   */
  private static final class ExactClass {
    String rep;
    LocalDate date;
    String numbers;
    List<Long> bands;
    final List<Member> members = new ArrayList<>();

    void add(Row signature) {
      String id = signature.getString(0);
      LocalDate published = localDate(signature.get(1));
      members.add(new Member(id, published));
      if (published != null && (date == null || published.isBefore(date))) {
        date = published;
      }
      if (rep == null || id.compareTo(rep) < 0) {
        rep = id;
        bands = signature.getList(4);
        numbers = signature.getString(5);
      }
    }
  }

  /**
   * A DateType value as the session returns it (java.sql.Date, or LocalDate with the Java 8 API).
   */
  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
