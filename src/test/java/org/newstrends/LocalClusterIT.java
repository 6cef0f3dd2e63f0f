package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submits the shaded jar to a real Spark standalone cluster on loopback (one master, two workers,
 * separate JVMs, started by {@code jobs/local-cluster.sh}) with {@code jobs/submit.sh}, kills one
 * executor while it runs, and checks every table equals that of {@code jobs/run-local.sh} on the
 * same input.
 *
 * <p>One cluster run, not two: an undisturbed run of the sample on the cluster, compared with a
 * local run, was a second test until 2026-12-01. The run with a lost executor checks all it checked
 * (the shaded jar, {@code submit.sh}, the master in the manifest, the articles and every other
 * table) on the distributed dedup plan; what it left out is the dedup of a small input in the
 * driver, which is the same code on a cluster as in the local runs of the unit tests. It saved
 * about two minutes of the suite's time (two job runs).
 */
class LocalClusterIT {

  private static final Path PROJECT =
      Path.of(System.getProperty("newstrends.projectDir", ".")).toAbsolutePath();
  private static final Path WORK = PROJECT.resolve("target/it-cluster");
  private static int masterPort;

  /**
   * Spark's default of 200 shuffle partitions made the sample's cluster run 3,300 tasks of a few
   * milliseconds each (about 3 minutes on two one-core workers). Four is what two small executors
   * need; it also differs from the local run's 8, so the equality checks cover a change of
   * partitioning as well.
   */
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions=4";

  @BeforeAll
  static void startCluster() throws Exception {
    ShadedJarIT.shadedJar();
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      masterPort = socket.getLocalPort();
    }
    Files.createDirectories(WORK);
    run(List.of("bash", "jobs/local-cluster.sh", "start"), "cluster-start", 180);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    run(List.of("bash", "jobs/local-cluster.sh", "stop"), "cluster-stop", 60);
  }

  /**
   * Kills one executor (SIGKILL) while the cluster run deduplicates: its cached blocks and shuffle
   * files are lost and must be recomputed from lineage. Every table must equal an undisturbed local
   * run's. The input is the sample four times over (copy k dated k years later): enough for dedup's
   * distributed stages to run for seconds on the cluster, so the kill, within 100 ms of the dedup
   * marker, lands while they run (ten copies took both runs about 170 s of the suite's time, four
   * about half).
   */
  @Test
  void executorLossDuringDedupLeavesTheSameOutput() throws Exception {
    Path input = WORK.resolve("sample-x" + COPIES + ".txt");
    StringBuilder text = new StringBuilder();
    String sample = Files.readString(PROJECT.resolve("data/sample/articles.txt"));
    java.util.regex.Pattern header = java.util.regex.Pattern.compile("(?m)^ date (\\d{4})");
    for (int k = 0; k < COPIES; k++) {
      int years = k;
      text.append(
          header
              .matcher(sample)
              .replaceAll(m -> " date " + (Integer.parseInt(m.group(1)) + years)));
      if (text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }
    Files.writeString(input, text);
    Path local = WORK.resolve("loss-local-out");
    Path cluster = WORK.resolve("loss-cluster-out");
    List<String> args = List.of("--input", input.toString(), "--format", "text-dump", "--output");
    List<String> localRun = new ArrayList<>(List.of("bash", "jobs/run-local.sh"));
    localRun.addAll(args);
    localRun.add(local.toString());
    run(localRun, "loss-run-local", 600);

    List<String> submit =
        new ArrayList<>(
            List.of(
                "bash",
                "jobs/submit.sh",
                "--master",
                "spark://127.0.0.1:" + masterPort,
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--conf",
                "spark.executor.memory=1g",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                SHUFFLE_PARTITIONS,
                // the distributed dedup plan, whose shuffles and cached blocks the loss hits,
                // although this input is small enough to be decided in the driver
                "--conf",
                org.newstrends.dedup.Deduplication.DRIVER_ARTICLES_PROPERTY + "=0",
                "--"));
    submit.addAll(args);
    submit.add(cluster.toString());
    Path log = WORK.resolve("loss-submit.log");
    Process process = start(submit, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    boolean killed = false;
    while (process.isAlive() && System.nanoTime() < deadline) {
      if (!killed
          && Files.exists(log)
          && Files.readString(log).contains(DEDUP_MARKER)
          && killOneExecutor()) {
        killed = true;
      }
      Thread.sleep(100);
    }
    if (process.isAlive()) {
      process.destroyForcibly();
      throw new AssertionError("submit timed out; see " + log);
    }
    assertTrue(killed, "an executor was killed during dedup; see " + log);
    assertEquals(0, process.exitValue(), "submit failed: " + Files.readString(log));
    String manifest = Files.readString(cluster.resolve("manifest.json"));
    assertTrue(
        manifest.contains("\"master\" : \"spark://127.0.0.1:" + masterPort + "\""), manifest);
    assertTrue(manifest.contains("\"records_read\" : " + COPIES * SAMPLE_RECORDS), manifest);
    assertTrue(
        Files.readString(log).contains("ExecutorLost")
            || Files.readString(log).contains("Lost executor"),
        "Spark saw the executor loss; see " + log);
    for (String table :
        List.of(
            "articles",
            "mentions",
            "entity_trends",
            "cooccurrence",
            "term_actor",
            "corpus_stats")) {
      List<String> expected = table(local, table);
      assertTrue(expected.size() > 0, table);
      if (table.equals("articles")) {
        assertEquals(COPIES * SAMPLE_RECORDS, expected.size());
      }
      assertEquals(expected, table(cluster, table), table);
    }
  }

  /** Records in {@code data/sample/articles.txt}. */
  private static final int SAMPLE_RECORDS = 301;

  /** Copies of the sample in the executor-loss test's input. */
  private static final int COPIES = 4;

  /** The dedup stage's start, as the job logs it. */
  private static final String DEDUP_MARKER = "dedup: grouping wire copies";

  private static boolean killOneExecutor() {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("CoarseGrainedExecutorBackend"))
                    .orElse(false))
        .findFirst()
        .map(ProcessHandle::destroyForcibly)
        .orElse(false);
  }

  /** Every row of a table, sorted, as text. */
  private static List<String> table(Path out, String table) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM read_parquet('"
                    + out.resolve(table)
                    + "/*.parquet"
                    + "', union_by_name=true) ORDER BY ALL")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(rs.getString(i)).append('\u0001');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static void run(List<String> command, String name, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = WORK.resolve(name + ".log");
    Process process = start(command, log);
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(name + " timed out; see " + log);
    }
    assertEquals(0, process.exitValue(), name + " failed: " + Files.readString(log));
  }

  private static Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_HOME", PROJECT.resolve("target/spark-home").toString());
    env.put("NEWSTRENDS_MASTER_PORT", Integer.toString(masterPort));
    env.put("NEWSTRENDS_CLUSTER_DIR", WORK.resolve("cluster").toString());
    env.put("NEWSTRENDS_WORKER_MEMORY", "1500m");
    env.remove("NEWSTRENDS_CONFIG");
    return builder.start();
  }
}
