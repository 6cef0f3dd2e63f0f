package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sections of an article (stop 61): its section field and its URL's folders, as slugs. The URLs
 * are links of dev-split RSS items of ../shared/data/jsonl (rss-2023-01:5819, rss-2023-08:31497,
 * rss-2023-08:26861).
 */
class ArticleSectionsTest {

  @Test
  void theFoldersOfTheUrlWithoutTheArticlesOwnSlugDatesOrIds() {
    assertEquals(
        Set.of("sport"),
        ArticleSections.of(
            null,
            "https://www.theguardian.com/sport/2023/aug/26/chicago-white-sox-shooting-guaranteed-rate-field"));
    assertEquals(
        Set.of("tennis", "emma-raducanu-injury-auckland-classic-tennis-spt-intl-hnk"),
        ArticleSections.of(
            null,
            "https://www.cnn.com/2023/01/05/tennis/emma-raducanu-injury-auckland-classic-tennis-spt-intl-hnk/index.html"));
    assertEquals(
        Set.of("sports"),
        ArticleSections.of(
            null,
            "https://www.foxnews.com/sports/ncaa-champion-goalie-killed-teammates-injured-minnesota-crash"));
    assertEquals(
        Set.of("sport", "football"),
        ArticleSections.of(null, "https://www.bbc.co.uk/sport/football/64137981/"));
  }

  @Test
  void aHostsFirstLabelCountsUnlessItIsPlain() {
    assertEquals(
        Set.of("sports"), ArticleSections.of(null, "https://sports.yahoo.com/a-story.html"));
    assertEquals(Set.of(), ArticleSections.of(null, "https://www.bbc.co.uk/a-story"));
    assertEquals(Set.of(), ArticleSections.of(null, "https://edition.cnn.com/a-story"));
    assertEquals(Set.of(), ArticleSections.of(null, "https://example.com/a-story"));
  }

  @Test
  void theSectionFieldAsSlugsOfEachOfItsParts() {
    assertEquals(Set.of("news"), ArticleSections.of("NEWS", null));
    assertEquals(Set.of("sport", "rugby-union"), ArticleSections.of(" Sport / Rugby Union ", null));
    assertEquals(
        Set.of("world", "sport"),
        ArticleSections.of("WORLD", "https://www.theguardian.com/sport/2023/x"));
  }

  @Test
  void thePageWordsAreTheWordsOfTheArticlesOwnSlug() {
    assertEquals(
        Set.of("black", "lotus", "review", "kickboxer", "thriller"),
        new ArticleSections(
                null,
                "https://www.theguardian.com/film/2023/jun/13/black-lotus-review-kickboxer-thriller/")
            .pageWords());
    assertEquals(
        Set.of("a", "story", "html"),
        new ArticleSections(null, "https://sports.yahoo.com/a-story.html?x=1").pageWords());
    assertEquals(Set.of(), new ArticleSections("Film", null).pageWords());
    assertEquals(Set.of(), new ArticleSections(null, "https://example.com/").pageWords());
    assertEquals(Set.of(), new ArticleSections(null, "not a url ::").pageWords());
  }

  @Test
  void nothingFromNothingOrFromAUrlThatDoesNotParse() {
    assertEquals(Set.of(), ArticleSections.of(null, null));
    assertEquals(Set.of(), ArticleSections.of("  ", " "));
    assertEquals(Set.of("news"), ArticleSections.of("news", "http://exa mple.com/sport/x"));
  }
}
