package org.newstrends.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.config.DedupConfig;
import org.newstrends.testing.Fixtures;

/**
 * The dedup signature's shortcuts give what the plain definitions give: the lede's numbers read
 * from the words of {@code title + " " + body} equal those of the body alone, and the band keys of
 * the unsorted shingle hashes equal those of the sorted distinct shingles.
 */
class ShinglerTest {

  /** Reuters-21578 records (textdump/reuters-us-excerpt.txt): headline, then the body. */
  private static List<String[]> reutersRecords() {
    List<String[]> records = new ArrayList<>();
    for (String record : Fixtures.text("/textdump/reuters-us-excerpt.txt").split("\n date ")) {
      String[] lines = record.split("\n", 3);
      if (lines.length == 3) {
        records.add(new String[] {lines[1], lines[2]});
      }
    }
    return records;
  }

  /** Texts whose lower case depends on context or changes length, and a lede that ends at 40. */
  private static List<String[]> edgeCases() {
    String forty =
        String.join(" ", java.util.Collections.nCopies(38, "word")) + " 1986 1987 1988 and 1989";
    return List.of(
        new String[] {null, "Talks in 1987 ended; 12 pct of 300 mln dlrs."},
        new String[] {"", "No digits here at all."},
        new String[] {"ΟΔΥΣΣΕΥΣ 2", "ΟΔΥΣΣΕΥΣ 3 ΣΑΣ 4ος και 5Σ"},
        new String[] {"İSTANBUL 7", "İSTANBUL 8 İ9 stocks"},
        new String[] {"Title with 99 in it", forty},
        new String[] {"Q1 1987", null});
  }

  @Test
  void ledeNumbersFromTheTitleAndBodyWordsEqualTheBodyAlone() {
    List<String[]> cases = new ArrayList<>(reutersRecords());
    cases.addAll(edgeCases());
    assertTrue(cases.size() > 50, "records read: " + cases.size());
    int withNumbers = 0;
    for (String[] c : cases) {
      String[] expected = Shingler.numbers(c[1], DedupConfig.LEDE_WORDS);
      Shingler.Words words = Shingler.words((c[0] == null ? "" : c[0]) + " " + c[1]);
      String[] actual = Shingler.numbers(words, Shingler.words(c[0]).size, DedupConfig.LEDE_WORDS);
      assertArrayEquals(expected, actual, () -> Arrays.toString(c));
      withNumbers += expected.length > 0 ? 1 : 0;
    }
    assertTrue(withNumbers > 20, "records with lede numbers: " + withNumbers);
    assertArrayEquals(
        new String[] {"1986", "1987"},
        Shingler.numbers(edgeCases().get(4)[1], DedupConfig.LEDE_WORDS),
        "the 40th word is the lede's last");
  }

  @Test
  void bandKeysOfTheUnsortedHashesEqualThoseOfTheSortedDistinctShingles() {
    Shingler shingler = new Shingler(5, 25, 4);
    List<String> texts = new ArrayList<>();
    for (String[] r : reutersRecords()) {
      texts.add(r[0] + " " + r[1]);
    }
    texts.add("the same five words here the same five words here the same five words here");
    texts.add("two words");
    for (String text : texts) {
      Shingler.Words words = Shingler.words(text);
      long[] hashes = shingler.shingleHashes(words);
      long[] distinct = shingler.shingles(words);
      assertEquals(Arrays.stream(hashes).distinct().count(), distinct.length, text);
      assertArrayEquals(shingler.bandKeys(distinct), shingler.bandKeys(hashes), text);
    }
    long[] repeated = shingler.shingleHashes(Shingler.words(texts.get(texts.size() - 2)));
    assertTrue(
        repeated.length > Arrays.stream(repeated).distinct().count(),
        "a text with repeated shingles is among the cases");
  }
}
