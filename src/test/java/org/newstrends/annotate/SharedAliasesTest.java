package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.Fixtures;

/**
 * One alias, several entities (src/test/resources/gazetteers/test-shared.yaml): one span gives one
 * mention among the actors, the alias's context rules first, then the alias's kind, else one
 * mention reported ambiguous with its candidates; the compiler warns of each such alias. A country
 * and a place sharing an alias with no {@code when:} rule gave two mentions of one span.
 */
class SharedAliasesTest {

  private static final CompiledGazetteer G =
      GazetteerLoader.compile(List.of("src/test/resources/gazetteers/test-shared.yaml"));

  /** "surface=type:id" or "surface=type:ambiguous:...[candidates]" of each mention. */
  private static List<String> found(String text) {
    return new MentionFinder(G, 20)
            .find(
                List.of(new MentionFinder.Segment("body", 0, text)),
                LocalDate.parse("2023-10-22"),
                "x")
            .stream()
            .map(
                m ->
                    m.surface()
                        + "="
                        + m.entityType()
                        + ":"
                        + m.entityId()
                        + (m.ambiguousCandidates() == null
                            ? ""
                            : "[" + m.ambiguousCandidates() + "]"))
            .toList();
  }

  @Test
  void aCountryAndAPlaceSharingAnAliasGiveOneMentionTheNameBeforeTheMetonym() {
    // was: Porto Verde=country:XA and Porto Verde=place:place:porto-verde
    assertEquals(
        List.of("Porto Verde=place:place:porto-verde"),
        found("Porto Verde said the talks failed."));
    assertEquals(
        List.of("Xandia=country:XA", "Porto Verde=place:place:porto-verde"),
        found("Xandia and Porto Verde disagree."));
  }

  @Test
  void equalKindsGiveOneMentionReportedAmbiguousWithItsCandidates() {
    assertEquals(
        List.of("Channel Islander=country:ambiguous:channel islander[GG|JE]"),
        found("A Channel Islander won the race."));
    // of two types: the type is "ambiguous", as for an alias whose context rules do not choose
    assertEquals(
        List.of("Lagos=ambiguous:ambiguous:lagos[org:lagos-fc|place:lagos]"),
        found("Lagos won again."));
    // a longer match is another span: the club's name, and the city inside it (other types
    // nested inside a match stay, as before)
    assertEquals(
        List.of("Lagos FC=organisation:org:lagos-fc", "Lagos=place:place:lagos"),
        found("Lagos FC won again."));
  }

  @Test
  void anAliasWithoutContextRulesCompetesWithThoseWithRulesAtScoreZero() {
    // was: Springfield=organisation:org:springfield-fc beside the places' ambiguous mention
    assertEquals(
        List.of(
            "Springfield=ambiguous:ambiguous:springfield"
                + "[org:springfield-fc|place:springfield-il|place:springfield-ma]"),
        found("The Springfield mayor spoke."));
    // was: Springfield=organisation:org:springfield-fc beside Springfield, Illinois
    assertEquals(
        List.of("Springfield=place:place:springfield-il"),
        found("The Springfield mayor of Illinois spoke."));
  }

  @Test
  void aTermSharesItsSpanWithAnActorAndPeopleAreLeftToThePersonRules() {
    // unchanged: a term is the word the outlet uses, the organisation what it names
    assertEquals(
        List.of("Acme=organisation:org:acme", "Acme=term:acme"), found("Acme said profits rose."));
    // unchanged: the person rules keep each person they cannot rule out
    assertEquals(
        List.of("Qadir=person:person:imran", "Qadir=person:person:karim"), found("Qadir said."));
  }

  @Test
  void theCompilerWarnsOfEachSharedAliasAndWhatTheMatcherDoesWithIt() {
    List<String> shared =
        G.warnings().stream().filter(w -> w.startsWith("alias '")).map(w -> w + "\n").toList();
    assertEquals(4, shared.size(), shared.toString());
    assertEquals(
        "alias 'Porto Verde' names XA (country Xandia) as metonym and place:porto-verde (place"
            + " Porto Verde) as name, and none of them has a when: rule for it: the matcher gives"
            + " it to place:porto-verde, whose name ranks first (name, alias, acronym, surname,"
            + " demonym, metonym, variant); give each a when: rule to let the article's context"
            + " choose\n",
        shared.get(0));
    assertEquals(
        "alias 'Channel Islander' names GG (country Guernsey) as demonym and JE (country Jersey)"
            + " as demonym, and none of them has a when: rule for it: where no rule decides, it is"
            + " one mention reported ambiguous (ambiguous_candidates) and counted for none of them;"
            + " give each a when: rule, or keep the alias on one entity only\n",
        shared.get(1));
    assertTrue(
        shared.get(2).startsWith("alias 'Lagos' names place:lagos (place Lagos) as name and"),
        shared.get(2));
    assertTrue(
        shared
            .get(3)
            .startsWith(
                "alias 'Springfield' names place:springfield-il (place Springfield, Illinois) as"
                    + " name, place:springfield-ma (place Springfield, Massachusetts) as name and"
                    + " org:springfield-fc (organisation Springfield FC) as name, and"
                    + " org:springfield-fc has no when: rule for it: where no rule decides"),
        shared.get(3));
    // none for the term beside the organisation (Acme), the people (Qadir) or exact aliases that
    // never match one text (NBC, NBc)
  }

  @Test
  void theShippedGazetteersShareNoActorAliasWithoutRules() {
    // "Jerusalem" is the city's alone (dropped from Israel's metonyms, 2026-12-05); "Channel
    // Islander(s)", Guernsey's and Jersey's demonym, has a when: rule on both since stop 66
    // (Stop66CountriesTest)
    assertEquals(
        List.of(),
        GazetteerLoader.compile(Fixtures.shippedGazetteers()).warnings().stream()
            .filter(w -> w.startsWith("alias '"))
            .toList());
  }
}
