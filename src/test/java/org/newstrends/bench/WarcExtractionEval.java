package org.newstrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newstrends.ingest.HtmlArticleExtractor;

/**
 * Measures {@link HtmlArticleExtractor} on the 65 pages of {@code ../shared/data/html-warc} against
 * their hand-checked extractions. Not part of the default test run; run with
 *
 * <pre>
 * mvn -B -q test -Dtest=WarcExtractionEval -Dsurefire.excludedGroups= \
 *     [-Dnewstrends.htmlWarc=../shared/data/html-warc]
 * </pre>
 *
 * It prints a Markdown table (per page: title match, date match, body token F1) and a summary, and
 * writes them to {@code target/warc-extraction.md}.
 */
@Tag("eval")
class WarcExtractionEval {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  record PageResult(
      String page, boolean title, boolean date, double bodyF1, String got, String want) {}

  @Test
  void measure() throws IOException {
    Path root =
        Path.of(System.getProperty("newstrends.htmlWarc", "../shared/data/html-warc"), "pages");
    List<PageResult> results = new ArrayList<>();
    try (Stream<Path> countries = Files.list(root)) {
      for (Path country : countries.sorted().toList()) {
        JsonNode meta = JSON.readTree(country.resolve("meta.info").toFile());
        try (Stream<Path> files = Files.list(country)) {
          for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            results.addAll(measurePublisher(country, gold, meta));
          }
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| page | title | date | body F1 |\n|---|---|---|---|\n");
    int titles = 0;
    int dates = 0;
    List<Double> f1s = new ArrayList<>();
    for (PageResult r : results) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %.3f |%n",
              r.page(),
              r.title() ? "yes" : "no",
              r.date() ? "yes" : "no",
              r.bodyF1()));
      titles += r.title() ? 1 : 0;
      dates += r.date() ? 1 : 0;
      f1s.add(r.bodyF1());
    }
    f1s.sort(Double::compare);
    double median =
        f1s.size() % 2 == 1
            ? f1s.get(f1s.size() / 2)
            : (f1s.get(f1s.size() / 2 - 1) + f1s.get(f1s.size() / 2)) / 2;
    double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    md.append(
        String.format(
            Locale.ROOT,
            "%npages: %d; title right: %d (%.1f%%); date right: %d (%.1f%%); body F1 median %.3f, mean %.3f,"
                + " pages with F1 >= 0.9: %d%n",
            results.size(),
            titles,
            100.0 * titles / results.size(),
            dates,
            100.0 * dates / results.size(),
            median,
            mean,
            f1s.stream().filter(f -> f >= 0.9).count()));
    StringBuilder misses = new StringBuilder("\nTitle or date misses:\n");
    for (PageResult r : results) {
      if (!r.title() || !r.date()) {
        misses
            .append("- ")
            .append(r.page())
            .append(": got `")
            .append(r.got())
            .append("`, want `")
            .append(r.want())
            .append("`\n");
      }
    }
    md.append(misses);
    System.out.println(md);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/warc-extraction.md"), md);
    assertEquals(65, results.size(), "every page of the corpus is measured");
    assertTrue(titles > 0 && dates > 0 && median > 0);
  }

  private static List<PageResult> measurePublisher(Path country, Path goldFile, JsonNode meta)
      throws IOException {
    String publisher = goldFile.getFileName().toString().replace(".json", "");
    JsonNode gold = JSON.readTree(goldFile.toFile());
    List<String> versions = new ArrayList<>();
    gold.fieldNames().forEachRemaining(versions::add);
    versions.sort(String::compareTo);
    List<Path> pages;
    try (Stream<Path> files = Files.list(country)) {
      pages =
          files
              .filter(
                  p ->
                      p.getFileName().toString().startsWith(publisher + "_")
                          && p.toString().endsWith(".html.gz"))
              .sorted()
              .toList();
    }
    // Page files sorted by crawl date pair with version keys sorted by name (V1 < V1_1 < V2).
    assertEquals(versions.size(), pages.size(), publisher);
    List<PageResult> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Path page = pages.get(i);
      JsonNode want = gold.get(versions.get(i));
      String url = meta.path(page.getFileName().toString()).path("url").asText(null);
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      HtmlArticleExtractor.Extracted got = HtmlArticleExtractor.extract(html, url);
      if (page.getFileName()
          .toString()
          .startsWith(System.getProperty("newstrends.debugPage", "\u0000"))) {
        System.out.println("DEBUG " + page + "\n" + String.join("\n", got.paragraphs()));
      }
      boolean title = norm(got.title()).equals(norm(want.path("title").asText("")));
      String wantDate = want.path("publishing_date").asText("");
      boolean date =
          got.publishedDate() != null && wantDate.startsWith(got.publishedDate().toString());
      List<String> wantBody = new ArrayList<>();
      want.path("body").path("summary").forEach(n -> wantBody.add(n.asText()));
      for (JsonNode section : want.path("body").path("sections")) {
        section.path("headline").forEach(n -> wantBody.add(n.asText()));
        section.path("paragraphs").forEach(n -> wantBody.add(n.asText()));
      }
      List<String> gotBody = new ArrayList<>(got.paragraphs());
      gotBody.addAll(got.subheadings());
      double f1 = f1(String.join(" ", gotBody), String.join(" ", wantBody));
      out.add(
          new PageResult(
              page.getFileName().toString().replace(".html.gz", ""),
              title,
              date,
              f1,
              got.title() + " / " + got.publishedDate(),
              want.path("title").asText() + " / " + wantDate));
    }
    return out;
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\\u2018\\u2019\\u201A\\u2032]", "'")
        .replaceAll("[\\u201C\\u201D\\u201E\\u2033]", "\"")
        .replaceAll("[\\u2013\\u2014\\u2212]", "-")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** F1 of two bags of lowercase word tokens. */
  static double f1(String got, String want) {
    Map<String, Integer> g = bag(got);
    Map<String, Integer> w = bag(want);
    int gTotal = g.values().stream().mapToInt(Integer::intValue).sum();
    int wTotal = w.values().stream().mapToInt(Integer::intValue).sum();
    if (gTotal == 0 && wTotal == 0) {
      return 1;
    }
    if (gTotal == 0 || wTotal == 0) {
      return 0;
    }
    int common = 0;
    for (Iterator<Map.Entry<String, Integer>> it = g.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Integer> e = it.next();
      common += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
    }
    double p = (double) common / gTotal;
    double r = (double) common / wTotal;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> bag(String s) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = TOKEN.matcher(norm(s));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }
}
