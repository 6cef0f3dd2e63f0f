package org.newstrends.annotate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * All gazetteers compiled into one token trie: every alias, exclusion phrase, exclusion-context
 * word, role phrase and title word is a path of token ids from the root, and each node lists what
 * ends there. Built once on the driver and broadcast; the trie is a few flat arrays (an
 * open-addressing edge table and a CSR output list), so ten thousand surface forms cost about what
 * ten cost: one hash lookup per text token and a walk that stops at the first unknown edge.
 */
public final class CompiledGazetteer implements Serializable {

  private static final long serialVersionUID = 1L;

  static final byte OUT_ALIAS = 0;
  static final byte OUT_EXCLUDE = 1;
  static final byte OUT_CONTEXT = 2;
  static final byte OUT_ROLE = 3;
  static final byte OUT_TITLE = 4;
  static final byte OUT_SENSE = 5;

  static final byte SIDE_EITHER = 0;
  static final byte SIDE_BEFORE = 1;
  static final byte SIDE_AFTER = 2;

  /** Round 12 and stop 62: in which case a sense's near word counts ({@code near_case}). */
  static final byte NEAR_ANY = 0;

  static final byte NEAR_LOWER = 1;
  static final byte NEAR_OPENING = 2;

  /** Stop 65: lower case, or title case in a sentence written in title case (a headline). */
  static final byte NEAR_HEADLINE = 3;

  static final byte CASE_AS_WRITTEN = 0;
  static final byte CASE_EXACT = 1;
  static final byte CASE_ANY = 2;

  /**
   * Any case but capitalised inside a sentence of prose (issue 9 round 47: {@code case: prose}).
   */
  static final byte CASE_PROSE = 3;

  /**
   * The word lists of the matching rules ({@code conf/rules/annotate-words.yaml}): titles are
   * compiled into the trie, the rest is read by {@link MentionFinder} and {@link Quotes}.
   */
  final AnnotateWords words;

  final Set<String> stateOrgans;
  final Set<String> nameConnectors;
  final Set<String> nameHeads;
  final Set<String> ofHeads;
  final Set<String> openers;
  final Set<String> wordsBeforeAcronym;
  final Set<String> regnalNumbers;

  /** Person-name contexts (issue 9): given names, words before and phrases after a person. */
  final Set<String> givenNames;

  final Set<String> personBefore;
  final String[][] personAfter;
  final Set<String> placeHeads;

  /** Words before a capital that make it a location, not the government ("a mall in Beijing"). */
  final Set<String> metonymLocatives;

  /** Words before "of" and a capital that make it the city ("the streets of Khartoum"). */
  final Set<String> metonymLiteralOf;

  /** Words right after a capital (or its possessive) that make it the city ("London drivers"). */
  final Set<String> metonymLiteralAfter;

  /** Words before "to" and a capital that make it a destination ("a trip to Seoul"). */
  final Set<String> metonymMotionBeforeTo;

  final Set<String> metonymArrivalBeforeTo;
  final Set<String> demonymLanguageAfter;
  final Set<String> demonymLanguageBefore;
  final Set<String> demonymLanguageNotThen;
  final Set<String> datelineAgencies;
  final Set<String> creditBodyWords;

  /** Reviews of works of fiction on the arts pages (stop 65, {@link MentionFinder}). */
  final Set<String> fictionReviewSections;

  final Set<String> fictionReviewPageWords;
  final List<String> fictionReviewHeadlines;

  /** The pages whose works' titles are named in their slugs (stop 73, {@link MentionFinder}). */
  final Set<String> workTitleSections;

  /** The term families whose alias alone between quotation marks is a figure (stop 77). */
  final Set<String> loneQuoteTermFamilies;

  /** Phrases padded by spaces, as the article's lower-case keys ({@link ContextRule#padded}). */
  final String[] fictionWords;

  final String[] fictionFactWords;
  final String[] fictionFactExceptions;

  /** Stop 79: quantifier phrases ("at least"), each as its lower-case words. */
  final List<String[]> senseQuantifiers;

  final Set<String> fictionTermFamilies;
  final Set<String> fictionDatedWords;
  final Set<String> metonymSeats;

  /** Words right before a capital that make it a destination ("visits Kyiv"). */
  final Set<String> metonymVisitBefore;

  /**
   * Words right before a capital (a comma may come between) that name it a city ("capital Lima").
   */
  final Set<String> metonymLiteralBefore;

  /** Titles that do not by themselves name one person of a shared surname ("Ms Khan"). */
  final Set<String> honorifics;

  /** Words before a role phrase that make it a former holder ("the former US president"). */
  final Set<String> formerBefore;

  /** Words before or after a role phrase that make it the office, not its holder. */
  final Set<String> roleNotHolderBefore;

  final Set<String> roleNotHolderAfter;
  final Quotes quotes;

  // entities
  final String[] entityId;
  final String[] entityType;
  final String[] entityName;
  final String[][] entityLabels;
  final boolean[] entityHasAmbiguous;

  /** A person's name words in lower case, from its name and aliases (none for other entities). */
  private final String[][] entityNameWords;

  /**
   * By entity: its exclusions that hold a possessive inside ("America's Cup", "Britain's Got
   * Talent"), which the trie walk cannot reach, as it never runs past a possessive.
   */
  final PossessivePhrase[][] possessiveExcludes;

  /** A phrase's token keys, and which of its tokens carry a possessive. */
  record PossessivePhrase(String[] keys, boolean[] possessive) implements Serializable {
    static PossessivePhrase of(Tokenizer.Tokens t) {
      boolean[] possessive = new boolean[t.size];
      for (int i = 0; i < t.size; i++) {
        possessive[i] = t.possessive(i);
      }
      return new PossessivePhrase(Arrays.copyOf(t.key, t.size), possessive);
    }

    /** Whether the phrase lies in {@code t} from token {@code from}. */
    boolean at(Tokenizer.Tokens t, int from) {
      if (from < 0 || from + keys.length > t.size) {
        return false;
      }
      for (int i = 0; i < keys.length; i++) {
        if (!t.keyIs(from + i, keys[i]) || t.possessive(from + i) != possessive[i]) {
          return false;
        }
      }
      return true;
    }
  }

  // aliases
  final int[] aliasEntity;
  final String[] aliasKind;
  final byte[] aliasCase;
  final boolean[] aliasAmbiguous;

  /** A person's given names only ({@code forename: true}, issue 9 round 30). */
  final boolean[] aliasForename;

