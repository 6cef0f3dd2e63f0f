package org.newstrends.incremental;

/**
 * What one physical input file became: records, articles, rejects (records = articles + rejects),
 * articles without a date, and the {@code impossible_date} rejects among the rejects.
 *
 * @param input the input (as configured) that read it
 */
public record FileCounts(
    String input, long records, long articles, long rejects, long undated, long impossibleDates) {

  /** The counts of a file as a run state recorded them. */
  public static FileCounts of(RunState.FileState f, String input) {
    return new FileCounts(
        input, f.records(), f.articles(), f.rejects(), f.undated(), f.impossibleDates());
  }
}
