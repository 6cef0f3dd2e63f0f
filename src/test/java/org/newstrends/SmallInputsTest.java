package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.config.IngestConfig;
import org.newstrends.config.InputSpec;
import org.newstrends.config.JobConfig;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** A small run evaluates expressions interpreted, for that run only, unless the session says. */
class SmallInputsTest {

  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  private static final String FACTORY = "spark.sql.codegen.factoryMode";

  @TempDir Path dir;

  /** A session of its own (the shared one states both keys) with neither key set. */
  private static SparkSession unsetSession() {
    SparkSession spark = TestSpark.session().newSession();
    spark.conf().unset(WHOLE_STAGE);
    spark.conf().unset(FACTORY);
    return spark;
  }

  @Test
  void smallInputsAreInterpretedUntilRestored() {
    RuntimeConfig conf = unsetSession().conf();

    SmallInputs settings = SmallInputs.apply(conf, SmallInputs.MAX_BYTES);

    assertEquals(SmallInputs.SETTINGS, settings.applied());
    assertEquals("false", conf.get(WHOLE_STAGE));
    assertEquals("NO_CODEGEN", conf.get(FACTORY));
    settings.restore();
    assertFalse(conf.contains(WHOLE_STAGE));
    assertFalse(conf.contains(FACTORY));
  }

  @Test
  void largeInputsAndStatedSettingsAreLeftAlone() {
    RuntimeConfig large = unsetSession().conf();
    assertEquals(Map.of(), SmallInputs.apply(large, SmallInputs.MAX_BYTES + 1).applied());
    assertFalse(large.contains(WHOLE_STAGE));

    RuntimeConfig stated = unsetSession().conf();
    stated.set(WHOLE_STAGE, "true");
    SmallInputs settings = SmallInputs.apply(stated, 10);
    assertEquals(Map.of(FACTORY, "NO_CODEGEN"), settings.applied());
    settings.restore();
    assertEquals("true", stated.get(WHOLE_STAGE));
    assertFalse(stated.contains(FACTORY));
  }

  @Test
  void theJobRecordsTheSettingAndLeavesTheSessionAsFound() throws Exception {
    SparkSession spark = unsetSession();
    Path seed = Fixtures.copy("/textdump/seed.txt", dir.resolve("in"));
    Path out = dir.resolve("out");
    JobConfig config =
        new JobConfig(
            List.of(new InputSpec(seed.toString(), "text-dump")),
            out.toString(),
            new IngestConfig(0, 8192));

    NewstrendsJob.run(spark, config, "small-1");

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals("false", manifest.path("spark").path("whole_stage_codegen").asText());
    assertTrue(manifest.path("articles").asLong() > 0, manifest.toString());
    assertFalse(spark.conf().contains(WHOLE_STAGE));
    assertFalse(spark.conf().contains(FACTORY));
    // The shared session states Spark's default, which the job leaves.
    assertEquals("true", TestSpark.session().conf().get(WHOLE_STAGE));
  }
}
