package org.newstrends;

import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newstrends.config.ConfigException;

/**
 * Limits on how much the job holds on one heap (rows decided in the driver, rows broadcast to the
 * executors): a Spark property when set, else a default bounded by the driver's heap.
 */
public final class HeapLimits {

  private HeapLimits() {}

  /**
   * One limit: at most {@code most} items, and at most one per {@code heapBytesPerItem} bytes of
   * the driver's maximum heap, unless the Spark property {@code property} sets it.
   *
   * @param items what is counted, for messages ("articles decided in the driver")
   */
  public record Limit(String property, long most, long heapBytesPerItem, String items) {

    /** The limit when {@link #property} is not set, on a heap of at most {@code maxHeap} bytes. */
    public long byHeap(long maxHeap) {
      return Math.min(most, maxHeap / heapBytesPerItem);
    }
  }

  /**
   * The Spark property of {@code spark}'s session when set ({@link #parse}), else the default
   * bounded by this JVM's maximum heap. A property above the heap's bound is used as set: the run
   * command refused it before Spark started ({@link #check}).
   */
  public static long of(SparkSession spark, Limit limit) {
    return spark
        .conf()
        .getOption(limit.property())
        .map(value -> parse(limit, value))
        .getOrElse(() -> limit.byHeap(Runtime.getRuntime().maxMemory()));
  }

  /**
   * Checks the properties of {@code limits} set in {@code conf} before Spark starts: each is a
   * whole number, 0 or more, and at most the bound of a heap of {@code maxHeap} bytes. A driver
   * told to hold more than its heap does not fail with an error: it collects garbage until Spark's
   * heartbeat times out (docs/operations.md), so such a setting is a configuration error.
   *
   * @throws ConfigException naming the property, its value and the heap it needs
   */
  public static void check(SparkConf conf, long maxHeap, List<Limit> limits) {
    for (Limit limit : limits) {
      if (!conf.contains(limit.property())) {
        continue;
      }
      long value = parse(limit, conf.get(limit.property()));
      long bound = maxHeap / limit.heapBytesPerItem();
      if (value > bound) {
        throw new ConfigException(
            String.format(
                Locale.ROOT,
                "Spark property %s=%d asks the driver's heap to hold more than it can: %d %s"
                    + " need about %s (%d bytes each) and the heap is %s, enough for %d. Give the"
                    + " driver more memory (--driver-memory, -Xmx) or lower the property; left"
                    + " unset, it follows the heap",
                limit.property(),
                value,
                value,
                limit.items(),
                gigabytes(value * (double) limit.heapBytesPerItem()),
                limit.heapBytesPerItem(),
                gigabytes(maxHeap),
                bound));
      }
    }
  }

  /** A property's value as a whole number, 0 or more. */
  static long parse(Limit limit, String value) {
    try {
      long n = Long.parseLong(value.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(
        "Spark property "
            + limit.property()
            + "='"
            + value
            + "' is not a whole number, 0 or more (the most "
            + limit.items()
            + ")");
  }

  private static String gigabytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
