package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAfterSentenceEndsButNotAfterAbbreviationsInitialsOrAcronyms() {
    String text =
        "Mr. Smith met U.S. officials on Jan. 5 with John F. Kennedy Jr. present. "
            + "Then he left! \"Why?\" she asked.\nNext line";
    int[] starts = Sentences.starts(text);
    assertEquals(4, starts.length, java.util.Arrays.toString(starts));
    assertEquals("Then he left!", text.substring(starts[1], starts[2]).trim());
    assertEquals("\"Why?\" she asked.", text.substring(starts[2], starts[3]).trim());
    assertEquals("Next line", text.substring(starts[3]));
  }

  @Test
  void abbreviationsAreKnownInAnyCaseAndOnlyAsWholeWords() {
    // ASCII words are looked up packed into a number, others as a lower-cased string
    for (String abbreviation : new String[] {"Mr", "MR", "mr", "Sept", "GENS", "Co", "No"}) {
      assertEquals(1, Sentences.starts("Talks with " + abbreviation + ". Smith ended.").length);
    }
    for (String word : new String[] {"Mx", "Genz", "Approxx", "Gén", "Dé", "Oil"}) {
      assertEquals(2, Sentences.starts("Talks with " + word + ". Smith ended.").length, word);
    }
  }

  @Test
  void indexOfFindsTheSentenceOfAnOffset() {
    int[] starts = {0, 10, 20};
    assertEquals(0, Sentences.indexOf(starts, 0));
    assertEquals(0, Sentences.indexOf(starts, 9));
    assertEquals(1, Sentences.indexOf(starts, 10));
    assertEquals(2, Sentences.indexOf(starts, 25));
    assertArrayEquals(new int[] {0}, Sentences.starts("One sentence only."));
  }
}
