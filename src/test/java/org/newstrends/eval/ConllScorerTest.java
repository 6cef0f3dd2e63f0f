package org.newstrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.testing.Fixtures;

class ConllScorerTest {

  @Test
  void rebuildsTextAndGoldSpansFromTokens() {
    List<String> lines =
        List.of(
            "-DOCSTART- -X- O O",
            "",
            "MOSCOW NNP I-NP I-LOC",
            "1996-08-30 CD I-NP O",
            "",
            "Russian JJ I-NP I-MISC",
            "President NNP I-NP O",
            "Boris NNP I-NP I-PER",
            "Yeltsin NNP I-NP I-PER",
            "met VBD I-VP O",
            "New NNP I-NP I-LOC",
            "York NNP I-NP I-LOC",
            "B-LOC NNP I-NP B-LOC",
            ". . O O");
    List<ConllScorer.Document> docs = ConllScorer.parse(lines);
    assertEquals(1, docs.size());
    ConllScorer.Document doc = docs.get(0);
    assertEquals(LocalDate.of(1996, 8, 30), doc.date());
    assertEquals(
        List.of("MOSCOW 1996-08-30", "Russian President Boris Yeltsin met New York B-LOC ."),
        doc.sentences());
    assertEquals(List.of(new ConllScorer.Span(1, 18, 31, "Boris Yeltsin")), doc.gold().get("PER"));
    assertEquals(
        List.of(
            new ConllScorer.Span(0, 0, 6, "MOSCOW"),
            new ConllScorer.Span(1, 36, 44, "New York"),
            new ConllScorer.Span(1, 45, 50, "B-LOC")),
        doc.gold().get("LOC"));
  }

  @Test
  void scoresAnExcerptOfReutersNewswire() {
    CompiledGazetteer g = GazetteerLoader.compile(Fixtures.shippedGazetteers());
    List<String> lines = Fixtures.text("/conll/eng.testa-excerpt.txt").lines().toList();
    Map<String, ConllScorer.Score> scores = ConllScorer.score(g, ConllScorer.parse(lines));
    ConllScorer.Score countries = scores.get("countries");
    ConllScorer.Score leaders = scores.get("leaders");
    assertTrue(
        countries.gold >= 10 && leaders.gold >= 5,
        "denominators: " + countries.gold + ", " + leaders.gold);
    assertTrue(
        countries.precision() >= 0.9 && countries.recall() >= 0.9,
        "countries " + countries.precision() + " " + countries.recall());
    assertTrue(
        leaders.precision() >= 0.9 && leaders.recall() >= 0.9,
        "leaders " + leaders.precision() + " " + leaders.recall());
  }
}
