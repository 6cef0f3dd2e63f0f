package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital counts as its country only where it stands for the government ("Moscow blocks most
 * shipments"), not where it is the city (eval README, judging rules). A fresh seeded draw of 120
 * metonym mentions of the dev split (2026-12-05) found 64 cities: "London drivers", "a suburb of
 * Kyiv", "a trip to Seoul", "Royal Festival Hall, London", datelines ("WASHINGTON (AP) -"). The
 * rules of {@code conf/rules/annotate-words.yaml} ({@code metonym_literal_of}, {@code
 * metonym_literal_after}, {@code metonym_literal_before}, {@code metonym_motion_before_to}, {@code
 * metonym_visit_before}) drop 42 of them and 1 of the 56 governments. Whole dev split: 4,075
 * capital mentions fewer; of a seeded 60 of them, 58 were cities.
 *
 * <p>A country word before a possessive is no longer read as the first word of the name after it
 * ("Canada's Connor Bedard", "India's Supreme Court"): 2,589 more country mentions on the dev
 * split, 40 of 40 right in a seeded look. Exclusions holding a possessive ("America's Cup",
 * "Britain's Got Talent") now apply. Sentences of real dev-split items (RSS 2023, Reuters-21578).
 */
class CapitalsAsCitiesTest {

  private static final MentionFinder FINDER =
      new MentionFinder(GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS), 60);

  private static final LocalDate DATE = LocalDate.of(2023, 6, 1);

  private static List<Mention> find(String... paragraphs) {
    return FINDER.find(
        MentionFinder.segments(null, null, null, List.of(paragraphs), List.of()), DATE);
  }

  private static List<String> countries(String... paragraphs) {
    return find(paragraphs).stream()
        .filter(m -> m.entityType().equals("country"))
        .map(m -> m.entityId() + " " + m.surface())
        .toList();
  }

  @Test
  void aCapitalThatIsTheCityIsNoCountry() {
    for (String city :
        List.of(
            "Sadiq Khan blasted by London drivers for 'money grabbing' mayor's pay-per-mile scheme",
            "Mexico City’s crumbling metro system casts shadow on mayor’s 2024 ambitions",
            "The crash in a suburb of Kyiv killed at least 14 people, officials said.",
            "Then when I moved to London in my 20s, I took myself hopefully to Rigby & Peller.",
            "Typically, a flight from London to Sydney on a commercial plane takes more than 22"
                + " hours.",
            "Royal Festival Hall, London",
            "The tremor was felt in the country’s capital city, Kuala Lumpur.",
            "L&G boss laments ‘drift’ away from London’s equity market",
            "Beijing-based researchers apply for visas to move to Vancouver",
            "LONDON: Medecins Sans Frontieres has suspended performing trauma surgery.")) {
      assertEquals(List.of(), countries(city), city);
    }
  }

  @Test
  void aVisitIsToTheCityAndADatelineIsWhereTheStoryWasFiled() {
    assertEquals(
        List.of("UA Ukraine"),
        countries("EU representatives visit Kyiv to boost morale as Ukraine eyes membership"));
    assertEquals(
        List.of("SA Saudi Arabia", "US American"),
        countries("WASHINGTON (AP) — Saudi Arabia on Monday freed a 72-year-old American."));
  }

  @Test
  void aCapitalThatIsTheGovernmentStays() {
    assertEquals(
        List.of("RU Moscow", "UA Ukraine"),
        countries("Moscow blocks most shipments from Ukraine, one of the world’s largest"));
    assertEquals(
        List.of("US Washington", "UA Kyiv"),
        countries(
            "the current strike range in latest batch of assistance from Washington to Kyiv"));
    assertEquals(
        List.of("CN Beijing"),
        countries("Beijing has wasted no time weighing in on the conflict."));
  }

  @Test
  void aCountryBeforeAPossessiveIsNotPartOfTheNameAfterIt() {
    assertEquals(
        List.of("CA Canada"), countries("Canada’s Connor Bedard chases the puck during the game."));
    assertEquals(
        List.of("IN India"),
        countries("India’s Supreme Court upheld Prime Minister Narendra Modi’s 2016 decision."));
    // no Britain inside the show's name; the comedian's Norway (its demonym since stop 85) stays
    assertEquals(
        List.of("NO Norwegian"),
        countries("Viggo Venn: Norwegian high-vis comedian wins Britain's Got Talent"));
    assertEquals(
        List.of(),
        countries("The America's Cup Takes All the Fun Out of Spying on the Rival Yachts"));
    assertEquals(
        List.of("UA Ukraine"),
        find("Ukraine's Security Service has released video of what it says is a maritime drone.")
            .stream()
            .filter(m -> !m.entityType().equals("term"))
            .map(m -> m.entityId() + " " + m.surface())
            .toList());
  }

  @Test
  void aCapitalReadAsTheCityIsStillNoHeOrShe() {
    // rss-2023-09:10464 (The Guardian): "He writes" is the prime minister, not "New Delhi",
    // although "New Delhi" is no mention here
    List<Mention> ms =
        find(
            "Over the last few months, billboards across India, especially in the capital, New"
                + " Delhi, have been plastered with images of Prime Minister Narendra Modi. The"
                + " hoardings welcome international delegates to the G20 summit with the words"
                + " “Mother of Democracy to host G20”. On the eve of the summit, which begins on"
                + " Saturday, the prime minister has penned an article citing the diversity of the"
                + " Indian democracy. He writes: “For India, the G20 presidency is not merely a"
                + " high-level diplomatic endeavour.”");
    assertEquals(
        List.of("IN India Q1058"),
        ms.stream()
            .filter(m -> m.inQuote() && m.entityType().equals("country"))
            .map(m -> m.entityId() + " " + m.surface() + " " + m.speakerEntityId())
            .toList());
    assertEquals(List.of(), ms.stream().filter(m -> m.surface().equals("New Delhi")).toList());
  }
}
