package org.newstrends.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.Mention;
import org.newstrends.annotate.MentionFinder;
import org.newstrends.ingest.Article;

/**
 * Draws more items that carry quotations, for judging speakers (docs/accuracy-rounds.md, round 6).
 * A developer tool. Rounds 6 to 23 drew only <b>dev</b> items, for tuning. Stop 29 ran it once on
 * the <b>test</b> split (system property {@code newstrends.quoteDrawSplit=test}, salt {@code
 * test29}) to enlarge the judged test sample of speakers; that draw is for measuring only, never
 * for tuning.
 *
 * <p>Every dev item of {@link JudgedSampleDrawer}'s seeded split not yet in the dev fixture gets
 * the seeded key {@code quotes|ID}; the items are taken in ascending key order among those in which
 * the matcher emits at least one mention inside a quotation, until at least {@code MIN_QUOTED}
 * quoted mentions are collected. Only items whose key falls in the lowest part of the key range are
 * run through the matcher (enough for a few hundred quoted mentions), so the draw is fast and the
 * same for everyone.
 *
 * <p>On the test split every test item not in the given items file gets the key {@code
 * quotes|SALT|ID} (a salt is required) and is drawn the same way; no earlier quote draw exists
 * there, so no key range is skipped.
 *
 * <p>Writes {@code items-SPLIT-quotes.jsonl} and {@code to-judge-SPLIT-quotes.tsv} (every mention
 * of those items, quoted ones marked {@code Q}) into the output directory.
 *
 * <p>Usage: {@code DevQuoteDrawer OUT_DIR SHARED_DATA_DIR ITEMS-SPLIT.jsonl MIN_QUOTED
 * GAZETTEER.yaml...}
 */
public final class DevQuoteDrawer {

  /**
   * Only items whose key falls in the lowest 1/N of the key range are run through the matcher; N =
   * 64 for rounds 6 and 7 (which used up that range), 16 from round 8 (system property {@code
   * newstrends.quoteKeyDivisor}). A wider range keeps the key order, so the draw continues where
   * the earlier rounds stopped.
   */
  private static final long KEY_LIMIT =
      Long.MAX_VALUE / Integer.getInteger("newstrends.quoteKeyDivisor", 16);

  /**
   * Rounds 6 to 20 keyed every item {@code quotes|ID}. From round 21 a draw may take a salt of its
   * own (system property {@code newstrends.quoteDrawSalt}): the key is then {@code quotes|SALT|ID},
   * and items whose round 6 to 20 key falls in the range those rounds drew from are skipped, so the
   * draw holds no item an earlier round could have read.
   */
  private static final String SALT = System.getProperty("newstrends.quoteDrawSalt", "");

  /** The split drawn from: {@code dev} (rounds 6 to 23) or {@code test} (stop 29). */
  private static final String SPLIT = System.getProperty("newstrends.quoteDrawSplit", "dev");

  private DevQuoteDrawer() {}

  record Drawn(String id, Article a, List<Mention> ms, int quoted) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path data = Path.of(args[1]);
    boolean test = SPLIT.equals("test");
    if (!test && !SPLIT.equals("dev")) {
      throw new IllegalArgumentException("newstrends.quoteDrawSplit must be dev or test: " + SPLIT);
    }
    if (test && SALT.isEmpty()) {
      throw new IllegalArgumentException("a test-split quote draw needs newstrends.quoteDrawSalt");
    }
    Set<String> already = new HashSet<>();
    for (JudgedSetScorer.Item item : JudgedSetScorer.readItems(Path.of(args[2]))) {
      already.add(item.id());
    }
    int minQuoted = Integer.parseInt(args[3]);
    CompiledGazetteer g = GazetteerLoader.compile(List.of(args).subList(4, args.length));
    MentionFinder finder = new MentionFinder(g, 60);
    Map<Long, Drawn> byKey = new TreeMap<>();
    JudgedSampleDrawer.forEachItem(
        data,
        (id, a) -> {
          if (JudgedSampleDrawer.isTest(id) != test || already.contains(id)) {
            return;
          }
          long key = JudgedSampleDrawer.key("quotes|" + id);
          if (test) {
            key = JudgedSampleDrawer.key("quotes|" + SALT + "|" + id);
          } else if (!SALT.isEmpty()) {
            if (key < KEY_LIMIT) {
              return;
            }
            key = JudgedSampleDrawer.key("quotes|" + SALT + "|" + id);
          }
          if (key >= KEY_LIMIT) {
            return;
          }
          List<Mention> ms = JudgedSampleDrawer.find(finder, a);
          int quoted = (int) ms.stream().filter(Mention::inQuote).count();
          if (quoted > 0) {
            byKey.put(key, new Drawn(id, a, ms, quoted));
          }
        });
    Files.createDirectories(out);
    int total = 0;
    try (PrintWriter items =
            new PrintWriter(
                Files.newBufferedWriter(out.resolve("items-" + SPLIT + "-quotes.jsonl")));
        PrintWriter judge =
            new PrintWriter(
                Files.newBufferedWriter(out.resolve("to-judge-" + SPLIT + "-quotes.tsv")))) {
      for (Drawn d : byKey.values()) {
        if (total >= minQuoted) {
          break;
        }
        total += d.quoted();
        Article a = d.a();
        items.println(JudgedSampleDrawer.itemLine(d.id(), a, false));
        for (Mention m : d.ms()) {
          judge.println(
              (m.inQuote() ? "Q" : "-") + "\t" + JudgedSampleDrawer.mentionColumns(d.id(), m));
        }
      }
    }
    System.out.println("quoted mentions drawn: " + total);
  }
}
