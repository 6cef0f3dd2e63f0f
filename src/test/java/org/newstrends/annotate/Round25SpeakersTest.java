package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 25 (docs/accuracy-rounds.md): speaker classes of round 24's fresh dev quote draw
 * (salt 24) that need {@link Quotes} code, on excerpts of dev-split items of ../shared/data with
 * the project's gazetteers.
 */
class Round25SpeakersTest {

  /**
   * reuters:15408 (dev, round 24's quote draw): "she said" in the paragraphs after an inverted
   * attribution ("..., said Martha Hesse, chairman of ...") is that person; it gave nobody.
   */
  @Test
  void sheSaidAfterAnInvertedAttribution() {
    List<Mention> ms =
        find(
            "1987-04-08",
            "NORTH AMERICAN GAS MARKET SOUGHT BY FERC",
            "Blocking Canadian gas imports would not serve the long-term interests of the United"
                + " States, said Martha Hesse, chairman of the Federal Energy Regulatory"
                + " Commission, adding that the development of a freely open North American energy"
                + " market should be encouraged.",
            "\"I firmly believe that the long-term interest of U.S. consumers would not be served"
                + " by any attempt to promote a 'Made in America' label for gas,\" she said at an"
                + " oil and gas conference.",
            "She said the commission recognizes the important role Canadian gas plays in the"
                + " American market, despite grumblings among U.S. domestic producers of the"
                + " competition from north of the border.",
            "Recent figures show Canada shipped 2.48 billion Canadian dlrs worth of gas to the"
                + " U.S. in 1986, down sharply from the 3.91 billion dlr total in 1985.",
            "\"But we do seriously recognize the importance in the years to come of the supplies"
                + " of Canadian gas to U.S. markets,\" she said.");
    assertEquals("Martha Hesse", quotedAt(ms, "America").speakerText());
    List<Mention> canadian =
        ms.stream().filter(m -> m.inQuote() && m.surface().equals("Canadian")).toList();
    assertEquals("Martha Hesse", canadian.get(canadian.size() - 1).speakerText());
  }

  /**
   * reuters:13527 (dev): "he said" right after "..., said Rei Shiratori, professor of ..." is
   * Shiratori, not Nakasone, whom the quotation names.
   */
  @Test
  void heSaidIsTheInvertedSpeakerNotTheLeaderQuoted() {
    List<Mention> ms =
        find(
            "1987-04-10",
            "MEMBERS OF JAPAN'S RULING PARTY SHUN NAKASONE",
            "Political analysts said a seat to watch would be the governorship of Fukuoka,"
                + " southern Japan.",
            "\"The LDP and the centrist parties should have about 1,350,000 votes against 700,000"
                + " for Okuda. But Okuda is the incumbent and has the sales tax weapon,\" said Rei"
                + " Shiratori, professor of political science at Dokkyo University.",
            "\"Nakasone will serve out his term to the end of October if the LDP wins in"
                + " Fukuoka,\" he said.");
    Mention nakasone = quotedAt(ms, "Nakasone");
    assertEquals("Rei Shiratori", nakasone.speakerText());
    assertNull(nakasone.speakerEntityId());
  }

  /**
   * reuters:10221 (dev), the guard: "one investment manager said" between "..., said Seiji
   * Yamamoto, senior manager at ..." and "'...,' he said" is someone else speaking; the inverted
   * name does not reach past it. Since speakers round 2 that "he" is the investment manager, whose
   * attribution ends the paragraph before (never Seiji Yamamoto).
   */
  @Test
  void someoneElseSpeakingStopsTheInvertedName() {
    List<Mention> ms =
        find(
            "1987-03-30",
            "JAPANESE HESITATE TO INVEST IN WEST GERMAN STOCKS",
            "Japanese fund managers are afraid of criticism if they buy into unsure overseas"
                + " markets while the market at home continues to advance, said Seiji Yamamoto,"
                + " senior manager at Dresdner ABD Securities Ltd's Tokyo branch.",
            "If gains from investments abroad lag behind those possible from the Tokyo market,"
                + " they could face difficulty explaining their funds' performance, he added.",
            "The Frankfurt market's 15 pct depreciation just since the beginning of this year has"
                + " also been causing Japanese investors to turn away, one investment manager"
                + " said.",
            "The Frankfurt slump stems from expectations of slow corporate growth, the investment"
                + " manager said. \"Right now Japanese investors are taking a wait-and-see"
                + " attitude while the condition of the market remains unfavourable,\" he said.");
    List<Mention> japanese =
        ms.stream().filter(m -> m.inQuote() && m.surface().equals("Japanese")).toList();
    assertEquals(1, japanese.size());
    assertEquals("one investment manager", japanese.get(0).speakerText());
    at(ms, "Japanese");
  }

  /**
   * rss-2023-03:18970 (dev, Le Monde) and rss-2023-05:19771 (dev, Le Monde): a quotation in a
   * sentence that names a statement's owner, with no speech verb, is the owner's: possessive ("The
   * Court of Auditors' statement that '...'") or the subject of "revealed in a statement"; both
   * gave nobody.
   */
  @Test
  void aStatementsOwnerSpeaks() {
    Mention france =
        quotedAt(
            find(
                "2023-03-14",
                "Public finances: Controlled debt is a tool of sovereignty",
                "The Court of Auditors' statement that \"France's debt is becoming very problematic\""
                    + " is an understatement, to say the least."),
            "France");
    assertEquals("The Court of Auditors", france.speakerText());
    Mention terrorist =
        quotedAt(
            find(
                "2023-05-15",
                "33 civilians killed in Burkina Faso attack",
                "Governor Babo Pierre Bassinga revealed in a statement released on Saturday, May 13,"
                    + " Burkinabe villagers were killed in a 'barbaric terrorist attack' on the"
                    + " evening of Thursday, May 11."),
            "terrorist");
    assertEquals("Governor Babo Pierre Bassinga", terrorist.speakerText());
  }

  /**
   * rss-2023-07:22743 (dev), the guard: a closing mark after a name not ending in "s" is no
   * possessive ("IRS agent 'Whistleblower X' opening statement revealed: '...'" gave "X" in a first
   * version of the rule); rss-2023-10:36512 (dev): a statement issued "after" another clause does
   * not own that clause's quotation.
   */
  @Test
  void noStatementOwnerAcrossAQuoteMarkOrAnotherClause() {
    Mention american =
        quotedAt(
            find(
                "2023-07-19",
                "IRS agent 'Whistleblower X' opening statement revealed: 'The American people"
                    + " deserve to know the truth'"),
            "American");
    assertNull(american.speakerText());
    Mention australian =
        quotedAt(
            find(
                "2023-10-11",
                "Brittany Higgins issues powerful statement after Bruce Lehrmann was named as"
                    + " 'high-profile Australian' charged with rape"),
            "Australian");
    assertNull(australian.speakerText());
  }

  /**
   * rss-2023-04:25957 (dev, the Guardian, round 24's quote draw): a headline quotation with no
   * attribution of its own is the lede's source when the lede's sentence ends with a speech verb
   * and a source word of {@code headline_dash_sources} (", claims lawyer"), not a name; it gave
   * nobody.
   */
  @Test
  void aLedeEndingWithClaimsLawyer() {
    Mention macron =
        quotedAt(
            find(
                "2023-04-19",
                "French publisher arrested in London was \u2018asked about support for Macron\u2019",
                "Ernest Moret was interrogated on his opinion on French president before his arrest"
                    + " on terrorism charges, claims lawyer"),
            "Macron");
    assertEquals("lawyer", macron.speakerText());
  }
}
