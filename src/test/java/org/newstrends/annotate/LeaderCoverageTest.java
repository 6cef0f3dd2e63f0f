package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every head of state and government of a sovereign country in office in 1987, 1996 or 2023 (the
 * corpora's years) according to the reference data (src/test/resources/leaders/reference-heads.tsv,
 * an extract of ../shared/data/reference: Wikidata via cfmessias/geografia, and REIGN) is in
 * conf/gazetteers/leaders.yaml with a spell in that country covering the reference spell; and no
 * spell of leaders.yaml contradicts both sources (a start or end more than a month from Wikidata's
 * and from every REIGN spell of that country). Offices the project does not model as a leader role
 * (governors-general, collective and ecclesiastical heads of state...) are listed with their reason
 * in coverage-exceptions.tsv.
 */
class LeaderCoverageTest {

  static final Path DIR = Path.of("src/test/resources/leaders");
  static final int[] YEARS = {1987, 1996, 2023};
  static final int TOLERANCE_DAYS = 31;
  static final int REIGN_END_TOLERANCE_DAYS = 45;

  record Ref(
      String source,
      String iso2,
      String iso3,
      String role,
      String name,
      String qid,
      LocalDate start,
      LocalDate end) {}

  private static final List<Ref> wikidata = new ArrayList<>();
  private static final Map<String, List<Ref>> reignByCountry = new HashMap<>();
  private static final Map<String, GazetteerFile.Entity> leaders = new HashMap<>();
  private static final List<String[]> exceptions = new ArrayList<>();
  private static final TreeSet<String> missing = new TreeSet<>();
  private static final TreeSet<String> noSpell = new TreeSet<>();
  private static final TreeSet<String> contradictions = new TreeSet<>();

