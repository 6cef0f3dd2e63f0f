package org.newstrends.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example SQL of docs/outputs.md's "Analyst questions" section, one query per block. */
final class DocQueries {

  private DocQueries() {}

  static List<String> fromOutputsMd() {
    String text;
    try {
      text = Files.readString(Path.of("docs/outputs.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = text.indexOf("## Analyst questions");
    if (start < 0) {
      return List.of();
    }
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start, end < 0 ? text.length() : end);
    List<String> queries = new ArrayList<>();
    int at = 0;
    while ((at = section.indexOf("```sql\n", at)) >= 0) {
      int close = section.indexOf("```", at + 7);
      queries.add(section.substring(at + 7, close).strip().replaceAll(";$", ""));
      at = close + 3;
    }
    return queries;
  }
}
