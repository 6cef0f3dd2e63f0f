package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.ofType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 85 (docs/accuracy-rounds.md, "Stop 85"): Norway's demonyms. The curated countries
 * file wrote Norway's id bare (NO), which YAML 1.1 reads as the boolean false, so "Norwegian" and
 * "Norwegians" had gone from every entity, Norway's too. Dev-split items of ../shared/data (RSS
 * 2023, ids as DevSplitDump names them), with the project's gazetteers.
 */
class Stop85CountriesTest {

  /** rss-2023-03:45917 and rss-2023-04:12292 (dev): the demonyms name Norway. */
  @Test
  void norwegianAndNorwegiansNameNorway() {
    assertEquals(
        List.of("Norwegian=NO"),
        ofType(
            "country",
            "2023-03-30",
            "Norwegian police make largest cocaine seizure in country's history"));
    assertEquals(
        List.of("Norwegians=NO", "Norway=NO"),
        ofType(
            "country",
            "2023-04-24",
            null,
            "A record number of super-rich Norwegians are abandoning Norway for low-tax countries."));
  }

  /** rss-2023-07:615 (dev): the Miami cruise line and its ship are no Norway. */
  @Test
  void theCruiseLineAndItsShipsAreNoNorway() {
    assertEquals(
        List.of(),
        ofType(
            "country",
            "2023-07-03",
            null,
            "The Norwegian Cruise Line ship Norwegian Bliss passes under the Lions Gate Bridge upon"
                + " arrival in Vancouver."));
  }
}
