package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, disambiguation as data: an alias with context rules in the gazetteer YAML. */
class ContextRuleTest {

  private static final CompiledGazetteer G =
      GazetteerLoader.compile(List.of("src/test/resources/gazetteers/test-context.yaml"));

  /** "surface=id" or "surface=ambiguous:...[candidates]" of the organisation mentions. */
  private static List<String> orgs(String text, String outlet, String date) {
    return new MentionFinder(G, 20)
            .find(
                List.of(new MentionFinder.Segment("body", 0, text)), LocalDate.parse(date), outlet)
            .stream()
            .filter(m -> !m.entityType().equals("country"))
            .map(
                m ->
                    m.surface()
                        + "="
                        + m.entityId()
                        + (m.ambiguousCandidates() == null
                            ? ""
                            : "[" + m.ambiguousCandidates() + "]"))
            .toList();
  }

  @Test
  void theOutletsCountryResolves() {
    assertEquals(
        List.of("Congress=org:inc"),
        orgs("Congress releases its second list of candidates.", "Times of India", "2023-10-22"));
    assertEquals(
        List.of("Congress=org:us-congress"),
        orgs("Congress releases its second list of candidates.", "thehill.com", "2023-10-22"));
  }

  @Test
  void articleCountriesCoOccurringEntitiesAndCueWordsResolve() {
    assertEquals(
        List.of("Congress=org:inc"),
        orgs("In India, Congress lost again.", "The Guardian", "2023-10-22"));
    assertEquals(
        List.of("BJP=org:bjp", "Congress=org:inc"),
        orgs("The BJP and Congress clashed.", "The Guardian", "2023-10-22"));
    assertEquals(
        List.of("Congress=org:us-congress"),
        orgs("Congress and the Senate lawmakers met.", "The Guardian", "2023-10-22"));
    // the most signals win: an Indian outlet writing about the US Congress
    assertEquals(
        List.of("Congress=org:us-congress"),
        orgs(
            "The US and the United States: Congress and the Senate voted.",
            "Times of India",
            "2023-10-22"));
  }

  @Test
  void noContextIsReportedAmbiguousNotGuessed() {
    assertEquals(
        List.of("Congress=ambiguous:congress[org:inc|org:us-congress]"),
        orgs("Congress hears testimony.", "Daily Mail", "2023-10-22"));
    // a tie is ambiguous too
    assertEquals(
        List.of("Congress=ambiguous:congress[org:inc|org:us-congress]"),
        orgs("India and the US: Congress voted.", "Daily Mail", "2023-10-22"));
  }

  @Test
  void datesBoundACandidate() {
    // before the Indian National Congress was founded only the US candidate is left, unresolved
    assertEquals(
        List.of("Congress=ambiguous:congress[org:us-congress]"),
        orgs("Congress hears testimony.", "Times of India", "1880-01-01"));
  }

  @Test
  void aLongerNameWins() {
    assertEquals(
        List.of("Trinamool Congress=org:aitc"),
        orgs("The Trinamool Congress won.", "Times of India", "2023-10-22"));
  }

  /** The term mentions of {@code text} in an article at {@code url} with {@code section}. */
  private static List<String> termsIn(String section, String url, String text) {
    return new MentionFinder(G, 20)
            .find(
                List.of(new MentionFinder.Segment("body", 0, text)),
                LocalDate.parse("2023-08-26"),
                "The Guardian",
                new ArticleSections(section, url))
            .stream()
            .filter(m -> m.entityType().equals("term"))
            .map(m -> m.surface() + "=" + m.entityId())
            .toList();
  }

  /**
   * Stop 61: {@code outside_sections} scores one when none of the article's sections (its section
   * field, its URL's folders) is listed; inside one, only another signal resolves.
   */
  @Test
  void outsideSectionsScoresOneForAnArticleInNoneOfThem() {
    String text = "Two players were injured.";
    assertEquals(List.of("injured=injured"), termsIn(null, null, text));
    assertEquals(
        List.of("injured=injured"),
        termsIn(null, "https://www.theguardian.com/world/2023/aug/26/slug", text));
    assertEquals(
        List.of("injured=ambiguous:injured"),
        termsIn(null, "https://www.theguardian.com/sport/2023/aug/26/slug", text));
    // a section field, written as the source writes it, slugged as the rule's own list is
    assertEquals(List.of("injured=ambiguous:injured"), termsIn("RUGBY UNION", null, text));
    // the URL's last segment is the article's own slug, never a section
    assertEquals(List.of("injured=injured"), termsIn(null, "https://example.com/news/sport", text));
    // a cue of the rule resolves inside a listed section
    assertEquals(
        List.of("injured=injured"),
        termsIn(
            null,
            "https://www.theguardian.com/sport/2023/aug/26/slug",
            "Two women were injured in a shooting."));
  }
}
