package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newstrends.annotate.RuleArticles.at;
import static org.newstrends.annotate.RuleArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 16 (docs/accuracy-rounds.md): speaker error classes on the dev split (a fresh draw
 * with seed 2026113016 and round 15's open classes), on excerpts of dev-split items of
 * ../shared/data (2023 RSS descriptions) with the project's gazetteers.
 */
class Round16SpeakersTest {

  /**
   * rss-2023-09:7508 (dev, The Hill): "Trump's campaign said in a statement" is the campaign
   * speaking, not Trump (list {@code speaker_body_heads}).
   */
  @Test
  void aLeadersCampaignIsNotTheLeader() {
    List<Mention> ms =
        find(
            "2023-09-14",
            "Trump campaign rips Biden's EV plan as autoworkers ramp up strike threats",
            "Former President Trump's campaign aimed its ire at the Biden administration's plans to"
                + " push for more Americans to use electric vehicles Thursday. “Joe Biden’s Electric"
                + " Vehicle mandate will murder the U.S. auto industry and kill countless union"
                + " autoworker jobs forever, especially in Michigan and the Midwest,” Trump’s campaign"
                + " said in a statement.");
    Mention m = at(ms, "U.S.");
    assertEquals("Trump’s campaign", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /** rss-2023-01:35660 (dev, Guardian): "Netanyahu's office said that ..." is the office. */
  @Test
  void aLeadersOfficeIsNotTheLeader() {
    List<Mention> ms =
        find(
            "2023-01-29",
            "Israel to take punitive steps against Palestinians after deadly attacks",
            "In a statement issued after the weekly cabinet meeting on Sunday, Netanyahu’s office"
                + " said that Israel’s security agency would explore “additional deterrent measures"
                + " regarding the families of terrorists that express support for terrorism”,"
                + " including the revocation of Jerusalem residency rights.");
    Mention m = at(ms, "terrorists");
    assertEquals("Netanyahu’s office", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /**
   * rss-2023-05:24373 (dev, The Hill): a leader's name as a modifier ("Biden administration
   * officials") is not the speaker; the leader speaking for himself still is.
   */
  @Test
  void aLeaderAsAModifierIsNotTheSpeakerButTheLeaderAloneIs() {
    List<Mention> ms =
        find(
            "2023-05-24",
            "Border figures",
            "Biden administration officials said the U.S. Border Patrol had “seen a drop in"
                + " encounters with migrants from Mexico”.");
    assertEquals("Biden administration officials", at(ms, "Mexico").speakerText());
    assertNull(at(ms, "Mexico").speakerEntityId());
    List<Mention> alone =
        find(
            "2023-05-24",
            "Border figures",
            "President Joe Biden said the U.S. Border Patrol had “seen a drop in encounters with"
                + " migrants from Mexico”.");
    assertEquals("Q6279", at(alone, "Mexico").speakerEntityId());
  }

  /**
   * rss-2023-04:10748 (dev, Guardian): "he wrote" after a sentence that opens with a person as its
   * subject and no speech verb ("In the UK, David Pannick KC was an early ... enthusiast") is that
   * person, not the last leader named (Trump, earlier in the paragraph).
   */
  @Test
  void aPronounAfterAPersonSubjectIsThatPerson() {
    List<Mention> ms =
        find(
            "2023-04-09",
            "Harry, Gwyneth... even Wagatha: we can learn so much from ‘media circuses’",
            "Delightful as it was to watch Trump fail to make something dashing of his entrance,"
                + " the judge’s refusal to indulge broadcasters meant the public were denied even the"
                + " sound of his historic contribution. In the UK, David Pannick KC was an early if"
                + " unavailing enthusiast. “It is difficult,” he wrote, “to even formulate an argument"
                + " against the admission of the television camera in British courts.”");
    Mention m = at(ms, "British");
    assertEquals("David Pannick KC", m.speakerText());
    assertNull(m.speakerEntityId());
  }

  /**
   * rss-2023-02:12931 (dev, Guardian): a subject of two capitalised words that are no place or
   * body, before "is"/"was"/"has"/"had" (list {@code speaker_subject_verbs}), is what a later "he"
   * means.
   */
  @Test
  void aPronounAfterASurnameSubjectWithAnAuxiliary() {
    List<Mention> ms =
        find(
            "2023-02-12",
            "Luis Moreno Ocampo interview",
            "Moreno Ocampo has not lost his conviction since he served as chief prosecutor. “When I"
                + " moved to the ICC in 2003 the world was treating violent people as enemies to"
                + " kill,” he says.");
    assertEquals("Moreno Ocampo", at(ms, "ICC").speakerText());
  }

  /**
   * reuters:4261 (dev): "he said" after "Japan denied ..." is no country; with nobody else named it
   * carries no speaker rather than "Japan".
   */
  @Test
  void aPronounIsNoCountry() {
    List<Mention> ms =
        find(
            "1987-03-13",
            "JAPAN DENIES BREAKING SEMICONDUCTOR TRADE PACT",
            "Japan denied breaking a pact with the U.S. On semiconductor trade but said prices set"
                + " out in the pact were too high.",
            "He said the high prices were leaving manufacturers piling up stocks. \"We are aiming to"
                + " reduce production in Japan but of course this takes time,\" he said.");
    Mention m =
        ms.stream().filter(x -> x.inQuote() && x.surface().equals("Japan")).findFirst().get();
    assertNull(m.speakerEntityId());
  }
}
