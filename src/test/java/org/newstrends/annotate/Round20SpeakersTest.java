package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 20 (docs/accuracy-rounds.md): speaker classes of round 20's fresh dev quote draw,
 * on excerpts of dev-split items of ../shared/data (2023 RSS titles and descriptions) with the
 * project's gazetteers.
 */
class Round20SpeakersTest {

  /**
   * rss-2023-10:17615 (dev, Daily Mail) and rss-2023-07:26384 (dev, Daily Mail): "concedes" and
   * "deems" attribute the quotation after them to their subject (speech_verbs,
   * reporting_verbs_extra).
   */
  @Test
  void concedesAndDeemsAttribute() {
    Mention australia =
        at(
            find(
                "2023-10-15",
                "Lidia Thorpe says Voice referendum was 'shoved down our throats' - as a"
                    + " 'disappointed' Richard Marles concedes 'Australia got it right' after every"
                    + " state voted No"),
            "Australia");
    assertEquals("a 'disappointed' Richard Marles", australia.speakerText());
    Mention terrorist =
        at(
            find(
                "2023-07-21",
                null,
                "Tom Dodd, a senior envoy, was summoned to the foreign ministry in Moscow and was"
                    + " given a dressing down for British support of what the Kremlin deems"
                    + " Ukraine's 'terrorist actions'."),
            "terrorist");
    assertEquals("the Kremlin", terrorist.speakerText());
    assertEquals("RU", terrorist.speakerEntityId());
  }

  /**
   * rss-2023-01:36585 (dev) and rss-2023-09:20778 (dev, Daily Mail): speech reported inside speech
   * is the nearer speaker's ("Boris Johnson has claimed that Vladimir Putin told him '...'", "and
   * said star told her '...'"). Guard: a pronoun as the second subject is the first speaker again.
   */
  @Test
  void speechReportedInsideSpeechIsTheNearerSpeakers() {
    Mention hurt =
        at(
            find(
                "2023-01-30",
                null,
                "Boris Johnson has claimed that Vladimir Putin told him \"I don't want to hurt you,"
                    + " but with a missile, it would only take a minute\", in a phone call."),
            "hurt");
    assertEquals("Vladimir Putin", hurt.speakerText());
    assertEquals("Q7747", hurt.speakerEntityId());
    Mention star =
        at(
            find(
                "2023-09-18",
                "Woman who claims she was raped by Russell Brand in his LA home was 'tearful' and"
                    + " 'overwhelmed' when she visited rape crisis centre, and said star told her"
                    + " 'I'm not going to hurt you' before she was attacked, medical notes reveal"),
            "hurt");
    assertEquals("star", star.speakerText());
    Mention russia =
        at(
            find(
                "2023-03-01",
                null,
                "Boris Johnson said that he once told Putin \"Russia will pay\" for the war."),
            "Russia");
    assertEquals("Boris Johnson", russia.speakerText());
  }

  /**
   * rss-2023-10:28198 (dev, Times of India) and rss-2023-08:4209 (dev, Guardian): a reporting verb
   * in the passive, with or without its auxiliary, and "by" an agent before the quotation: the
   * agent speaks. Guard: rss-2023-06:33469 (dev): a clause with its own subject after the agent
   * ("after he performed his 'last ever UK show'") keeps the agent from the quotation.
   */
  @Test
  void thePassivesAgentBeforeTheQuotationSpeaks() {
    Mention antisemitism =
        at(find("2023-10-24", "Harvard criticized by alumni over 'antisemitism'"), "antisemitism");
    assertEquals("alumni", antisemitism.speakerText());
    Mention settlement =
        at(
            find(
                "2023-08-20",
                null,
                "When the chemical giant 3M agreed in early June to pay up to $12.5bn to settle a"
                    + " lawsuit over PFAS contamination in water systems across the nation, it was"
                    + " hailed by attorneys as “the largest drinking water settlement in American"
                    + " history”, and viewed as a significant win for the public."),
            "American");
    assertEquals("attorneys", settlement.speakerText());
    Mention uk =
        at(
            find(
                "2023-06-26",
                "Sir Elton John's closing performance is hailed by fans after he performed his"
                    + " 'last ever UK show'"),
            "UK");
    assertNotEquals("fans", uk.speakerText());
  }

  /**
   * rss-2023-10:38230 (dev, RT): a headline ending with a dash and a source word ("– media") names
   * the source of its quotation. Guard: rss-2023-02:24609 (dev, Guardian): a rubric after the dash
   * ("– restaurant review") names nobody.
   */
  @Test
  void aSourceAfterAHeadlinesFinalDashSpeaks() {
    Mention cleansing =
        at(
            find("2023-10-30", "Israel compiled ‘ethnic cleansing’ plan for Gaza – media"),
            "ethnic cleansing");
    assertEquals("media", cleansing.speakerText());
    Mention scotland =
        at(
            find(
                "2023-02-19",
                "Maresco, Soho: ‘Sings its love of Scotland like a tipsy Proclaimer’ – restaurant"
                    + " review"),
            "Scotland");
    assertNotEquals("restaurant review", scotland.speakerText());
  }

