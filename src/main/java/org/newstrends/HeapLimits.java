package org.newstrends;

import org.apache.spark.sql.SparkSession;

/**
 * Limits on how much the job holds on one heap (rows decided in the driver, rows broadcast to the
 * executors): a Spark property when set, else a default bounded by the driver's heap.
 */
public final class HeapLimits {

  private HeapLimits() {}

  /**
   * The Spark property {@code property} of {@code spark}'s session as a number when set; else
   * {@code most}, and at most one item per {@code heapBytesPerItem} bytes of this JVM's maximum
   * heap.
   */
  public static long of(SparkSession spark, String property, long most, long heapBytesPerItem) {
    return spark
        .conf()
        .getOption(property)
        .map(Long::parseLong)
        .getOrElse(() -> Math.min(most, Runtime.getRuntime().maxMemory() / heapBytesPerItem));
  }
}
