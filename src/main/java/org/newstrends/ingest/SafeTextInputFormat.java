package org.newstrends.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
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

  @Override
  public RecordReader<LongWritable, Text> createRecordReader(
      InputSplit split, TaskAttemptContext context) {
    return new SafeReader((LineRecordReader) super.createRecordReader(split, context));
  }

  static final class SafeReader extends RecordReader<LongWritable, Text> {
    private final LineRecordReader lines;
    private final LongWritable key = new LongWritable();
    private final Text value = new Text();
    private boolean failed;
    private boolean done;
    private Throwable pending;

    SafeReader(LineRecordReader lines) {
      this.lines = lines;
    }

    @Override
    public void initialize(InputSplit split, TaskAttemptContext context) {
      try {
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
      if (pending == null) {
        try {
          if (lines.nextKeyValue()) {
            key.set(lines.getCurrentKey().get());
            value.set(lines.getCurrentValue());
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

  /** Where a split starts in its file. */
  static long startOf(InputSplit split) {
    return ((FileSplit) split).getStart();
  }

  /** The file of a split, for reports. */
  static String fileOf(InputSplit split) {
    return ((FileSplit) split).getPath().toString();
  }
}
