package org.newstrends;

import java.io.PrintWriter;
import java.util.Map;
import org.newstrends.output.Manifest;
import org.newstrends.output.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run says while it works: one log line per stage with its counts and elapsed time, and the
 * closing summary (the same figures the manifest holds) for the console.
 */
public final class RunReport {

  private static final Logger LOG = LoggerFactory.getLogger("org.newstrends.run");

  private RunReport() {}

  /** Logs one stage's line: {@code stage: what (N ms)}. */
  public static void stage(String stage, long millis, String what) {
    LOG.info("{}: {} ({} ms)", stage, what, millis);
  }

  /** The closing summary of a run, from its manifest. */
  public static void summary(PrintWriter out, Manifest m) {
    out.println(
        "newstrends run " + m.runId() + " finished in " + m.timingsMs().get("total") + " ms");
    Manifest.Details d = m.details();
    if (d != null) {
      out.printf(
          "  inputs: %d (%d files read, %d overlaps read once, %d entries skipped)%n",
          m.inputs().size(),
          d.inputFiles().size(),
          d.inputOverlaps().size(),
          d.skippedInputs().size());
    }
    if (m.incremental() != null && "incremental".equals(m.incremental().get("mode"))) {
      Map<String, Object> inc = m.incremental();
      out.printf(
          "  incremental: %s new, %s changed, %s deleted, %s unchanged input files (%s unchanged"
              + " read again); the counts below cover all current inputs%n",
          inc.get("new_inputs"),
          inc.get("changed_inputs"),
          inc.get("deleted_inputs"),
          inc.get("unchanged_inputs"),
          inc.get("reread_unchanged_inputs"));
    } else if (m.incremental() != null && m.incremental().get("reason") != null) {
      out.println("  full run: " + m.incremental().get("reason"));
    }
    out.printf(
        "  records read: %,d   articles: %,d   rejects: %,d   read tasks: %d%n",
        m.recordsRead(), m.articles(), m.rejects(), m.readTasks());
    if (d != null) {
      if (!d.rejectsByReason().isEmpty()) {
        StringBuilder reasons = new StringBuilder();
        d.rejectsByReason()
            .forEach((reason, n) -> reasons.append(String.format("  %s %,d", reason, n)));
        out.println("  rejects by reason:" + reasons);
      }
      out.printf("  duplicates (non-canonical copies): %,d%n", d.duplicates());
      for (String r : d.recovered()) {
        out.println("  killed-run leftover: " + r);
      }
    }
    for (Map.Entry<String, Long> c : m.counts().entrySet()) {
      out.printf("  %s: %,d rows%n", c.getKey(), c.getValue());
    }
    StringBuilder stages = new StringBuilder();
    m.timingsMs().forEach((stage, ms) -> stages.append(String.format("  %s %,d", stage, ms)));
    out.println("  time per stage (ms):" + stages);
    // Paths relative to the output directory, as in the manifest.
    m.outputs().forEach((table, path) -> out.println("  " + table + ": " + path));
    out.println("  manifest: " + Tables.MANIFEST);
    out.flush();
  }
}
