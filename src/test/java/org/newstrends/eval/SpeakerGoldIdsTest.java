package org.newstrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.testing.Fixtures;

/**
 * The judged test speakers follow round 3's strict convention (docs/accuracy-rounds.md, "Speakers
 * round 3" and "Stop 62"): a speaker judged {@code KEY|ID} carries the id of the gazetteers'
 * leader, person, organisation or country it names, and {@code KEY|-} only when it names none. The
 * scorer reads a {@code -} as "no leader or person", so a stale {@code -} for a person the
 * gazetteers hold scores a right speaker wrong. This check keeps the judgements in step with the
 * gazetteers: every {@code KEY|-} whose key is a name or alias of a leader or person must be one
 * read in its item and found to be someone else.
 */
class SpeakerGoldIdsTest {

  /**
   * Item and key of each {@code KEY|-} read in its item (stop 62) and found to be another person
   * than the gazetteers' namesake.
   */
  private static final Set<String> READ_AS_SOMEONE_ELSE =
      Set.of(
          "reuters:12130|Howard", // Michael Howard, a British minister, not John Howard
          "rss-2023-09:30686|Abbott", // Greg Abbott, Governor of Texas, not Tony Abbott
          "rss-2023-07:14165|Reynolds", // Ryan Reynolds, the actor, not Albert Reynolds
          "reuters:15250|Carney", // Patricia Carney, Canada's trade minister, not Mark Carney
          "rss-2023-01:29637|Phillips", // Mike Phillips, the novelist, not Mark Phillips
          "rss-2023-06:35855|Christie"); // Chris Christie, not Perry Christie

  @Test
  void aSpeakerJudgedAsNobodyInTheGazetteersNamesNoLeaderOrPersonTheyHold() throws IOException {
    Map<String, Set<String>> people = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (String path : Fixtures.shippedGazetteers()) {
      for (GazetteerFile.Entity e : GazetteerLoader.read(Path.of(path)).entities()) {
        ids.add(e.id());
        if (!"leader".equals(e.type()) && !"person".equals(e.type())) {
          continue;
        }
        people.computeIfAbsent(lower(e.name()), k -> new HashSet<>()).add(e.id());
        for (GazetteerFile.Alias a : e.aliases()) {
          people.computeIfAbsent(lower(a.text()), k -> new HashSet<>()).add(e.id());
        }
      }
    }
    List<String> stale = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/eval/precision-test.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("item\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      int bar = c[9].indexOf('|');
      if (bar < 0) {
        continue; // "none", "?" or no quotation
      }
      String key = c[9].substring(0, bar);
      String id = c[9].substring(bar + 1);
      if (id.equals("-")) {
        if (people.containsKey(lower(key)) && !READ_AS_SOMEONE_ELSE.contains(c[0] + "|" + key)) {
          stale.add(c[0] + " " + c[9] + " " + people.get(lower(key)));
        }
      } else if (!ids.contains(id)) {
        unknown.add(c[0] + " " + c[9]);
      }
    }
    assertEquals(List.of(), stale, "speakers judged '-' whose key names a leader or person");
    assertEquals(List.of(), unknown, "speakers judged with an id no gazetteer holds");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
