package org.newstrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newstrends.annotate.ArticleSections;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.annotate.Mention;
import org.newstrends.annotate.MentionFinder;

/**
 * Scores the matcher against the hand-judged sets of docs/accuracy.md: items drawn from the 2023
 * RSS corpus and the Reuters-21578 dump by {@link JudgedSampleDrawer}, with judgements keyed by
 * item and span (field, paragraph, char offsets), so they survive changes to the matcher.
 *
 * <ul>
 *   <li><b>Precision</b> per entity type over the judged sample: a mention the matcher emits now is
 *       looked up by its span; it is correct when its entity id equals the judged gold id. A
 *       mention at a span nobody judged is counted as <em>unjudged</em> (new spans since the draw),
 *       never silently ignored; judged mentions no longer emitted are counted as <em>dropped</em>.
 *   <li><b>Recall</b> for countries and leaders over the whole-item gold of the recall items: a
 *       gold span is found when an emitted mention of the same id overlaps it.
 *   <li><b>Speakers</b> over quoted mentions with a judged speaker: <em>right</em> = correct among
 *       those that carry a speaker; <em>present</em> = carry one among those whose item names one.
 * </ul>
 *
 * Stop 29 enlarged the test sample for terms (rows noted {@value #TERM_EXTENSION}) and speakers
 * (rows noted {@value #QUOTE_EXTENSION}): precision and speakers are reported on the original
 * sample, as before, and on the combined one (the original plus the extension).
 *
 * <p>Every proportion comes with a 95% Wilson score interval.
 *
 * <p>Usage: {@code JudgedSetScorer ITEMS.jsonl PRECISION.tsv RECALL.tsv GAZETTEER.yaml...}
 */
