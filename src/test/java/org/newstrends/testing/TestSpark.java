package org.newstrends.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: {@code local[2]}, UI off, two shuffle partitions, loopback
 * host, UTC, ANSI mode on, fair scheduling, compiled code whatever the input's size, a cache of
 * generated code large enough to hold every run's classes (stated here and asserted by {@code
 * TestSparkTest}).
 */
public final class TestSpark {

  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("newstrends-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.ansi.enabled", "true")
              // As conf/spark/local.conf and cluster.conf: fair sharing between the pools of
              // ConcurrentQueries' threads.
              .config("spark.scheduler.mode", "FAIR")
              // Spark's defaults, stated so that the job's small-input settings (SmallInputs) leave
              // them alone: the tests' small fixtures run the compiled code a large input runs.
              .config("spark.sql.codegen.wholeStage", "true")
              .config("spark.sql.codegen.factoryMode", "FALLBACK")
              // As conf/spark/local.conf and cluster.conf: no whole-stage code in methods too large
              // for the JIT (HugeMethodLimitTest).
              .config("spark.sql.codegen.hugeMethodLimit", "8000")
              // As conf/spark/local.conf and cluster.conf: kept datasets compressed on disk
              // (ScratchCompressionTest).
              .config("spark.rdd.compress", "true")
              // As conf/spark/local.conf and cluster.conf: kept datasets as binary rows
              // (RowBatchSerializerTest).
              .config("spark.sql.cache.serializer", "org.newstrends.RowBatchSerializer")
              // Room for every generated class of every job run in this JVM (Spark keeps 100): the
              // suite runs the job dozens of times, and each run generates the same classes again.
              // With the default, a run's own queries evicted the previous run's classes, so Janino
              // compiled them again; IncrementalRunTest (ten job runs) took 303 s, with this 251 s.
              .config("spark.sql.codegen.cache.maxEntries", "5000")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
