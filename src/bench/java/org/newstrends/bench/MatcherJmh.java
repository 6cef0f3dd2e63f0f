package org.newstrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.MentionFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the matcher alone on real newswire: the first {@value #SAMPLE_CHARS} chars of
 * the Reuters-21578 dump in ~2,000-char chunks, with the first 10 or all surface forms of
 * conf/gazetteers. One operation = the whole sample, so MB/s = ops/s × 0.2. Run with
 * jobs/bench-jmh.sh; docs/performance.md records the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MatcherJmh {

  static final int SAMPLE_CHARS = 200_000;
  static final List<String> FILES =
      List.of("countries", "leaders", "places", "organisations", "terms", "roles");

  @Param({"10", "all"})
  public String forms;

  private List<String> chunks;
  private MentionFinder finder;
  private Pattern regex;
  private final LocalDate date = LocalDate.of(1987, 3, 1);

  @Setup
  public void setUp() throws IOException {
    String textFile = System.getProperty("newstrends.benchText", "../shared/data/text-dump/reuters21578.txt");
    String text = Files.readString(Path.of(textFile), StandardCharsets.UTF_8).substring(0, SAMPLE_CHARS);
    chunks = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int nl = text.indexOf('\n', Math.min(text.length(), i + 2000));
      int end = nl < 0 ? text.length() : nl + 1;
      chunks.add(text.substring(i, end));
      i = end;
    }
    List<String> paths = FILES.stream().map(f -> "conf/gazetteers/" + f + ".yaml").toList();
    List<GazetteerFile.Entity> entities = new ArrayList<>();
    List<GazetteerFile.RoleDef> roles = new ArrayList<>();
    for (String path : paths) {
      GazetteerFile file = GazetteerLoader.read(Path.of(path));
      entities.addAll(file.entities());
      roles.addAll(file.roles());
    }
    if (forms.equals("10")) {
      List<GazetteerFile.Entity> ten = new ArrayList<>();
      int n = 0;
      for (GazetteerFile.Entity e : entities) {
        if (n >= 10 || !e.type().equals("country")) {
          continue;
        }
        List<GazetteerFile.Alias> aliases = e.aliases().subList(0, Math.min(e.aliases().size(), 10 - n));
        n += aliases.size();
        ten.add(new GazetteerFile.Entity(e.id(), e.type(), e.name(), null, aliases, List.of(), List.of(), List.of(), List.of()));
      }
      entities = ten;
      roles = List.of();
    }
    CompiledGazetteer g = CompiledGazetteer.compile(entities, roles);
    finder = new MentionFinder(g, 60);
    Set<String> surfaces = new LinkedHashSet<>();
    entities.forEach(e -> e.aliases().forEach(a -> surfaces.add(a.text())));
    regex =
        Pattern.compile("\\b(?:" + surfaces.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
  }

  /** Tokenise and walk the trie: the bare scan. */
  @Benchmark
  public int trieScan() {
    int hits = 0;
    for (String c : chunks) {
      hits += finder.scanCount(c);
    }
    return hits;
  }

  /** The full MentionFinder: rules, sentences, quotes, speakers, context. */
  @Benchmark
  public int mentionFinder() {
    int mentions = 0;
    for (String c : chunks) {
      mentions += finder.find(List.of(new MentionFinder.Segment("body", 0, c)), date).size();
    }
    return mentions;
  }

  /** The baseline: one java.util.regex alternation of every surface form. */
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
