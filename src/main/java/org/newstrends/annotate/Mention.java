package org.newstrends.annotate;

import java.util.List;

/**
 * One recognised mention, before it becomes a row of {@code mentions}. Offsets are Java string
 * indexes into the text of the field (for {@code body}: into {@code paragraphs[paragraphIndex]};
 * for {@code related}: into {@code related[paragraphIndex]}).
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
    String context) {}
