package org.newstrends.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newstrends.annotate.ArticleSections;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.Mention;
import org.newstrends.annotate.MentionFinder;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.InputFormat;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.JsonLinesParser;
import org.newstrends.ingest.ParseResult;
import org.newstrends.ingest.TextDumpParser;

/**
 * Draws the judged evaluation samples of docs/accuracy.md from the shared corpora (the 2023 RSS
 * items and the Reuters-21578 dump). A developer tool, not part of the job or the test suite.
 *
 * <p>Every item is assigned to the {@code dev} or the {@code test} split by a seeded hash of its
 * id. Within a split, every mention the current matcher emits gets a seeded random key; mentions
 * are stratified by entity type and outlet, each type's quota is shared among its outlets in
 * proportion to their mentions (largest remainder), and each stratum contributes its smallest keys.
 * Recall items are the test items with the smallest keys (RSS and short Reuters items).
 *
 * <p>Writes, per split, {@code items-SPLIT.jsonl} (the text of every item needed) and {@code
 * to-judge-SPLIT.tsv} (every mention the matcher emits in those items; sampled ones marked) into
 * the output directory. The judgements are then written by hand into the fixture.
 *
 * <p>Usage: {@code JudgedSampleDrawer OUT_DIR SHARED_DATA_DIR GAZETTEER.yaml...}
 */
public final class JudgedSampleDrawer {

  static final long SEED = 20261129L;

  /**
   * The test quota per type: 100 in the first draw (2026-11-29); stop 29 drew the first 200 of the
   * same seeded strata for terms (system property {@code newstrends.testPerType}) and judged those
   * not judged before.
   */
  static final int TEST_PER_TYPE = Integer.getInteger("newstrends.testPerType", 100);

  /**
   * The dev quota per type: 40 in the first draw; round 5 drew the first 100 (system property
   * {@code newstrends.devPerType}) and judged those not judged before, for country, leader,
   * organisation and term.
   */
  static final int DEV_PER_TYPE = Integer.getInteger("newstrends.devPerType", 40);

  static final int RECALL_RSS = 80;
  static final int RECALL_REUTERS = 20;
  static final int REUTERS_RECALL_MAX_CHARS = 1500;
  static final List<String> TYPES =
      List.of("country", "leader", "person", "place", "organisation", "term");
  private static final int KEEP_PER_STRATUM = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  record Drawn(long key, String itemId, Mention m) {}

  /** One split's state: strata and the items drawn. */
  static final class Split {
    final String name;
    final int perType;
    final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    final Map<String, PriorityQueue<Drawn>> strata = new TreeMap<>();
    final PriorityQueue<Drawn> recallRss = new PriorityQueue<>(byKeyDesc());
    final PriorityQueue<Drawn> recallReuters = new PriorityQueue<>(byKeyDesc());
    final Map<String, ObjectNode> itemJson = new LinkedHashMap<>();

    /** Smallest keys kept per stratum: enough for any stratum's quota (120 up to stop 29). */
    final int keep;

    Split(String name, int perType) {
      this.name = name;
      this.perType = perType;
      this.keep = Math.max(KEEP_PER_STRATUM, perType);
    }
  }

  private static Comparator<Drawn> byKeyDesc() {
    return Comparator.comparingLong(Drawn::key).reversed();
  }

