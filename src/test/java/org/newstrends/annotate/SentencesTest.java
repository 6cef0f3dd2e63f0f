package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aRunWithoutSentenceEndsIsCutAtAWordPastTheLongestSentence() {
    int max = Sentences.MAX_SENTENCE_CHARS;
    String word = "var x = \"a\"; ";
    String script = word.repeat(3 * max / word.length());
    String text = "Short one.\n" + script + "\nNext line.";
    int[] starts = Sentences.starts(text);
    int scriptEnd = text.lastIndexOf('\n');
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : text.length();
      assertTrue(
          end - starts[k] <= max + word.length(), "sentence " + k + " is " + (end - starts[k]));
      if (starts[k] > 11 && starts[k] < scriptEnd) {
        assertTrue(
            Character.isWhitespace(text.charAt(starts[k] - 1)), "cut at a word: " + starts[k]);
      }
    }
    assertEquals(11, starts[1], "the sentence ends found before stay");
    assertTrue(starts.length >= 5, java.util.Arrays.toString(starts));
    assertEquals("Next line.", text.substring(starts[starts.length - 1]));
    // a run without white space is cut right at the bound
    String blob = "Start " + "x".repeat(5 * max);
    int[] cuts = Sentences.starts(blob);
    assertArrayEquals(new int[] {0, max, 2 * max, 3 * max, 4 * max, 5 * max}, cuts);
    // prose keeps its sentences
    String prose = "A sentence of prose. ".repeat(200);
    assertEquals(200, Sentences.starts(prose).length);
  }
}
