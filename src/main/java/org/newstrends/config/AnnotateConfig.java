package org.newstrends.config;

import java.util.List;

/**
 * Settings of the annotate stage.
 *
 * @param enabled whether the job recognises mentions and writes the {@code mentions} table
 * @param gazetteers gazetteer YAML files (relative paths resolve against the config file's
 *     directory); the union of their entities is compiled into one automaton
 * @param contextChars characters of text kept on each side of a mention in {@code context}
 * @param words the matcher's word lists ({@code conf/rules/annotate-words.yaml}; relative to the
 *     config file's directory); null: the copy shipped with the build. Its content is part of the
 *     config hash.
 * @param countInTable whether mentions on lines of tables and lists ({@code in_table}) count in the
 *     measure tables (default false: standings and price lists are not news about a country)
 * @param countEnclosed whether a country word inside a longer proper name ({@code enclosing_name}
 *     set: "U.S. Senate Banking Committee", "Zimbabwe Open") counts in the measure tables (default
 *     true). Mentions left ambiguous ({@code ambiguous_candidates}) never count.
 */
public record AnnotateConfig(
    Boolean enabled,
    List<String> gazetteers,
    Integer contextChars,
    String words,
    Boolean countInTable,
    Boolean countEnclosed) {

  /** Without the issue-9 count settings (their defaults). */
  public AnnotateConfig(
      Boolean enabled, List<String> gazetteers, Integer contextChars, String words) {
    this(enabled, gazetteers, contextChars, words, null, null);
  }

  public static final int DEFAULT_CONTEXT_CHARS = 60;
  public static final AnnotateConfig DISABLED = new AnnotateConfig(false, List.of(), null, null);

  public AnnotateConfig {
    gazetteers = gazetteers == null ? List.of() : List.copyOf(gazetteers);
    enabled = enabled == null ? !gazetteers.isEmpty() : enabled;
    contextChars = contextChars == null ? DEFAULT_CONTEXT_CHARS : contextChars;
    countInTable = countInTable != null && countInTable;
    countEnclosed = countEnclosed == null || countEnclosed;
    if (contextChars < 0 || contextChars > 1000) {
      throw new IllegalArgumentException("'context_chars' must be between 0 and 1000");
    }
    if (enabled && gazetteers.isEmpty()) {
      throw new IllegalArgumentException(
          "'annotate.enabled' is true but 'annotate.gazetteers' lists no file");
    }
  }
}
