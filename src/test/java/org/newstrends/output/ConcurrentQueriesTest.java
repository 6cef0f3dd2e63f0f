package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

class ConcurrentQueriesTest {

  @Test
  void writesRunAtTheSameTime() {
    // Each write waits until all three have started: only side by side do they finish.
    CountDownLatch started = new CountDownLatch(3);
    Set<String> done = ConcurrentHashMap.newKeySet();
    List<Runnable> writes = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      writes.add(
          () -> {
            started.countDown();
            try {
              assertTrue(started.await(10, TimeUnit.SECONDS), "the other writes did not start");
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            done.add(name);
          });
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ConcurrentQueries.run(writes, 3));
    assertEquals(Set.of("a", "b", "c"), done);
  }

  @Test
  void aFailureIsThrownAfterEveryOtherWriteHasEnded() {
    Set<String> done = ConcurrentHashMap.newKeySet();
    IllegalStateException first = new IllegalStateException("cannot write cooccurrence");
    IllegalArgumentException second = new IllegalArgumentException("cannot write term_actor");
    List<Runnable> writes =
        List.of(
            () -> {
              throw first;
            },
            () -> {
              sleep(300);
              done.add("entity_trends");
            },
            () -> {
              throw second;
            },
            () -> done.add("corpus_stats"));
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> ConcurrentQueries.run(writes, 2));
    assertSame(first, thrown);
    assertEquals(List.of(second), List.of(thrown.getSuppressed()));
    assertEquals(Set.of("entity_trends", "corpus_stats"), done);
  }

  @Test
  void oneThreadRunsTheWritesInOrderOnTheCallersThread() {
    List<String> order = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Runnable> writes = new ArrayList<>();
    for (String name : List.of("parts", "entity_trends", "cooccurrence")) {
      writes.add(
          () -> {
            assertSame(caller, Thread.currentThread());
            order.add(name);
          });
    }
    ConcurrentQueries.run(writes, 1);
    assertEquals(List.of("parts", "entity_trends", "cooccurrence"), order);
  }

  @Test
  void eachThreadSubmitsItsJobsToItsOwnPoolDefinedInTheJar() throws Exception {
    SparkSession spark = TestSpark.session();
    Set<String> pools = ConcurrentHashMap.newKeySet();
    List<Runnable> queries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      queries.add(() -> pools.add(taskPool(spark)));
    }
    ConcurrentQueries.run(queries, 3);
    assertEquals(
        Set.of(ConcurrentQueries.POOL + 1, ConcurrentQueries.POOL + 2, ConcurrentQueries.POOL + 3),
        pools);
    // The build puts conf/spark/fairscheduler.xml at the jar's root, where Spark reads its pools.
    String file;
    try (var in = ConcurrentQueries.class.getResourceAsStream("/fairscheduler.xml")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (int n = 1; n <= ConcurrentQueries.THREADS; n++) {
      assertTrue(file.contains("<pool name=\"" + ConcurrentQueries.POOL + n + "\">"), "pool " + n);
      assertTrue(spark.sparkContext().getPoolForName(ConcurrentQueries.POOL + n).isDefined());
    }
  }

  @Test
  void aSmallQueryGetsTheNextFreeCoreBeforeTheRestOfALargeStage() {
    // Query "large" is one stage of 4 tasks on local[2]; query "small" submits a one-task job
    // while the large stage's first two tasks run. Under FIFO the large stage's last two tasks
    // would start first; with the threads' fair pools, the small task takes the first free core.
    SparkSession spark = TestSpark.session();
    STARTS.clear();
    CountDownLatch largeRunning = new CountDownLatch(1);
    Runnable large =
        () -> {
          largeRunning.countDown();
          spark
              .range(0, 4, 1, 4)
              .foreach(
                  (ForeachFunction<Long>)
                      i -> {
                        STARTS.add("large");
                        // The first task frees its core well before the second.
                        int p = TaskContext.getPartitionId();
                        Thread.sleep(p == 0 ? 2000 : p == 1 ? 4000 : 200);
                      });
        };
    Runnable small =
        () -> {
          try {
            assertTrue(largeRunning.await(20, TimeUnit.SECONDS));
            long deadline = System.currentTimeMillis() + 20_000;
            while (STARTS.size() < 2 && System.currentTimeMillis() < deadline) {
              Thread.sleep(20);
            }
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          spark.range(0, 1, 1, 1).foreach((ForeachFunction<Long>) i -> STARTS.add("small"));
        };
    assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> ConcurrentQueries.run(List.of(large, small), 2));
    assertEquals(List.of("large", "large", "small", "large", "large"), List.copyOf(STARTS));
  }

  /** Task starts in the order they happened (the test's tasks run in this JVM). */
  private static final java.util.Queue<String> STARTS =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** The scheduler pool a task of a job submitted from the calling thread runs in. */
  private static String taskPool(SparkSession spark) {
    return spark
        .range(1)
        .map(
            (MapFunction<Long, String>)
                i -> TaskContext.get().getLocalProperty("spark.scheduler.pool"),
            Encoders.STRING())
        .first();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
