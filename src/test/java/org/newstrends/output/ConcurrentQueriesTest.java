package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
