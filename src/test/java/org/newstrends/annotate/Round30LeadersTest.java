package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 30 (docs/accuracy-rounds.md): a leader alias that is given names only ({@code
 * forename: true} in the gazetteer), on excerpts of dev-split items of ../shared/data with the
 * project's gazetteers.
 */
class Round30LeadersTest {

  private static List<String> leaders(String date, String title, String... paragraphs) {
    return find(date, title, paragraphs).stream()
        .filter(m -> m.entityType().equals("leader"))
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  /**
   * reuters:5231, rss-2023-03:15446, rss-2023-08:30653 and rss-2023-08:21177 (dev, the
   * whole-dev-split dump of round 30): "Juan Carlos" followed by a capitalised surname is another
   * person (an Argentine speaker of the house, a Peruvian judge, a tennis player, a suspect), not
   * Juan Carlos I; "Lawyer for Juan Carlos urges high court judge" (rss-2023-07:21968, dev),
   * "Spain's ex-king Juan Carlos appears" (rss-2023-04:34914, dev) and "Spain's Juan Carlos I
   * offers" (rss-2023-05:4747, dev) stay the king.
   */
  @Test
  void givenNamesBeforeASurnameAreAnotherPerson() {
    assertEquals(
        List.of(),
        leaders(
            "1987-03-02",
            null,
            "\"I suppose (the debt) will be unavoidable\" in talks, said Juan Carlos Pugliese,"
                + " speaker of the lower house of the Argentine Parliament."));
    assertEquals(
        List.of(),
        leaders(
            "2023-08-20",
            null,
            "The judge in charge of the investigation, Juan Carlos Checkley, ordered the"
                + " detention. He was followed by two more Spaniards, with Juan Carlos Ferrero’s"
                + " triumph in Paris in 2003. Police in Pasadena, Texas, have named Juan Carlos"
                + " Garcia Rodriguez as a person of interest."));
    assertEquals(
        List.of(
            "Juan Carlos=Q19943",
            "Juan Carlos=Q19943",
            "Juan Carlos I=Q19943",
            "Charles III=Q43274"),
        leaders(
            "2023-07-10",
            "Lawyer for Juan Carlos urges high court judge to strike out claim",
            "Statue mocking Spain's ex-king Juan Carlos appears in Madrid. Spain's Juan Carlos I"
                + " offers cautionary tale for Charles III."));
  }
}
