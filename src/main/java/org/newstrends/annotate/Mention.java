package org.newstrends.annotate;

import java.util.List;

/**
 * One recognised mention, before it becomes a row of {@code mentions}. Offsets are Java string
 * indexes into the text of the field (for {@code body}: into {@code paragraphs[paragraphIndex]};
 * for {@code related}: into {@code related[paragraphIndex]}). Issue 9: {@code inTable} marks a
 * mention on a line of a table or list ({@link TableLines}); {@code enclosingName} is the longer
 * proper name a country word stands in ("U.S. Senate Banking Committee", "Zimbabwe Open"); {@code
 * ambiguousCandidates} lists the candidate ids ({@code |}-separated) of an alias the article's
 * context could not resolve (then {@code entityId} is {@code ambiguous:<alias>}).
 */
public record Mention(
    String entityId,
    String entityType,
    String entityName,
    List<String> labels,
    String surface,
    String matchKind,
    String field,
    int paragraphIndex,
    int sentenceIndex,
    int charStart,
    int charEnd,
    boolean inQuote,
    String quoteKind,
    String speakerEntityId,
    String speakerText,
    String context,
    boolean inTable,
    String enclosingName,
    String ambiguousCandidates) {}