  /**
   * reuters:2592 (dev): a country that only describes the speaker ("one Canadian bond trader"; on
   * the whole dev split also "The New York Times' chief White House correspondent Peter Baker",
   * rss-2023-06:18183) is no speaker entity. Guard: reuters:4335 (dev): "Indonesian Energy Minister
   * Subroto" speaks for Indonesia.
   */
  @Test
  void aCountryThatOnlyDescribesTheSpeakerIsNoSpeakerEntity() {
    Mention japanese =
        at(
            find(
                "1987-03-06",
                null,
                "\"Their (Japanese) buying over the course of the last six months has been very"
                    + " much concentrated in the medium term maturities,\" noted one Canadian bond"
                    + " trader who asked not to be identified."),
            "Japanese");
    assertEquals("one Canadian bond trader", japanese.speakerText()); // round 29: cut before "who"
    assertNull(japanese.speakerEntityId());
    Mention opec =
        at(
            find(
                "1987-03-13",
                null,
                "\"We are deliberately defending the price, so OPEC production is less than 15.8"
                    + " (mln) at the moment,\" said Indonesian Energy Minister Subroto."),
            "OPEC");
    assertEquals("ID", opec.speakerEntityId());
  }

  /**
   * rss-2023-03:5821 (dev, Daily Mail): "Putin mouthpiece" is the speaker, not Putin (a word of
   * speaker_body_heads after the leader's name).
   */
  @Test
  void aLeadersMouthpieceIsNotTheLeader() {
    Mention uk =
        at(
            find(
                "2023-03-04",
                "Putin mouthpiece claims Ukraine war is being run from LONDON and 'UK is now the main"
                    + " evil'"),
            "UK");
    assertEquals("Putin mouthpiece", uk.speakerText());
    assertNull(uk.speakerEntityId());
  }

  /**
   * rss-2023-07:7732 (dev, Daily Mail): a headline's label after a quotation and a colon, "What"
   * and a subject of a speech verb ("What OceanGate CEO told terrified passenger"): that subject
   * speaks. Since stop 71 "You're dead" is no death; a test term stands in the quotation ({@link
   * RuleArticles#findWithSpeakerVehicles}).
   */
  @Test
  void theSubjectOfASpeechVerbInALabelSpeaks() {
    Mention dead =
        at(
            RuleArticles.findWithSpeakerVehicles(
                "2023-07-07",
                "'You're dead anyway': What OceanGate CEO told terrified passenger on Titan sub"),
            "dead anyway");
    assertEquals("OceanGate CEO", dead.speakerText());
  }

  /**
   * rss-2023-04:37336 (dev, Fox News): a reporting verb's object before "for" and a gerund of
   * object_speech_gerunds speaks the quotation after them ("DNC slams Trump for nicknaming 'Crooked
   * Joe Biden'"). Guard: rss-2023-02:33454 (dev): "accused of 'Freudian slip' for calling" is no
   * object, so Karine Jean-Pierre stays.
   */
  @Test
  void theObjectReproachedForSayingTheQuotationSpeaks() {
    Mention biden =
        at(
            find(
                "2023-04-27",
                "DNC slams Trump for nicknaming 'Crooked Joe Biden,' says they have a 'better' one:"
                    + " 'Winner'"),
            "Joe Biden");
    assertEquals("Trump", biden.speakerText());
    assertEquals("Q22686", biden.speakerEntityId());
    Mention obama =
        at(
            find(
                "2023-02-23",
                "Karine Jean-Pierre accused of 'Freudian slip' for calling Biden 'President Obama'"),
            "President Obama");
    assertEquals("Karine Jean-Pierre", obama.speakerText());
  }

  /**
   * reuters:9629 (dev): a description with no name before the speech verb, then the name in
   * apposition ("Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted that '...'"):
   * the name is kept with the description.
   */
  @Test
  void aNameInAppositionAfterADescriptionIsKept() {
    Mention us =
        at(
            find(
                "1987-03-27",
                null,
                "Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted that \"a lot of"
                    + " foreign investors are holding U.S. dollars. If they see they are losing"
                    + " money, they move back into gold.\""),
            "U.S.");
    assertEquals("Another analyst, Richard Cohen", us.speakerText());
  }

  /**
   * rss-2023-03:25288 (dev, The Hill): an inverted attribution after the quotation whose subject
   * runs past 60 characters ends before a phrase of place or medium ("wrote Chinese researchers at
   * Beihua University in a government-funded report").
   */
  @Test
  void anInvertedSubjectEndsBeforeAPhraseOfPlaceOrMedium() {
    Mention chinese =
        at(
            find(
                "2023-03-17",
                null,
                "In 2008, as the U.S. financial sector melted down, Beijing saw opportunity. “The"
                    + " financial crisis was a rare opportunity for Chinese enterprises lacking"
                    + " resources and advanced technology to go abroad and acquire foreign companies"
                    + " at low cost,” wrote Chinese researchers at Beihua University in a"
                    + " government-funded report, published in 2010."),
            "Chinese");
    assertEquals("Chinese researchers at Beihua University", chinese.speakerText());
  }
}
