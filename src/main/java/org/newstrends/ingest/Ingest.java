package org.newstrends.ingest;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.DateWindow;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputFormat;
import org.newstrends.config.InputSpec;

/**
 * Reads every input with the reader of its format into one dataset of {@link ParsedRows}. The
 * inputs are listed first, on the driver: a physical file (by real path) that several inputs (or
 * one input twice, or a name and a glob) reach is read once, by the first input that lists it, and
 * the overlap is reported.
 */
public final class Ingest {

  private Ingest() {}

  /**
   * One physical input file of the run, for the manifest (and for incremental runs to compare).
   *
   * @param input the input (as configured) that reads it
   * @param sha256 SHA-256 of the file as stored, in hex
   */
  public record FileRecord(
      String input, String file, String realPath, long size, String modified, String sha256) {}

  /** A physical file reached by several inputs or paths: read once, by {@code readBy}. */
  public record Overlap(String file, String realPath, String readBy, List<String> alsoListedBy) {}

  /** What was read: the parsed rows and where they came from. */
  public record Result(
      Dataset<Row> parsed,
      List<FileRecord> files,
      List<Overlap> overlaps,
      List<InputFiles.Skipped> skipped,
      DateWindow dateWindow) {}

  /** The reader for a format. */
  public static ArticleReader readerFor(InputFormat format) {
    return switch (format) {
      case TEXT_DUMP -> new TextDumpReader();
      case JSONL -> new JsonLinesReader();
      case CSV -> new CsvReader();
      case FILES -> new FilesReader();
      case WARC -> new WarcReader();
    };
  }

  /** All inputs as one dataset: one row per input record, article or reject. */
  public static Dataset<Row> readAll(
      SparkSession spark, List<InputSpec> inputs, IngestConfig ingest) {
    return read(spark, inputs, ingest, false).parsed();
  }

  /**
   * The inputs of a run, listed and checksummed but not read: which input reads which physical
   * files (each file once), in input order.
   */
  public record Listing(
      List<InputSpec> inputs,
      List<List<InputFiles.Listed>> perInput,
      List<FileRecord> files,
      List<Overlap> overlaps,
      List<InputFiles.Skipped> skipped,
      DateWindow dateWindow) {}

  /**
   * Lists and reads all inputs.
   *
   * @param checksums whether to compute each file's SHA-256 (a parallel pass over the input bytes)
   */
  public static Result read(
      SparkSession spark, List<InputSpec> inputs, IngestConfig ingest, boolean checksums) {
    Listing listing = list(spark, inputs, ingest, checksums);
    return new Result(
        read(spark, listing, ingest, null),
        listing.files(),
        listing.overlaps(),
        listing.skipped(),
        listing.dateWindow());
  }

  /**
   * Reads the listed files whose path ({@link FileRecord#file()}) is in {@code only}, or all of
   * them when {@code only} is null: one row per input record, article or reject.
   */
  public static Dataset<Row> read(
      SparkSession spark, Listing listing, IngestConfig ingest, java.util.Set<String> only) {
    Dataset<Row> parsed = null;
    for (int i = 0; i < listing.inputs().size(); i++) {
      InputSpec input = listing.inputs().get(i);
      List<InputFiles.Listed> files = listing.perInput().get(i);
      if (only != null) {
        files = files.stream().filter(f -> only.contains(f.file())).toList();
        if (files.isEmpty()) {
          continue;
        }
      }
      Dataset<Row> one =
          readerFor(input.inputFormat()).read(spark, input, files, ingest, listing.dateWindow());
      parsed = parsed == null ? one : parsed.union(one);
    }
    return parsed == null ? ArticleReader.empty(spark) : parsed;
  }

  /** A directory as {@link InputFiles.Listed#identity} names what lies in it: links resolved. */
  private static String identity(org.apache.hadoop.fs.Path dir, Configuration conf) {
    try {
      org.apache.hadoop.fs.Path qualified = dir.getFileSystem(conf).makeQualified(dir);
      if (!"file".equals(qualified.toUri().getScheme())) {
        return qualified.toString();
      }
      java.nio.file.Path local = java.nio.file.Path.of(qualified.toUri());
      return "file:"
          + (java.nio.file.Files.exists(local) ? local.toRealPath() : local.toAbsolutePath());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot resolve the output directory " + dir, e);
    }
  }

