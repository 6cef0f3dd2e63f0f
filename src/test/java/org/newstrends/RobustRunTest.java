package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.config.MeasureConfig;
import org.newstrends.ingest.Ingest;
import org.newstrends.ingest.InputFiles;
import org.newstrends.output.Manifest;
import org.newstrends.output.OutputDirectory;
import org.newstrends.output.Tables;
import org.newstrends.testing.TestSpark;

/**
 * Issue 10, items 2-5 and 11 at job level: each physical file read once, links and FIFOs, the
 * output lock, leftovers of killed runs, a sibling that is not the run's own, the manifest's record
 * of its inputs.
 */
class RobustRunTest {

  @TempDir Path dir;

  private static final String RECORD =
      " date 2023-12-%02d WORLD\nTitle %s\nBody of %s.\nSOURCE:X\n";

  private static JobConfig config(
      Path output, IngestConfig ingest, String format, String... inputs) {
    List<InputSpec> specs = Stream.of(inputs).map(p -> new InputSpec(p, format)).toList();
    return new JobConfig(specs, output.toString(), ingest)
        .withMeasure(
            new MeasureConfig(List.of(), null, null, null, null, null, null, null, null, null));
  }

  private static JobConfig config(Path output, String... inputs) {
    return config(output, new IngestConfig(0, 0), "text-dump", inputs);
  }

