package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leader's surname that opens other people's names in the gazetteers ("Kim", "Jonathan") is
 * another person's given name before a capitalised word: "Iowa Gov. Kim Reynolds" is not Kim
 * Young-sam, and "Minister Kim Mahn-je" (Reuters, 1987) neither, nor the bare "Kim" of his article.
 * A hyphen or a possessive between them is no name: "Xi-Putin talks", "Xi's Russia trip"; a surname
 * that also ends a name ("Johnson": Boris Johnson) is left alone. Whole dev split: 70 mentions
 * removed, 66 of them wrong ("Kim" 64: Kim Reynolds, Kim Gardner, Kim Mahn-je ...; "Tedros Tedros",
 * "Chun In-Yong"), 4 right ("Yoon Suk Yeul", misspelt, twice, once now found by its role phrase;
 * "Xi Fires Defense Minister"; "Biden-Xi Bali pledge"). Sentences of real dev-split items (RSS
 * 2023, Reuters-21578).
 */
class GivenNameSurnamesTest {

  private static final MentionFinder FINDER =
      new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 60);

  private static List<String> people(List<String> paragraphs, LocalDate date) {
    return FINDER
        .find(MentionFinder.segments(null, null, null, paragraphs, List.of()), date)
        .stream()
        .filter(m -> MentionFinder.isPerson(m.entityType()))
        .map(m -> m.entityId() + " " + m.surface())
        .toList();
  }

  @Test
  void aSurnameBeforeAnotherPersonsNameIsTheirGivenName() {
    assertEquals(
        List.of(),
        people(
            List.of(
                "Iowa Gov. Kim Reynolds (R) signed a bill into law on Friday that restricts"
                    + " ..."),
            LocalDate.of(2023, 6, 2)));
    assertEquals(
        List.of(),
        people(
            List.of(
                "South Korea's trade surplus is growing too fast and the government has started"
                    + " taking steps to slow it down, Deputy Prime Minister Kim Mahn-je said.",
                "Kim told reporters the excessively fast rise in exports could make it harder to"
                    + " manage the economy."),
            LocalDate.of(1987, 4, 8)));
  }

  @Test
  void aHyphenOrAPossessiveIsNoName() {
    List<String> ms =
        people(
            List.of(
                "Xi-Putin talks highlight Russia's role as 'junior partner' to China.",
                "Xi's Russia trip reduced chance of nuclear war, says EU foreign policy chief."),
            LocalDate.of(2023, 3, 22));
    assertEquals(
        List.of("Q15031 Xi", "Q15031 Xi"),
        ms.stream().filter(m -> m.startsWith("Q15031 ")).toList(),
        ms::toString);
  }
}
