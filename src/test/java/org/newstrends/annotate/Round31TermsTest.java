package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.injuries;
import static org.newstrends.annotate.RuleArticles.termsOf;
import static org.newstrends.annotate.RuleArticles.wars;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 31 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. Each rule is
 * one grammatical position counted over the whole dev split, not a phrase a draw showed.
 */
class Round31TermsTest {

  /**
   * rss-2023-01:11235, rss-2023-04:17434, rss-2023-06:4679, rss-2023-01:22022, rss-2023-03:14410,
   * rss-2023-09:6249, rss-2023-09:6473 and rss-2023-08:3076 (dev): "dead" joined by a hyphen to the
   * next word is a compound modifier, and "dead last" after a verb of ranking a place in a list,
   * nobody dead; "found dead on Monday" (rss-2023-03:23587, dev) and "a campus shooting that left
   * three dead last month" (rss-2023-03:4126, dev) stay.
   */
  @Test
  void deadInACompoundOrARankingIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-10",
            "House GOP Tries to Turn the Page on Election Dead-Enders",
            "Back in the day Briggs was a dead-eyed bounty hunter. The team won 12 straight games"
                + " to open a baseball season for the first time since the dead-ball era. Bill"
                + " Medley sings at a dead-slow tempo. He was accused of dead-batting questions."
                + " Harvard University has ranked dead-last on a list of schools. Untrained"
                + " sprinter came dead last in race. ‘Abysmal’: Harvard Places Dead Last In Annual"
                + " College Free Speech Rankings."));
    assertEquals(
        List.of("dead=death_verbs", "dead=death_verbs"),
        deaths(
            "2023-03-30",
            null,
            "The soldier, of the 1st Calvary Division for the past 15 months, was found dead on"
                + " Monday. Students who were injured in a campus shooting that left three dead"
                + " last month."));
  }

  /**
   * rss-2023-04:8362, rss-2023-07:2823, rss-2023-03:25160, rss-2023-10:31759, rss-2023-01:6881,
   * rss-2023-02:11863 and rss-2023-07:32911 (dev): injuries an athlete is hampered by, has battled,
   * is riddled with or prone to, a raft of injuries, injuries that plague or rock a team, are a
   * sports injury; "Multiple firefighters injured battling colossal NYC warehouse fire"
   * (rss-2023-09:4401, dev) and "Two pilots have walked away with minor injuries"
   * (rss-2023-02:7751, dev) stay.
   */
  @Test
  void anAthletesLastingInjuriesAreNoCasualties() {
    assertEquals(
        List.of(),
        injuries(
            "2023-07-10",
            "Tony Gustavsson defends training methods after injuries rock Matildas",
            "The star who once dominated majors, then was hampered by injuries, was back in form."
                + " The five-times title winner, who has battled injuries in recent years, entered"
                + " as a wild card. His career was riddled with injuries. Hardik's body has been"
                + " prone to injuries all through his career. They met in the FA Cup in 2016, a"
                + " raft of injuries, a packed schedule and the need to prioritise. Injuries"
                + " plagued the San Francisco 49ers quarterback room this season."));
    assertEquals(
        List.of("injured=injured", "injuries=injured"),
        injuries(
            "2023-09-10",
            "Multiple firefighters injured battling colossal NYC warehouse fire",
            "Two pilots have walked away with minor injuries after a jet crashed."));
  }

  /**
   * rss-2023-03:44724, rss-2023-02:20561, rss-2023-01:21847, reuters:2318 and rss-2023-04:9454
   * (dev): resistance to, from or against a policy, a price or a person is opposition, no armed
   * resistance; "stubborn resistance to Vladimir Putin's bloody invasion" (rss-2023-02:25432, dev)
   * and "strong resistance from dug-in Kremlin forces" (rss-2023-06:30530, dev) stay.
   */
  @Test
  void resistanceToAPolicyIsNoArmedResistance() {
    assertEquals(
        List.of(),
        resistance(
            "2023-03-20",
            null,
            "Ambassador to bloc urges resistance to ‘unwarranted’ pressure. Pence’s resistance to"
                + " the subpoena is consistent with his previous reluctance. Allies were slow in"
                + " the face of resistance from the German chancellor, Olaf Scholz. Buyer resistance"
                + " to fixed prices apparently cut February production. Police say increased"
                + " surveillance will help to combat 'resistance against the hijab law'."));
    assertEquals(
        List.of("resistance=resistance", "resistance=resistance"),
        resistance(
            "2023-06-20",
            null,
            "Ukraine highlights the human cost of the country's stubborn resistance to Vladimir"
                + " Putin's bloody invasion. The counteroffensive presses on while experiencing"
                + " strong resistance from dug-in Kremlin forces."));
  }

  /**
   * rss-2023-08:9982, rss-2023-07:3394, rss-2023-01:29360 and rss-2023-09:33543 (dev): "war zone"
   * right after an opening quotation mark is a scare-quoted figure (crime in a capital, a bathroom,
   * a rough neighbourhood); "he is on the edge of a war zone" (rss-2023-02:7616, dev) and "Sudanese
   * diaspora ... trapped in war zone" (rss-2023-04:36603, dev) stay.
   */
  @Test
  void aScareQuotedWarZoneIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-08-10",
            "Washington's 'War Zone'",
            "Worker who found Alexee Trevizo's baby says bathroom was a 'war zone'. They pledge"
                + " help to other nations while ignoring the 'war zone' in the crime-racked"
                + " Northern Territory. TikTok star Tray Little reclaiming ‘war zone’ he grew up"
                + " in, one property at a time."));
    assertEquals(
        List.of("war=war", "war=war"),
        wars(
            "2023-04-30",
            "Sudanese diaspora in UK fear for loved ones trapped in war zone",
            "A portrait hangs behind him in a reminder that he is on the edge of a war zone."));
  }

  /**
   * rss-2023-05:29763, rss-2023-10:5032, rss-2023-08:6294, rss-2023-08:20616, rss-2023-05:9838 and
   * rss-2023-04:30418 (dev): a "war against" a domestic or policy target is a figure of speech, as
   * round 13's "war on"; "Day 458 of Russia's war against Ukraine" (rss-2023-05:39505, dev) and
   * "formally declared war against Hamas" (rss-2023-10:11302, dev) stay.
   */
  @Test
  void aWarAgainstAPolicyTargetIsNoWar() {
    assertEquals(
        List.of(),
        wars(
            "2023-08-10",
            "Oklahoma's top education official wages war against teachers unions",
            "The city is loud, and politicians have waged a long, losing war against noise. We"
                + " spent the day planting, and waging war against slugs. Joe Biden said he was"
                + " only winning the war against inflation in the US. The Left’s long war against"
                + " separation of powers. Prince Harry’s war against the British tabloid media"
                + " will resume on Tuesday."));
    assertEquals(
        List.of("war=war", "war=war"),
        wars(
            "2023-10-10",
            null,
            "Day 458 of Russia’s war against Ukraine. The Israeli government formally declared war"
                + " against Hamas in response to its surprise attack."));
  }

  /** The resistance mentions only (the fixtures' "invasion" is another term). */
  private static List<String> resistance(String date, String title, String... paragraphs) {
    return termsOf("resistance", date, title, paragraphs);
  }
}
