package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads inputs whose files are not split (CSV with multi-line fields, one-article files): the
 * driver lists the files, tasks take several files each, open them through their compression codec
 * (by suffix) and hand the decompressed stream to a {@link FileParser}. A file that fails to open
 * or to read to its end adds one {@code corrupt_input} reject (records parsed before the failure
 * stay); the run goes on.
 */
final class WholeFileReads {

  /** Parses one file's stream into results; the iterator may read the stream lazily. */
  interface FileParser extends Serializable {
    Iterator<ParseResult> parse(String file, InputStream in) throws IOException;
  }

  private WholeFileReads() {}

  /**
   * Reads listed files whole, each through its codec (by suffix) unless {@code decompress} is false
   * (WARC files, read as stored).
   */
  static Dataset<Row> read(
      SparkSession spark,
      List<InputFiles.Listed> listed,
      String format,
      RowMaker rows,
      boolean decompress,
      FileParser parser) {
    if (listed.isEmpty()) {
      return ArticleReader.empty(spark);
    }
    Configuration conf =
        Codecs.register(new Configuration(spark.sparkContext().hadoopConfiguration()));
    List<String> files = listed.stream().map(InputFiles.Listed::file).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    JavaRDD<Row> out =
        jsc.parallelize(files, slices)
            .mapPartitions(new ReadFiles(rows, format, new HadoopConf(conf), decompress, parser));
    return spark.createDataFrame(out, ParsedRows.SCHEMA);
  }

  /** Reads the files of one partition. Package-private so tests can call it directly. */
  static final class ReadFiles implements FlatMapFunction<Iterator<String>, Row> {
    private final RowMaker rows;
    private final String format;
    private final HadoopConf conf;
    private final boolean decompress;
    private final FileParser parser;

    ReadFiles(
        RowMaker rows, String format, HadoopConf conf, boolean decompress, FileParser parser) {
      this.rows = rows;
      this.format = format;
      this.conf = conf;
      this.decompress = decompress;
      this.parser = parser;
    }

    @Override
    public Iterator<Row> call(Iterator<String> files) {
      return new Iterator<>() {
        private Iterator<ParseResult> current = Collections.emptyIterator();
        private long ordinal;

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && files.hasNext()) {
            current = open(files.next());
            ordinal = 0;
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return rows.row(current.next(), 0, ordinal++);
        }
      };
    }

    /** The results of one file, ending in a corrupt_input reject if reading fails. */
    Iterator<ParseResult> open(String file) {
      InputStream in = null;
      try {
        Path path = new Path(file);
        Configuration c = conf.get();
        FileSystem fs = path.getFileSystem(c);
        in = fs.open(path);
        CompressionCodec codec = decompress ? Codecs.readable(Codecs.factory(c), path) : null;
        // a file of no bytes holds no text whatever its name: gzip's reader wants a header, so
        // an empty ".gz" was corrupt_input where an empty ".zst", ".bz2" or ".txt" is no_body
        if (codec != null && fs.getFileStatus(path).getLen() > 0) {
          in = codec.createInputStream(in);
        }
        return new Guarded(file, in, parser.parse(file, in));
      } catch (IOException | RuntimeException | InternalError e) {
        closeQuietly(in);
        return List.of(ParseResult.rejected(InputFailures.corrupt(file, 0, format, e))).iterator();
      }
    }

    /** Turns a failure while iterating into one final corrupt_input reject; closes the stream. */
    private final class Guarded implements Iterator<ParseResult> {
      private final String file;
      private final InputStream in;
      private final Iterator<ParseResult> results;
      private ParseResult failure;
      private boolean finished;

      Guarded(String file, InputStream in, Iterator<ParseResult> results) {
        this.file = file;
        this.in = in;
        this.results = results;
      }

      @Override
      public boolean hasNext() {
        if (failure != null) {
          return true;
        }
        if (finished) {
          return false;
        }
        try {
          if (results.hasNext()) {
            return true;
          }
        } catch (RuntimeException | InternalError e) {
          failure = ParseResult.rejected(InputFailures.corrupt(file, 0, format, e));
          closeQuietly(in);
          return true;
        }
        finished = true;
        closeQuietly(in);
        return false;
      }

      @Override
      public ParseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (failure != null) {
          ParseResult f = failure;
          failure = null;
          finished = true;
          return f;
        }
        try {
          return results.next();
        } catch (RuntimeException | InternalError e) {
          finished = true;
          closeQuietly(in);
          return ParseResult.rejected(InputFailures.corrupt(file, 0, format, e));
        }
      }
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException | RuntimeException e) {
        // The failure that matters is already reported.
      }
    }
  }
}