  @BeforeAll
  static void check() throws IOException {
    for (String line :
        Files.readAllLines(DIR.resolve("reference-heads.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("source\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      Ref r =
          new Ref(
              c[0],
              c[1],
              c[2],
              c[3],
              c[4],
              c[5],
              LocalDate.parse(c[6]),
              c[7].isEmpty() ? null : LocalDate.parse(c[7]));
      if (r.source().equals("wikidata")) {
        wikidata.add(r);
      } else {
        reignByCountry.computeIfAbsent(r.iso2(), k -> new ArrayList<>()).add(r);
      }
    }
    for (String line :
        Files.readAllLines(DIR.resolve("coverage-exceptions.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.startsWith("iso3\t") && !line.isBlank()) {
        exceptions.add(line.split("\t", -1));
      }
    }
    for (GazetteerFile.Entity e :
        GazetteerLoader.read(Path.of("conf/gazetteers/leaders.yaml")).entities()) {
      leaders.put(e.id(), e);
    }
    for (Ref r : wikidata) {
      if (excepted(r)) {
        continue;
      }
      GazetteerFile.Entity e = leaders.get(r.qid());
      String what = r.iso3() + " " + r.role() + " " + r.name() + " " + r.qid();
      if (e == null) {
        missing.add(what);
        continue;
      }
      List<GazetteerFile.Role> spells =
          e.roles() == null
              ? List.of()
              : e.roles().stream().filter(x -> x.country().equals(r.iso2())).toList();
      for (int year : YEARS) {
        LocalDate a = max(r.start(), LocalDate.of(year, 1, 1));
        LocalDate b = min(r.end(), LocalDate.of(year + 1, 1, 1));
        if (!a.isBefore(b)) {
          continue; // the reference spell does not reach into this year
        }
        boolean covered =
            spells.stream()
                .anyMatch(
                    s ->
                        LocalDate.parse(s.from()).isBefore(b)
                            && (s.to() == null || a.isBefore(LocalDate.parse(s.to()))));
        if (!covered) {
          noSpell.add(what + " in " + year + " (" + r.start() + ".." + r.end() + ")");
        }
      }
    }
    // spells of leaders.yaml that overlap the years and contradict both sources
    Map<String, List<Ref>> wikidataByPerson = new HashMap<>();
    for (Ref r : wikidata) {
      wikidataByPerson.computeIfAbsent(r.qid() + "|" + r.iso2(), k -> new ArrayList<>()).add(r);
    }
    for (GazetteerFile.Entity e : leaders.values()) {
      if (e.roles() == null) {
        continue;
      }
      if (reviewed(e.id())) {
        continue;
      }
      for (GazetteerFile.Role s : e.roles()) {
        if (!HEAD_ROLES.contains(s.role()) || !inYears(s)) {
          continue; // the reference lists heads of state and government only
        }
        LocalDate from = LocalDate.parse(s.from());
        LocalDate to = s.to() == null ? null : LocalDate.parse(s.to());
        // the Wikidata rows of this person in this country that overlap the spell
        List<Ref> wd =
            wikidataByPerson.getOrDefault(e.id() + "|" + s.country(), List.of()).stream()
                .filter(r -> overlaps(r.start(), r.end(), from, to))
                .toList();
        // the REIGN spells of this country whose leader shares a name word with the person
        List<Ref> reign =
            reignByCountry.getOrDefault(s.country(), List.of()).stream()
                .filter(
                    r -> sharesName(r.name(), e.name()) && overlaps(r.start(), r.end(), from, to))
                .toList();
        if (wd.isEmpty() || reign.isEmpty()) {
          continue; // a source that is silent about the spell cannot be contradicted
        }
        boolean fromOk =
            wd.stream().anyMatch(r -> near(r.start(), from, TOLERANCE_DAYS))
                || reign.stream().anyMatch(r -> near(r.start(), from, TOLERANCE_DAYS));
        boolean toOk =
            wd.stream().anyMatch(r -> nearEnd(r.end(), to, TOLERANCE_DAYS))
                || reign.stream().anyMatch(r -> nearEnd(r.end(), to, REIGN_END_TOLERANCE_DAYS))
                || Boolean.TRUE.equals(s.acting());
        if (!fromOk || !toOk) {
          contradictions.add(
              e.id()
                  + " "
                  + e.name()
                  + " "
                  + s.role()
                  + " "
                  + s.country()
                  + " "
                  + s.from()
                  + ".."
                  + s.to()
                  + (fromOk ? "" : " start")
                  + (toOk ? "" : " end")
                  + " vs wikidata "
                  + wd.stream().map(r -> r.start() + ".." + r.end()).toList());
        }
      }
    }
    System.out.println("leader coverage: " + wikidata.size() + " wikidata rows");
    missing.forEach(m -> System.out.println("  missing " + m));
    noSpell.forEach(m -> System.out.println("  no spell " + m));
    contradictions.forEach(m -> System.out.println("  contradicts both sources " + m));
  }

  static final java.util.Set<String> HEAD_ROLES =
      java.util.Set.of(
          "president",
          "prime_minister",
          "chancellor",
          "supreme_leader",
          "king",
          "queen",
          "emperor",
          "emir",
          "sultan",
          "prince",
          "grand_duke");

  private static boolean overlaps(LocalDate a, LocalDate b, LocalDate c, LocalDate d) {
    return (d == null || a.isBefore(d)) && (b == null || c.isBefore(b));
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean sharesName(String reignName, String name) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String w : fold(name).split("[^a-z]+")) {
      if (w.length() >= 4) {
        words.add(w);
      }
    }
    for (String w : fold(reignName).split("[^a-z]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reviewed(String qid) {
    return exceptions.stream().anyMatch(x -> x[1].equals("spell") && x[2].equals(qid));
  }

  private static boolean inYears(GazetteerFile.Role s) {
    for (int year : YEARS) {
      if (s.from().compareTo(year + "-12-31") <= 0
          && (s.to() == null || s.to().compareTo(year + "-01-01") > 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(LocalDate a, LocalDate b, int days) {
    return Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  private static boolean nearEnd(LocalDate ref, LocalDate gz, int days) {
    if (ref == null || gz == null) {
      return ref == null && gz == null
          || ref == null && gz.isAfter(LocalDate.of(2021, 3, 1))
          || gz == null && ref.isAfter(LocalDate.of(2021, 3, 1));
    }
    return near(ref, gz, days);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static boolean excepted(Ref r) {
    for (String[] x : exceptions) {
      if ((x[0].equals("*") || x[0].equals(r.iso3()))
          && (x[1].equals("*") || x[1].equals(r.role()))
          && (x[2].equals("*") || x[2].equals(r.qid()))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theExtractHasAllThreeYears() {
    for (int year : YEARS) {
      LocalDate d = LocalDate.of(year, 7, 1);
      assertTrue(
          wikidata.stream()
                  .filter(r -> !r.start().isAfter(d) && (r.end() == null || r.end().isAfter(d)))
                  .count()
              > 150,
          "reference rows for " + year);
    }
  }

  @Test
  void everyReferenceHeadIsALeader() {
    assertEquals(List.of(), List.copyOf(missing), missing.size() + " heads missing");
  }

  @Test
  void everyReferenceSpellIsCovered() {
    assertEquals(List.of(), List.copyOf(noSpell), noSpell.size() + " spells not covered");
  }

  @Test
  void noSpellContradictsBothSources() {
    assertEquals(List.of(), List.copyOf(contradictions), contradictions.size() + " contradictions");
  }
}
