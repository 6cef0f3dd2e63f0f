package org.newstrends.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration of the Spark properties in force, for file access before Spark starts.
 */
final class HadoopConfiguration {
  private HadoopConfiguration() {}

  /**
   * Hadoop's defaults plus every {@code spark.hadoop.*} property of this JVM (from {@code
   * conf/spark/*.conf}, {@code --conf} or {@code -D}) without its prefix, as Spark adds them to its
   * own Hadoop configuration. Hadoop keeps one file system per scheme for the whole JVM, made from
   * the configuration that asked first: a check before Spark starts must ask with the same settings
   * (the output's credentials, {@code fs.file.impl}) as the job.
   */
  static Configuration ofSparkProperties() {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> property : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      conf.set(property._1(), property._2());
    }
    return conf;
  }
}