  private JudgedSampleDrawer() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path data = Path.of(args[1]);
    CompiledGazetteer g = GazetteerLoader.compile(List.of(args).subList(2, args.length));
    MentionFinder finder = new MentionFinder(g, 60);
    Split dev = new Split("dev", DEV_PER_TYPE);
    Split test = new Split("test", TEST_PER_TYPE);
    // pass 1: strata counts and smallest keys
    forEachItem(
        data,
        (id, a) -> {
          Split s = isTest(id) ? test : dev;
          List<Mention> ms = find(finder, a);
          String outlet = outlet(a);
          for (Mention m : ms) {
            if (!TYPES.contains(m.entityType())) {
              continue;
            }
            String stratum = m.entityType() + "\t" + outlet;
            s.counts
                .computeIfAbsent(m.entityType(), k -> new TreeMap<>())
                .merge(outlet, 1, Integer::sum);
            PriorityQueue<Drawn> q =
                s.strata.computeIfAbsent(stratum, k -> new PriorityQueue<>(byKeyDesc()));
            offer(
                q,
                new Drawn(
                    key(
                        id
                            + "|"
                            + m.field()
                            + "|"
                            + m.paragraphIndex()
                            + "|"
                            + m.charStart()
                            + "|"
                            + m.entityType()),
                    id,
                    m),
                s.keep);
          }
          if (s == test) {
            boolean reuters = id.startsWith("reuters");
            if (!reuters) {
              offer(s.recallRss, new Drawn(key("recall|" + id), id, null), RECALL_RSS);
            } else if (length(a) <= REUTERS_RECALL_MAX_CHARS) {
              offer(s.recallReuters, new Drawn(key("recall|" + id), id, null), RECALL_REUTERS);
            }
          }
        });
    for (Split s : List.of(dev, test)) {
      List<String> strata = new ArrayList<>();
      List<Drawn> sample = allocate(s, strata);
      Files.createDirectories(out);
      Files.write(out.resolve("strata-" + s.name + ".tsv"), strata, StandardCharsets.UTF_8);
      Map<String, List<Drawn>> byItem = new LinkedHashMap<>();
      for (Drawn d : sample) {
        byItem.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d);
      }
      List<String> recall = new ArrayList<>();
      for (PriorityQueue<Drawn> q : List.of(s.recallRss, s.recallReuters)) {
        List<Drawn> r = new ArrayList<>(q);
        r.sort(Comparator.comparingLong(Drawn::key));
        r.forEach(d -> recall.add(d.itemId()));
      }
      write(out, data, finder, s, byItem, recall);
    }
  }

  private static void offer(PriorityQueue<Drawn> q, Drawn d, int max) {
    if (q.size() < max) {
      q.add(d);
    } else if (d.key() < q.peek().key()) {
      q.poll();
      q.add(d);
    }
  }

  /** Each type's quota shared among outlets in proportion to mentions, largest remainder. */
  static List<Drawn> allocate(Split s) {
    return allocate(s, null);
  }

  /**
   * As {@link #allocate(Split)}; when {@code strata} is given, it gets one line per (type, outlet)
   * stratum ({@code S}, type, outlet, mentions, quota) and one per drawn mention ({@code D}, its
   * rank in the stratum by key, type, outlet, item, span), so the draw of a smaller quota can be
   * told apart.
   */
  static List<Drawn> allocate(Split s, List<String> strata) {
    List<Drawn> result = new ArrayList<>();
    for (String type : TYPES) {
      Map<String, Integer> counts = s.counts.getOrDefault(type, Map.of());
      long total = counts.values().stream().mapToLong(Integer::longValue).sum();
      if (total == 0) {
        continue;
      }
      Map<String, Integer> quota = new TreeMap<>();
      List<Map.Entry<String, Double>> rema = new ArrayList<>();
      int given = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        double exact = (double) s.perType * e.getValue() / total;
        quota.put(e.getKey(), (int) Math.floor(exact));
        given += (int) Math.floor(exact);
        rema.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
      }
      rema.sort(
          Map.Entry.<String, Double>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      for (int i = 0; given < s.perType && i < rema.size(); i++, given++) {
        quota.merge(rema.get(i).getKey(), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : quota.entrySet()) {
        List<Drawn> q = new ArrayList<>(s.strata.get(type + "\t" + e.getKey()));
        q.sort(Comparator.comparingLong(Drawn::key));
        List<Drawn> taken = q.subList(0, Math.min(e.getValue(), q.size()));
        result.addAll(taken);
        if (strata != null) {
          String st = type + "\t" + e.getKey();
          strata.add("S\t" + st + "\t" + counts.get(e.getKey()) + "\t" + e.getValue());
          for (int i = 0; i < taken.size(); i++) {
            Drawn d = taken.get(i);
            strata.add("D\t" + (i + 1) + "\t" + st + "\t" + d.itemId() + "\t" + spanKey(d.m()));
          }
        }
      }
    }
    return result;
  }

  private static void write(
      Path out,
      Path data,
      MentionFinder finder,
      Split s,
      Map<String, List<Drawn>> sampled,
      List<String> recall)
      throws IOException {
    Files.createDirectories(out);
    java.util.Set<String> wanted = new java.util.LinkedHashSet<>(sampled.keySet());
    wanted.addAll(recall);
    Map<String, Article> articles = new TreeMap<>();
    forEachItem(
        data,
        (id, a) -> {
          if (wanted.contains(id)) {
            articles.put(id, a);
          }
        });
    try (PrintWriter items =
            new PrintWriter(Files.newBufferedWriter(out.resolve("items-" + s.name + ".jsonl")));
        PrintWriter judge =
            new PrintWriter(Files.newBufferedWriter(out.resolve("to-judge-" + s.name + ".tsv")))) {
      for (String id : wanted) {
        Article a = articles.get(id);
        items.println(itemLine(id, a, recall.contains(id)));
        java.util.Set<String> sampledKeys = new java.util.HashSet<>();
        for (Drawn d : sampled.getOrDefault(id, List.of())) {
          sampledKeys.add(spanKey(d.m()));
        }
        for (Mention m : find(finder, a)) {
          judge.println(
              (sampledKeys.contains(spanKey(m)) ? "S" : (recall.contains(id) ? "R" : "-"))
                  + "\t"
                  + mentionColumns(id, m));
        }
      }
    }
  }

  static String spanKey(Mention m) {
    return m.field()
        + "|"
        + m.paragraphIndex()
        + "|"
        + m.charStart()
        + "|"
        + m.charEnd()
        + "|"
        + m.entityType();
  }

  /**
   * One line of an items file ({@link JudgedSetScorer#readItems}): id, outlet, date, section and
   * url where the article has them, the recall flag and the segments the matcher reads.
   */
  static String itemLine(String id, Article a, boolean recall) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("outlet", outlet(a));
    o.put("date", a.publishedDate() == null ? null : a.publishedDate().toString());
    if (a.section() != null) {
      o.put("section", a.section());
    }
    if (a.url() != null) {
      o.put("url", a.url());
    }
    o.put("recall", recall);
    ArrayNode segs = o.putArray("segments");
    for (MentionFinder.Segment seg : segments(a)) {
      ObjectNode so = segs.addObject();
      so.put("field", seg.field());
      so.put("paragraph", seg.paragraphIndex());
      so.put("text", seg.text());
    }
    return JSON.writeValueAsString(o);
  }

  static List<MentionFinder.Segment> segments(Article a) {
    return MentionFinder.segments(
        a.title(), a.lede(), a.photoCaption(), a.paragraphs(), a.related());
  }

  static List<Mention> find(MentionFinder finder, Article a) {
    return finder.find(
        segments(a), a.publishedDate(), outlet(a), new ArticleSections(a.section(), a.url()));
  }

  private static int length(Article a) {
    int n = 0;
    for (MentionFinder.Segment s : segments(a)) {
      n += s.text().length();
    }
    return n;
  }

  static String outlet(Article a) {
    return a.source() == null ? "unknown" : a.source();
  }

  static boolean isTest(String id) {
    return (key("split|" + id) & 1L) == 0;
  }

  /** A seeded 64-bit hash (FNV-1a then a splitmix finaliser). */
  static long key(String s) {
    long h = 0xcbf29ce484222325L ^ SEED;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h >>> 1;
  }

  interface ItemConsumer {
    void accept(String id, Article a);
  }

  /**
   * Every RSS item (id rss-2023-MM:LINE) and Reuters record (id reuters:N), parsed as the job does.
   */
  static void forEachItem(Path data, ItemConsumer c) throws IOException {
    Map<String, String> mapping = FieldMappings.resolve(InputFormat.JSONL, "rss-2023", null);
    for (int month = 1; month <= 10; month++) {
      String name = String.format("rss-news-2023-%02d.jsonl.gz", month);
      Path f = data.resolve("jsonl").resolve(name);
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          ParseResult p =
              JsonLinesParser.parse(line, line.length(), name, n, 1 << 20, mapping, null);
          if (p.isArticle()) {
            c.accept(String.format("rss-2023-%02d:%d", month, n), p.article());
          }
        }
      }
    }
    String dump =
        Files.readString(data.resolve("text-dump/reuters21578.txt"), StandardCharsets.UTF_8);
    String[] records = dump.split("\n(?= date )");
    for (int i = 0; i < records.length; i++) {
      ParseResult p =
          TextDumpParser.parse(records[i], records[i].length(), "reuters21578.txt", i, 1 << 22);
      if (p.isArticle()) {
        c.accept("reuters:" + i, p.article());
      }
    }
  }

  /**
   * One mention as tab-separated columns: item id, field, paragraph, char span, type, entity id,
   * surface, match kind, quote kind ("-" outside quotes), speaker id and text, and the context on
   * one line.
   */
  static String mentionColumns(String id, Mention m) {
    return String.join(
        "\t",
        id,
        m.field(),
        Integer.toString(m.paragraphIndex()),
        Integer.toString(m.charStart()),
        Integer.toString(m.charEnd()),
        m.entityType(),
        m.entityId(),
        m.surface(),
        m.matchKind(),
        m.inQuote() ? m.quoteKind() : "-",
        String.valueOf(m.speakerEntityId()),
        String.valueOf(m.speakerText()),
        m.context().replace('\t', ' ').replace('\n', ' '));
  }
}
