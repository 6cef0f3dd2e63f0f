package org.newstrends.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The shared test session is what the tests assume it is. */
class TestSparkTest {

  @Test
  void sessionSettingsAreStatedAndHold() {
    SparkSession spark = TestSpark.session();
    assertEquals("local[2]", spark.sparkContext().master());
    assertEquals("true", spark.conf().get("spark.sql.ansi.enabled"));
    assertEquals("UTC", spark.conf().get("spark.sql.session.timeZone"));
    assertEquals("127.0.0.1", spark.conf().get("spark.driver.host"));
    assertEquals("false", spark.conf().get("spark.ui.enabled"));
    assertEquals("true", spark.conf().get("spark.sql.codegen.wholeStage"));
    assertEquals("FALLBACK", spark.conf().get("spark.sql.codegen.factoryMode"));
    assertEquals("5000", spark.conf().get("spark.sql.codegen.cache.maxEntries"));
    assertEquals("UTC", java.util.TimeZone.getDefault().getID());
    assertEquals(1, spark.sql("SELECT 1").count());
  }
}
