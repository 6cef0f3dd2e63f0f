package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 27 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round27TermsTest {

  /**
   * reuters:5312, rss-2023-01:12791, rss-2023-01:23631 and rss-2023-06:33235 (dev, the
   * whole-dev-split dump of round 27): a negation before the injury word in the same clause ("no",
   * "nobody", "no-one" or "without" up to four tokens before) says nobody was hurt; "No serious
   * injuries" (rss-2023-06:37400, dev), "no one else was hurt" (rss-2023-02:1273, dev) and "not
   * seriously hurt" (rss-2023-01:5664, dev) leave some injury and stay.
   */
  @Test
  void aNegatedInjuryIsNoInjury() {
    assertEquals(
        List.of(),
        terms(
            "2023-03-10",
            null,
            "The blast slightly damaged the tower. No injuries were reported. A man drove his car"
                + " through the lobby of a hotel in Shanghai. No one was injured. There were no"
                + " reports of injuries, and all children on board were safely evacuated. Two people"
                + " miraculously escape without injuries."));
    assertEquals(
        List.of("injuries=injured", "hurt=injured", "hurt=injured"),
        terms(
            "2023-06-10",
            null,
            "No serious injuries were reported among passengers and crew. Police say no one else"
                + " was hurt in the incident. An agent in body armor was struck by gunfire but not"
                + " seriously hurt."));
  }

  /**
   * rss-2023-05:1323, rss-2023-02:2957 and rss-2023-04:6364 (dev): "dead" right after an opening
   * quotation mark is a scare-quoted figure, a claim the writer does not take up or a title, no
   * death the item reports; "Dianne Feinstein 'dead at 90'" (rss-2023-09:32625, dev) and "‘dead and
   * wounded reported’" (rss-2023-08:6200, dev) stay.
   */
  @Test
  void deadInScareQuotesIsNoDeath() {
    assertEquals(
        List.of(),
        terms(
            "2023-05-20",
            "'Dead' man turns up alive and well eight months after he was cremated",
            "Pearson says reconciliation efforts would be ‘dead’ if the proposal is rejected."
                + " Proposed cut to County Championship ‘dead in the water’."));
    assertEquals(
        List.of("dead=death_verbs", "dead=death_verbs", "wounded=injured"),
        terms(
            "2023-09-30",
            "Dianne Feinstein 'dead at 90'",
            "Ukrainian president says ‘dead and wounded reported’ after strike on facility in"
                + " Kharkiv."));
  }
}
