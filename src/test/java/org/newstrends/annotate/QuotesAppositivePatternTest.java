package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Quotes#appositive}, written to read the text after a comma once, finds exactly what the
 * plain form of the pattern finds: the same matches, in the same order, with the same group.
 */
class QuotesAppositivePatternTest {

  private static final String VERBS = "s(?:aid|ays)|told|according to";

  /** The pattern as it read before: {@code ,\s+} then the lazy body. */
  private static final Pattern PLAIN =
      Pattern.compile(
          "(?=,)(?<=\\p{Lu}[\\p{L}'\u2019.-]{0,30}\\s{0,23})(,\\s+[^,;:\"\u201c\u201d\u2018]{1,90}?,)(?=\\s+(?:(?:has|have|had|also|again|then|later|on \\w+)\\s+)*(?:"
              + VERBS
              + ")\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ONE_READ = Quotes.appositive(VERBS);

  /** Pieces of text the random texts are made of: names, blanks, commas, verbs, stops. */
  private static final String[] PIECES = {
    "Arango",
    "Al Gore",
    "the",
    "minister",
    "x",
    ",",
    ", ",
    ",  ",
    ",",
    " ",
    "  ",
    "     ",
    "\t",
    " said",
    " says",
    " told",
    " has said",
    " also told",
    " according to",
    ";",
    ":",
    "\u201c",
    ".",
    "President Vucic",
    "in an interview with Reuters",
    "on Monday",
    "  said",
  };

  @Test
  void findsWhatThePlainPatternFindsInRandomTexts() {
    Random random = new Random(20261204);
    int texts = 0;
    int withMatches = 0;
    int blankOnly = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      int pieces = 2 + random.nextInt(24);
      for (int p = 0; p < pieces; p++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(8) == 0) {
        b.append(" ".repeat(random.nextInt(120))).append(", said");
      }
      String text = b.toString();
      List<String> plain = matches(PLAIN, text);
      assertEquals(plain, matches(ONE_READ, text), () -> "text: [" + text + "]");
      texts++;
      withMatches += plain.isEmpty() ? 0 : 1;
      blankOnly += plain.stream().anyMatch(m -> m.matches("\\d+-\\d+ ,\\s{2,},")) ? 1 : 0;
    }
    assertEquals(20_000, texts);
    // the texts exercise both branches: ordinary appositives and blank runs between commas
    assertTrue(withMatches > 1_000, "texts with an appositive: " + withMatches);
    assertTrue(blankOnly > 20, "texts with blanks alone between commas: " + blankOnly);
  }

  @Test
  void blanksAloneBetweenTwoCommasAreAnAppositiveAsBefore() {
    String text = "Al Gore,   , said";
    assertEquals(List.of("7-12 ,   ,"), matches(ONE_READ, text));
    assertEquals(matches(PLAIN, text), matches(ONE_READ, text));
    // one blank alone is no appositive (the body needs a character)
    assertEquals(List.of(), matches(ONE_READ, "Al Gore, , said"));
    assertEquals(List.of(), matches(PLAIN, "Al Gore, , said"));
  }

  @Test
  void aBlankedAppositiveIsReadOnce() {
    // masked's chained pass reads such texts: the appositive next to the verb blanked, its opening
    // comma kept; the one before it is found, the blanked one is no appositive any more
    String text = "Prince Abdullah, carried by the agency," + " ".repeat(60) + " said";
    assertEquals(List.of("15-39 , carried by the agency,"), matches(ONE_READ, text));
    assertEquals(matches(PLAIN, text), matches(ONE_READ, text));
    String blanked = "Prince Abdullah," + " ".repeat(90) + " said";
    assertEquals(List.of(), matches(ONE_READ, blanked));
    assertEquals(List.of(), matches(PLAIN, blanked));
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start(1) + "-" + m.end(1) + " " + m.group(1));
    }
    return out;
  }
}
