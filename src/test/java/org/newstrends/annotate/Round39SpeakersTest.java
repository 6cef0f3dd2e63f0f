package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 39 (docs/accuracy-rounds.md): the rest of round 38's bare "he"/"she" class, a
 * pronoun given the last leader's id; on excerpts of dev-split items of ../shared/data with the
 * project's gazetteers.
 */
class Round39SpeakersTest {

  /**
   * rss-2023-10:7570 (dev): "Marjorie" was no given name of {@code given_names}, so the person the
   * paragraph names before the quotation was not found and "she" took Trump's id from the headline.
   */
  @Test
  void aGivenNameAddedFindsThePersonBeforeTheQuotation() {
    List<Mention> ms =
        find(
            "2023-10-05",
            "MTG surveying constituents for Speakership vote, despite saying Trump is ‘perfect man"
                + " for the job’",
            "Rep. Marjorie Taylor Greene (R-Ga.) is asking her constituents for input on who they"
                + " think should be the next Speaker of the House. “The House of Representatives is"
                + " scrambling to find the next Speaker of the House,” she said in a page on her"
                + " Congressional website.");
    Mention m = quotedAt(ms, "House of Representatives");
    assertEquals("Marjorie Taylor Greene", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }

  /**
   * rss-2023-05:23327 (dev): the paragraph naming Janet Yellen holds no gazetteer mention, so it
   * was never noted for round 38's person named since the last leader; "she" took Biden's id.
   */
  @Test
  void aParagraphWithNoMentionStillNamesThePerson() {
    List<Mention> ms =
        find(
            "2023-05-22",
            "Joe Biden and Kevin McCarthy to meet as debt ceiling talks enter crunch time – live",
            "US president and congressional leaders due to talk as potential default risk rises"
                + " ahead of 1 June deadline",
            "In a speech this morning to a group of community bankers, Janet Yellen outlined the"
                + " consequences of failing to raise the debt ceiling, saying the economy’s recovery"
                + " from the Covid-19 pandemic would be undone and a new financial crisis would be"
                + " triggered.",
            "“In my assessment – and that of economists across the board – a U.S. default would"
                + " generate an economic and financial catastrophe. And it would set us back even"
                + " further,” she told a meeting of the Independent Community Bankers of America.");
    Mention m = quotedAt(ms, "U.S.");
    assertEquals("Janet Yellen", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }

  /**
   * rss-2023-02:31349 (dev): Fiona Hill opens the sentence that names Putin in her reported clause;
   * round 38 started again after the leader's mention, so "she" took Putin's id.
   */
  @Test
  void theSubjectBeforeTheLeaderInHerSentenceIsThePronoun() {
    List<Mention> ms =
        find(
            "2023-02-22",
            "Republicans criticize Biden’s Ukraine trip as Putin pulls out of nuclear arms treaty |"
                + " First Thing",
            "Don’t already get First Thing in your inbox? Sign up here",
            "Fiona Hill, who was a Russian specialist at the White House national security council"
                + " from 2017 to 2019, told the Guardian that Putin was “playing to the rifts in the"
                + " United States”. The strategy was to increase political discord in an attempt to"
                + " embolden calls for an end to US support for Ukraine.",
            "“It’s playing to all those people who want Ukraine to surrender and capitulate to avoid"
                + " a massive nuclear exchange and world war three, a kind of nuclear Armageddon,”"
                + " she said.");
    Mention m = quotedAt(ms, "Ukraine");
    assertEquals("Fiona Hill", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }

  /**
   * reuters:17372 (dev): "Weinberger gave no details ..." opens a sentence with a surname the lede
   * wrote after a given name ("U.S. Defence Secretary Caspar Weinberger"); "he" two paragraphs on
   * took Nakasone's id, the leader named before.
   */
  @Test
  void aSurnameOpeningASentenceIsThePronoun() {
    List<Mention> ms =
        find(
            "1987-07-01",
            "JAPAN TO HELP U.S. ON ANTI-SUBMARINE DEFENCES",
            "Japan has agreed to help the United States strengthen anti-submarine defences after"
                + " illegal high-technology Japanese exports significantly damaged mutual security,"
                + " U.S. Defence Secretary Caspar Weinberger said.",
            "Weinberger told a press conference that exports of Japanese machines designed to make"
                + " Soviet submarines quieter and harder to detect had been a serious blow. But he"
                + " said he was encouraged by the punishment dealt to Toshiba Machine Co, a"
                + " subsidiary of Toshiba Corp <TSBA.T>, for the illegal exports, and by Prime"
                + " Minister Yasuhiro Nakasone's assurances that action would be taken to keep it"
                + " from happening again.",
            "The government has barred Toshiba Machine from exporting to Communist countries for a"
                + " year and said it intends to strengthen and expand its export control system.",
            "Weinberger gave no details of the anti-submarine program.",
            "In his talks with Japanese Defence Minister Yuko Kurihara, he said, he made a pitch for"
                + " American companies seeking to build Japan's new fighter aircraft for the 1990's.",
            "\"I assured Minister Kurihara that I support his plans to increase Japanese air defence"
                + " capabilites and that I believe American aircraft can do this,\" he said.");
    Mention m = quotedAt(ms, "American");
    assertEquals("Weinberger", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }

  /**
   * rss-2023-06:21501 (dev): "according to" was looked for up to 200 characters past the closing
   * mark of "a “friend.”", so two sentences on it found "according to Bloomberg" cut at the limit
   * ("Bl"), carried on to the next quotation; now only the quotation's own sentence is read.
   */
  @Test
  void accordingToInALaterSentenceIsNoSpeaker() {
    List<Mention> ms =
        find(
            "2023-06-16",
            "CCP Leader Praises Bill Gates At China Meeting",
            "Chinese Communist Party General Secretary Xi Jinping praised American billionaire and"
                + " Microsoft co-founder Bill Gates, calling the businessman a “friend.” Gates met"
                + " with Xi this week, alongside Chinese Foreign Secretary Qin Gang and chief Chinese"
                + " diplomat Wang Yi. Xi and Gates discussed pandemic prevention and technological"
                + " development, according to Bloomberg. “You are the first American friend ...");
    assertEquals(
        "Chinese Communist Party General Secretary Xi Jinping",
        quotedAt(ms, "American").speakerText());
  }

  /**
   * reuters:9713 (dev): "Tian took the opposite view." opens a sentence with a surname the article
   * wrote after "Vice-Premier" at a paragraph's start; "he" in the next paragraph took the id of
   * Zhao Ziyang, the leader named before.
   */
  @Test
  void aSurnameAfterATitleOpeningAParagraphIsThePronoun() {
    List<Mention> ms =
        find(
            "1987-03-28",
            "CHINA SAYS FOREIGN DEBT RISING, LEVEL NOT DANGEROUS",
            "A Chinese leader said the country's foreign debt was rising but the level was not"
                + " dangerous and China valued its good credit rating in the world.",
            "Vice-Premier Tian Jiyun told a news conference for foreign journalists the debt,"
                + " including foreign investment, was 20.6 billion dlrs at end-1986, of which 7.6"
                + " billion were in long-term, low-interest loans.",
            "\"Considering the national economic strength of China and the scale of its imports and"
                + " exports, this level of foreign debt can be sustained by China now and has not"
                + " developed to a dangerous point,\" he said.",
            "Finance Minister Wang Bingqian said in the budget speech on Thursday that foreign"
                + " borrowings in 1987 would be almost double the 1986 level and nearly six times the"
                + " 1985 amount.",
            "Under Chairman Mao Tse-tung's rule from 1949-1976, China borrowed very little abroad,"
                + " insisting that nearly all development be financed from the country's own"
                + " resources.",
            "Tian took the opposite view. \"It is not enough for us to rely totally on our own funds"
                + " and capital (to achieve its modernisation). We have to have the courageous"
                + " spirit to borrow a certain amount of foreign loans,\" he said.",
            "He said China must not borrow too much and no more than it can repay. \"China has good"
                + " credit in terms of foreign borrowing and we value this good credit,\" he said.");
    Mention m =
        ms.stream()
            .filter(x -> x.inQuote() && x.surface().equals("China"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertEquals("Tian", m.speakerText());
    assertEquals(null, m.speakerEntityId());
  }
}
