package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class HadoopConfigurationTest {

  @Test
  void takesTheSparkHadoopPropertiesWithoutTheirPrefix() {
    System.setProperty("spark.hadoop.newstrends.test.key", "from-spark");
    System.setProperty("spark.newstrends.test.other", "not-hadoop");
    try {
      Configuration conf = HadoopConfiguration.ofSparkProperties();
      assertEquals("from-spark", conf.get("newstrends.test.key"));
      assertNull(conf.get("spark.hadoop.newstrends.test.key"));
      assertNull(conf.get("newstrends.test.other"));
      assertNull(conf.get("spark.newstrends.test.other"));
      // Hadoop's own defaults are still there.
      assertEquals("file:///", conf.get("fs.defaultFS"));
    } finally {
      System.clearProperty("spark.hadoop.newstrends.test.key");
      System.clearProperty("spark.newstrends.test.other");
    }
  }
}
