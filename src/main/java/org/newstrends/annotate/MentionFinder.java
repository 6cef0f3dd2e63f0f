package org.newstrends.annotate;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions in one article: runs the compiled trie over each field, applies the matching
 * rules, and attributes each mention (field, paragraph, sentence, offsets, quote, speaker). Pure
 * Java; {@link Annotate} runs it inside Spark, the CoNLL scorer and the benchmark run it directly.
 *
 * <p>Rules, in order: case policy per alias; exclusion phrases of the entity covering the match;
 * exclusion-context words in the same sentence (they veto the entity's ambiguous aliases, or all
 * its aliases when it has none marked ambiguous); role phrases next to a country ("the Iranian
 * president", "Iran's president", "President of Iran") resolved by the article's date, unless the
 * person's name follows at once ("Iranian President Ebrahim Raisi": one leader mention, by name);
 * within one entity type (leaders and persons as one) the longest match wins, other types nested
 * inside are still reported (the demonym "Iranian" in that phrase is also a country mention: Iran
 * is named); ambiguous surnames count only if the article names the person in full or with a title
 * ("President Bush"); one span gives one actor mention, several entities sharing an alias resolved
 * by its context rules, else by its kind, else reported ambiguous ({@link #resolveByContext}).
 *
 * <p>Not thread-safe (it keeps per-article state); use one instance per task or thread.
 */
public final class MentionFinder {

  /** One piece of article text: a field, its paragraph (or related-link) index, and the text. */
  public record Segment(String field, int paragraphIndex, String text) {}

  /**
   * The article's fields as segments: title, lede and caption (paragraph 0), each body paragraph
   * (its index in {@code paragraphs}), each related-link teaser (its index in {@code related}).
   */
  public static List<Segment> segments(
      String title, String lede, String caption, List<String> paragraphs, List<String> related) {
    List<Segment> segments = new ArrayList<>();
    addIfText(segments, "title", 0, title);
    addIfText(segments, "lede", 0, lede);
    addIfText(segments, "caption", 0, caption);
    for (int i = 0; i < paragraphs.size(); i++) {
      addIfText(segments, "body", i, paragraphs.get(i));
    }
    for (int i = 0; i < related.size(); i++) {
      addIfText(segments, "related", i, related.get(i));
    }
    return segments;
  }

  private static void addIfText(List<Segment> segments, String field, int index, String text) {
    if (text != null && !text.isBlank()) {
      segments.add(new Segment(field, index, text));
    }
  }

  private static final Set<String> COUNTRY_ROLE_KINDS =
      Set.of("name", "alias", "acronym", "demonym");

  private final CompiledGazetteer g;
  private final int contextChars;

  /** Aliases seen inside a person's name in the current article ("Neil Jordan"). */
  private final Set<Integer> shadowed = new HashSet<>();

  /**
   * Where the article names another person of a leader's surname (an exclusion of that leader
   * ending in the surname: "Rosalynn Carter" for Jimmy Carter): {segment, char offset, entity}.
   */
  private final List<int[]> namesakes = new ArrayList<>();

  /**
   * Longer names a country word was found inside in the current article, as "prev|alias" keys of
   * the capitalised word before it ("east|Palestine", "hockey|Canada"): the same name elsewhere in
   * the article (a headline in Title Case, after a colon) is not the country either (issue 9: an
   * exclusion covers its own name, not the whole article).
   */
  private final Set<String> namePairs = new HashSet<>();

  // per-segment scratch space, reused: the hot path allocates nothing per token
  /** Reused for every text; lists the tokens a walk may start at ({@link #scan}). */
  private final Tokenizer.Tokens tokens;

  private final Hits hits = new Hits();
  private final Hits senseHits = new Hits();
  private int[] ids = new int[64];
  private int[] sentenceOfToken = new int[64];
  private boolean[] titleEndsAt = new boolean[64];

  /** The role of the longest role title ending at a token ("Vice President"), else -1. */
  private int[] titleRoleAt = new int[64];

  private int[] titleRoleStart = new int[64];
  private boolean[] titleStartsAt = new boolean[64];
  private boolean[] covered = new boolean[64];
  private boolean[] initial = new boolean[64];
  private char[] contextBuffer = new char[256];

  /** Each entity's labels as the list a mention carries, built on first use. */
  private final List<String>[] labels;

  public MentionFinder(CompiledGazetteer gazetteer, int contextChars) {
    this.g = gazetteer;
    this.tokens = new Tokenizer.Tokens(gazetteer.startFilter);
    this.contextChars = contextChars;
    @SuppressWarnings("unchecked")
    List<String>[] lists = new List[gazetteer.entityCount()];
    this.labels = lists;
  }

  /** Makes the scratch arrays hold at least {@code n + 1} entries. */
  private void prepare(int n) {
    if (ids.length < n + 1) {
      int c = Math.max(n + 1, ids.length * 2);
      ids = new int[c];
      sentenceOfToken = new int[c];
      titleEndsAt = new boolean[c];
      titleRoleAt = new int[c];
      titleRoleStart = new int[c];
      titleStartsAt = new boolean[c];
      covered = new boolean[c];
      initial = new boolean[c];
    }
  }

  /** A match before attribution. */
  private static final class Candidate {
    final int segment;
    final int startToken;
    final int endToken;
    final int entity;
    final String kind;
    boolean ambiguous;
    boolean titled;

    /** The role of the title before a titled candidate ("President Clinton"), else -1. */
    int titleRole = -1;

    boolean locative;
    boolean asWritten = true;
    int alias = -1;
    String enclosingName;
    String ambiguousCandidates;
    String ambiguousType;
    String prevKey;
    int sentence;
    int charStart;
    int charEnd;

    Candidate(int segment, int startToken, int endToken, int entity, String kind) {
      this.segment = segment;
      this.startToken = startToken;
      this.endToken = endToken;
      this.entity = entity;
      this.kind = kind;
    }

    int length() {
      return endToken - startToken;
    }
  }

  /** Raw trie hits of one segment. */
  private static final class Hits {
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    byte[] type = new byte[16];
    int[] index = new int[16];

    void add(int s, int e, byte t, int i) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        type = Arrays.copyOf(type, size * 2);
        index = Arrays.copyOf(index, size * 2);
      }
      start[size] = s;
      end[size] = e;
      type[size] = t;
      index[size] = i;
      size++;
    }
  }

  /** Number of raw trie hits in a text; the benchmark's measure of the bare scan. */
  public int scanCount(String text) {
    Tokenizer.Tokens t = Tokenizer.tokenize(text, tokens);
    return scan(t).size;
  }

  /**
   * An entry of {@link #ids} not looked up yet ({@link CompiledGazetteer#tokenId} gives -1 or
   * more).
   */
  private static final int UNKNOWN_ID = -2;

  /**
   * Trie hits of one tokenised text, into the reused {@link #hits}: every entry but the senses'
   * near words, which {@link #senseHits} finds around a candidate.
   */
  private Hits scan(Tokenizer.Tokens t) {
    if (t.filter != g.startFilter) {
      throw new IllegalStateException("tokens not listed by this gazetteer's start filter");
    }
    prepare(t.size);
    Arrays.fill(ids, 0, t.size, UNKNOWN_ID);
    Hits hits = this.hits;
    hits.size = 0;
    for (int k = 0; k < t.startCount; k++) {
      walk(t, t.starts[k], false, hits); // the tokens CompiledGazetteer#mayStart lets through
    }
    return hits;
  }

  /**
   * Adds to {@code out} the hits of the trie walk from token {@code i} of {@link #scan}'s text: the
   * senses' near words only, or every other entry.
   */
  private void walk(Tokenizer.Tokens t, int i, boolean senses, Hits out) {
    int[] ids = this.ids; // token ids, looked up when a walk first needs them
    int node = 0;
    for (int j = i; j < t.size; j++) {
      if (ids[j] == UNKNOWN_ID) {
        ids[j] = g.tokenId(t, j);
      }
      if (ids[j] < 0) {
        break;
      }
      node = j == i ? g.rootChild[ids[j]] : g.child(node, ids[j]);
      if (node < 0) {
        break;
      }
      for (int o = g.outStart[node]; o < g.outStart[node + 1]; o++) {
        if ((g.outType[o] == CompiledGazetteer.OUT_SENSE) == senses) {
          out.add(i, j + 1, g.outType[o], g.outIndex[o]);
        }
      }
      if (t.possessive(j) || !g.hasChild[node]) {
        break; // "Iran's president": a surface form never runs past a possessive
      }
    }
  }

  /**
   * The near words of any sense that may lie within a sense's window of tokens {@code [st, en)},
   * into the reused {@link #senseHits}.
   */
  private Hits senseHits(Tokenizer.Tokens t, int st, int en) {
    Hits near = senseHits;
    near.size = 0;
    int from = Math.max(0, st - g.senseWindowMax - g.senseTokensMax + 1);
    int to = Math.min(t.size, en + g.senseWindowMax);
    for (int i = from; i < to; i++) {
      walk(t, i, true, near);
    }
    return near;
  }

  /** The mentions of one article, in field order then text order (no outlet known). */
  public List<Mention> find(List<Segment> segments, LocalDate date) {
    return find(segments, date, null);
  }

  /**
   * The mentions of one article from outlet {@code source} (for the context rules of ambiguous
   * aliases), in field order then text order.
   */
  public List<Mention> find(List<Segment> segments, LocalDate date, String source) {
    return find(segments, date, source, ArticleSections.NONE);
  }

  /**
   * The mentions of one article from outlet {@code source} published in {@code sections} ({@link
   * ArticleSections}; both for the context rules of ambiguous aliases), in field order then text
   * order.
   */
  public List<Mention> find(
      List<Segment> segments, LocalDate date, String source, ArticleSections sections) {
    int[][] sentenceStarts = new int[segments.size()][];
    @SuppressWarnings("unchecked")
    List<int[]>[] quoteSpans = new List[segments.size()];
    List<Candidate> all = new ArrayList<>();
    Set<Integer> confirmed = new HashSet<>();
    senseDay = date == null ? NO_DAY : date.toEpochDay();
    shadowed.clear();
    namesakes.clear();
    namePairs.clear();
    for (int s = 0; s < segments.size(); s++) {
      Tokenizer.Tokens t = Tokenizer.tokenize(segments.get(s).text(), tokens);
      int before = all.size();
      segmentCandidates(s, t, date, confirmed, sentenceStarts, all);
      if (all.size() > before) {
        quoteSpans[s] =
            Quotes.spans(t.text, t.chars, t.text.length()); // while the buffer holds this text
        g.quotes.closeUnclosed(t.text, quoteSpans[s]); // round 12: "..., said Frederick Meinke"
      }
    }
    if (all.isEmpty()) {
      return new ArrayList<>();
    }
    // capitals read as cities: no mentions, kept aside for the speaker rules alone (emit)
    List<Candidate> cities = new ArrayList<>();
    for (Candidate c : all) {
      if (c.locative) {
        cities.add(c);
      }
    }
    all.removeIf(c -> c.locative);
    // ambiguous surnames need the person named in full or with a title somewhere in the article
    all.removeIf(c -> c.ambiguous && !c.titled && !confirmed.contains(c.entity));
    all.removeIf(c -> c.alias >= 0 && !c.titled && shadowed.contains(c.alias));
    if (!namePairs.isEmpty()) {
      all.removeIf(
          c ->
              c.alias >= 0
                  && c.enclosingName == null
                  && c.prevKey != null
                  && namePairs.contains(c.prevKey + "|" + c.alias));
    }
    if (!namesakes.isEmpty()) {
      markNamesakes(all);
    }
    resolveByContext(all, segments, date, source, sections);
    markFiction(all, segments, sections);
    markWorkTitles(all, segments, sections);
    markLoneQuoted(all, segments);
    dropRedefinedAcronyms(all, segments);
    all.addAll(cities);

    all.sort(
        Comparator.<Candidate>comparingInt(c -> c.segment)
            .thenComparingInt(c -> c.charStart)
            .thenComparingInt(c -> -c.charEnd)
            .thenComparing(c -> g.entityType[c.entity])
            .thenComparing(c -> g.entityId[c.entity]));
    List<Mention> mentions = new ArrayList<>(all.size());
    article = all;
    articleSegments = segments;
    articleDate = date;
    int lastLeader = -1; // for "he said": the last leader named before the quote
    lastLeaderSegment = -1;
    named = null;
    sinceLeader.clear();
    unread.clear();
    int current = -1;
    int emitted = -1;
    List<Candidate> segmentCandidates = List.of();
    for (int i = 0; i <= all.size(); i++) {
      Candidate c = i < all.size() ? all.get(i) : null;
      if (c == null || c.segment != current) {
        if (current >= 0) {
          namedFromSkipped(current, segments, quoteSpans[current], emitted);
          for (int s = emitted + 1; s < current; s++) {
            // round 39: a paragraph with no candidate still names persons ("..., Janet Yellen
            // outlined the consequences ..." / "'...,' she told a meeting ...")
            notePersonAfterLeader(segments.get(s), List.of(), lastLeader);
          }
          emitted = current;
          lastLeader =
              emit(
                  current,
                  segments.get(current),
                  current + 1 < segments.size() ? segments.get(current + 1) : null,
                  sentenceStarts[current],
                  quoteSpans[current],
                  segmentCandidates,
                  lastLeader,
                  mentions);
          notePersonAfterLeader(segments.get(current), segmentCandidates, lastLeader);
        }
        if (c == null) {
          break;
        }
        current = c.segment;
        int from = i;
        while (i + 1 < all.size() && all.get(i + 1).segment == current) {
          i++;
        }
        segmentCandidates = new Located(all.subList(from, i + 1));
      }
    }
    return mentions;
  }

  /**
   * Attributes and emits the candidates of one segment. Quotation marks are paired for segments
   * with mentions only, and a quotation is classified (speech verbs, speaker) only when a mention
   * lies inside it.
   */
  /**
   * The last speaker named in the article (not a pronoun), its entity and the segment it was named
   * in: "he said" and a quotation opening the next paragraph with no attribution of its own refer
   * to it (issue 9 speakers: attribution a paragraph away, pronouns resolved to the wrong leader).
   */
  private record Named(String text, String id, int segment, String field, boolean inverted) {
    Named(String text, String id, int segment, String field) {
      this(text, id, segment, field, false);
    }
  }

  private Named named;

  /**
   * Round 38: the body paragraphs emitted since the last leader's last mention, each with its
   * candidates and where that mention ends in it (-1 if not there), for {@link #laterPerson}. Only
   * noted while a leader has been named; read only when a "he"/"she" quotation needs it.
   */
  private final List<LaterParagraph> sinceLeader = new ArrayList<>();

  private record LaterParagraph(
      String text, List<Candidate> candidates, int lastLeader, int leaderEnd) {}

  /** Round 38: whether the paragraph names the entity before {@code upTo}. */
  private static boolean leaderNamedBefore(List<Candidate> cs, int entity, int upTo) {
    for (Candidate c : cs) {
      if (c.entity == entity && c.charEnd <= upTo) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 38: notes a paragraph just emitted for {@link #laterPerson}: starts again where the last
   * leader is named (or none is), and skips a headline (its names are often the object of its verb:
   * "Donald Trump's relentless attacks on special counsel Jack Smith").
   */
  private void notePersonAfterLeader(Segment segment, List<Candidate> cs, int lastLeader) {
    if (lastLeader < 0) {
      sinceLeader.clear();
      return;
    }
    int leaderEnd = -1;
    for (Candidate c : cs) {
      if (c.entity == lastLeader) {
        leaderEnd = Math.max(leaderEnd, c.charEnd);
      }
    }
    if (leaderEnd >= 0) {
      sinceLeader.clear();
    }
    if (!segment.field().equals("title")) {
      sinceLeader.add(new LaterParagraph(segment.text(), cs, lastLeader, leaderEnd));
    }
  }

  /**
   * Round 38: the last person named by a given name and surname, outside quotation marks, in the
   * paragraphs since the last leader's last mention and after it ("Conable ... with Suharto. ...
   * But the Congressional Budget Office's Rudolph Penner argued ... / '...,' he said"): "he"/"she"
   * with nothing else to resolve it is that person, not the last leader. Its text and entity id (or
   * null), or null when there is none.
   */
  private String[] laterPerson() {
    String[] found = null;
    for (LaterParagraph p : sinceLeader) {
      int[] starts = Sentences.starts(p.text());
      List<int[]> persons = new ArrayList<>(g.quotes.givenNamePersons(p.text(), p.text().length()));
      persons.addAll(surnameSubjects(p.text(), starts, p.candidates()));
      persons.sort(Comparator.comparingInt(a -> a[0]));
      for (int[] person : persons) {
        // round 39: a sentence's subject before the leader named in that sentence ("Conable had
        // what he termed a frank meeting this morning with Suharto.")
        boolean subjectBefore =
            opensSentence(p.text(), starts, person[0] + 1)
                && Sentences.indexOf(starts, Math.max(0, p.leaderEnd() - 1))
                    == Sentences.indexOf(starts, person[0]);
        if ((person[0] < p.leaderEnd() && !subjectBefore)
            || placeOrBodyName(p.candidates(), person)) {
          continue;
        }
        boolean leader = false;
        for (Candidate c : p.candidates()) {
          leader |= c.entity == p.lastLeader() && c.charStart < person[1] && c.charEnd > person[0];
        }
        if (!leader) {
          found =
              new String[] {
                p.text().substring(person[0], person[1]), personIn(p.candidates(), person)
              };
        }
      }
    }
    return found;
  }

  /**
   * A capitalised word opening a sentence before a lower-case word: "Tian took the opposite view."
   */
  private static final Pattern SURNAME_SUBJECT =
      Pattern.compile("^\\s*(\\p{Lu}\\p{Ll}+)\\s+\\p{Ll}");

  /**
   * Round 39: surnames opening a sentence of the paragraph ("Weinberger gave no details ...", "Tian
   * took the opposite view.") that the article writes after another capitalised word, not inside a
   * place or body's name ("U.S. Defence Secretary Caspar Weinberger", "Vice-Premier Tian Jiyun"),
   * for {@link #laterPerson}.
   */
  private List<int[]> surnameSubjects(String text, int[] starts, List<Candidate> cs) {
    List<int[]> found = new ArrayList<>();
    for (int start : starts) {
      Matcher m = SURNAME_SUBJECT.matcher(text).region(start, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      String word = m.group(1);
      int[] span = {m.start(1), m.end(1)};
      if (Quotes.isPronoun(word)
          || g.openers.contains(word.toLowerCase(Locale.ROOT))
          || placeOrBodyName(cs, span)
          || !fullNameBefore(word)) {
        continue;
      }
      found.add(span);
    }
    return found;
  }

  /**
   * Round 39: whether the article writes the surname after a capitalised word that is no opener
   * ("Caspar Weinberger", "Vice-Premier Tian Jiyun"; not "The Bank"), outside a place or body's
   * name.
   */
  private boolean fullNameBefore(String surname) {
    Pattern full =
        Pattern.compile("(\\p{Lu}[\\p{L}.'\u2019-]*)\\s+" + Pattern.quote(surname) + "\\b");
    for (int k = 0; k < articleSegments.size(); k++) {
      Matcher m = full.matcher(articleSegments.get(k).text());
      List<Candidate> cs = null; // the segment's candidates, gathered once, at its first match
      while (m.find()) {
        int[] span = {m.end() - surname.length(), m.end()};
        if (cs == null) {
          List<Candidate> inSegment = new ArrayList<>();
          for (Candidate c : article) {
            if (c.segment == k) {
              inSegment.add(c);
            }
          }
          cs = new Located(inSegment);
        }
        if (!placeOrBodyName(cs, span)
            && !g.openers.contains(m.group(1).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Round 39: the segments of the article being emitted, for {@link #fullNameBefore}. */
  private List<Segment> articleSegments = List.of();

  /** The article being emitted: all its candidates, and its date (round 9: bare role speakers). */
  private List<Candidate> article = List.of();

  private LocalDate articleDate;

  /**
   * Stop 70: the epoch day of the article being read, for senses bounded by dates ({@link
   * CompiledGazetteer#senseDated}); {@link #NO_DAY} for an article with no date.
   */
  private long senseDay = NO_DAY;

  private static final long NO_DAY = Long.MIN_VALUE;

  /**
   * Paragraphs, newest first, whose last speaking subject (if any) became the last one named after
   * {@link #named}. Finding that subject runs regular expressions over every sentence, and few
   * paragraphs are followed by a "he said" that needs it, so it is found only when read ({@link
   * #named(int)}); any new naming makes these moot.
   */
  private final ArrayDeque<Unread> unread = new ArrayDeque<>();

  private record Unread(
      String text, int[] sentenceStarts, int segment, String field, List<Candidate> cs) {}

  /**
   * The last speaker named, as seen from segment {@code segmentIndex}: the newest unread paragraph
   * with a speaking subject, else {@link #named}. Paragraphs beyond {@link #PRONOUN_REACH_SEGMENTS}
   * are not read: nothing from there resolves a pronoun here or later.
   */
  private Named named(int segmentIndex) {
    Unread pronoun = null; // the newest unread paragraph in which "he"/"she" speaks
    int reachFrom = segmentIndex; // the oldest paragraph of that chain of pronouns
    boolean otherSpoke = false; // a newer paragraph where someone not named speaks
    for (Unread u : unread) {
      if (reachFrom - u.segment() > PRONOUN_REACH_SEGMENTS) {
        break;
      }
      int[] starts = u.sentenceStarts() != null ? u.sentenceStarts() : Sentences.starts(u.text());
      Quotes.Quote last = g.quotes.lastSubject(u.text(), starts, u.text().length());
      boolean inverted = false;
      if (!otherSpoke) {
        // round 25: "..., said Martha Hesse, chairman of ..." / "'...,' she said": the person
        // of the paragraph's last inverted attribution, when no subject speaks after it and no
        // one else ("one investment manager said") speaks in the paragraphs between
        Quotes.Quote after = g.quotes.invertedNamed(u.text());
        if (after != null && (last == null || after.speakerStart() > last.speakerStart())) {
          last = after;
          inverted = true;
        }
        // speakers round 2: "..., a bank spokesman told Reuters." / "..., the official said,
        // while ...": the person of the paragraph's last attribution after a comma, no quotation
        // marks, when no subject speaks after it and it is no description of someone named
        Quotes.Quote clause = g.quotes.clauseNamed(u.text());
        if (clause != null
            && !g.quotes.definiteRole(clause.speakerText()) // "the minister": named before it
            && (last == null || clause.speakerStart() > last.speakerStart())) {
          last = clause;
          inverted = false;
        }
      }
      if (u.cs() == null) {
        // speakers round: a paragraph with no mention is never emitted, so the speaker of its last
        // quotation, attributed after it ("'...,' the Democrat report said."), was never named as
        // an emitted paragraph's is; a quotation opening the next paragraph continues it
        Quotes.Quote q = lastAttributed(u.text(), starts);
        if (q != null && g.quotes.definiteRole(q.speakerText())) {
          q = null; // "the Texas Democrat said": the description stands for one named before it
        }
        if (q != null && (last == null || q.open() > last.speakerStart())) {
          last = q;
          inverted = false;
        }
      }
      if (last != null) {
        String id = u.cs() == null ? null : speakerEntity(u.cs(), last, -1);
        named = new Named(last.speakerText(), id, u.segment(), u.field(), inverted);
        break;
      }
      if (g.quotes.pronounSpeaks(u.text())) {
        pronoun = pronoun == null ? u : pronoun;
        reachFrom = u.segment();
      }
      otherSpoke |= g.quotes.otherSpeaks(u.text(), u.text().length());
    }
    unread.clear();
    if (pronoun != null
        && named != null
        && named.segment() < pronoun.segment()
        && reachFrom - named.segment() <= PRONOUN_REACH_SEGMENTS) {
      // round 10: "Arango said ..." / "But he added ..." / "'Our marketing policy ...'": the
      // paragraphs where the pronoun speaks (each within reach of the one before) carry the one
      // named on to the next
      named =
          new Named(named.text(), named.id(), pronoun.segment(), pronoun.field(), named.inverted());
    }
    return named;
  }

  /**
   * Speakers round: the last quotation of a paragraph when it is speech attributed to someone named
   * (no pronoun), else null.
   */
  private Quotes.Quote lastAttributed(String text, int[] sentenceStarts) {
    List<int[]> spans = Quotes.spans(text);
    if (spans.isEmpty()) {
      return null;
    }
    int[] s = spans.get(spans.size() - 1);
    Quotes.Quote q = g.quotes.classify(text, sentenceStarts, s[0], s[1], s[2]);
    if (q.speakerText() == null
        || !q.kind().equals("speech")
        || Quotes.isPronoun(q.speakerText())
        || g.quotes.barePronoun(q.speakerText())) {
      return null;
    }
    return q;
  }

  private void name(Named n) {
    unread.clear();
    named = n;
  }

  /** Whether the last speaker named (read or not) was named before segment {@code s}. */
  private boolean namedBefore(int s) {
    return !unread.isEmpty() || named == null || named.segment() < s;
  }

  /** Speakers round: a text ending in a negated auxiliary ("hasn't", "has not", "never"). */
  private static final java.util.regex.Pattern NEGATED_END =
      java.util.regex.Pattern.compile("(?i)(?:n['\u2019]t|\\bnot|\\bnever)\\s*$");

  /** Speakers round 3: a pronoun, then a lower-case word: a clause run into the speaker text. */
  private static final java.util.regex.Pattern PRONOUN_RUN_ON =
      java.util.regex.Pattern.compile("^\\s*(?i:he|she|they|it|we|i)\\s+\\p{Ll}");

  /** Speakers round 3: the segment of {@code lastLeader} in {@link #emit}'s last run. */
  private int lastLeaderSegment = -1;

  /** Segments back from the quotation in which a named speaker still resolves "he"/"she". */
  static final int PRONOUN_REACH_SEGMENTS = 2;

  private int emit(
      int segmentIndex,
      Segment segment,
      Segment next,
      int[] sentenceStarts,
      List<int[]> spans,
      List<Candidate> cs,
      int lastLeader,
      List<Mention> out) {
    String text = segment.text();
    Quotations quotations = new Quotations(text, sentenceStarts, spans);
    TableLines.OfText tableLines = new TableLines.OfText(text);
    for (Candidate c : cs) {
      Quotes.Quote quote = null;
      int quoteIndex = spanAround(spans, c.charStart, c.charEnd);
      if (quoteIndex >= 0) {
        quote = uncut(text, cs, quotations.get(quoteIndex));
        if (quote.speakerText() == null) {
          quote = uncut(text, cs, continued(quotations, quoteIndex, quote));
        }
        if (quote.speakerText() == null
            && quote.kind().equals("speech")
            && !opensParagraph(text, quote.open())
            && opensSentence(text, sentenceStarts, quote.open())) {
          // "Antony Blinken said ... last month. 'I think what happened ...'": the subject of
          // the last sentence of the paragraph that opens with a speaker and a speech verb
          Quotes.Quote subject =
              g.quotes.lastSubject(text, sentenceStarts, quoteSentence(sentenceStarts, quote));
          if (subject == null) {
            // round 9: "Rep. Thomas Massie (R-Ky.) got in a heated back-and-forth ... 'If ...'"
            subject =
                g.quotes.previousSubject(
                    text, sentenceStarts, quoteSentence(sentenceStarts, quote));
          }
          if (subject != null) {
            quote =
                new Quotes.Quote(
                    quote.open(),
                    quote.close(),
                    quote.kind(),
                    subject.speakerText(),
                    subject.speakerStart(),
                    subject.speakerEnd());
          }
        }
        if (quote.speakerText() == null
            && quote.kind().equals("speech")
            && quote.close() == text.length()
            && next != null
            && next.field().equals(segment.field())
            && opensParagraph(text, quote.open())) {
          // a quotation running on into the next paragraph, which reopens it and attributes
          // it: "\"Those who supported us ... create." / "\"Those few ...,\" Petricioli said."
          Quotes.Quote after = g.quotes.reopened(next.text());
          if (after != null) {
            quote =
                new Quotes.Quote(
                    quote.open(), quote.close(), quote.kind(), after.speakerText(), -1, -1);
          }
        }
        if (quote.speakerText() == null
            && quote.kind().equals("speech")
            && segment.field().equals("title")
            && next != null
            && !next.field().equals("title")
            && !titleCaseWords(text, quote.open(), quote.close())) {
          // round 13: a headline quotation with no attribution of its own ("'The other front
          // of the Russian offensive ...'") is the lede's: "..., writes 'Le Monde' editorialist
          // Sylvie Kauffmann.", "Oleksandr Tarnavskiy told US media that ..."
          Quotes.Quote lede = g.quotes.ledeSource(next.text());
          if (lede != null) {
            quote =
                new Quotes.Quote(
                    quote.open(), quote.close(), quote.kind(), lede.speakerText(), -1, -1);
          }
        }
        if (quote.speakerText() != null
            && segment.field().equals("title")
            && next != null
            && !next.field().equals("title")) {
          // round 35: "China hawk says ..." / "Prominent China hawk Kyle Bass told CNBC ...": a
          // headline's description the lede writes right before a name (unless the headline's
          // text already names a person of the gazetteer)
          String id = speakerEntity(cs, quote, -1);
          String named = g.quotes.ledeNamed(next.text(), quote.speakerText());
          boolean person = false;
          for (Candidate o : cs) {
            person |= g.entityId[o.entity].equals(id) && isPerson(g.entityType[o.entity]);
          }
          if (named != null && !person) {
            quote = new Quotes.Quote(quote.open(), quote.close(), quote.kind(), named, -1, -1);
          }
        }
        if (rubricBeforeColon(text, cs, quote, segment.field().equals("title"))) {
          quote = new Quotes.Quote(quote.open(), quote.close(), quote.kind(), null, -1, -1);
        }
      }
      String speakerId = null;
      String speakerText = quote == null ? null : quote.speakerText();
      if (quote != null && quote.speakerText() != null) {
        // speakers round 2: "'...,' the radio quoted him as saying": "him" resolves as "he" does
        boolean objectPronoun = Quotes.isObjectPronoun(quote.speakerText());
        boolean pronoun = Quotes.isPronoun(quote.speakerText()) || objectPronoun;
        Quotes.Quote subject =
            pronoun
                ? g.quotes.lastSubject(text, sentenceStarts, quoteSentence(sentenceStarts, quote))
                : null;
        if (subject != null && onlyPlaceOrBody(cs, subject)) {
          subject = null; // round 16: "Japan denied ... '...,' he said": "he" is no country
        }
        if (subject != null && g.quotes.pluralSpeaker(subject.speakerText())) {
          subject = null; // round 32: "Economic analysts said ... '...,' he said": no plural
        }
        Quotes.Quote person =
            pronoun && subject == null
                ? g.quotes.personSubject(text, sentenceStarts, quoteSentence(sentenceStarts, quote))
                : null;
        int[] other; // round 18: a person named before the quotation, not the last leader
        String[] later; // round 38: a person named since the last leader (text, id)
        if (subject != null) {
          speakerText = subject.speakerText(); // "Hanna Maliar said ... '...,' she said"
          speakerId = speakerEntity(cs, subject, -1);
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (pronoun
            && named(segmentIndex) != null
            && named.segment() < segmentIndex
            && (other = personInParagraph(text, cs, quote.open(), named)) != null) {
          // round 19: "..., according to the Ukrainian head of intelligence, Kyrylo Budanov. In an
          // interview ..., he said: '...'": a person the quotation's paragraph names before it is
          // "he"/"she", not the one named in a paragraph before
          speakerText = text.substring(other[0], other[1]);
          speakerId = personIn(cs, other);
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (pronoun
            && named(segmentIndex) != null
            && segmentIndex - named.segment() <= PRONOUN_REACH_SEGMENTS
            && !placeOrBodyName(named)
            && !g.quotes.pluralSpeaker(named.text())
            && !(named.inverted() && g.quotes.otherSpeaks(text, quote.open()))
            // speakers round 2: "him" only for someone named in the body, never the title's
            // subject ("KUWAITI OIL EXPORTS SAID ...")
            && !(objectPronoun && !named.field().equals(segment.field()))) {
          speakerText = named.text(); // "He said in a radio interview ...": the last one named
          speakerId = named.id();
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (person != null && !namesPlaceOrBody(cs, person)) {
          // round 16: "In the UK, David Pannick KC was an early if unavailing enthusiast. '...,' he
          // wrote": the person the sentence before opens with, not the last leader named
          speakerText = person.speakerText();
          speakerId = speakerEntity(cs, person, -1);
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (pronoun
            && (other = otherPersonBefore(text, cs, quote.open(), lastLeader)) != null) {
          // round 18: "In a speech ..., Janet Yellen outlined ... '...,' she told": the person
          // named before the quotation in its paragraph, not the last leader named
          speakerText = text.substring(other[0], other[1]);
          speakerId = personIn(cs, other);
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (pronoun
            && lastLeader >= 0
            && !sinceLeader.isEmpty()
            && !leaderNamedBefore(cs, lastLeader, quote.open())
            && (later = laterPerson()) != null) {
          // round 38: "he"/"she" after a person named in a paragraph since the last leader
          speakerText = later[0];
          speakerId = later[1];
          name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
        } else if (objectPronoun) {
          speakerText = null; // "him" resolved to no one: no speaker rather than a pronoun
        } else {
          speakerId = speakerEntity(cs, quote, lastLeader);
          if (pronoun && segmentIndex - lastLeaderSegment > PRONOUN_REACH_SEGMENTS) {
            // speakers round 3: "'...,' he said" with the last leader named paragraphs beyond a
            // pronoun's reach ("the Nakasone Cabinet" eight paragraphs before; "the aide said"
            // between): no leader for "he"
            speakerId = null;
          }
          if (speakerId == null && !pronoun) {
            speakerId = bareRoleSpeaker(quote.speakerText());
          }
          if (speakerId == null && !pronoun && definiteRoleAlone(text, cs, quote)) {
            // round 12: "Richard Marles has signalled ..." / "The deputy prime minister said the
            // government would weigh up '...'": the description stands for the one named before
            Quotes.Quote before =
                g.quotes.lastSubject(text, sentenceStarts, quoteSentence(sentenceStarts, quote));
            if (before == null) {
              // round 46: "Jimmy Fallon debriefed ... '...,' the Tonight Show host joked": the
              // person the sentence before opens with, as for "he"/"she" (round 16)
              before =
                  g.quotes.personSubject(
                      text, sentenceStarts, quoteSentence(sentenceStarts, quote));
              if (before != null && namesPlaceOrBody(cs, before)) {
                before = null;
              }
            }
            if (before != null && g.quotes.namesSomeone(before.speakerText())) {
              speakerText = before.speakerText();
              speakerId = speakerEntity(cs, before, -1);
            } else if (before == null
                && named(segmentIndex) != null
                && segmentIndex - named.segment() <= PRONOUN_REACH_SEGMENTS
                && !placeOrBodyName(named) // round 46: "FRANCE SAYS ..." / "the ... spokesman said"
                && g.quotes.namesSomeone(named.text())) {
              speakerText = named.text();
              speakerId = named.id();
            }
          }
          if (!pronoun && quote.kind().equals("speech")) {
            name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
          }
        }
      } else if (quote != null
          && named(segmentIndex) != null
          && segmentIndex - named.segment() <= 1
          && named.field().equals(segment.field())
          && opensParagraph(text, quote.open())) {
        speakerText = named.text(); // a quotation opening the paragraph after "..., said Shultz."
        speakerId = named.id();
        name(new Named(speakerText, speakerId, segmentIndex, segment.field()));
      }
      if (quote != null && speakerText == null) {
        // speakers round: "...,\u201d a White House official...": an attribution its feed cut
        Quotes.Quote cut = g.quotes.truncatedAttribution(text, quote);
        if (cut != null) {
          speakerText = cut.speakerText();
          speakerId = speakerEntity(cs, cut, -1);
        }
      }
      if (speakerText != null && PRONOUN_RUN_ON.matcher(speakerText).find()) {
        // speakers round 3: a speaker text opening with a pronoun and running on ("He very
        // nicely", "she posts sick", "I looked at Tony Blair and", "It is uncertain if he ever"):
        // a clause, not whom the pronoun stands for; no speaker
        speakerText = null;
        speakerId = null;
      }
      if (speakerText != null
          && speakerId == null
          && g.quotes.pronounClauseNamingNobody(speakerText)) {
        // speakers round 4: a clause run on into "he"/"she" that names nobody ("arguably his
        // biggest headline came in July when he", "the year of the state's founding, he"): no
        // speaker rather than a clause
        speakerText = null;
      }
      if (speakerText != null && NEGATED_END.matcher(speakerText).find()) {
        // speakers round: "... a 'terrorist attack.' Ukraine hasn't commented.", "Ongpin has not
        // ...": a speaker text ending in a negation ran into a clause saying nothing was said
        speakerText = null;
        speakerId = null;
      }
      if (speakerText != null && speakerId == null && g.quotes.barePronoun(speakerText)) {
        // round 15: a pronoun nothing resolved ("..., the deputy defence minister, Hanna Maliar,
        // has said ... '...,' she said"): the speaker of the paragraph's quotation before it, else
        // no speaker; "he" alone names nobody
        Quotes.Quote before = earlierSpeaker(quotations, quoteIndex);
        if (before != null) {
          speakerText = before.speakerText();
          speakerId = speakerEntity(cs, before, -1);
        } else {
          speakerText = null;
        }
      }
      if (speakerText != null
          && speakerId == null
          && quote != null
          && quote.speakerStart() < 0
          && speakerText.equals(quote.speakerText())
          && !Quotes.isPronoun(speakerText)
          && !Quotes.isObjectPronoun(speakerText)) {
        // speakers round 3: a speaker text found in no place of this quotation's ("Biden in
        // Warsaw: '...'" / "President Biden on Tuesday declared ...", "'...' says Mike Pence
        // when ..."): the entity ending it where the title or the next paragraph writes it
        speakerId = placedEntity(segmentIndex, text, cs, quote, next, speakerText);
      }
      if (speakerText != null && speakerId == null) {
        // speakers round 3: "Pope Francis called on ... '...,' Francis said": a bare surname
        // whose last use before it ends a leader's or person's name
        speakerId = surnameEntity(segmentIndex, text, speakerText, quote);
      }
      if (isPerson(g.entityType[c.entity])
          && (quote == null
              || quote.speakerStart() >= 0
                  && c.charStart >= quote.speakerStart()
                  && c.charEnd <= quote.speakerEnd())) {
        lastLeader = c.entity;
        lastLeaderSegment = segmentIndex;
      } else if (isPerson(g.entityType[c.entity]) && quote == null) {
        lastLeader = c.entity;
        lastLeaderSegment = segmentIndex;
      }
      if (c.locative) {
        continue; // a capital read as the city ("a mall in Beijing"): no mention
      }
      String surface = text.substring(c.charStart, c.charEnd);
      boolean unresolved = c.ambiguousCandidates != null;
      out.add(
          new Mention(
              unresolved
                  ? "ambiguous:" + surface.toLowerCase(java.util.Locale.ROOT)
                  : g.entityId[c.entity],
              unresolved ? c.ambiguousType : g.entityType[c.entity],
              unresolved ? surface : g.entityName[c.entity],
              unresolved ? List.of() : labels(c.entity),
              surface,
              c.kind,
              segment.field(),
              segment.paragraphIndex(),
              c.sentence,
              c.charStart,
              c.charEnd,
              quote != null,
              quote == null ? null : quote.kind(),
              speakerId,
              speakerText,
              context(text, c.charStart, c.charEnd),
              tableLines.inside(c.charStart, c.charEnd),
              c.enclosingName,
              c.ambiguousCandidates));
    }
    if (!spans.isEmpty() && namedBefore(segmentIndex)) {
      // the paragraph's last quotation, attributed after it
      Quotes.Quote lastQuote = quotations.get(spans.size() - 1);
      if (lastQuote.speakerText() != null
          && lastQuote.kind().equals("speech")
          && !Quotes.isPronoun(lastQuote.speakerText())) {
        name(
            new Named(
                lastQuote.speakerText(),
                speakerEntity(cs, lastQuote, -1),
                segmentIndex,
                segment.field()));
      }
    }
    if (namedBefore(segmentIndex)) {
      // the paragraph's last speaking subject, found only if a later quotation needs it
      unread.push(new Unread(text, sentenceStarts, segmentIndex, segment.field(), cs));
    }
    Quotes.Quote intro = g.quotes.introducer(text, sentenceStarts);
    if (intro != null && !Quotes.isPronoun(intro.speakerText())) {
      name(
          new Named(
              intro.speakerText(), speakerEntity(cs, intro, -1), segmentIndex, segment.field()));
    }
    return lastLeader;
  }

  /**
   * Before a segment with quotations: the paragraphs just before it that held no mention (so were
   * never emitted) may still name the speaker its "he said" refers to ("Arango said that ...", then
   * "'...,' he said"); their last speaking subject becomes the last one named.
   */
  private void namedFromSkipped(int s, List<Segment> segments, List<int[]> spans, int emitted) {
    if (spans == null || spans.isEmpty()) {
      return;
    }
    for (int k = Math.max(emitted + 1, s - PRONOUN_REACH_SEGMENTS); k < s; k++) {
      unread.push(new Unread(segments.get(k).text(), null, k, segments.get(k).field(), null));
    }
  }

  /** The start of the sentence holding the quotation's opening mark. */
  private static int quoteSentence(int[] sentenceStarts, Quotes.Quote quote) {
    int open = Math.max(0, quote.open() - 1);
    return sentenceStarts[Sentences.indexOf(sentenceStarts, open)];
  }

  /**
   * Issue 9 (Rosalynn Carter): a bare surname whose nearest earlier naming in the article is
   * another person of that surname ("Rosalynn Carter ... Carter, who was diagnosed") is reported as
   * ambiguous, not guessed; after the leader's own full name it stays the leader.
   */
  private void markNamesakes(List<Candidate> all) {
    for (Candidate c : all) {
      if (!isPerson(g.entityType[c.entity]) || !c.kind.equals("surname") || c.titled) {
        continue;
      }
      long at = ((long) c.segment << 32) | c.charStart;
      long nearestOther = -1;
      for (int[] n : namesakes) {
        long p = ((long) n[0] << 32) | n[1];
        if (n[2] == c.entity && p < at) {
          nearestOther = Math.max(nearestOther, p);
        }
      }
      if (nearestOther < 0) {
        continue;
      }
      long nearestOwn = -1;
      for (Candidate k : all) {
        long p = ((long) k.segment << 32) | k.charStart;
        if (k.entity == c.entity && !k.kind.equals("surname") && p < at) {
          nearestOwn = Math.max(nearestOwn, p);
        }
      }
      if (nearestOther > nearestOwn) {
        c.ambiguousCandidates = g.entityId[c.entity] + "|namesake";
        c.ambiguousType = g.entityType[c.entity];
      }
    }
  }

  /**
   * An organisation acronym the article defines as another body: "the Enforcement Conduct Board
   * (ECB)" is not the European Central Bank, "the Inflation Reduction Act (IRA)" not the Irish
   * Republican Army: the capitalised words before the parenthesis spell the acronym, are no alias
   * of that organisation and share fewer than half of its name's words (so "Israel Defense Force
   * (IDF)" stays the IDF). A body the gazetteer names by the acronym alone (UNICEF) keeps it: its
   * long name is unknown here. docs/accuracy-rounds.md, round 6.
   */
  private void dropRedefinedAcronyms(List<Candidate> all, List<Segment> segments) {
    List<Candidate> drop = new ArrayList<>();
    for (Candidate c : all) {
      if (!g.entityType[c.entity].equals("organisation")) {
        continue;
      }
      String text = segments.get(c.segment).text();
      boolean inParens =
          c.charStart > 0
              && text.charAt(c.charStart - 1) == '('
              && c.charEnd < text.length()
              && text.charAt(c.charEnd) == ')';
      if (!inParens || !isAcronym(text.substring(c.charStart, c.charEnd))) {
        continue;
      }
      String acronym = text.substring(c.charStart, c.charEnd).toUpperCase(Locale.ROOT);
      List<String> words = wordsBefore(text, c.charStart - 1);
      if (initials(words, false).endsWith(acronym) || initials(words, true).endsWith(acronym)) {
        if (!sameEntityBefore(all, c, c.charStart - 1)
            && !g.entityName[c.entity].equalsIgnoreCase(acronym)
            && sharedNameWords(words, g.entityName[c.entity]) * 2
                < nameWords(g.entityName[c.entity]).size()) {
          drop.add(c);
        }
      }
    }
    all.removeAll(drop);
  }

  /** The capitalised words (and small joining words) just before {@code end}, in order. */
  private static List<String> wordsBefore(String text, int end) {
    List<String> out = new ArrayList<>();
    int i = end;
    for (int words = 0; words < 8; words++) {
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
      int wordEnd = i;
      while (i > 0
          && (Character.isLetter(text.charAt(i - 1))
              || text.charAt(i - 1) == '-'
              || text.charAt(i - 1) == '\''
              || text.charAt(i - 1) == '\u2019')) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      String w = text.substring(i, wordEnd);
      if (Character.isUpperCase(w.charAt(0)) || SMALL_NAME_WORDS.contains(w)) {
        out.add(0, w);
      } else {
        break;
      }
    }
    while (!out.isEmpty() && SMALL_NAME_WORDS.contains(out.get(0))) {
      out.remove(0);
    }
    return out;
  }

  private static final Set<String> SMALL_NAME_WORDS = Set.of("of", "and", "for", "the", "on");

  /** The initials of the words, small joining words included or not. */
  private static String initials(List<String> words, boolean withSmall) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (withSmall || !SMALL_NAME_WORDS.contains(w)) {
        b.append(w.charAt(0));
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /** The capitalised words of a name, without possessive endings, lower-cased. */
  private static Set<String> nameWords(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : name.split("[\\s-]+")) {
      String t = w.replaceAll("['\u2019]s$", "").toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && !SMALL_NAME_WORDS.contains(t)) {
        out.add(stem(t));
      }
    }
    return out;
  }

  /**
   * A rough stem for comparing name words across spellings: "Israeli"/"Israel",
   * "Defence"/"Defense", "Agricultural"/"Agriculture", "Organisation"/"Organization", "Forces".
   */
  private static String stem(String w) {
    String t = w.replace('z', 's');
    if (t.endsWith("ce")) {
      t = t.substring(0, t.length() - 2) + "se";
    }
    if (t.endsWith("s") && t.length() > 3) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("al") && t.length() > 5) {
      t = t.substring(0, t.length() - 2);
    } else if ((t.endsWith("e") || t.endsWith("i")) && t.length() > 4) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static int sharedNameWords(List<String> words, String name) {
    Set<String> a = nameWords(String.join(" ", words));
    int n = 0;
    for (String w : nameWords(name)) {
      n += a.contains(w) ? 1 : 0;
    }
    return n;
  }

  /** Two to six capital letters or digits, at least two of them letters ("SBU", "ECB", "MI5"). */
  private static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isUpperCase(ch)) {
        letters++;
      } else if (!Character.isDigit(ch)) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** Whether a candidate of the same entity ends right before {@code paren} (the long name). */
  private static boolean sameEntityBefore(List<Candidate> all, Candidate c, int paren) {
    for (Candidate k : all) {
      if (k != c
          && k.segment == c.segment
          && k.entity == c.entity
          && k.charEnd <= paren
          && k.charEnd >= paren - 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether only white space comes between the start of its sentence and the opening mark. */
  private static boolean opensSentence(String text, int[] sentenceStarts, int open) {
    int from = sentenceStarts[Sentences.indexOf(sentenceStarts, Math.max(0, open - 1))];
    for (int i = from; i < open - 1; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Ukraine: The Latest - Russian hypocrisy as they call ... 'terrorist attacks'": a speaker text
   * before a colon that is just a country or place mention is a rubric, not the speaker. In a
   * headline also right before the quotation (round 14, Le Monde: "Tunisia: 'President Saied
   * settles scores ...'").
   */
  private boolean rubricBeforeColon(
      String text, List<Candidate> cs, Quotes.Quote q, boolean headline) {
    if (q.speakerText() == null
        || q.speakerEnd() < 0
        || q.speakerEnd() >= text.length()
        || text.charAt(q.speakerEnd()) != ':'
        || !headline && q.open() <= q.speakerEnd() + 3) {
      return false;
    }
    for (Candidate c : near(cs, q.speakerStart(), q.speakerEnd())) {
      String type = g.entityType[c.entity];
      if (c.charStart == q.speakerStart()
          && c.charEnd == q.speakerEnd()
          && (type.equals("country") || type.equals("place"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 13: whether every word of four letters or more between {@code open} and {@code close} is
   * capitalised, as in the title of a work ("2 'The Voice of Holland' ex-stars face ...").
   */
  private static boolean titleCaseWords(String text, int open, int close) {
    boolean any = false;
    for (String w : text.substring(open, Math.min(close, text.length())).split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether only white space and the quotation mark come before {@code open}. */
  private static boolean opensParagraph(String text, int open) {
    for (int i = 0; i < open - 1; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A paragraph's quotations, each classified when first asked, and for each the nearest earlier
   * one a test passes, remembered for every quotation passed on the way: a paragraph of thousands
   * of quotations is walked back once, not once for each.
   */
  private final class Quotations {
    private final String text;
    private final int[] sentenceStarts;
    private final List<int[]> spans;
    private final Quotes.Quote[] classified;

    /** By quotation: the nearest earlier attributed speech; -2 while not known. */
    final int[] speechBefore;

    /** By quotation: the nearest earlier speech naming someone (no bare pronoun); -2 alike. */
    final int[] namedBefore;

    Quotations(String text, int[] sentenceStarts, List<int[]> spans) {
      this.text = text;
      this.sentenceStarts = sentenceStarts;
      this.spans = spans;
      this.classified = new Quotes.Quote[spans.size()];
      this.speechBefore = new int[spans.size()];
      this.namedBefore = new int[spans.size()];
      Arrays.fill(speechBefore, -2);
      Arrays.fill(namedBefore, -2);
    }

    Quotes.Quote get(int q) {
      if (classified[q] == null) {
        int[] span = spans.get(q);
        classified[q] = g.quotes.classify(text, sentenceStarts, span[0], span[1], span[2]);
      }
      return classified[q];
    }

    /** The nearest quotation before {@code q} that {@code test} passes, or -1. */
    int nearestBefore(int q, int[] memo, java.util.function.Predicate<Quotes.Quote> test) {
      int found = -1;
      int from = 0; // the quotations from here to q share that nearest one
      for (int p = q - 1; p >= 0; p--) {
        if (test.test(get(p))) {
          found = p;
          from = p + 1;
          break;
        }
        if (memo[p] != -2) {
          found = memo[p];
          from = p;
          break;
        }
      }
      Arrays.fill(memo, from, q + 1, found);
      return found;
    }
  }

  /**
   * A quotation with no attribution of its own continues the nearest earlier attributed quotation
   * of the same paragraph ("'...,' McCabe said. 'We only landed ...'").
   */
  private Quotes.Quote continued(Quotations quotations, int q, Quotes.Quote quote) {
    int p =
        quotations.nearestBefore(
            q,
            quotations.speechBefore,
            prev -> prev.speakerText() != null && prev.kind().equals("speech"));
    if (p < 0) {
      return quote;
    }
    Quotes.Quote prev = quotations.get(p);
    return new Quotes.Quote(
        quote.open(),
        quote.close(),
        quote.kind(),
        prev.speakerText(),
        prev.speakerStart(),
        prev.speakerEnd());
  }

  /**
   * Round 15: the speaker of the nearest quotation before quotation {@code q} in its paragraph that
   * is speech and names someone (no pronoun); null if none.
   */
  private Quotes.Quote earlierSpeaker(Quotations quotations, int q) {
    int p =
        quotations.nearestBefore(
            q,
            quotations.namedBefore,
            prev ->
                prev.speakerText() != null
                    && prev.kind().equals("speech")
                    && !g.quotes.barePronoun(prev.speakerText()));
    return p < 0 ? null : quotations.get(p);
  }

  private List<String> labels(int entity) {
    List<String> l = labels[entity];
    if (l == null) {
      l = List.of(g.entityLabels[entity]);
      labels[entity] = l;
    }
    return l;
  }

  /**
   * Round 9: a speaker text that is a bare role phrase of roles.yaml ("..., says PM", "the
   * president said") is the one leader the article names who holds that role on its date; null when
   * it names none or several ("the president" with Biden and Zelensky), or the text is more than
   * the role ("the deputy prime minister", "the company's president").
   */
  private String bareRoleSpeaker(String speakerText) {
    String t = speakerText.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("the ")) {
      t = t.substring(4);
    }
    String role = g.rolePhrases.get(t);
    if (role == null) {
      return null;
    }
    int found = -1;
    for (Candidate c : article) {
      if (c.ambiguousCandidates != null
          || c.entity == found
          || !"leader".equals(g.entityType[c.entity])
          || !g.holdsRoleOn(c.entity, role, articleDate)) {
        continue;
      }
      if (found >= 0) {
        return null; // two holders of the role named: not guessed
      }
      found = c.entity;
    }
    return found < 0 ? null : g.entityId[found];
  }

  /**
   * Round 12: whether the quotation's speaker text is a definite description of a person ("The
   * deputy prime minister") standing alone: no comma right after it, so no name in apposition ("The
   * culture secretary, Michelle Donelan, said" names its speaker itself).
   */
  private boolean definiteRoleAlone(String text, List<Candidate> cs, Quotes.Quote quote) {
    if (!g.quotes.definiteRole(quote.speakerText()) || quote.speakerEnd() < 0) {
      return false;
    }
    for (Candidate c : near(cs, quote.speakerStart(), quote.speakerEnd())) {
      if (c.charStart >= quote.speakerStart()
          && c.charEnd <= quote.speakerEnd()
          && g.entityType[c.entity].equals("country")) {
        return false; // round 46: "The Ukrainian president" is that country's, not the one before
      }
    }
    int e = quote.speakerEnd();
    return e >= text.length()
        || text.charAt(e) != ','
        || RELATIVE_AFTER_COMMA.matcher(text).region(e, text.length()).lookingAt();
  }

  /**
   * Round 46: a relative clause after a definite description's comma ("The porn star, whose real
   * name is ..., said"; "the author, who was born in China ..., said") is no name in apposition.
   */
  private static final java.util.regex.Pattern RELATIVE_AFTER_COMMA =
      java.util.regex.Pattern.compile(",\\s+(?:who|whose)\\b");

  /**
   * Round 18: the last person the paragraph names, before the quotation and outside quotation
   * marks, by a given name and surname, who is not the last leader named ("In a speech ..., Janet
   * Yellen outlined the consequences ... '...,' she told"): the "he"/"she" is then that person, not
   * the leader. Null if there is none or no leader was named.
   */
  private int[] otherPersonBefore(String text, List<Candidate> cs, int upTo, int lastLeader) {
    if (lastLeader < 0) {
      return null;
    }
    int[] last = null;
    for (int[] person : g.quotes.givenNamePersons(text, upTo)) {
      boolean leader = placeOrBodyName(cs, person);
      for (Candidate c : near(cs, person[0], person[1])) {
        leader |= c.entity == lastLeader && c.charStart < person[1] && c.charEnd > person[0];
      }
      if (!leader) {
        last = person;
      }
    }
    return last;
  }

  /**
   * Round 19: the last person the paragraph names before the quotation (as {@link
   * Quotes#givenNamePersons}), not in the possessive ("George W Bush's national security adviser"),
   * not inside a place or body's name, and not the one named before (whose surname it does not
   * share); null if none.
   */
  private int[] personInParagraph(String text, List<Candidate> cs, int upTo, Named before) {
    int[] last = null;
    for (int[] person : g.quotes.givenNamePersons(text, upTo)) {
      boolean possessive =
          text.startsWith("'s", person[1]) || text.startsWith("\u2019s", person[1]);
      if (!possessive && !placeOrBodyName(cs, person)) {
        last = person;
      }
    }
    if (last == null) {
      return null;
    }
    String name = text.substring(last[0], last[1]);
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    return before.text() != null && before.text().contains(surname) ? null : last;
  }

  /**
   * Round 19: whether a candidate that is no person overlaps the span ("in the capital, New Delhi":
   * a place or body's name is no person).
   */
  private boolean placeOrBodyName(List<Candidate> cs, int[] span) {
    for (Candidate c : near(cs, span[0], span[1])) {
      if (c.charStart < span[1] && c.charEnd > span[0] && rank(c) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The leader or person whose mention lies inside the span, or null. */
  private String personIn(List<Candidate> cs, int[] span) {
    String id = null;
    for (Candidate o : near(cs, span[0], span[1])) {
      if (o.charStart >= span[0] && o.charEnd <= span[1] && isPerson(g.entityType[o.entity])) {
        id = g.entityId[o.entity];
      }
    }
    return id;
  }

  /**
   * The entity named in the speaker text: a leader first, then an organisation, a country. Round
   * 28: never a place or a term, which only describe the speaker ("Scotland's chief constable",
   * "The mayor of Kharkiv", "Refugee Council"); the speaker text stays, with no entity.
   */
  private String speakerEntity(List<Candidate> cs, Quotes.Quote q, int lastLeader) {
    if (Quotes.isPronoun(q.speakerText())) {
      return lastLeader >= 0 ? g.entityId[lastLeader] : null;
    }
    Candidate best = null;
    int relative = g.quotes.relativeClauseStart(q.speakerText());
    for (Candidate c : near(cs, q.speakerStart(), q.speakerEnd())) {
      if (rank(c) <= 2 && !c.locative && namesSpeaker(c, q, relative)) {
        if (best == null
            || possessive(q, best) && !possessive(q, c)
            || rank(c) < rank(best) && possessive(q, c) == possessive(q, best)) {
          best = c;
        }
      }
    }
    return best == null ? null : g.entityId[best.entity];
  }

  /**
   * Speakers round 3: the entity of a speaker text whose place the quotation does not hold (a
   * title's speaker taken from the lede, an inverted attribution found apart): where this segment
   * (outside the quotation), else the next one, writes the text, the entity {@link #speakerEntity}
   * takes there, if its candidate ends the text ("President Biden", "Former US Secretary of State
   * Mike Pompeo"; not "Trump aide Hope Hicks", "Attorney General Austin Knudsen"), else null.
   */
  private String placedEntity(
      int segmentIndex,
      String text,
      List<Candidate> cs,
      Quotes.Quote quote,
      Segment next,
      String speakerText) {
    String speaker = speakerText.strip();
    if (speaker.isEmpty()) {
      return null;
    }
    int at = wordAt(text, speaker, quote.open(), quote.close());
    if (at >= 0) {
      return endingEntity(cs, quote.kind(), speaker, at);
    }
    if (next == null) {
      return null;
    }
    at = wordAt(next.text(), speaker, -1, -1);
    if (at < 0) {
      return null;
    }
    List<Candidate> nextCs = new ArrayList<>();
    for (Candidate o : article) {
      if (o.segment == segmentIndex + 1 && !o.locative) {
        nextCs.add(o);
      }
    }
    return endingEntity(nextCs, quote.kind(), speaker, at);
  }

  /** The first place of {@code word} in {@code text} between word breaks, outside [from, to). */
  private static int wordAt(String text, String word, int from, int to) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean inside = at < to && at + word.length() > from;
      if (!inside && betweenWordBreaks(text, at, at + word.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Whether chars [at, end) of {@code text} have no letter or digit right before or after. */
  private static boolean betweenWordBreaks(String text, int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  /** The speaker entity of {@code speaker} at {@code at} when its candidate ends it, else null. */
  private String endingEntity(List<Candidate> cs, String kind, String speaker, int at) {
    Quotes.Quote placed = new Quotes.Quote(0, 0, kind, speaker, at, at + speaker.length());
    String id = speakerEntity(cs, placed, -1);
    if (id == null) {
      return null;
    }
    for (Candidate o : near(cs, at, at + speaker.length())) {
      if (g.entityId[o.entity].equals(id)
          && o.charStart >= at
          && o.charEnd == at + speaker.length()
          && !PREPOSITION_BEFORE.matcher(speaker.substring(0, o.charStart - at)).find()) {
        return id;
      }
    }
    return null;
  }

  /**
   * Speakers round 3: a preposition right before the entity ending a speaker text, a modifier or
   * article between ("A lawyer for former President Trump", "Prince Turki al-Faisal of Saudi
   * Arabia"): the entity is the object, not the speaker.
   */
  private static final java.util.regex.Pattern PREPOSITION_BEFORE =
      java.util.regex.Pattern.compile(
          "(?:^|\\s)(?:for|of|to|with|by|from|at|under|against|about|on|in|behind|near)"
              + "(?:\\s+(?:former|late|then|ex|the|a|an))*\\s*$");

  /**
   * Speakers round 3: the leader or person a bare capitalised surname stands for ("Francis" after
   * "Pope Francis"): its last use before the speaker (this segment, then the ones before) lies in a
   * resolved candidate of a leader or person whose name or surface ends with it; else null ("Jill
   * Biden ... Biden wrote": that "Biden" is no candidate's).
   */
  private String surnameEntity(
      int segmentIndex, String text, String speakerText, Quotes.Quote quote) {
    String w = speakerText.strip();
    if (!SURNAME.matcher(w).matches() || Quotes.isPronoun(w) || Quotes.isObjectPronoun(w)) {
      return null;
    }
    int before = quote.speakerStart() >= 0 ? quote.speakerStart() : quote.open();
    for (int s = segmentIndex; s >= 0; s--) {
      String t = s == segmentIndex ? text : articleSegments.get(s).text();
      int limit = s == segmentIndex ? before : t.length();
      int at = lastWordAt(t, w, limit);
      if (at < 0) {
        continue;
      }
      for (Candidate o : article) {
        if (o.segment == s
            && o.charStart <= at
            && o.charEnd >= at + w.length()
            && o.ambiguousCandidates == null
            && !o.locative
            && isPerson(g.entityType[o.entity])
            && (lastWord(g.entityName[o.entity]).equals(w)
                || lastWord(t.substring(o.charStart, o.charEnd)).equals(w))) {
          return g.entityId[o.entity];
        }
      }
      return null;
    }
    return null;
  }

  private static final java.util.regex.Pattern SURNAME =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+");

  private static String lastWord(String s) {
    String t = s.strip();
    int sp = t.lastIndexOf(' ');
    return sp < 0 ? t : t.substring(sp + 1);
  }

  /** The last place of {@code word} in {@code text} before {@code limit}, between word breaks. */
  private static int lastWordAt(String text, String word, int limit) {
    for (int at = text.lastIndexOf(word, limit - word.length());
        at >= 0;
        at = text.lastIndexOf(word, at - 1)) {
      if (betweenWordBreaks(text, at, at + word.length())) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether the candidate is followed by a possessive in the speaker text: "Putin's spokesperson,
   * Dmitry Peskov" names Peskov, so Putin ranks after any other candidate there.
   */
  private static boolean possessive(Quotes.Quote q, Candidate c) {
    int at = c.charEnd - q.speakerStart();
    String t = q.speakerText();
    return at + 1 < t.length()
        && (t.charAt(at) == '\'' || t.charAt(at) == '\u2019')
        && (t.charAt(at + 1) == 's' || t.charAt(at + 1) == 'S');
  }

  /**
   * Rounds 14 and 15: a speaker text cut mid-clause ("followed by a 'revelation' about a player
   * from") is no speaker unless it names a person or body of the article ("former President Donald
   * Trump seemingly meant to"; a country in it is often a modifier: "An Indian author who") or
   * holds a capitalised word after its first, which may be a name ("after revolt by MPs who").
   */
  private Quotes.Quote uncut(String text, List<Candidate> cs, Quotes.Quote quote) {
    if (quote.speakerText() != null
        && g.quotes.cutMidClause(quote.speakerText())
        && !namesPersonOrBody(cs, quote)
        && !g.quotes.capitalisedAfterFirst(quote.speakerText())) {
      return g.quotes.withoutSpeaker(text, quote);
    }
    quote = g.quotes.adverbialOpening(text, quote); // round 46: "In a tweet", "On Telegram he"
    if (quote.speakerText() != null && Quotes.partOfQuotation(quote.speakerText())) {
      // round 46: "“I think if England play well, we will win.” says Jamie Tennant, “England to
      // win by 5.”": a text holding one double mark only runs into or out of a quotation; it is
      // no speaker (named or not)
      return g.quotes.withoutSpeaker(text, quote);
    }
    return quote;
  }

  /**
   * Round 16: whether the speaker text is wholly a country, place or body ("Japan", "the Kremlin"),
   * which a "he" or "she" cannot stand for.
   */
  private boolean onlyPlaceOrBody(List<Candidate> cs, Quotes.Quote q) {
    String t = q.speakerText();
    for (Candidate c : near(cs, q.speakerStart(), q.speakerEnd())) {
      if (rank(c) > 0
          && c.ambiguousCandidates == null
          && c.charStart >= q.speakerStart()
          && c.charEnd <= q.speakerEnd()) {
        String rest =
            (t.substring(0, c.charStart - q.speakerStart())
                    + t.substring(c.charEnd - q.speakerStart()))
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
        if (rest.isEmpty() || rest.equals("the")) {
          return true;
        }
      }
    }
    return false;
  }

  private java.util.Map<String, Integer> indexById;

  /**
   * Round 16: whether the one named last is a country, place or body by a name alone, with no
   * lower-case word but "the" ("Japan denied breaking a pact ... '...,' he said"): no "he" or
   * "she".
   */
  private boolean placeOrBodyName(Named n) {
    if (n.id() == null) {
      return false;
    }
    if (indexById == null) {
      indexById = new java.util.HashMap<>();
      for (int e = 0; e < g.entityId.length; e++) {
        indexById.put(g.entityId[e], e);
      }
    }
    Integer e = indexById.get(n.id());
    if (e == null || isPerson(g.entityType[e])) {
      return false;
    }
    String t = n.text().strip().replaceFirst("^(?i)the\\s+", "");
    return !t.contains(" ") || t.equalsIgnoreCase(g.entityName[e]);
  }

  /** Round 16: whether a candidate other than a leader or person lies in the speaker text. */
  private boolean namesPlaceOrBody(List<Candidate> cs, Quotes.Quote q) {
    for (Candidate c : near(cs, q.speakerStart(), q.speakerEnd())) {
      if (c.charStart < q.speakerEnd() && c.charEnd > q.speakerStart() && rank(c) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 15: whether the speaker text holds a leader, person or organisation of the article (not
   * the object of a preposition), as {@link #speakerEntity} would take it.
   */
  private boolean namesPersonOrBody(List<Candidate> cs, Quotes.Quote q) {
    int relative = g.quotes.relativeClauseStart(q.speakerText());
    for (Candidate c : near(cs, q.speakerStart(), q.speakerEnd())) {
      if (rank(c) <= 1 && namesSpeaker(c, q, relative)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether candidate {@code c}, resolved and inside quote {@code q}'s speaker text, may be the
   * speaker entity: not in a relative clause (which starts at {@code relative}, or -1), not a
   * person's name modifying a body, not the object of a preposition.
   */
  private boolean namesSpeaker(Candidate c, Quotes.Quote q, int relative) {
    String text = q.speakerText();
    int start = c.charStart - q.speakerStart();
    int end = c.charEnd - q.speakerStart();
    boolean person = rank(c) == 0;
    return c.ambiguousCandidates == null
        && c.charStart >= q.speakerStart()
        && c.charEnd <= q.speakerEnd()
        // round 15: "a career diplomat who was an ambassador under Bill Clinton"
        && (relative < 0 || start < relative)
        // round 16: "Netanyahu's office", "Biden administration officials"
        && !(person && g.quotes.modifiesBody(text, end))
        // round 11: "the special inspector general for Afghanistan reconstruction"
        && !g.quotes.objectOfPreposition(text, start, end, person)
        // round 20: "one Canadian bond trader", "Former US ambassador": no voice of the country
        && !(rank(c) >= 2 && g.quotes.notStateVoice(text, start, end));
  }

  private int rank(Candidate c) {
    return switch (g.entityType[c.entity]) {
      case "leader", "person" -> 0;
      case "organisation" -> 1;
      case "country" -> 2;
      case "place" -> 3;
      default -> 4;
    };
  }

  private String context(String text, int start, int end) {
    int from = Math.max(0, start - contextChars);
    int to = Math.min(text.length(), end + contextChars);
    if (contextBuffer.length < to - from) {
      contextBuffer = new char[to - from];
    }
    char[] chars = contextBuffer;
    text.getChars(from, to, chars, 0);
    // white space collapsed in place (the write index never passes the read index), then one
    // string: each run becomes one space, none at either end
    int length = 0;
    boolean space = false;
    for (int i = 0; i < to - from; i++) {
      char ch = chars[i];
      if (ch <= ' ' ? Character.isWhitespace(ch) : ch >= 0x80 && Character.isWhitespace(ch)) {
        space = length > 0;
      } else {
        if (space) {
          chars[length++] = ' ';
        }
        chars[length++] = ch;
        space = false;
      }
    }
    return new String(chars, 0, length);
  }

  /**
   * Adds the candidates of segment {@code s} to {@code out}. Sentences are split only when the scan
   * found an alias (a segment without one yields nothing); their starts go to {@code
   * sentenceStarts[s]} for the quote analysis.
   */
  private void segmentCandidates(
      int s,
      Tokenizer.Tokens t,
      LocalDate date,
      Set<Integer> confirmed,
      int[][] sentenceStarts,
      List<Candidate> out) {
    Hits hits = scan(t);
    boolean anyAlias = false;
    for (int h = 0; h < hits.size && !anyAlias; h++) {
      anyAlias = hits.type[h] == CompiledGazetteer.OUT_ALIAS;
    }
    if (!anyAlias) {
      return;
    }
    Exclusions exclusions = new Exclusions(hits);
    Arrays.fill(titleEndsAt, 0, t.size + 1, false);
    Arrays.fill(titleRoleAt, 0, t.size + 1, -1);
    Arrays.fill(titleStartsAt, 0, t.size + 1, false);
    Arrays.fill(covered, 0, t.size + 1, false);
    int[] starts = Sentences.starts(t.text, t.chars);
    sentenceStarts[s] = starts;
    int[] sentenceOfToken = this.sentenceOfToken;
    // tokens of sentence k: [firstToken[k], firstToken[k + 1])
    int[] firstToken = new int[starts.length + 1];
    int sentence = 0;
    int k = 0;
    for (int i = 0; i < t.size; i++) {
      int offset = t.start[i];
      while (sentence + 1 < starts.length && starts[sentence + 1] <= offset) {
        sentence++;
      }
      sentenceOfToken[i] = sentence;
      while (k <= sentence) {
        firstToken[k++] = i;
      }
    }
    while (k <= starts.length) {
      firstToken[k++] = t.size;
    }
    SentenceKinds kinds = new SentenceKinds(t, firstToken);

    // titles end at these tokens; context words per sentence
    boolean[] titleEndsAt = this.titleEndsAt;
    Set<Long> contextBySentence = new HashSet<>();
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] == CompiledGazetteer.OUT_TITLE
          && Character.isUpperCase(t.charAt(hits.start[h], 0))) {
        titleEndsAt[hits.end[h]] = true;
      } else if (hits.type[h] == CompiledGazetteer.OUT_ROLE
          && Character.isUpperCase(t.charAt(hits.start[h], 0))
          && (titleRoleAt[hits.end[h]] < 0 || hits.start[h] < titleRoleStart[hits.end[h]])) {
        titleRoleAt[hits.end[h]] = hits.index[h];
        titleRoleStart[hits.end[h]] = hits.start[h];
      } else if (hits.type[h] == CompiledGazetteer.OUT_CONTEXT) {
        contextBySentence.add(((long) sentenceOfToken[hits.start[h]] << 32) | hits.index[h]);
      }
    }

    boolean[] initial = this.initial;
    boolean[] titleStartsAt = this.titleStartsAt;
    boolean[] covered = this.covered;
    for (int i = 0; i < t.size; i++) {
      initial[i] =
          i == 0
              || sentenceOfToken[i - 1] != sentenceOfToken[i]
              || t.length(i - 1) == 1 && "\"'(-:[".indexOf(t.charAt(i - 1, 0)) >= 0;
    }
    for (int h = 0; h < hits.size; h++) {
      byte type = hits.type[h];
      if (type == CompiledGazetteer.OUT_TITLE || type == CompiledGazetteer.OUT_ROLE) {
        titleStartsAt[hits.start[h]] = true;
      } else if (type == CompiledGazetteer.OUT_ALIAS) {
        for (int i = hits.start[h]; i < hits.end[h]; i++) {
          covered[i] = true;
        }
      }
    }

    List<Candidate> candidates = new ArrayList<>();
    // spans read in another sense (other_senses), as (entity, start token, end token): a shorter
    // alias of the same entity inside one is read in that sense too (stop 69: "if it proceeds with
    // a full-scale invasion" is no invasion, nor is its "invasion")
    List<int[]> otherSenseSpans = null;
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] != CompiledGazetteer.OUT_ALIAS) {
        continue;
      }
      int a = hits.index[h];
      int entity = g.aliasEntity[a];
      int st = hits.start[h];
      int en = hits.end[h];
      boolean capsSentence = kinds.caps(sentenceOfToken[st]);
      boolean caps = capsSentence || initial[st] && allUpper(t, st, en);
      if (!caseMatches(a, t, st, en, caps)) {
        continue;
      }
      boolean plainSentence = !capsSentence && !kinds.titleCase(sentenceOfToken[st]);
      if (g.aliasCase[a] == CompiledGazetteer.CASE_PROSE
          && kinds.prose(sentenceOfToken[st])
          && !initial[st]
          && Character.isUpperCase(t.charAt(st, 0))
          && !t.allUpper(st)) {
        continue; // "Death of a Salesman", "Killing Eve": a name or a title (round 47)
      }
      if (plainSentence
          && g.entityType[entity].equals("country")
          && !g.aliasKind[a].equals("metonym")
          && personContext(t, st, en, initial, titleStartsAt, covered)) {
        shadowed.add(a); // "Jordan Henderson", "Finn Russell": the person, all article long
        continue;
      }
      String enclosing = null;
      if (plainSentence
          && insideLongerName(a, t, st, en, initial, titleStartsAt, titleEndsAt, covered)) {
        if (g.entityType[entity].equals("country")
            && !g.aliasKind[a].equals("metonym")
            && headedName(t, st, en)) {
          enclosing = enclosingName(t, st, en, initial); // "Zimbabwe Open", "Bank of Canada"
        }
      } else if (plainSentence
          && g.entityType[entity].equals("country")
          && !g.aliasKind[a].equals("metonym")) {
        enclosing = enclosingName(t, st, en, initial); // "U.S. Senate Banking Committee"
      }
      if (enclosing == null
          && plainSentence
          && insideLongerName(a, t, st, en, initial, titleStartsAt, titleEndsAt, covered)) {
        if (g.entityType[entity].equals("country") && !g.aliasKind[a].equals("demonym")) {
          boolean before = precededByName(t, st, initial, titleEndsAt, covered);
          if (before && en - st == 1 && g.givenNames.contains(t.key(st - 1))) {
            // "Neil Jordan": later bare "Jordan" in this article is that person. Only after a
            // known given name (conf: given_names); any other word before ("the New China news
            // agency") drops this span and the same name elsewhere in the article (issue 9)
            shadowed.add(a);
          }
          if (before && !t.keyIs(st - 1, "the")) {
            namePairs.add(t.key(st - 1) + "|" + a); // "East Palestine", "Rhode Island"
          }
        }
        if (isPerson(g.entityType[entity])
            && g.aliasKind[a].equals("surname")
            && exclusions.cover(entity, st, en)) {
          namesakes.add(new int[] {s, t.start[st], entity}); // "Rosalynn Carter"
        }
        continue;
      }
      boolean excluded = exclusions.cover(entity, st, en) || possessiveExclusion(entity, t, st, en);
      boolean otherSense =
          !excluded && otherSense(t, a, entity, st, en, kinds.titleCase(sentenceOfToken[st]));
      if (otherSense) {
        if (otherSenseSpans == null) {
          otherSenseSpans = new ArrayList<>();
        }
        otherSenseSpans.add(new int[] {entity, st, en});
      }
      if (excluded || otherSense) {
        if (isPerson(g.entityType[entity])
            && g.aliasKind[a].equals("surname")
            && st > 0
            && Character.isUpperCase(t.charAt(st - 1, 0))) {
          namesakes.add(new int[] {s, t.start[st], entity}); // "Rosalynn Carter"
        }
        continue;
      }
      if (tickerAt(t, st, en)) {
        continue; // "<UN.AS>": a Reuters stock ticker, not the organisation
      }
      if (g.aliasKind[a].equals("demonym") && languageContext(t, st, en)) {
        continue; // "couldn't speak a word of German", "Spanish-language radio": the language
      }
      if (!g.aliasKind[a].equals("demonym")
          && !g.entityType[entity].equals("organisation")
          && inCreditName(t, st, en)) {
        continue; // "(Amir Cohen/Reuters)", "(Susannah Ireland/AFP via Getty Images)"
      }
      boolean vetoable = g.aliasAmbiguous[a] || !g.entityHasAmbiguous[entity];
      if (vetoable && contextBySentence.contains(((long) sentenceOfToken[st] << 32) | entity)) {
        continue;
      }
      Candidate c = new Candidate(s, st, en, entity, g.aliasKind[a]);
      c.alias = a;
      c.prevKey = st > 0 && properWord(t, st - 1) && !t.keyIs(st - 1, "the") ? t.key(st - 1) : null;
      c.enclosingName = enclosing;
      // "a mall in Beijing", "in Mexico City": the city, not the government; kept until the
      // longest match is chosen so that "Mexico" inside "Mexico City" is not a mention either
      c.locative =
          g.entityType[entity].equals("country")
              && g.aliasKind[a].equals("metonym")
              && (locativeBefore(t, st) || cityContext(t, st, en));
      c.asWritten = sameForms(a, t, st);
      c.ambiguous = g.aliasAmbiguous[a];
      c.titled = titleEndsAt[st] || st >= 2 && t.formIs(st - 1, ".") && titleEndsAt[st - 1];
      if (c.titled && c.ambiguous && honorificBefore(t, st)) {
        c.titled = false; // "Ms Khan": an honorific does not say which Khan (conf: honorifics)
      }
      if (c.titled) {
        c.titleRole = titleEndsAt[st] ? titleRoleAt[st] : titleRoleAt[st - 1];
      }
      if (c.titled || isPerson(g.entityType[entity]) && !c.kind.equals("surname")) {
        confirmed.add(entity);
      }
      candidates.add(c);
    }
    if (otherSenseSpans != null) {
      List<int[]> spans = otherSenseSpans;
      candidates.removeIf(c -> insideOtherSense(c, spans));
    }
    if (candidates.isEmpty()) {
      return;
    }
    candidates.addAll(roleCandidates(s, t, hits, candidates, date, kinds, sentenceOfToken));
    List<Candidate> kept = longestPerType(candidates, date);
    // a capital read as the city (c.locative) stays a candidate, for the speaker rules, and is
    // never emitted as a mention (emit)
    for (Candidate c : kept) {
      c.sentence = sentenceOfToken[c.startToken];
      c.charStart = t.start[c.startToken];
      c.charEnd = t.end[c.endToken - 1];
    }
    out.addAll(kept);
  }

  /** Whether {@code c} lies inside a span of its entity read in another sense ({@code spans}). */
  private static boolean insideOtherSense(Candidate c, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] == c.entity && span[1] <= c.startToken && c.endToken <= span[2]) {
        return true;
      }
    }
    return false;
  }

  private boolean caseMatches(int alias, Tokenizer.Tokens t, int st, int en, boolean caps) {
    byte policy = g.aliasCase[alias];
    if (policy == CompiledGazetteer.CASE_ANY || policy == CompiledGazetteer.CASE_PROSE) {
      return true;
    }
    String[] forms = g.aliasForms[alias];
    boolean exact = true;
    for (int i = 0; i < forms.length; i++) {
      String want = forms[i];
      if (t.formIs(st + i, want)) {
        continue;
      }
      exact = false;
      if (policy == CompiledGazetteer.CASE_EXACT) {
        return false;
      }
      if (want.equals(want.toLowerCase(java.util.Locale.ROOT))) {
        continue; // lower-case alias words ("the", "un" in "Kim Jong-un") match any case
      }
      if (!(caps
          && g.aliasLetters[alias] >= 4
          && t.formIs(st + i, want.toUpperCase(java.util.Locale.ROOT)))) {
        return false;
      }
    }
    return exact || policy == CompiledGazetteer.CASE_AS_WRITTEN;
  }

  /**
   * A word of {@code metonym_locatives} right before a capital ("in Beijing", "in the Kremlin",
   * "central London"): the city as a location, which the judging rules do not count as the country
   * (issue 9, capitals used as places).
   */
  private boolean locativeBefore(Tokenizer.Tokens t, int st) {
    int i = st - 1;
    if (i >= 0 && t.keyIs(i, "the")) {
      i--;
    }
    return i >= 0 && g.metonymLocatives.contains(t.key(i));
  }

  /**
   * Other contexts that make a capital (tokens {@code st..en}) the city, not the government (conf:
   * {@code metonym_literal_of}, {@code metonym_literal_after}, {@code metonym_motion_before_to},
   * {@code metonym_visit_before}): "the streets of Khartoum", "London drivers", "Delhi's air
   * quality", "a trip to Seoul", "visits Kyiv", "from London to Sydney", and a dateline
   * ("WASHINGTON (AP) -", "LONDON:").
   */
  private boolean cityContext(Tokenizer.Tokens t, int st, int en) {
    int p = st - 1;
    if (p >= 0 && t.keyIs(p, "the")) {
      p--;
    }
    if (p >= 1 && t.keyIs(p, "of") && g.metonymLiteralOf.contains(t.key(p - 1))) {
      return true; // "the streets of Khartoum", "just north of Colombo"
    }
    if (literalAfter(t, en)) {
      return true; // "London drivers", "London-based"
    }
    if (t.possessive(en - 1)
        && en < t.size
        && t.word(en)
        && !Character.isUpperCase(t.charAt(en, 0))
        && (literalAfter(t, en) || en + 1 < t.size && literalAfter(t, en + 1))) {
      return true; // "Delhi's air quality", "Mexico City's crumbling metro"
    }
    int q = p >= 0 && t.formIs(p, ",") ? p - 1 : p;
    if (q >= 0 && g.metonymLiteralBefore.contains(t.key(q))) {
      return true; // "the nation's capital, Addis Ababa", "capital Lima"
    }
    if (p >= 1
        && t.formIs(p, ",")
        && properWord(t, p - 1)
        && !covered[p - 1]
        && (noWordAfter(t, en)
            || en < t.size && t.formIs(en, ":")
            || en + 1 < t.size && t.formIs(en, ",") && covered[en + 1] && properWord(t, en + 1))) {
      return true; // an address: "Royal Festival Hall, London", "Petone Beach, Wellington, New
      // Zealand", a review's "Speedboat Bar, London: ..."
    }
    if (p >= 0 && g.metonymVisitBefore.contains(t.key(p))) {
      return true; // "Israeli FM visits Kyiv"
    }
    if (p >= 1 && t.keyIs(p, "to")) {
      int v = p >= 2 && t.keyIs(p - 1, "back") ? p - 2 : p - 1;
      if (g.metonymMotionBeforeTo.contains(t.key(v))
          || g.metonymArrivalBeforeTo.contains(t.key(v)) && !seat(t, st, en)) {
        return true; // "a trip to Seoul", "flew back to Tehran", "return to Kyiv"; not "Trump's
        // return to the White House"
      }
    }
    if (p >= 0
        && t.keyIs(p, "from")
        && en + 1 < t.size
        && t.keyIs(en, "to")
        && properWord(t, en + 1)
        && !covered[en + 1]) {
      return true; // "from London to Sydney"; not "assistance from Washington to Kyiv"
    }
    if (p >= 2 && t.keyIs(p, "to") && properWord(t, p - 1) && !covered[p - 1]) {
      for (int i = p - 2; i >= Math.max(0, p - 5); i--) {
        if (t.keyIs(i, "from")) {
          return true; // "from Delhi to Mumbai", "from London to Tokyo to Sao Paulo"
        }
        if (!properWord(t, i) && !t.keyIs(i, "to")) {
          break;
        }
      }
    }
    return st == 0 && allUpper(t, st, en) && en < t.size && datelineMark(t, en)
        || st == 0 && agencyDateline(t, en);
  }

  /**
   * Whether tokens {@code st..en} name a seat of government by its building ({@code metonym_seats}:
   * "the White House", "Downing Street"), which going to is going to the office, not the city.
   */
  private boolean seat(Tokenizer.Tokens t, int st, int en) {
    String key = t.text.substring(t.start[st], t.end[en - 1]).toLowerCase(Locale.ROOT);
    key = key.replace('’', '\'');
    return g.metonymSeats.contains(key.startsWith("the ") ? key.substring(4) : key);
  }

  /** An exclusion with a possessive inside that holds tokens {@code st..en} ("America's Cup"). */
  private boolean possessiveExclusion(int entity, Tokenizer.Tokens t, int st, int en) {
    CompiledGazetteer.PossessivePhrase[] phrases = g.possessiveExcludes[entity];
    if (phrases == null) {
      return false;
    }
    for (CompiledGazetteer.PossessivePhrase p : phrases) {
      for (int from = Math.max(0, en - p.keys().length); from <= st; from++) {
        if (p.at(t, from)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether no word follows token {@code i - 1} in the segment. */
  private static boolean noWordAfter(Tokenizer.Tokens t, int i) {
    for (int k = i; k < t.size; k++) {
      if (t.word(k)) {
        return false;
      }
    }
    return true;
  }

  /** A word of {@code metonym_literal_after} at token {@code i}, written in lower case. */
  private boolean literalAfter(Tokenizer.Tokens t, int i) {
    return i < t.size
        && t.word(i)
        && !Character.isUpperCase(t.charAt(i, 0))
        && g.metonymLiteralAfter.contains(t.key(i));
  }

  /**
   * A demonym (tokens {@code st..en}) naming a language ({@code demonym_language_after}, {@code
   * demonym_language_before}): "Spanish-language radio", "Russian-speaking populations", "I don't
   * speak German", "a word of German", "ordering a coffee in Italian." (at a clause's end).
   */
  private boolean languageContext(Tokenizer.Tokens t, int st, int en) {
    int n = en < t.size && t.formIs(en, "-") ? en + 1 : en;
    if (n < t.size
        && t.word(n)
        && !Character.isUpperCase(t.charAt(n, 0))
        && g.demonymLanguageAfter.contains(t.key(n))
        && !(n + 1 < t.size && g.demonymLanguageNotThen.contains(t.key(n + 1)))) {
      return true; // not "Obama's Australian speaking tour" (conf: demonym_language_not_then)
    }
    int p = st - 1;
    if (p >= 0 && t.word(p) && g.demonymLanguageBefore.contains(t.key(p))) {
      return true;
    }
    if (p >= 1
        && t.keyIs(p, "of")
        && (t.keyIs(p - 1, "word") || t.keyIs(p - 1, "words"))
        && (en >= t.size || clauseEnd(t, en) || t.keyIs(en, "between") || t.keyIs(en, "and"))) {
      return true; // not "Last words of Palestinian-American boy"
    }
    return p >= 0
        && t.keyIs(p, "in")
        && !t.key(en - 1).endsWith("s")
        && (en >= t.size || clauseEnd(t, en));
  }

  private static boolean clauseEnd(Tokenizer.Tokens t, int i) {
    return t.formIs(i, ".")
        || t.formIs(i, ",")
        || t.formIs(i, ";")
        || t.formIs(i, ":")
        || t.formIs(i, "!")
        || t.formIs(i, "?")
        || t.formIs(i, ")");
  }

  /**
   * Whether tokens {@code st..en} are part of a photographer's name in a photo credit: "(", two to
   * four capitalised words holding them, then "/" ("(Amir Cohen/Reuters)", "(Staff Sgt. Jordan
   * Sivayavirojna/U.S. Army via AP)", "(Sergio Lima/AFP via Getty Images)"). A credit naming a body
   * keeps its entities: none of its name part's words is a word of {@code credit_body_words}, a
   * state organ, a name head or a place head ("(Mexico Presidency/Handout via Reuters)", "(U.S.
   * Navy / AFP)").
   */
  private boolean inCreditName(Tokenizer.Tokens t, int st, int en) {
    int open = st - 1;
    while (open >= 0 && open >= st - 4 && (properWord(t, open) || t.formIs(open, "."))) {
      open--;
    }
    if (open < 0 || !t.formIs(open, "(")) {
      return false;
    }
    int slash = en;
    while (slash < t.size && slash < en + 4 && properWord(t, slash)) {
      slash++;
    }
    if (slash >= t.size || !t.formIs(slash, "/")) {
      return false;
    }
    int words = 0;
    for (int i = open + 1; i < slash; i++) {
      if (t.formIs(i, ".")) {
        continue;
      }
      String key = t.key(i);
      if ((i < st || i >= en) && t.allUpper(i) && t.length(i) > 1) {
        return false; // an acronym names a body: "(UNICEF Mozambique/...)", "(EMI Australia/...)"
      }
      if (g.creditBodyWords.contains(key)
          || g.stateOrgans.contains(key)
          || g.nameHeads.contains(key)
          || g.placeHeads.contains(key)) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= 5;
  }

  /**
   * Whether a dateline's agency follows a paragraph's opening place (tokens before {@code en}):
   * "(AP)" right after it or after a comma and up to three capitalised words ("London (AP) --",
   * "Kyiv, Ukraine (AP) --", "Sarajevo, Bosnia-Herzegovina (AP)"); conf: {@code dateline_agencies}.
   */
  private boolean agencyDateline(Tokenizer.Tokens t, int en) {
    int i = en;
    if (i < t.size && t.formIs(i, ",")) {
      i++;
      int words = 0;
      while (i < t.size && words < 4 && (properWord(t, i) || t.formIs(i, "-"))) {
        words += t.formIs(i, "-") ? 0 : 1;
        i++;
      }
      if (words == 0) {
        return false;
      }
    }
    return i + 2 < t.size
        && t.formIs(i, "(")
        && g.datelineAgencies.contains(t.form(i + 1))
        && t.formIs(i + 2, ")");
  }

  /**
   * The punctuation after a dateline's place: "LONDON:", "WASHINGTON (AP) -", "LONDON, ENGLAND".
   */
  private static boolean datelineMark(Tokenizer.Tokens t, int i) {
    return t.formIs(i, ":") || t.formIs(i, "-") || t.formIs(i, "(") || t.formIs(i, ",");
  }

  private boolean honorificBefore(Tokenizer.Tokens t, int st) {
    int i = st - 1;
    if (i >= 1 && t.formIs(i, ".")) {
      i--;
    }
    return i >= 0 && g.honorifics.contains(t.key(i));
  }

  /**
   * An alias right after "<" and followed by "." or ">": a stock ticker such as {@code <UN.AS>}.
   */
  private static boolean tickerAt(Tokenizer.Tokens t, int st, int en) {
    return st > 0
        && en < t.size
        && t.formIs(st - 1, "<")
        && (t.formIs(en, ".") || t.formIs(en, ">") || t.charAt(en, 0) == '.');
  }

  /** Leaders and other people (type {@code person}) share the rules for personal names. */
  static boolean isPerson(String type) {
    return type.equals("leader") || type.equals("person");
  }

  /** Years before a leader's first office in which their bare surname already names them. */
  static final int PUBLIC_LIFE_MARGIN_YEARS = 10;

  /**
   * A country or leader word that is part of a longer proper name of something else: "U.S. Open",
   * "Air France", "Santiago de Cuba", "London Irish", "Naina Yeltsin", "Queen Elizabeth I", "Juan
   * Carlos Pugliese" (a {@code forename} alias before a capitalised word). A demonym followed by a
   * name stays ("American Tom Johnson"), and so does "Bank of Canada". Not applied in ALL-CAPS or
   * Title Case sentences, where every word is capitalised. Titles and organs of the state keep the
   * mention: "Iranian President", "U.S. Treasury".
   */
  private boolean insideLongerName(
      int alias,
      Tokenizer.Tokens t,
      int st,
      int en,
      boolean[] initial,
      boolean[] titleStartsAt,
      boolean[] titleEndsAt,
      boolean[] covered) {
    String type = g.entityType[g.aliasEntity[alias]];
    String kind = g.aliasKind[alias];
    if (isPerson(type)) {
      if (en < t.size && roman(t, en) && !roman(t, en - 1)) {
        return true;
      }
      if ((g.aliasForename[alias] || g.aliasGivenName[alias] && oneSpaceThenWord(t, en))
          && en < t.size
          && properWord(t, en)
          && !titleStartsAt[en]
          && !g.stateOrgans.contains(t.key(en))) {
        return true; // given names, then a surname: "Juan Carlos Pugliese", "Kim Reynolds"
      }
      return kind.equals("surname") && precededByName(t, st, initial, titleEndsAt, covered);
    }
    if (!type.equals("country")) {
      return false;
    }
    if (kind.equals("demonym")
        && en < t.size
        && properWord(t, en)
        && g.nameHeads.contains(t.key(en))) {
      return true; // "American League", "British Masters", "Iraqi National Congress"
    }
    if (!kind.equals("demonym")
        && en < t.size
        && !(t.possessive(en - 1) && !kind.equals("metonym"))
        && properWord(t, en)
        && !covered[en]
        && !titleStartsAt[en]
        && !g.stateOrgans.contains(t.key(en))
        && !(dottedAcronym(t, en - 1) && !g.nameHeads.contains(t.key(en)))) {
      return true; // "U.S. Open", "Air France"'s second half is the other way round, below
    }
    if (precededByName(t, st, initial, titleEndsAt, covered)
        && !acronymAfterCommonWord(t, st, en, initial)) {
      return true; // "Air France", "London Irish"
    }
    int p = st - 1;
    if (p >= 0 && t.keyIs(p, "the")) {
      p--;
    }
    if (p >= 1
        && (t.keyIs(p, "of") || t.keyIs(p, "in"))
        && properWord(t, p - 1)
        && g.ofHeads.contains(t.key(p - 1))) {
      return true; // "Bank of Canada", "Human Rights in China", "Tour of the Netherlands"
    }
    return p >= 1
        && t.length(p) <= 3
        && g.nameConnectors.contains(t.form(p))
        && properWord(t, p - 1)
        && !covered[p - 1];
  }

  /**
   * Whether a country word dropped as part of a longer name heads or is governed by a name head
   * ("Zimbabwe Open", "American League", "Bank of Canada"): such names are kept as mentions flagged
   * with the enclosing name (issue 9). Names a person might carry ("Air France"-like "Neil Jordan",
   * "Jordan Peterson") stay dropped.
   */
  private boolean headedName(Tokenizer.Tokens t, int st, int en) {
    if (en < t.size && properWord(t, en) && g.nameHeads.contains(t.key(en))) {
      return true;
    }
    int p = st - 1;
    if (p >= 0 && t.keyIs(p, "the")) {
      p--;
    }
    return p >= 1
        && (t.keyIs(p, "of") || t.keyIs(p, "in"))
        && properWord(t, p - 1)
        && g.ofHeads.contains(t.key(p - 1));
  }

  /** Words inside a proper name that need not be capitalised ("Bank of Canada"). */
  private static boolean nameConnector(Tokenizer.Tokens t, int i) {
    return t.keyIs(i, "of") || t.keyIs(i, "for") || t.keyIs(i, "the");
  }

  /**
   * The longer proper name around a country word (tokens {@code st..en}): the run of capitalised
   * words, joined by of/for/the, that holds a name head or an organ of the state ("U.S. Senate
   * Banking Committee", "Zimbabwe Open", "Bank of Canada"); null when there is none. At most six
   * words on either side; a sentence opener and a title end the run.
   */
  private String enclosingName(Tokenizer.Tokens t, int st, int en, boolean[] initial) {
    int from = st;
    int to = en;
    boolean head = false;
    for (int steps = 0; to < t.size && steps < 6; steps++) {
      if (properWord(t, to) && !(titleStartsAt[to] && !g.nameHeads.contains(t.key(to)))) {
        head |= headWord(t, to);
        to++;
      } else if (nameConnector(t, to)
          && !t.keyIs(to, "the")
          && to + 1 < t.size
          && properWord(t, to + 1)
          && to > en) {
        to++;
      } else {
        break;
      }
    }
    for (int steps = 0; from > 0 && steps < 6; steps++) {
      int p = from - 1;
      if (properWord(t, p)
          && !(initial[p] && g.openers.contains(t.key(p)))
          && !endsTitle(t, p + 1, titleEndsAt)) {
        head |= headWord(t, p);
        from = p;
      } else if (nameConnector(t, p) && p > 0 && properWord(t, p - 1)) {
        from = p;
      } else if (t.keyIs(p, "the") && p > 0 && nameConnector(t, p - 1)) {
        from = p;
      } else {
        break;
      }
    }
    while (from < st && nameConnector(t, from)) {
      from++;
    }
    if (!head || from == st && to == en) {
      return null;
    }
    return t.text.substring(t.start[from], t.end[to - 1]);
  }

  private boolean headWord(Tokenizer.Tokens t, int i) {
    String k = t.key(i);
    return g.nameHeads.contains(k) || g.ofHeads.contains(k) || g.stateOrgans.contains(k);
  }

  /**
   * A dotted acronym ("U.S.", "U.K."): Reuters capitalises the word after its final period ("U.S.
   * Dlrs", "U.S. Officials"), so only a name head after it ("U.S. Open", "U.S. League") makes it
   * part of a longer name (issue 9: "U.S." recall on Reuters).
   */
  private static boolean dottedAcronym(Tokenizer.Tokens t, int i) {
    int n = t.length(i);
    return n >= 4 && n <= 6 && t.charAt(i, n - 1) == '.' && t.charAt(i, 1) == '.';
  }

  /**
   * A dotted acronym ("U.S.") after a capitalised word whose capital says nothing about a name: the
   * sentence's first word ("Large U.S., British and Japanese banks"), a possessive ("Honda's U.S.
   * unit"), a month, day or compass word ({@code words_before_acronym}: "February U.S. car
   * production", "the Northeastern U.S."), or the word Reuters capitalises after another acronym
   * ("U.K. And U.S. banks"). Names that end in a dotted acronym are rare; these phrases are common
   * (issue 9: "U.S." recall on Reuters).
   */
  private boolean acronymAfterCommonWord(Tokenizer.Tokens t, int st, int en, boolean[] initial) {
    if (en - st != 1 || !dottedAcronym(t, st)) {
      return false;
    }
    int p = st - 1;
    return initial[p]
        || t.possessive(p)
        || g.wordsBeforeAcronym.contains(t.key(p))
        || p >= 1 && dottedAcronym(t, p - 1);
  }

  /** A Roman numeral up to X. */
  private boolean roman(Tokenizer.Tokens t, int i) {
    return t.length(i) <= 4 && g.regnalNumbers.contains(t.form(i));
  }

  /** A capitalised word, itself not a sentence opener, a title or another entity, right before. */
  private boolean precededByName(
      Tokenizer.Tokens t, int st, boolean[] initial, boolean[] titleEndsAt, boolean[] covered) {
    return st > 0
        && !initial[st]
        && properWord(t, st - 1)
        && !covered[st - 1]
        && !(initial[st - 1]
            && g.openers.contains(t.key(st - 1))) // "But Russia", not "Naina Yeltsin"
        && !t.allUpper(st - 1) // not "SKR"
        && !endsTitle(t, st, titleEndsAt);
  }

  /** A capitalised word (not an acronym-free sentence opener: callers check that). */
  /** Whether token {@code i} follows the token before it after one space, not possessive. */
  private static boolean oneSpaceThenWord(Tokenizer.Tokens t, int i) {
    return i > 0
        && i < t.size
        && !t.possessive(i - 1)
        && t.start[i] == t.end[i - 1] + 1
        && t.chars[t.end[i - 1]] == ' ';
  }

  private static boolean properWord(Tokenizer.Tokens t, int i) {
    int n = t.length(i);
    return t.word(i)
        && Character.isUpperCase(t.charAt(i, 0))
        && n > 1
        && !Character.isDigit(t.charAt(i, n - 1));
  }

  /** Whether a title or role phrase ends right before token {@code st} ("President Putin"). */
  private static boolean endsTitle(Tokenizer.Tokens t, int st, boolean[] titleEndsAt) {
    return titleEndsAt[st] || st >= 2 && t.formIs(st - 1, ".") && titleEndsAt[st - 1];
  }

  private static boolean allUpper(Tokenizer.Tokens t, int st, int en) {
    for (int i = st; i < en; i++) {
      if (!t.allUpper(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameForms(int alias, Tokenizer.Tokens t, int st) {
    String[] forms = g.aliasForms[alias];
    for (int i = 0; i < forms.length; i++) {
      if (!t.formIs(st + i, forms[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Another sense of the alias (issue 9, {@code other_senses} in the gazetteer): one of the sense's
   * words within its window of tokens ("loan amounts to be sanctioned"), on the sense's side of the
   * alias (round 12: {@code side}; either side by default) and, for a sense with {@code near_case:
   * lower}, written in lower case ("his dead dog", not "Jim Fox dies"); a word of the sense's
   * {@code unless} list within {@code unless_window} tokens on either side keeps the mention
   * ("Polar bear kills woman"); a near word with a {@code not_across} word between it and the alias
   * does not count ("killed in dog attack"). Sentence boundaries are not checked: the window is a
   * few tokens. Stop 65's {@code near_case: headline} counts a near word in lower case, or in title
   * case in a headline written in title case ({@code titleCase}: "Sperm Whale Dies on Indonesian
   * Island"), where no word is in lower case; one in capitals does not count ("Navy SEAL Killed").
   */
  private boolean otherSense(
      Tokenizer.Tokens t, int alias, int entity, int st, int en, boolean titleCase) {
    if (!g.entityHasSense[entity]) {
      return false;
    }
    Hits hits = senseHits(t, st, en);
    for (int h = 0; h < hits.size; h++) {
      int sense = hits.index[h];
      if (g.senseEntity[sense] != entity
          || g.senseDated[sense] && !inSenseDates(sense)
          || g.senseQuoted[sense] && !betweenQuotes(t, st, en)) {
        continue;
      }
      int w = g.senseWindow[sense];
      if (hits.end[h] <= st - w
          || hits.start[h] >= en + w
          || hits.start[h] < en && hits.end[h] > st) {
        continue;
      }
      byte side = g.senseSide[sense];
      if (side == CompiledGazetteer.SIDE_BEFORE && hits.end[h] > st
          || side == CompiledGazetteer.SIDE_AFTER && hits.start[h] < en) {
        continue;
      }
      byte nearCase = g.senseCase[sense];
      if (nearCase == CompiledGazetteer.NEAR_LOWER && !writtenLower(t, hits.start[h], hits.end[h])
          || nearCase == CompiledGazetteer.NEAR_HEADLINE
              && !writtenLower(t, hits.start[h], hits.end[h])
              && !(titleCase && writtenTitle(t, hits.start[h], hits.end[h]))
          || nearCase == CompiledGazetteer.NEAR_OPENING
              && (!openingTitleCase(t, hits.start[h])
                  || !titleCase && capitalisedWordAt(t, hits.end[h]))) {
        continue;
      }
      if (!senseCovers(sense, alias)
          || !rightAfter(t, sense, st)
          || across(t, sense, hits.start[h], hits.end[h], st, en)
          || unlessNear(t, sense, st, en, hits.start[h], hits.end[h], titleCase)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Stop 70: the article's date lies inside the sense's {@code from}/{@code to}. */
  private boolean inSenseDates(int sense) {
    return senseDay != NO_DAY
        && senseDay >= g.senseFromDay[sense]
        && senseDay < g.senseToDay[sense];
  }

  private boolean senseCovers(int sense, int alias) {
    int[] ids = g.senseAliases[sense];
    if (ids == null) {
      return true;
    }
    for (int id : ids) {
      if (id == alias) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of the sense's {@code unless} list within its {@code unless_window} of the alias, on
   * each side its {@code unless_side} allows no further than a word of its {@code
   * unless_not_across}, and for {@code unless_case: prose} written as prose writes a common word
   * ({@link #proseCase}); not the owner of the near word at token {@code near} ({@link #ownerOf}),
   * nor (stop 81) a word of the near phrase itself, {@code [near, nearEnd)}: "baby" in the animal
   * phrase "baby bison" is no person ("Yellowstone park officials kill baby bison").
   */
  private boolean unlessNear(
      Tokenizer.Tokens t, int sense, int st, int en, int near, int nearEnd, boolean titleCase) {
    Set<String> unless = g.senseUnless.get(sense);
    if (unless.isEmpty()) {
      return false;
    }
    Set<String> stops = g.senseUnlessNotAcross.get(sense);
    int w = g.senseUnlessWindow[sense];
    byte side = g.senseUnlessSide[sense];
    int before = side == CompiledGazetteer.SIDE_AFTER ? 0 : w;
    int after = side == CompiledGazetteer.SIDE_BEFORE ? 0 : w;
    for (int i = st - 1; i >= Math.max(0, st - before) && !stopsAt(stops, t, i); i--) {
      if (unlessWord(t, sense, unless, i, titleCase)
          && !ownerOf(t, i, near, st, en)
          && !inside(i, near, nearEnd)) {
        return true;
      }
    }
    for (int i = en; i < Math.min(t.size, en + after) && !stopsAt(stops, t, i); i++) {
      if (unlessWord(t, sense, unless, i, titleCase)
          && !ownerOf(t, i, near, st, en)
          && !inside(i, near, nearEnd)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code i} lies in the token range {@code [from, to)}. */
  private static boolean inside(int i, int from, int to) {
    return i >= from && i < to;
  }

  /**
   * Stop 75: token {@code i} is a possessive right before the near word at token {@code near}, one
   * word between at most, and not next to the alias {@code [st, en)}: the near thing's owner, not
   * another party ("after it killed hiking couple's dog", "Man's elderly cat is mauled to death").
   * Next to the alias the possessive is the party the term names ("Gilgo Beach murders suspect's
   * cat").
   */
  private static boolean ownerOf(Tokenizer.Tokens t, int i, int near, int st, int en) {
    return t.possessive(i) && near > i && near - i <= 2 && i != en && i != st - 1;
  }

  /**
   * Token {@code i} is one of {@code stops}; a token's key is built only when there are any. A
   * number's digit-group comma ("killing 1,700 fish") is no comma (stop 71).
   */
  private static boolean stopsAt(Set<String> stops, Tokenizer.Tokens t, int i) {
    return !stops.isEmpty() && stops.contains(t.key(i)) && !t.digitGroupComma(i);
  }

  /**
   * Token {@code i} a word of {@code unless}, in the case the sense's {@code unless_case} counts.
   */
  private boolean unlessWord(
      Tokenizer.Tokens t, int sense, Set<String> unless, int i, boolean titleCase) {
    return t.word(i)
        && unless.contains(t.key(i))
        && (!g.senseUnlessProse[sense] || proseCase(t, i, titleCase));
  }

  /**
   * Stop 66: token {@code i} written as prose writes a common word: in lower case or in capitals,
   * capitalised where a sentence opens ({@link #initial}, as round 47's {@code case: prose} reads
   * an alias), or in a headline written in title case. A capitalised word inside a sentence is part
   * of a name ("the elephant Man Jai").
   */
  private boolean proseCase(Tokenizer.Tokens t, int i, boolean titleCase) {
    return !Character.isUpperCase(t.charAt(i, 0)) || t.allUpper(i) || titleCase || initial[i];
  }

  /**
   * Stop 67: the alias at token {@code st} stands right after a word of the sense's {@code
   * right_after} list, a quotation mark between skipped ("GOP in 'civil war'"); true for a sense
   * without one.
   */
  private boolean rightAfter(Tokenizer.Tokens t, int sense, int st) {
    Set<String> words = g.senseRightAfter.get(sense);
    if (words.isEmpty()) {
      return true;
    }
    int i = st - 1;
    while (i >= 0 && !t.word(i) && QUOTE_MARKS.contains(t.key(i))) {
      i--;
    }
    return i >= 0 && words.contains(t.key(i));
  }

  private static final Set<String> QUOTE_MARKS = Set.of("'", "\"", "\u2018", "\u201c");

  /**
   * Stop 75 ({@code quoted: true}): the alias's tokens {@code [st, en)} stand between quotation
   * marks, one right before the first and one right after the last ("calling GOP colleagues
   * 'terrorists'"), as {@link Tokenizer#normalise} reads them. Read on the text, since a closing
   * {@code '} after an "s" is no token.
   */
  private static boolean betweenQuotes(Tokenizer.Tokens t, int st, int en) {
    int from = t.start[st];
    int to = t.end[en - 1];
    return from > 0
        && to < t.text.length()
        && quoteMark(t.text.charAt(from - 1))
        && quoteMark(t.text.charAt(to));
  }

  private static boolean quoteMark(char c) {
    char n = Tokenizer.normalise(c);
    return n == '\'' || n == '"';
  }

  /**
   * A {@code not_across} word between the near word {@code [ns, ne)} and the alias; a number's
   * digit-group comma is none (stop 71: "killing 1,700 fish"), nor (stop 79) a word of a quantifier
   * phrase ("killing at least six kittens", "to kill as many cats as possible").
   */
  private boolean across(Tokenizer.Tokens t, int sense, int ns, int ne, int st, int en) {
    Set<String> words = g.senseNotAcross.get(sense);
    if (words.isEmpty()) {
      return false;
    }
    for (int i = Math.min(ne, en); i < Math.max(ns, st); i++) {
      if (words.contains(t.key(i)) && !t.digitGroupComma(i) && !inQuantifier(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code i} is a word of a {@code sense_quantifiers} phrase ("at least", "as many as"). */
  private boolean inQuantifier(Tokenizer.Tokens t, int i) {
    for (String[] q : g.senseQuantifiers) {
      for (int o = 0; o < q.length; o++) {
        if (wordsAt(t, i - o, q)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The phrase {@code words} (lower-case keys) lies in {@code t} from token {@code from}. */
  private static boolean wordsAt(Tokenizer.Tokens t, int from, String[] words) {
    if (from < 0 || from + words.length > t.size) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.keyIs(from + k, words[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stop 62 ({@code near_case: opening}): the near word is the first word of its segment, written
   * with a capital and the rest in lower case ("Zebra shot dead by police"; not "SEAL", not "Fox"
   * inside a sentence). A segment is a headline or a paragraph, so a headline's subject. Stop 74:
   * or the first word after a colon, a headline's subject after its kicker ("Marine commission:
   * Whale deaths not linked to wind prep work").
   */
  private static boolean openingTitleCase(Tokenizer.Tokens t, int st) {
    if (!Character.isUpperCase(t.charAt(st, 0)) || t.allUpper(st)) {
      return false;
    }
    for (int i = st - 1; i >= 0; i--) { // back over the marks before it, to a colon or a word
      if (t.word(i)) {
        return false;
      }
      if (t.key(i).equals(":")) {
        return true;
      }
    }
    return true;
  }

  /**
   * Stop 74: token {@code i} is a word written with a capital. After an opening word in a sentence
   * not written in title case it makes the two one name ("Fox News host dies at 70"), not an
   * animal; in a title-case headline every word has one ("Whale Found Dead").
   */
  private static boolean capitalisedWordAt(Tokenizer.Tokens t, int i) {
    return i < t.size && t.word(i) && Character.isUpperCase(t.charAt(i, 0));
  }

  /** Every token of {@code [st, en)} a capital and then lower case ("Whale", not "SEAL"). */
  private static boolean writtenTitle(Tokenizer.Tokens t, int st, int en) {
    for (int i = st; i < en; i++) {
      if (!Character.isUpperCase(t.charAt(i, 0))) {
        return false;
      }
      for (int k = 1; k < t.length(i); k++) {
        if (Character.isUpperCase(t.charAt(i, k))) {
          return false;
        }
      }
    }
    return true;
  }

  /** No token of {@code [st, en)} starts with an upper-case letter ("dog", not "Fox", "SEAL"). */
  private static boolean writtenLower(Tokenizer.Tokens t, int st, int en) {
    for (int i = st; i < en; i++) {
      if (Character.isUpperCase(t.charAt(i, 0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A country word that is also a given name ({@code given_names}: Jordan, Chad, Georgia, Finn)
   * used as a person's name (issue 9, person-name contexts as data in {@code annotate-words.yaml}):
   * a word of {@code person_before} right before it ("striker Jordan", "Mrs Georgia"); a phrase of
   * {@code person_after} right after it ("Jordan, who scored", "Jordan's wife"); or followed by a
   * capitalised surname that is no entity, title, organ of the state, name head or place head
   * ("Jordan Henderson", "Finn Russell"; not "Jordan Valley", "Jordan Times").
   */
  private boolean personContext(
      Tokenizer.Tokens t,
      int st,
      int en,
      boolean[] initial,
      boolean[] titleStartsAt,
      boolean[] covered) {
    if (en - st != 1 || !g.givenNames.contains(t.key(st))) {
      return false; // nobody is called Russia: only country words that are given names
    }
    int p = st - 1;
    if (p >= 1 && t.formIs(p, ".")) {
      p--;
    }
    if (p >= 0 && t.word(p) && g.personBefore.contains(t.key(p))) {
      return true;
    }
    for (String[] phrase : g.personAfter) {
      if (phrase[0].equals("'s") != t.possessive(en - 1)) {
        continue;
      }
      boolean match = en + phrase.length - 1 <= t.size;
      for (int i = 1; match && i < phrase.length; i++) {
        match = t.keyIs(en + i - 1, phrase[i]);
      }
      if (match) {
        return true;
      }
    }
    if (en >= t.size) {
      return false;
    }
    String next = t.key(en);
    return properWord(t, en)
        && !t.possessive(st)
        && !initial[en]
        && !covered[en]
        && !titleStartsAt[en]
        && !t.allUpper(en)
        && !g.stateOrgans.contains(next)
        && !g.nameHeads.contains(next)
        && !g.placeHeads.contains(next)
        && !g.openers.contains(next);
  }

  /**
   * A text's exclusion hits ("New China News Agency" for China) by entity, so that whether one
   * covers a span is a lookup, not a pass over every hit (a paragraph of thousands of names took
   * seconds per thousand).
   */
  private static final class Exclusions {
    private final Map<Integer, int[][]> byEntity = new HashMap<>(); // {starts, reach} by start

    Exclusions(Hits hits) {
      Map<Integer, List<int[]>> spans = null;
      for (int h = 0; h < hits.size; h++) {
        if (hits.type[h] == CompiledGazetteer.OUT_EXCLUDE) {
          spans = spans == null ? new HashMap<>() : spans;
          spans
              .computeIfAbsent(hits.index[h], e -> new ArrayList<>())
              .add(new int[] {hits.start[h], hits.end[h]});
        }
      }
      if (spans == null) {
        return;
      }
      spans.forEach(
          (entity, list) -> {
            list.sort(Comparator.comparingInt(span -> span[0]));
            int[] starts = new int[list.size()];
            int[] reach = new int[list.size()]; // the largest end of spans [0..k]
            for (int k = 0; k < starts.length; k++) {
              starts[k] = list.get(k)[0];
              reach[k] = Math.max(k > 0 ? reach[k - 1] : 0, list.get(k)[1]);
            }
            byEntity.put(entity, new int[][] {starts, reach});
          });
    }

    /** Whether an exclusion of the entity covers tokens [st, en). */
    boolean cover(int entity, int st, int en) {
      int[][] e = byEntity.get(entity);
      if (e == null) {
        return false;
      }
      int after = firstWhere(e[0].length, k -> e[0][k] > st); // spans [0, after) start by st
      return after > 0 && e[1][after - 1] >= en;
    }
  }

  /**
   * Per sentence, computed on first use (only sentences holding an alias hit are asked): ALL-CAPS
   * (Reuters headlines: most words of two or more letters are upper case) and Title Case (most
   * words of four or more letters start upper-case).
   */
  private static final class SentenceKinds {
    private static final byte DONE = 1;
    private static final byte CAPS = 2;
    private static final byte TITLE = 4;
    private static final byte PROSE = 8;

    private final Tokenizer.Tokens t;
    private final int[] firstToken;
    private final byte[] kind;

    SentenceKinds(Tokenizer.Tokens t, int[] firstToken) {
      this.t = t;
      this.firstToken = firstToken;
      this.kind = new byte[firstToken.length - 1];
    }

    boolean caps(int sentence) {
      return (of(sentence) & CAPS) != 0;
    }

    boolean titleCase(int sentence) {
      return (of(sentence) & TITLE) != 0;
    }

    /**
     * Ordinary prose (round 47, {@code case: prose}): not ALL CAPS, at least three words of four
     * letters or more, fewer than 70% of them capitalised. A short sentence ("Why Was Gandhi
     * Killed?") or a headline run into a sentence ("The post Expat Killed in Horrific Road Accident
     * in Saudi Arabia appeared first on ...") is not judged prose.
     */
    boolean prose(int sentence) {
      return (of(sentence) & PROSE) != 0;
    }

    private byte of(int sentence) {
      byte k = kind[sentence];
      if (k != 0) {
        return k;
      }
      int words = 0;
      int upper = 0;
      int longWords = 0;
      int capital = 0;
      for (int i = firstToken[sentence]; i < firstToken[sentence + 1]; i++) {
        int n = t.length(i);
        if (!t.word(i) || n < 2) {
          continue;
        }
        char first = t.charAt(i, 0);
        if (!Character.isLetter(first)) {
          continue;
        }
        words++;
        if (t.allUpper(i)) {
          upper++;
        }
        if (n >= 4) {
          longWords++;
          if (Character.isUpperCase(first)) {
            capital++;
          }
        }
      }
      k = DONE;
      if (words >= 2 && upper * 10 >= words * 7) {
        k |= CAPS;
      }
      if (longWords >= 3 && capital * 10 >= longWords * 8) {
        k |= TITLE;
      }
      if ((k & CAPS) == 0 && longWords >= 3 && capital * 10 < longWords * 7) {
        k |= PROSE;
      }
      kind[sentence] = k;
      return k;
    }
  }

  /**
   * "the Iranian president", "Iran's president", "US President", "President of Iran": a role phrase
   * next to a country, resolved to whoever held the role on the article's date.
   */
  private List<Candidate> roleCandidates(
      int s,
      Tokenizer.Tokens t,
      Hits hits,
      List<Candidate> aliases,
      LocalDate date,
      SentenceKinds kinds,
      int[] sentenceOfToken) {
    List<Candidate> roles = new ArrayList<>();
    if (date == null) {
      return roles;
    }
    // the countries by their first and past-the-end token, and the people's first tokens: a long
    // paragraph of roles and names costs a lookup per role, not a pass over every candidate
    boolean anyRole = false;
    for (int h = 0; h < hits.size && !anyRole; h++) {
      anyRole = hits.type[h] == CompiledGazetteer.OUT_ROLE;
    }
    if (!anyRole) {
      return roles;
    }
    Map<Integer, List<Integer>> countryAt = new HashMap<>();
    Set<Integer> nameStarts = new HashSet<>();
    for (int i = 0; i < aliases.size(); i++) {
      Candidate c = aliases.get(i);
      if (g.entityType[c.entity].equals("country") && COUNTRY_ROLE_KINDS.contains(c.kind)) {
        countryAt.computeIfAbsent(c.startToken, k -> new ArrayList<>()).add(i);
        countryAt.computeIfAbsent(c.endToken, k -> new ArrayList<>()).add(i);
      } else if (isPerson(g.entityType[c.entity])) {
        nameStarts.add(c.startToken);
      }
    }
    List<int[]> officePhrases = new ArrayList<>();
    List<int[]> rolePhrases = new ArrayList<>(); // the role phrase of each of roles
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] != CompiledGazetteer.OUT_ROLE) {
        continue;
      }
      int st = hits.start[h];
      int en = hits.end[h];
      String roleId = g.roleIds[hits.index[h]];
      // in the order of aliases, as a pass over them would meet them
      TreeSet<Integer> near = new TreeSet<>();
      for (int token : new int[] {st, en + 1, en + 2}) {
        near.addAll(countryAt.getOrDefault(token, List.of()));
      }
      for (int i : near) {
        Candidate country = aliases.get(i);
        int from;
        int to;
        int after;
        if (country.endToken == st) {
          from = country.startToken;
          to = en;
          after = en;
        } else if (en < t.size
            && t.keyIs(en, "of")
            && !country.kind.equals("demonym")
            && (country.startToken == en + 1
                || country.startToken == en + 2 && t.keyIs(en + 1, "the"))
            && !(t.possessive(country.endToken - 1)
                && country.endToken < t.size
                && properWord(t, country.endToken))) {
          // not "the president of France's Assemblée Nationale": the head of something else
          from = st;
          to = country.endToken;
          after = country.endToken; // checked for another person's name only (namesOther)
        } else {
          continue;
        }
        if (country.endToken == st && nameStarts.contains(after)) {
          continue; // "Iranian President Ebrahim Raisi": the name is the mention
        }
        int end = Math.max(to, en);
        if (notHolderBefore(t, from, end)
            || end < t.size && g.roleNotHolderAfter.contains(t.key(end))) {
          // "a candidate for US president", "Thai PM frontrunner": the office; so is a role
          // phrase inside its phrase ("Mike Pence was Vice President of the United States")
          officePhrases.add(new int[] {st, en});
          continue;
        }
        boolean former = formerBefore(t, from);
        int[] holders =
            former
                ? g.latestFormerHolder(roleId, g.entityId[country.entity], date)
                : g.holdersOn(roleId, g.entityId[country.entity], date);
        for (int leader : holders) {
          if (namesOther(t, after, leader, kinds, sentenceOfToken)) {
            // "former US Secretary of State Henry Kissinger", "the president of the Comoros
            // Football Association": not the holder
            continue;
          }
          roles.add(new Candidate(s, from, to, leader, "role"));
          rolePhrases.add(new int[] {st, en});
        }
      }
    }
    if (officePhrases.isEmpty()) {
      return roles;
    }
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      int[] phrase = rolePhrases.get(i);
      boolean inside =
          officePhrases.stream()
              .anyMatch(
                  o ->
                      o[0] <= phrase[0]
                          && phrase[1] <= o[1]
                          && o[1] - o[0] > phrase[1] - phrase[0]);
      if (!inside) {
        kept.add(roles.get(i));
      }
    }
    return kept;
  }

  /**
   * Whether the words right after a role phrase name someone other than {@code holder}: a
   * capitalised word in a prose sentence, or a given name ({@code given_names}) in any sentence,
   * then up to two more capitalised words, none of them a word of the holder's names ("Haiti
   * president Jovenel Moïse" in 2023, "then-US President Richard Nixon"). A misspelt name still
   * names the holder ({@link CompiledGazetteer#nameWord}); a weekday or a month after the role
   * ("New Zealand's prime minister Tuesday") is no name, nor is what a possessive role owns ("The
   * French president's TikTok account").
   */
  private boolean namesOther(
      Tokenizer.Tokens t, int after, int holder, SentenceKinds kinds, int[] sentenceOfToken) {
    if (after >= t.size
        || t.possessive(after - 1)
        || !properWord(t, after)
        || t.allUpper(after)
        || g.wordsBeforeAcronym.contains(t.key(after))
        || !(kinds.prose(sentenceOfToken[after]) || g.givenNames.contains(t.key(after)))) {
      return false;
    }
    for (int i = after; i < Math.min(t.size, after + 3) && properWord(t, i); i++) {
      if (g.nameWord(holder, t.key(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word of {@code role_not_holder_before} right before the role phrase {@code [from, end)}, a
   * hyphen between them allowed ("a candidate for US president", "the then-US president", "when
   * Donald Trump was US president"): the office or a holder of another time. Not before a
   * possessive role, which names the holder ("Visit was Chinese president's second").
   */
  private boolean notHolderBefore(Tokenizer.Tokens t, int from, int end) {
    int i = wordBeforeRole(t, from);
    return i >= 0 && g.roleNotHolderBefore.contains(t.key(i)) && !t.possessive(end - 1);
  }

  /** "the former US president", "ex-US president": a word of {@code former_before} before it. */
  private boolean formerBefore(Tokenizer.Tokens t, int from) {
    int i = wordBeforeRole(t, from);
    return i >= 0 && g.formerBefore.contains(t.key(i));
  }

  /** The token before a role phrase starting at {@code from}, past a hyphen ("ex-US"), or -1. */
  private static int wordBeforeRole(Tokenizer.Tokens t, int from) {
    int i = from - 1;
    return i >= 0 && t.formIs(i, "-") ? i - 1 : i;
  }

  /**
   * A paragraph's candidates (in order of their first char) and how far they reach: the quote
   * analysis asks, for each quoted mention, which candidates lie in a speaker text or a name, and a
   * pass over all of them each time made a paragraph of thousands of quoted names quadratic
   * (minutes for one hostile record).
   */
  private static final class Located extends AbstractList<Candidate> {
    private final List<Candidate> cs;
    private final int[] reach; // the largest charEnd of cs[0..k]; null if not in order

    Located(List<Candidate> cs) {
      this.cs = cs;
      int[] reach = new int[cs.size()];
      for (int k = 0; k < reach.length && reach != null; k++) {
        Candidate c = cs.get(k);
        if (k > 0 && c.charStart < cs.get(k - 1).charStart) {
          reach = null;
        } else {
          reach[k] = Math.max(k > 0 ? reach[k - 1] : Integer.MIN_VALUE, c.charEnd);
        }
      }
      this.reach = reach;
    }

    @Override
    public Candidate get(int index) {
      return cs.get(index);
    }

    @Override
    public int size() {
      return cs.size();
    }

    /** In order, every candidate overlapping chars [from, to), with some that do not. */
    List<Candidate> near(int from, int to) {
      if (reach == null) {
        return cs;
      }
      int first = firstWhere(reach.length, k -> reach[k] > from);
      int end = firstWhere(reach.length, k -> cs.get(k).charStart >= to);
      return cs.subList(first, Math.max(first, end));
    }
  }

  /** The candidates of {@code cs} that may overlap chars [from, to): all unless it is located. */
  private static List<Candidate> near(List<Candidate> cs, int from, int to) {
    return cs instanceof Located located ? located.near(from, to) : cs;
  }

  /**
   * Which of the quotation spans holds chars [from, to), or -1. {@link Quotes#spans} pairs them
   * apart and in order (a single quotation mark is read only outside a double quotation).
   */
  static int spanAround(List<int[]> spans, int from, int to) {
    int after = firstWhere(spans.size(), q -> spans.get(q)[0] > from); // opens after from
    return after > 0 && to <= spans.get(after - 1)[1] ? after - 1 : -1;
  }

  /**
   * The first of {@code 0..n-1} that {@code holds} for, or {@code n}; {@code holds} is false up to
   * some index and true from there on (a binary search).
   */
  static int firstWhere(int n, java.util.function.IntPredicate holds) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (holds.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Alias kinds from the most literal reading of a surface to the least; also which of several
   * entities sharing an alias without context rules gets it ({@link #resolveByContext}).
   */
  static final List<String> KIND_ORDER =
      List.of("name", "alias", "acronym", "role", "surname", "demonym", "metonym", "variant");

  /**
   * Issue 9, disambiguation as data: candidates from aliases with context rules ({@link
   * ContextRule}) at one span compete; a unique best score of one or more keeps that entity, else
   * one candidate stays, reported as ambiguous with every candidate id. The context: the outlet's
   * country, the countries the article names most and the entities it names (both by mentions
   * needing no context), its words and its date.
   *
   * <p>One span, one reading: alias candidates of several entities left over the same tokens by
   * every other rule compete too. With a context rule among them, an alias without one scores 0 (no
   * signal for it): a unique best score of one or more wins, else one mention is reported
   * ambiguous. Without any, the alias's kind decides, a literal reading before a figurative one
   * ({@link #KIND_ORDER}: "Jerusalem" is the city's name and Israel's metonym, so it is the city),
   * and equal kinds give one mention reported ambiguous ("Channel Islander": Guernsey's and
   * Jersey's demonym). They gave one mention per entity before. Not among people only: leaders and
   * persons sharing a surname ("Clinton", "Khan") are left to the people's own rules (dates of
   * office, the name in full, titles), which keep each person they cannot rule out, as before.
   * Terms are another layer, the words an article uses rather than what it names: a term may share
   * its span with an actor ("Hamas", the organisation and a term family); terms compete among
   * themselves.
   */
  private void resolveByContext(
      List<Candidate> all,
      List<Segment> segments,
      LocalDate date,
      String source,
      ArticleSections sections) {
    boolean contested = false;
    boolean anyRule = false;
    firstAtSpan.clear();
    for (Candidate c : all) {
      if (c.alias < 0) {
        continue; // a role phrase names whoever holds the office on the date
      }
      boolean rule = g.aliasRule[c.alias] != null;
      anyRule |= rule;
      Candidate first = firstAtSpan.putIfAbsent(spanKey(c), c);
      contested |= rule || first != null && first.entity != c.entity;
    }
    if (!contested) {
      return;
    }
    java.util.Map<Long, List<Candidate>> bySpan = new java.util.LinkedHashMap<>();
    for (Candidate c : all) {
      if (c.alias >= 0) {
        bySpan.computeIfAbsent(spanKey(c), k -> new ArrayList<>(2)).add(c);
      }
    }
    ContextRule.Context context = anyRule ? context(all, segments, date, source, sections) : null;
    Set<Candidate> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // an alias named several times in the article ("Congress") scores the same each time, and
    // scoring may search the article's words for every cue
    java.util.Map<ContextRule, Integer> scores = new java.util.IdentityHashMap<>();
    for (List<Candidate> group : bySpan.values()) {
      boolean ruled = group.stream().anyMatch(c -> g.aliasRule[c.alias] != null);
      if (group.stream().allMatch(c -> isPerson(g.entityType[c.entity]))) {
        // people: only the candidates with context rules compete here (the person rules did the
        // rest)
        group = group.stream().filter(c -> g.aliasRule[c.alias] != null).toList();
        if (group.isEmpty()) {
          continue;
        }
      } else if (!ruled) {
        if (group.stream().mapToInt(c -> c.entity).distinct().count() < 2) {
          continue; // one reading, needing no context
        }
        // no context rule: the first kind wins (a name before a metonym); a tie stays ambiguous
        int first = group.stream().mapToInt(c -> kindRank(c.kind)).min().getAsInt();
        List<Candidate> contenders = new ArrayList<>();
        for (Candidate c : group) {
          if (kindRank(c.kind) == first) {
            contenders.add(c);
          } else {
            drop.add(c);
          }
        }
        if (contenders.stream().mapToInt(c -> c.entity).distinct().count() < 2) {
          continue;
        }
        group = contenders;
      }
      Candidate best = null;
      int bestScore = 0;
      boolean tie = false;
      Set<String> ids = new TreeSet<>();
      Set<String> types = new TreeSet<>();
      for (Candidate c : group) {
        ContextRule rule = g.aliasRule[c.alias];
        int score = rule == null ? 0 : scores.computeIfAbsent(rule, r -> r.score(context));
        if (score < 0) {
          drop.add(c); // outside the alias's dates
          continue;
        }
        if (c.ambiguousCandidates != null) { // a namesake's surname: unresolved already
          ids.addAll(List.of(c.ambiguousCandidates.split("\\|")));
          types.add(c.ambiguousType);
        } else {
          ids.add(g.entityId[c.entity]);
          types.add(g.entityType[c.entity]);
        }
        if (score > bestScore) {
          best = c;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score > 0) {
          tie = true;
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      if (best != null && !tie) {
        for (Candidate c : group) {
          if (c != best) {
            drop.add(c);
          }
        }
        continue;
      }
      Candidate keep = null;
      for (Candidate c : group) {
        if (drop.contains(c)) {
          continue;
        }
        if (keep == null) {
          keep = c;
        } else {
          drop.add(c);
        }
      }
      keep.ambiguousCandidates = String.join("|", ids);
      keep.ambiguousType = types.size() == 1 ? types.iterator().next() : "ambiguous";
    }
    all.removeIf(drop::contains);
  }

  /** The place of an alias kind in {@link #KIND_ORDER}; an unknown one last. */
  static int kindRank(String kind) {
    int rank = KIND_ORDER.indexOf(kind);
    return rank < 0 ? KIND_ORDER.size() : rank;
  }

  /** The first alias candidate at each span of the article ({@link #resolveByContext}). */
  private final java.util.Map<Long, Candidate> firstAtSpan = new HashMap<>();

  /** A candidate's tokens and layer (terms, or the actors they are not) as one key. */
  private long spanKey(Candidate c) {
    boolean term = g.entityType[c.entity].equals("term");
    return ((long) c.segment << 41)
        | ((long) c.startToken << 21)
        | ((long) c.endToken << 1)
        | (term ? 1 : 0);
  }

  /** What the context rules of {@link #resolveByContext} look at in this article. */
  private ContextRule.Context context(
      List<Candidate> all,
      List<Segment> segments,
      LocalDate date,
      String source,
      ArticleSections sections) {
    java.util.Map<String, Integer> countryCounts = new java.util.HashMap<>();
    Set<String> entities = new HashSet<>();
    for (Candidate c : all) {
      if (c.alias >= 0 && g.aliasRule[c.alias] != null) {
        continue;
      }
      entities.add(g.entityId[c.entity]);
      if (g.entityType[c.entity].equals("country")) {
        countryCounts.merge(g.entityId[c.entity], 1, Integer::sum);
      }
    }
    int most = countryCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> top = new HashSet<>();
    countryCounts.forEach(
        (k, v) -> {
          if (v == most) {
            top.add(k);
          }
        });
    String[] words = articleWords(segments);
    return new ContextRule.Context(
        g.outletCountry(source), top, entities, words[0], words[1], date, sections);
  }

  /**
   * The article's words as written and as lower-case keys, each string padded by spaces (" form
   * form ", " key key "), for phrases made by {@link ContextRule#padded}.
   */
  private String[] articleWords(List<Segment> segments) {
    StringBuilder forms = new StringBuilder(" ");
    StringBuilder keys = new StringBuilder(" ");
    for (Segment seg : segments) {
      Tokenizer.Tokens t = Tokenizer.tokenize(seg.text(), tokens); // the scan is done with them
      for (int i = 0; i < t.size; i++) {
        t.appendForm(forms, i);
        forms.append(' ');
        t.appendKey(keys, i);
        keys.append(' ');
      }
    }
    return new String[] {forms.toString(), keys.toString()};
  }

  /**
   * Stop 65: the terms of a plot's violence in a review of a work of fiction on the arts pages are
   * reported ambiguous (candidates: the term and {@code fiction}), not counted. The article is in
   * one of {@code fiction_review_sections} and its URL's own slug has one of {@code
   * fiction_review_page_words}, or its headline says it is a review ({@link #reviewHeadline}); its
   * words hold one of {@code fiction_words} and none of {@code fiction_fact_words} (a documentary,
   * memoir or history tells what happened; not inside a phrase of {@code fiction_fact_exceptions},
   * a plot's "family history"); the term is of {@code fiction_term_families} and not dated ({@link
   * #dated}: "who died in 2019" is a real person). "A murder investigation leads a retired
   * policeman to confront his past" in a review of a novel; a thriller's hostages.
   */
  private void markFiction(List<Candidate> all, List<Segment> segments, ArticleSections sections) {
    boolean anyTerm = false;
    for (Candidate c : all) {
      anyTerm |= fictionFamily(c);
    }
    if (!anyTerm || !(reviewPage(sections) || reviewHeadline(segments))) {
      return;
    }
    String keys = articleWords(segments)[1];
    for (String phrase : g.fictionFactExceptions) {
      keys = keys.replace(phrase, " ");
    }
    if (!containsAny(keys, g.fictionWords) || containsAny(keys, g.fictionFactWords)) {
      return;
    }
    markTerms(
        all,
        segments,
        this::fictionFamily,
        (t, c) -> !dated(t, c.startToken, c.endToken),
        "fiction");
  }

  /** A review on the arts pages: one of its sections and one of its slug's words say so. */
  private boolean reviewPage(ArticleSections sections) {
    return !java.util.Collections.disjoint(sections.pageWords(), g.fictionReviewPageWords)
        && !java.util.Collections.disjoint(sections.slugs(), g.fictionReviewSections);
  }

  /**
   * Stop 76: a review whose headline says so wherever it is filed ({@code
   * fiction_review_headlines}: "'Black Sands' Review: ...", a column's "Mysteries: ..."), as the
   * Wall Street Journal's in its news feeds, whose links name no section. Both sides are read
   * through {@link Tokenizer#normaliseLower}, so one phrase covers straight and curly quotes.
   */
  private boolean reviewHeadline(List<Segment> segments) {
    for (Segment seg : segments) {
      if (seg.field().equals("title")) {
        String headline = Tokenizer.normaliseLower(seg.text());
        for (String phrase : g.fictionReviewHeadlines) {
          if (headline.contains(phrase)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Stop 73: a term written capitalised inside the title of the work a page on the arts pages is
   * about, as the page's own slug names it ("Wings of War presents itself as the story of a single
   * fighter plane" on {@code books/.../wings-of-war-review-...}), is the title, reported ambiguous
   * (candidates: the term and {@code title}), not counted. The page is in one of {@code
   * work_title_sections}; the mention is outside the headline (which the slug always repeats); the
   * alias's words, and the word right before or right after it, are all words of the slug; the
   * term's own name is not capitalised (the Holocaust is written so in every sentence).
   */
  private void markWorkTitles(
      List<Candidate> all, List<Segment> segments, ArticleSections sections) {
    // the URL is parsed only for an article with a term the rule could reach, as markFiction does
    if (all.stream().noneMatch(c -> titleCandidate(c, segments))
        || java.util.Collections.disjoint(sections.slugs(), g.workTitleSections)) {
      return;
    }
    Set<String> slug = sections.pageWords();
    markTerms(
        all,
        segments,
        c -> titleCandidate(c, segments),
        (t, c) ->
            writtenTitle(t, c.startToken, c.startToken + 1)
                && wordsIn(t, c.startToken, c.endToken, slug)
                && (wordsIn(t, c.startToken - 1, c.startToken, slug)
                    || wordsIn(t, c.endToken, c.endToken + 1, slug)),
        "title");
  }

  /**
   * Stop 77: a term of {@code lone_quote_term_families} whose alias stands alone between quotation
   * marks ({@link #betweenQuotes}: "Republicans claim there is a 'war' at the southern border",
   * "India's cartographic 'invasion' of its neighbors") is a word someone used, nearly always as a
   * figure, reported ambiguous (candidates: the term and {@code quoted}), not counted. A quoted
   * phrase the alias is only part of keeps it ("the 'war on terror'", "Russia's 'war of
   * attrition'"). Stop 79: a term its own context rule left ambiguous (no cue in the article, its
   * only candidate itself) takes the marker too, the more telling reason.
   */
  private void markLoneQuoted(List<Candidate> all, List<Segment> segments) {
    markTerms(
        all,
        segments,
        c ->
            (resolvedTerm(c) || ownContextUnresolved(c))
                && g.loneQuoteTermFamilies.contains(g.entityId[c.entity]),
        (t, c) -> betweenQuotes(t, c.startToken, c.endToken),
        "quoted");
  }

  /**
   * Reports ambiguous, with the candidates {@code <term>|<marker>}, each candidate {@code reaches}
   * admits and whose segment's tokens {@code marks} holds: the article-level term passes (a
   * fiction's plot, a work's title, a lone quoted word). A segment is tokenized again only when the
   * candidate's segment changes, into the finder's one token buffer.
   */
  private void markTerms(
      List<Candidate> all,
      List<Segment> segments,
      java.util.function.Predicate<Candidate> reaches,
      java.util.function.BiPredicate<Tokenizer.Tokens, Candidate> marks,
      String marker) {
    int tokenized = -1;
    Tokenizer.Tokens t = null;
    for (Candidate c : all) {
      if (!reaches.test(c)) {
        continue;
      }
      if (c.segment != tokenized) {
        t = Tokenizer.tokenize(segments.get(c.segment).text(), tokens);
        tokenized = c.segment;
      }
      if (marks.test(t, c)) {
        c.ambiguousCandidates = g.entityId[c.entity] + "|" + marker;
        c.ambiguousType = "term";
      }
    }
  }

  /**
   * A resolved term outside the headline whose own name is not capitalised: the mentions {@link
   * #markWorkTitles} reads.
   */
  private boolean titleCandidate(Candidate c, List<Segment> segments) {
    return resolvedTerm(c)
        && !Character.isUpperCase(g.entityName[c.entity].charAt(0))
        && !segments.get(c.segment).field().equals("title");
  }

  /** Tokens {@code [from, to)} are all words, in range, and their keys all in {@code words}. */
  private static boolean wordsIn(Tokenizer.Tokens t, int from, int to, Set<String> words) {
    if (from < 0 || to > t.size || from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!t.word(i) || !words.contains(t.key(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean fictionFamily(Candidate c) {
    return resolvedTerm(c) && g.fictionTermFamilies.contains(g.entityId[c.entity]);
  }

  /** A term mention no earlier rule has reported ambiguous: what the article-level passes read. */
  private boolean resolvedTerm(Candidate c) {
    return c.ambiguousCandidates == null && g.entityType[c.entity].equals("term");
  }

  /**
   * A term mention its own {@code when} rule left ambiguous, with itself as its only candidate
   * ("invasion" in an article with no cue of arms).
   */
  private boolean ownContextUnresolved(Candidate c) {
    return g.entityType[c.entity].equals("term")
        && g.entityId[c.entity].equals(c.ambiguousCandidates);
  }

  /**
   * Whether a year (a number from 1500 to 2099) or a word of {@code fiction_dated_words} is within
   * ten tokens of tokens {@code [start, end)}, in the same sentence (no ".", "?" or "!" between).
   */
  private boolean dated(Tokenizer.Tokens t, int start, int end) {
    for (int i = start - 1; i >= Math.max(0, start - 10) && !sentenceEnd(t, i); i--) {
      if (datedWord(t, i)) {
        return true;
      }
    }
    for (int i = end; i < Math.min(t.size, end + 10) && !sentenceEnd(t, i); i++) {
      if (datedWord(t, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceEnd(Tokenizer.Tokens t, int i) {
    return !t.word(i) && (t.formIs(i, ".") || t.formIs(i, "?") || t.formIs(i, "!"));
  }

  private boolean datedWord(Tokenizer.Tokens t, int i) {
    if (t.length(i) == 4 && Character.isDigit(t.charAt(i, 0))) {
      String k = t.key(i);
      if (k.chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(k);
        return year >= 1500 && year <= 2099;
      }
    }
    return g.fictionDatedWords.contains(t.key(i));
  }

  private static boolean containsAny(String words, String[] phrases) {
    for (String p : phrases) {
      if (words.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Longest first, then by start, as written first, then by {@link #KIND_ORDER}. */
  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.<Candidate>comparingInt(c -> -c.length())
          .thenComparingInt(c -> c.startToken)
          .thenComparing(c -> !c.asWritten)
          .thenComparingInt(c -> KIND_ORDER.indexOf(c.kind));

  /**
   * Of candidates sorted {@link #LONGEST_FIRST}, those that no candidate of their type ({@link
   * #sameLayer}) kept before overlaps (one over the same tokens may stay, for another entity).
   */
  private List<Candidate> unshadowed(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    if (candidates.size() < 2) {
      kept.addAll(candidates);
      return kept;
    }
    Map<Integer, List<Candidate>> keptAt = new HashMap<>(); // the kept ones on each token
    for (Candidate c : candidates) {
      boolean keep = true;
      for (int token = c.startToken; token < c.endToken && keep; token++) {
        for (Candidate k : keptAt.getOrDefault(token, List.of())) {
          if (!sameLayer(g.entityType[k.entity], g.entityType[c.entity])) {
            continue;
          }
          boolean sameSpan = c.startToken == k.startToken && c.endToken == k.endToken;
          if (!sameSpan || k.entity == c.entity) {
            keep = false;
            break;
          }
        }
      }
      if (keep) {
        kept.add(c);
        for (int token = c.startToken; token < c.endToken; token++) {
          keptAt.computeIfAbsent(token, k -> new ArrayList<>()).add(c);
        }
      }
    }
    return kept;
  }

  /**
   * Whether a longer match of one type hides a shorter one of the other inside it: the same type,
   * or two kinds of people (leader, person), whose names nest in each other's ("Bill Clinton" is no
   * mention of Hillary Clinton by her surname).
   */
  private static boolean sameLayer(String a, String b) {
    return a.equals(b) || isPerson(a) && isPerson(b);
  }

  /** Within each entity type the longest match wins; equal spans keep every entity once. */
  private List<Candidate> longestPerType(List<Candidate> candidates, LocalDate date) {
    candidates.sort(LONGEST_FIRST);
    List<Candidate> kept = unshadowed(candidates);
    // a surname alone names a leader only within their public life: from their first office
    // minus PUBLIC_LIFE_MARGIN_YEARS (issue 9: a 1987 "Judge Burton" is not Dominica's president)
    kept.removeIf(
        c ->
            isPerson(g.entityType[c.entity])
                && c.kind.equals("surname")
                && date != null
                && !g.activeBy(c.entity, date.plusYears(PUBLIC_LIFE_MARGIN_YEARS)));
    // one surname, several leaders: keep those already in office by the article's date
    keepWhereTheSameSpanHas(kept, c -> true, e -> g.activeBy(e, date));
    // a titled surname several people share ("Vice President Harris" in 2023): the one holding
    // an office on the article's date, when there is one (issue 9, people sharing a surname)
    keepWhereTheSameSpanHas(kept, c -> c.kind.equals("surname"), e -> g.inOfficeOn(e, date));
    // ... and where no one holds it, or several do: those who ever held the title's role ("former
    // President Clinton" in 2023 is Bill, not Hillary; "Prime Minister Khan" is Imran Khan)
    for (int role : titleRoles(kept)) {
      keepWhereTheSameSpanHas(
          kept,
          c -> c.kind.equals("surname") && c.titleRole == role,
          e -> g.heldRole(e, g.roleIds[role]));
    }
    return kept;
  }

  /** The roles of the titles before the people's surnames among {@code kept}. */
  private int[] titleRoles(List<Candidate> kept) {
    return kept.stream()
        .filter(c -> c.titleRole >= 0 && isPerson(g.entityType[c.entity]))
        .mapToInt(c -> c.titleRole)
        .distinct()
        .toArray();
  }

  /**
   * Drops each person candidate that {@code applies} to and whose entity fails {@code holds} when
   * another person candidate over the same tokens passes it: of several people one span may name,
   * the ones that {@code holds} for win.
   */
  private void keepWhereTheSameSpanHas(
      List<Candidate> kept,
      java.util.function.Predicate<Candidate> applies,
      java.util.function.IntPredicate holds) {
    java.util.function.Predicate<Candidate> failing =
        c -> isPerson(g.entityType[c.entity]) && applies.test(c) && !holds.test(c.entity);
    if (kept.stream().noneMatch(failing)) {
      return;
    }
    Set<Long> spansThatHold = new HashSet<>(); // the spans where a person candidate passes
    for (Candidate k : kept) {
      if (isPerson(g.entityType[k.entity]) && holds.test(k.entity)) {
        spansThatHold.add(((long) k.startToken << 32) | k.endToken);
      }
    }
    kept.removeIf(
        c -> failing.test(c) && spansThatHold.contains(((long) c.startToken << 32) | c.endToken));
  }
}
