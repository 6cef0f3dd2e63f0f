package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static String[] keys(String text) {
    Tokenizer.Tokens t = Tokenizer.tokenize(text);
    return Arrays.copyOf(t.key, t.size);
  }

  @Test
  void possessivesAreMarkedNotTokens() {
    for (String text : new String[] {"Iran's president", "Iran\u2019s president"}) {
      Tokenizer.Tokens t = Tokenizer.tokenize(text);
      assertArrayEquals(new String[] {"iran", "president"}, Arrays.copyOf(t.key, t.size));
      assertTrue(t.possessive(0));
      assertFalse(t.possessive(1));
      assertEquals(0, t.start[0]);
      assertEquals(4, t.end[0]);
      assertEquals(7, t.start[1]);
    }
    Tokenizer.Tokens plural = Tokenizer.tokenize("the Palestinians' rights");
    assertTrue(plural.possessive(1));
    assertArrayEquals(
        new String[] {"the", "palestinians", "rights"}, keys("the Palestinians' rights"));
  }

  @Test
  void hyphenatedAndSpacedNamesGiveTheSameKeys() {
    assertArrayEquals(keys("Kim Jong Un"), keys("Kim Jong-un"));
    assertArrayEquals(keys("Kim Jong Un"), keys("Kim Jong\u2011un"));
    Tokenizer.Tokens t = Tokenizer.tokenize("Kim Jong-un");
    assertEquals("un", t.form[2]);
    assertEquals(9, t.start[2]);
  }

  @Test
  void dottedAcronymsAreOneToken() {
    Tokenizer.Tokens t = Tokenizer.tokenize("the U.S. and U.N. said.");
    assertArrayEquals(
        new String[] {"the", "u.s.", "and", "u.n.", "said", "."}, Arrays.copyOf(t.key, t.size));
    assertEquals("U.S.", t.form[1]);
    assertEquals(4, t.start[1]);
    assertEquals(8, t.end[1]);
  }

  @Test
  void quotesAndDashesAreNormalisedAndPunctuationIsItsOwnToken() {
    assertArrayEquals(
        new String[] {"\"", "genocide", "\"", "-", "war"}, keys("\u201Cgenocide\u201D \u2014 war"));
    assertArrayEquals(new String[] {"o'brien", ",", "ok"}, keys("O\u2019Brien, ok"));
  }

  /** The commas of a number's digit groups, and no other comma, are marked (stop 71). */
  @Test
  void digitGroupCommasAreMarked() {
    assertEquals("1", commas("killing 1,700 fish"));
    assertEquals("11", commas("all 1,200,000 pigs"));
    assertEquals("0", commas("killed 2, injured 20"));
    assertEquals("00000", commas("3,14 and 12,3456 and a,b and 1 ,700 and 1, 700"));
    assertEquals("1", commas("18,000."));
  }

  /** 1 for each comma token that is a digit-group comma, 0 for each other. */
  private static String commas(String text) {
    Tokenizer.Tokens t = Tokenizer.tokenize(text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < t.size; i++) {
      if (t.key(i).equals(",")) {
        out.append(t.digitGroupComma(i) ? '1' : '0');
      }
    }
    return out.toString();
  }
}
