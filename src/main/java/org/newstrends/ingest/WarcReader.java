package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.WarcRecord;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;

/**
 * Reads WARC files (gzip per record, or uncompressed) with jwarc: one task reads one whole file,
 * record by record, streaming (a record's HTML is held in memory, never the file). WARC files are
 * not split: Common Crawl News files are about 1 GB each and come by the hundred, so files give the
 * parallelism. Every record ends as one row (see {@link WarcRecordParser}); a file that is
 * truncated or corrupt ends with one {@code corrupt_input} reject at the offset where reading
 * failed, and the run goes on. {@code input_offset} is the record's byte offset in the file as
 * stored (compressed), so {@code dd skip=offset | zcat} finds it.
 */
public final class WarcReader implements ArticleReader {

  @Override
  public Dataset<Row> read(
      SparkSession spark,
      InputSpec input,
      List<InputFiles.Listed> files,
      IngestConfig ingest,
      DateWindow window) {
    long max = ingest.maxRecordBytes();
    // Read as stored: gzip members are undone record by record (and resynchronised after damage).
    WholeFileReads.FileParser parser = (file, in) -> records(file, () -> in, max);
    return WholeFileReads.read(
        spark, files, WarcRecordParser.FORMAT, new RowMaker(input.path(), window), false, parser);
  }

  /** Opens a file's bytes. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * The parse results of one WARC file, lazily: one per record, then at most one {@code
   * corrupt_input} reject if the file cannot be read to its end. Closes the stream at the end.
   */
  static Iterator<ParseResult> records(String file, Opener opener, long maxRecordBytes) {
    return new Iterator<>() {
      private org.netpreserve.jwarc.WarcReader reader;
      private ParseResult pending;
      private boolean done;
      private long lastOffset;

      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = advance();
        }
        return pending != null;
      }

      @Override
      public ParseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ParseResult result = pending;
        pending = null;
        return result;
      }

      private ParseResult advance() {
        try {
          if (reader == null) {
            reader = new org.netpreserve.jwarc.WarcReader(opener.open());
          }
          Optional<WarcRecord> record = reader.next();
          if (record.isEmpty()) {
            finish();
            return null;
          }
          lastOffset = reader.position();
          return WarcRecordParser.parse(record.get(), file, lastOffset, maxRecordBytes);
        } catch (IOException | RuntimeException e) {
          long offset = reader == null ? 0 : Math.max(lastOffset, reader.position());
          finish();
          return WarcRecordParser.corrupt(file, offset, e);
        }
      }

      private void finish() {
        done = true;
        if (reader != null) {
          try {
            reader.close();
          } catch (IOException e) {
            // nothing left to read from it
          }
        }
      }
    };
  }
}
