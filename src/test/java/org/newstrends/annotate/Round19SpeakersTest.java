package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 19 (docs/accuracy-rounds.md): speaker classes of round 19's fresh dev quote draw,
 * on excerpts of dev-split items of ../shared/data (2023 RSS titles and descriptions) with the
 * project's gazetteers.
 */
class Round19SpeakersTest {

  /**
   * rss-2023-10:12801 (dev, Guardian) and rss-2023-10:8968 (dev): an inverted attribution ending
   * the quotation's sentence, with words between the quotation and the verb.
   */
  @Test
  void anInvertedAttributionEndingTheSentenceSpeaks() {
    Mention killed =
        at(
            find(
                "2023-10-10",
                "Hamas gunmen ‘killed families in their beds’ at Kfar Aza kibbutz, say Israeli"
                    + " forces"),
            "killed");
    assertEquals("Israeli forces", killed.speakerText());
    assertEquals("IL", killed.speakerEntityId());
    Mention war =
        at(
            find("2023-10-09", "Israel faces 'long, difficult war' with Hamas, warns Netanyahu"),
            "war");
    assertEquals("Netanyahu", war.speakerText());
    assertEquals("Q43723", war.speakerEntityId());
  }

  /**
   * Guards: rss-2023-04:10661 (dev, The Hill): "..., said on CNN" has no subject after the verb
   * (the speaker, named before, is not found by this rule); rss-2023-02:13621 (dev): "..., says she
   * was made a 'laughingstock'" is a clause, not a subject.
   */
  @Test
  void aPrepositionOrAClauseAfterTheVerbIsNoSubject() {
    List<Mention> cnn =
        find(
            "2023-04-02",
            null,
            "People are too addicted to the legal drama surrounding former President Donald Trump,"
                + " a Texas GOP congressman suggested on Sunday. “It’s like watching a novella, a"
                + " Spanish soap opera,” Rep. Tony Gonzales (R-TX), who represents a district along"
                + " the U.S.-Mexico border, said on CNN.");
    assertNull(at(cnn, "Spanish").speakerText());
    List<Mention> idol =
        find(
            "2023-02-14",
            "Former 'American Idol' contestant suing show for wage theft, says she was made a"
                + " 'laughingstock' in audition");
    assertNull(at(idol, "American").speakerText());
  }

  /**
   * rss-2023-08:22346 (dev, The Hill) and rss-2023-05:43511 (dev, msn.com): the headline's opening
   * name before a verb of headline_subject_verbs speaks the quotation after its colon.
   */
  @Test
  void aHeadlineSubjectBeforeAnAttackVerbSpeaksAfterTheColon() {
    Mention putin =
        at(
            find(
                "2023-08-19",
                "Christie hits Trump on foreign policy: ‘I don’t want to be the apple of Vladimir"
                    + " Putin’s eye’"),
            "Vladimir Putin");
    assertEquals("Christie", putin.speakerText());
    Mention russian =
        at(
            find(
                "2023-05-30",
                "White House swipes at Tara Reade after Biden accuser moves to Russia: 'Won't"
                    + " attempt to speak for an aspiring Russian citizen'"),
            "Russian");
    assertEquals("White House", russian.speakerText());
    assertEquals("US", russian.speakerEntityId());
  }

  /**
   * rss-2023-03:40969 (dev, Daily Wire): "Cruz Torches Biden:" is a subject and a verb before the
   * colon, not one name: Cruz speaks, not Biden. Guards: rss-2023-02:32982 (dev, Guardian) and
   * rss-2023-02:14237 (dev): "Fulham’s Andreas Pereira" (a possessive before the word in -s) and
   * "Ukrainian Human Rights Commissioner" ("rights" is in title_case_not_verbs) stay whole.
   */
  @Test
  void aTitleCaseSubjectAndVerbBeforeAColonIsNoName() {
    Mention canadians =
        at(
            find(
                "2023-03-28",
                "Cruz Torches Biden: ‘How Bad Do You Have To Screw Up To Have A Roomful Of Canadians"
                    + " Laughing At You?’"),
            "Canadians");
    assertEquals("Cruz", canadians.speakerText());
    assertNull(canadians.speakerEntityId());
    Mention brazil =
        at(
            find(
                "2023-02-18",
                "Fulham’s Andreas Pereira: ‘I got in the Brazil team mainly because of Mourinho’"),
            "Brazil");
    assertEquals("Fulham’s Andreas Pereira", brazil.speakerText());
    Mention russia =
        at(
            find(
                "2023-02-12",
                "Ukrainian Human Rights Commissioner: 'The International Committee of the Red Cross"
                    + " must publicly condemn Russia'"),
            "Russia");
    assertEquals("Ukrainian Human Rights Commissioner", russia.speakerText());
  }

