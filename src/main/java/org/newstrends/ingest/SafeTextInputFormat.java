package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.LineRecordReader;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * {@link TextInputFormat} whose reader never fails a task: when opening or reading a split throws
 * (a corrupt gzip, a truncated zstd frame), the records read so far stand and one last record with
 * key {@link #FAILURE_KEY} carries the error message, which the parse step turns into a {@code
 * corrupt_input} reject. An empty file gives no records.
 */
public final class SafeTextInputFormat extends TextInputFormat {

  /**
   * The configuration key holding the files to read, one per line, as listed by {@link InputFiles}:
   * the format reads exactly these (no listing of its own, no globbing).
   */
  public static final String FILES = "newstrends.input.files";

  /** The key of the record that reports a read failure; its value is the message. */
  public static final long FAILURE_KEY = -1L;

  /**
   * The key of the record that reports lines longer than {@link #MAX_LINE_BYTES_KEY} allows: its
   * value is {@link TooLong#encode}d. Hadoop's reader keeps at most that many bytes of a line, and
   * drops a longer one unless it ends the split; these records keep the loss visible.
   */
  public static final long TOO_LONG_KEY = -2L;

  /** Hadoop's cap on the bytes of one line kept in memory. */
  static final String MAX_LINE_BYTES_KEY = "mapreduce.input.linerecordreader.line.maxlength";

  /**
   * The most bytes of one line or record held in memory: the larger of this and {@code
   * max_record_bytes}. A longer record is still a {@code too_large} reject, without its bytes: a
   * 2.5 MB gzip file holding one 2.6 GB line kept a task growing one buffer for over five minutes.
   */
  static final int MAX_LINE_BYTES = 64 << 20;

  /** The cap for a run whose records may have {@code maxRecordBytes} (the reader adds a margin). */
  static int maxLineBytes(long maxRecordBytes) {
    return (int) Math.min(Integer.MAX_VALUE - 64, Math.max(MAX_LINE_BYTES, maxRecordBytes + 64));
  }

  /**
   * Lines, from {@code offset}, that were longer than the cap: {@code bytes} of them (delimiters
   * included), or at least that many when {@code atLeast} (the split's last line, cut at the cap).
   */
  record TooLong(long offset, long bytes, boolean atLeast) {
    String encode() {
      return offset + "\t" + bytes + "\t" + atLeast;
    }

    static TooLong decode(Text value) {
      String[] parts = value.toString().split("\t");
      return new TooLong(
          Long.parseLong(parts[0]), Long.parseLong(parts[1]), Boolean.parseBoolean(parts[2]));
    }

    Reject reject(String file, String format, long maxRecordBytes) {
      return new Reject(
          file,
          offset,
          format,
          JsonLinesParser.REASON_TOO_LARGE,
          (atLeast ? "a record of at least " : "records of ")
              + bytes
              + " bytes (not kept in memory); the limit (ingest.max_record_bytes) is "
              + maxRecordBytes,
          null);
    }
  }

  private static final String DELIMITER = "textinputformat.record.delimiter";
  private static final int SNIFF_BYTES = 64 * 1024;

  @Override
  protected List<FileStatus> listStatus(JobContext job) throws IOException {
    String files = job.getConfiguration().get(FILES);
    if (files == null) {
      return super.listStatus(job);
    }
    List<FileStatus> result = new ArrayList<>();
    for (String file : files.split("\n")) {
      if (!file.isEmpty()) {
        Path path = new Path(file);
        result.add(path.getFileSystem(job.getConfiguration()).getFileStatus(path));
      }
    }
    return result;
  }

