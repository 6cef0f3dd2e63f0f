package org.newstrends.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.Mention;
import org.newstrends.annotate.MentionFinder;
import org.newstrends.annotate.Tokenizer;

/**
 * Scores the matcher against the CoNLL-2003 English NER gold annotation (Reuters newswire, 1996).
 *
 * <p>Each document's text is rebuilt from its tokens (tokens joined by one space, one sentence per
 * segment, char offsets recorded) and run through {@link MentionFinder} with the document's date
 * (the first {@code YYYY-MM-DD} token, else 1996-08-15). A prediction is correct when its char span
 * equals a gold span of the expected type:
 *
 * <ul>
 *   <li>countries (match kinds name, alias, acronym) against gold LOC spans;
 *   <li>demonyms against gold MISC spans;
 *   <li>leaders (match kinds name, alias, surname) against gold PER spans.
 * </ul>
 *
 * Precision counts every prediction of the kind. Recall is over the gold spans the gazetteer claims
 * to cover: gold LOC spans whose text is a country name/alias, gold MISC spans whose text is a
 * demonym, gold PER spans whose text is an alias of a leader in office on the document's date.
 * docs/accuracy.md explains the denominators.
 *
 * <p>Usage: {@code ConllScorer CONLL_FILE GAZETTEER.yaml...} (see jobs/score-conll.sh). Add {@code
 * -v} first to list the errors.
 */
public final class ConllScorer {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final LocalDate DEFAULT_DATE = LocalDate.of(1996, 8, 15);

  /** One gold or predicted span in a document: segment (sentence) index and char offsets. */
  record Span(int sentence, int start, int end, String text) {}

  /** One document rebuilt from tokens. */
  record Document(List<String> sentences, Map<String, List<Span>> gold, LocalDate date) {}

  /** Counts of one scored category. */
  public static final class Score {
    public int predicted;
    public int correct;
    public int gold;
    public int found;
    final List<String> falsePositives = new ArrayList<>();
    final List<String> misses = new ArrayList<>();

