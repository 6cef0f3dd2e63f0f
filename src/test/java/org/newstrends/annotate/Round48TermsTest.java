package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 48 (docs/accuracy-rounds.md): term precision, on excerpts of dev-split items of
 * ../shared/data (item ids as DevSplitDump names them) with the project's gazetteers. The rules are
 * animal positions counted over the whole dev split (a death word with a lower-case animal word
 * near it), with their guards: a person's death near an animal stays.
 */
class Round48TermsTest {

  /**
   * An animal as the subject, up to four tokens before the death word: rss-2023-10:14198 (dev,
   * "gray whales have washed up dead"), rss-2023-06:5763 (dev, "her dog Blade has died") and
   * rss-2023-10:11407 (dev, "chickens have been killed amid ... bird flu outbreaks"). Guards, from
   * the same dev split: a person coordinated with the animal (rss-2023-09:12210, "Woman and her dog
   * are shot dead"), a person attacked by the animal (rss-2023-09:17262, "Man attacked by two dogs
   * near school in Stonnall dies"), an animal that caused a death (rss-2023-05:11879, "his dogs
   * caused the death of his housekeeper") and a person's bird flu death (rss-2023-04:14692).
   */
  @Test
  void anAnimalAsTheSubjectOfADeathIsAnAnimalsDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-10-06",
            "Hundreds of gray whales have washed up dead since 2019. Scientists think they know"
                + " why."));
    assertEquals(
        List.of(),
        deaths(
            "2023-06-12", "Katie Price reveals her dog Blade has died after being hit by a car"));
    assertEquals(
        List.of(),
        deaths(
            "2023-10-08",
            "South Africa egg shortage: How poultry products became a hot commodity",
            "Millions of chickens have been killed amid one of the worst bird flu outbreaks to hit"
                + " the country."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-09-14",
            "Woman and her dog are shot dead while trying to help a friend leave an abusive"
                + " relationship"));
    assertEquals(
        List.of("dies=death_verbs"),
        deaths("2023-09-19", "Man attacked by two dogs near school in Stonnall dies"));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-05-10",
            "Murdaugh recording",
            "Alex Murdaugh can be heard in a newly released recording telling an investigator five"
                + " years ago that his dogs caused the death of his housekeeper, Gloria"
                + " Satterfield."));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-04-12",
            "Bird flu in China",
            "The world’s first H3N8 bird flu death has been recorded in China."));
  }

  /**
   * An animal as the object, up to seven tokens after the death word, past a count, an age or an
   * adjective: rss-2023-05:44614 (dev, "they killed a beloved town swan") and rss-2023-04:26133
   * (dev, "the deaths of more than a million fish"). Guards, from the same dev split: a person
   * between the term and the animal (rss-2023-09:18873, "killing five-year-old girl following bird
   * strike"), a person's word after the animal (rss-2023-08:23284, "death of salmon farm worker")
   * and a "lone wolf" (rss-2023-04:25696, "the murder of lone wolf bikie").
   */
  @Test
  void anAnimalAsTheObjectOfADeathIsAnAnimalsDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-16",
            "Teenagers arrested",
            "Three teenagers were charged after they killed a beloved town swan, stole its chicks,"
                + " then cooked and ate the swan."));
    assertEquals(
        List.of(),
        deaths(
            "2023-04-19",
            "NSW to investigate Menindee mass fish kill as ‘pollution incident’",
            "New South Wales government has announced it will treat the deaths of more than a"
                + " million fish in the Darling-Baaka River as a pollution incident."));
    assertEquals(
        List.of("killing=death_verbs"),
        deaths(
            "2023-09-17",
            "Horrifying moment Italian airforce display jet plunges from the sky and crashes into a"
                + " car killing five-year-old girl following bird strike"));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-08-20",
            "Horrific death of salmon farm worker who drowned after being crushed between two boats"
                + " sparks legal probe by the industry watchdog"));
    assertEquals(
        List.of("murder=death_verbs"),
        deaths(
            "2023-04-18",
            "Yusuf Nazlioglu, Rhodes shooting: Man charged with the murder of lone wolf bikie"));
  }
}
