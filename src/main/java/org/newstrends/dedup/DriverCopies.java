package org.newstrends.dedup;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    List<Row> signatures =
        articles
            .select("article_id", "published_date", "title", "body")
            .map(
                new Deduplication.Signature(shingler), Encoders.row(Deduplication.SIGNATURE_SCHEMA))
            .filter(col("key_hi").isNotNull())
            .collectAsList();
    Map<ExactKey, ExactClass> byKey = new HashMap<>(capacity(signatures.size()));
    for (Row s : signatures) {
      byKey.computeIfAbsent(new ExactKey(s.getLong(2), s.getLong(3)), k -> new ExactClass()).add(s);
    }
    List<ExactClass> classList = new ArrayList<>(byKey.values());
    Map<String, ExactClass> classes = new HashMap<>(capacity(classList.size()));
    for (ExactClass c : classList) {
      classes.put(c.rep, c);
    }

    // (2) candidate pairs: representatives sharing a band key, buckets of a bounded size.
    Set<Pair> candidates = new HashSet<>();
    for (List<String> reps : buckets(classList, config.maxBucketSize())) {
      for (Row pair : Deduplication.BucketPairs.pairs(reps)) {
        candidates.add(new Pair(pair.getString(0), pair.getString(1)));
      }
    }

    // (3) plausible: published close enough, the same lede numbers.
    List<Pair> plausible = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Pair pair : candidates) {
      ExactClass a = classes.get(pair.a());
      ExactClass b = classes.get(pair.b());
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
      Map<String, long[]> sets = new HashMap<>(capacity(ids.size()));
      for (Row r : Deduplication.shingleSets(articles, idRows, shingler).collectAsList()) {
        List<Long> set = r.getList(1); // sorted, distinct (Shingler.shingles)
        sets.put(r.getString(0), set.stream().mapToLong(Long::longValue).toArray());
      }
      for (Pair pair : plausible) {
        long[] sa = sets.get(pair.a());
        long[] sb = sets.get(pair.b());
        if (sa != null && sb != null && similar(sa, sb, config.threshold())) {
          edges.add(RowFactory.create(pair.a(), pair.b()));
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
    for (ExactClass c : classList) {
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

  /**
   * The representatives of each band key that {@code classes} share, one list per key with 2 to
   * {@code maxBucketSize} entries (a class with the same key in two bands counts twice), as the
   * distributed plan's {@code groupBy} on the exploded bands collects them. In primitive arrays:
   * the keys sorted once give the keys that occur more than once with their counts, and only those
   * keys' entries are gathered. With 25 bands per article, a boxed map of every key held 25 entries
   * per article and took most of the driver's time and heap at a few hundred thousand articles.
   */
  static List<List<String>> buckets(List<ExactClass> classes, int maxBucketSize) {
    int total = 0;
    for (ExactClass c : classes) {
      total += c.bands.length;
    }
    long[] sorted = new long[total];
    int n = 0;
    for (ExactClass c : classes) {
      System.arraycopy(c.bands, 0, sorted, n, c.bands.length);
      n += c.bands.length;
    }
    Arrays.sort(sorted);
    // The keys that occur more than once, ascending, each with its number of entries (its run).
    long[] shared = new long[total / 2];
    int[] size = new int[total / 2];
    int sharedCount = 0;
    for (int i = 0, run; i < total; i += run) {
      run = 1;
      while (i + run < total && sorted[i + run] == sorted[i]) {
        run++;
      }
      if (run > 1) {
        shared[sharedCount] = sorted[i];
        size[sharedCount++] = run;
      }
    }
    @SuppressWarnings("unchecked")
    List<String>[] reps = new List[sharedCount];
    for (ExactClass c : classes) {
      for (long band : c.bands) {
        int k = Arrays.binarySearch(shared, 0, sharedCount, band);
        if (k >= 0 && size[k] <= maxBucketSize) {
          if (reps[k] == null) {
            reps[k] = new ArrayList<>(size[k]);
          }
          reps[k].add(c.rep);
        }
      }
    }
    List<List<String>> buckets = new ArrayList<>();
    for (List<String> bucket : reps) {
      if (bucket != null) {
        buckets.add(bucket);
      }
    }
    return buckets;
  }

  /**
   * {@code |a ∩ b| >= |a ∪ b| * threshold} over two sorted sets of distinct shingle hashes, as the
   * distributed plan's array functions decide.
   */
  static boolean similar(long[] a, long[] b, double threshold) {
    long both = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        both++;
        i++;
        j++;
      }
    }
    long either = a.length + b.length - both;
    return both >= either * threshold;
  }

  /** A HashMap's initial capacity for {@code entries} entries at its default load factor. */
  private static int capacity(int entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
  }

  private record ExactKey(long hi, long lo) {}

  private record Pair(String a, String b) {}

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
  static final class ExactClass {
    String rep;
    LocalDate date;
    String numbers;
    long[] bands;
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
        List<Long> boxed = signature.getList(4);
        bands = boxed.stream().mapToLong(Long::longValue).toArray();
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
