package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 30 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round30TermsTest {

  /**
   * rss-2023-02:24239, rss-2023-02:21126, rss-2023-05:25931, rss-2023-06:34463, rss-2023-08:16655
   * and reuters:11184 (dev, the whole-dev-split dump of round 30): a bare "toll" next to a word of
   * fees (roads, gate, company, pricing) or right before road, plan, House or Brothers is a fee or
   * a name, no count of the dead; "Quake toll climbs" (rss-2023-02:11494, dev) and "Australia's
   * road toll continues to rise" (rss-2023-07:28511, dev: road deaths) stay.
   */
  @Test
  void aTollThatIsAFeeOrANameIsNoDeathToll() {
    assertEquals(
        List.of(),
        tolls(
            "2023-06-10",
            "Biden administration approves Manhattan congestion pricing toll plan",
            "Transurban, a company that owns a majority of the state's toll roads. Vehicles pass by"
                + " the Vienne-Reventin toll gate on the A7 freeway. The transportation director had"
                + " a personal vendetta against a toll company. Nestle recalls some Toll House"
                + " chocolate chip cookie dough. Toll Brothers Inc said it declared a two-for-one"
                + " split of its common stock. Behind the scenes footage shows grueling physical"
                + " toll on bull riders. Nature reserves pocked with craters: the environmental toll"
                + " from Russia’s war with Ukraine."));
    assertEquals(
        List.of("toll=casualties", "toll=casualties"),
        tolls(
            "2023-07-10",
            "Quake toll climbs to 15,000 people as search teams battle grim conditions",
            "Australia’s road toll continues to rise with most states falling behind safety"
                + " goals."));
  }

  /**
   * rss-2023-02:14355, rss-2023-10:4742, rss-2023-05:15662, rss-2023-08:2480, rss-2023-07:23131 and
   * rss-2023-09:3010 (dev): a modal (could, would, might, may, can) or a word of risk (risk, avoid,
   * prevent) up to four tokens before the injury word in the same clause makes it an injury that
   * may come or might have come, a warning or a figure, nobody hurt; "may have planned the
   * explosive attack that severely injured several firefighters" (rss-2023-05:17164, dev) and
   * "thousands could die if hospitals packed with wounded people run out of fuel"
   * (rss-2023-10:17206, dev) stay.
   */
  @Test
  void aMayBeInjuryIsNoInjury() {
    assertEquals(
        List.of(),
        injuries(
            "2023-05-20",
            null,
            "New Zealand city council says ‘you would be seriously injured or killed’ by lamps."
                + " He said his children could have been hurt when the thugs surrounded their car."
                + " The company recalled its exercise bikes because users can fall and get injured."
                + " The recall came after finding a wiring issue that could cause severe injuries."
                + " Family and toddlers inside narrowly avoid being injured. Companies turn to new"
                + " tools to prevent injuries."));
    assertEquals(
        List.of("injured=injured", "wounded=injured"),
        injuries(
            "2023-10-15",
            null,
            "Investigators said the suspect may have planned the explosive attack that severely"
                + " injured several firefighters. The agency warned that thousands could die if"
                + " hospitals packed with wounded people run out of fuel."));
  }

  /** The casualties mentions only (the fixture's "war" is another term, left as it is). */
  private static List<String> tolls(String date, String title, String... paragraphs) {
    return termsOf("casualties", date, title, paragraphs);
  }
}
