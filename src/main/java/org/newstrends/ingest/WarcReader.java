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
    HadoopConf conf =
        new HadoopConf(
            new org.apache.hadoop.conf.Configuration(spark.sparkContext().hadoopConfiguration()));
    WholeFileReads.FileParser parser =
        (file, in) -> {
          in.close();
          org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
          return records(file, () -> path.getFileSystem(conf.get()).open(path), max);
        };
    return WholeFileReads.read(
        spark, files, WarcRecordParser.FORMAT, new RowMaker(input.path(), window), false, parser);
  }

  /** Opens a file's bytes. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * The parse results of one WARC file, lazily: one per record. Damage never costs more than the
   * damaged part: a record whose rest cannot be read ends as one {@code corrupt_input} reject at
   * its offset (not a parse reject plus a corrupt_input), and reading resumes at the next intact
   * record (the next gzip member for {@code .gz} files, the next {@code WARC/1.} line otherwise),
   * with one {@code corrupt_input} reject for the unreadable bytes in between. Closes the stream at
   * the end. {@code opener} must give a fresh stream from the file's start on every call.
   */
  static Iterator<ParseResult> records(String file, Opener opener, long maxRecordBytes) {
    return new Iterator<>() {
      private org.netpreserve.jwarc.WarcReader reader;
      private long base; // offset of the current reader's stream in the file
      private final java.util.ArrayDeque<ParseResult> ready = new java.util.ArrayDeque<>();
      private boolean done;
      private long lastOffset = -1;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && !done) {
          advance();
        }
        return !ready.isEmpty();
      }

      @Override
      public ParseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }

      private void advance() {
        Optional<WarcRecord> record;
        try {
          if (reader == null) {
            reader = new org.netpreserve.jwarc.WarcReader(opener.open());
          }
          record = reader.next();
        } catch (IOException | RuntimeException e) {
          // The next record's header (or the previous gzip member's end) is damaged.
          long failedAt = lastOffset < 0 ? 0 : Math.max(lastOffset + 1, base + safePosition());
          long resume = resync(failedAt + 1);
          String what =
              resume < 0
                  ? "unreadable from this offset on"
                  : "bytes " + failedAt + " to " + resume + " unreadable, reading resumed there";
          ready.add(WarcRecordParser.corrupt(file, failedAt, new IOException(what + ": " + e, e)));
          if (resume < 0) {
            finish();
          }
          return;
        }
        if (record.isEmpty()) {
          finish();
          return;
        }
        long offset = base + reader.position();
        lastOffset = offset;
        ParseResult result = WarcRecordParser.parse(record.get(), file, offset, maxRecordBytes);
        try {
          record.get().body().consume();
        } catch (IOException | RuntimeException e) {
          // This record is damaged: one reject for it, whatever its parse said.
          String parsed = result.isArticle() ? "" : result.reject().reason() + ", ";
          ready.add(
              WarcRecordParser.corrupt(
                  file, offset, new IOException("damaged record (" + parsed + e + ")", e)));
          if (resync(offset + 1) < 0) {
            finish();
          }
          return;
        }
        ready.add(result);
      }

      private long safePosition() {
        try {
          return reader == null ? 0 : reader.position();
        } catch (RuntimeException e) {
          return 0;
        }
      }

      /**
       * Finds the next offset from {@code from} where an intact record starts and switches the
       * reader there; -1 when there is none.
       */
      private long resync(long from) {
        boolean gzip = file.endsWith(".gz");
        long candidate = from;
        for (int attempts = 0; attempts < 1000; attempts++) {
          candidate = scan(candidate, gzip);
          if (candidate < 0) {
            return -1;
          }
          try {
            InputStream in = opener.open();
            in.skipNBytes(candidate);
            org.netpreserve.jwarc.WarcReader probe = new org.netpreserve.jwarc.WarcReader(in);
            // Check that a whole record reads from here before switching to it.
            InputStream check = opener.open();
            check.skipNBytes(candidate);
            try (org.netpreserve.jwarc.WarcReader test =
                new org.netpreserve.jwarc.WarcReader(check)) {
              Optional<WarcRecord> r = test.next();
              if (r.isEmpty()) {
                return -1;
              }
              r.get().body().consume();
            }
            closeReader();
            reader = probe;
            base = candidate;
            lastOffset = candidate - 1;
            return candidate;
          } catch (IOException | RuntimeException e) {
            candidate++;
          }
        }
        return -1;
      }

      /** The next offset at or after {@code from} that looks like a record start, or -1. */
      private long scan(long from, boolean gzip) {
        try (InputStream in = new java.io.BufferedInputStream(opener.open(), 1 << 16)) {
          in.skipNBytes(from);
          byte[] magic =
              gzip
                  ? new byte[] {0x1f, (byte) 0x8b, 0x08}
                  : "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
          int matched = 0;
          long pos = from;
          for (int b; (b = in.read()) >= 0; pos++) {
            if ((byte) b == magic[matched]) {
              matched++;
              if (matched == magic.length) {
                return pos - magic.length + 1;
              }
            } else {
              matched = (byte) b == magic[0] ? 1 : 0;
            }
          }
          return -1;
        } catch (IOException | RuntimeException e) {
          return -1;
        }
      }

      private void finish() {
        done = true;
        closeReader();
      }

      private void closeReader() {
        if (reader != null) {
          try {
            reader.close();
          } catch (IOException | RuntimeException e) {
            // nothing left to read from it
          }
          reader = null;
        }
      }
    };
  }
}
