package org.newstrends.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newstrends.testing.Fixtures;

/**
 * The matcher of two or more builds side by side in one JVM (jobs/bench-matcher-ab.sh): each
 * build's classes in a class loader of their own, with the same gazetteer files and text, one pass
 * of each build in turn, many times. A busy or drifting host slows every build alike within a few
 * seconds, so the builds' medians compare where separate runs minutes apart do not
 * (docs/performance-log.md, stop 36).
 *
 * <p>A pass is {@code MatcherBench}'s: the text in ~2,000-char chunks at line ends, each chunk one
 * body segment; {@code bare} = tokenise and walk the trie ({@code MentionFinder.scanCount}), {@code
 * full} = every rule and attribution ({@code MentionFinder.find}). The builds are called through
 * their public API by reflection, so any build that has that API can be compared. Each build's
 * count of hits or mentions is printed: equal counts say the builds find the same.
 *
 * <p>Arguments: TEXT_FILE bare|full PASSES GAZETTEER_DIR DEPENDENCY_CLASSPATH BUILD... (a build is
 * a classes folder or jar).
 */
public final class MatcherAB {

  private MatcherAB() {}

  /** One build's pass over the chunks, returning its count of hits or mentions. */
  interface Pass {
    long run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println(
          "usage: MatcherAB TEXT_FILE bare|full PASSES GAZETTEER_DIR DEPENDENCY_CLASSPATH BUILD...");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String kind = args[1];
    int passes = Integer.parseInt(args[2]);
    Path gazetteers = Path.of(args[3]);
    List<URL> dependencies = new ArrayList<>();
    for (String p : args[4].split(":")) {
      if (!p.isEmpty()) {
        dependencies.add(Path.of(p).toUri().toURL());
      }
    }
    String[] builds = Arrays.copyOfRange(args, 5, args.length);
    List<String> chunks = MatcherBench.chunks(text, 2000);
    Pass[] runs = new Pass[builds.length];
    for (int b = 0; b < builds.length; b++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(builds[b]).toUri().toURL());
      urls.addAll(dependencies);
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      runs[b] = pass(loader, kind, chunks, gazetteers);
    }
    long[][] nanos = new long[builds.length][passes];
    long[] counts = new long[builds.length];
    for (int p = 0; p < passes; p++) {
      for (int b = 0; b < builds.length; b++) {
        long t0 = System.nanoTime();
        counts[b] = runs[b].run();
        nanos[b][p] = System.nanoTime() - t0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d passes of each build, %.1f M chars; the first third of the passes is warm-up%n",
        kind,
        passes,
        text.length() / 1e6);
    for (int b = 0; b < builds.length; b++) {
      long[] kept = Arrays.copyOfRange(nanos[b], passes / 3, passes);
      Arrays.sort(kept);
      System.out.printf(
          Locale.ROOT,
          "%-50s median %6.1f MB/s  best %6.1f MB/s  count %d%n",
          builds[b],
          text.length() * 1e3 / kept[kept.length / 2],
          text.length() * 1e3 / kept[0],
          counts[b]);
    }
  }

  /** A pass of the build behind {@code loader}, its finder compiled from the gazetteer files. */
  private static Pass pass(ClassLoader loader, String kind, List<String> chunks, Path dir)
      throws Exception {
    Class<?> loaderClass = loader.loadClass("org.newstrends.annotate.GazetteerLoader");
    Class<?> fileClass = loader.loadClass("org.newstrends.annotate.GazetteerFile");
    Class<?> compiledClass = loader.loadClass("org.newstrends.annotate.CompiledGazetteer");
    Class<?> finderClass = loader.loadClass("org.newstrends.annotate.MentionFinder");
    Class<?> segmentClass = loader.loadClass("org.newstrends.annotate.MentionFinder$Segment");
    Method read = loaderClass.getMethod("read", Path.class);
    List<Object> entities = new ArrayList<>();
    List<Object> roles = new ArrayList<>();
    for (String f : Fixtures.GAZETTEER_NAMES) {
      Object file = read.invoke(null, dir.resolve(f + ".yaml"));
      entities.addAll((List<?>) fileClass.getMethod("entities").invoke(file));
      roles.addAll((List<?>) fileClass.getMethod("roles").invoke(file));
    }
    Object gazetteer =
        compiledClass.getMethod("compile", List.class, List.class).invoke(null, entities, roles);
    Object finder = finderClass.getConstructor(compiledClass, int.class).newInstance(gazetteer, 60);
    if (kind.equals("bare")) {
      Method scanCount = finderClass.getMethod("scanCount", String.class);
      return () -> {
        long n = 0;
        for (String c : chunks) {
          n += (Integer) scanCount.invoke(finder, c);
        }
        return n;
      };
    }
    if (!kind.equals("full")) {
      throw new IllegalArgumentException("bare or full, not " + kind);
    }
    Method find = finderClass.getMethod("find", List.class, LocalDate.class);
    Constructor<?> segment = segmentClass.getConstructor(String.class, int.class, String.class);
    LocalDate date = LocalDate.of(1987, 3, 1);
    List<Object> segments = new ArrayList<>();
    for (String c : chunks) {
      segments.add(segment.newInstance("body", 0, c));
    }
    return () -> {
      long n = 0;
      for (Object s : segments) {
        n += ((List<?>) find.invoke(finder, List.of(s), date)).size();
      }
      return n;
    };
  }
}