  /**
   * A one-word surname alias that is the first word of a person's name in the gazetteers and the
   * last word of none ("Kim", "Jonathan", "Lewis"): before a capitalised word, after one space, it
   * is another person's given name ("Gov. Kim Reynolds", "Minister Jonathan Wilkinson"), as a
   * {@code forename} alias is; not "Xi-Putin" or "Xi's Russia trip".
   */
  final boolean[] aliasGivenName;

  /** Other senses (issue 9): the entity, the window, the alias ids it covers (null: all). */
  final int[] senseEntity;

  final int[] senseWindow;
  final int[][] senseAliases;

  /**
   * Round 12: where the near word must be ({@link #SIDE_EITHER}, ...), in which case it counts
   * ({@link #NEAR_ANY}, {@link #NEAR_LOWER}, stop 62's {@link #NEAR_OPENING}), the keys of the
   * sense's {@code unless} words (looked up in the window only when a near word was found, so they
   * cost no trie hits) and how far they reach.
   */
  final byte[] senseSide;

  final byte[] senseCase;
  final List<Set<String>> senseUnless;

  final int[] senseUnlessWindow;

  /**
   * Stop 70: the epoch days a sense holds from (inclusive) and to (exclusive); {@link
   * Long#MIN_VALUE} and {@link Long#MAX_VALUE} where unbounded ({@link #senseDated} false for
   * both).
   */
  final long[] senseFromDay;

  final long[] senseToDay;

  final boolean[] senseDated;

  /** Keys of the sense's {@code not_across} words: between near word and alias, no sense. */
  final List<Set<String>> senseNotAcross;

  /** Keys of the sense's {@code unless_not_across} words: where the unless search stops. */
  final List<Set<String>> senseUnlessNotAcross;

  /** Whether the sense's {@code unless} words count only as prose capitalises them (stop 66). */
  final boolean[] senseUnlessProse;

  /** Keys of the sense's {@code right_after} words: the word before the alias (stop 67). */
  final List<Set<String>> senseRightAfter;

  /** Whether the sense holds only for an alias between quotation marks (stop 75). */
  final boolean[] senseQuoted;

  /** The side of the alias the sense's {@code unless} words count on (stop 75), a SIDE_ value. */
  final byte[] senseUnlessSide;

  /**
   * Whether the entity has other senses; then, over all senses, the widest window and the most
   * tokens of a near word. The scan leaves near words out ({@link #walkStarts}): the matcher walks
   * for them only around a candidate of an entity with senses. Most are common words ("the",
   * "will", "shares"), and a hit for each in the whole text cost more than all other entries.
   */
  final boolean[] entityHasSense;

  final int senseWindowMax;
  final int senseTokensMax;

  /** The context rules of each alias (issue 9), null for an alias that needs no context. */
  final ContextRule[] aliasRule;

  /** Outlets (lower-case substrings of {@code source}) and their countries, in file order. */
  final String[] outletMatch;

  final String[] outletCountry;
  final String[][] aliasForms;
  final int[] aliasLetters;

  final String[] roleIds;

  /** Lower-case role phrase ("pm", "prime minister") -> role id (round 9: bare role speakers). */
  final HashMap<String, String> rolePhrases;

  /** roleId + "|" + country -> indexes into the holder arrays. */
  final HashMap<String, int[]> holders;

  final int[] holderEntity;
  final long[] holderFrom;
  final long[] holderTo;
  final boolean[] holderActing;

  /**
   * Per entity, its holder indexes in list order: {@code entityHolders[entityHolderStart[e] ..
   * entityHolderStart[e + 1])}, so a date test on one person reads only their own roles.
   */
  final int[] entityHolderStart;

  final int[] entityHolders;

  // the trie
  final HashMap<String, Integer> tokenIds;

  /**
   * The text-side token lookup: an open-addressing table of (key {@link String#hashCode} << 32 |
   * token id), -1 for an empty slot; the keys, for the equality check, are {@link #keyChars} from
   * {@code keyOffset[id]} to {@code keyOffset[id + 1]}.
   */
  private final long[] keyTable;

  private final char[] keyChars;
  private final int[] keyOffset;

  /** One bit per hash class of the keys (about 16 bits per key): most unknown tokens stop here. */
  private final long[] keyBits;

  private final int keyBitsShift;

  /** Ids of the one-char ASCII keys ({@code ","}, {@code "."}, {@code "a"}), -1 elsewhere. */
  private final int[] singleCharId = new int[128];

  private final int keyMask;

  /** The root's child along each token id, or -1: the first step of every walk, no probe. */
  final int[] rootChild;

  /** By node: it has a child, so a walk that reached it looks up the next token. */
  final boolean[] hasChild;

  /**
   * Like {@link #keyBits}, for the keys that begin an entry other than a sense's near word only
   * ({@link #walkStarts}): the frequent keys that occur only inside entries ("of" in "Bank of
   * Canada") or as near words ("the", "will") need no look-up where no walk reaches them ({@link
   * #mayStart}).
   */
  private final long[] startBits;

  /** By token id: the root's child along it leads to an output other than {@link #OUT_SENSE}. */
  private final boolean[] walkStarts;

  /** {@link #mayStart} as the tokeniser tests it (the same bits). */
  final Tokenizer.StartFilter startFilter;

  private final long[] edgeKeys;
  private final int[] edgeValues;
  private final int edgeMask;
  final int[] outStart;
  final byte[] outType;
  final int[] outIndex;

  final List<String> warnings;

  /** Phrases as padded lower-case keys ({@link ContextRule#padded}), found in an article's keys. */
  private static String[] keyPhrases(List<String> phrases) {
    return phrases.stream().map(w -> ContextRule.padded(w, false)).toArray(String[]::new);
  }

