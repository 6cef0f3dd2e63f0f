package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 37 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round37TermsTest {

  /**
   * rss-2023-08:5478, rss-2023-09:8889, rss-2023-04:10111, rss-2023-04:27463 and rss-2023-01:9446
   * (dev): "death" right after "about" or a form of "cheat" is a subject thought, sung or written
   * about, or a fate escaped, and tells no death that happened; "about the death of"
   * (rss-2023-02:4294, dev) and "about his death" (rss-2023-01:20542, dev) stay.
   */
  @Test
  void deathAsASubjectOrAFateEscapedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-10",
            "Hauntii, a game about death, possession and navigating eternity",
            "Watching 'Barbie' and Thinking About Death. She has written books about death and"
                + " mourning. Teenage pilot who cheated death when he crashed glider into a mountain"
                + " is suing sports club. British family enjoy tour through Cyprus mountains then"
                + " cheat death as vehicle flips off road."));
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-02-10",
            null,
            "Marjorie Taylor Greene on Thursday when asked about the death of Ashli Babbitt. His"
                + " wife was 6,689 miles away when she heard about his death."));
  }

  /**
   * rss-2023-01:15764, rss-2023-07:6178, rss-2023-02:12465 and rss-2023-10:8343 (dev): round 12's
   * animal sense with the animals its list missed (dog breeds, a boa, songbirds); a person killed
   * by a dog named by its breed stays (rss-2023-06:18162 and rss-2023-09:17904, dev).
   */
  @Test
  void anAnimalNamedByItsBreedOrKindIsNoPersonsDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-10",
            "Three dead boa constrictors found among rubbish near loch",
            "Shocking moment Ohio cop shoots dead golden retriever running towards him. Government"
                + " security work mauled a tiny Yorkshire terrier to death. Almost 1,000 songbirds"
                + " have died in a single night after smashing into the windows of a glass"
                + " building."));
    assertEquals(
        List.of("death=death_verbs", "death=death_verbs"),
        deaths(
            "2023-06-10",
            "Daughter of pensioner, 85, mauled to death by two American bulldogs says she 'didn't"
                + " stand a chance'",
            "with Stan - the humungous bull terrier that savaged her to death in January."));
  }

  /**
   * rss-2023-02:30574, rss-2023-05:1040 and rss-2023-06:32624 (dev): "death" with exaggerated,
   * overstated or overblown after it in its sentence is Mark Twain's line, nobody died; a death in
   * the sentence before stays (rss-2023-01:30791's "News of the death of Ian Black", dev, before
   * rss-2023-06:32624's sentence), and so do "reports of 41 deaths" (rss-2023-08:10099, dev).
   */
  @Test
  void reportsOfADeathGreatlyExaggeratedAreNoDeath() {
    assertEquals(
        List.of("death=death_verbs", "deaths=death_verbs"),
        deaths(
            "2023-06-10",
            "In the US, reports of religion’s death may be overstated",
            "The rumors of my death are greatly exaggerated. News of the death of Ian Black, at the"
                + " age of 69 from a rare brain disease. But reports of its death may be somewhat"
                + " exaggerated. Rescues continue in the Mediterranean amid reports of 41 deaths in"
                + " a shipwreck."));
  }

  /**
   * rss-2023-04:16950, rss-2023-10:10774 and rss-2023-10:17905 (dev): "dead" right after a form of
   * "play" or "feign" is a pretence to survive, nobody dead; the murder told in the same headline
   * (rss-2023-10:12358, dev) stays.
   */
  @Test
  void playingDeadIsNoDeath() {
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-10-10",
            "Son who watched Hamas murder BOTH his parents reveals how he played dead under a bloody"
                + " cloth next to their bodies",
            "Louisville bank shooter shot his mentor who played dead to survive. Festival-goers"
                + " played dead for hours inside bunker. A 'whalecam', seals v sharks and fish that"
                + " play dead: it's Planet Earth III."));
  }

  /**
   * rss-2023-07:3095, rss-2023-07:24225 and rss-2023-05:19377 (dev): "injured" right before list or
   * reserve is a team's list of players hurt in their sport, a sports injury; people injured by
   * hailstones (rss-2023-06:29780, dev) stay.
   */
  @Test
  void aTeamsInjuredListIsASportsInjury() {
    assertEquals(
        List.of("injured=injured"),
        injuries(
            "2023-07-10",
            "Angels star Mike Trout lands on injured list due to hamate bone fracture",
            "Mets outfielder Starling Marte placed on injured list with migraines. Colorado Rockies"
                + " pitcher Ryan Feltner was placed on the 15-day injured list.",
            "Dozens injured as apple-sized hailstones hit Colorado concertgoers."));
  }

  /**
   * rss-2023-02:7650, rss-2023-04:31097 and rss-2023-01:22903 (dev): "murder" right before attempt
   * or bid is an attempted killing (round 18's convention), nobody killed; a murder charge after
   * deaths (rss-2023-06:21788, dev) stays.
   */
  @Test
  void aMurderAttemptOrBidIsNoDeath() {
    assertEquals(
        List.of("murder=death_verbs", "deaths=death_verbs"),
        deaths(
            "2023-06-10",
            "Man charged with murder after Nottingham stabbing deaths",
            "Mutlu endured the disabling effects of her murder attempt. The injuries former"
                + " Comanchero bikie boss Tarek Zahed sustained in a murder attempt 11 months ago. MPs"
                + " attend protest with trans activist who was jailed for murder bid."));
  }
}
