package org.newstrends.bench;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline a Spark user would write, on the same sample as {@link MatcherJmh}: one {@code
 * java.util.regex} alternation {@code \b(?:a|b|...)\b} of the same surface forms. Only up to 1,000
 * forms: at 4,588 it already runs at about 0.25 MB/s (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class MatcherJmhRegexBaseline {

  @Param({"10", "1000"})
  public int forms;

  private List<String> chunks;
  private Pattern regex;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    chunks = MatcherJmh.chunks();
    Set<String> surfaces = new LinkedHashSet<>();
    MatcherJmh.entities(forms).forEach(e -> e.aliases().forEach(a -> surfaces.add(a.text())));
    regex =
        Pattern.compile(
            "\\b(?:"
                + surfaces.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\b");
  }

  /** Every match of the alternation in the sample. */
  @Benchmark
  public int regexAlternation() {
    int hits = 0;
    for (String c : chunks) {
      Matcher m = regex.matcher(c);
      while (m.find()) {
        hits++;
      }
    }
    return hits;
  }
}
