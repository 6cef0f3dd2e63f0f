package org.newstrends.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * within one entity type the longest match wins, other types nested inside are still reported (the
 * demonym "Iranian" in that phrase is also a country mention: Iran is named); ambiguous surnames
 * count only if the article names the person in full or with a title ("President Bush").
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

  private static final Set<String> COUNTRY_ROLE_KINDS = Set.of("name", "alias", "acronym", "demonym");

  private final CompiledGazetteer g;
  private final int contextChars;

  public MentionFinder(CompiledGazetteer gazetteer, int contextChars) {
    this.g = gazetteer;
    this.contextChars = contextChars;
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
    boolean asWritten = true;
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

  /** Number of raw alias hits in a text; the benchmark's measure of the bare scan. */
  public int scanCount(String text) {
    Tokenizer.Tokens t = Tokenizer.tokenize(text);
    return scan(t).size;
  }

  private Hits scan(Tokenizer.Tokens t) {
    int[] ids = new int[t.size];
    for (int i = 0; i < t.size; i++) {
      ids[i] = g.tokenId(t.key[i]);
    }
    Hits hits = new Hits();
    for (int i = 0; i < t.size; i++) {
      int node = 0;
      for (int j = i; j < t.size && ids[j] >= 0; j++) {
        node = g.child(node, ids[j]);
        if (node < 0) {
          break;
        }
        for (int o = g.outStart[node]; o < g.outStart[node + 1]; o++) {
          hits.add(i, j + 1, g.outType[o], g.outIndex[o]);
        }
        if (t.possessive[j]) {
          break; // "Iran's president": a surface form never runs past a possessive
        }
      }
    }
    return hits;
  }

  /** The mentions of one article, in field order then text order. */
  public List<Mention> find(List<Segment> segments, LocalDate date) {
    List<Tokenizer.Tokens> tokens = new ArrayList<>();
    List<int[]> sentenceStarts = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    Set<Integer> confirmed = new HashSet<>();
    for (int s = 0; s < segments.size(); s++) {
      String text = segments.get(s).text();
      Tokenizer.Tokens t = Tokenizer.tokenize(text);
      int[] starts = Sentences.starts(text);
      tokens.add(t);
      sentenceStarts.add(starts);
      all.addAll(segmentCandidates(s, t, starts, date, confirmed));
    }
    // ambiguous surnames need the person named in full or with a title somewhere in the article
    all.removeIf(c -> c.ambiguous && !c.titled && !confirmed.contains(c.entity));

    all.sort(
        Comparator.<Candidate>comparingInt(c -> c.segment)
            .thenComparingInt(c -> c.charStart)
            .thenComparingInt(c -> -c.charEnd)
            .thenComparing(c -> g.entityType[c.entity])
            .thenComparing(c -> g.entityId[c.entity]));
    List<Mention> mentions = new ArrayList<>(all.size());
    int lastLeader = -1; // for "he said": the last leader named before the quote
    int current = -1;
    List<Quotes.Quote> quotes = List.of();
    List<Candidate> segmentCandidates = new ArrayList<>();
    for (int i = 0; i <= all.size(); i++) {
      Candidate c = i < all.size() ? all.get(i) : null;
      if (c == null || c.segment != current) {
        if (current >= 0) {
          lastLeader = emit(segments.get(current), quotes, segmentCandidates, lastLeader, mentions);
        }
        if (c == null) {
          break;
        }
        current = c.segment;
        segmentCandidates = new ArrayList<>();
        quotes = Quotes.find(segments.get(current).text(), sentenceStarts.get(current));
      }
      segmentCandidates.add(c);
    }
    return mentions;
  }

  private int emit(
      Segment segment, List<Quotes.Quote> quotes, List<Candidate> cs, int lastLeader, List<Mention> out) {
    String text = segment.text();
    int quoteIndex = 0;
    for (Candidate c : cs) {
      Quotes.Quote quote = null;
      for (Quotes.Quote q : quotes) {
        if (q.contains(c.charStart, c.charEnd)) {
          quote = q;
          break;
        }
      }
      String speakerId = null;
      if (quote != null && quote.speakerText() != null) {
        speakerId = speakerEntity(cs, quote, lastLeader);
      }
      if (g.entityType[c.entity].equals("leader") && (quote == null || quote.speakerStart() >= 0
          && c.charStart >= quote.speakerStart() && c.charEnd <= quote.speakerEnd())) {
        lastLeader = c.entity;
      } else if (g.entityType[c.entity].equals("leader") && quote == null) {
        lastLeader = c.entity;
      }
      out.add(
          new Mention(
              g.entityId[c.entity],
              g.entityType[c.entity],
              g.entityName[c.entity],
              List.of(g.entityLabels[c.entity]),
              text.substring(c.charStart, c.charEnd),
              c.kind,
              segment.field(),
              segment.paragraphIndex(),
              c.sentence,
              c.charStart,
              c.charEnd,
              quote != null,
              quote == null ? null : quote.kind(),
              speakerId,
              quote == null ? null : quote.speakerText(),
              context(text, c.charStart, c.charEnd)));
    }
    return lastLeader;
  }

  /** The entity named in the speaker text: a leader first, then an organisation, country, place. */
  private String speakerEntity(List<Candidate> cs, Quotes.Quote q, int lastLeader) {
    if (Quotes.isPronoun(q.speakerText())) {
      return lastLeader >= 0 ? g.entityId[lastLeader] : null;
    }
    Candidate best = null;
    for (Candidate c : cs) {
      if (c.charStart >= q.speakerStart() && c.charEnd <= q.speakerEnd()) {
        if (best == null || rank(c) < rank(best)) {
          best = c;
        }
      }
    }
    return best == null ? null : g.entityId[best.entity];
  }

  private int rank(Candidate c) {
    return switch (g.entityType[c.entity]) {
      case "leader" -> 0;
      case "organisation" -> 1;
      case "country" -> 2;
      case "place" -> 3;
      default -> 4;
    };
  }

  private String context(String text, int start, int end) {
    int from = Math.max(0, start - contextChars);
    int to = Math.min(text.length(), end + contextChars);
    return text.substring(from, to).replaceAll("\\s+", " ").trim();
  }

  private List<Candidate> segmentCandidates(
      int s, Tokenizer.Tokens t, int[] starts, LocalDate date, Set<Integer> confirmed) {
    Hits hits = scan(t);
    int[] sentenceOfToken = new int[t.size];
    for (int i = 0; i < t.size; i++) {
      sentenceOfToken[i] = Sentences.indexOf(starts, t.start[i]);
    }
    boolean[] capsSentence = capsSentences(t, sentenceOfToken, starts.length);

    // titles end at these tokens; context words per sentence
    boolean[] titleEndsAt = new boolean[t.size + 1];
    Set<Long> contextBySentence = new HashSet<>();
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] == CompiledGazetteer.OUT_TITLE && isCapitalised(t.form[hits.start[h]])) {
        titleEndsAt[hits.end[h]] = true;
      } else if (hits.type[h] == CompiledGazetteer.OUT_CONTEXT) {
        contextBySentence.add(((long) sentenceOfToken[hits.start[h]] << 32) | hits.index[h]);
      }
    }

    List<Candidate> candidates = new ArrayList<>();
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] != CompiledGazetteer.OUT_ALIAS) {
        continue;
      }
      int a = hits.index[h];
      int entity = g.aliasEntity[a];
      int st = hits.start[h];
      int en = hits.end[h];
      if (!caseMatches(a, t, st, en, capsSentence[sentenceOfToken[st]])) {
        continue;
      }
      if (excluded(hits, entity, st, en)) {
        continue;
      }
      boolean vetoable = g.aliasAmbiguous[a] || !g.entityHasAmbiguous[entity];
      if (vetoable && contextBySentence.contains(((long) sentenceOfToken[st] << 32) | entity)) {
        continue;
      }
      Candidate c = new Candidate(s, st, en, entity, g.aliasKind[a]);
      c.asWritten = sameForms(a, t, st);
      c.ambiguous = g.aliasAmbiguous[a];
      c.titled = titleEndsAt[st] || st >= 2 && t.form[st - 1].equals(".") && titleEndsAt[st - 1];
      if (c.titled || g.entityType[entity].equals("leader") && !c.kind.equals("surname")) {
        confirmed.add(entity);
      }
      candidates.add(c);
    }
    candidates.addAll(roleCandidates(s, t, hits, candidates, date));
    List<Candidate> kept = longestPerType(candidates);
    for (Candidate c : kept) {
      c.sentence = sentenceOfToken[c.startToken];
      c.charStart = t.start[c.startToken];
      c.charEnd = t.end[c.endToken - 1];
    }
    return kept;
  }

  private boolean caseMatches(int alias, Tokenizer.Tokens t, int st, int en, boolean caps) {
    byte policy = g.aliasCase[alias];
    if (policy == CompiledGazetteer.CASE_ANY) {
      return true;
    }
    String[] forms = g.aliasForms[alias];
    boolean exact = true;
    for (int i = 0; i < forms.length; i++) {
      String text = t.form[st + i];
      String want = forms[i];
      if (text.equals(want)) {
        continue;
      }
      exact = false;
      if (policy == CompiledGazetteer.CASE_EXACT) {
        return false;
      }
      if (want.equals(want.toLowerCase(java.util.Locale.ROOT))) {
        continue; // lower-case alias words ("the", "un" in "Kim Jong-un") match any case
      }
      if (!(caps && g.aliasLetters[alias] >= 4 && text.equals(want.toUpperCase(java.util.Locale.ROOT)))) {
        return false;
      }
    }
    return exact || policy == CompiledGazetteer.CASE_AS_WRITTEN;
  }

  private boolean sameForms(int alias, Tokenizer.Tokens t, int st) {
    String[] forms = g.aliasForms[alias];
    for (int i = 0; i < forms.length; i++) {
      if (!forms[i].equals(t.form[st + i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean excluded(Hits hits, int entity, int st, int en) {
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] == CompiledGazetteer.OUT_EXCLUDE
          && hits.index[h] == entity
          && hits.start[h] <= st
          && hits.end[h] >= en) {
        return true;
      }
    }
    return false;
  }

  /** ALL-CAPS sentences (Reuters headlines): most words of two or more letters are upper case. */
  private static boolean[] capsSentences(Tokenizer.Tokens t, int[] sentenceOfToken, int sentences) {
    int[] words = new int[sentences];
    int[] upper = new int[sentences];
    for (int i = 0; i < t.size; i++) {
      String f = t.form[i];
      if (!t.word[i] || f.length() < 2 || !Character.isLetter(f.charAt(0))) {
        continue;
      }
      words[sentenceOfToken[i]]++;
      if (f.equals(f.toUpperCase(java.util.Locale.ROOT))) {
        upper[sentenceOfToken[i]]++;
      }
    }
    boolean[] caps = new boolean[sentences];
    for (int s = 0; s < sentences; s++) {
      caps[s] = words[s] >= 2 && upper[s] * 10 >= words[s] * 7;
    }
    return caps;
  }

  private static boolean isCapitalised(String form) {
    return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
  }

  /**
   * "the Iranian president", "Iran's president", "US President", "President of Iran": a role phrase
   * next to a country, resolved to whoever held the role on the article's date.
   */
  private List<Candidate> roleCandidates(
      int s, Tokenizer.Tokens t, Hits hits, List<Candidate> aliases, LocalDate date) {
    List<Candidate> roles = new ArrayList<>();
    if (date == null) {
      return roles;
    }
    for (int h = 0; h < hits.size; h++) {
      if (hits.type[h] != CompiledGazetteer.OUT_ROLE) {
        continue;
      }
      int st = hits.start[h];
      int en = hits.end[h];
      String roleId = g.roleIds[hits.index[h]];
      for (Candidate country : aliases) {
        if (!g.entityType[country.entity].equals("country") || !COUNTRY_ROLE_KINDS.contains(country.kind)) {
          continue;
        }
        int from;
        int to;
        int after;
        if (country.endToken == st) {
          from = country.startToken;
          to = en;
          after = en;
        } else if (en < t.size && t.key[en].equals("of") && !country.kind.equals("demonym")
            && (country.startToken == en + 1
                || country.startToken == en + 2 && t.key[en + 1].equals("the"))) {
          from = st;
          to = country.endToken;
          after = -1;
        } else {
          continue;
        }
        if (after >= 0 && nameStartsAt(aliases, after)) {
          continue; // "Iranian President Ebrahim Raisi": the name is the mention
        }
        for (int leader : g.holdersOn(roleId, g.entityId[country.entity], date)) {
          roles.add(new Candidate(s, from, to, leader, "role"));
        }
      }
    }
    return roles;
  }

  private boolean nameStartsAt(List<Candidate> aliases, int token) {
    for (Candidate c : aliases) {
      if (c.startToken == token && g.entityType[c.entity].equals("leader")) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> KIND_ORDER =
      List.of("name", "alias", "acronym", "role", "surname", "demonym", "metonym", "variant");

  /** Within each entity type the longest match wins; equal spans keep every entity once. */
  private List<Candidate> longestPerType(List<Candidate> candidates) {
    candidates.sort(
        Comparator.<Candidate>comparingInt(c -> -c.length())
            .thenComparingInt(c -> c.startToken)
            .thenComparing(c -> !c.asWritten)
            .thenComparingInt(c -> KIND_ORDER.indexOf(c.kind)));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean keep = true;
      for (Candidate k : kept) {
        if (!g.entityType[k.entity].equals(g.entityType[c.entity])) {
          continue;
        }
        boolean overlap = c.startToken < k.endToken && k.startToken < c.endToken;
        boolean sameSpan = c.startToken == k.startToken && c.endToken == k.endToken;
        if (overlap && (!sameSpan || k.entity == c.entity)) {
          keep = false;
          break;
        }
      }
      if (keep) {
        kept.add(c);
      }
    }
    return kept;
  }
}