  private Path textFile(Path file, String name) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.format(RECORD, name.length() % 28 + 1, name, name));
  }

  // Issue 10, item 2: --input G,G published every record twice; a name and a glob failed late.
  @Test
  void aFileReachedTwiceOrByANameAndAGlobIsReadOnce() throws Exception {
    Path a = textFile(dir.resolve("in/a.txt"), "a");
    textFile(dir.resolve("in/b.txt"), "bb");
    Path out = dir.resolve("out");
    Manifest m =
        NewstrendsJob.run(
            TestSpark.session(),
            config(out, a.toString(), a.toString(), dir.resolve("in/*.txt").toString()),
            "once");
    assertEquals(2, m.recordsRead());
    assertEquals(2, m.articles());
    assertEquals(
        List.of(1L, 0L, 1L), m.inputs().stream().map(Manifest.InputCounts::articles).toList());
    assertEquals(1, m.details().inputOverlaps().size());
    Ingest.Overlap overlap = (Ingest.Overlap) m.details().inputOverlaps().get(0);
    assertEquals(2, overlap.alsoListedBy().size());
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"input_overlaps\""));
  }

  // An output inside an input folder was read back by the next run: its tables, report and
  // manifest became rejects (or articles, in the files format), more with each run.
  @Test
  void anOutputInsideAnInputFolderIsNeverReadBack() throws Exception {
    Path in = dir.resolve("in");
    textFile(in.resolve("a.txt"), "a");
    textFile(in.resolve("b.txt"), "bb");
    Path out = in.resolve("out");
    Manifest first = NewstrendsJob.run(TestSpark.session(), config(out, in.toString()), "first");
    assertTrue(Files.exists(out.resolve("manifest.json")));
    Manifest second = NewstrendsJob.run(TestSpark.session(), config(out, in.toString()), "second");
    for (Manifest m : List.of(first, second)) {
      assertEquals(2, m.recordsRead());
      assertEquals(2, m.articles());
      assertEquals(0, m.rejects());
    }
    assertEquals(
        List.of(
            new InputFiles.Skipped(
                "file:" + out.toRealPath(),
                "the run's own output directory, inside input '" + in + "': not read as input")),
        second.details().skippedInputs());
  }

  // A hard link has a path of its own: the file it shares with another name was read twice.
  @Test
  void aFileWithTwoHardLinksIsReadOnce() throws Exception {
    Path a = textFile(dir.resolve("in/a.txt"), "a");
    Files.createLink(dir.resolve("in/b.txt"), a);
    textFile(dir.resolve("in/c.txt"), "c");
    Ingest.Listing listing =
        Ingest.list(
            TestSpark.session(),
            List.of(new InputSpec(dir.resolve("in").toString(), "text-dump")),
            new IngestConfig(0, 0),
            false);
    assertEquals(
        List.of("a.txt", "c.txt"),
        listing.files().stream()
            .map(f -> f.file().substring(f.file().lastIndexOf('/') + 1))
            .toList());
    assertEquals(1, listing.overlaps().size());
    assertTrue(
        listing.overlaps().get(0).alsoListedBy().get(0).endsWith("b.txt"),
        listing.overlaps().toString());
  }

  // Issue 10, items 3 and 4: symlink loops were followed (41 times, or forever); a FIFO hung.
  @Test
  void linkLoopsAreNeverFollowedFoldersLinksOnlyWhenAskedAndFifosAreSkipped() throws Exception {
    Path in = dir.resolve("in");
    for (String name : List.of("x/one.txt", "x/two.txt", "y/three.txt")) {
      textFile(in.resolve(name), name);
    }
    Files.createSymbolicLink(in.resolve("x/loop"), Path.of(".."));
    Files.createSymbolicLink(in.resolve("y/loop2"), Path.of("../x"));
    Path outside = textFile(dir.resolve("elsewhere/four.txt"), "four");
    Files.createSymbolicLink(in.resolve("y/four-link.txt"), outside);
    Files.createSymbolicLink(in.resolve("y/dangling.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(in.resolve("y/ring-a.txt"), Path.of("ring-b.txt"));
    Files.createSymbolicLink(in.resolve("y/ring-b.txt"), Path.of("ring-a.txt"));
    boolean fifo = mkfifo(in.resolve("y/pipe.txt"));

    InputFiles.Listing listing =
        InputFiles.list(in.toString(), new org.apache.hadoop.conf.Configuration(), false);
    assertEquals(4, listing.files().size(), listing.toString());
    List<String> reasons = listing.skipped().stream().map(InputFiles.Skipped::reason).toList();
    assertEquals(
        2,
        reasons.stream().filter(r -> r.startsWith("symbolic link to a folder")).count(),
        reasons.toString());
    assertTrue(reasons.contains("broken symbolic link"), reasons.toString());
    assertEquals(
        2,
        reasons.stream().filter(r -> r.equals("symbolic link loop, not followed")).count(),
        "a ring of file links is a loop, not a broken link: " + reasons);
    if (fifo) {
      assertTrue(
          reasons.stream().anyMatch(r -> r.startsWith("not a regular file")), reasons.toString());
    }

    InputFiles.Listing followed =
        InputFiles.list(in.toString(), new org.apache.hadoop.conf.Configuration(), true);
    assertEquals(4, followed.files().stream().map(InputFiles.Listed::identity).distinct().count());

    Manifest m =
        NewstrendsJob.run(
            TestSpark.session(),
            config(
                dir.resolve("out"),
                new IngestConfig(0, 0, null, null, true),
                "text-dump",
                in.toString()),
            "links");
    assertEquals(4, m.articles(), "each physical file once, loops or not");
    assertEquals(0, m.rejects());
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  // Issue 10, items 5 and 11: a rerun deleted a sibling `.<output>.previous`; staging left by
  // kill -9 stayed forever; two runs into one output raced.
  @Test
  void theOutputIsLockedLeftoversOfKilledRunsGoAndForeignSiblingsStay() throws Exception {
    Path a = textFile(dir.resolve("in/a.txt"), "a");
    Path out = dir.resolve("out");
    NewstrendsJob.run(TestSpark.session(), config(out, a.toString()), "first");

    Path userFolder = Files.createDirectories(dir.resolve(".out.previous"));
    Files.writeString(userFolder.resolve("notes.txt"), "mine");
    Path killedStaging =
        Files.createDirectories(dir.resolve(".out.staging-20261129T010203-deadbeef"));
    Files.writeString(killedStaging.resolve("part-0.parquet"), "half written");
    Path lock = dir.resolve(".out.lock");
    Files.writeString(
        lock,
        "run_id=other\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\npid="
            + ProcessHandle.current().pid()
            + "\nstarted=2026-11-29T01:00:00Z\n");

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> NewstrendsJob.run(TestSpark.session(), config(out, a.toString()), "second"));
    assertTrue(
        refused.getMessage().contains("is locked by another newstrends run (run other"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains(lock.toString()), refused.getMessage());
    assertThrows(
        IllegalStateException.class,
        () ->
            OutputDirectory.checkReplaceable(
                out.toString(), new org.apache.hadoop.conf.Configuration()));
    assertTrue(Files.exists(killedStaging), "nothing is touched while another run holds the lock");

    // The holder died (a pid that does not run): its lock is stale and the next run takes over.
    Files.writeString(lock, Files.readString(lock).replaceAll("pid=\\d+", "pid=" + deadPid()));
    Manifest third = NewstrendsJob.run(TestSpark.session(), config(out, a.toString()), "third");
    assertEquals(1, third.articles());
    assertFalse(Files.exists(killedStaging), "the killed run's staging is removed");
    assertFalse(Files.exists(lock), "the lock is released");
    assertEquals("mine", Files.readString(userFolder.resolve("notes.txt")), "not its own: kept");
    assertEquals(2, third.details().recovered().size(), third.details().recovered().toString());
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(
          List.of(".out.previous", "in", "out"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  // 2026-12-04: a disk that filled while the report was written ended the run in Hadoop's FSError
  // (an Error, not an exception), which passed the job's abort: staging and lock stayed behind.
  @Test
  void aFullDiskFailsTheRunCleanlyAndAReportThatDoesNotFitCostsOnlyTheReport() throws Exception {
    Path a = textFile(dir.resolve("in/a.txt"), "a");
    Path out = dir.resolve("out");
    org.apache.spark.sql.SparkSession spark = TestSpark.session();
    org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String scheme = org.apache.hadoop.fs.FullDiskFileSystem.SCHEME;
    hadoop.set("fs." + scheme + ".impl", org.apache.hadoop.fs.FullDiskFileSystem.class.getName());
    hadoop.setBoolean("fs." + scheme + ".impl.disable.cache", true);
    JobConfig job =
        new JobConfig(
                List.of(new InputSpec(a.toString(), "text-dump")),
                scheme + "://" + out,
                new IngestConfig(0, 0))
            .withMeasure(
                new MeasureConfig(List.of(), null, null, null, null, null, null, null, null, null));
    try {
      hadoop.set(org.apache.hadoop.fs.FullDiskFileSystem.FAIL, Tables.MANIFEST);
      java.io.UncheckedIOException failed =
          assertThrows(
              java.io.UncheckedIOException.class, () -> NewstrendsJob.run(spark, job, "full"));
      assertEquals("No space left on device", failed.getCause().getMessage());
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(
            List.of("in"),
            left.map(p -> p.getFileName().toString()).toList(),
            "no output, no staging directory, no lock");
      }

      hadoop.set(org.apache.hadoop.fs.FullDiskFileSystem.FAIL, "index.html");
      Manifest published = NewstrendsJob.run(spark, job, "report-full");
      assertEquals(1, published.articles());
      assertTrue(Files.exists(out.resolve(Tables.MANIFEST)));
      assertFalse(Files.exists(out.resolve("report/index.html")), "the report alone is missing");
      assertFalse(published.outputs().containsKey("report"), published.outputs().toString());
      assertTrue(published.outputs().containsKey(Tables.ARTICLES), published.outputs().toString());
      String written = Files.readString(out.resolve(Tables.MANIFEST));
      assertFalse(written.contains("report/index.html"), written);
    } finally {
      hadoop.unset(org.apache.hadoop.fs.FullDiskFileSystem.FAIL);
    }
  }

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  // Issue 10, item 1 at job level, and the manifest's record of every input file.
  @Test
  void impossibleDatesDoNotStopTheRunAndTheManifestRecordsEveryInputFile() throws Exception {
    Path jsonl = dir.resolve("in/a.jsonl");
    Files.createDirectories(jsonl.getParent());
    Files.writeString(
        jsonl,
        "{\"title\":\"ok\",\"body\":\"b\",\"date\":\"2023-01-01T00:00:00Z\"}\n"
            + "{\"title\":\"far\",\"body\":\"b\",\"date\":\"2263-01-01T00:00:00Z\"}\n"
            + "{\"title\":\"max\",\"body\":\"b\",\"date\":\"9999-12-31T23:59:59Z\"}\n"
            + "{\"title\":\"min\",\"body\":\"b\",\"date\":-62135596800}\n"
            + "{\"title\":\"huge\",\"body\":\"b\",\"date\":1e308}\n"
            + "{\"title\":\"zero\",\"body\":\"b\",\"date\":\"0000-01-01\"}\n");
    Path out = dir.resolve("out");
    Manifest m =
        NewstrendsJob.run(
            TestSpark.session(),
            config(out, new IngestConfig(0, 0), "jsonl", jsonl.toString()),
            "dates");
    assertEquals(6, m.recordsRead());
    assertEquals(1, m.articles());
    assertEquals(java.util.Map.of("impossible_date", 5L), m.details().rejectsByReason());
    assertEquals(
        List.of(2023),
        TestSpark.session()
            .read()
            .parquet(out.resolve("articles").toString())
            .select("published_year")
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getInt(0))
            .toList());
    Ingest.FileRecord file = (Ingest.FileRecord) m.details().inputFiles().get(0);
    assertEquals(Files.size(jsonl), file.size());
    assertEquals(
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jsonl))),
        file.sha256());
    assertEquals(
        Files.getLastModifiedTime(jsonl).toMillis(),
        java.time.Instant.parse(file.modified()).toEpochMilli());
    String manifest = Files.readString(out.resolve("manifest.json"));
    for (String key :
        List.of(
            "\"input_files\"",
            "\"sha256\"",
            "\"rejects_by_reason\"",
            "\"date_window\"",
            "\"list_inputs\"")) {
      assertTrue(manifest.contains(key), key);
    }
    StringWriter console = new StringWriter();
    RunReport.summary(new PrintWriter(console), m);
    assertTrue(
        console.toString().contains("rejects by reason:  impossible_date 5"), console.toString());
    assertTrue(console.toString().contains("time per stage (ms):"), console.toString());
  }
}
