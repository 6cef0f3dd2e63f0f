package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.newstrends.config.ConfigException;
import org.newstrends.dedup.Deduplication;

/** The limits on what one heap holds, and their check before Spark starts. */
class HeapLimitsTest {

  private static final HeapLimits.Limit LIMIT =
      new HeapLimits.Limit("spark.newstrends.test.maxItems", 1_000, 100, "test items");

  private static final long HEAP = 50_000; // bytes: room for 500 items of 100 bytes

  @Test
  void theDefaultIsTheSmallerOfTheMostAndTheHeapsBound() {
    assertEquals(500, LIMIT.byHeap(HEAP));
    assertEquals(1_000, LIMIT.byHeap(10 * HEAP));
    // -Xmx3g gives a maximum heap of 2,863,661,056 bytes: 349,568 articles decided in the driver
    assertEquals(349_568, Deduplication.DRIVER_LIMIT.byHeap(2_863_661_056L));
  }

  @Test
  void unsetOrWithinTheHeapIsAccepted() {
    for (String value : List.of("0", "1", "500", " 500 ")) {
      SparkConf conf = new SparkConf(false).set(LIMIT.property(), value);
      assertDoesNotThrow(() -> HeapLimits.check(conf, HEAP, List.of(LIMIT)), value);
    }
    assertDoesNotThrow(() -> HeapLimits.check(new SparkConf(false), HEAP, List.of(LIMIT)));
  }

  @Test
  void aValueAboveTheHeapsBoundIsAConfigErrorNamingTheHeapItNeeds() {
    SparkConf conf = new SparkConf(false).set(LIMIT.property(), "501");
    ConfigException e =
        assertThrows(ConfigException.class, () -> HeapLimits.check(conf, HEAP, List.of(LIMIT)));
    assertTrue(e.getMessage().contains("spark.newstrends.test.maxItems=501"), e.getMessage());
    assertTrue(e.getMessage().contains("enough for 500"), e.getMessage());
    assertTrue(e.getMessage().contains("--driver-memory"), e.getMessage());
  }

  @Test
  void aValueThatIsNotAWholeNumberIsAConfigError() {
    for (String value : List.of("", "many", "-1", "2.5", "1e6", "99999999999999999999")) {
      SparkConf conf = new SparkConf(false).set(LIMIT.property(), value);
      ConfigException e =
          assertThrows(
              ConfigException.class, () -> HeapLimits.check(conf, HEAP, List.of(LIMIT)), value);
      assertTrue(e.getMessage().contains("not a whole number"), e.getMessage());
    }
  }

  @Test
  void everyLimitOfTheJobIsChecked() {
    assertEquals(
        List.of(
            "spark.newstrends.ingest.broadcastMaxFileCopies",
            "spark.newstrends.dedup.driverMaxArticles",
            "spark.newstrends.dedup.broadcastMaxCopies",
            "spark.newstrends.measure.broadcastMaxSingles"),
        NewstrendsJob.HEAP_LIMITS.stream().map(HeapLimits.Limit::property).toList());
    for (HeapLimits.Limit limit : NewstrendsJob.HEAP_LIMITS) {
      SparkConf conf = new SparkConf(false).set(limit.property(), String.valueOf(Long.MAX_VALUE));
      assertThrows(
          ConfigException.class,
          () -> HeapLimits.check(conf, 1L << 30, NewstrendsJob.HEAP_LIMITS),
          limit.property());
    }
  }
}
