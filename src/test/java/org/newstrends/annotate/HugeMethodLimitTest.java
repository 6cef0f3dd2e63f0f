package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.codegen.ByteCodeStats;
import org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator;
import org.apache.spark.sql.execution.SerializeFromObjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.SparkPropertiesFile;
import org.newstrends.testing.TestSpark;
import scala.jdk.javaapi.CollectionConverters;

/**
 * HotSpot never compiles a method longer than 8,000 bytes of bytecode ({@code HugeMethodLimit}):
 * such a method runs interpreted for the whole run. Whole-stage code generation put the annotate
 * stage's serializer of its nested mention rows into one such method (a JFR profile of the 100 MiB
 * benchmark run found it the hottest interpreted frame, 5% of the executors' samples). The Spark
 * properties the job runs with set {@code spark.sql.codegen.hugeMethodLimit} to 8,000, so Spark
 * runs such a stage without whole-stage code, in smaller generated methods the JIT compiles.
 */
class HugeMethodLimitTest {

  private static final String LIMIT = "spark.sql.codegen.hugeMethodLimit";

  /** HotSpot's default {@code -XX:HugeMethodLimit}. */
  private static final int HOTSPOT_HUGE_METHOD_LIMIT = 8000;

  @TempDir Path dir;

  @Test
  void theAnnotateSerializerCompilesToAMethodTheJitNeverCompiles() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> articles = Fixtures.seedArticles(spark, dir.resolve("in"));
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    Dataset<Row> both = Annotate.annotateOnce(spark, articles, g, 60, false, true);
    // Run it: the adaptive plan places its whole-stage code when it runs.
    List<Row> rows = both.collectAsList();
    assertFalse(rows.isEmpty());

    List<WholeStageCodegenExec> stages = new ArrayList<>();
    collectStages(both.queryExecution().executedPlan(), stages);
    WholeStageCodegenExec serializer =
        stages.stream()
            .filter(s -> contains(s.child(), SerializeFromObjectExec.class))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no whole-stage code holds the serializer: "
                            + both.queryExecution().executedPlan()));
    ByteCodeStats stats = CodeGenerator.compile(serializer.doCodeGen()._2())._2();
    assertTrue(
        stats.maxMethodCodeSize() > HOTSPOT_HUGE_METHOD_LIMIT,
        "largest generated method: " + stats.maxMethodCodeSize() + " bytes");
    // The test session runs with the job's limit: Spark ran that stage without whole-stage code.
    assertEquals(String.valueOf(HOTSPOT_HUGE_METHOD_LIMIT), spark.conf().get(LIMIT));
  }

  @Test
  void theJobsSparkPropertiesKeepHugeMethodsOutOfWholeStageCode() throws IOException {
    for (String file : List.of("conf/spark/local.conf", "conf/spark/cluster.conf")) {
      String value = SparkPropertiesFile.property(Path.of(file), LIMIT);
      assertTrue(value != null, file + " sets no " + LIMIT);
      assertTrue(Integer.parseInt(value) <= HOTSPOT_HUGE_METHOD_LIMIT, file + ": " + value);
    }
  }

  private static void collectStages(SparkPlan plan, List<WholeStageCodegenExec> out) {
    if (plan instanceof WholeStageCodegenExec w) {
      out.add(w);
    }
    if (plan instanceof AdaptiveSparkPlanExec a) {
      collectStages(a.executedPlan(), out);
    }
    if (plan instanceof QueryStageExec q) {
      collectStages(q.plan(), out);
    }
    for (SparkPlan child : CollectionConverters.asJava(plan.children())) {
      collectStages(child, out);
    }
  }

  private static boolean contains(SparkPlan plan, Class<? extends SparkPlan> type) {
    if (type.isInstance(plan)) {
      return true;
    }
    for (SparkPlan child : CollectionConverters.asJava(plan.children())) {
      if (!(child instanceof WholeStageCodegenExec) && contains(child, type)) {
        return true;
      }
    }
    return false;
  }
}