public final class JudgedSetScorer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One item: id, date, outlet, section and URL (null when the item has none) and its text
   * segments.
   */
  public record Item(
      String id,
      LocalDate date,
      String outlet,
      String section,
      String url,
      List<MentionFinder.Segment> segments) {

    /** The item's sections, as the job derives them ({@link ArticleSections}). */
    public ArticleSections sections() {
      return new ArticleSections(section, url);
    }

    /** The item's mentions. */
    public List<Mention> mentions(MentionFinder finder) {
      return finder.find(segments, date, outlet, sections());
    }
  }

  /**
   * The note (or the start of the note, before a colon and the reason) of a precision-file row
   * whose gold was judged in stop 29's extension of the term sample (docs/accuracy-rounds.md):
   * outside the original sample, inside the combined one.
   */
  static final String TERM_EXTENSION = "stop 29 term extension";

  /**
   * The note of the rows of an item drawn by stop 29's test quote draw: their speakers are outside
   * the original sample, inside the combined one.
   */
  static final String QUOTE_EXTENSION = "stop 29 quote draw";

  /** One judged row of the precision file. */
  record Judged(
      String key, String type, String predicted, String gold, String speaker, String note) {}

  /** One gold row of the recall file. */
  record Gold(
      String item, String field, int paragraph, int start, int end, String type, String id) {}

  /** A proportion with its 95% Wilson interval. */
  public record Ratio(int hits, int total) {
    public double value() {
      return total == 0 ? Double.NaN : (double) hits / total;
    }

    public double low() {
      return wilson(hits, total)[0];
    }

    public double high() {
      return wilson(hits, total)[1];
    }

    @Override
    public String toString() {
      return total == 0
          ? "n/a (0)"
          : String.format(
              Locale.ROOT, "%.3f (%d/%d, 95%% CI %.3f-%.3f)", value(), hits, total, low(), high());
    }
  }

  /** Everything one scoring run measured. */
  public static final class Report {
    /** The original sample (without stop 29's extension): type -> {correct, judged}. */
    public final Map<String, int[]> precision = new TreeMap<>();

    /** The combined sample (the original plus stop 29's extension): type -> {correct, judged}. */
    public final Map<String, int[]> precisionCombined = new TreeMap<>();

    public final Map<String, int[]> recall = new TreeMap<>(); // type -> {found, gold}
    public int unjudged;

    /**
     * Mentions at spans judged after the draw (gold "+ID"): matcher changes made them; they are
     * outside the stratified sample, so they are reported apart: {correct, judged}.
     */
    public final int[] added = new int[2];

    public int dropped;
    public int droppedCorrect;

    /** Speakers of the original sample (without stop 29's quote draw). */
    public int speakerCarried;

    public int speakerRight;
    public int speakerNamed;
    public int speakerPresent;

    /** Speakers of stop 29's quote draw alone; combined = original + these. */
    public int extCarried;

    public int extRight;
    public int extNamed;
    public int extPresent;
    public final List<String> errors = new ArrayList<>();
    public final List<String> unjudgedList = new ArrayList<>();

    /** Mentions reported as ambiguous (issue 9), with their candidates: not scored. */
    public final List<String> ambiguousList = new ArrayList<>();

    public Ratio precision(String type) {
      int[] c = precision.getOrDefault(type, new int[2]);
      return new Ratio(c[0], c[1]);
    }

    /** Precision of the combined sample (the original plus stop 29's extension). */
    public Ratio precisionCombined(String type) {
      int[] c = precisionCombined.getOrDefault(type, new int[2]);
      return new Ratio(c[0], c[1]);
    }

    /** Whether any judgement of stop 29's extension was scored (else combined = original). */
    public boolean hasExtension() {
      for (String type : precisionCombined.keySet()) {
        if (!precisionCombined(type).equals(precision(type))) {
          return true;
        }
      }
      return extCarried + extNamed > 0;
    }

    public Ratio precisionAll() {
      int h = 0;
      int t = 0;
      for (int[] c : precision.values()) {
        h += c[0];
        t += c[1];
      }
      return new Ratio(h, t);
    }

    public Ratio recall(String type) {
      int[] c = recall.getOrDefault(type, new int[2]);
      return new Ratio(c[0], c[1]);
    }

    public Ratio speakerRight() {
      return new Ratio(speakerRight, speakerCarried);
    }

    public Ratio speakerPresent() {
      return new Ratio(speakerPresent, speakerNamed);
    }

    public Ratio speakerRightCombined() {
      return new Ratio(speakerRight + extRight, speakerCarried + extCarried);
    }

    public Ratio speakerPresentCombined() {
      return new Ratio(speakerPresent + extPresent, speakerNamed + extNamed);
    }
  }

  private JudgedSetScorer() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = args.length > 0 && args[0].equals("-v");
    int f = verbose ? 1 : 0;
    List<String> gazetteers = List.of(args).subList(f + 3, args.length);
    Report r =
        score(
            GazetteerLoader.compile(gazetteers),
            entityTypes(gazetteers),
            readItems(Path.of(args[f])),
            Files.readAllLines(Path.of(args[f + 1]), StandardCharsets.UTF_8),
            Files.readAllLines(Path.of(args[f + 2]), StandardCharsets.UTF_8));
    print(System.out, r, verbose);
  }

  /** Entity id to entity type over the gazetteer files (roles-only files have no entities). */
  public static Map<String, String> entityTypes(List<String> gazetteers) {
    Map<String, String> types = new HashMap<>();
    for (String file : gazetteers) {
      GazetteerFile f = GazetteerLoader.read(Path.of(file));
      if (f.entities() != null) {
        for (GazetteerFile.Entity e : f.entities()) {
          types.put(e.id(), e.type());
        }
      }
    }
    return types;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Reads the items file (one JSON object per line: id, date, outlet, section and url where the
   * item has them, segments).
   */
  public static List<Item> readItems(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = JSON.readTree(line);
      List<MentionFinder.Segment> segs = new ArrayList<>();
      for (JsonNode s : o.get("segments")) {
        segs.add(
            new MentionFinder.Segment(
                s.get("field").asText(), s.get("paragraph").asInt(), s.get("text").asText()));
      }
      JsonNode date = o.get("date");
      items.add(
          new Item(
              o.get("id").asText(),
              date == null || date.isNull() ? null : LocalDate.parse(date.asText()),
              o.path("outlet").asText(),
              text(o, "section"),
              text(o, "url"),
              segs));
    }
    return items;
  }

  private static String spanKey(String item, String field, Object paragraph, Object s, Object e) {
    return item + "|" + field + "|" + paragraph + "|" + s + "|" + e;
  }

  /** Scores the matcher on the items against the judged precision rows and the recall gold. */
  public static Report score(
      CompiledGazetteer g,
      Map<String, String> types,
      List<Item> items,
      List<String> precisionTsv,
      List<String> recallTsv) {
    Map<String, List<Judged>> bySpan = new HashMap<>();
    for (String[] c : rows(precisionTsv)) {
      String key = spanKey(c[0], c[1], c[2], c[3], c[4]);
      bySpan
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new Judged(
                  key, c[5], c[7], c[8], c.length > 9 ? c[9] : "", c.length > 10 ? c[10] : ""));
    }
    Map<String, List<Gold>> goldByItem = new LinkedHashMap<>();
    for (String[] c : rows(recallTsv)) {
      goldByItem
          .computeIfAbsent(c[0], k -> new ArrayList<>())
          .add(
              new Gold(
                  c[0],
                  c[1],
                  Integer.parseInt(c[2]),
                  Integer.parseInt(c[3]),
                  Integer.parseInt(c[4]),
                  c[5],
                  c[6]));
    }
    Report r = new Report();
    MentionFinder finder = new MentionFinder(g, 60);
    java.util.Set<Judged> seen = new java.util.HashSet<>();
    for (Item item : items) {
      List<Mention> ms = item.mentions(finder);
      for (Mention m : ms) {
        String key = spanKey(item.id(), m.field(), m.paragraphIndex(), m.charStart(), m.charEnd());
        if (m.ambiguousCandidates() != null) {
          // reported as ambiguous, not guessed: no entity to score (a judged span counts as
          // dropped); its quotation and speaker do not depend on the entity, so a quoted mention's
          // speaker is still scored against the speaker judged at its span (stop 61)
          r.ambiguousList.add(key + " " + m.surface() + " candidates " + m.ambiguousCandidates());
          Judged quoted = m.inQuote() ? speakerJudgedAt(bySpan.get(key)) : null;
          if (quoted != null) {
            speaker(r, key, m, quoted.speaker(), quoted.note().equals(QUOTE_EXTENSION), types);
          }
          continue;
        }
        List<Judged> js = bySpan.get(key);
        if (js == null) {
          r.unjudged++;
          r.unjudgedList.add(key + " " + m.entityType() + " " + m.entityId() + " " + m.surface());
          continue;
        }
        Judged same = null;
        Judged sampled = null;
        for (Judged j : js) {
          if (j.predicted().equals(m.entityId())) {
            same = j;
          }
          if (!j.gold().equals("?") && !j.gold().startsWith("+") && sampled == null) {
            sampled = j;
          }
        }
        Judged j = same != null ? same : sampled;
        if (j == null) {
          continue; // a span in the items that was not drawn into the sample
        }
        seen.add(j);
        if (j.gold().startsWith("+")) {
          r.added[1]++;
          if (j.gold().substring(1).equals(m.entityId())) {
            r.added[0]++;
          } else {
            r.errors.add(
                "A " + key + " " + m.entityId() + " '" + m.surface() + "' gold=" + j.gold());
          }
        } else if (!j.gold().equals("?")) {
          boolean ok = j.gold().equals(m.entityId());
          boolean extension =
              j.note().equals(TERM_EXTENSION) || j.note().startsWith(TERM_EXTENSION + ":");
          int[] all = r.precisionCombined.computeIfAbsent(m.entityType(), k -> new int[2]);
          all[1]++;
          if (ok) {
            all[0]++;
          }
          if (!extension) {
            int[] c = r.precision.computeIfAbsent(m.entityType(), k -> new int[2]);
            c[1]++;
            if (ok) {
              c[0]++;
            }
          }
          if (!ok) {
            r.errors.add(
                (extension ? "P+ " : "P ")
                    + key
                    + " "
                    + m.entityType()
                    + " "
                    + m.entityId()
                    + " '"
                    + m.surface()
                    + "' gold="
                    + j.gold());
          }
        }
        if (m.inQuote() && same != null) {
          speaker(r, key, m, same.speaker(), same.note().equals(QUOTE_EXTENSION), types);
        }
      }
      for (Gold gold : goldByItem.getOrDefault(item.id(), List.of())) {
        boolean found = false;
        for (Mention m : ms) {
          if (m.field().equals(gold.field())
              && m.paragraphIndex() == gold.paragraph()
              && m.charStart() < gold.end()
              && gold.start() < m.charEnd()
              && m.entityId().equals(gold.id())) {
            found = true;
            break;
          }
        }
        int[] c = r.recall.computeIfAbsent(gold.type(), k -> new int[2]);
        c[1]++;
        if (found) {
          c[0]++;
        } else {
          r.errors.add(
              "R "
                  + spanKey(gold.item(), gold.field(), gold.paragraph(), gold.start(), gold.end())
                  + " missed "
                  + gold.type()
                  + " "
                  + gold.id());
        }
      }
    }
    for (List<Judged> js : bySpan.values()) {
      for (Judged j : js) {
        if (!j.gold().equals("?") && !j.gold().startsWith("+") && !seen.contains(j)) {
          r.dropped++;
          if (j.gold().equals(j.predicted())) {
            r.droppedCorrect++;
          }
          r.errors.add(
              "D " + j.key() + " " + j.predicted() + " no longer emitted; gold " + j.gold());
        }
      }
    }
    return r;
  }

  /** The first row at a span with a judged speaker; null when none. */
  private static Judged speakerJudgedAt(List<Judged> js) {
    if (js != null) {
      for (Judged j : js) {
        if (!j.speaker().isEmpty() && !j.speaker().equals("?")) {
          return j;
        }
      }
    }
    return null;
  }

  private static void speaker(
      Report r, String key, Mention m, String gold, boolean extension, Map<String, String> types) {
    if (gold.isEmpty() || gold.equals("?")) {
      return;
    }
    String tag = extension ? "S+ " : "S ";
    boolean carries = m.speakerEntityId() != null || m.speakerText() != null;
    if (gold.equals("none")) {
      if (carries) {
        if (extension) {
          r.extCarried++;
        } else {
          r.speakerCarried++;
        }
        r.errors.add(tag + key + " speaker '" + m.speakerText() + "' but the item names none");
      }
      return;
    }
    int bar = gold.indexOf('|');
    String want = gold.substring(0, bar).toLowerCase(Locale.ROOT);
    String id = gold.substring(bar + 1);
    if (extension) {
      r.extNamed++;
    } else {
      r.speakerNamed++;
    }
    if (!carries) {
      r.errors.add(tag + key + " no speaker; gold " + gold);
      return;
    }
    if (extension) {
      r.extPresent++;
      r.extCarried++;
    } else {
      r.speakerPresent++;
      r.speakerCarried++;
    }
    boolean ok;
    if (!id.equals("-")) {
      ok = id.equals(m.speakerEntityId());
    } else {
      String predType = m.speakerEntityId() == null ? null : types.get(m.speakerEntityId());
      boolean wrongPerson = "leader".equals(predType) || "person".equals(predType);
      ok =
          !wrongPerson
              && m.speakerText() != null
              && m.speakerText().toLowerCase(Locale.ROOT).contains(want);
    }
    if (ok) {
      if (extension) {
        r.extRight++;
      } else {
        r.speakerRight++;
      }
    } else {
      r.errors.add(
          tag
              + key
              + " speaker '"
              + m.speakerText()
              + "' ("
              + m.speakerEntityId()
              + "); gold "
              + gold);
    }
  }

  private static List<String[]> rows(List<String> tsv) {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line : tsv) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false; // the column names
        continue;
      }
      out.add(line.split("\t", -1));
    }
    return out;
  }

  /** The 95% Wilson score interval of {@code hits} out of {@code n}. */
  public static double[] wilson(int hits, int n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double z = 1.959964;
    double p = (double) hits / n;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  static void print(PrintStream out, Report r, boolean verbose) {
    boolean ext = r.hasExtension();
    String orig = ext ? " [original sample]" : "";
    String comb = " [combined: original + stop 29 extension]";
    for (String type : r.precision.keySet()) {
      out.println("precision " + type + ": " + r.precision(type) + orig);
      if (ext && !r.precision(type).equals(r.precisionCombined(type))) {
        out.println("precision " + type + ": " + r.precisionCombined(type) + comb);
      }
    }
    out.println("precision all: " + r.precisionAll() + orig);
    for (String type : r.recall.keySet()) {
      out.println("recall " + type + ": " + r.recall(type));
    }
    out.println("speaker right (of quoted mentions carrying one): " + r.speakerRight() + orig);
    if (ext) {
      out.println(
          "speaker right (of quoted mentions carrying one): " + r.speakerRightCombined() + comb);
    }
    out.println(
        "speaker present (of quoted mentions whose item names one): " + r.speakerPresent() + orig);
    if (ext) {
      out.println(
          "speaker present (of quoted mentions whose item names one): "
              + r.speakerPresentCombined()
              + comb);
    }
    out.println("judged after the draw (outside the sample): " + new Ratio(r.added[0], r.added[1]));
    out.println(
        "unjudged (new spans): "
            + r.unjudged
            + "   dropped judged mentions: "
            + r.dropped
            + " (of them correct: "
            + r.droppedCorrect
            + ")   reported ambiguous (not scored): "
            + r.ambiguousList.size());
    if (verbose) {
      r.ambiguousList.forEach(e -> out.println("M " + e));
      r.errors.forEach(out::println);
      r.unjudgedList.forEach(e -> out.println("U " + e));
    }
  }
}
