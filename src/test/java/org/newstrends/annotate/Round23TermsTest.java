package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 23 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers.
 */
class Round23TermsTest {

  /**
   * rss-2023-04:15334 (dev, round 23's fresh term draw), rss-2023-02:14135 and rss-2023-01:26352
   * (dev): a near death ("nearly killed", "almost died") is no death; a count after "nearly" stays
   * one ("nearly 50 killed" has the number between).
   */
  @Test
  void aNearDeathIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-04-12",
            "Jeremy Renner’s Mom Wants To Burn The Snow Plow That Nearly Killed Him – He Says No"
                + " Way",
            "Fetterman has been open about what others are saying to him following the stroke that"
                + " nearly killed him last year.",
            "I was a bodybuilder who almost died from a heart attack: What I learned after saved my"
                + " life"));
    assertEquals(
        List.of("killed=death_verbs"), terms("2023-04-12", null, "Nearly 50 killed in floods."));
  }

  /**
   * rss-2023-09:25856 (dev, round 23's fresh term draw), rss-2023-04:13215 and rss-2023-08:12522
   * (dev): killing "it" (a place's charm, a law, a performance) is no death; killing a person stays
   * one.
   */
  @Test
  void killingItIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-09-20",
            "Tourism’s dark side: Are those who love Greece killing it?",
            "Red states win with Inflation Reduction Act — GOP wants to kill it anyway",
            "Three decades on, Sharleen Spiteri is still killing it | Adrian Chiles"));
    assertEquals(
        List.of("killing=death_verbs"),
        terms("2023-09-20", null, "He was charged with killing its owner."));
  }
}