  private CompiledGazetteer(Builder b, AnnotateWords words) {
    this.words = words;
    stateOrgans = words.lowerCaseSet("state_organs");
    nameConnectors = Set.copyOf(words.list("name_connectors"));
    nameHeads = words.lowerCaseSet("name_heads");
    ofHeads = words.lowerCaseSet("of_heads");
    openers = words.lowerCaseSet("openers");
    wordsBeforeAcronym = words.lowerCaseSet("words_before_acronym");
    regnalNumbers = Set.copyOf(words.list("regnal_numbers"));
    givenNames = words.lowerCaseSet("given_names");
    personBefore = words.lowerCaseSet("person_before");
    placeHeads = words.lowerCaseSet("place_heads");
    metonymLocatives = words.lowerCaseSet("metonym_locatives");
    metonymLiteralOf = words.lowerCaseSet("metonym_literal_of");
    metonymLiteralAfter = words.lowerCaseSet("metonym_literal_after");
    metonymMotionBeforeTo = words.lowerCaseSet("metonym_motion_before_to");
    metonymArrivalBeforeTo = words.lowerCaseSet("metonym_arrival_before_to");
    demonymLanguageAfter = words.lowerCaseSet("demonym_language_after");
    demonymLanguageBefore = words.lowerCaseSet("demonym_language_before");
    demonymLanguageNotThen = words.lowerCaseSet("demonym_language_not_then");
    datelineAgencies = Set.copyOf(words.list("dateline_agencies"));
    creditBodyWords = words.lowerCaseSet("credit_body_words");
    fictionReviewSections =
        words.list("fiction_review_sections").stream()
            .map(ArticleSections::slug)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    fictionReviewPageWords = words.lowerCaseSet("fiction_review_page_words");
    fictionReviewHeadlines =
        words.list("fiction_review_headlines").stream().map(Tokenizer::normaliseLower).toList();
    workTitleSections =
        words.list("work_title_sections").stream()
            .map(ArticleSections::slug)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    loneQuoteTermFamilies = Set.copyOf(words.list("lone_quote_term_families"));
    fictionWords = keyPhrases(words.list("fiction_words"));
    fictionFactWords = keyPhrases(words.list("fiction_fact_words"));
    fictionFactExceptions = keyPhrases(words.list("fiction_fact_exceptions"));
    senseQuantifiers =
        words.list("sense_quantifiers").stream()
            .map(q -> q.toLowerCase(Locale.ROOT).split(" "))
            .toList();
    fictionTermFamilies = Set.copyOf(words.list("fiction_term_families"));
    fictionDatedWords = words.lowerCaseSet("fiction_dated_words");
    metonymSeats = words.lowerCaseSet("metonym_seats");
    metonymVisitBefore = words.lowerCaseSet("metonym_visit_before");
    metonymLiteralBefore = words.lowerCaseSet("metonym_literal_before");
    honorifics = words.lowerCaseSet("honorifics");
    formerBefore = words.lowerCaseSet("former_before");
    roleNotHolderBefore = words.lowerCaseSet("role_not_holder_before");
    roleNotHolderAfter = words.lowerCaseSet("role_not_holder_after");
    personAfter =
        words.list("person_after").stream()
            .map(
                p -> {
                  boolean possessive = p.startsWith("'s ");
                  Tokenizer.Tokens t = Tokenizer.tokenize(possessive ? p.substring(3) : p);
                  String[] keys = new String[t.size + 1];
                  keys[0] = possessive ? "'s" : "";
                  System.arraycopy(t.key, 0, keys, 1, t.size);
                  return keys;
                })
            .toArray(String[][]::new);
    quotes = new Quotes(words);
    entityId = b.entityId.toArray(String[]::new);
    entityType = b.entityType.toArray(String[]::new);
    entityName = b.entityName.toArray(String[]::new);
    entityLabels = b.entityLabels.toArray(String[][]::new);
    entityHasAmbiguous = toBooleans(b.entityHasAmbiguous);
    entityNameWords = nameWords(b);
    possessiveExcludes = new PossessivePhrase[entityId.length][];
    b.possessiveExcludes.forEach(
        (entity, phrases) -> possessiveExcludes[entity] = phrases.toArray(PossessivePhrase[]::new));
    aliasEntity = b.aliasEntity.stream().mapToInt(Integer::intValue).toArray();
    aliasKind = b.aliasKind.toArray(String[]::new);
    aliasCase = new byte[b.aliasCase.size()];
    for (int i = 0; i < aliasCase.length; i++) {
      aliasCase[i] = b.aliasCase.get(i);
    }
    aliasAmbiguous = toBooleans(b.aliasAmbiguous);
    aliasForename = toBooleans(b.aliasForename);
    aliasGivenName = surnamesThatAreGivenNames(b, givenNames);
    aliasRule = b.aliasRule.toArray(ContextRule[]::new);
    senseEntity = b.senseEntity.stream().mapToInt(Integer::intValue).toArray();
    senseWindow = b.senseWindow.stream().mapToInt(Integer::intValue).toArray();
    senseAliases = b.senseAliases.toArray(int[][]::new);
    senseSide = toBytes(b.senseSide);
    senseCase = toBytes(b.senseCase);
    senseUnless = List.copyOf(b.senseUnless);
    senseNotAcross = List.copyOf(b.senseNotAcross);
    senseUnlessNotAcross = List.copyOf(b.senseUnlessNotAcross);
    senseRightAfter = List.copyOf(b.senseRightAfter);
    senseUnlessProse = toBooleans(b.senseUnlessProse);
    senseQuoted = toBooleans(b.senseQuoted);
    senseUnlessSide = toBytes(b.senseUnlessSide);
    senseUnlessWindow = b.senseUnlessWindow.stream().mapToInt(Integer::intValue).toArray();
    senseFromDay = b.senseFromDay.stream().mapToLong(Long::longValue).toArray();
    senseToDay = b.senseToDay.stream().mapToLong(Long::longValue).toArray();
    senseDated = new boolean[senseFromDay.length];
    for (int i = 0; i < senseDated.length; i++) {
      senseDated[i] = senseFromDay[i] != Long.MIN_VALUE || senseToDay[i] != Long.MAX_VALUE;
    }
    entityHasSense = new boolean[entityId.length];
    for (int entity : senseEntity) {
      entityHasSense[entity] = true;
    }
    senseWindowMax = Arrays.stream(senseWindow).max().orElse(0);
    senseTokensMax = b.senseTokensMax;
    outletMatch = b.outletMatch.toArray(String[]::new);
    outletCountry = b.outletCountry.toArray(String[]::new);
    aliasForms = b.aliasForms.toArray(String[][]::new);
    aliasLetters = b.aliasLetters.stream().mapToInt(Integer::intValue).toArray();
    roleIds = b.roleIds.toArray(String[]::new);
    rolePhrases = b.rolePhrases;
    holders = new HashMap<>();
    b.holders.forEach((k, v) -> holders.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    holderEntity = b.holderEntity.stream().mapToInt(Integer::intValue).toArray();
    holderFrom = b.holderFrom.stream().mapToLong(Long::longValue).toArray();
    holderTo = b.holderTo.stream().mapToLong(Long::longValue).toArray();
    holderActing = toBooleans(b.holderActing);
    entityHolderStart = new int[entityId.length + 1];
    for (int e : holderEntity) {
      entityHolderStart[e + 1]++;
    }
    for (int e = 0; e < entityId.length; e++) {
      entityHolderStart[e + 1] += entityHolderStart[e];
    }
    entityHolders = new int[holderEntity.length];
    int[] next = Arrays.copyOf(entityHolderStart, entityId.length);
    for (int h = 0; h < holderEntity.length; h++) {
      entityHolders[next[holderEntity[h]]++] = h;
    }
    tokenIds = b.tokenIds;
    warnings = List.copyOf(b.warnings);

    int keyCapacity = Integer.highestOneBit(Math.max(4, tokenIds.size() * 2)) << 1;
    keyTable = new long[keyCapacity];
    Arrays.fill(keyTable, -1L);
    String[] keyById = new String[tokenIds.size()];
    keyMask = keyCapacity - 1;
    for (Map.Entry<String, Integer> e : tokenIds.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = keySlot(h);
      while (keyTable[slot] != -1L) {
        slot = (slot + 1) & keyMask;
      }
      keyTable[slot] = ((long) h << 32) | e.getValue();
      keyById[e.getValue()] = e.getKey();
    }
    keyOffset = new int[keyById.length + 1];
    for (int id = 0; id < keyById.length; id++) {
      keyOffset[id + 1] = keyOffset[id] + keyById[id].length();
    }
    int bits = Integer.highestOneBit(Math.max(1024, keyById.length * 16));
    keyBits = new long[bits / 64];
    keyBitsShift = 32 - Integer.numberOfTrailingZeros(bits);
    Arrays.fill(singleCharId, -1);
    for (int id = 0; id < keyById.length; id++) {
      int h = keyById[id].hashCode();
      int bit = keyBit(h);
      keyBits[bit >>> 6] |= 1L << bit;
      if (keyById[id].length() == 1 && keyById[id].charAt(0) < 128) {
        singleCharId[keyById[id].charAt(0)] = id;
      }
    }
    keyChars = new char[keyOffset[keyById.length]];
    for (int id = 0; id < keyById.length; id++) {
      keyById[id].getChars(0, keyById[id].length(), keyChars, keyOffset[id]);
    }

    // flatten the builder trie
    int nodes = b.children.size();
    int edges = 0;
    for (Map<Integer, Integer> c : b.children) {
      edges += c.size();
    }
    hasChild = new boolean[nodes];
    for (int node = 0; node < nodes; node++) {
      hasChild[node] = !b.children.get(node).isEmpty();
    }
    int capacity = Integer.highestOneBit(Math.max(4, edges * 2)) << 1;
    edgeKeys = new long[capacity];
    Arrays.fill(edgeKeys, -1L);
    edgeValues = new int[capacity];
    edgeMask = capacity - 1;
    for (int node = 0; node < nodes; node++) {
      for (Map.Entry<Integer, Integer> e : b.children.get(node).entrySet()) {
        long key = ((long) node << 32) | e.getKey();
        int slot = slot(key);
        while (edgeKeys[slot] != -1L) {
          slot = (slot + 1) & edgeMask;
        }
        edgeKeys[slot] = key;
        edgeValues[slot] = e.getValue();
      }
    }
    // nodes below which an output other than a sense's near word lies (a child is always created
    // after its parent, so a pass from the last node up sees every child first)
    boolean[] beyondSenses = new boolean[nodes];
    for (int node = nodes - 1; node >= 0; node--) {
      for (long o : b.outputs.get(node)) {
        beyondSenses[node] |= (byte) (o >>> 32) != OUT_SENSE;
      }
      for (int c : b.children.get(node).values()) {
        beyondSenses[node] |= beyondSenses[c];
      }
    }
    rootChild = new int[tokenIds.size()];
    walkStarts = new boolean[tokenIds.size()];
    startBits = new long[keyBits.length];
    for (int id = 0; id < rootChild.length; id++) {
      rootChild[id] = child(0, id);
      walkStarts[id] = rootChild[id] >= 0 && beyondSenses[rootChild[id]];
      if (walkStarts[id]) {
        int bit = keyBit(keyById[id].hashCode());
        startBits[bit >>> 6] |= 1L << bit;
      }
    }
    boolean[] singleCharStarts = new boolean[128];
    for (int c = 0; c < 128; c++) {
      singleCharStarts[c] = singleCharId[c] >= 0 && walkStarts[singleCharId[c]];
    }
    startFilter = new Tokenizer.StartFilter(startBits, keyBitsShift, singleCharStarts);
    outStart = new int[nodes + 1];
    int total = 0;
    for (int node = 0; node < nodes; node++) {
      outStart[node] = total;
      total += b.outputs.get(node).size();
    }
    outStart[nodes] = total;
    outType = new byte[total];
    outIndex = new int[total];
    int k = 0;
    for (int node = 0; node < nodes; node++) {
      for (long o : b.outputs.get(node)) {
        outType[k] = (byte) (o >>> 32);
        outIndex[k] = (int) o;
        k++;
      }
    }
  }

  /**
   * Surname aliases that are also given names, so that a capitalised word right after them makes
   * them part of another person's name ("Kim Reynolds", "Gov. Spencer Cox", "Judge Lewis Kaplan"):
   * a name that opens a person's name in the gazetteers and closes none, or a word of the {@code
   * given_names} list of {@code annotate-words.yaml}.
   */
  private static boolean[] surnamesThatAreGivenNames(Builder b, Set<String> givenNames) {
    Set<String> given = new HashSet<>();
    Set<String> last = new HashSet<>();
    for (int e = 0; e < b.entityId.size(); e++) {
      if (MentionFinder.isPerson(b.entityType.get(e))) {
        Tokenizer.Tokens t = Tokenizer.tokenize(b.entityName.get(e));
        if (t.size >= 2) {
          given.add(t.key[0]);
          last.add(t.key[t.size - 1]);
        }
      }
    }
    given.removeAll(last); // "Johnson" opens Johnson Toribiong's name but ends Boris Johnson's
    boolean[] out = new boolean[b.aliasEntity.size()];
    for (int a = 0; a < out.length; a++) {
      String[] forms = b.aliasForms.get(a);
      out[a] =
          b.aliasKind.get(a).equals("surname")
              && forms.length == 1
              && (given.contains(forms[0].toLowerCase(Locale.ROOT))
                  || givenNames.contains(forms[0].toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static String[][] nameWords(Builder b) {
    List<Set<String>> words = new ArrayList<>();
    for (int e = 0; e < b.entityId.size(); e++) {
      words.add(new HashSet<>());
      if (MentionFinder.isPerson(b.entityType.get(e))) {
        Tokenizer.Tokens name = Tokenizer.tokenize(b.entityName.get(e));
        for (int i = 0; i < name.size; i++) {
          words.get(e).add(name.key(i));
        }
      }
    }
    for (int a = 0; a < b.aliasEntity.size(); a++) {
      int e = b.aliasEntity.get(a);
      if (MentionFinder.isPerson(b.entityType.get(e))) {
        for (String form : b.aliasForms.get(a)) {
          words.get(e).add(form.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words.stream().map(w -> w.toArray(String[]::new)).toArray(String[][]::new);
  }

  private static byte[] toBytes(List<Byte> list) {
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  private static boolean[] toBooleans(List<Boolean> list) {
    boolean[] a = new boolean[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & edgeMask;
  }

  /** The child of {@code node} along token id {@code token}, or -1. */
  int child(int node, int token) {
    long key = ((long) node << 32) | token;
    int slot = slot(key);
    while (true) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeValues[slot];
      }
      if (k == -1L) {
        return -1;
      }
      slot = (slot + 1) & edgeMask;
    }
  }

  private int keyBit(int hash) {
    return Tokenizer.StartFilter.bit(hash, keyBitsShift);
  }

  private int keySlot(int hash) {
    int m = hash * 0x9E3779B9;
    return (m ^ (m >>> 16)) & keyMask;
  }

  /**
   * The id of text token {@code i}, or -1 when no surface form contains it: a probe by the hash the
   * tokeniser computed and a comparison against the source chars, no string built (tokens with
   * non-ASCII chars, whose case folding may change their length, go through {@link
   * #tokenId(String)}).
   */
  int tokenId(Tokenizer.Tokens t, int i) {
    if (!t.simple(i)) {
      return tokenId(t.key(i));
    }
    int h = t.hash[i];
    if (t.end[i] - t.start[i] == 1) {
      return singleCharId[h]; // the hash of a one-char ASCII key is its char
    }
    int bit = keyBit(h);
    if ((keyBits[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    int slot = keySlot(h);
    while (true) {
      long e = keyTable[slot];
      if (e == -1L) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int id = (int) e;
        if (t.keyIs(i, keyChars, keyOffset[id], keyOffset[id + 1])) {
          return id;
        }
      }
      slot = (slot + 1) & keyMask;
    }
  }

  /**
   * Whether a scan's walk (for every entry but the senses' near words) may begin at text token
   * {@code i}: false only if its key begins no such entry. A bit filter, so true may still be
   * wrong; tokens with non-ASCII chars always may.
   */
  boolean mayStart(Tokenizer.Tokens t, int i) {
    return startFilter.test(t.hash[i], t.length(i), t.flags[i]);
  }

  /** The id of a case-folded token, or -1 when no surface form contains it. */
  int tokenId(String key) {
    Integer id = tokenIds.get(key);
    return id == null ? -1 : id;
  }

  public int entityCount() {
    return entityId.length;
  }

  public int surfaceFormCount() {
    return aliasEntity.length;
  }

  /**
   * Problems found while compiling that do not stop the job (e.g. an exclusion equal to an alias).
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The case-folded token keys ({@link Tokenizer#key}) of the surface forms of one entity type and
   * some alias kinds; for leaders, only those holding any role on {@code inOffice} (null: all).
   * Used by the accuracy scorer to define recall denominators.
   */
  public Set<String> surfaceKeys(String type, Set<String> kinds, LocalDate inOffice) {
    Set<Integer> holding = new HashSet<>();
    if (inOffice != null) {
      long day = inOffice.toEpochDay();
      for (int h = 0; h < holderEntity.length; h++) {
        if (holderFrom[h] <= day && day < holderTo[h]) {
          holding.add(holderEntity[h]);
        }
      }
    }
    Set<String> keys = new HashSet<>();
    for (int a = 0; a < aliasEntity.length; a++) {
      int e = aliasEntity[a];
      if (entityType[e].equals(type)
          && kinds.contains(aliasKind[a])
          && (inOffice == null || holding.contains(e))) {
        keys.add(String.join(" ", aliasForms[a]).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return keys;
  }

  /**
   * Whether a leader could be meant on {@code date}: their first role starts on or before it (or
   * they have no roles). "Marcos" in 1987 is Ferdinand Marcos, not his son.
   */
  boolean activeBy(int entity, LocalDate date) {
    if (date == null) {
      return true;
    }
    int from = entityHolderStart[entity];
    int to = entityHolderStart[entity + 1];
    long day = date.toEpochDay();
    for (int k = from; k < to; k++) {
      if (holderFrom[entityHolders[k]] <= day) {
        return true;
      }
    }
    return from == to; // no roles at all
  }

  /** The country of the outlet {@code source}: a label, host or outlet id (first listed match). */
  String outletCountry(String source) {
    if (source == null) {
      return null;
    }
    String s = outletKey(source);
    for (int i = 0; i < outletMatch.length; i++) {
      if (s.contains(outletMatch[i])) {
        return outletCountry[i];
      }
    }
    return null;
  }

  /**
   * Letters and digits only, lower case: a source label ("Times of India"), a host
   * ("timesofindia.indiatimes.com") and an outlet id ("times-of-india") of one outlet all contain
   * the same key ("timesofindia").
   */
  static String outletKey(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Edit distances up to one and two ({@code apply} gives -1 beyond them): misspelt names. */
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);

  private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

  /**
   * Whether a word of a person's names (the entity's name or any of its aliases) is {@code key}
   * (lower case), or a misspelling of one: the same first letter, four letters or more, and one
   * edit apart (two from seven letters on), or a run-together word holding one of five letters or
   * more. A role right before a misspelt name ("Japanese Prime Minister Fumio Kishia", "Ukrainian
   * President Volodymr Zelensky", "British prime minister MargaretThatcher") still names its
   * holder; a word that merely starts alike ("Association" and "Assoumani") does not.
   */
  boolean nameWord(int entity, String key) {
    for (String word : entityNameWords[entity]) {
      if (word.equals(key)
          || word.length() >= 5 && key.contains(word)
          || word.length() >= 4
              && key.length() >= 4
              && word.charAt(0) == key.charAt(0)
              && (Math.max(word.length(), key.length()) >= 7 ? WITHIN_TWO : WITHIN_ONE)
                      .apply(word, key)
                  >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Leaders holding {@code roleId} for {@code country} on {@code date} (entity indexes). */
  int[] holdersOn(String roleId, String country, LocalDate date) {
    int[] candidates = holders.get(roleId + "|" + country);
    if (candidates == null || date == null) {
      return new int[0];
    }
    long day = date.toEpochDay();
    return Arrays.stream(candidates)
        .filter(h -> holderFrom[h] <= day && day < holderTo[h])
        .map(h -> holderEntity[h])
        .distinct()
        .toArray();
  }

  /**
   * The holder of {@code roleId} for {@code country} whose spell ended last before {@code date} and
   * who does not hold it on that date ("the former New Zealand prime minister" in 2023: Ardern), or
   * none.
   */
  int[] latestFormerHolder(String roleId, String country, LocalDate date) {
    int[] candidates = holders.get(roleId + "|" + country);
    if (candidates == null || date == null) {
      return new int[0];
    }
    long day = date.toEpochDay();
    Set<Integer> current = new HashSet<>();
    for (int h : candidates) {
      if (holderFrom[h] <= day && day < holderTo[h]) {
        current.add(holderEntity[h]);
      }
    }
    int best = -1;
    for (int h : candidates) {
      if (holderTo[h] <= day
          && !current.contains(holderEntity[h])
          && (best < 0 || holderTo[h] > holderTo[best])) {
        best = h;
      }
    }
    return best < 0 ? new int[0] : new int[] {holderEntity[best]};
  }

  /**
   * Whether the person holds {@code roleId} (for any country) on {@code date}. Scans the role's
   * holder lists; used only for a bare role as a speaker ("..., says PM"), which is rare.
   */
  boolean holdsRoleOn(int entity, String roleId, LocalDate date) {
    if (date == null) {
      return false;
    }
    long day = date.toEpochDay();
    String prefix = roleId + "|";
    for (Map.Entry<String, int[]> e : holders.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      for (int h : e.getValue()) {
        if (holderEntity[h] == entity && holderFrom[h] <= day && day < holderTo[h]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the person held {@code roleId} (for any country) at any time. */
  boolean heldRole(int entity, String roleId) {
    String prefix = roleId + "|";
    for (Map.Entry<String, int[]> e : holders.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      for (int h : e.getValue()) {
        if (holderEntity[h] == entity) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the person holds any role on {@code date}. */
  boolean inOfficeOn(int entity, LocalDate date) {
    if (date == null) {
      return false;
    }
    long day = date.toEpochDay();
    for (int k = entityHolderStart[entity]; k < entityHolderStart[entity + 1]; k++) {
      int h = entityHolders[k];
      if (holderFrom[h] <= day && day < holderTo[h]) {
        return true;
      }
    }
    return false;
  }

  /** Compiles entities and role definitions with the shipped word lists. */
  public static CompiledGazetteer compile(
      List<GazetteerFile.Entity> entities, List<GazetteerFile.RoleDef> roles) {
    return compile(entities, roles, AnnotateWords.defaults());
  }

  /** Compiles entities and role definitions with the given word lists. */
  public static CompiledGazetteer compile(
      List<GazetteerFile.Entity> entities, List<GazetteerFile.RoleDef> roles, AnnotateWords words) {
    return compile(entities, roles, List.of(), words);
  }

  /** Compiles entities, role definitions and outlets with the given word lists. */
  public static CompiledGazetteer compile(
      List<GazetteerFile.Entity> entities,
      List<GazetteerFile.RoleDef> roles,
      List<GazetteerFile.Outlet> outlets,
      AnnotateWords words) {
    Builder b = new Builder();
    for (GazetteerFile.Outlet o : outlets) {
      b.outletMatch.add(outletKey(o.match()));
      b.outletCountry.add(o.country());
    }
    for (GazetteerFile.Entity e : entities) {
      b.addEntity(e);
    }
    b.warnSharedAliases();
    for (int r = 0; r < roles.size(); r++) {
      b.roleIds.add(roles.get(r).id());
      for (String phrase : roles.get(r).phrases()) {
        b.insert(phrase, OUT_ROLE, r);
        b.rolePhrases.putIfAbsent(phrase.toLowerCase(Locale.ROOT), roles.get(r).id());
      }
    }
    for (String title : words.list("titles")) {
      b.insert(title, OUT_TITLE, 0);
    }
    for (GazetteerFile.RoleDef role : roles) {
      for (String phrase : role.phrases()) {
        if (phrase.length() > 3) {
          b.insert(phrase, OUT_TITLE, 0);
        }
      }
    }
    return new CompiledGazetteer(b, words);
  }

  private static final class Builder {
    final List<String> entityId = new ArrayList<>();
    final List<String> entityType = new ArrayList<>();
    final List<String> entityName = new ArrayList<>();
    final List<String[]> entityLabels = new ArrayList<>();
    final List<Boolean> entityHasAmbiguous = new ArrayList<>();
    final Map<Integer, List<PossessivePhrase>> possessiveExcludes = new HashMap<>();
    final List<Integer> aliasEntity = new ArrayList<>();
    final List<String> aliasKind = new ArrayList<>();
    final List<Byte> aliasCase = new ArrayList<>();
    final List<Boolean> aliasAmbiguous = new ArrayList<>();
    final List<Boolean> aliasForename = new ArrayList<>();
    final List<ContextRule> aliasRule = new ArrayList<>();
    final List<Integer> senseEntity = new ArrayList<>();
    final List<Integer> senseWindow = new ArrayList<>();
    final List<int[]> senseAliases = new ArrayList<>();
    final List<Byte> senseSide = new ArrayList<>();
    final List<Byte> senseCase = new ArrayList<>();
    final List<Set<String>> senseUnless = new ArrayList<>();
    final List<Set<String>> senseNotAcross = new ArrayList<>();
    final List<Set<String>> senseUnlessNotAcross = new ArrayList<>();
    final List<Set<String>> senseRightAfter = new ArrayList<>();
    final List<Boolean> senseUnlessProse = new ArrayList<>();
    final List<Boolean> senseQuoted = new ArrayList<>();
    final List<Byte> senseUnlessSide = new ArrayList<>();
    final List<Integer> senseUnlessWindow = new ArrayList<>();
    final List<Long> senseFromDay = new ArrayList<>();
    final List<Long> senseToDay = new ArrayList<>();
    int senseTokensMax;
    final List<String> outletMatch = new ArrayList<>();
    final List<String> outletCountry = new ArrayList<>();
    final List<String[]> aliasForms = new ArrayList<>();
    final List<Integer> aliasLetters = new ArrayList<>();
    final List<String> roleIds = new ArrayList<>();
    final HashMap<String, String> rolePhrases = new HashMap<>();
    final Map<String, List<Integer>> holders = new HashMap<>();
    final List<Integer> holderEntity = new ArrayList<>();
    final List<Long> holderFrom = new ArrayList<>();
    final List<Long> holderTo = new ArrayList<>();
    final List<Boolean> holderActing = new ArrayList<>();
    final HashMap<String, Integer> tokenIds = new HashMap<>();
    final List<Map<Integer, Integer>> children = new ArrayList<>();
    final List<List<Long>> outputs = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /**
     * The aliases by their lower-case token forms, in file order (for {@link #warnSharedAliases}).
     */
    final Map<String, List<Integer>> aliasesByKey = new java.util.LinkedHashMap<>();

    /** The most warnings about shared aliases listed one by one; the rest are counted. */
    static final int SHARED_ALIAS_WARNINGS = 50;

    Builder() {
      newNode();
    }

    int newNode() {
      children.add(new HashMap<>(2));
      outputs.add(new ArrayList<>(1));
      return children.size() - 1;
    }

    /**
     * Adds a path for {@code phrase}; returns its normalised token forms (empty: nothing added).
     */
    String[] insert(String phrase, byte type, int index) {
      Tokenizer.Tokens t = Tokenizer.tokenize(phrase);
      if (t.size == 0) {
        return new String[0];
      }
      int node = 0;
      for (int i = 0; i < t.size; i++) {
        Integer id = tokenIds.get(t.key[i]);
        if (id == null) {
          id = tokenIds.size();
          tokenIds.put(t.key[i], id);
        }
        Integer next = children.get(node).get(id);
        if (next == null) {
          next = newNode();
          children.get(node).put(id, next);
        }
        node = next;
      }
      long out = ((long) type << 32) | (index & 0xFFFFFFFFL);
      if (!outputs.get(node).contains(out)) {
        outputs.get(node).add(out);
      }
      return Arrays.copyOf(t.form, t.size);
    }

    /**
     * Warns of an alias that entities of one layer (actors; terms) share without a {@code when:}
     * rule on each, saying what the matcher does with it (MentionFinder#resolveByContext): the
     * entity whose alias kind ranks first gets it ("Jerusalem": the city's name before Israel's
     * metonym), or, with equal kinds or with context rules on some, it is one mention reported
     * ambiguous where nothing decides, which the measure tables do not count. Not for people alone:
     * a surname or a name several leaders and persons share is the rule ("Clinton", "Harris"), and
     * the people's own rules (dates of office, the name in full, a title) choose. Not for aliases
     * all {@code case: exact} whose spellings differ: they never match one text.
     */
    void warnSharedAliases() {
      int listed = 0;
      int more = 0;
      for (Map.Entry<String, List<Integer>> e : aliasesByKey.entrySet()) {
        if (e.getValue().size() < 2) {
          continue;
        }
        for (boolean term : new boolean[] {false, true}) {
          List<Integer> shared = new ArrayList<>();
          Map<Integer, Integer> kindOf = new java.util.LinkedHashMap<>(); // entity -> best rank
          for (int a : e.getValue()) {
            int x = aliasEntity.get(a);
            if (entityType.get(x).equals("term") == term) {
              shared.add(a);
              kindOf.merge(x, MentionFinder.kindRank(aliasKind.get(a)), Math::min);
            }
          }
          Set<Integer> entities = kindOf.keySet();
          if (entities.size() < 2
              || shared.stream().allMatch(a -> aliasRule.get(a) != null)
              || entities.stream().allMatch(x -> MentionFinder.isPerson(entityType.get(x)))
              || neverTheSameText(shared)) {
            continue;
          }
          if (listed == SHARED_ALIAS_WARNINGS) {
            more++;
            continue;
          }
          listed++;
          List<String> named = new ArrayList<>();
          List<String> unruled = new ArrayList<>();
          for (int x : entities) {
            named.add(
                entityId.get(x)
                    + " ("
                    + entityType.get(x)
                    + " "
                    + entityName.get(x)
                    + ") as "
                    + kindName(kindOf.get(x)));
          }
          for (int a : shared) {
            if (aliasRule.get(a) == null && !unruled.contains(entityId.get(aliasEntity.get(a)))) {
              unruled.add(entityId.get(aliasEntity.get(a)));
            }
          }
          boolean noneRuled = shared.stream().allMatch(a -> aliasRule.get(a) == null);
          int first = java.util.Collections.min(kindOf.values());
          List<Integer> winners = entities.stream().filter(x -> kindOf.get(x) == first).toList();
          String outcome =
              noneRuled && winners.size() == 1
                  ? ": the matcher gives it to "
                      + entityId.get(winners.get(0))
                      + ", whose "
                      + kindName(first)
                      + " ranks first (name, alias, acronym, surname, demonym, metonym, variant);"
                      + " give each a when: rule to let the article's context choose"
                  : ": where no rule decides, it is one mention reported ambiguous"
                      + " (ambiguous_candidates) and counted for none of them; give each a when:"
                      + " rule, or keep the alias on one entity only";
          warnings.add(
              "alias '"
                  + String.join(" ", aliasForms.get(shared.get(0)))
                  + "' names "
                  + String.join(", ", named.subList(0, named.size() - 1))
                  + " and "
                  + named.get(named.size() - 1)
                  + (noneRuled
                      ? ", and none of them has a when: rule for it"
                      : ", and "
                          + String.join(", ", unruled)
                          + (unruled.size() == 1 ? " has" : " have")
                          + " no when: rule for it")
                  + outcome);
        }
      }
      if (more > 0) {
        warnings.add(
            more
                + " more aliases are shared by several entities without a when: rule on each"
                + " (the first "
                + SHARED_ALIAS_WARNINGS
                + " are listed above)");
      }
    }

    private static String kindName(int rank) {
      return rank < MentionFinder.KIND_ORDER.size() ? MentionFinder.KIND_ORDER.get(rank) : "other";
    }

    /** Whether the aliases are all {@code case: exact}, each entity's spelled differently. */
    private boolean neverTheSameText(List<Integer> aliases) {
      Map<String, Integer> entityOf = new HashMap<>();
      for (int a : aliases) {
        if (aliasCase.get(a) != CASE_EXACT) {
          return false;
        }
        Integer other =
            entityOf.putIfAbsent(String.join(" ", aliasForms.get(a)), aliasEntity.get(a));
        if (other != null && other.intValue() != aliasEntity.get(a)) {
          return false;
        }
      }
      return true;
    }

    /** Whether an alias has exactly one letter or digit ("X", "7", "X."). */
    static boolean singleLetterOrDigit(String text) {
      return text.codePoints().filter(Character::isLetterOrDigit).count() == 1;
    }

    /** A sense's {@code side} or {@code unless_side}, checked at load, as a SIDE_ value. */
    private static byte side(String side) {
      return switch (side) {
        case "before" -> SIDE_BEFORE;
        case "after" -> SIDE_AFTER;
        default -> SIDE_EITHER;
      };
    }

    /** The keys of single-token words (an {@code other_senses} list), as a set. */
    private static Set<String> keySet(List<String> words) {
      Set<String> keys = new HashSet<>();
      for (String word : words) {
        keys.add(keysOf(word));
      }
      return Set.copyOf(keys);
    }

    private static String keysOf(String phrase) {
      Tokenizer.Tokens t = Tokenizer.tokenize(phrase);
      return String.join(" ", Arrays.copyOf(t.key, t.size));
    }

    void addEntity(GazetteerFile.Entity e) {
      int entity = entityId.size();
      entityId.add(e.id());
      entityType.add(e.type());
      entityName.add(e.name());
      entityLabels.add(e.labels().toArray(String[]::new));
      boolean anyAmbiguous = false;
      Set<String> aliasKeys = new HashSet<>();
      for (GazetteerFile.Alias a : e.aliases()) {
        if (singleLetterOrDigit(a.text())
            && !("exact".equals(a.casePolicy()) && a.when() != null)) {
          // it stands alone as a word in "Plan X", "X-ray" (a hyphen separates words), "I", "A"
          warnings.add(
              e.id()
                  + ": alias '"
                  + a.text()
                  + "' is a single letter or digit: it matches every '"
                  + a.text().strip()
                  + "' that stands alone as a word (a hyphen separates words); give it case:"
                  + " exact and a when: rule (cue words, outlet or article countries), or remove"
                  + " it");
        }
        int alias = aliasEntity.size();
        String[] forms = insert(a.text(), OUT_ALIAS, alias);
        aliasEntity.add(entity);
        aliasKind.add(a.kind());
        aliasCase.add(
            "exact".equals(a.casePolicy())
                ? CASE_EXACT
                : "any".equals(a.casePolicy())
                    ? CASE_ANY
                    : "prose".equals(a.casePolicy()) ? CASE_PROSE : CASE_AS_WRITTEN);
        aliasAmbiguous.add(a.ambiguous());
        aliasForename.add(a.forename());
        aliasRule.add(a.when() == null ? null : new ContextRule(a.when()));
        aliasForms.add(forms);
        aliasLetters.add((int) a.text().chars().filter(Character::isLetter).count());
        anyAmbiguous |= a.ambiguous();
        aliasKeys.add(String.join(" ", forms).toLowerCase(java.util.Locale.ROOT));
        aliasesByKey
            .computeIfAbsent(
                String.join(" ", forms).toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>(1))
            .add(alias);
      }
      entityHasAmbiguous.add(anyAmbiguous);
      for (String phrase : e.exclude()) {
        String[] keys =
            Arrays.copyOf(Tokenizer.tokenize(phrase).key, Tokenizer.tokenize(phrase).size);
        if (aliasKeys.contains(String.join(" ", keys))) {
          // would switch the alias off everywhere: a data error (e.g. "Moscow, Idaho" split in two)
          warnings.add(e.id() + ": exclusion '" + phrase + "' equals an alias and is ignored");
          continue;
        }
        Tokenizer.Tokens phraseTokens = Tokenizer.tokenize(phrase);
        for (int i = 0; i < phraseTokens.size - 1; i++) {
          if (phraseTokens.possessive(i)) {
            // the trie walk stops at a possessive, so "America's Cup" is checked on its own
            possessiveExcludes
                .computeIfAbsent(entity, k -> new ArrayList<>())
                .add(PossessivePhrase.of(phraseTokens));
            break;
          }
        }
        insert(phrase, OUT_EXCLUDE, entity);
      }
      for (String word : e.excludeContext()) {
        insert(word, OUT_CONTEXT, entity);
      }
      int firstAlias = aliasEntity.size() - e.aliases().size();
      for (GazetteerFile.Sense sense : e.otherSenses()) {
        int id = senseEntity.size();
        int[] ids = null;
        if (!sense.aliases().isEmpty()) {
          // Every alias that reads as the named one: aliases differing only in what the tokenizer
          // drops ("self-defence", "self defence") are one key in the trie, and a match may report
          // any of them.
          List<Integer> covered = new ArrayList<>();
          for (String named : sense.aliases()) {
            String want = keysOf(named);
            boolean found = false;
            for (int a = firstAlias; a < aliasEntity.size(); a++) {
              if (String.join(" ", aliasForms.get(a))
                  .toLowerCase(java.util.Locale.ROOT)
                  .equals(want)) {
                covered.add(a);
                found = true;
              }
            }
            if (!found) {
              throw new IllegalArgumentException(
                  "entity '"
                      + e.id()
                      + "': other_senses names '"
                      + named
                      + "', which is not one of its aliases");
            }
          }
          ids = covered.stream().distinct().mapToInt(Integer::intValue).toArray();
        }
        senseEntity.add(entity);
        senseWindow.add(sense.window());
        senseAliases.add(ids);
        senseSide.add(side(sense.side()));
        senseCase.add(
            switch (sense.nearCase()) {
              case "lower" -> NEAR_LOWER;
              case "opening" -> NEAR_OPENING;
              case "headline" -> NEAR_HEADLINE;
              default -> NEAR_ANY;
            });
        senseUnless.add(keySet(sense.unless()));
        senseNotAcross.add(keySet(sense.notAcross()));
        senseUnlessNotAcross.add(keySet(sense.unlessNotAcross()));
        senseRightAfter.add(keySet(sense.rightAfter()));
        senseUnlessProse.add(sense.unlessCase().equals("prose"));
        senseQuoted.add(sense.quoted());
        senseUnlessSide.add(side(sense.unlessSide()));
        senseUnlessWindow.add(sense.unlessWindow());
        LocalDate first = sense.fromDate();
        LocalDate end = sense.toDate();
        senseFromDay.add(first == null ? Long.MIN_VALUE : first.toEpochDay());
        senseToDay.add(end == null ? Long.MAX_VALUE : end.toEpochDay());
        for (String word : sense.near()) {
          senseTokensMax = Math.max(senseTokensMax, insert(word, OUT_SENSE, id).length);
        }
      }
      for (GazetteerFile.Role role : e.roles()) {
        int h = holderEntity.size();
        holderEntity.add(entity);
        holderFrom.add(role.fromDate().toEpochDay());
        holderTo.add(role.toDate() == null ? Long.MAX_VALUE : role.toDate().toEpochDay());
        holderActing.add(role.acting());
        holders.computeIfAbsent(role.role() + "|" + role.country(), k -> new ArrayList<>()).add(h);
      }
    }
  }
}