    public double precision() {
      return predicted == 0 ? 1.0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) found / gold;
    }
  }

  private ConllScorer() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = args.length > 0 && args[0].equals("-v");
    int first = verbose ? 1 : 0;
    Path heads = null;
    if (args.length > first + 1 && args[first].equals("--heads")) {
      heads = Path.of(args[first + 1]);
      first += 2;
    }
    if (args.length - first < 2) {
      System.err.println("usage: ConllScorer [-v] CONLL_FILE GAZETTEER.yaml...");
      System.exit(2);
    }
    List<String> gazetteers = List.of(args).subList(first + 1, args.length);
    CompiledGazetteer g = GazetteerLoader.compile(gazetteers);
    List<Document> docs = parse(Files.readAllLines(Path.of(args[first]), StandardCharsets.UTF_8));
    Map<String, Score> scores = score(g, docs);
    if (heads != null) {
      scores.put("leaders-independent", independentLeaderRecall(g, docs, heads));
    }
    print(System.out, args[first], docs.size(), scores, verbose);
  }

  /** Parses CoNLL-2003 lines (token POS chunk NER, IOB1 or IOB2) into documents. */
  static List<Document> parse(List<String> lines) {
    List<Document> docs = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        flush(sentence, sentences);
        sentence = new ArrayList<>();
        if (!sentences.isEmpty()) {
          docs.add(document(sentences));
        }
        sentences = new ArrayList<>();
      } else if (line.isBlank()) {
        flush(sentence, sentences);
        sentence = new ArrayList<>();
      } else {
        sentence.add(line.split(" "));
      }
    }
    flush(sentence, sentences);
    if (!sentences.isEmpty()) {
      docs.add(document(sentences));
    }
    return docs;
  }

  private static void flush(List<String[]> sentence, List<List<String[]>> sentences) {
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }

  private static Document document(List<List<String[]>> sentences) {
    List<String> texts = new ArrayList<>();
    Map<String, List<Span>> gold = new LinkedHashMap<>();
    LocalDate date = null;
    for (int s = 0; s < sentences.size(); s++) {
      StringBuilder text = new StringBuilder();
      String type = null;
      int spanStart = -1;
      int spanEnd = -1;
      for (String[] token : sentences.get(s)) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(token[0]);
        int end = text.length();
        if (date == null && DATE.matcher(token[0]).matches()) {
          date = LocalDate.parse(token[0]);
        }
        String tag = token[token.length - 1];
        String tagType = tag.equals("O") ? null : tag.substring(2);
        boolean begins = tag.startsWith("B-") || tagType != null && !tagType.equals(type);
        if (type != null && (tagType == null || begins)) {
          gold.computeIfAbsent(type, k -> new ArrayList<>())
              .add(new Span(s, spanStart, spanEnd, text.substring(spanStart, spanEnd)));
          type = null;
        }
        if (tagType != null) {
          if (type == null) {
            type = tagType;
            spanStart = start;
          }
          spanEnd = end;
        }
      }
      if (type != null) {
        gold.computeIfAbsent(type, k -> new ArrayList<>())
            .add(new Span(s, spanStart, spanEnd, text.substring(spanStart, spanEnd)));
      }
      texts.add(text.toString());
    }
    return new Document(texts, gold, date == null ? DEFAULT_DATE : date);
  }

  /** Scores every document; keys: countries, demonyms, leaders. */
  static Map<String, Score> score(CompiledGazetteer g, List<Document> docs) {
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("countries", new Score());
    scores.put("demonyms", new Score());
    scores.put("leaders", new Score());
    Set<String> countryKeys = g.surfaceKeys("country", Set.of("name", "alias", "acronym"), null);
    Set<String> demonymKeys = g.surfaceKeys("country", Set.of("demonym"), null);
    MentionFinder finder = new MentionFinder(g, 0);
    Map<LocalDate, Set<String>> leaderKeys = new TreeMap<>();
    for (Document doc : docs) {
      List<MentionFinder.Segment> segments = new ArrayList<>();
      for (int s = 0; s < doc.sentences().size(); s++) {
        segments.add(new MentionFinder.Segment("body", s, doc.sentences().get(s)));
      }
      List<Mention> mentions = finder.find(segments, doc.date());
      Set<String> leaders =
          leaderKeys.computeIfAbsent(
              doc.date(),
              d -> g.surfaceKeys("leader", Set.of("name", "alias", "surname", "acronym"), d));
      category(
          scores.get("countries"),
          doc,
          mentions,
          "LOC",
          countryKeys,
          m ->
              m.entityType().equals("country")
                  && m.enclosingName() == null // CoNLL labels the whole name (ORG/MISC)
                  && Set.of("name", "alias", "acronym").contains(m.matchKind()));
      category(
          scores.get("demonyms"),
          doc,
          mentions,
          "MISC",
          demonymKeys,
          m ->
              m.entityType().equals("country")
                  && m.enclosingName() == null
                  && m.matchKind().equals("demonym"));
      category(
          scores.get("leaders"),
          doc,
          mentions,
          "PER",
          leaders,
          m ->
              m.entityType().equals("leader")
                  && Set.of("name", "alias", "surname").contains(m.matchKind()));
    }
    return scores;
  }

  /**
   * Leader recall over an independent list: gold PER spans whose text is the full name or the last
   * name word (4+ letters) of a head of state or government in office on the document's date
   * according to the reference extract (Wikidata and REIGN rows of {@code reference-heads.tsv}),
   * whether or not leaders.yaml has them, and whose country the document names (a country mention
   * of that id): a sprinter called Mitchell is not St Vincent's prime minister. Only {@code
   * found}/{@code gold} are meaningful.
   */
  static Score independentLeaderRecall(CompiledGazetteer g, List<Document> docs, Path headsTsv)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(headsTsv, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.startsWith("source\t")) {
        rows.add(line.split("\t", -1));
      }
    }
    Score score = new Score();
    MentionFinder finder = new MentionFinder(g, 0);
    for (Document doc : docs) {
      List<MentionFinder.Segment> segments = new ArrayList<>();
      for (int s = 0; s < doc.sentences().size(); s++) {
        segments.add(new MentionFinder.Segment("body", s, doc.sentences().get(s)));
      }
      List<Mention> mentions = finder.find(segments, doc.date());
      Set<String> named = new HashSet<>();
      for (Mention m : mentions) {
        if (m.entityType().equals("country")) {
          named.add(m.entityId());
        }
      }
      LocalDate d = doc.date();
      Set<String> keys = new HashSet<>();
      for (String[] r : rows) {
        LocalDate from = LocalDate.parse(r[6]);
        LocalDate to = r[7].isEmpty() ? null : LocalDate.parse(r[7]);
        if (named.contains(r[1]) && !from.isAfter(d) && (to == null || !to.isBefore(d))) {
          keys.add(Tokenizer.key(r[4]));
          String[] words = r[4].split("[\\s-]+");
          String last = words[words.length - 1];
          if (last.length() >= 4 && Character.isUpperCase(last.charAt(0))) {
            keys.add(Tokenizer.key(last));
          }
        }
      }
      category(
          score,
          doc,
          mentions,
          "PER",
          keys,
          m ->
              m.entityType().equals("leader")
                  && Set.of("name", "alias", "surname").contains(m.matchKind()));
    }
    return score;
  }

  private static void category(
      Score score,
      Document doc,
      List<Mention> mentions,
      String goldType,
      Set<String> keys,
      java.util.function.Predicate<Mention> kind) {
    List<Span> gold = doc.gold().getOrDefault(goldType, List.of());
    Set<Span> goldSet = new HashSet<>();
    for (Span s : gold) {
      goldSet.add(new Span(s.sentence(), s.start(), s.end(), null));
    }
    Set<Span> predicted = new HashSet<>();
    for (Mention m : mentions) {
      if (!kind.test(m)) {
        continue;
      }
      Span span = new Span(m.paragraphIndex(), m.charStart(), m.charEnd(), null);
      // CoNLL spans mostly leave out a leading article: "the Netherlands" may be gold "Netherlands"
      Span withoutThe =
          m.surface().regionMatches(true, 0, "the ", 0, 4)
              ? new Span(m.paragraphIndex(), m.charStart() + 4, m.charEnd(), null)
              : span;
      if (!predicted.add(span)) {
        continue; // one span naming two entities of the kind counts once
      }
      predicted.add(withoutThe);
      score.predicted++;
      if (goldSet.contains(span) || goldSet.contains(withoutThe)) {
        score.correct++;
      } else {
        score.falsePositives.add(
            m.surface()
                + " -> "
                + m.entityName()
                + "  | "
                + doc.sentences().get(m.paragraphIndex()));
      }
    }
    for (Span s : gold) {
      if (keys.contains(Tokenizer.key(s.text()))) {
        score.gold++;
        if (predicted.contains(new Span(s.sentence(), s.start(), s.end(), null))) {
          score.found++;
        } else {
          score.misses.add(s.text() + "  | " + doc.sentences().get(s.sentence()));
        }
      }
    }
  }

  static void print(
      PrintStream out, String file, int documents, Map<String, Score> scores, boolean verbose) {
    out.printf("CoNLL-2003 %s: %d documents%n", file, documents);
    out.printf(
        "%-10s %9s %9s %9s %9s %9s %9s%n",
        "category", "predicted", "correct", "precision", "gold", "found", "recall");
    scores.forEach(
        (name, s) ->
            out.printf(
                "%-10s %9d %9d %9.3f %9d %9d %9.3f%n",
                name, s.predicted, s.correct, s.precision(), s.gold, s.found, s.recall()));
    if (verbose) {
      scores.forEach(
          (name, s) -> {
            out.println("\n## " + name + ": false positives");
            s.falsePositives.forEach(e -> out.println("  " + e));
            out.println("## " + name + ": misses");
            s.misses.forEach(e -> out.println("  " + e));
          });
    }
  }
}
