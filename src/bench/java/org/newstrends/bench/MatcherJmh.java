package org.newstrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.MentionFinder;
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
 * JMH benchmark of the matcher alone (one thread, no Spark) on real newswire: the first {@value
 * #SAMPLE_CHARS} chars of the Reuters-21578 dump in ~2,000-char chunks. One operation = the whole
 * sample, so MB/s = ops/s × 0.2.
 *
 * <p>{@code forms} is the number of surface forms compiled (see {@link #gazetteer}): {@code 10} =
 * the first ten country forms; {@code 1000} = the first 1,000 forms of conf/gazetteers in file
 * order, with the role phrases; {@code 10000} and {@code 100000} = all real forms of
 * conf/gazetteers plus synthetic organisations with plausible capitalised two-word names (fixed
 * seed) up to that count. The regular-expression baseline is {@link MatcherJmhRegexBaseline}. Run
 * with jobs/bench-jmh.sh; docs/performance.md records the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class MatcherJmh {

  static final int SAMPLE_CHARS = 200_000;

  /** The id prefix of the synthetic organisations {@link #entities} adds. */
  static final String SYNTHETIC_PREFIX = "synthetic-";

  static final List<String> FILES =
      List.of("countries", "leaders", "places", "organisations", "terms", "roles");

  @Param({"10", "1000", "10000", "100000"})
  public int forms;

  private List<String> chunks;
  private MentionFinder finder;
  private final LocalDate date = LocalDate.of(1987, 3, 1);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    chunks = chunks();
    finder = new MentionFinder(gazetteer(forms), 60);
  }

  /** The text sample in ~2,000-char chunks cut at line ends. */
  static List<String> chunks() throws IOException {
    String textFile =
        System.getProperty("newstrends.benchText", "../shared/data/text-dump/reuters21578.txt");
    String text =
        Files.readString(Path.of(textFile), StandardCharsets.UTF_8).substring(0, SAMPLE_CHARS);
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int nl = text.indexOf('\n', Math.min(text.length(), i + 2000));
      int end = nl < 0 ? text.length() : nl + 1;
      chunks.add(text.substring(i, end));
      i = end;
    }
    return chunks;
  }

  /** The entities of conf/gazetteers cut or padded to {@code forms} surface forms. */
  static List<GazetteerFile.Entity> entities(int forms) {
    List<GazetteerFile.Entity> entities = new ArrayList<>();
    for (String f : FILES) {
      entities.addAll(GazetteerLoader.read(Path.of("conf/gazetteers/" + f + ".yaml")).entities());
    }
    List<GazetteerFile.Entity> out = new ArrayList<>();
    int n = 0;
    for (GazetteerFile.Entity e : entities) {
      if (n >= forms || forms == 10 && !e.type().equals("country")) {
        continue;
      }
      List<GazetteerFile.Alias> aliases =
          e.aliases().subList(0, Math.min(e.aliases().size(), forms - n));
      n += aliases.size();
      out.add(
          aliases.size() == e.aliases().size()
              ? e
              : new GazetteerFile.Entity(
                  e.id(),
                  e.type(),
                  e.name(),
                  e.country(),
                  aliases,
                  e.exclude(),
                  e.excludeContext(),
                  e.roles(),
                  e.labels(),
                  e.otherSenses()));
    }
    // synthetic organisations, one capitalised two-word name each, until the count is reached
    Random random = new Random(20261129L);
    Set<String> seen = new HashSet<>();
    int k = 0;
    while (n < forms) {
      String name = word(random) + " " + word(random);
      if (!seen.add(name)) {
        continue;
      }
      out.add(
          new GazetteerFile.Entity(
              SYNTHETIC_PREFIX + k++,
              "organisation",
              name,
              null,
              List.of(new GazetteerFile.Alias(name, "name", null, false)),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
      n++;
    }
    return out;
  }

  private static final String[] ONSETS = {
    "B", "C", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Br", "Ch",
    "Gr", "St", "Tr"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
  private static final String[] CODAS = {"", "n", "r", "l", "s", "t", "m", "nd", "rt", "x"};
  private static final String[] MIDDLES = {"b", "d", "g", "l", "m", "n", "r", "s", "t", "v"};

  /** A capitalised pseudo-name of two or three syllables: "Tralen", "Brousimar". */
  private static String word(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
    int syllables = 1 + r.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      sb.append(MIDDLES[r.nextInt(MIDDLES.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
    }
    return sb.append(CODAS[r.nextInt(CODAS.length)]).toString();
  }

  /** The role phrases of conf/gazetteers. */
  static List<GazetteerFile.RoleDef> roles() {
    List<GazetteerFile.RoleDef> roles = new ArrayList<>();
    for (String f : FILES) {
      roles.addAll(GazetteerLoader.read(Path.of("conf/gazetteers/" + f + ".yaml")).roles());
    }
    return roles;
  }

  /** The compiled gazetteer with {@code forms} surface forms (roles included from 1,000 up). */
  static CompiledGazetteer gazetteer(int forms) {
    CompiledGazetteer g =
        CompiledGazetteer.compile(entities(forms), forms > 10 ? roles() : List.of());
    if (g.surfaceFormCount() != forms) {
      throw new IllegalStateException(g.surfaceFormCount() + " surface forms, not " + forms);
    }
    return g;
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
}