  /**
   * rss-2023-04:15725 (dev, Guardian): "he" after a person the quotation's paragraph names ("the
   * CIA director, William Burns") is that person, not Austin, named in a paragraph before. Guard:
   * rss-2023-03:29416 (dev, Guardian): a person named in the possessive ("George W Bush’s national
   * security adviser") is not "she".
   */
  @Test
  void aPronounAfterAPersonNamedInItsParagraphIsNotTheOneNamedBefore() {
    List<Mention> ms =
        find(
            "2023-04-13",
            "What we know about the Pentagon leak",
            "What is happening with the Pentagon leak? The US defense secretary, Lloyd Austin, on"
                + " Tuesday said the US would investigate the recent purported leak of classified"
                + " documents until the source was found. “We will continue to investigate and turn"
                + " over every rock until we find the source of this and the extent of it,” Austin"
                + " said during a press conference at the state department.",
            "What was revealed by the leaks? The materials assess Ukrainian war preparedness,"
                + " Egypt’s and the UK’s involvement in the conflict, and other disclosures.",
            "What did the CIA director, William Burns, say about Russia this week? He said Russia"
                + " risked becoming an “economic colony” of China as its isolation from the west"
                + " deepens. “Russia is becoming more and more dependent on China and, in some"
                + " respects, runs the risk of becoming an economic colony of China over time.”");
    Mention china = quotedAt(ms, "China");
    assertEquals("William Burns", china.speakerText());
    List<Mention> rice =
        find(
            "2023-03-24",
            null,
            "It is, he wrote in the Guardian, not just Vladimir Putin who should be prosecuted, but"
                + " also his “henchmen”. All should be held to account for this “manifestly illegal"
                + " war”, he wrote on his website.",
            "Condoleezza Rice, who was George W Bush’s national security adviser, was asked of"
                + " Russia’s aggression on Fox News, “when you invade a sovereign nation, that is a"
                + " war crime?” She replied: “It is certainly against every principle of"
                + " international law and international order.”");
    assertNotEquals("George W Bush", at(rice, "war crime").speakerText());
  }

  /**
   * rss-2023-04:32801 (dev, Guardian): a name in apposition after a lower-case role and a comma
   * ("the Ukrainian head of intelligence, Kyrylo Budanov"), whose given name is not in given_names,
   * is the "he" after it, not Guterres of the paragraph before; the name ends at its full stop.
   * Guard: rss-2023-09:10464 (dev, Guardian): "in the capital, New Delhi" is a place, so "He
   * writes" stays Modi.
   */
  @Test
  void aNameInAppositionIsAPersonWhateverItsGivenName() {
    List<Mention> ms =
        find(
            "2023-04-25",
            null,
            "The world may have “reached the dangerous, possibly even more dangerous, threshold,”"
                + " than it did during the cold war, Russian foreign minister Sergei Lavrov told"
                + " the UN security council. UN secretary-general Antonio Gutterres said the"
                + " invasion of Ukraine was “causing massive suffering and devastation”.",
            "Russia has switched to defensive positions in all its areas of combat apart from"
                + " Bakhmut, according to the Ukrainian head of intelligence, Kyrylo Budanov. In an"
                + " interview with RBC Ukraine, he said: “The only places on the frontline where"
                + " they are making attempts are in the city of Bakhmut, an attempt to cover the"
                + " city of Avdiivka from the north.”");
    Mention avdiivka = at(ms, "Avdiivka");
    assertEquals("Kyrylo Budanov", avdiivka.speakerText());
    assertNull(avdiivka.speakerEntityId());
    List<Mention> modi =
        find(
            "2023-09-07",
            "What Modi won’t show the G20",
            "Over the last few months, billboards across India, especially in the capital, New"
                + " Delhi, have been plastered with images of Prime Minister Narendra Modi. On the"
                + " eve of the summit, which begins on Saturday, the prime minister has penned an"
                + " article citing the diversity of the Indian democracy. He writes: “For India, the"
                + " G20 presidency is not merely a high-level diplomatic endeavour.”");
    Mention india = quotedAt(modi, "India");
    assertEquals("Q1058", india.speakerEntityId());
  }

  /**
   * rss-2023-07:33665 (dev, The Hill): "saying claims that they are '...'": "claims" after a
   * participle is no speech verb with "saying" as its subject; the sentence's subject speaks.
   */
  @Test
  void aParticipleIsNoSubjectOfASpeechVerb() {
    List<Mention> ms =
        find(
            "2023-07-28",
            null,
            "Israeli Prime Minister Benjamin Netanyahu dismissed concerns over reforms to the"
                + " country’s judiciary system, saying claims that they are “the end of Israeli"
                + " democracy” are “silly.”");
    Mention israeli = quotedAt(ms, "Israeli");
    assertEquals("Q43723", israeli.speakerEntityId());
  }

  /**
   * rss-2023-09:13372 (dev, The Hill): "calling" is a participle of speech_participles: the
   * sentence's subject speaks the quotation after it, and so the quotation that follows.
   */
  @Test
  void callingIsASpeechParticiple() {
    List<Mention> ms =
        find(
            "2023-09-12",
            null,
            "Russian President Vladimir Putin knocked the criminal cases against former President"
                + " Trump on Tuesday, calling them a demonstration of the “rottenness” of the"
                + " American political system. “As for the prosecution of Trump, for us what is"
                + " happening in today’s conditions, in my opinion, is good because it shows the"
                + " rottenness of the American political system.”");
    Mention american = quotedAt(ms, "American");
    assertEquals("Q7747", american.speakerEntityId());
  }
}
