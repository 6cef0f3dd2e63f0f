package org.newstrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.Fixtures;
import org.newstrends.testing.TestSpark;

/** The benchmark's baseline job and its helpers (jobs/bench.sh), on committed fixtures. */
class SparkSqlBaselineTest {

  private static final String GAZETTEER = "src/test/resources/gazetteers/test-entities.yaml";
  private static final List<String> GAZETTEERS =
      List.of(GAZETTEER, "src/test/resources/gazetteers/test-roles.yaml");

  @Test
  void surfaceFormsAreTheCompiledAliases() {
    List<SurfaceForms.Form> forms = SurfaceForms.of(GAZETTEERS);
    assertTrue(
        forms.contains(new SurfaceForms.Form("the White House", "US", "country", "metonym")));
    assertTrue(forms.contains(new SurfaceForms.Form("Tehran", "IR", "country", "metonym")));
    // SurfaceForms.of fails when the count differs from the compiled gazetteer's
    assertEquals(
        org.newstrends.annotate.GazetteerLoader.compile(GAZETTEERS).surfaceFormCount(),
        forms.size());
  }

  @Test
  void prefixFactoredAlternationMatchesWhatThePlainListMatches() {
    List<String> surfaces =
        List.of(
            "New York", "New York City", "York", "U.S.", "US", "Iran", "Iranian", "Iran-Contra");
    String text =
        "In New York City and new york, IRANIAN and Iran officials met; the U.S. and US said "
            + "York. Iran-Contra, Iranians, NewYork, New Yorker, u.s. bonds";
    List<String> trie = matches(SparkSqlBaseline.trieAlternation(surfaces), text);
    assertEquals(matches(SparkSqlBaseline.flatAlternation(surfaces), text), trie);
    // the naive \\b misses "U.S." before a space (no word boundary after the final dot)
    assertEquals(
        List.of("New York City", "new york", "IRANIAN", "Iran", "US", "York", "Iran-Contra"), trie);
  }

  @Test
  void countsPerDayAndPairsPerDayEqualAPlainJavaCount(@TempDir Path dir) throws Exception {
    // 44 records of Reuters-21578 (src/test/resources/textdump/README.md)
    Path input = Fixtures.copy("/textdump/reuters-excerpt.txt", dir.resolve("in"));
    Path forms = dir.resolve("forms.tsv");
    List<SurfaceForms.Form> gazetteer = SurfaceForms.of(GAZETTEERS);
    SurfaceForms.write(gazetteer, forms);
    SparkSession spark = TestSpark.session();
    SparkSqlBaseline.run(
        spark, input.toString(), forms.toString(), dir.resolve("out").toString(), false);

    // the same counts computed record by record with java.util.regex
    Map<String, List<String>> entitiesOf = new TreeMap<>();
    List<String> surfaces = new ArrayList<>();
    for (SurfaceForms.Form f : gazetteer) {
      String key = f.surface().toLowerCase(java.util.Locale.ROOT);
      if (!entitiesOf.containsKey(key)) {
        surfaces.add(f.surface());
      }
      List<String> ids = entitiesOf.computeIfAbsent(key, k -> new ArrayList<>());
      if (!ids.contains(f.entityId())) {
        ids.add(f.entityId());
      }
    }
    Pattern p = Pattern.compile(SparkSqlBaseline.flatAlternation(surfaces));
    Map<String, Long> mentions = new TreeMap<>();
    Map<String, Long> pairs = new TreeMap<>();
    String text = java.nio.file.Files.readString(input);
    for (String record : text.split("\n date ")) {
      Matcher d = Pattern.compile("^(?: date )?(\\d{4}-\\d{2}-\\d{2})").matcher(record);
      if (!d.find()) {
        continue;
      }
      String day = d.group(1);
      java.util.SortedSet<String> inArticle = new java.util.TreeSet<>();
      Matcher m = p.matcher(record);
      while (m.find()) {
        for (String id : entitiesOf.get(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
          mentions.merge(day + " " + id, 1L, Long::sum);
          inArticle.add(id);
        }
      }
      List<String> ids = new ArrayList<>(inArticle);
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.merge(day + " " + ids.get(i) + " " + ids.get(j), 1L, Long::sum);
        }
      }
    }

    Map<String, Long> written = new TreeMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out/entity_day").toString()).collectAsList()) {
      written.put(r.getAs("day").toString() + " " + r.getAs("entity_id"), r.getAs("mentions"));
    }
    Map<String, Long> writtenPairs = new TreeMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out/pair_day").toString()).collectAsList()) {
      writtenPairs.put(
          r.getAs("day").toString() + " " + r.getAs("entity_a") + " " + r.getAs("entity_b"),
          r.getAs("articles"));
    }
    assertFalse(mentions.isEmpty());
    assertFalse(pairs.isEmpty());
    assertEquals(mentions, written);
    assertEquals(pairs, writtenPairs);
    assertEquals(
        Map.of("entity_day", (long) mentions.size(), "pair_day", (long) pairs.size()),
        ParquetRows.count(dir.resolve("out").toString()));
  }

  private static List<String> matches(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
