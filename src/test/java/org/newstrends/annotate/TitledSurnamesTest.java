package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname several people share, after a role's title, names those who ever held that role when no
 * one holds an office on the article's date to decide: "former President Clinton" in 2023 is Bill
 * Clinton, not Hillary Clinton; "former Prime Minister Khan" is Imran Khan, not Pakistan's
 * president Ghulam Ishaq Khan or the prosecutor Karim Khan. Whole dev split: 16 mentions removed,
 * each read and wrong. Sentences of real dev-split RSS items of 2023.
 */
class TitledSurnamesTest {

  private static final MentionFinder FINDER =
      new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 60);

  private static List<String> people(String text, LocalDate date) {
    return FINDER
        .find(MentionFinder.segments(text, null, null, List.of(), List.of()), date)
        .stream()
        .filter(m -> MentionFinder.isPerson(m.entityType()))
        .map(m -> m.entityId() + " " + m.surface())
        .toList();
  }

  @Test
  void aFormerPresidentIsTheOneWhoWasPresident() {
    assertEquals(
        List.of("Q1124 Clinton"),
        people(
            "Declassified Richard Nixon letter to President Clinton proves prophetic on Russia",
            LocalDate.of(2023, 4, 1)));
    assertEquals(
        List.of("Q1124 Clinton", "Q6294 Hillary Clinton"),
        people(
            "Former President Clinton and Hillary Clinton are remembering their \u201cdecades of"
                + " friendship\u201d",
            LocalDate.of(2023, 7, 1)));
  }

  @Test
  void aFormerPrimeMinisterIsTheOneWhoWasPrimeMinister() {
    assertEquals(
        List.of("Q155164 Khan"),
        people(
            "Pakistani Police File Terrorism Charges Against Former Prime Minister Khan",
            LocalDate.of(2023, 3, 20)));
  }
}
