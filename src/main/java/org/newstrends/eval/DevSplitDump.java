package org.newstrends.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.Mention;
import org.newstrends.annotate.MentionFinder;

/**
 * Writes every mention the current matcher emits in the dev split of {@link JudgedSampleDrawer}
 * (same seeded split), one TSV line each, so that a rule change can be checked on the whole dev
 * split by diffing two dumps (docs/accuracy-rounds.md, rounds 4 and 5). A developer tool, never run
 * on the test split.
 *
 * <p>Usage: {@code DevSplitDump OUT.tsv SHARED_DATA_DIR GAZETTEER.yaml...}; with {@code
 * items-dev.jsonl} in place of the data directory, the items of that fixture only.
 */
public final class DevSplitDump {

  private DevSplitDump() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path data = Path.of(args[1]);
    CompiledGazetteer g = GazetteerLoader.compile(List.of(args).subList(2, args.length));
    MentionFinder finder = new MentionFinder(g, 60);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      if (data.toString().endsWith(".jsonl")) {
        for (JudgedSetScorer.Item item : JudgedSetScorer.readItems(data)) {
          write(w, item.id(), item.mentions(finder));
        }
        return;
      }
      JudgedSampleDrawer.forEachItem(
          data,
          (id, a) -> {
            if (JudgedSampleDrawer.isTest(id)) {
              return;
            }
            List<Mention> ms = JudgedSampleDrawer.find(finder, a);
            write(w, id, ms);
          });
    }
  }

  private static void write(PrintWriter w, String id, List<Mention> ms) {
    for (Mention m : ms) {
      w.println(JudgedSampleDrawer.mentionColumns(id, m));
    }
  }
}
