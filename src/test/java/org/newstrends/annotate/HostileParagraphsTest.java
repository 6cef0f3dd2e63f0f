package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstrends.testing.Fixtures;

/**
 * One paragraph of a million chars or more, one name or quotation after the other (a hostile
 * record, or a table or feed dump flattened into one line), with the shipped gazetteers: each rule
 * that compared every candidate, exclusion hit or quotation of the paragraph with every other made
 * these take a minute or more each, and a 4 MB record an hour. Now a few seconds; the bound is far
 * above that and far below the old times.
 */
class HostileParagraphsTest {

  private static MentionFinder finder;

  @BeforeAll
  static void gazetteers() {
    finder = new MentionFinder(GazetteerLoader.compile(Fixtures.shippedGazetteers()), 60);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // unit | times | mentions per unit
        "Russia and Ukraine | 100000 | 2", // candidates against candidates (longest per type)
        "the French president | 64000 | 2", // roles against countries
        "Biden accuses Putin of 'genocide' | 40000 | 3", // speakers against every candidate
        "\"genocide\" | 64000 | 1", // a quotation without a speaker walked back to the first
      })
  void aParagraphOfThousandsOfNamesAndQuotationsTakesTimeInProportion(
      String unit, int times, int perUnit) {
    String text = (unit + " ").repeat(times);
    List<Mention> mentions =
        assertTimeoutPreemptively(
            Duration.ofSeconds(40),
            () ->
                finder.find(
                    List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.of(2023, 5, 1)));
    assertEquals((long) times * perUnit, mentions.size(), unit);
  }
}
