package org.newstrends.incremental;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstrends.ingest.Ingest;

/**
 * The current input files against those an output's state remembers, by listed path.
 *
 * <ul>
 *   <li><b>new</b>: a path the state does not hold; read.
 *   <li><b>changed</b>: the same path with another size, modification time or SHA-256, or read by
 *       an input with another configuration; read again, its old rows dropped.
 *   <li><b>deleted</b>: a path the state holds that no input lists any more; its rows dropped.
 *   <li><b>unchanged</b>: everything else; its rows are taken from the previous output.
 * </ul>
 *
 * Two more reasons to read an unchanged file again ({@code reread}): its article ids depend on
 * another file being read (files whose paths differ only by a compression suffix share one id
 * space: {@code a.jsonl} and {@code a.jsonl.gz}), or it holds {@code impossible_date} rejects and
 * the plausible dates moved (the default window ends one year after the run).
 *
 * @param added new paths
 * @param changed changed paths
 * @param deleted deleted paths
 * @param unchanged unchanged paths, {@code reread} included
 * @param reread unchanged paths that are read again anyway
 */
public record InputDiff(
    List<String> added,
    List<String> changed,
    List<String> deleted,
    List<String> unchanged,
    List<String> reread) {

  /** Paths read by this run. */
  public Set<String> toRead() {
    Set<String> read = new LinkedHashSet<>(added);
    read.addAll(changed);
    read.addAll(reread);
    return read;
  }

  /** Paths whose rows come from the previous output. */
  public Set<String> kept() {
    Set<String> kept = new LinkedHashSet<>(unchanged);
    kept.removeAll(reread);
    return kept;
  }

  /**
   * Compares the listing with the state.
   *
   * @param inputHashes input path (as configured) → hash of its configuration
   * @param dateWindow the plausible dates of this run
   */
  public static InputDiff of(
      RunState state,
      List<Ingest.FileRecord> files,
      Map<String, String> inputHashes,
      String dateWindow) {
    Map<String, RunState.FileState> before = new HashMap<>();
    for (RunState.FileState f : state.files()) {
      before.put(f.file(), f);
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> now = new HashSet<>();
    for (Ingest.FileRecord f : files) {
      now.add(f.file());
      RunState.FileState old = before.get(f.file());
      if (old == null) {
        added.add(f.file());
      } else if (old.size() != f.size()
          || !old.modified().equals(f.modified())
          || !java.util.Objects.equals(old.sha256(), f.sha256())
          || !old.inputHash().equals(inputHashes.get(f.input()))) {
        changed.add(f.file());
      } else {
        unchanged.add(f.file());
      }
    }
    List<String> deleted = new ArrayList<>();
    for (RunState.FileState f : state.files()) {
      if (!now.contains(f.file())) {
        deleted.add(f.file());
      }
    }
    Set<String> touchedKeys = new HashSet<>();
    for (List<String> l : List.of(added, changed, deleted)) {
      for (String f : l) {
        touchedKeys.add(idKey(f));
      }
    }
    boolean windowMoved = !dateWindow.equals(state.dateWindow());
    List<String> reread = new ArrayList<>();
    for (String f : unchanged) {
      if (touchedKeys.contains(idKey(f)) || (windowMoved && before.get(f).impossibleDates() > 0)) {
        reread.add(f);
      }
    }
    return new InputDiff(
        List.copyOf(added),
        List.copyOf(changed),
        List.copyOf(deleted),
        List.copyOf(unchanged),
        List.copyOf(reread));
  }

  /** The id space of a file: its path without a compression suffix (as article ids use it). */
  static String idKey(String file) {
    return file.replaceAll("\\.(gz|bz2|zst|zstd|deflate)$", "");
  }
}
