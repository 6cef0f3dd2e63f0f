package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.SparkPropertiesFile;
import org.newstrends.testing.TestSpark;

/**
 * The datasets the job keeps between its steps (the parsed rows, dedup's result, the annotated
 * rows; {@code MEMORY_AND_DISK}) go to scratch disk once the heap is full. The job's Spark
 * properties have Spark compress them there ({@code spark.rdd.compress}; shuffles and spills are
 * compressed by Spark's defaults), which at 1 GiB took a fifth to a quarter off the scratch disk's
 * peak (docs/performance-log.md, "Kept datasets compressed on disk").
 */
class ScratchCompressionTest {

  private static final String COMPRESS = "spark.rdd.compress";

  @Test
  void theJobsSparkPropertiesCompressKeptDatasetsOnDisk() throws IOException {
    for (String file : List.of("conf/spark/local.conf", "conf/spark/cluster.conf")) {
      assertEquals(
          "true", SparkPropertiesFile.property(Path.of(file), COMPRESS), file + ": " + COMPRESS);
    }
  }

  @Test
  void aKeptDatasetOnDiskTakesLessThanItsText() {
    SparkSession spark = TestSpark.session();
    assertEquals("true", spark.sparkContext().getConf().get(COMPRESS));
    // Text like an article body's: every row different (no dictionary or run-length encoding of
    // the cached columns applies), most of it repeated words, as natural text compresses.
    String words = "the minister said on Tuesday that the talks would resume next week ".repeat(6);
    List<String> rows = new ArrayList<>();
    long textBytes = 0;
    for (int i = 0; i < 20_000; i++) {
      String row = "article " + i + ": " + words;
      rows.add(row);
      textBytes += row.length();
    }
    Set<Integer> keptBefore = new HashSet<>();
    for (RDDInfo rdd : spark.sparkContext().getRDDStorageInfo()) {
      keptBefore.add(rdd.id());
    }
    Dataset<String> kept = spark.createDataset(rows, Encoders.STRING()).repartition(2);
    kept.persist(StorageLevel.DISK_ONLY());
    try {
      assertEquals(rows.size(), kept.count());
      long onDisk =
          Arrays.stream(spark.sparkContext().getRDDStorageInfo())
              .filter(rdd -> !keptBefore.contains(rdd.id()))
              .mapToLong(RDDInfo::diskSize)
              .sum();
      assertTrue(onDisk > 0, "nothing of the kept dataset on disk");
      // Stored as written, the blocks would hold at least the text's bytes; compressed, a fraction.
      assertTrue(
          onDisk * 4 < textBytes, onDisk + " bytes on disk for " + textBytes + " bytes of text");
    } finally {
      kept.unpersist(true);
    }
  }
}
