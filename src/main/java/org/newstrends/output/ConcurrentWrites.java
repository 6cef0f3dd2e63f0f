package org.newstrends.output;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent writes (each one Spark query) at the same time from a few driver threads, so the
 * cores a small or one-file write leaves idle work on the next one: the measure stage's roll-up
 * parts and tables are many short queries, and a one-file table is sorted and written by one task.
 * Spark schedules the jobs of concurrent queries side by side (FIFO: the earlier job's tasks first,
 * free cores to the next).
 *
 * <p>All writes run to their end; the first failure is then thrown (the others added to it as
 * suppressed), so the caller aborts the run as it would for a failed sequential write.
 */
public final class ConcurrentWrites {

  /**
   * Writes at the same time: enough to fill the cores around one-task writes, few plans at once.
   */
  public static final int THREADS = 4;

  private ConcurrentWrites() {}

  /** Runs {@code writes} with up to {@link #THREADS} at a time; returns when all have ended. */
  public static void run(List<Runnable> writes) {
    run(writes, THREADS);
  }

  /** Runs {@code writes} with up to {@code threads} at a time; returns when all have ended. */
  public static void run(List<Runnable> writes, int threads) {
    if (writes.size() <= 1 || threads <= 1) {
      writes.forEach(Runnable::run);
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, writes.size()),
            r -> {
              Thread t = new Thread(r, "newstrends-write-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable w : writes) {
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
}
