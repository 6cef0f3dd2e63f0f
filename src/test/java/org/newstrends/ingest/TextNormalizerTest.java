package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextNormalizer}: invisible format characters removed, combining marks composed. */
class TextNormalizerTest {

  @Test
  void plainTextIsReturnedAsItIs() {
    String plain = "Iran's president said on Monday: \u201cNo.\u201d \u2013 caf\u00e9, na\u00efve";
    assertSame(plain, TextNormalizer.normalize(plain));
    List<String> paragraphs = List.of("One.", "Two, \u00e0 la carte.");
    assertSame(paragraphs, TextNormalizer.normalize(paragraphs));
    assertNull(TextNormalizer.normalize((String) null));
  }

  @Test
  void softHyphensZeroWidthSpacesWordJoinersAndByteOrderMarksAreRemoved() {
    assertEquals("Biden met Germany", TextNormalizer.normalize("Bi\u00ADden met Ger\u200Bmany"));
    assertEquals("of vitriol", TextNormalizer.normalize("of \u00ADvitriol"));
    assertEquals("Trash is piling up", TextNormalizer.normalize("\uFEFF\uFEFFTrash is piling up"));
    assertEquals("Macron met", TextNormalizer.normalize("Macron\u2060 met"));
    // A field that was trimmed stays trimmed; one that was not keeps its spaces.
    assertEquals("Up early?", TextNormalizer.normalize("\u200B\u200B Up early?"));
    assertEquals(" x ", TextNormalizer.normalize(" x\u200B "));
  }

  @Test
  void joinersThatShapeScriptsAndEmojiStay() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertEquals(family, TextNormalizer.normalize(family));
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    assertEquals(persian, TextNormalizer.normalize(persian));
  }

  @Test
  void combiningMarksAreComposed() {
    assertEquals("Erdo\u011Fan", TextNormalizer.normalize("Erdog\u0306an"));
    assertEquals("Vu\u010Di\u0107", TextNormalizer.normalize("Vuc\u030Cic\u0301"));
    assertEquals("T\u00FCrkiye", TextNormalizer.normalize("Tu\u0308rkiye"));
    // Both at once, in a list: a paragraph left with nothing visible is dropped.
    assertEquals(
        List.of("Beyonc\u00E9 sang.", "Next."),
        TextNormalizer.normalize(Arrays.asList("Beyonce\u0301 \u00ADsang.", "\u200B", "Next.")));
  }

  @Test
  void everyTextFieldOfAnArticleIsNormalisedAndTheOthersAreNot() {
    String odd = "Bi\u00ADden";
    Article a =
        new Article(
            "in/f\u200B.jsonl",
            0,
            "jsonl",
            null,
            null,
            odd,
            odd,
            odd,
            odd,
            odd,
            odd,
            List.of(odd, "\u200B"),
            List.of(odd),
            List.of(odd),
            odd,
            "https://x.test/a\u00ADb",
            List.of(odd),
            "en");
    for (String field :
        List.of(
            a.section(),
            a.title(),
            a.lede(),
            a.photoCaption(),
            a.photoCredit(),
            a.dateline(),
            a.source(),
            a.subheadings().get(0),
            a.related().get(0),
            a.authors().get(0))) {
      assertEquals("Biden", field);
    }
    assertEquals(List.of("Biden"), a.paragraphs());
    assertEquals("in/f\u200B.jsonl", a.inputFile(), "a path names a file; it is not text");
    assertEquals("https://x.test/a\u00ADb", a.url());
  }
}
