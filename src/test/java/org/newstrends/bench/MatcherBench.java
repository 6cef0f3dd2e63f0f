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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.MentionFinder;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.TextDumpParser;

/**
 * Timing harness for the matcher alone (one thread, no Spark): MB/s of UTF-16 text through
 *
 * <ol>
 *   <li>the full {@link MentionFinder} (rules, sentences, quotes, speakers) with all gazetteers;
 *   <li>the bare token-trie scan with all gazetteers, and with only the first 10 surface forms;
 *   <li>the baseline a Spark user would write: one {@code java.util.regex} alternation of every
 *       surface form, {@code \b(?:...)\b}, on a sample.
 * </ol>
 *
 * Not a unit test and asserts nothing; docs/performance.md records its output. Usage: {@code
 * MatcherBench TEXT_FILE GAZETTEER.yaml...} (see jobs/bench-matcher.sh). For a profile, {@code
 * -Dbench.only=full} (or {@code bare}, a prefix of the pass names) runs only those passes and
 * {@code -Dbench.seconds=N} repeats the warm-up for N seconds. Each pass prints its best speed and
 * its first, cold one (the JIT still compiling: what a task of the job sees). The per-article pass
 * parses TEXT_FILE as a dump in the plain-text layout and finds with one fixed date, or with each
 * record's own date under {@code -Dbench.articleDates=true}.
 */
public final class MatcherBench {

  private MatcherBench() {}

  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    List<String> gazetteers = List.of(args).subList(1, args.length);
    List<String> chunks = chunks(text, 2000);
    double mb = text.length() / 1e6;
    CompiledGazetteer full = GazetteerLoader.compile(gazetteers);
    System.out.printf(
        "text: %s, %.1f M chars, %d chunks; gazetteer: %d entities, %d surface forms%n",
        args[0], mb, chunks.size(), full.entityCount(), full.surfaceFormCount());

    MentionFinder finder = new MentionFinder(full, 60);
    LocalDate date = LocalDate.of(1987, 3, 1);
    report(
        "full MentionFinder, all gazetteers",
        mb,
        () -> {
          for (String c : chunks) {
            finder.find(List.of(new MentionFinder.Segment("body", 0, c)), date);
          }
        });
    List<LocalDate> dates = new ArrayList<>();
    List<List<MentionFinder.Segment>> articles = articleSegments(text, dates);
    double articleMb =
        articles.stream().flatMap(List::stream).mapToInt(g -> g.text().length()).sum() / 1e6;
    boolean ownDates = Boolean.getBoolean("bench.articleDates");
    report(
        "full MentionFinder, per article (" + articles.size() + " records' segments)",
        articleMb,
        () -> {
          for (int i = 0; i < articles.size(); i++) {
            finder.find(articles.get(i), ownDates ? dates.get(i) : date);
          }
        });
    long mentions = 0;
    for (String c : chunks) {
      mentions += finder.find(List.of(new MentionFinder.Segment("body", 0, c)), date).size();
    }
    System.out.println("  mentions per pass: " + mentions);
    report(
        "bare trie scan, all surface forms",
        mb,
        () -> {
          for (String c : chunks) {
            finder.scanCount(c);
          }
        });

    List<String> surfaces = surfaceForms(gazetteers);
    CompiledGazetteer ten = tenForms(gazetteers);
    MentionFinder tenFinder = new MentionFinder(ten, 60);
    report(
        "bare trie scan, 10 surface forms",
        mb,
        () -> {
          for (String c : chunks) {
            tenFinder.scanCount(c);
          }
        });

    Pattern regex =
        Pattern.compile(
            "\\b(?:"
                + surfaces.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\b");
    List<String> sample = chunks.subList(0, Math.min(chunks.size(), 250));
    double sampleMb = sample.stream().mapToInt(String::length).sum() / 1e6;
    long[] found = new long[1];
    report(
        "one regex alternation of " + surfaces.size() + " surface forms (sample)",
        sampleMb,
        () -> {
          for (String c : sample) {
            Matcher m = regex.matcher(c);
            while (m.find()) {
              found[0]++;
            }
          }
        });
  }

  private static void report(String name, double mb, Runnable pass) {
    String only = System.getProperty("bench.only");
    if (only != null && !name.startsWith(only)) {
      return;
    }
    long first = System.nanoTime();
    pass.run(); // the first pass, cold: what a task of the job sees
    first = System.nanoTime() - first;
    long until = System.nanoTime() + Long.getLong("bench.seconds", 0) * 1_000_000_000L;
    while (System.nanoTime() < until) {
      pass.run(); // more warm-up (or, with -Dbench.seconds, the profiling loop)
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, System.nanoTime() - t0);
      bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
    }
    // CPU time of this thread: less sensitive than wall time to other processes on a loaded box
    System.out.printf(
        "%-60s %8.2f MB/s wall, %8.2f MB/s CPU  (%.1f M chars in %d ms; first pass %.2f MB/s)%n",
        name, mb / (best / 1e9), mb / (bestCpu / 1e9), mb, best / 1_000_000, mb / (first / 1e9));
  }

  /** The text in chunks of about {@code size} chars, each cut at the next line end. */
  static List<String> chunks(String text, int size) {
    List<String> chunks = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + size);
      int nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length() : nl + 1;
      chunks.add(text.substring(i, end));
      i = end;
    }
    return chunks;
  }

  /**
   * The segments the job hands the finder for each record of a dump in the plain-text layout
   * (title, lede, caption, each paragraph), parsed by the job's own {@link TextDumpParser}.
   */
  static List<List<MentionFinder.Segment>> articleSegments(String text, List<LocalDate> dates) {
    List<List<MentionFinder.Segment>> out = new ArrayList<>();
    String header = "\n" + TextDumpParser.HEADER_PREFIX;
    int start = text.startsWith(TextDumpParser.HEADER_PREFIX) ? 0 : text.indexOf(header) + 1;
    while (start >= 0 && start < text.length()) {
      int next = text.indexOf(header, start);
      int end = next < 0 ? text.length() : next + 1;
      String raw = text.substring(start, end);
      Article a = TextDumpParser.parse(raw, raw.length(), "bench", start, Long.MAX_VALUE).article();
      if (a != null) {
        dates.add(a.publishedDate());
        out.add(
            MentionFinder.segments(
                a.title(), a.lede(), a.photoCaption(), a.paragraphs(), a.related()));
      }
      start = next < 0 ? -1 : next + 1;
    }
    return out;
  }

  private static List<String> surfaceForms(List<String> gazetteers) {
    Set<String> forms = new LinkedHashSet<>();
    for (String path : gazetteers) {
      for (GazetteerFile.Entity e : GazetteerLoader.read(Path.of(path)).entities()) {
        e.aliases().forEach(a -> forms.add(a.text()));
      }
    }
    return new ArrayList<>(forms);
  }

  private static CompiledGazetteer tenForms(List<String> gazetteers) {
    List<GazetteerFile.Entity> entities = new ArrayList<>();
    int forms = 0;
    for (GazetteerFile.Entity e : GazetteerLoader.read(Path.of(gazetteers.get(0))).entities()) {
      if (forms >= 10) {
        break;
      }
      List<GazetteerFile.Alias> aliases =
          e.aliases().subList(0, Math.min(e.aliases().size(), 10 - forms));
      forms += aliases.size();
      entities.add(
          new GazetteerFile.Entity(
              e.id(),
              e.type(),
              e.name(),
              e.country(),
              aliases,
              List.of(),
              List.of(),
              List.of(),
              e.labels()));
    }
    return CompiledGazetteer.compile(entities, List.of());
  }
}
