package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free text side ({@link Tokenizer#tokenize(String, Tokenizer.Tokens)}, key hashes,
 * char-wise key/form/case checks, {@link CompiledGazetteer#tokenId(Tokenizer.Tokens, int)}) agrees
 * with the string-building dictionary side on random text full of awkward characters.
 */
class TokenLookupTest {

  private static final String ALPHABET =
      "aAbBsSiIkK zZ019 .,;:!?()'\"`-\n\t"
          + "\u2019\u2018\u201C\u201D\u00B4\u02BC\u2013\u2014\u00A0"
          + "\u00E9\u00C9\u00DF\u0130\u0131\u03A3\u03C3\u212A\u0301\uD801\uDC00";

  private static String random(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      int k = r.nextInt(ALPHABET.length());
      char c = ALPHABET.charAt(k);
      if (Character.isHighSurrogate(c)) {
        sb.append(c).append(ALPHABET.charAt(k + 1));
      } else if (!Character.isLowSurrogate(c)) {
        sb.append(c);
      }
      if (r.nextInt(4) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void textSideAgreesWithStringSide() {
    Random r = new Random(8);
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      phrases.add(random(r, 1 + r.nextInt(12)));
    }
    List<GazetteerFile.Alias> aliases = new ArrayList<>();
    for (String p : phrases) {
      // an alias needs a letter or digit (GazetteerFile.Entity); punctuation still begins some
      if (!Tokenizer.key(p).isEmpty() && p.codePoints().anyMatch(Character::isLetterOrDigit)) {
        aliases.add(new GazetteerFile.Alias(p, "name", null, false));
      }
    }
    CompiledGazetteer g =
        CompiledGazetteer.compile(
            List.of(
                new GazetteerFile.Entity(
                    "x", "term", "X", null, aliases, List.of(), List.of(), List.of(), List.of())),
            List.of());
    Tokenizer.Tokens reused = new Tokenizer.Tokens();
    Tokenizer.Tokens filtered = new Tokenizer.Tokens(g.startFilter);
    int known = 0;
    int starts = 0;
    for (int round = 0; round < 300; round++) {
      String text = round < 50 ? phrases.get(round) : random(r, 50 + r.nextInt(400));
      Tokenizer.Tokens strings = Tokenizer.tokenize(text);
      Tokenizer.Tokens t = Tokenizer.tokenize(text, reused);
      assertEquals(strings.size, t.size, text);
      assertArrayEquals(Arrays.copyOf(strings.start, t.size), Arrays.copyOf(t.start, t.size));
      assertArrayEquals(Arrays.copyOf(strings.end, t.size), Arrays.copyOf(t.end, t.size));
      Tokenizer.Tokens f = Tokenizer.tokenize(text, filtered);
      assertEquals(t.size, f.size, text);
      List<Integer> mayStart = new ArrayList<>();
      for (int i = 0; i < t.size; i++) {
        if (g.mayStart(t, i)) {
          mayStart.add(i);
        }
      }
      // the tokens listed while tokenising are exactly those the start filter lets through
      assertEquals(mayStart, Arrays.stream(f.starts, 0, f.startCount).boxed().toList(), text);
      for (int i = 0; i < t.size; i++) {
        assertEquals(strings.possessive(i), t.possessive(i), strings.form[i]);
        assertEquals(strings.word(i), t.word(i), strings.form[i]);
        String form = strings.form[i];
        String key = strings.key[i];
        assertEquals(form, t.form(i));
        assertEquals(key, t.key(i));
        assertTrue(t.formIs(i, form));
        assertTrue(t.keyIs(i, key));
        StringBuilder appended = new StringBuilder("x");
        t.appendForm(appended, i);
        t.appendKey(appended, i);
        assertEquals("x" + form + key, appended.toString());
        assertEquals(form.equals(form.toUpperCase(Locale.ROOT)), t.allUpper(i), form);
        if (t.simple(i)) {
          assertEquals(key.hashCode(), t.hash[i], form);
        }
        int id = g.tokenId(t, i);
        assertEquals(g.tokenId(key), id, form);
        known += id >= 0 ? 1 : 0;
        if (id >= 0 && g.rootChild[id] >= 0) {
          assertTrue(g.mayStart(t, i), form); // the start filter never drops a real start
          starts++;
        }
      }
    }
    assertTrue(known > 100, "the random texts hit the dictionary: " + known);
    assertTrue(starts > 50, "and begin entries: " + starts);
  }

  /**
   * "of", "canada" and "inc" are keys, but no entry begins with them; "loan" begins only a sense's
   * near word, which the scan does not look for.
   */
  @Test
  void keysOnlyInsideEntriesOrNearWordsBeginNoWalk() {
    List<GazetteerFile.Alias> aliases = new ArrayList<>();
    for (String p : List.of("Bank of Canada", "Bank of England", "Isle of Man", "U.N.", ", Inc")) {
      aliases.add(new GazetteerFile.Alias(p, "name", null, false));
    }
    CompiledGazetteer g =
        CompiledGazetteer.compile(
            List.of(
                new GazetteerFile.Entity(
                    "x",
                    "term",
                    "X",
                    null,
                    aliases,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(new GazetteerFile.Sense(List.of(), List.of("loan", "isle"), 3)))),
            List.of());
    Tokenizer.Tokens t =
        Tokenizer.tokenize(
            "bank of isle OF canada , inc U.N. Inc man loan", new Tokenizer.Tokens());
    boolean[] expected = {true, false, true, false, false, true, false, true, false, false, false};
    assertEquals(expected.length, t.size);
    for (int i = 0; i < t.size; i++) {
      assertTrue(g.tokenId(t, i) >= 0, t.form(i)); // every token is a key
      assertEquals(expected[i], g.mayStart(t, i), t.form(i));
    }
  }
}
