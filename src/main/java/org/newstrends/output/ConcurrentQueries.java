package org.newstrends.output;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;

/**
 * Runs independent Spark queries (table writes, the report's sections) at the same time from a few
 * driver threads, so the cores a small or one-file query leaves idle work on the next one: the
 * measure stage's roll-up parts and tables are many short queries, a one-file table is sorted and
 * written by one task, and the report is a dozen small collects.
 *
 * <p>Each driver thread submits its jobs to a scheduler pool of its own ({@link #POOL} and the
 * thread's number, defined in {@code fairscheduler.xml} with equal weights). Under Spark's fair
 * scheduling ({@code spark.scheduler.mode FAIR}, set in {@code conf/spark}) a free core goes to the
 * pool with the fewest running tasks, so the small stages of one query no longer wait behind all
 * the tasks of a large stage another query submitted a moment earlier, as they do under FIFO; under
 * FIFO the pools are ignored.
 *
 * <p>All queries run to their end; the first failure is then thrown (the others added to it as
 * suppressed), so the caller fails as it would for a failed query run one after another.
 */
public final class ConcurrentQueries {

  /** Queries at the same time: enough to fill the cores around one-task queries, few at once. */
  public static final int THREADS = 4;

  /** The scheduler pool of driver thread {@code n} (1..{@link #THREADS}) is this name and n. */
  public static final String POOL = "newstrends-query-";

  private ConcurrentQueries() {}

  /** Runs {@code queries} with up to {@link #THREADS} at a time; returns when all have ended. */
  public static void run(List<Runnable> queries) {
    run(queries, THREADS);
  }

  /** Runs {@code queries} with up to {@code threads} at a time; returns when all have ended. */
  public static void run(List<Runnable> queries, int threads) {
    if (queries.size() <= 1 || threads <= 1) {
      queries.forEach(Runnable::run);
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, queries.size()),
            r -> {
              String name = POOL + n.incrementAndGet();
              Thread t = new Thread(() -> inPool(name, r), name);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable w : queries) {
        running.add(pool.submit(w));
      }
      Throwable failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause();
          } else {
            failure.addSuppressed(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running.forEach(r -> r.cancel(true));
          throw new IllegalStateException("interrupted while writing", e);
        }
      }
      if (failure instanceof RuntimeException re) {
        throw re;
      }
      if (failure instanceof Error err) {
        throw err;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs {@code r} with the Spark jobs of this thread in scheduler pool {@code name} (Spark's
   * thread-local job property), when a Spark session exists.
   */
  private static void inPool(String name, Runnable r) {
    scala.Option<SparkSession> spark = SparkSession.getDefaultSession();
    if (spark.isDefined()) {
      spark.get().sparkContext().setLocalProperty("spark.scheduler.pool", name);
    }
    r.run();
  }
}
