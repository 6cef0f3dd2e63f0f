package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.TextDumpParser;
import org.newstrends.testing.Fixtures;

/** The seed article (TRT World, 2023-12-07) against the project's gazetteers in conf/gazetteers. */
class SeedMentionsTest {

  static final List<String> GAZETTEERS = Fixtures.shippedGazetteers();

  private static Article article;
  private static List<Mention> mentions;

  @BeforeAll
  static void annotate() {
    String raw = Fixtures.text("/textdump/seed.txt");
    article = TextDumpParser.parse(raw, raw.length(), "seed.txt", 0, 1 << 22).article();
    CompiledGazetteer g = GazetteerLoader.compile(GAZETTEERS);
    mentions =
        new MentionFinder(g, 60)
            .find(
                MentionFinder.segments(
                    article.title(),
                    article.lede(),
                    article.photoCaption(),
                    article.paragraphs(),
                    article.related()),
                article.publishedDate());
  }

  private static List<Mention> of(String entityName) {
    return mentions.stream().filter(m -> m.entityName().equals(entityName)).toList();
  }

  @Test
  void findsAllTheLeadersCountriesPlacesAndOrganisations() {
    Set<String> names = mentions.stream().map(Mention::entityName).collect(Collectors.toSet());
    for (String name :
        List.of(
            "Vladimir Putin",
            "Ebrahim Raisi",
            "Kim Jong-un",
            "Iran",
            "Russia",
            "Israel",
            "Saudi Arabia",
            "United Arab Emirates",
            "North Korea",
            "Ukraine",
            "Hamas",
            "United States")) {
      assertTrue(names.contains(name), name + " not found in " + names);
    }
    assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("Gaza")), "Gaza");
    assertTrue(of("Kim Jong-un").stream().allMatch(m -> m.surface().equals("Kim Jong-un")));
  }

  @Test
  void kindsOfMatch() {
    Set<String> russia =
        of("Russia").stream()
            .map(m -> m.surface() + "/" + m.matchKind())
            .collect(Collectors.toSet());
    assertTrue(
        russia.containsAll(
            Set.of("Moscow/metonym", "The Kremlin/metonym", "Russian/demonym", "Russia/name")),
        russia.toString());
    Set<String> iran =
        of("Iran").stream().map(m -> m.surface() + "/" + m.matchKind()).collect(Collectors.toSet());
    assertTrue(
        iran.containsAll(Set.of("Iranian/demonym", "Tehran/metonym", "Iran/name")),
        iran.toString());
    assertTrue(
        of("United States").stream()
            .anyMatch(
                m -> m.surface().equals("the White House") && m.matchKind().equals("metonym")));
    // the possessive "Iran's" in the title is the country Iran
    Mention titleIran =
        of("Iran").stream().filter(m -> m.field().equals("title")).findFirst().get();
    assertEquals(0, titleIran.charStart());
    assertEquals(4, titleIran.charEnd());
  }

  @Test
  void genocideInTheTitleIsAScareQuoteAndInTheBodyRaisisWords() {
    List<Mention> genocide = of("genocide");
    assertEquals(3, genocide.size(), genocide.toString());
    Mention title = genocide.get(0);
    assertEquals("title", title.field());
    assertTrue(title.inQuote());
    assertEquals("scare", title.quoteKind());

    Mention accused = genocide.get(1);
    assertEquals("body", accused.field());
    assertEquals(0, accused.paragraphIndex());
    assertTrue(accused.inQuote());
    assertEquals("scare", accused.quoteKind()); // one quoted word, no speech verb next to it
    assertEquals(
        "Q5947347", accused.speakerEntityId()); // ...but the word is Raisi's ("has accused")

    Mention said = genocide.get(2);
    assertEquals(3, said.paragraphIndex());
    assertEquals(0, said.sentenceIndex());
    assertTrue(said.inQuote());
    assertEquals("speech", said.quoteKind());
    assertEquals("Q5947347", said.speakerEntityId());
    assertEquals("Raisi", said.speakerText());
    String paragraph = article.paragraphs().get(3);
    assertEquals("genocide", paragraph.substring(said.charStart(), said.charEnd()));
  }

  @Test
  void outletVoiceMentionsAreNotInQuotes() {
    Mention kim = of("Kim Jong-un").get(0);
    assertFalse(kim.inQuote());
    assertNull(kim.quoteKind());
    assertEquals("body", kim.field());
    assertEquals(7, kim.paragraphIndex());
    assertEquals(
        "Kim Jong-un", article.paragraphs().get(7).substring(kim.charStart(), kim.charEnd()));
  }

  @Test
  void theRelatedTeaserQuoteIsIransSpeech() {
    Mention resistance =
        mentions.stream()
            .filter(m -> m.field().equals("related") && m.entityType().equals("term"))
            .findFirst()
            .get();
    assertEquals("speech", resistance.quoteKind());
    assertEquals("IR", resistance.speakerEntityId());
  }
}
