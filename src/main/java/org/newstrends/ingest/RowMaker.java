package org.newstrends.ingest;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.newstrends.config.DateWindow;

/**
 * Turns the parse results of one read task (or one whole file) into rows, numbering them in order:
 * with the task's start in its file, that number gives the file order the ids rely on.
 */
final class RowMaker implements Serializable {

  private final String inputPath;
  private final DateWindow window;

  RowMaker(String inputPath, DateWindow window) {
    this.inputPath = inputPath;
    this.window = window;
  }

  /** Rows of {@code results} (no nulls), numbered from 0, of a task starting at {@code start}. */
  Iterator<Row> rows(Iterator<ParseResult> results, long start) {
    return new Iterator<>() {
      private long ordinal;

      @Override
      public boolean hasNext() {
        return results.hasNext();
      }

      @Override
      public Row next() {
        return ParsedRows.toRow(inputPath, results.next(), window, start, ordinal++);
      }
    };
  }

  Row row(ParseResult result, long start, long ordinal) {
    return ParsedRows.toRow(inputPath, result, window, start, ordinal);
  }
}