  /**
   * Lists all inputs on the driver (a physical file reached twice is read by the first input that
   * lists it) and, when asked, checksums every file.
   */
  public static Listing list(
      SparkSession spark, List<InputSpec> inputs, IngestConfig ingest, boolean checksums) {
    return list(spark, inputs, ingest, checksums, null);
  }

  /**
   * {@link #list}, leaving out the files of the run's own output directory {@code output} (an
   * output inside an input folder): its tables, report and manifest are never read back as input.
   * Each input that reached them lists the output as skipped.
   */
  public static Listing list(
      SparkSession spark,
      List<InputSpec> inputs,
      IngestConfig ingest,
      boolean checksums,
      org.apache.hadoop.fs.Path output) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs");
    }
    Configuration conf =
        Codecs.register(new Configuration(spark.sparkContext().hadoopConfiguration()));
    DateWindow window = ingest.dateWindow(LocalDate.now(ZoneOffset.UTC));
    Map<String, String> readBy = new LinkedHashMap<>(); // physical file -> input
    Map<String, InputFiles.Listed> firstListed = new HashMap<>(); // physical file -> name read
    Map<String, Overlap> overlaps = new LinkedHashMap<>();
    List<InputFiles.Skipped> skipped = new ArrayList<>();
    List<List<InputFiles.Listed>> perInput = new ArrayList<>();
    List<InputFiles.Listed> all = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    String ownOutput = output == null ? null : identity(output, conf) + "/";
    for (InputSpec input : inputs) {
      InputFiles.Listing listing = InputFiles.list(input.path(), conf, ingest.followSymlinks());
      if (!listing.matched()) {
        throw new IllegalArgumentException(
            "input path '" + input.path() + "' does not exist (or the glob matches no file)");
      }
      skipped.addAll(listing.skipped());
      List<InputFiles.Listed> mine = new ArrayList<>();
      boolean reachedOutput = false;
      for (InputFiles.Listed file : listing.files()) {
        if (ownOutput != null && file.identity().startsWith(ownOutput)) {
          reachedOutput = true;
          continue;
        }
        String owner = readBy.putIfAbsent(file.physical(), input.path());
        if (owner == null) {
          mine.add(file);
          all.add(file);
          owners.add(input.path());
          firstListed.put(file.physical(), file);
        } else {
          InputFiles.Listed read = firstListed.get(file.physical());
          Overlap o =
              overlaps.computeIfAbsent(
                  file.physical(),
                  k -> new Overlap(read.file(), read.identity(), owner, new ArrayList<>()));
          o.alsoListedBy()
              .add(input.path() + (file.file().equals(o.file()) ? "" : " as " + file.file()));
        }
      }
      if (reachedOutput) {
        skipped.add(
            new InputFiles.Skipped(
                output.toString(),
                "the run's own output directory, inside input '"
                    + input.path()
                    + "': not read as input"));
      }
      perInput.add(mine);
    }
    List<String> sums =
        checksums ? checksums(spark, conf, all) : java.util.Collections.nCopies(all.size(), null);
    List<FileRecord> files = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      InputFiles.Listed f = all.get(i);
      files.add(
          new FileRecord(
              owners.get(i),
              f.file(),
              f.identity(),
              f.size(),
              java.time.Instant.ofEpochMilli(f.modifiedMillis()).toString(),
              sums.get(i)));
    }
    return new Listing(
        List.copyOf(inputs), perInput, files, List.copyOf(overlaps.values()), skipped, window);
  }

  /** SHA-256 of each file as stored, computed by Spark tasks in parallel. */
  private static List<String> checksums(
      SparkSession spark, Configuration conf, List<InputFiles.Listed> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf hadoop = new HadoopConf(conf);
    List<String> names = files.stream().map(InputFiles.Listed::file).toList();
    int slices = Math.max(1, Math.min(names.size(), 4 * jsc.defaultParallelism()));
    jsc.setJobDescription("newstrends: input checksums");
    try {
      return jsc.parallelize(names, slices).map(name -> sha256(name, hadoop)).collect();
    } finally {
      jsc.setJobDescription(null);
    }
  }

  private static String sha256(String file, HadoopConf conf) {
    try {
      Path path = new Path(file);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (Exception e) {
      return "unreadable: " + e.getClass().getSimpleName();
    }
  }
}
