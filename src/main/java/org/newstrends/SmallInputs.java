package org.newstrends;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;

/**
 * Spark settings for a run whose inputs are small (docs/performance-log.md, "Interpreted
 * expressions for small inputs"). Spark compiles Java code for every stage and every expression of
 * every query; on a few hundred articles that compilation costs more than the compiled code saves,
 * so a small run evaluates expressions interpreted instead. A setting the session already has (from
 * {@code --conf}, a properties file or the caller's code) is left as it is.
 *
 * <p>The settings hold for one run: {@link #restore} puts back what the session had, so a session
 * that runs the job several times (the tests, a notebook) is left as it was found.
 */
final class SmallInputs {

  /** Inputs of at most this many bytes, as listed (compressed files count as stored), are small. */
  static final long MAX_BYTES = 1L << 20;

  /** Spark's switch for whole-stage code generation (default {@code true}). */
  static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";

  /** What a small run sets: no whole-stage code generation, and interpreted expressions. */
  static final Map<String, String> SETTINGS =
      Map.of(WHOLE_STAGE_CODEGEN, "false", "spark.sql.codegen.factoryMode", "NO_CODEGEN");

  private final RuntimeConfig conf;
  private final Map<String, String> applied = new LinkedHashMap<>();

  private SmallInputs(RuntimeConfig conf) {
    this.conf = conf;
  }

  /**
   * Applies {@link #SETTINGS} to {@code conf} when {@code inputBytes} is at most {@link
   * #MAX_BYTES}, each one only if the session does not set that key itself.
   */
  static SmallInputs apply(RuntimeConfig conf, long inputBytes) {
    SmallInputs settings = new SmallInputs(conf);
    if (inputBytes <= MAX_BYTES) {
      for (Map.Entry<String, String> s : SETTINGS.entrySet()) {
        if (!conf.contains(s.getKey())) {
          conf.set(s.getKey(), s.getValue());
          settings.applied.put(s.getKey(), s.getValue());
        }
      }
    }
    return settings;
  }

  /** The settings this run applied (empty for a large run or one whose session set them). */
  Map<String, String> applied() {
    return Map.copyOf(applied);
  }

  /** Unsets what {@link #apply} set. */
  void restore() {
    for (String key : applied.keySet()) {
      conf.unset(key);
    }
    applied.clear();
  }
}