  /**
   * A record delimiter that starts with a line end ({@code "\n date "}) starts with a CR instead in
   * a file of old-Mac line ends: the LF one never matches there, and the whole file was one record.
   */
  @Override
  public RecordReader<LongWritable, Text> createRecordReader(
      InputSplit split, TaskAttemptContext context) {
    Configuration conf = context.getConfiguration();
    String delimiter = conf.get(DELIMITER);
    if (delimiter != null
        && delimiter.startsWith("\n")
        && bareCrLineEnds(((FileSplit) split).getPath(), conf)) {
      delimiter = "\r" + delimiter.substring(1);
    }
    return new SafeReader(
        new LineRecordReader(
            delimiter == null ? null : delimiter.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether the file's first 64 KiB (decompressed) hold more lone CRs than LFs. Every split of a
   * file reads the same bytes, so all choose the same delimiter. A file that cannot be read here
   * counts as LF: its reader reports the failure.
   */
  static boolean bareCrLineEnds(Path file, Configuration conf) {
    CompressionCodec codec;
    try {
      // not through Hadoop's LZ4 or Snappy codec: it reads a frame's magic as a block length and
      // allocates hundreds of megabytes for it
      codec = Codecs.readable(Codecs.factory(conf), file);
    } catch (IOException e) {
      return false;
    }
    try (InputStream raw = file.getFileSystem(conf).open(file);
        InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
      byte[] head = in.readNBytes(SNIFF_BYTES + 1);
      int lf = 0;
      int cr = 0;
      for (int i = 0; i < Math.min(head.length, SNIFF_BYTES); i++) {
        if (head[i] == '\n') {
          lf++;
        } else if (head[i] == '\r' && (i + 1 == head.length || head[i + 1] != '\n')) {
          cr++;
        }
      }
      return cr > lf;
    } catch (IOException | RuntimeException | InternalError e) {
      return false;
    }
  }

  static final class SafeReader extends RecordReader<LongWritable, Text> {
    private final LineRecordReader lines;
    private final LongWritable key = new LongWritable();
    private final Text value = new Text();
    private boolean failed;
    private boolean done;
    private Throwable pending;
    private int maxLine = Integer.MAX_VALUE;
    private int delimiterBytes = 1;

    /** A record read behind a {@link #TOO_LONG_KEY} record, returned next. */
    private long heldKey = -1;

    SafeReader(LineRecordReader lines) {
      this.lines = lines;
    }

    @Override
    public void initialize(InputSplit split, TaskAttemptContext context) {
      maxLine = context.getConfiguration().getInt(MAX_LINE_BYTES_KEY, Integer.MAX_VALUE);
      String delimiter = context.getConfiguration().get("textinputformat.record.delimiter");
      delimiterBytes = delimiter == null ? 1 : delimiter.getBytes(StandardCharsets.UTF_8).length;
      try {
        Codecs.readable(Codecs.factory(context.getConfiguration()), ((FileSplit) split).getPath());
        lines.initialize(split, context);
      } catch (IOException | RuntimeException e) {
        pending = e;
      }
    }

    @Override
    public boolean nextKeyValue() {
      if (done) {
        return false;
      }
      if (heldKey >= 0) {
        key.set(heldKey);
        value.set(lines.getCurrentValue());
        heldKey = -1;
        return true;
      }
      if (pending == null) {
        try {
          long before = ReaderPosition.of(lines);
          boolean read = lines.nextKeyValue();
          long consumed = ReaderPosition.of(lines) - before;
          Text line = read ? lines.getCurrentValue() : null;
          long skipped = read ? consumed - line.getLength() - delimiterBytes : consumed;
          if (before >= 0 && skipped > maxLine) {
            // Hadoop's reader dropped lines longer than the cap (its key is where they start)
            key.set(TOO_LONG_KEY);
            value.set(new TooLong(before, skipped, false).encode());
            if (read) {
              heldKey = before + skipped;
            } else {
              done = true;
            }
            return true;
          }
          if (read) {
            if (line.getLength() >= maxLine) { // the split's last line, cut at the cap
              boolean known = before >= 0;
              long bytes = known ? consumed - delimiterBytes : line.getLength();
              key.set(TOO_LONG_KEY);
              value.set(new TooLong(lines.getCurrentKey().get(), bytes, !known).encode());
            } else {
              key.set(lines.getCurrentKey().get());
              value.set(line);
            }
            return true;
          }
          done = true;
          return false;
        } catch (IOException | RuntimeException | InternalError e) {
          pending = e;
        }
      }
      done = true;
      failed = true;
      key.set(FAILURE_KEY);
      value.set(describe(pending));
      return true;
    }

    private static String describe(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public LongWritable getCurrentKey() {
      return key;
    }

    @Override
    public Text getCurrentValue() {
      return value;
    }

    @Override
    public float getProgress() {
      try {
        return failed ? 1f : lines.getProgress();
      } catch (IOException e) {
        return 1f;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        lines.close();
      } catch (IOException | RuntimeException e) {
        // Closing a stream that already failed may fail again; the failure is already reported.
      }
    }
  }

  /**
   * The position of Hadoop's line reader after its last record, skipped lines included; -1 when it
   * cannot be read. Its key is where a record's read began, so lines it dropped as too long only
   * show in this position, which Hadoop does not expose: read from its field (covered by
   * FormatReadersTest, which fails if a Hadoop upgrade renames it).
   */
  static final class ReaderPosition {
    private static final java.lang.reflect.Field POS = field();

    private static java.lang.reflect.Field field() {
      try {
        java.lang.reflect.Field f = LineRecordReader.class.getDeclaredField("pos");
        f.setAccessible(true);
        return f;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    static long of(LineRecordReader reader) {
      try {
        return POS == null ? -1 : POS.getLong(reader);
      } catch (IllegalAccessException e) {
        return -1;
      }
    }

    private ReaderPosition() {}
  }

  /** Where a split starts in its file. */
  static long startOf(InputSplit split) {
    return ((FileSplit) split).getStart();
  }

  /** The file of a split, for reports. */
  static String fileOf(InputSplit split) {
    return ((FileSplit) split).getPath().toString();
  }
}
