package org.newstrends.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations in one field's text and says what kind they are and who speaks.
 *
 * <p>Double quotes pair up in order (an unclosed one runs to the end of the paragraph, as in
 * multi-paragraph quotes); single quotes count as quotation marks when they open after a space or
 * the start and close before a non-letter (so {@code Iran's} and {@code don't} are not quotes).
 *
 * <ul>
 *   <li>{@code speech}: the quote is attributed by a speech verb next to it ({@code X said: "..."},
 *       {@code "...," X said}, {@code "..." said X}, {@code '...': Iran warns}, {@code according to
 *       X}), or it is a clause of four or more words.
 *   <li>{@code scare}: one to three words with no speech verb next to it (the title's {@code
 *       'genocide'}). Such a fragment may still carry a speaker: the subject of a reporting verb
 *       earlier in the same sentence ({@code Raisi has accused the West of supporting "genocide"}
 *       gives speaker "Iranian President Ebrahim Raisi"), because the word is that person's, not
 *       the outlet's.
 * </ul>
 */
public final class Quotes implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final Pattern before;

  /**
   * The first words of {@code speech_verbs} and of those with {@code reporting_verbs_extra}: a text
   * with none of them as a word has no speech (reporting) verb, so the patterns that need one after
   * a space or a comma cannot match it ({@link #hasWordOf}, tested before them).
   */
  private final java.util.Set<String> speechVerbStarts;

  private final java.util.Set<String> reportingVerbStarts;

  private final Pattern afterSubjectVerb;
  private final Pattern afterVerbSubject;
  private final Pattern afterLongSubjectVerb;
  private final java.util.Set<String> statementNounSet;

  /**
   * Round 21: right after a quotation, a phrase of {@code speaker_after_quote_phrases} ("in the
   * words of", "this quotation of") and its speaker, up to a comma, a full stop, a dash or a
   * parenthesis.
   */
  private final Pattern wordsOfAfter;

  private final Pattern afterColon;
  private final Pattern reportingSubject;
  private final java.util.Set<String> notSpeakers;
  private final java.util.Set<String> headlineRubrics;
  private final java.util.Set<String> headlineRubricLastWords;
  private final java.util.Set<String> speakerCutWords;
  private final java.util.Set<String> speakerPronounSubordinators;
  private final java.util.Set<String> speakerPronounClauseCapitals;
  private final java.util.Set<String> speakerCutVerbs;
  private final java.util.Set<String> speakerRelativePronouns;
  private final java.util.Set<String> relativeAntecedentDeterminers;
  private final java.util.Set<String> speakerBodyHeads;
  private final java.util.Set<String> givenNames;
  private final java.util.Set<String> speakerSubjectVerbs;
  private final Pattern sentenceSubject;
  private final java.util.Set<String> pronouns;
  private final java.util.Set<String> openers;
  private final java.util.Set<String> pastVerbs;
  private final java.util.Set<String> speechVerbs;

  /** Round 13: last words of a lede subject run on past the name ("The police chief who led a"). */
  private final java.util.Set<String> ledeSubjectRunOn;

  /**
   * Round 13 guard: words of a lede subject the report is about ("An alleged robber"), and phrases
   * right after it showing a report about the subject ("accused of", "admitted").
   */
  private final java.util.Set<String> ledeAllegationSubject;

  private final List<String> ledeAllegationAfter;

  private final Pattern appositive;
  private final Pattern innerSpeech;
  private final java.util.Set<String> innerSpeakerDeterminers;
  private final java.util.Set<String> objectSpeechGerunds;
  private final java.util.Set<String> headlineDashSources;
  private final java.util.Set<String> speakerNotStateVoice;
  private final Pattern sentenceEndAttribution;
  private final Pattern invertedSentenceEnd;
  private final java.util.Set<String> invertedSubjectNotOpeners;
  private final java.util.Set<String> speechParticiples;
  private final Pattern participle;
  private final Pattern passiveBefore;
  private final java.util.Set<String> passiveAuxiliaries;
  private final java.util.Set<String> passiveWithoutAuxiliary;
  private final java.util.Set<String> labelSpeechVerbs;
  private final java.util.Set<String> nameAbbreviations;
  private final java.util.Set<String> nameQuoteBefore;
  private final java.util.Set<String> titleSmallWords;
  private final java.util.Set<String> chainedAppositiveOpeners;
  private final java.util.Set<String> causativeOpeners;
  private final java.util.Set<String> speechNouns;
  private final java.util.Set<String> headlineSubjectVerbs;
  private final Pattern titleQuoteSubject;
  private final java.util.Set<String> relativeSubjectAdverbs;
  private final Pattern pronounSpeaks;
  private final java.util.Set<String> speakerObjectPrepositions;
  private final java.util.Set<String> speakerObjectFor;
  private final java.util.Set<String> speakerLocativeInstitutions;
  private final java.util.Set<String> definiteSpeakerHeads;

  /**
   * Round 46: words opening a sentence's adverbial ({@code adverbial_openers}: "In a tweet",
   * "Amid"); {@link #adverbialOpening}.
   */
  private final java.util.Set<String> adverbialOpeners;

  private final java.util.Set<String> labelQuoteBefore;
  private final java.util.Set<String> titleCaseNotVerbs;
  private final java.util.Set<String> headlineLabelSubjectOpeners;
  private final java.util.Set<String> headlineLabelPassiveAfter;
  private final Pattern unclosedAttribution;

  /**
   * Round 25: an inverted attribution naming someone, after a comma or a closing mark: a verb of
   * {@code inverted_attribution_verbs} and two to five capitalised words, then a comma and a
   * lower-case word, or the sentence's end ("..., said Martha Hesse, chairman of ...").
   */
  private final Pattern invertedNamed;

  /**
   * Speakers round 2: an attribution after a comma, outside quotation marks, mid-sentence or ending
   * it: a subject of one to eight words, a verb of {@code clause_attribution_verbs}, for "told" an
   * optional object ("Reuters", "reporters", "a local radio station"), then a comma or the
   * sentence's end ({@link #clauseNamed}).
   */
  private final Pattern clauseNamed;

  private final java.util.Set<String> clauseSpeakerHeads;

  /** Speakers round 3: lower-case words before a headline description's head ("foreign"). */
  private final java.util.Set<String> headlineDescriptionAdjectives;

  private final java.util.Set<String> clauseSubjectBreaks;

  /** Round 25: a word, then a verb of {@code inverted_attribution_verbs} ({@link #otherSpeaks}). */
  private final Pattern otherSpeaks;

  /**
   * Round 25: the owner of a statement in the quotation's sentence ({@link #statementOwner}):
   * possessive ("The Court of Auditors' statement that"), after "In a statement," ("In a statement,
   * the ministry described ..."), or the sentence's subject ("Governor X revealed in a statement
   * ...", "Robinson ... issued a statement ...").
   */
  private final Pattern statementPossessive;

  private final Pattern statementIn;
  private final Pattern statementSubject;
  private final java.util.Set<String> statementGapBreaks;

  /**
   * Round 35: conjunctions opening a clause whose subject speaks ({@code
   * speaker_clause_conjunctions}), and the words before one that make it none ({@code
   * speaker_clause_not_after}); {@link #subordinateSubject}.
   */
  private final java.util.Set<String> speakerClauseConjunctions;

  private final java.util.Set<String> speakerClauseNotAfter;

  /** Round 35: adverbs a speaker text cut after a comma may be alone ({@link #adverbSubject}). */
  private final java.util.Set<String> speakerLoneAdverbs;

  /**
   * Round 38: speech verbs that end the subject inside a run-on speaker text ({@code
   * speaker_inner_speech_verbs}); {@link #innerSpeechSubject}.
   */
  private final java.util.Set<String> speakerInnerSpeechVerbs;

  /**
   * Round 44: auxiliaries that make a present progressive before a word in -ing, so that the
   * sentence's subject speaks the next quotation ({@code progressive_auxiliaries}); {@link
   * #previousSubject}.
   */
  private final java.util.Set<String> progressiveAuxiliaries;

  /**
   * Round 44: openers that may open a previous sentence's subject of three words or more ({@code
   * previous_subject_openers}: "Former President Trump"); {@link #previousSubject}.
   */
  private final java.util.Set<String> previousSubjectOpeners;

  /**
   * The quotation rules with the speech and reporting verbs of {@code words} ({@code speech_verbs},
   * {@code reporting_verbs_extra} in {@code conf/rules/annotate-words.yaml}).
   */
  public Quotes(AnnotateWords words) {
    notSpeakers = words.lowerCaseSet("not_speakers");
    headlineRubrics = words.lowerCaseSet("headline_rubrics");
    headlineRubricLastWords = words.lowerCaseSet("headline_rubric_last_words");
    speakerCutWords = words.lowerCaseSet("speaker_cut_words");
    speakerPronounSubordinators = words.lowerCaseSet("speaker_pronoun_subordinators");
    speakerPronounClauseCapitals = words.lowerCaseSet("speaker_pronoun_clause_capitals");
    speakerCutVerbs = words.lowerCaseSet("speaker_cut_verbs");
    speakerRelativePronouns = words.lowerCaseSet("speaker_relative_pronouns");
    relativeAntecedentDeterminers = words.lowerCaseSet("relative_antecedent_determiners");
    speakerBodyHeads = words.lowerCaseSet("speaker_body_heads");
    givenNames = words.lowerCaseSet("given_names");
    speakerSubjectVerbs = words.lowerCaseSet("speaker_subject_verbs");
    pronouns = words.lowerCaseSet("subject_pronouns");
    openers = words.lowerCaseSet("openers");
    pastVerbs = words.lowerCaseSet("irregular_past_verbs");
    speechVerbs = words.lowerCaseSet("speech_verbs");
    nameAbbreviations = words.lowerCaseSet("name_abbreviations");
    nameQuoteBefore = words.lowerCaseSet("name_quote_before", "name_quote_before_prepositions");
    titleSmallWords = words.lowerCaseSet("title_small_words");
    chainedAppositiveOpeners = words.lowerCaseSet("chained_appositive_openers");
    causativeOpeners = words.lowerCaseSet("causative_openers");
    speechNouns = words.lowerCaseSet("speech_nouns");
    headlineSubjectVerbs = words.lowerCaseSet("headline_subject_verbs");
    passiveAuxiliaries = words.lowerCaseSet("passive_auxiliaries");
    passiveWithoutAuxiliary = words.lowerCaseSet("passive_without_auxiliary");
    labelSpeechVerbs =
        words.lowerCaseSet(
            "speech_verbs",
            "reporting_verbs_extra",
            "headline_subject_verbs",
            "title_quote_subject_verbs");
    ledeSubjectRunOn = words.lowerCaseSet("lede_subject_run_on");
    ledeAllegationSubject = words.lowerCaseSet("lede_allegation_subject");
    ledeAllegationAfter = List.copyOf(words.lowerCaseSet("lede_allegation_after"));
    relativeSubjectAdverbs = words.lowerCaseSet("relative_subject_adverbs");
    speakerObjectPrepositions = words.lowerCaseSet("speaker_object_prepositions");
    speakerObjectFor = words.lowerCaseSet("speaker_object_for");
    speakerLocativeInstitutions = words.lowerCaseSet("speaker_locative_institutions");
    definiteSpeakerHeads = words.lowerCaseSet("definite_speaker_heads");
    adverbialOpeners = words.lowerCaseSet("adverbial_openers");
    labelQuoteBefore = words.lowerCaseSet("label_quote_before");
    titleCaseNotVerbs = words.lowerCaseSet("title_case_not_verbs");
    headlineLabelSubjectOpeners = words.lowerCaseSet("headline_label_subject_openers");
    headlineLabelPassiveAfter = words.lowerCaseSet("headline_label_passive_after");
    invertedSubjectNotOpeners = words.lowerCaseSet("inverted_subject_not_openers");
    speechParticiples = words.lowerCaseSet("speech_participles");
    innerSpeakerDeterminers = words.lowerCaseSet("inner_speaker_determiners");
    objectSpeechGerunds = words.lowerCaseSet("object_speech_gerunds");
    headlineDashSources = words.lowerCaseSet("headline_dash_sources");
    speakerNotStateVoice = words.lowerCaseSet("speaker_not_state_voice");
    // round 10: "'We have been mistaken for terrorists': Italy's most controversial rap group fight
    // persecution": a headline opened by a quotation, a colon, then its subject and a verb of
    // title_quote_subject_verbs
    titleQuoteSubject =
        Pattern.compile(
            "^\\s*:\\s+(\\p{Lu}[^,;:\"\u201c\u201d\u2018.!?()|]{0,60}?)\\s+(?i:"
                + byFirstLetter(words.alternation("title_quote_subject_verbs"))
                + ")\\b");
    // round 10: "But he added it did not imply ...": a pronoun speaking in a paragraph without a
    // quotation of its own
    pronounSpeaks =
        Pattern.compile(
            "(?:^|[\\s,])(?:[Hh]e|[Ss]he)\\s+(?:(?:also|then|later|again)\\s+)?(?:"
                + byFirstLetter(words.alternation("speech_verbs"))
                + ")\\b");
    // round 12: "\"I don't see any reason to change full year earnings estimates, said Frederick
    // Meinke, analyst at E.F. Hutton Co. He thinks ...": an opening mark never closed, attributed
    // inside the paragraph ("..., said Name" or "..., Name said")
    unclosedAttribution =
        Pattern.compile(
            ",\\s+(?:(?:"
                + byFirstLetter(words.alternation("speech_verbs"))
                + ")\\s+(\\p{Lu}[\\p{L}'\u2019.-]*)|(\\p{Lu}[\\p{L}'\u2019.-]*)(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}\\s+(?:"
                + byFirstLetter(words.alternation("speech_verbs"))
                + ")\\b)");
    invertedNamed =
        Pattern.compile(
            "(?:,|[.!?,]?[\"'\u201d\u2019])\\s+(?i:"
                + byFirstLetter(words.alternation("inverted_attribution_verbs"))
                + ")\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,4}?)"
                + "(?=,\\s+\\p{Ll}|\\.?\\s*$|\\.\\s+\\p{Lu})");
    clauseNamed =
        Pattern.compile(
            ",\\s+(\\p{L}[\\p{L}'\u2019.&-]*(?:\\s+[\\p{L}'\u2019.&-]+){0,7}?)\\s+(?:"
                + words.alternation("clause_attribution_verbs")
                + ")(?:\\s+(?:Reuters|reporters|journalists|(?:a|an|the)\\s+[\\p{L} -]{1,40}?))?"
                + "(?=\\s*,\\s|\\.?\\s*$|\\.\\s+\\p{Lu})");
    clauseSpeakerHeads = words.lowerCaseSet("clause_speaker_heads");
    headlineDescriptionAdjectives = words.lowerCaseSet("headline_description_adjectives");
    clauseSubjectBreaks = words.lowerCaseSet("clause_subject_breaks");
    otherSpeaks =
        Pattern.compile(
            "([\\p{L}'\u2019\"\u201d,.-]+)\\s+((?i:"
                + byFirstLetter(words.alternation("inverted_attribution_verbs"))
                + "))\\b");
    statementGapBreaks = words.lowerCaseSet("statement_gap_breaks");
    speakerClauseConjunctions = words.lowerCaseSet("speaker_clause_conjunctions");
    speakerClauseNotAfter = words.lowerCaseSet("speaker_clause_not_after");
    speakerLoneAdverbs = words.lowerCaseSet("speaker_lone_adverbs");
    speakerInnerSpeechVerbs = words.lowerCaseSet("speaker_inner_speech_verbs");
    progressiveAuxiliaries = words.lowerCaseSet("progressive_auxiliaries");
    previousSubjectOpeners = words.lowerCaseSet("previous_subject_openers");
    statementNounSet = words.lowerCaseSet("statement_nouns");
    String nouns = "(?i:" + words.alternation("statement_nouns") + ")";
    String name = "\\p{Lu}[\\p{L}.-]*(?:\\s+(?:(?:of|for|the)\\s+){0,2}\\p{Lu}[\\p{L}.-]*){0,3}";
    String body = "(?:\\s+(?:" + words.alternation("speaker_body_heads") + "))?";
    String gap = "([^\"\u201c\u201d\u2018\u2019;:.?!]{0,120}?)[,:]?\\s*$";
    statementPossessive =
        Pattern.compile(
            "(?:^|[\\s(])((?:[Tt]he\\s+)?"
                + name
                + body
                + ")(?:['\u2019]s|(?<=s)['\u2019])\\s+(?:(?!\\p{Ll}+(?:s|ed)\\s)\\p{Ll}+\\s+){0,2}?"
                + nouns
                + "\\b"
                + gap);
    statementIn =
        Pattern.compile(
            "(?:^\\s*|,\\s+)[Ii]n\\s+(?:a|an|its|their|his|her|a\\s+joint)\\s+(?:\\p{Ll}+\\s+){0,2}?"
                + nouns
                + "\\b[^,\"\u201c\u201d]{0,60},\\s+((?:"
                + name
                + body
                + ")|(?:the|its|their)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+\\p{Ll}"
                + gap);
    statementSubject =
        Pattern.compile(
            "^\\s*((?:[Tt]he\\s+)?"
                + name
                + body
                + ")\\s+(?:\\p{Ll}+\\s+){0,2}?(?:in\\s+(?:a|an)\\s+(?:\\p{Ll}+\\s+){0,2}?"
                + nouns
                + "|(?:issued|released|issues|releases|issuing|releasing|published|publishes|put\\s+out|puts\\s+out)\\s+(?:a|an)\\s+(?:\\p{Ll}+\\s+){0,2}?"
                + nouns
                + ")\\b"
                + gap);
    speechVerbStarts = firstWords(words.list("speech_verbs"));
    java.util.Set<String> reporting = new java.util.HashSet<>(speechVerbStarts);
    reporting.addAll(firstWords(words.list("reporting_verbs_extra")));
    reportingVerbStarts = java.util.Set.copyOf(reporting);
    String speechVerbs = byFirstLetter(words.alternation("speech_verbs"));
    String reportingVerbs =
        byFirstLetter(words.alternation("speech_verbs", "reporting_verbs_extra"));
    before =
        Pattern.compile(
            "(?:^|[,;]\\s*)([^,;\"]{1,80}?)\\s+(?:"
                + speechVerbs
                + ")\\b([^\"\\.!?;]{0,40})?[,:]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    afterSubjectVerb =
        Pattern.compile(
            "^[\\s,]*(?!(?:"
                + speechVerbs
                // round 11: an appositive up to 90 characters ("Hiromitsu Sunada, manager of Meiji
                // Mutual Life Insurance Co's international investment department said")
                + ")\\b)([^,;:\"\\.!?]{1,60}?(?:,\\s*[^,;:\"\\.!?]{1,90}?){0,2})"
                // round 22: "'...,' he's said": the subject's contracted "has" is no part of it
                + "(?:['\u2019]s)?,?\\s+(?:"
                + speechVerbs
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
    sentenceSubject =
        Pattern.compile(
            "(?:^\\s*|,[\"'\u201d\u2019]?\\s+)(\\p{Lu}[^,;:\"\\.!?]{0,80}?)\\s+(?:(?:has|have|had|also|again|then|later|on \\w+|\\w+ly)\\s+)*(?:"
                + reportingVerbs
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
    // "Gilberto Arango, president of the exporters' association, said": the appositive between a
    // name and its verb is masked (same length), so the subject patterns see "Gilberto Arango"
    appositive = appositive(reportingVerbs);
    // "'...' in a shooting on Thursday, the county police department said.": the attribution that
    // ends the quotation's sentence
    sentenceEndAttribution =
        Pattern.compile(
            "^[^\"\u201c\u201d]*,\\s*(\\p{L}[^,;:\"\u201c\u201d\\.!?]{0,60}?)\\s+(?:(?:has|have|had)\\s+)?"
                // round 9: "as a proxy for MPs to have their say on the whole deal": a noun
                + "(?<!\\b(?:their|his|her|its|our|my|your|a|the)\\s)(?:"
                + speechVerbs
                // round 22: or a day after the verb ("..., a new pamphlet from Labour Friends of
                // Israel says today.")
                + ")(?:\\s+(?:(?:on|last)\\s+\\p{L}+|today|yesterday|tonight))?"
                // round 9: "..., Hamas said in a statement, referring to its military wing."; round
                // 34: up to 100 characters ("..., Crown prosecutor Jennifer Moser says at his
                // murder-terror trial in Ontario court in Windsor.")
                + "(?:\\s+(?:in|on|at|during|to)\\s+(?:a|an|the|its|his|her|their)\\s+[^,;:\"\u201c\u201d.!?]{1,100}?)?"
                + "(?:,\\s*(?:"
                + byFirstLetter(words.alternation("speech_participles"))
                + "|referring|citing)\\b[^\"\u201c\u201d]{0,150}?)?"
                + "\\s*[.!?]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // round 19: "Hamas gunmen 'killed families in their beds' at Kfar Aza kibbutz, say Israeli
    // forces": an inverted attribution (verb, then subject) ending the quotation's sentence
    invertedSentenceEnd =
        Pattern.compile(
            "^[^\"\u201c\u201d]*,\\s*(?:"
                + speechVerbs
                + ")\\s+(\\p{L}[^,;:\"\u201c\u201d\\.!?]{0,60}?)\\s*[.!?]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // round 20: the subject also ends before a phrase of place or medium ("..., wrote Chinese
    // researchers at Beihua University in a government-funded report, published in 2010"); round
    // 21: or before "of" and a possessive name ("..., said retired Adm. Eugene Carroll of
    // Washington's private Center for Defense Information (CDI) think tank"); round 22: or before
    // a phrase of inverted_subject_end_before
    // round 34: "'..., building the final generation of these detectors,' physicist Professor
    // Chamkaur Ghag of University College London told the Observer": after a quotation ending with
    // a comma, a subject of 61 to 100 characters (no punctuation, no speech verb inside) before its
    // speech verb; afterSubjectVerb stops at 60
    afterLongSubjectVerb =
        Pattern.compile(
            "^[\\s,]*((?:(?!\\b(?:"
                + speechVerbs
                + ")\\b)[^,;:\"\u201c\u201d\\.!?]){61,100}?)(?:['\u2019]s)?\\s+(?:"
                + speechVerbs
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
    afterVerbSubject =
        Pattern.compile(
            "^[\\s,]*(?:"
                + speechVerbs
                + ")\\s+([^,;:\"\\.!?]{1,60}?)\\s*(?:[,.;!?]|$|\\s(?:in|on|at|during)\\s+(?:a|an|the|his|her|its|their)\\s"
                + "|\\sof\\s+(?-i:\\p{Lu})[\\p{L}.-]*['\u2019]s\\s"
                // round 22: or before a post-modifier of its role ("..., said a senior Peruvian
                // government official responsible for debt affairs")
                + "|\\s(?:"
                + words.alternation("inverted_subject_end_before")
                + ")\\s)",
            Pattern.CASE_INSENSITIVE);
    wordsOfAfter =
        Pattern.compile(
            "^[,.]?\\s*(?:"
                + words.alternation("speaker_after_quote_phrases")
                + ")\\s+(\\p{Lu}[^,;:\"\u201c\u201d.!?()\u2013\u2014]{0,60}?)\\s*(?:[,.;:!?()\u2013\u2014]|\\s-\\s|$)",
            Pattern.CASE_INSENSITIVE);
    // round 20: "Boris Johnson has claimed that Vladimir Putin told him '...'": a speech verb with
    // its own subject between an outer speech verb and the quotation
    innerSpeech =
        Pattern.compile(
            "^\\s*(?:that\\s+)?(\\p{L}[^,;:\"\u201c\u201d]{0,60}?)\\s+(?:(?:has|have|had)\\s+)?(?:"
                + speechVerbs
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
    afterColon =
        Pattern.compile(
            "^\\s*:\\s*([^,;:\"\\.!?]{1,60}?)\\s+(?:" + reportingVerbs + ")\\b",
            Pattern.CASE_INSENSITIVE);
    // "Joe Biden sought to bring calm ..., saying: '...'": the name opening the sentence speaks
    participle =
        Pattern.compile(
            ",\\s*(?:"
                + byFirstLetter(words.alternation("speech_participles"))
                + ")\\b[^\"\u201c\u201d.!?]{0,60}?[:,]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // "... was branded the 'worst university employer in the UK' by the Universities and Colleges
    // Union": a passive reporting verb before the quotation, its agent after it
    passiveBefore =
        Pattern.compile(
            "\\b(?:"
                + byFirstLetter(words.alternation("passive_auxiliaries"))
                + ")\\s+(?:"
                + reportingVerbs
                + ")\\b(?:\\s+as)?[^\"\u201c\u201d.!?;]{0,30}$",
            Pattern.CASE_INSENSITIVE);
    reportingSubject =
        Pattern.compile(
            "(?:^|[,;]\\s*|\\b(?:as|while|but|whereas|that|what)\\s+)([^,;\"]{1,100}?)\\s+(?:(?:has|have|had|also|again|on \\w+|last \\w+)\\s+)*(?:"
                + reportingVerbs
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /** The first words of phrases, lower-cased ("told reporters": "told"). */
  private static java.util.Set<String> firstWords(List<String> phrases) {
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String p : phrases) {
      int i = 0;
      while (i < p.length() && Character.isLetter(p.charAt(i))) {
        i++;
      }
      first.add(p.substring(0, i).toLowerCase(Locale.ROOT));
    }
    return java.util.Set.copyOf(first);
  }

  /**
   * Whether a run of letters of {@code s}, lower-cased, is in {@code firstWords}. A verb that a
   * pattern needs after a space, a comma or the start of its text, and before a word boundary or a
   * space, is such a run: without one the pattern cannot match, and the pattern (an alternation of
   * dozens of verbs tried after every candidate subject) is not run.
   */
  static boolean hasWordOf(String s, java.util.Set<String> firstWords) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (firstWords.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code alternation} ("said|says|told|...") with its entries grouped by first letter
   * ("s(?:aid|ays)|t(?:old)|..."), each letter's entries in their order. A pattern matches the
   * same: entries of different first letters never match at the same offset, and the order that
   * decides between entries matching at one offset is kept. The engine then tests one letter per
   * group at each offset instead of every entry. Unchanged unless every entry opens with a
   * lower-case ASCII letter (the lists are lower case) and none holds a group or a class, whose own
   * '|' the split below would cut.
   */
  static String byFirstLetter(String alternation) {
    if (alternation.indexOf('(') >= 0 || alternation.indexOf('[') >= 0) {
      return alternation;
    }
    java.util.Map<Character, java.util.StringJoiner> groups = new java.util.LinkedHashMap<>();
    for (String entry : alternation.split("\\|")) {
      if (entry.isEmpty() || entry.charAt(0) < 'a' || entry.charAt(0) > 'z') {
        return alternation;
      }
      groups
          .computeIfAbsent(entry.charAt(0), c -> new java.util.StringJoiner("|"))
          .add(entry.substring(1));
    }
    java.util.StringJoiner out = new java.util.StringJoiner("|");
    groups.forEach((first, rest) -> out.add(first + "(?:" + rest + ")"));
    return out.toString();
  }

  /** Round 32: a capitalised word opening the text after a quotation (a new sentence there). */
  private static final Pattern NEW_SENTENCE_AFTER = Pattern.compile("\\s+\\p{Lu}");

  /** "'Like watching Brazil' – Guardiola": a dash and a name after the quotation. */
  private static final Pattern AFTER_DASH =
      Pattern.compile(
          "^\\s*[-\u2013\u2014]+\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})\\s*(?:$|[,.;:|)]|\\p{Ll})");

  /** "Svetlana Tsikhanovskaya: 'Dissociating ...'": a name and a colon open the sentence. */
  private static final Pattern NAME_COLON =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|de|al|bin|van|von)){0,5})\\s*:\\s*$");

  /**
   * "National Security Advisor Jake Sullivan: There will be 'no U.S. boots ...'": a headline opened
   * by a name and a colon attributes the quotation later in it (a country before the colon is a
   * rubric, not a speaker: MentionFinder drops it).
   */
  private static final Pattern HEADLINE_NAME_COLON =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|de|al|bin|van|von)){0,5})\\s*:\\s+[^:\"\u201c\u201d]{3,}$");

  /** The capitalised name that opens a sentence, before its first lower-case word. */
  private static final Pattern SENTENCE_NAME =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,4}(?:\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})?)\\s+(\\p{Ll}[\\p{L}-]*)");

  /** "The German chancellor, Olaf Scholz, ...": a role phrase, then the name between commas. */
  private static final Pattern ROLE_THEN_NAME =
      Pattern.compile(
          "^\\s*The\\s+[^,;:\"\u201c\u201d]{1,50}?,\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}),");

  /**
   * Speakers round (fresh dev sample, 2026-12-05): "Jimmy Kimmel on Ted Cruz: '...'", "Readers on
   * their strangest attic finds: '...'": a text opened by a name, then "on", its topic (no comma:
   * not "Appearing on NBC, the Florida governor ... was asked: '...'") and a colon right before the
   * quotation.
   */
  private static final Pattern NAME_ON_TOPIC_COLON =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})\\s+on\\s+[^:;,\"\u201c\u201d]{2,100}:\\s*$");

  /**
   * Speakers round 3: a headline's opening words before a colon right before the quotation, the
   * first capitalised ("Former NATO chief: '...'"); {@link #describesOneSpeaker} decides.
   */
  private static final Pattern DESCRIPTION_COLON =
      Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+[\\p{L}'\u2019.-]+){1,5})\\s*:\\s*$");

  /**
   * Speakers round 3: whether a headline's words before a colon describe one speaker: they end in a
   * word of {@code definite_speaker_heads} or {@code clause_speaker_heads} ("UN chief", "House
   * Freedom Caucus leader"), or such a word is followed by one to three capitalised words and
   * nothing else ("Republican candidate Chris Christie"); no other lower-case word but adjectives
   * before the head ("Taiwan foreign minister"), so no verb or preposition ("Trump lawyer to Fox's
   * Steve Doocy", "Chinese official snaps at reporter").
   */
  private boolean describesOneSpeaker(String words) {
    String[] w = words.strip().split("\\s+");
    int head = -1;
    for (int i = 1; i < w.length; i++) {
      String lower = w[i].toLowerCase(Locale.ROOT);
      if (Character.isLowerCase(w[i].charAt(0))
          && (definiteSpeakerHeads.contains(lower) || clauseSpeakerHeads.contains(lower))) {
        head = i;
      }
    }
    if (head < 0 || w.length - 1 - head > 3) {
      return false;
    }
    for (int i = 0; i < w.length; i++) {
      boolean lower = Character.isLowerCase(w[i].charAt(0));
      if (i > head && lower) {
        return false; // after the head, a name only
      }
      if (i < head && lower && !headlineDescriptionAdjectives.contains(w[i])) {
        return false; // before it, capitalised words and adjectives only
      }
    }
    return true;
  }

  /** "'Biden's the most impressive president ...': Mehdi Hasan on Fox News": a name and "on". */
  private static final Pattern AFTER_COLON_NAME_ON =
      Pattern.compile(
          "^\\s*:\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})\\s+on\\s+\\p{L}");

  /**
   * "'...,' PTI quoted Vinod Kumar Mishra, who serves as ..., as saying.": the name after "quoted",
   * an optional clause between commas, then "as saying".
   */
  private static final Pattern QUOTED_AS_SAYING =
      Pattern.compile(
          "\\bquoted\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,4})(?:,[^\"\u201c\u201d]{1,150}?,)?\\s+as\\s+(?:saying|telling)\\b");

  /**
   * Speakers round 2: "'...,' the radio quoted him as saying.": the one quoted is "him"/"her", a
   * pronoun for someone named before (resolved as "he"/"she" are), not the radio.
   */
  private static final Pattern QUOTED_PRONOUN_AS_SAYING =
      Pattern.compile(
          "^[\\s,]*[^\"\u201c\u201d.!?;]{1,60}?\\bquoted\\s+(him|her)\\s+as\\s+saying\\b");

  /**
   * Round 34: "reported Prince Sultan ibn Abdulaziz as saying:", "quoted GM industrial relations
   * vice-president Alfred Warren as saying": the one quoted, right before the quotation.
   */
  private static final Pattern QUOTED_AS_SAYING_BEFORE =
      Pattern.compile(
          "\\b(?:quoted|reported|cited)\\s+(\\p{Lu}[^,;:\"\u201c\u201d]{0,80}?)\\s+as\\s+saying\\s*[:,]?\\s*$");

  /** "John Stephenson, who said:": the name before the relative pronoun "who". */
  private static final Pattern NAME_BEFORE_WHO =
      Pattern.compile(
          "(?:^|[^\\p{L}'\u2019.-])(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}),\\s*$");

  /**
   * "Giles Bristow, a member of the Lyme Regis RNLI crew and avid open-water swimmer, who says":
   * the name before an appositive opened by an article, then "who" (round 9).
   */
  private static final Pattern NAME_APPOSITIVE_WHO =
      Pattern.compile(
          "(?:^|[^\\p{L}'\u2019.-])(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}),\\s+(?:a|an|the)\\s+[^,;:\"\u201c\u201d]{1,150},\\s*$");

  /** "prompting Israeli Prime Minister Benjamin Netanyahu to": the name between (round 9). */
  private static final Pattern CAUSATIVE =
      Pattern.compile("^\\p{Ll}+\\s+(\\p{Lu}[^,;:\"\u201c\u201d]{0,80}?)\\s+to$");

  /** "Jane Fonda's": a capitalised name with a possessive, ending the text before a quotation. */
  private static final Pattern POSSESSIVE_OWNER =
      Pattern.compile(
          "(?:^|[^\\p{L}'\u2019.-])(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['\u2019]s?\\s*$");

  /** "... with": the quotation is the object of "with" ("sparks pushback with '...' post"). */
  private static final Pattern WITH_END = Pattern.compile("\\bwith\\s*$");

  /** "slammed for saying that", "criticised after referring to": the subject's own words. */
  private static final Pattern FOR_ING = Pattern.compile("\\b(?:for|after)\\s+\\p{Ll}+ing\\b");

  /**
   * Whether a speaker text is the subject of a passive reporting verb ("Moscow was accused of
   * engaging in 'hostage taking'"), so not the speaker; unless the quotation is what the subject
   * did ("Roseanne Barr has been slammed for saying that 'nobody died ...'").
   */
  private boolean passiveSubject(String before, String subject, int subjectEnd) {
    return passiveAuxiliaries.contains(lastWord(subject))
        && !FOR_ING.matcher(before.substring(subjectEnd)).find();
  }

  /**
   * Round 29: whether the reporting verb ending at {@code verbEnd} and the word after it are a
   * phrase of {@code passive_without_auxiliary} ("accused of"): a passive with no auxiliary, as
   * headlines write it ("Katy Perry accused of 'mom shaming'"), the object of an active verb coming
   * between them otherwise ("Graham accuses DeSantis of '...'"); and no colon, "for"/"after" and a
   * gerund, or past verb comes between it and the quotation.
   */
  private boolean passiveWithoutAuxiliary(String before, int verbEnd) {
    int v = verbEnd;
    while (v > 0 && Character.isLetter(before.charAt(v - 1))) {
      v--;
    }
    Matcher next = WORD.matcher(before).region(verbEnd, before.length());
    if (!next.find() || !before.substring(verbEnd, next.start()).isBlank()) {
      return false;
    }
    String phrase = before.substring(v, verbEnd) + " " + next.group();
    if (!passiveWithoutAuxiliary.contains(phrase.toLowerCase(Locale.ROOT))) {
      return false;
    }
    // the quotation in the accusation itself: no colon, "for"/"after" and a gerund, or past verb
    // of a further clause after it ("Woman accused of blaming occult ...: 'It was self-defense'",
    // "Karine Jean-Pierre accused of 'Freudian slip' for calling Biden 'President Obama'",
    // "Husband accused of killing wife allegedly Googled '...'": the subject's own words)
    String rest = before.substring(next.end());
    if (rest.indexOf(':') >= 0 || FOR_ING.matcher(rest).find()) {
      return false;
    }
    Matcher w = WORD.matcher(rest);
    while (w.find()) {
      if (pastVerb(w.group().replaceAll("[^\\p{L}]", ""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Round 29: in a speaker text ending in "who" with no comma before it, the offset of the noun
   * phrase the relative pronoun stands for: from the last word of {@code
   * relative_antecedent_determiners} among the five words before "who" ("a former Cabinet
   * minister", "the US Federal Communications Commission chairman"), else the capitalised words
   * before "who" with at most one lower-case word last ("President Vucic", "Russian general",
   * "wife"); -1 if none, or if it opens with a pronoun or a word of {@code openers} (but those
   * determiners) or {@code not_speakers}.
   */
  int relativeAntecedent(String s) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    int n = words.size() - 1; // the words before "who"
    if (n < 1) {
      return -1;
    }
    int start = -1;
    for (int i = n - 1; i >= Math.max(0, n - 5) && start < 0; i--) {
      String w = spanText(s, words.get(i)).toLowerCase(Locale.ROOT);
      if (relativeAntecedentDeterminers.contains(w)) {
        start = i;
      }
    }
    if (start < 0) {
      int i = n - 1;
      if (Character.isLowerCase(s.charAt(words.get(i)[0]))) {
        i--; // one lower-case head: "Russian general", "wife"
      }
      while (i >= 0 && Character.isUpperCase(s.charAt(words.get(i)[0]))) {
        i--;
      }
      start = i + 1;
    }
    if (start >= n) {
      return -1;
    }
    String first = firstWord(s.substring(words.get(start)[0]));
    if (first.isEmpty()
        || pronouns.contains(first)
        || notSpeakers.contains(first)
        || openers.contains(first) && !relativeAntecedentDeterminers.contains(first)) {
      return -1;
    }
    return words.get(start)[0];
  }

  /** The agent after a passive: "by the Universities and Colleges Union". */
  private static final Pattern BY_AGENT =
      Pattern.compile(
          "^[\\s,.]*by\\s+(?!\\p{L}+ing\\b)((?:the\\s+)?[\\p{L}'\u2019.-]+(?:\\s+[\\p{L}'\u2019.-]+){0,5}?)(?=\\s+(?:as|after|before|last|on|in|at|during|when|while|over|who|which|this|that|but)\\b|\\s*[,;:!?\\u2013\\u2014(]|\\.\\s|\\.?$)");

  private static final Pattern ACCORDING_TO =
      Pattern.compile("\\baccording to\\s+([^,;:\"\\.!?]{1,60})", Pattern.CASE_INSENSITIVE);

  /** Round 14: a relative pronoun after a comma or dash at the end of a speaker text. */
  private static final Pattern COMMA_WHO = Pattern.compile("\\s*[,\u2014\u2013-]\\s*who$");

  private static final Pattern TRAILING_NOISE =
      Pattern.compile(
          "(?:\\s+(?:has|have|had|also|again|then|later|on \\w+day|last (?:week|month|year)|in a statement))+$",
          Pattern.CASE_INSENSITIVE);

  /**
   * One quotation: the text between {@code open} and {@code close} (exclusive of the marks), its
   * kind, and the speaker text with its offsets in the field (-1 when none).
   */
  public record Quote(
      int open, int close, String kind, String speakerText, int speakerStart, int speakerEnd) {

    boolean contains(int start, int end) {
      return start >= open && end <= close;
    }
  }

  /** The quotations in {@code text}, in order. */
  public List<Quote> find(String text, int[] sentenceStarts) {
    List<int[]> spans = spans(text);
    List<Quote> quotes = new ArrayList<>();
    for (int[] span : spans) {
      quotes.add(classify(text, sentenceStarts, span[0], span[1], span[2]));
    }
    return quotes;
  }

  /** [open, close, closeMarkEnd] of each quotation. */
  static List<int[]> spans(String text) {
    return spans(text, text.toCharArray(), text.length());
  }

  /**
   * Every char that {@link Tokenizer#normalise} turns into a quotation mark ({@code "} or {@code
   * '}): the only chars {@link #spans} acts on.
   */
  private static final char[] MARKS = {
    '"', '\'', '`', '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '\u201C',
    '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB'
  };

  /**
   * [open, close, closeMarkEnd] of each quotation in {@code string}, whose chars {@code text} holds
   * (from index 0; a reused buffer may be longer) up to {@code n}, its length.
   */
  static List<int[]> spans(String string, char[] text, int n) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    int singleOpen = -1;
    // every char but MARKS is skipped by the loop over all chars this replaced: the same spans
    CharOffsets marks = new CharOffsets(string, n, MARKS);
    for (int i = marks.next(); i < n; i = marks.next()) {
      char c = Tokenizer.normalise(text[i]);
      if (c == '"') {
        if (open < 0) {
          open = i + 1;
          singleOpen = -1;
        } else {
          spans.add(new int[] {open, i, i + 1});
          open = -1;
        }
      } else if (c == '\'' && open < 0) {
        char prev = i == 0 ? ' ' : text[i - 1];
        char after = i + 1 < n ? text[i + 1] : ' ';
        boolean canOpen =
            (Character.isWhitespace(prev) || "([:".indexOf(prev) >= 0 || i == 0)
                && Character.isLetterOrDigit(after);
        boolean canClose = !Character.isWhitespace(prev) && !Character.isLetterOrDigit(after);
        if (singleOpen >= 0 && canClose) {
          spans.add(new int[] {singleOpen, i, i + 1});
          singleOpen = -1;
        } else if (canOpen) {
          singleOpen = i + 1;
        }
      }
    }
    if (open >= 0) {
      spans.add(new int[] {open, n, n});
    }
    return spans;
  }

  /**
   * Round 12: a double quotation mark never closed runs to the end of its paragraph ({@link
   * #spans}); when a comma inside it is followed by a speech verb and a capitalised name ("...
   * estimates, said Frederick Meinke, analyst at ...") or by a capitalised name and a speech verb
   * ("..., Meinke said"), the quotation ends at that comma instead, so its attribution and the
   * sentences after it are not quoted. Changes the last of {@code spans} in place.
   */
  void closeUnclosed(String text, List<int[]> spans) {
    if (spans.isEmpty()) {
      return;
    }
    int[] last = spans.get(spans.size() - 1);
    int n = text.length();
    if (last[1] != n || last[2] != n) {
      return;
    }
    Matcher m = unclosedAttribution.matcher(text).region(last[0], n);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      if (name.length() > 1 && !pronouns.contains(name.toLowerCase(Locale.ROOT))) {
        last[1] = m.start() + 1; // not "This morning, I asked that ..."
        last[2] = m.start() + 1;
        return;
      }
    }
  }

  Quote classify(String text, int[] sentenceStarts, int open, int close, int markEnd) {
    if (titledName(text, open, close)) {
      return new Quote(open, close, "scare", null, -1, -1);
    }
    Quote q = classifyRaw(text, sentenceStarts, open, close, markEnd);
    if (q.speakerText() != null && "who".equals(firstWord(q.speakerText()))) {
      // "John Stephenson, who said: '...'": the relative pronoun stands for the name before it
      int base = Math.max(0, q.speakerStart() - 60);
      Matcher m = NAME_BEFORE_WHO.matcher(text.substring(base, q.speakerStart()));
      if (m.find() && !notSpeakers.contains(firstWord(m.group(1)))) {
        return speaker(text, q.kind(), base + m.start(1), base + m.end(1)).at(open, close);
      }
      // round 9: "Giles Bristow, a member of the Lyme Regis RNLI crew ..., who says, '...'"
      base = Math.max(0, q.speakerStart() - 200);
      m = NAME_APPOSITIVE_WHO.matcher(text.substring(base, q.speakerStart()));
      if (m.find() && !notSpeakers.contains(firstWord(m.group(1)))) {
        return speaker(text, q.kind(), base + m.start(1), base + m.end(1)).at(open, close);
      }
    }
    if (q.speakerText() != null && causativeOpeners.contains(firstWord(q.speakerText()))) {
      // round 9: "prompting Israeli Prime Minister Benjamin Netanyahu to say 'we are at war'"
      Matcher c = CAUSATIVE.matcher(q.speakerText());
      if (c.matches()) {
        int st = q.speakerStart() + c.start(1);
        return speaker(text, q.kind(), st, q.speakerStart() + c.end(1)).at(open, close);
      }
    }
    if (q.speakerText() != null && "who".equals(lastWord(q.speakerText()))) {
      // round 14: "one of the administration officials, who": the relative clause after a comma or
      // dash is cut off; a name run on into "who" without one ("a person who") is no speaker
      Matcher w = COMMA_WHO.matcher(q.speakerText());
      if (w.find() && speakerTextInPlace(text, q)) {
        q = speaker(text, q.kind(), q.speakerStart(), q.speakerStart() + w.start()).at(open, close);
      } else if (speakerTextInPlace(text, q) && capitalisedAfterFirst(q.speakerText())) {
        // round 29: "Death threats were made against President Vucic who", "noted one Canadian
        // bond trader who": run on into "who" with no comma, the noun phrase before it speaks
        // (only where MentionFinder keeps such a text: one with no capital after its first word,
        // "the people who", is dropped there, round 14)
        int at = relativeAntecedent(q.speakerText());
        if (at >= 0) {
          int end = q.speakerText().length() - "who".length();
          q =
              speaker(text, q.kind(), q.speakerStart() + at, q.speakerStart() + end)
                  .at(open, close);
        }
      }
    }
    if (speakerTextInPlace(text, q) && speakerCutWords.contains(lastWord(q.speakerText()))) {
      // round 14: "King Willem-Alexander has apologised and": the capitalised subject before its
      // verb
      int n = cutSubjectLength(q.speakerText());
      if (n > 0) {
        q = speaker(text, q.kind(), q.speakerStart(), q.speakerStart() + n).at(open, close);
      }
    }
    if (q.speakerText() != null && !plausibleOpening(q.speakerText())) {
      // round 15: a text only cut mid-clause is kept here: MentionFinder keeps it when it names an
      // entity of the article ("former President Donald Trump seemingly meant to")
      int words = wordCount(text.substring(open, close));
      return new Quote(open, close, words >= 4 ? "speech" : q.kind(), null, -1, -1);
    }
    if (speakerTextInPlace(text, q)
        && !capitalisedAfterFirst(q.speakerText())
        && wordCount(q.speakerText()) <= 5
        && !pronouns.contains(firstWord(q.speakerText()))) {
      // round 20: "Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted that '...'":
      // a description with no name, then the name in apposition: the name is kept with it
      Matcher name =
          APPOSITIVE_NAME
              .matcher(text)
              .region(q.speakerEnd(), Math.min(text.length(), q.speakerEnd() + 60));
      if (name.lookingAt() && !notSpeakers.contains(firstWord(name.group(1)))) {
        return speaker(text, q.kind(), q.speakerStart(), name.end(1)).at(open, close);
      }
    }
    return adverbSubject(
        text,
        sentenceStarts,
        innerSpeechSubject(text, subordinateSubject(text, nameInApposition(text, q))));
  }

  /**
   * Round 38: "Murdoch said Fox News hosts should say ... '...'", "the US president said he
   * believed that Hamas must be eliminated entirely but '...'": a speaker text run on past a speech
   * verb of {@code speaker_inner_speech_verbs} into the reported clause; the subject before the
   * first such verb speaks, when it is one to eight words, holds a capitalised word and opens with
   * no pronoun, opener or word of {@code not_speakers}, and the word right after the text is no
   * speech verb ("Rauschenberger said a U.S. State Department person told him '...'": the inner
   * subject speaks). Otherwise {@code q} unchanged.
   */
  Quote innerSpeechSubject(String text, Quote q) {
    String t = q.speakerText();
    if (!speakerTextInPlace(text, q) || t.indexOf(' ') < 0) {
      return q;
    }
    Matcher m = INNER_WORD.matcher(t);
    int cut = -1;
    while (m.find()) {
      if (m.start() > 0
          && m.end() < t.length()
          && speakerInnerSpeechVerbs.contains(m.group().toLowerCase(Locale.ROOT))) {
        cut = m.start();
        break;
      }
    }
    if (cut < 0) {
      return q;
    }
    String subject = t.substring(0, cut).strip();
    int n = wordCount(subject);
    if (n < 1
        || n > 8
        || !CAPITALISED_WORD.matcher(subject).find()
        || pronouns.contains(firstWord(subject))
        || openers.contains(firstWord(subject))
        || notSpeakers.contains(firstWord(subject))) {
      return q;
    }
    int at = q.speakerEnd();
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    Matcher next = INNER_WORD.matcher(text).region(at, text.length());
    if (next.lookingAt() && speechVerbs.contains(next.group().toLowerCase(Locale.ROOT))) {
      return q;
    }
    return speaker(text, q.kind(), q.speakerStart(), q.speakerStart() + subject.length())
        .at(q.open(), q.close());
  }

  /**
   * Whether {@code q} has a speaker text and it is the text of its span in {@code text}, as the
   * rules that cut or move that span need (a speaker text put together from a headline and a lede,
   * or cleaned of marks, is not).
   */
  private static boolean speakerTextInPlace(String text, Quote q) {
    String t = q.speakerText();
    return t != null
        && q.speakerStart() >= 0
        && t.length() == q.speakerEnd() - q.speakerStart()
        && text.startsWith(t, q.speakerStart());
  }

  /** Round 38: a word of letters in a speaker text. */
  private static final Pattern INNER_WORD = Pattern.compile("\\p{L}+");

  /**
   * Round 35: "Tech investor Chamath Palihapitiya, who previously claimed ..., now says '...'",
   * "Banksy, a world-renowned graffiti artist, originally announced": a speaker text that is one
   * adverb of {@code speaker_lone_adverbs}, cut after a comma; the sentence's opening up to its
   * first comma speaks, when it opens with a capital, is one to eight words and opens with no
   * pronoun, opener or word of {@code not_speakers}. Otherwise {@code q} unchanged.
   */
  Quote adverbSubject(String text, int[] sentenceStarts, Quote q) {
    String t = q.speakerText();
    if (t == null
        || q.speakerStart() < 0
        || wordCount(t) != 1
        || !speakerLoneAdverbs.contains(t.strip().toLowerCase(Locale.ROOT))) {
      return q;
    }
    int st = sentenceStarts[Sentences.indexOf(sentenceStarts, q.speakerStart())];
    int comma = text.indexOf(',', st);
    if (comma < 0 || comma >= q.speakerStart()) {
      return q;
    }
    String subject = text.substring(st, comma).strip();
    int n = wordCount(subject);
    if (n < 1
        || n > 8
        || subject.isEmpty()
        || !Character.isUpperCase(subject.charAt(0))
        || pronouns.contains(firstWord(subject))
        || openers.contains(firstWord(subject))
        || notSpeakers.contains(firstWord(subject))) {
      return q;
    }
    return speaker(text, q.kind(), st, comma).at(q.open(), q.close());
  }

  /**
   * Round 35: "Democrats groan as Oklahoma superintendent calls teacher unions a 'terrorist
   * organization'", "China furious after US ...", "The prediction came after UN aid chief Martin
   * Griffiths said": a speaker text run on over a main clause and a conjunction of {@code
   * speaker_clause_conjunctions}; the subject after the last such conjunction speaks, when it holds
   * a capitalised word, is one to eight words, and neither opens nor ends with a pronoun (a "he"
   * there is left as it was), and no colon lies between the text and the quotation. Otherwise
   * {@code q} unchanged.
   */
  /**
   * Whether a colon lies in chars [from, to] of the text (true for a from below 0, no speaker text
   * in place): {@code text.lastIndexOf(':', to) >= from} without the walk back to the paragraph's
   * start, once per quotation.
   */
  private static boolean colonFrom(String text, int from, int to) {
    if (from < 0) {
      return true;
    }
    for (int i = Math.min(to, text.length() - 1); i >= from; i--) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  Quote subordinateSubject(String text, Quote q) {
    String t = q.speakerText();
    if (!speakerTextInPlace(text, q)
        || q.speakerEnd() < q.open() && colonFrom(text, q.speakerEnd(), q.open())) {
      // "China furious after US warns against arming Russia: 'The US is in no position ...'":
      // after a colon the quotation is the main clause's
      return q;
    }
    Matcher m = CLAUSE_CONJUNCTION.matcher(t);
    int cut = -1;
    int from = 0;
    while (from < t.length() && m.find(from)) {
      if (speakerClauseConjunctions.contains(m.group(2))
          && !speakerClauseNotAfter.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        cut = m.end();
      }
      from = m.start(2); // the conjunction may be the word before the next one
    }
    if (cut < 0) {
      return q;
    }
    String rest = t.substring(cut).strip();
    int n = wordCount(rest);
    if (n < 1
        || n > 8
        || !CAPITALISED_WORD.matcher(rest).find()
        || pronouns.contains(firstWord(rest))
        || pronouns.contains(lastWord(rest).toLowerCase(Locale.ROOT))
        || notSpeakers.contains(firstWord(rest))) {
      return q;
    }
    int start = q.speakerStart() + t.length() - rest.length();
    while (start < q.speakerEnd() && !text.startsWith(rest, start)) {
      start++;
    }
    return speaker(text, q.kind(), start, q.speakerEnd()).at(q.open(), q.close());
  }

  /** Round 35: a word, then a lower-case conjunction word, in a speaker text. */
  private static final Pattern CLAUSE_CONJUNCTION =
      Pattern.compile("([\\p{L}'\u2019.-]+)\\s+(\\p{Ll}+)\\s+(?=\\S)");

  /** Round 35: a word opening with a capital. */
  private static final Pattern CAPITALISED_WORD = Pattern.compile("(?:^|\\s)\\p{Lu}");

  /**
   * Round 32: "Britain's ambassador to Rome, John Shepherd, told", "AFP reports that Kremlin
   * spokesperson, Dmitry Peskov, said": a speaker text holding capitals after its first word, then
   * a name in apposition (masked before the verb as an appositive), opened by a given name or after
   * a lower-case head: the name alone speaks (round 20 keeps a description with no capital and its
   * name). Otherwise {@code q} unchanged.
   */
  Quote nameInApposition(String text, Quote q) {
    if (speakerTextInPlace(text, q)
        && capitalisedAfterFirst(q.speakerText())
        && !pronouns.contains(firstWord(q.speakerText()))) {
      Matcher name =
          APPOSITIVE_NAME
              .matcher(text)
              .region(q.speakerEnd(), Math.min(text.length(), q.speakerEnd() + 60));
      if (name.lookingAt()
          && text.startsWith(",", name.end(1))
          && (givenNames.contains(firstWord(name.group(1))) || endsLowerCase(q.speakerText()))) {
        return speaker(text, q.kind(), name.start(1), name.end(1)).at(q.open(), q.close());
      }
    }
    return q;
  }

  /** Round 20: a comma, then a name of two to four capitalised words in apposition. */
  private static final Pattern APPOSITIVE_NAME =
      Pattern.compile(
          ",\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})(?=\\s*,|\\s+(?:at|of|from|with)\\b)");

  private Quote classifyRaw(String text, int[] sentenceStarts, int open, int close, int markEnd) {
    int sentenceStart = sentenceStarts[Sentences.indexOf(sentenceStarts, Math.max(0, open - 1))];
    String before = masked(text.substring(sentenceStart, Math.max(sentenceStart, open - 1)));
    // round 44: "”, Rep. Ted Lieu (D-Calif.), vice chairman of ..., said": the parenthesis masked
    String after =
        parenthesesMasked(
            abbreviationsKept(text.substring(markEnd, Math.min(text.length(), markEnd + 120))));
    int words = wordCount(text.substring(open, close));
    // the patterns that need a speech or reporting verb are run only where one occurs
    boolean speechBefore = hasWordOf(before, speechVerbStarts);
    boolean speechAfter = hasWordOf(after, speechVerbStarts);

    Matcher m;
    if (after.startsWith(" by ") || after.startsWith(", by ") || after.startsWith(". by ")) {
      m = BY_AGENT.matcher(after);
      if (m.find() && passiveBefore.matcher(before).find()) {
        int end = m.end(1);
        if (text.charAt(markEnd + end - 1) == '.'
            && Character.isLowerCase(text.charAt(markEnd + end - 2))) {
          end--; // "by former band mate Dave Gilmour's wife."
        }
        return speaker(text, "speech", markEnd + m.start(1), markEnd + end).at(open, close);
      }
    }
    String beforeEnd = before.stripTrailing();
    if (beforeEnd.endsWith("saying")
        || beforeEnd.endsWith("saying:")
        || beforeEnd.endsWith("saying,")) {
      // round 34: "The daily al-Riyadh reported Prince Sultan ibn Abdulaziz as saying: '...'": the
      // one quoted or reported as saying speaks, not the paper
      m = QUOTED_AS_SAYING_BEFORE.matcher(before);
      if (m.find() && !pronouns.contains(firstWord(m.group(1)))) {
        return speaker(text, "speech", sentenceStart + m.start(1), sentenceStart + m.end(1))
            .at(open, close);
      }
    }
    // speakers round: "Kremlin admits Wagner mercenary boss nicknamed 'Putin's chef' ...": a label
    // right after a word of label_quote_before is not the words of the subject of a speech or
    // reporting verb before it (as round 12 found for headline subject verbs)
    boolean labelAfterWord = labelQuoteBefore.contains(lastWord(before));
    m = this.before.matcher(before);
    if (speechBefore
        && !labelAfterWord
        && m.find()
        && !passiveSubject(before, m.group(1), m.end(1))
        && !participleSubject(m.group(1))) {
      Matcher inner = m.group(2) == null ? null : innerSpeech.matcher(m.group(2));
      if (inner != null && inner.find() && innerSubject(inner.group(1), m.group(2), inner.end())) {
        // round 20: speech reported inside speech: the nearer speaker's words
        int at = sentenceStart + m.start(2);
        return speaker(text, "speech", at + inner.start(1), at + inner.end(1)).at(open, close);
      }
      return speaker(text, "speech", sentenceStart + m.start(1), sentenceStart + m.end(1))
          .at(open, close);
    }
    m = afterColon.matcher(after);
    if (m.find()) {
      if (!(sentenceStart == 0 && before.isBlank() && headlineLabelColon(after, m))) {
        return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
      }
      // round 20: "'All these damn birds have to go': What Elon Musk told Twitter lieutenant ...":
      // the subject of a speech verb in the label after the colon speaks
      Matcher subject = LABEL_SPEECH_SUBJECT.matcher(m.group(1));
      String verb = after.substring(m.end(1), m.end()).strip().toLowerCase(Locale.ROOT);
      if (subject.find()
          && speechVerbs.contains(verb)
          && !pronouns.contains(firstWord(subject.group(1)))
          && !openers.contains(firstWord(subject.group(1)))) {
        int at = markEnd + m.start(1);
        return speaker(text, "speech", at + subject.start(1), at + subject.end(1)).at(open, close);
      }
    }
    if (sentenceStart == 0 && before.isBlank() && after.startsWith(":")) {
      // round 10: "'The Biden regime is coming to an end': House Republicans celebrate ..."
      m = titleQuoteSubject.matcher(after);
      if (m.find()
          && !openers.contains(firstWord(m.group(1)))
          && !notSpeakers.contains(firstWord(m.group(1)))
          && wordCount(m.group(1)) <= 6
          && !TO_WORD.matcher(m.group(1)).find()
          && (m.end() == after.length() || Character.isWhitespace(after.charAt(m.end())))) {
        return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
      }
      // round 29: "'Pathological Obsession With Undermining Israel': Cruz Rips Biden Administration
      // ...": the label after the colon in title case, opened by a name and a capitalised verb in
      // -s (round 12's test, as before a colon) of the speech, reporting, headline subject or title
      // quote subject verbs (not "Backlash Builds", "Israeli Woman Leads"); its name speaks
      int at = markEnd + 1; // after the colon that opens `after`
      int end = text.indexOf('\n', at);
      String label = text.substring(at, end < 0 ? text.length() : end);
      int nameEnd = titleCaseSubjectEnd(label);
      if (nameEnd > 0) {
        String name = label.substring(0, nameEnd).strip();
        if (labelSpeechVerbs.contains(firstWord(label.substring(nameEnd)))
            && !definiteSpeakerHeads.contains(lastWord(name))
            && !openers.contains(firstWord(name))
            && !notSpeakers.contains(firstWord(name))
            && !pronouns.contains(firstWord(name))) {
          int st = at;
          while (Character.isWhitespace(text.charAt(st))) {
            st++;
          }
          return speaker(text, words >= 4 ? "speech" : "scare", st, at + nameEnd).at(open, close);
        }
      }
    }
    m = wordsOfAfter.matcher(after);
    if (m.find() && !notSpeakers.contains(firstWord(m.group(1)))) {
      // round 21: "'...,' in the words of Israel's defence minister, Yoav Gallant", "'...' This
      // quotation of Mikhail Gorbachev – from the preface of ...": the words are named as someone's
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    // round 32: "Oleksiy Kuleba, ..., called for revenge, saying: '... last few days.' He said
    // targeting civilians ...": after a participle, a quotation ending its sentence is followed by
    // a new sentence, no attribution of it; the participle's subject speaks when it is found
    if (close > open
        && ".!?".indexOf(text.charAt(close - 1)) >= 0
        && NEW_SENTENCE_AFTER.matcher(after).lookingAt()) {
      Quote q = participleSpeaker(text, before, sentenceStart, open, close);
      if (q != null) {
        return q;
      }
    }
    m = afterSubjectVerb.matcher(after);
    if (speechAfter && m.find() && startsAfterPunctuation(text, close)) {
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    m = afterVerbSubject.matcher(after);
    if (speechAfter
        && m.find()
        && (startsAfterPunctuation(text, close) || INVERTED_NO_COMMA.matcher(after).lookingAt())) {
      // round 34: "'Russian flag cannot be at Paris Olympics' says French President Macron": in
      // headlines the inverted attribution often follows with no comma
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    if (speechAfter && endsWithComma(text, close)) {
      m = afterLongSubjectVerb.matcher(after);
      if (m.find() && LONG_SUBJECT_OPENING.matcher(m.group(1).strip()).lookingAt()) {
        return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
      }
    }
    String sentenceRest = text.substring(sentenceStart, Math.min(text.length(), markEnd + 200));
    m = AFTER_DASH.matcher(after);
    if (m.find()) {
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    m = NAME_COLON.matcher(before);
    if (m.find() && nameBeforeColon(m.group(1))) {
      // round 19: "Cruz Torches Biden: '...'": a title-case subject and verb before the colon, not
      // one name; the subject speaks (round 12's titleCaseSubjectEnd, as after a longer label),
      // unless it is a possessive ("Fulham's Andreas Pereira: '...'": a name, "Andreas" no verb)
      int cut = titleCaseSubjectEnd(m.group(1));
      int end =
          cut > 0
                  && !definiteSpeakerHeads.contains(lastWord(m.group(1).substring(0, cut)))
                  && !possessive(m.group(1).substring(0, cut))
              ? m.start(1) + cut
              : m.end(1);
      return speaker(text, "speech", sentenceStart + m.start(1), sentenceStart + end)
          .at(open, close);
    }
    m = DESCRIPTION_COLON.matcher(before);
    if (sentenceStart == 0
        && m.find()
        && nameBeforeColon(m.group(1))
        && describesOneSpeaker(m.group(1))) {
      // speakers round 3: "Former NATO chief: '...'", "Taiwan foreign minister: '...'", "Graphic
      // novelist Deena Mohamed: '...'": a headline opened by a description of one speaker (its
      // head a word of definite_speaker_heads or clause_speaker_heads, last or before a name)
      return speaker(text, "speech", m.start(1), m.end(1)).at(open, close);
    }
    m = NAME_ON_TOPIC_COLON.matcher(before);
    if (sentenceStart == 0 && m.find() && nameBeforeColon(m.group(1))) {
      // a title-case verb in the name ("Congress Wants Answers on UFOs: '...'") ends the subject
      int cut = titleCaseSubjectEnd(m.group(1));
      int end = cut > 0 ? m.start(1) + cut : m.end(1);
      return speaker(text, "speech", m.start(1), end).at(open, close);
    }
    m = AFTER_COLON_NAME_ON.matcher(after);
    if (m.find()) {
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    int sentenceEnd = text.length();
    for (int st : sentenceStarts) {
      if (st > markEnd) {
        sentenceEnd = st;
        break;
      }
    }
    String sentenceAfter = abbreviationsKept(text.substring(markEnd, sentenceEnd));
    boolean speechSentenceAfter = hasWordOf(sentenceAfter, speechVerbStarts);
    m = sentenceEndAttribution.matcher(sentenceAfter);
    if (speechSentenceAfter && m.find()) {
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    m = invertedSentenceEnd.matcher(sentenceAfter);
    if (speechSentenceAfter && m.find() && invertedSubject(m.group(1))) {
      return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
    }
    if (sentenceAfter.indexOf("quoted") >= 0) {
      m = QUOTED_PRONOUN_AS_SAYING.matcher(sentenceAfter);
      if (m.find()) {
        return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
      }
      m = QUOTED_AS_SAYING.matcher(sentenceAfter);
      if (m.find()) {
        return speaker(text, "speech", markEnd + m.start(1), markEnd + m.end(1)).at(open, close);
      }
    }
    Quote participleSpeaker = participleSpeaker(text, before, sentenceStart, open, close);
    if (participleSpeaker != null) {
      return participleSpeaker;
    }
    // round 39: "according to" in the quotation's own sentence only (a sentence after it cut at
    // 200 characters gave "Bl" of "... discussed ..., according to Bloomberg.")
    m =
        ACCORDING_TO
            .matcher(sentenceRest)
            .region(0, Math.min(sentenceRest.length(), sentenceEnd - sentenceStart));
    if (m.find()) {
      Quote according =
          speaker(text, "speech", sentenceStart + m.start(1), sentenceStart + m.end(1))
              .at(open, close);
      if (according.speakerText() != null && bareDocument(according.speakerText())) {
        // round 34: "Nanaia Mahuta told the Chinese foreign minister, Qin Gang, of her government's
        // '...', according to a statement issued on Saturday": a document with no owner named;
        // the name opening the sentence before a speech or reporting verb speaks
        Matcher subject = sentenceSubject.matcher(before);
        if (subject.find()
            && subject.start() == 0
            && !pronouns.contains(firstWord(subject.group(1)))
            && !openers.contains(firstWord(subject.group(1)))
            && wordCount(subject.group(1)) <= 8) {
          return speaker(
                  text, "speech", sentenceStart + subject.start(1), sentenceStart + subject.end(1))
              .at(open, close);
        }
      }
      return according;
    }
    String kind = words >= 4 ? "speech" : "scare";
    Quote owner = speechNounOwner(text, before, after, sentenceStart, kind, open, close);
    if (owner != null) {
      return owner;
    }
    // the reporting verb nearest before the quotation: "Zelensky accuses Russia of 'genocide' as
    // Putin denies 'war'" gives 'war' to Putin (issue 9 speaker classes)
    m = reportingSubject.matcher(before);
    int subjectStart = -1;
    int subjectEnd = -1;
    int subjectVerbEnd = -1;
    int from = 0;
    // the reporting verbs hold the speech verbs
    boolean reportingBefore = speechBefore || hasWordOf(before, reportingVerbStarts);
    while (reportingBefore && from <= before.length() && m.find(from)) {
      from = m.end();
      if (possessive(m.group(1))) {
        continue; // round 9: "Putin's demands for ...", "Ukraine's calls": a noun, not a verb
      }
      int st = m.start(1);
      if (passiveWithoutAuxiliary(before, m.end())
          && !RELATIVE_BEFORE.matcher(before).region(0, st).find()) {
        // round 29: "Russia accused of taking Belarus 'nuclear hostage'": a headline's passive with
        // no auxiliary; its subject is the one accused, and no speaker named before it speaks
        subjectStart = -1;
        continue;
      }
      // round 10: "a shooting incident that President Vladimir Putin denounced as '...'",
      // "battling what the U.S. calls '...'": the subject starts after "that"/"what", when what
      // follows is a short subject (not "it"/"they", not a clause)
      boolean relative = RELATIVE_BEFORE.matcher(before).region(0, st).find();
      Matcher r = RELATIVE_IN_SUBJECT.matcher(before).region(st, m.end(1));
      int trimmed = st;
      while (r.find()) {
        trimmed = r.end();
      }
      if ((relative || trimmed > st) && !relativeSubject(before.substring(trimmed, m.end(1)))) {
        if (relative) {
          continue;
        }
        trimmed = st;
      } else if ((relative || trimmed > st)
          && subjectStart >= 0
          && isPronoun(before.substring(trimmed, m.end(1)).strip())) {
        continue; // "X said Russia ... condemn what he said were '...'": "he" is X, found before
      }
      subjectStart = trimmed;
      subjectEnd = m.end(1);
      subjectVerbEnd = m.end();
    }
    if (subjectStart >= 0 && before.startsWith(" by ", subjectVerbEnd)) {
      // round 20: "Harvard criticized by alumni over 'antisemitism'", "an artist once described by
      // the Turner prize judges (...) as '...'": a passive with no auxiliary; its agent speaks
      Matcher agent = AGENT_BEFORE.matcher(before.substring(subjectVerbEnd));
      if (agent.find()
          && !notSpeakers.contains(firstWord(agent.group(1)))
          && !holdsPronoun(agent.group(2))) {
        int at = sentenceStart + subjectVerbEnd;
        return speaker(text, kind, at + agent.start(1), at + agent.end(1)).at(open, close);
      }
    }
    if (subjectStart >= 0
        && !labelAfterWord
        && !passiveSubject(before, before.substring(subjectStart, subjectEnd), subjectEnd)) {
      // round 20: "DNC slams Trump for nicknaming 'Crooked Joe Biden'": the object the subject
      // reproaches for saying the quotation speaks
      Matcher object = OBJECT_FOR_GERUND.matcher(before.substring(subjectVerbEnd));
      if (object.find() && objectSpeaks(object.group(1), object.group(2))) {
        int at = sentenceStart + subjectVerbEnd;
        return speaker(text, kind, at + object.start(1), at + object.end(1)).at(open, close);
      }
      // "Moscow was accused of engaging in 'hostage taking'": a passive subject is no speaker
      return speaker(text, kind, sentenceStart + subjectStart, sentenceStart + subjectEnd)
          .at(open, close);
    }
    m = HEADLINE_NAME_COLON.matcher(before);
    if (sentenceStart == 0 && m.find() && nameBeforeColon(m.group(1))) {
      return speaker(text, "speech", m.start(1), m.end(1)).at(open, close);
    }
    if (sentenceStart == 0) {
      // round 9: "Floyd Mayweather shares message of support after Hamas attacks: 'I stand with
      // Israel'": the opening name, right before a verb of headline_subject_verbs, speaks
      Matcher name = SENTENCE_NAME.matcher(before);
      if (name.find()) {
        int nameEnd = name.end(1);
        int verbEnd = name.end(2);
        String verb = name.group(2).toLowerCase(Locale.ROOT);
        Matcher inner = LOWER_WORD.matcher(before).region(name.start(1), name.end(1));
        if (!headlineSubjectVerbs.contains(verb) && inner.find()) {
          // round 12: "Russia charges Canadian parliament SS Nazi with 'genocide'": the verb is the
          // lower-case word the name pattern took in ("Russia charges Canadian")
          nameEnd = inner.start() - 1;
          verbEnd = inner.end();
          verb = inner.group().toLowerCase(Locale.ROOT);
        }
        String subject = before.substring(name.start(1), nameEnd);
        if (headlineSubjectVerbs.contains(verb)
            && !openers.contains(firstWord(subject))
            && !notSpeakers.contains(firstWord(subject))
            && !headlineSubjectGuarded(text, before, verbEnd, open, close)) {
          return speaker(text, kind, name.start(1), nameEnd).at(open, close);
        }
      }
      // round 12: "Tulsi Gabbard Torches Biden Over Trump Prosecution: 'The Death Rattle Of Any
      // Democracy'": a headline in title case, the quotation after its colon, opened by a name and
      // a capitalised verb in -s (no list: title case hides the verbs)
      int nameEnd = before.strip().endsWith(":") ? titleCaseSubjectEnd(before) : -1;
      if (nameEnd > 0
          && !definiteSpeakerHeads.contains(lastWord(before.substring(0, nameEnd)))
          && !openers.contains(firstWord(before))
          && !notSpeakers.contains(firstWord(before))) {
        int st = 0;
        while (Character.isWhitespace(before.charAt(st))) {
          st++;
        }
        return speaker(text, kind, st, nameEnd).at(open, close);
      }
      // round 10: "'Jackass' Star Flees ... Threatening 'To Kill' Household: Authorities"
      int end = text.indexOf('\n', markEnd);
      String rest = text.substring(markEnd, end < 0 ? text.length() : end);
      if (rest.indexOf(':') >= 0
          && Sentences.indexOf(sentenceStarts, rest.length() + markEnd - 1) == 0) {
        Matcher source = HEADLINE_SOURCE_AFTER.matcher(rest);
        if (source.find()
            && !notSpeakers.contains(lastWord(rest.substring(0, source.start())))
            && !openers.contains(firstWord(source.group(1)))
            && !notSpeakers.contains(firstWord(source.group(1)))) {
          return speaker(text, kind, markEnd + source.start(1), markEnd + source.end(1))
              .at(open, close);
        }
      }
      // round 20: "Israel compiled 'ethnic cleansing' plan for Gaza – media", "Russia plans to
      // 'exhaust' Ukraine with prolonged attacks - Zelensky": a dash and a short source end it
      Matcher dash = HEADLINE_DASH_SOURCE.matcher(rest);
      if (Sentences.indexOf(sentenceStarts, rest.length() + markEnd - 1) == 0
          && dash.find()
          && dashSource(dash.group(1))) {
        return speaker(text, kind, markEnd + dash.start(1), markEnd + dash.end(1)).at(open, close);
      }
    }
    Quote statement = statementOwner(text, before, sentenceStart, kind, open, close);
    if (statement != null) {
      return statement;
    }
    return new Quote(open, close, kind, null, -1, -1);
  }

  /**
   * "Oleksiy Kuleba, ..., called for revenge, saying: '...'", "The German chancellor, Olaf Scholz,
   * also ..., saying '...'": a participle of {@code speech_participles} right before the quotation,
   * and the name opening its sentence before a verb in the past (or a role, then the name between
   * commas); null if none.
   */
  private Quote participleSpeaker(
      String text, String before, int sentenceStart, int open, int close) {
    if (!participle.matcher(before).find()) {
      return null;
    }
    Matcher name = SENTENCE_NAME.matcher(before);
    if (!name.find()
        || openers.contains(firstWord(name.group(1)))
        || adverbialOpeners.contains(firstWord(name.group(1))) // "Amid unprecedented protests"
        || !pastVerb(name.group(2))) {
      name = ROLE_THEN_NAME.matcher(before); // "The German chancellor, Olaf Scholz, also ..."
      if (!name.find()) {
        name = null;
      }
    }
    if (name != null && !notSpeakers.contains(firstWord(name.group(1)))) {
      return speaker(text, "speech", sentenceStart + name.start(1), sentenceStart + name.end(1))
          .at(open, close);
    }
    // speakers round (fresh dev sample): "Yet on Wednesday, President Joe Biden reversed course
    // ..., saying ...", "Amid unprecedented protests, Israeli Prime Minister Benjamin Netanyahu has
    // put ..., saying ...": an adverbial of adverbial_openers and its comma, then the name
    Matcher lead = ADVERBIAL_LEAD.matcher(before);
    if (lead.find() && adverbialOpeners.contains(lead.group(1).toLowerCase(Locale.ROOT))) {
      int at = lead.end();
      name = SENTENCE_NAME.matcher(before.substring(at));
      if (name.find()
          && !openers.contains(firstWord(name.group(1)))
          && !notSpeakers.contains(firstWord(name.group(1)))
          && !adverbialOpeners.contains(firstWord(name.group(1)))
          && pastVerb(name.group(2))) {
        return speaker(
                text,
                "speech",
                sentenceStart + at + name.start(1),
                sentenceStart + at + name.end(1))
            .at(open, close);
      }
    }
    return null;
  }

  /**
   * Speakers round (fresh dev sample): a text cut by its feed right after the speaker of the
   * quotation ending it ("...,\u201d a White House official...", "...,\u201d Energy Secretary
   * Jennifer...", "...,\u201d Zelensky had..."): the words after the quotation, which ends in a
   * comma, question or exclamation mark, up to the ellipsis ending the text. Opened by a capital,
   * they stop at the first lower-case word but a small word of {@code title_small_words} ("Zelensky
   * had", "CNN reported"); opened by an article, at a comma, "who" or a verb of {@code
   * speaker_cut_verbs} or {@code speech_verbs} ("an administration official"); any at a comma
   * ("Kristen Allen, the vice president's press secretary"). At most seven words, not a lone adverb
   * in -ly or a title abbreviation ("Lt."), no pronoun. Null if none; MentionFinder reads it only
   * for a quotation no other rule gave a speaker.
   */
  Quote truncatedAttribution(String text, Quote q) {
    int close = q.close();
    if (close == 0 || close >= text.length() || ",?!".indexOf(text.charAt(close - 1)) < 0) {
      return null;
    }
    int markEnd = close + 1;
    String rest = text.substring(markEnd).stripTrailing();
    int cut;
    if (rest.endsWith("...")) {
      cut = rest.length() - 3;
    } else if (rest.endsWith("\u2026")) {
      cut = rest.length() - 1;
    } else {
      return null;
    }
    if (cut > 90 || !rest.startsWith(" ")) {
      return null;
    }
    Matcher w = WORD.matcher(rest).region(0, cut);
    int start = -1;
    int end = -1;
    int n = 0;
    boolean article = false;
    while (w.find()) {
      String word = w.group();
      String bare = word.replaceAll("[,;:]+$", "");
      if (bare.isEmpty()
          || bare.indexOf('"') >= 0
          || bare.indexOf('\u201c') >= 0
          || bare.indexOf('\u201d') >= 0) {
        return null;
      }
      String lower = bare.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(bare.charAt(0));
      if (start < 0) {
        article = ARTICLE.matcher(lower).matches();
        if (!capital && !article) {
          return null;
        }
        start = w.start();
      } else if (lower.equals("who")
          || speakerCutVerbs.contains(lower)
          || speechVerbs.contains(lower)
          || !article && !capital && !titleSmallWords.contains(lower)) {
        break;
      }
      end = w.start() + bare.length();
      n++;
      if (!bare.equals(word)) {
        break;
      }
    }
    if (start < 0 || n > 7) {
      return null;
    }
    String phrase = rest.substring(start, end);
    String last = lastWord(phrase).replaceAll("\\.$", "");
    if (ARTICLE.matcher(phrase.toLowerCase(Locale.ROOT)).matches()
        || phrase.endsWith(".")
            && !nameAbbreviations.contains(last)
            && n > 0
            && !capitalisedInitials(phrase)
        || n == 1 && last.endsWith("ly")
        || nameAbbreviations.contains(last)
        || titleSmallWords.contains(last)
        || pronouns.contains(lower(phrase))) {
      return null;
    }
    return new Quote(q.open(), q.close(), "speech", phrase, markEnd + start, markEnd + end);
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a phrase ends in an initial ("Lyndon B."): a full stop that ends no sentence. */
  private static boolean capitalisedInitials(String phrase) {
    return phrase.length() >= 2
        && Character.isUpperCase(phrase.charAt(phrase.length() - 2))
        && (phrase.length() == 2 || phrase.charAt(phrase.length() - 3) == ' ');
  }

  /**
   * Speakers round: an opening adverbial ("Yet on Wednesday, "), its first word after "Yet"/"But".
   */
  private static final Pattern ADVERBIAL_LEAD =
      Pattern.compile(
          "^\\s*(?:(?:Yet|But|And|So|Now)\\s+)?(\\p{L}+)\\b[^,;:\"\u201c\u201d]{0,60}?,\\s+(?=\\p{Lu})");

  /**
   * Round 25: a quotation with no speaker otherwise, in a sentence that names the owner of a
   * statement ({@code statement_nouns}) before it: possessive ("The Court of Auditors' statement
   * that '...'"), after "In a statement," ("In a statement, the unions also express '...'"), or as
   * the sentence's subject ("Governor Babo Pierre Bassinga revealed in a statement released on
   * Saturday, ... in a 'barbaric terrorist attack'", "Robinson ... issued a statement on Friday
   * expressing solidarity ..., declaring: '...'"). Silent when a word of {@code
   * statement_gap_breaks} lies between the noun and the quotation (another clause) or the owner
   * opens with a word of {@code openers} or {@code not_speakers}.
   */
  private Quote statementOwner(
      String text, String before, int sentenceStart, String kind, int open, int close) {
    for (Pattern p : new Pattern[] {statementPossessive, statementIn, statementSubject}) {
      Matcher m = p.matcher(before);
      if (!m.find()) {
        continue;
      }
      String owner = m.group(1);
      String first = firstWord(owner);
      if (holdsWord(m.group(2), LETTERS, statementGapBreaks)
          || notSpeakers.contains(first)
          || openers.contains(first) && !first.equals("the")
          || pronouns.contains(first)
          || speechVerbsIn(m.group(2))) {
        return null;
      }
      return speaker(text, kind, sentenceStart + m.start(1), sentenceStart + m.end(1))
          .at(open, close);
    }
    return null;
  }

  private boolean speechVerbsIn(String s) {
    return holdsWord(s, LETTERS, speechVerbs);
  }

  /** Round 20: a dash, then one to three words ending a headline. */
  private static final Pattern HEADLINE_DASH_SOURCE =
      Pattern.compile(
          "\\s[-\u2013\u2014]\\s+(\\p{L}[\\p{L}'\u2019.-]*(?:\\s+[\\p{L}'\u2019.-]+){0,2})\\s*$");

  /**
   * Round 20: whether the words after a headline's final dash name its source: all capitalised
   * ("Zelensky", "Keir Starmer", "MPs"), or ending with a word of {@code headline_dash_sources}
   * ("media", "report", "top UN official"); and neither opened nor ended by a word of {@code
   * openers} or {@code not_speakers} ("a man", "video", "Martin Keown analysis"). Round 21: an
   * opener may open words that end with a source word ("former CIA chief", "his lawyer").
   */
  private boolean dashSource(String words) {
    String first = firstWord(words);
    String last = lastWord(words);
    if (openers.contains(first) && !headlineDashSources.contains(last)
        || notSpeakers.contains(first)
        || openers.contains(last)
        || notSpeakers.contains(last)) {
      return false;
    }
    for (String w : words.split("\\s+")) {
      if (!Character.isUpperCase(w.charAt(0))) {
        return headlineDashSources.contains(last);
      }
    }
    return true;
  }

  /**
   * Round 20: the object of a reporting verb, then "for" and a gerund, then words up to the
   * quotation ("slams Trump for nicknaming ", "slammed former President Trump for nicknaming
   * President Biden ").
   */
  private static final Pattern OBJECT_FOR_GERUND =
      Pattern.compile(
          "^\\s+([^,;:\"\u201c\u201d\u2018]{1,60}?)\\s+for\\s+(\\p{Ll}+ing)\\b[^,;:\"\u201c\u201d\u2018.!?]{0,60}$");

  /**
   * Round 20: whether the object before "for" and a gerund of {@code object_speech_gerunds} is the
   * one whose words the quotation is: it holds a capital letter or opens with a word of {@code
   * inner_speaker_determiners} ("him" alone is no name), and is a noun phrase: no passive
   * auxiliary, "by" or "of", no quotation of its own ("accused of 'Freudian slip' for calling").
   */
  private boolean objectSpeaks(String object, String gerund) {
    if (!objectSpeechGerunds.contains(gerund) || OPENING_SINGLE_MARK.matcher(object).find()) {
      return false;
    }
    for (String w : object.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (passiveAuxiliaries.contains(w) || w.equals("by") || w.equals("of")) {
        return false; // "his selection was dropped for", "called out by Elon Musk's Twitter for"
      }
    }
    return !object.equals(object.toLowerCase(Locale.ROOT))
        || innerSpeakerDeterminers.contains(firstWord(object));
  }

  /**
   * Round 20: whether the words between an outer speech verb and a second one before the quotation
   * ("claimed that Vladimir Putin told him", "and said star told her") are that second verb's own
   * subject, whose words the quotation is: a name, a determiner's noun phrase or at most two words,
   * not a pronoun (the outer speaker again: "said that he previously said"), not a word of {@code
   * openers} or {@code not_speakers}, not a passive ("it was told"); and the quotation is no object
   * noun phrase after the second verb ("Tom Cruise told the 'weirdest story'").
   */
  private boolean innerSubject(String subject, String tail, int verbEnd) {
    String first = firstWord(subject);
    boolean determiner = innerSpeakerDeterminers.contains(first);
    if (!determiner
        && (pronouns.contains(first) || openers.contains(first) || notSpeakers.contains(first))) {
      return false;
    }
    if (passiveAuxiliaries.contains(lastWord(subject)) || participleSubject(subject)) {
      return false;
    }
    if (!determiner
        && !Character.isUpperCase(subject.strip().charAt(0))
        && wordCount(subject) > 2) {
      return false; // "told police her coach said": an object before the subject
    }
    return !ARTICLE.matcher(lastWord(tail.substring(verbEnd))).matches();
  }

  /**
   * Round 19: whether a subject before a speech verb is a participle of {@code speech_participles}
   * opening a clause ("Netanyahu dismissed concerns ..., saying claims that they are '...'":
   * "saying" is no subject of "claims"); the rules after this one then find the sentence's speaker.
   */
  private boolean participleSubject(String subject) {
    return speechParticiples.contains(firstWord(subject));
  }

  /**
   * Round 19: whether the words after an inverted sentence-final verb ("..., say Israeli forces")
   * can be its subject: not opened by a word of {@code inverted_subject_not_openers} ("said on
   * CNN"), not a pronoun with a clause after it ("says she was made a ..."), and holding no opening
   * quotation mark (another quotation inside them).
   */
  private boolean invertedSubject(String subject) {
    String first = firstWord(subject);
    if (invertedSubjectNotOpeners.contains(first)) {
      return false;
    }
    if (pronouns.contains(first) && wordCount(subject) > 1) {
      return false;
    }
    return !OPENING_SINGLE_MARK.matcher(subject).find();
  }

  private static final Pattern OPENING_SINGLE_MARK = Pattern.compile("(?:^|\\s)['\u2018]");

  /**
   * Round 17: whether a quotation opening a headline, then a colon, is a label rather than speech
   * of what follows the colon: the words after it open with a word of {@code
   * headline_label_subject_openers} ("'...': Why OPEC+ has announced ...") or their verb is a past
   * participle that ends the headline or stands before a word of {@code
   * headline_label_passive_after} ("'Doppelganger murder': Woman accused of killing ...",
   * "'Fortress Bakhmut': The Bloodiest Battle of the Ukraine War Explained").
   */
  private boolean headlineLabelColon(String after, Matcher m) {
    if (headlineLabelSubjectOpeners.contains(firstWord(m.group(1)))) {
      return true;
    }
    String verb = after.substring(m.end(1), m.end()).strip().toLowerCase(Locale.ROOT);
    if (!verb.endsWith("ed")) {
      return false;
    }
    String rest = after.substring(m.end()).strip();
    return rest.isEmpty()
        || headlineLabelPassiveAfter.contains(firstWord(rest))
            && Character.isWhitespace(after.charAt(m.end()));
  }

  /**
   * Round 9: a quotation right before a noun of {@code speech_nouns} is what that noun's owner
   * said: a possessive name just before it ("condemn Jane Fonda's 'murder' suggestion") or, after
   * "with", the name opening the sentence as the subject of a verb ("Trump sparks pushback with
   * 'death and destruction' post"); null otherwise.
   */
  private Quote speechNounOwner(
      String text,
      String before,
      String after,
      int sentenceStart,
      String kind,
      int open,
      int close) {
    int i = 0;
    while (i < after.length() && after.charAt(i) == ' ') {
      i++;
    }
    int e = i;
    while (e < after.length() && Character.isLetter(after.charAt(e))) {
      e++;
    }
    if (e == i
        || !Character.isLowerCase(after.charAt(i))
        || !speechNouns.contains(after.substring(i, e))) {
      return null;
    }
    Matcher m = POSSESSIVE_OWNER.matcher(before);
    if (m.find() && !notSpeakers.contains(firstWord(m.group(1)))) {
      return speaker(text, kind, sentenceStart + m.start(1), sentenceStart + m.end(1))
          .at(open, close);
    }
    if (WITH_END.matcher(before).find()) {
      Matcher name = SENTENCE_NAME.matcher(before);
      if (name.find()
          && !openers.contains(firstWord(name.group(1)))
          && !notSpeakers.contains(firstWord(name.group(1)))
          && (pastVerb(name.group(2)) || presentVerb(name.group(2)))) {
        return speaker(text, kind, sentenceStart + name.start(1), sentenceStart + name.end(1))
            .at(open, close);
      }
    }
    return null;
  }

  /**
   * Whether the headline subject does not own the quotation after all (round 9 guards, from
   * DevSplitDump): another owner right before it ("offers a disturbing account of how Putin's
   * 'cleansing war'"), a quotation in title case that is a name ("shares a preview of the
   * documentary 'Coolidge: Rediscovering an American President'"), a label right after a word of
   * {@code label_quote_before} ("nicknamed 'Putin's chef'", round 12), or, with no colon before the
   * quotation, a clause with its own subject in between ("Chris Martin admits he skips dinner after
   * she came under fire for 'starvation diet'").
   */
  private boolean headlineSubjectGuarded(
      String text, String before, int verbEnd, int open, int close) {
    if (POSSESSIVE_OWNER.matcher(before).find()) {
      return true;
    }
    if (labelQuoteBefore.contains(lastWord(before))) {
      return true; // round 12: "boss nicknamed 'Putin's chef'": a label, not the subject's words
    }
    String[] words = text.substring(open, close).strip().split("\\s+");
    boolean titleCase = words.length >= 2;
    for (String w : words) {
      titleCase &=
          !w.isEmpty() && (!Character.isLowerCase(w.charAt(0)) || titleSmallWords.contains(w));
    }
    if (titleCase) {
      return true;
    }
    return !before.strip().endsWith(":")
        && CLAUSE_WITH_SUBJECT.matcher(before.substring(verbEnd)).find();
  }

  /** "after she came", "after Bruce Lehrmann was named": a clause with its own subject. */
  private static final Pattern CLAUSE_WITH_SUBJECT =
      Pattern.compile(
          "\\b(?i:after|as|while|when|because|before|since|but|though|although|until)\\s+(?:(?i:he|she|they|it|we|i)|\\p{Lu}[\\p{L}'\u2019.-]*)\\s");

  private static final Pattern WORD = Pattern.compile("\\S+");

  /**
   * Round 12: in a headline in title case (every word capitalised or of {@code title_small_words}),
   * the end of its opening name: one to four capitalised words, none a small word, before a
   * capitalised verb in -s not of {@code title_case_not_verbs}, itself followed by a capitalised
   * word that is no small word ("Tulsi Gabbard Torches Biden"; not "Death Threats To Moms"); -1 if
   * none. A name ending in a word of {@code definite_speaker_heads} ("Fox News Host") is a
   * description, not taken (the caller's guard).
   */
  private int titleCaseSubjectEnd(String before) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(before);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0)) && !titleSmallWords.contains(w)) {
        return -1; // not title case
      }
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 1; i <= 4 && i + 1 < words.size(); i++) {
      String prev = spanText(before, words.get(i - 1));
      if (!Character.isUpperCase(prev.charAt(0))
          || titleSmallWords.contains(prev.toLowerCase(Locale.ROOT))) {
        return -1;
      }
      String w = spanText(before, words.get(i));
      String lower = w.toLowerCase(Locale.ROOT);
      String next = spanText(before, words.get(i + 1));
      if (w.matches("\\p{Lu}\\p{Ll}+s")
          && presentVerb(lower)
          && !titleCaseNotVerbs.contains(lower)
          && Character.isUpperCase(next.charAt(0))
          && !titleSmallWords.contains(next.toLowerCase(Locale.ROOT))) {
        return words.get(i - 1)[1];
      }
    }
    return -1;
  }

  private static String spanText(String s, int[] span) {
    return s.substring(span[0], span[1]);
  }

  /** A lower-case word inside a sentence-opening name (round 12). */
  private static final Pattern LOWER_WORD = Pattern.compile("(?<=\\s)\\p{Ll}[\\p{L}-]*");

  /** "Björk releases song to fight ...": a subject holding "to" is a clause (round 10). */
  private static final Pattern TO_WORD = Pattern.compile("\\bto\\b");

  /** "that"/"what" right before a reporting verb's subject (round 10). */
  private static final Pattern RELATIVE_BEFORE =
      Pattern.compile("\\b(?:what|that)\\s+$", Pattern.CASE_INSENSITIVE);

  /**
   * Round 10: whether the words after "that"/"what" can be a speaker: at most five words, not
   * opened by a pronoun other than "he"/"she" ("what it called": "it" is never resolved), not
   * ending with a word of {@code openers}, a conjunction ("that Western resolve remains stronger
   * and warned"), not opened by an adverb of {@code relative_subject_adverbs} or in -ly ("a family
   * that now demands").
   */
  private boolean relativeSubject(String s) {
    String w = firstWord(s);
    String last = lastWord(s);
    return wordCount(s) <= 5
        && !w.isEmpty()
        && (!openers.contains(last) || isPronoun(s.strip()))
        && !w.endsWith("ly")
        && !relativeSubjectAdverbs.contains(w)
        && (!pronouns.contains(w) || w.equals("he") || w.equals("she"));
  }

  /** "what"/"that" inside a reporting verb's subject: the subject starts after it (round 10). */
  private static final Pattern RELATIVE_IN_SUBJECT =
      Pattern.compile("\\b(?:what|that)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

  /**
   * Round 10: "'...' ... Threatening 'To Kill' Household: Authorities": a headline ending with a
   * colon and a short capitalised source names the speaker of its quotations.
   */
  private static final Pattern HEADLINE_SOURCE_AFTER =
      Pattern.compile(
          ":\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2})\\s*$");

  /**
   * Round 20: "by" and an agent after a reporting verb, then up to a preposition and its words (or
   * a colon) before the quotation: " by alumni over ", " by the Turner prize judges (he was
   * nominated in 2017) as ".
   */
  private static final Pattern AGENT_BEFORE =
      Pattern.compile(
          "^\\s+by\\s+(?!\\p{L}+ing\\b)([^,;:\"\u201c\u201d\u2018()]{1,60}?)(?:\\s+\\([^()]{0,40}\\))?"
              + "(\\s+(?:over|for|as|after|in|on|at|with|during|amid)\\b[^\"\u201c\u201d\u2018]{0,60}?)?\\s*:?\\s*$");

  /**
   * Round 20: whether the words after an agent hold a pronoun of {@code subject_pronouns}, which
   * opens a clause of its own ("hailed by fans after he performed his 'last ever UK show'").
   */
  private boolean holdsPronoun(String s) {
    return s != null && holdsWord(s, LETTERS, pronouns);
  }

  private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]+");

  private static final Pattern LETTERS_AND_HYPHENS = Pattern.compile("[^\\p{L}-]+");

  /**
   * Whether {@code s}, cut into words by {@code separators} and lower-cased, holds a word of {@code
   * words}.
   */
  private static boolean holdsWord(String s, Pattern separators, java.util.Set<String> words) {
    for (String w : separators.split(s.toLowerCase(Locale.ROOT))) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Round 20: "What Elon Musk", "How solicitors": "what" or "how", then the label's subject. */
  private static final Pattern LABEL_SPEECH_SUBJECT = Pattern.compile("^(?i:what|how)\\s+(\\S.*)$");

  /** Whether a text ends with a possessive ("Putin's", "Ukraine’s"). */
  private static boolean possessive(String s) {
    String t = s.strip();
    return t.endsWith("'s") || t.endsWith("\u2019s") || t.endsWith("s'") || t.endsWith("s\u2019");
  }

  /**
   * Round 14: for a speaker text cut mid-clause ("President Rumen Radev spoke about the recent Nato
   * summit and"), the length of its opening run of capitalised words when a verb follows it (past,
   * present in -s, a passive auxiliary or a word of {@code speaker_cut_verbs}); 0 if none, or if
   * the run is a pronoun or an article alone.
   */
  private int cutSubjectLength(String s) {
    Matcher m = CAPITALISED_RUN.matcher(s);
    if (!m.lookingAt() || m.end() >= s.length()) {
      return 0;
    }
    String name = m.group(1);
    String first = firstWord(name);
    if (pronouns.contains(first)
        || notSpeakers.contains(first)
        || name.indexOf(' ') < 0 && ARTICLE.matcher(name).matches()) {
      return 0;
    }
    String rest = s.substring(m.end()).strip();
    int sp = rest.indexOf(' ');
    String verb = (sp < 0 ? rest : rest.substring(0, sp)).toLowerCase(Locale.ROOT);
    String next = sp < 0 ? "" : firstWord(rest.substring(sp));
    // round 15: not a present verb in -s, which is as often a plural noun ("Gina Lollobrigida fans
    // gather at funeral to", dev judged set); round 21: but before a final "and", a headline's
    // first clause ("Tim Scott hits back at Obama for attacks on GOP - and insists '...'")
    boolean isVerb =
        pastVerb(verb)
            || passiveAuxiliaries.contains(verb)
            || speakerCutVerbs.contains(verb)
            || presentVerb(verb) && !possessive(verb) && "and".equals(lastWord(s));
    return isVerb ? m.end(1) : 0;
  }

  /** Round 14: capitalised words at the start of a speaker text, up to the first lower-case one. */
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*)*)\\s+(?=\\p{Ll})");

  private static final Pattern ARTICLE = Pattern.compile("(?i)the|an?");

  /** A third-person present verb after a name ("sparks", "hits"), not "-ss", "-us", "-is". */
  private static boolean presentVerb(String w) {
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is");
  }

  /**
   * The subject of the last sentence before {@code upTo} that opens with a speaker and a speech or
   * reporting verb ("Pope Francis urged ...", "Hanna Maliar said ..."), not a pronoun; null if
   * none. What "he"/"she" in a later attribution most likely refers to.
   */
  public Quote lastSubject(String text, int[] sentenceStarts, int upTo) {
    if (sentenceStarts == null) {
      return null;
    }
    List<int[]> quoted = spans(text);
    for (int k = sentenceStarts.length - 1; k >= 0; k--) {
      int from = sentenceStarts[k];
      if (from >= upTo) {
        continue;
      }
      int to =
          Math.min(upTo, k + 1 < sentenceStarts.length ? sentenceStarts[k + 1] : text.length());
      // speakers round 2: "U.K. Chancellor of the Exchequer Nigel Lawson said": the dots of a
      // dotted capital abbreviation are no sentence punctuation to the subject
      Matcher m = sentenceSubject.matcher(dottedCapitals(masked(text.substring(from, to))));
      Quote found = null;
      int at = 0;
      while (at <= to - from && m.find(at)) {
        int st = from + m.start(1);
        boolean inQuote = false;
        for (int[] span : quoted) {
          inQuote |= st >= span[0] && st < span[1];
        }
        Quote q = speaker(text, "speech", st, from + m.end(1)).at(upTo, upTo);
        q = nameInApposition(text, q); // round 32: "The US defence secretary, Lloyd Austin, said"
        if (!inQuote
            && Character.isUpperCase(text.charAt(st))
            && !pronouns.contains(firstWord(q.speakerText()))
            && !pronouns.contains(lastWord(q.speakerText()))
            && wordCount(q.speakerText()) <= 8
            && plausibleSpeaker(q.speakerText())
            && dottedSubjectNamed(q.speakerText())) {
          found = q; // the last such subject of the sentence
        }
        at = m.end();
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Round 25: the last inverted attribution naming someone in {@code text}, outside quotation marks
   * ("Blocking Canadian gas imports would not serve ..., said Martha Hesse, chairman of the Federal
   * Energy Regulatory Commission, adding ..."): two to five capitalised words after a verb of
   * {@code inverted_attribution_verbs}, not opened by a word of {@code openers} or {@code
   * not_speakers}; null if none. Whom a "she said" in a later paragraph refers to when that
   * paragraph names no one.
   */
  public Quote invertedNamed(String text) {
    if (text.indexOf(',') < 0) {
      return null;
    }
    Matcher m = invertedNamed.matcher(text);
    Quote found = null;
    List<int[]> quoted = null;
    while (m.find()) {
      int st = m.start(1);
      quoted = quoted == null ? spans(text) : quoted;
      boolean inQuote = false;
      for (int[] span : quoted) {
        inQuote |= st >= span[0] && st < span[1];
      }
      String who = m.group(1);
      String first = firstWord(who);
      if (!inQuote
          && !openers.contains(first)
          && !notSpeakers.contains(first)
          && !first.equals("the")
          && plausibleSpeaker(who)) {
        found = new Quote(text.length(), text.length(), "speech", who, st, m.end(1));
      }
    }
    return found;
  }

  /**
   * Speakers round 2: the last attribution after a comma in {@code text}, outside quotation marks,
   * of a person neither named by a pronoun nor plural ("..., a bank spokesman told Reuters.", "...,
   * the official said, while ..."): its subject ends in a word of {@code clause_speaker_heads}, or
   * in one of them and one to four capitalised words ("ruling Radical Party Deputy Raul Baglini"),
   * and holds no word of {@code clause_subject_breaks} or pronoun; null if none. Whom a "he said"
   * in the next paragraph refers to.
   */
  public Quote clauseNamed(String text) {
    if (text.indexOf(',') < 0) {
      return null;
    }
    Matcher m = clauseNamed.matcher(text);
    Quote found = null;
    List<int[]> quoted = null;
    int at = 0;
    while (at < text.length() && m.find(at)) {
      at = m.start() + 1;
      int st = m.start(1);
      quoted = quoted == null ? spans(text) : quoted;
      boolean inQuote = false;
      for (int[] span : quoted) {
        inQuote |= st >= span[0] && st < span[1];
      }
      String who = m.group(1);
      if (!inQuote && personSubject(who) && plausibleSpeaker(who)) {
        found = new Quote(text.length(), text.length(), "speech", who, st, m.end(1));
      }
    }
    return found;
  }

  /** Speakers round 2: whether a clause's subject names one person ({@link #clauseNamed}). */
  private boolean personSubject(String who) {
    String[] w = who.strip().split("\\s+");
    for (String x : w) {
      String l = x.toLowerCase(Locale.ROOT);
      if (clauseSubjectBreaks.contains(l) || pronouns.contains(l)) {
        return false;
      }
    }
    for (int k = w.length - 1; k >= Math.max(0, w.length - 5); k--) {
      if (clauseSpeakerHeads.contains(w[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!Character.isUpperCase(w[k].charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Round 25: whether someone other than "he"/"she" speaks in {@code text} before {@code upTo},
   * outside quotation marks: a verb of {@code inverted_attribution_verbs} after a word that is no
   * such pronoun ("one investment manager said", "analysts said", "..., said Rei Shiratori"). An
   * inverted attribution in an earlier paragraph then no longer resolves a later "he said".
   */
  public boolean otherSpeaks(String text, int upTo) {
    Matcher m = otherSpeaks.matcher(text);
    m.region(0, Math.min(upTo, text.length()));
    List<int[]> quoted = null;
    while (m.find()) {
      quoted = quoted == null ? spans(text) : quoted;
      boolean inQuote = false;
      for (int[] span : quoted) {
        inQuote |= m.start(2) >= span[0] && m.start(2) < span[1];
      }
      if (!inQuote && !isPronoun(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 16: the person the sentence just before {@code upTo} (in the same paragraph) opens with
   * as its subject, a known given name ({@code given_names}) and one to three capitalised words,
   * then a lower-case word, after at most a short opening phrase and its comma ("In the UK, David
   * Pannick KC was an early if unavailing enthusiast. '...,' he wrote"): whom a "he"/"she" after it
   * most likely means when no speaking subject is found. Null if that sentence opens otherwise.
   */
  public Quote personSubject(String text, int[] sentenceStarts, int upTo) {
    if (sentenceStarts == null) {
      return null;
    }
    for (int k = sentenceStarts.length - 1; k >= 0; k--) {
      int from = sentenceStarts[k];
      if (from >= upTo) {
        continue;
      }
      Matcher m = PERSON_SUBJECT.matcher(text.substring(from, upTo));
      if (!m.find()
          || !(givenNames.contains(m.group(2).toLowerCase(Locale.ROOT))
              || speakerSubjectVerbs.contains(m.group(4))
                  && !notSpeakers.contains(m.group(2).toLowerCase(Locale.ROOT))
                  && !openers.contains(m.group(2).toLowerCase(Locale.ROOT))
                  && !m.group(2).equals("The"))
          || m.group(1) != null && givenNamesIn(m.group(1))) {
        return null;
      }
      for (int[] span : spans(text)) {
        if (from + m.start(2) >= span[0] && from + m.start(2) < span[1]) {
          return null;
        }
      }
      return new Quote(
          upTo, upTo, "speech", m.group(2) + m.group(3), from + m.start(2), from + m.end(3));
    }
    return null;
  }

  /**
   * Round 18: the spans of the people named before {@code upTo} outside quotation marks, each a
   * given name of {@code given_names} and one to three capitalised words ("Janet Yellen", "Chris
   * Rock", "Linda Thomas-Greenfield"): a "he"/"she" after such a name is more likely that person
   * than the last leader named.
   */
  public List<int[]> givenNamePersons(String text, int upTo) {
    List<int[]> found = new ArrayList<>();
    List<int[]> quoted = spans(text);
    int limit = Math.min(upTo, text.length());
    // Matcher.find(int) would reset the region to the whole text: a name after the quotation
    // would then count as one named before it.
    Matcher m = GIVEN_NAME_PERSON.matcher(text).useTransparentBounds(true);
    int at = 0;
    while (at < limit && m.region(at, limit).find()) {
      if (!givenNames.contains(m.group(1).toLowerCase(Locale.ROOT))
          && !appositiveName(text, m.start(), m.end())) {
        at = m.end(1); // "Comedian Chris Rock": try the next capitalised word
        continue;
      }
      at = m.end();
      boolean inQuote = false;
      for (int[] span : quoted) {
        inQuote |= m.start() >= span[0] && m.start() < span[1];
      }
      if (!inQuote && !afterObjectPreposition(text, m.start())) {
        String name = m.group();
        // round 19: "Kyrylo Budanov. In an interview": the name ends at its sentence's full stop
        Matcher stop = WORD_FULL_STOP.matcher(name);
        if (stop.find()) {
          name = name.substring(0, stop.end() - 1);
        }
        boolean possessive = name.endsWith("'s") || name.endsWith("\u2019s");
        int end = m.start() + name.length();
        found.add(new int[] {m.start(), possessive ? end - 2 : end});
      }
    }
    return found;
  }

  /**
   * Round 19: whether the capitalised words from {@code start} to {@code end} are a name in
   * apposition whatever its given name: after a lower-case word and a comma ("the Ukrainian head of
   * intelligence, Kyrylo Budanov") or before a comma and "who" ("Condoleezza Rice, who was ...").
   */
  private static boolean appositiveName(String text, int start, int end) {
    return ROLE_COMMA_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
        || COMMA_WHO_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
  }

  private static final Pattern ROLE_COMMA_BEFORE = Pattern.compile("\\b\\p{Ll}[\\p{L}-]*,\\s+$");
  private static final Pattern WORD_FULL_STOP = Pattern.compile("\\p{L}{3}\\.(?=\\s|$)");
  private static final Pattern COMMA_WHO_AFTER = Pattern.compile("^,\\s+who\\b");

  /**
   * Whether the word before {@code at}, past up to three capitalised words ("with NBC News' Richard
   * Engel"), is a preposition of {@code speaker_object_prepositions} or {@code speaker_object_for}:
   * the name is then an object, not a subject.
   */
  private boolean afterObjectPreposition(String text, int at) {
    String[] before = text.substring(Math.max(0, at - 60), at).trim().split("\\s+");
    for (int i = before.length - 1, skipped = 0; i >= 0; i--) {
      String w = before[i].replaceAll("[^\\p{L}]+$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && skipped < 3) {
        skipped++;
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      return speakerObjectPrepositions.contains(lower) || speakerObjectFor.contains(lower);
    }
    return false;
  }

  private static final Pattern GIVEN_NAME_PERSON =
      Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3}");

  private boolean givenNamesIn(String s) {
    return holdsWord(s, LETTERS, givenNames);
  }

  /** An opening phrase of up to 40 characters and its comma, then a given name and a surname. */
  private static final Pattern PERSON_SUBJECT =
      Pattern.compile(
          "^\\s*(\\p{Lu}[^,;:\"\u201c\u201d\u2018\u2019.!?]{0,38},\\s+)?"
              + "(\\p{Lu}\\p{Ll}+)((?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})\\s+(\\p{Ll}+)");

  /**
   * Whether the text before a colon ("Name: '...'") can be its quotation's speaker: not a word of
   * {@code not_speakers} first ("Photos: ..."), not a rubric of {@code headline_rubrics} ("Brexit:
   * ..."), not ending in a word of {@code headline_rubric_last_words} ("Israel-Hamas War: ...",
   * "Wagner Group LIVE: ...", stop 61).
   */
  private boolean nameBeforeColon(String name) {
    return !notSpeakers.contains(firstWord(name))
        && !headlineRubrics.contains(name.toLowerCase(Locale.ROOT))
        && !headlineRubricLastWords.contains(lastWord(name));
  }

  /**
   * Round 13: the source a headline's unattributed quotation is the lede's: the speaking subject of
   * the lede's first sentence ("Oleksandr Tarnavskiy told US media that ..."), else a
   * sentence-final inverted attribution of that sentence ("..., writes 'Le Monde' editorialist
   * Sylvie Kauffmann."); null if it has neither.
   */
  public Quote ledeSource(String lede) {
    int[] starts = Sentences.starts(lede);
    int end = starts.length > 1 ? starts[1] : lede.length();
    Quote q = lastSubject(lede, starts, end);
    if (q != null) {
      // guard: "Disgraced police chief James Burke - accused of ..., has been arrested": a subject
      // cut at a dash is the one a clause describes, no speaker
      // and "The neo-natal nurse is", "The police chief who led a": a subject run into its verb
      // or a relative clause is none either
      String t = q.speakerText().strip();
      String last = lastWord(t).toLowerCase(Locale.ROOT);
      boolean runOn = passiveAuxiliaries.contains(last) || ledeSubjectRunOn.contains(last);
      // and "Bestselling novelist Jack Carr — who's announced ...": a dash inside it opens a clause
      boolean dash = t.matches(".*\\s[\u2014\u2013-]\\s.*");
      return Character.isLetter(t.charAt(t.length() - 1))
              && !runOn
              && !dash
              && !allegation(lede, end, t)
          ? q
          : null;
    }
    for (int k = 0; k < starts.length; k++) {
      int to = k + 1 < starts.length ? starts[k + 1] : lede.length();
      Matcher m = LEDE_INVERTED.matcher(lede.substring(starts[k], to));
      if (m.find() && speechVerbs.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        String who =
            m.group(2)
                .replaceAll(
                    "['\u2018\u2019\"\u201c\u201d](?=\\s|$)|(?<=^|\\s)['\u2018\u2019\"\u201c\u201d]",
                    "")
                .strip();
        return plausibleSpeaker(who) && !isPronoun(who)
            ? new Quote(0, 0, "speech", who, -1, -1)
            : null;
      }
      m = LEDE_INVERTED_SOURCE.matcher(lede.substring(starts[k], to));
      if (m.find()
          && speechVerbs.contains(m.group(1).toLowerCase(Locale.ROOT))
          && headlineDashSources.contains(m.group(3))) {
        // round 25: "Ernest Moret was interrogated ... before his arrest on terrorism charges,
        // claims lawyer": a source word of headline_dash_sources, not a name, ends the sentence
        return new Quote(0, 0, "speech", m.group(2), -1, -1);
      }
    }
    return null;
  }

  /**
   * Round 25: ", claims lawyer." ending a sentence: a speech verb, then at most a possessive or
   * "the" and one lower-case word before a lower-case source word (checked against {@code
   * headline_dash_sources}).
   */
  private static final Pattern LEDE_INVERTED_SOURCE =
      Pattern.compile(
          ",\\s+(\\p{Ll}+)\\s+((?:(?:his|her|their|its|the)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\p{Ll}+))\\.?\\s*$");

  /**
   * Round 35: "China hawk says Beijing could attack Taiwan by 2024, bringing 'war to the West'" /
   * "Prominent China hawk Kyle Bass told CNBC ...": a headline speaker that is a description (its
   * last word lower-case, or a head of {@code definite_speaker_heads}: "Turkish President"),
   * written in the lede right before a name of two to four capitalised words (then a lower-case
   * word, a punctuation mark or the end; its first word no head): the description and the name,
   * else null.
   */
  public String ledeNamed(String lede, String description) {
    String d = description.strip();
    String last = lastWord(d);
    if (d.isEmpty()
        || last.isEmpty()
        || isPronoun(d)
        || givenNamesIn(d)
        || !(Character.isLowerCase(d.charAt(d.length() - last.length()))
            || definiteSpeakerHeads.contains(last))) {
      return null;
    }
    Matcher m = LEDE_NAME_AFTER.matcher(lede);
    for (int at = lede.indexOf(d); at >= 0; at = lede.indexOf(d, at + 1)) {
      if (at > 0 && Character.isLetter(lede.charAt(at - 1))) {
        continue;
      }
      m.region(at + d.length(), lede.length());
      if (m.lookingAt()
          && !definiteSpeakerHeads.contains(firstWord(m.group(1)))
          && !notSpeakers.contains(firstWord(m.group(1)))
          && !openers.contains(firstWord(m.group(1)))) {
        return d + " " + m.group(1);
      }
    }
    return headNamed(lede, last);
  }

  /**
   * Round 41: the description's head word alone before the name, where the lede words the
   * description otherwise ("Russian political analyst claims" / "Russian analyst Valery Solovoy
   * claims ...", "his agent claims" / "... agent Luli Batista"): the head and the name as the lede
   * writes them, else null. The same guards as {@link #ledeNamed} on the name.
   */
  private String headNamed(String lede, String head) {
    Matcher m = LEDE_NAME_AFTER.matcher(lede);
    Matcher h = Pattern.compile("\\b" + Pattern.quote(head) + "\\b").matcher(lede);
    while (head.length() > 3 && h.find()) {
      m.region(h.end(), lede.length());
      if (m.lookingAt()
          && !definiteSpeakerHeads.contains(firstWord(m.group(1)))
          && !notSpeakers.contains(firstWord(m.group(1)))
          && !openers.contains(firstWord(m.group(1)))) {
        return lede.substring(h.start(), m.end(1));
      }
    }
    return null;
  }

  /** Round 35: a name of two to four capitalised words, then a lower-case word or punctuation. */
  private static final Pattern LEDE_NAME_AFTER =
      Pattern.compile(
          "\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){1,3})(?=\\s+\\p{Ll}|\\s*[,.;:!?]|\\s*$)");

  /**
   * Round 13 guard: whether the lede's first sentence (up to {@code end}) reports about its subject
   * {@code subject} rather than quoting it: the subject holds a word of {@code
   * lede_allegation_subject} ("An alleged robber", "The alleged victim told cops ..."), or a phrase
   * of {@code lede_allegation_after} lies within the first four words after it ("A Missouri woman
   * accused of kidnapping ...", "Michael Manis, 71, admitted to police ...").
   */
  private boolean allegation(String lede, int end, String subject) {
    if (holdsWord(subject, LETTERS, ledeAllegationSubject)) {
      return true;
    }
    int at = lede.indexOf(subject);
    if (at < 0 || at + subject.length() > end) {
      return false;
    }
    String[] after =
        lede.substring(at + subject.length(), end).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    StringBuilder words = new StringBuilder(" ");
    int n = 0;
    for (String w : after) {
      if (!w.isEmpty() && n++ < 4) {
        words.append(w).append(' ');
      }
    }
    for (String phrase : ledeAllegationAfter) {
      if (words.indexOf(" " + phrase + " ") >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", writes 'Le Monde' editorialist Sylvie Kauffmann." ending a sentence: a speech verb, then at
   * most six words (a quoted outlet name allowed) ending in a capitalised name.
   */
  private static final Pattern LEDE_INVERTED =
      Pattern.compile(
          ",\\s+(\\p{Ll}+)\\s+((?:['\u2018\u201c]?[\\p{L}-]+['\u2019\u201d]?\\s+){0,5}\\p{Lu}[\\p{L}'\u2019-]+)\\.?\\s*$");

  /**
   * Round 9: the name opening the sentence right before {@code sentenceStart} when a verb in the
   * past follows it (after an optional "on Thursday" or adverb): "Rep. Thomas Massie (R-Ky.) got in
   * a heated back-and-forth ... 'If Congress sends ...'", "President Biden on Thursday used a
   * primetime Oval Office address ... 'Hamas and Putin represent ...'"; null if none. For a
   * quotation opening a sentence with no attribution when no earlier sentence has a speaking
   * subject. Round 44: also before a present progressive ("Former President Trump is urging ..."),
   * and opened by a word of {@code previous_subject_openers} when a title and a name follow.
   */
  public Quote previousSubject(String text, int[] sentenceStarts, int sentenceStart) {
    int k = Sentences.indexOf(sentenceStarts, sentenceStart);
    if (k <= 0 || sentenceStarts[k] != sentenceStart) {
      return null;
    }
    int from = sentenceStarts[k - 1];
    String prev = masked(text.substring(from, sentenceStart));
    Matcher m = PREVIOUS_SUBJECT.matcher(prev);
    if (!m.find()) {
      return null;
    }
    boolean progressive = progressive(m.group(2), prev.substring(m.end(2)));
    if (!subjectOwnsQuotations(prev, m.end(2))
        || !pastVerb(m.group(2)) && !activeGot(m.group(2), prev.substring(m.end(2))) && !progressive
        || openers.contains(firstWord(m.group(1)))
            && !(previousSubjectOpeners.contains(firstWord(m.group(1)))
                && wordCount(m.group(1)) >= 3)
        || notSpeakers.contains(firstWord(m.group(1)))
        || progressive && pronouns.contains(firstWord(m.group(1)))
        || passiveAuxiliaries.contains(m.group(2).toLowerCase(Locale.ROOT))
            && !activeGot(m.group(2), prev.substring(m.end(2)))
            && !progressive) {
      return null;
    }
    return speaker(text, "speech", from + m.start(1), from + m.end(1))
        .at(sentenceStart, sentenceStart);
  }

  /**
   * Round 41: whether a sentence's quotations (if any) are its subject's words, none of them
   * attributed on its own: each opens after the subject's verb ({@code verbEnd}) and none is closed
   * with a comma ("Former President Trump took aim at Daniel Kelly, ..., calling him a 'foolish
   * man' for not seeking ...", "Sen. Marco Rubio (R-Fla.), ..., says Russia's downing ... is a
   * 'test' and ..."). A sentence with a quotation so attributed has its own speaker (round 9).
   */
  private static boolean subjectOwnsQuotations(String sentence, int verbEnd) {
    int first = -1;
    for (int i = 0; i < sentence.length() && first < 0; i++) {
      char ch = sentence.charAt(i);
      first = ch == '"' || ch == '\u201c' || ch == '\u201d' ? i : -1;
    }
    return first < 0
        || first >= verbEnd
            && !sentence.contains(",\u201d")
            && !sentence.contains("\u201d,")
            && !sentence.contains(",\"")
            && !sentence.contains("\",");
  }

  /**
   * Round 44: whether a verb of {@code progressive_auxiliaries} ("is", "are") is followed by a word
   * in -ing, a present progressive ("Former President Trump is urging Republicans"), not a passive.
   */
  private boolean progressive(String verb, String rest) {
    String next = firstWord(rest);
    return progressiveAuxiliaries.contains(verb.toLowerCase(Locale.ROOT))
        && next.length() > 4
        && next.endsWith("ing")
        && Character.isLowerCase(rest.strip().charAt(0));
  }

  /**
   * Round 10: "got"/"get"/"gets" not followed by a past participle is no passive auxiliary ("Rep.
   * Thomas Massie (R-Ky.) got in a heated back-and-forth"; "got arrested" stays a passive).
   */
  private boolean activeGot(String verb, String rest) {
    String v = verb.toLowerCase(Locale.ROOT);
    if (!v.equals("got") && !v.equals("gets") && !v.equals("get")) {
      return false;
    }
    String next = firstWord(rest);
    return !next.isEmpty() && !pastVerb(next) && !next.endsWith("en");
  }

  /**
   * Round 10: whether "he"/"she" speaks in {@code text} ("But he added it did not imply ...", "...,
   * he said."): such a paragraph keeps the last one named as the referent of a later "he".
   */
  public boolean pronounSpeaks(String text) {
    return pronounSpeaks.matcher(text).find();
  }

  /** A capitalised name opening a sentence, an optional day or adverb, then a lower-case word. */
  private static final Pattern PREVIOUS_SUBJECT =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,4})\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+|\\p{Ll}+ly\\s+)?(\\p{Ll}[\\p{L}-]*)\\b");

  /**
   * A paragraph ending with an attribution and a colon ("Shultz replied:"): its speaker, whose
   * quotation opens the next paragraph; null when the paragraph does not end so.
   */
  public Quote introducer(String text, int[] sentenceStarts) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != ':' || sentenceStarts == null) {
      return null;
    }
    int sentenceStart = sentenceStarts[Sentences.indexOf(sentenceStarts, end - 1)];
    Matcher m = before.matcher(text.substring(sentenceStart, end));
    if (!m.find()) {
      return null;
    }
    Quote q =
        speaker(text, "speech", sentenceStart + m.start(1), sentenceStart + m.end(1)).at(end, end);
    return plausibleSpeaker(q.speakerText()) ? q : null;
  }

  /**
   * The speaker of a paragraph that opens with a quotation mark (the continuation of a quotation
   * left open at the end of the paragraph before, a multi-paragraph quote), when that quotation
   * names its speaker and it is no pronoun; null otherwise.
   */
  public Quote reopened(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length() || Tokenizer.normalise(text.charAt(i)) != '"') {
      return null;
    }
    List<int[]> spans = spans(text);
    if (spans.isEmpty() || spans.get(0)[0] != i + 1) {
      return null;
    }
    int[] span = spans.get(0);
    Quote q = classify(text, Sentences.starts(text), span[0], span[1], span[2]);
    return q.speakerText() != null && q.kind().equals("speech") && !isPronoun(q.speakerText())
        ? q
        : null;
  }

  /**
   * Round 34: how a long subject after a quotation opens: a capital, an indefinite article, "the"
   * before a capital, or a lower-case role before a capital ("physicist Professor ..."); not a
   * definite description ("the former South Carolina governor and 2024 GOP presidential hopeful",
   * which stands for the one named before) nor a clause ("as the country reels from ...").
   */
  private static final Pattern LONG_SUBJECT_OPENING =
      Pattern.compile(
          "(?![Tt]he\\s+\\p{Ll})(?:\\p{Lu}|(?:an?|one|another|the)\\s|\\p{Ll}+\\s+\\p{Lu})");

  /**
   * Round 34: "a statement issued on Saturday", "the report": an article, then lower-case words
   * holding a noun of {@code statement_nouns}, no capital (no owner named).
   */
  private boolean bareDocument(String s) {
    String t = s.strip();
    if (!ARTICLE.matcher(firstWord(t)).matches()) {
      return false;
    }
    for (int i = 1; i < t.length(); i++) {
      if (Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return holdsWord(t, LETTERS, statementNounSet);
  }

  /**
   * Round 34: "says"/"said" right after a closing mark with no punctuation, then a capital or an
   * article ("' says French President Macron", "' says Ukrainian president").
   */
  private static final Pattern INVERTED_NO_COMMA =
      Pattern.compile("\\s+(?:says|said)\\s+(?:\\p{Lu}|(?:a|an|the)\\s)");

  /** Round 34: a comma ends the quotation, inside its closing mark or right after it. */
  private static boolean endsWithComma(String text, int close) {
    return close > 0 && text.charAt(close - 1) == ','
        || close + 1 < text.length() && text.charAt(close + 1) == ',';
  }

  /**
   * A quote closed by {@code ,"} / {@code ."} or followed by a comma is attributed by what follows.
   */
  private static boolean startsAfterPunctuation(String text, int close) {
    return close > 0 && ",.!?".indexOf(text.charAt(close - 1)) >= 0
        || close + 1 < text.length() && text.charAt(close + 1) == ',';
  }

  /**
   * Round 44: the text with each short parenthesis after a name ({@code PARENTHETICAL}) blanked
   * out, same length: the words after a closing mark ("”, Sen. Bill Hagerty (R-Tenn.) said", "”,
   * Rep. Ted Lieu (D-Calif.), vice chairman of the Democratic Caucus, said"), whose subject pattern
   * stops at the parenthesis's full stop.
   */
  private static String parenthesesMasked(String s) {
    if (s.indexOf('(') < 0) {
      return s;
    }
    return mappedInMatches(s, PARENTHETICAL, c -> ' ');
  }

  /**
   * {@code s} with each char inside a match of {@code p} mapped by {@code f} (same length), or
   * {@code s} itself when nothing matches.
   */
  private static String mappedInMatches(
      String s, Pattern p, java.util.function.IntUnaryOperator f) {
    Matcher m = p.matcher(s);
    StringBuilder b = null;
    while (m.find()) {
      b = b == null ? new StringBuilder(s) : b;
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, (char) f.applyAsInt(b.charAt(i)));
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The text with each appositive between a name and its speech or reporting verb blanked out, same
   * length ("Al Gore, the former US vice-president, has described": "Al Gore" and the verb).
   */
  String masked(String s) {
    // Both patterns need their punctuation: most sentences are returned without running them.
    String t = parenthesesMasked(unitedStates(s));
    if (t.indexOf(',') < 0) {
      return t;
    }
    Matcher m = appositive.matcher(t);
    if (!m.find()) {
      return t;
    }
    StringBuilder b = new StringBuilder(t);
    // c: b with the opening comma of each blanked appositive kept, for the chained ones below
    StringBuilder c = new StringBuilder(t);
    do {
      for (int i = m.start(1); i < m.end(1); i++) {
        b.setCharAt(i, ' ');
      }
      for (int i = m.start(1) + 1; i < m.end(1); i++) {
        c.setCharAt(i, ' ');
      }
    } while (m.find());
    // Round 8: chained appositives ("Prince Abdullah, in an interview with the Kuwait magazine
    // Al-Majalis, carried by the official Saudi Press Agency, said"): once the one next to the verb
    // is blanked, the one before it is next to the verb too. Runs only after a first match.
    for (int pass = 0; pass < MAX_CHAINED_APPOSITIVES; pass++) {
      m = appositive.matcher(c);
      if (!m.find()) {
        break;
      }
      boolean any = false;
      do {
        // only an appositive opening with a lower-case word of chained_appositive_openers ("in an
        // interview with ...", "carried by ..."): a capitalised one is the name itself ("In Paris,
        // Foreign Minister Catherine Colonna, speaking to reporters, said"), a role is the speaker
        // ("In that apology, the prime minister, Mark Rutte, said")
        int w = m.start(1) + 1;
        while (w < m.end(1) && Character.isWhitespace(c.charAt(w))) {
          w++;
        }
        int we = w;
        while (we < m.end(1) && Character.isLetter(c.charAt(we))) {
          we++;
        }
        if (we == w
            || !Character.isLowerCase(c.charAt(w))
            || !chainedAppositiveOpeners.contains(c.substring(w, we))) {
          continue;
        }
        any = true;
        for (int i = m.start(1); i < m.end(1); i++) {
          b.setCharAt(i, ' ');
          c.setCharAt(i, i == m.start(1) ? ',' : ' ');
        }
      } while (m.find());
      if (!any) {
        break;
      }
    }
    return b.toString();
  }

  private static final Pattern DOTTED_CAPITALS =
      Pattern.compile("\\b\\p{Lu}\\.(?:\\p{Lu}\\.)+(?=\\s\\p{Lu})");

  /**
   * Speakers round 2: a subject holding a dotted capital abbreviation ends in a capitalised word, a
   * name ("U.S. Trade Representative Clayton Yeutter"), not "Seven U.S. Republican Senators
   * nationwide".
   */
  private static boolean dottedSubjectNamed(String subject) {
    String t = subject.strip();
    if (!DOTTED_CAPITALS.matcher(t).find()) {
      return true;
    }
    int sp = t.lastIndexOf(' ');
    return Character.isUpperCase(t.charAt(sp + 1));
  }

  /** Speakers round 2: {@code s} with the dots of "U.K.", "U.S." made underscores (same length). */
  static String dottedCapitals(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    return mappedInMatches(s, DOTTED_CAPITALS, c -> c == '.' ? '_' : c);
  }

  /**
   * Round 9: {@code s} with the space of "United States" made an underscore (same length), so the
   * speech verb "states" does not match the country's name ("to show the United States' 'unwavering
   * commitment ...,' according to ...").
   */
  static String unitedStates(String s) {
    int i = s.indexOf("nited ");
    if (i < 0) {
      i = s.indexOf("NITED ");
      if (i < 0) {
        return s;
      }
    }
    char[] c = null;
    for (; i >= 0; i = nextUnited(s, i + 1)) {
      int sp = i + 5;
      if (i > 0
          && (s.charAt(i - 1) == 'U' || s.charAt(i - 1) == 'u')
          && s.regionMatches(true, sp + 1, "states", 0, 6)
          && (sp + 7 >= s.length() || !Character.isLetter(s.charAt(sp + 7)))) {
        c = c == null ? s.toCharArray() : c;
        c[sp] = '_';
      }
    }
    return c == null ? s : new String(c);
  }

  private static int nextUnited(String s, int from) {
    int a = s.indexOf("nited ", from);
    int b = s.indexOf("NITED ", from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /**
   * An appositive between a capitalised word and one of {@code reportingVerbs} (a regex
   * alternation): group 1 from its opening to its closing comma, both included.
   *
   * <p>The group reads as {@code ,\s+[^,;:"]{1,90}?,} (curly quotes excluded too), written so that
   * the text after the opening comma is read once. The lazy body may hold blanks, so a plain {@code
   * \s+} gives back its blanks one by one and the body is read again from each: {@link #masked} met
   * that at every comma before a blanked appositive (a run of blanks), a quarter of quotation
   * classifying in the matcher's profile. The blank run is now taken whole ({@code \s++}); the one
   * text that then no longer matches, nothing but two or more blanks between the commas, is the
   * second branch. Same matches: {@code QuotesAppositivePatternTest}.
   */
  static Pattern appositive(String reportingVerbs) {
    return Pattern.compile(
        "(?=,)(?<=\\p{Lu}[\\p{L}'\u2019.-]{0,30}\\s{0,23})(,(?:\\s++[^,;:\"\u201c\u201d\u2018]{1,90}?|\\s{2,}+),)(?=\\s+(?:(?:has|have|had|also|again|then|later|on \\w+)\\s+)*(?:"
            + reportingVerbs
            + ")\\b)",
        Pattern.CASE_INSENSITIVE);
  }

  /** How many further appositives before one already blanked are blanked too. */
  private static final int MAX_CHAINED_APPOSITIVES = 2;

  /**
   * {@code s} with the period of each name abbreviation ({@code name_abbreviations}: "Rep. Robert
   * Dornan") and of each single capital initial ("Antony J. Blinken") blanked out, same length, so
   * the speaker patterns, which stop at a period, read the whole name.
   */
  String abbreviationsKept(String s) {
    s = unitedStates(s);
    int dot = s.indexOf('.');
    if (dot < 0) {
      return s;
    }
    char[] c = null;
    for (; dot >= 0; dot = s.indexOf('.', dot + 1)) {
      int w = dot;
      while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
        w--;
      }
      if (w == dot || w > 0 && Character.isLetterOrDigit(s.charAt(w - 1))) {
        continue;
      }
      if (dot + 2 > s.length() || s.charAt(dot + 1) != ' ' && s.charAt(dot + 1) != '.') {
        if (!(dot - w == 1 && dot + 1 < s.length() && Character.isUpperCase(s.charAt(dot + 1)))) {
          continue; // not followed by a space (or the next letter of "U.S.")
        }
      }
      boolean initial = dot - w == 1 && Character.isUpperCase(s.charAt(w));
      if (initial || nameAbbreviations.contains(s.substring(w, dot).toLowerCase(Locale.ROOT))) {
        c = c == null ? s.toCharArray() : c;
        c[dot] = ' ';
      }
    }
    return c == null ? s : new String(c);
  }

  /**
   * Whether the quotation is a name in title case right after an article, "of" or a possessive
   * ({@code name_quote_before}; round 32: or a preposition of {@code
   * name_quote_before_prepositions}, 'during "Cowboys and Indians Night"'): 'known as the "Russian
   * Gatsby."', 'stars of "The Voice of Holland"'. Two to eight words, each capitalised but for
   * short function words ({@code title_small_words}), no ! or ?, in a sentence not in title case.
   */
  boolean titledName(String text, int open, int close) {
    if (open < 2 || close - open > 80) {
      return false;
    }
    int p = open - 2; // before the opening mark
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    int w = p + 1;
    while (w > 0
        && (Character.isLetter(text.charAt(w - 1))
            || text.charAt(w - 1) == '\''
            || text.charAt(w - 1) == '\u2019')) {
      w--;
    }
    if (w > p || p == open - 2) {
      return false; // no word, or no space between it and the mark
    }
    String before = text.substring(w, p + 1).toLowerCase(Locale.ROOT);
    boolean possessive = before.endsWith("'s") || before.endsWith("\u2019s");
    if (!possessive && !nameQuoteBefore.contains(before)) {
      return false;
    }
    String q = text.substring(open, close).strip();
    if (q.endsWith(",") || close + 1 < text.length() && text.charAt(close + 1) == ',') {
      return false; // "Putin's 'War Machine,' Bulgaria Says": an attribution follows
    }
    if (q.endsWith(".")) {
      q = q.substring(0, q.length() - 1);
    }
    if (q.indexOf('!') >= 0 || q.indexOf('?') >= 0 || q.indexOf(',') >= 0 || q.indexOf('.') >= 0) {
      return false;
    }
    String[] words = q.split("\\s+");
    if (words.length < 2 || words.length > 8) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty()) {
        return false;
      }
      char f = word.charAt(0);
      if (!Character.isUpperCase(f) && !Character.isDigit(f) && !titleSmallWords.contains(word)) {
        return false;
      }
    }
    if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
      return false;
    }
    // a headline in title case ("... Holding A 'Gun To The Head Of The American People'") says
    // nothing: the words before the quotation must hold a lower-case word
    int from = Math.max(0, open - 60);
    for (int i = from; i < open - 1; i++) {
      if (Character.isLowerCase(text.charAt(i))
          && (i == 0 || text.charAt(i - 1) == ' ')
          && !titleSmallWords.contains(word(text, i))) {
        return true;
      }
    }
    return false;
  }

  /** The word of letters starting at {@code i}. */
  private static String word(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(i, e);
  }

  /**
   * "Rep. Matt Gaetz (R-Fla.) said": a short parenthesis after a name, masked like an appositive.
   * Round 41: also before an appositive's comma ("Rep. Ted Lieu (D-Calif.), vice chairman of the
   * Democratic Caucus, said", "Sen. Marco Rubio (R-Fla.), the vice chairman of ..., says"), which
   * {@code appositive} then finds after the blanked parenthesis.
   */
  private static final Pattern PARENTHETICAL =
      Pattern.compile("(?<=\\p{L})\\s\\([^()\"\u201c\u201d]{1,20}\\)(?=\\s|,)");

  /**
   * Whether the word after a sentence-opening name is a verb in the past ("Zelenskiy referred",
   * "Joe Biden sought"), so the name is the subject ("Seven senators", "Late on Sunday" are not).
   */
  private boolean pastVerb(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.endsWith("ed") && l.length() > 3 || pastVerbs.contains(l) || speechVerbs.contains(l);
  }

  /** Speakers round 4: "when he", "what she", ", he" ending a speaker text. */
  private static final Pattern PRONOUN_AFTER_SUBORDINATOR =
      Pattern.compile("(?:\\b(\\p{L}+)|[,\u2013\u2014])\\s+(?i:he|she)\\s*$");

  /** Speakers round 4: a word opening with a capital letter. */
  private static final Pattern CAPITAL_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019.-]*");

  /**
   * Speakers round 4: whether {@code t} is a clause run on into "he"/"she" that names nobody
   * ("arguably his biggest headline came in July when he", "the year of the state's founding, he",
   * "just weeks after he"): it ends in the pronoun after a word of {@code
   * speaker_pronoun_subordinators}, a comma or a dash, holds more than the pronoun, and no word
   * after its first opens with a capital but those of {@code speaker_pronoun_clause_capitals}
   * (months, days). Such a text is no speaker; whom the pronoun stands for is left unresolved.
   */
  public boolean pronounClauseNamingNobody(String t) {
    if (t == null) {
      return false;
    }
    Matcher m = PRONOUN_AFTER_SUBORDINATOR.matcher(t);
    if (!m.find() || wordCount(t) < 2) {
      return false;
    }
    if (m.group(1) != null
        && !speakerPronounSubordinators.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Matcher c = CAPITAL_WORD.matcher(t);
    boolean first = true;
    while (c.find()) {
      boolean opening = t.substring(0, c.start()).strip().replaceAll("^\\p{Punct}+", "").isEmpty();
      if (!(first && opening)
          && c.start() < m.start()
          && !speakerPronounClauseCapitals.contains(c.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
      first = false;
    }
    return true;
  }

  /** The last word of a speaker text, lower-cased ("Speaking to a conference he": "he"). */
  private static String lastWord(String s) {
    String t = s.strip();
    int i = t.length();
    while (i > 0 && (Character.isLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '\'')) {
      i--;
    }
    return t.substring(i).toLowerCase(Locale.ROOT);
  }

  /** The first word of a speaker text, lower-cased. */
  private static String firstWord(String s) {
    String t = s.strip();
    int i = 0;
    while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'')) {
      i++;
    }
    return t.substring(0, i).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a speaker text can name a speaker: not empty, not opened by a word of {@code
   * not_speakers} ("but", "explaining that") or a lower-case -ing word ("leaving what he").
   */
  boolean plausibleSpeaker(String s) {
    return plausibleOpening(s) && !cutMidClause(s);
  }

  /** {@link #plausibleSpeaker} but for its end: the text may still be cut mid-clause. */
  private boolean plausibleOpening(String s) {
    String w = firstWord(s);
    if (w.isEmpty() || notSpeakers.contains(w)) {
      return false;
    }
    return !(w.endsWith("ing") && Character.isLowerCase(s.strip().charAt(0)));
  }

  /**
   * Round 14: a speaker text ending in a word of {@code speaker_cut_words} is a clause cut mid-way
   * ("He points to the new tram station atop Leith Walk and", "The Serendipity and"), not a name.
   */
  boolean cutMidClause(String s) {
    return speakerCutWords.contains(lastWord(s));
  }

  /**
   * Round 15: the offset in the speaker text of the first word of {@code speaker_relative_pronouns}
   * after its first word ("a career diplomat who was an ambassador under Bill Clinton"), where a
   * relative clause about the speaker opens; -1 if none.
   */
  int relativeClauseStart(String s) {
    Matcher m = LETTER_WORD.matcher(s);
    boolean first = true;
    while (m.find()) {
      // lower case only: "the WHO director general" is the World Health Organization
      if (!first && speakerRelativePronouns.contains(m.group())) {
        return m.start();
      }
      first = false;
    }
    return -1;
  }

  private static final Pattern LETTER_WORD = Pattern.compile("[\\p{L}']+");

  /**
   * Round 16: whether the name ending at {@code end} in the speaker text modifies a body or a
   * person that serves it, a word of {@code speaker_body_heads}: right after it ("Biden
   * administration officials", "the Trump campaign"), or among the three words after its possessive
   * ("Netanyahu's office", "Putin's former spokesman", "President Biden's reelection campaign").
   * Such a name is not the speaker.
   */
  boolean modifiesBody(String s, int end) {
    int at = end;
    boolean possessive = false;
    if (at < s.length() && (s.charAt(at) == '\'' || s.charAt(at) == '\u2019')) {
      at++;
      if (at < s.length() && (s.charAt(at) == 's' || s.charAt(at) == 'S')) {
        at++;
      }
      possessive = true;
    }
    int words = 0;
    while (words < (possessive ? 3 : 1)) {
      if (at >= s.length() || s.charAt(at) != ' ') {
        return false;
      }
      int from = at + 1;
      int to = from;
      while (to < s.length() && (Character.isLetter(s.charAt(to)) || s.charAt(to) == '-')) {
        to++;
      }
      if (to == from) {
        return false;
      }
      if (speakerBodyHeads.contains(s.substring(from, to).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      at = to;
      words++;
    }
    return false;
  }

  /**
   * Round 20: whether the speaker text, outside the span {@code start}-{@code end} of a country or
   * place in it, holds a word of {@code speaker_not_state_voice} ("one Canadian bond trader", "The
   * New York Times' chief White House correspondent Peter Baker", "Former US ambassador"): the
   * country or place then only describes the speaker, who does not speak for it.
   */
  boolean notStateVoice(String speakerText, int start, int end) {
    String rest =
        speakerText.substring(0, Math.max(0, start))
            + " "
            + speakerText.substring(Math.min(end, speakerText.length()));
    return holdsWord(rest, LETTERS_AND_HYPHENS, speakerNotStateVoice);
  }

  /**
   * Round 15: whether a word after the first of the speaker text is capitalised ("after revolt by
   * MPs who", "Nebraska governor Jill Pillen rips article by ... and"): such a cut text may still
   * hold the speaker's name, and is kept.
   */
  boolean capitalisedAfterFirst(String s) {
    String t = s.strip();
    int n = t.length();
    int i = 0;
    while (i < n && !asciiSpace(t.charAt(i))) {
      i++; // the first word
    }
    while (i < n) {
      while (i < n && asciiSpace(t.charAt(i))) {
        i++;
      }
      boolean letterSeen = false;
      for (; i < n && !asciiSpace(t.charAt(i)); i++) {
        char ch = t.charAt(i);
        if (!letterSeen && Character.isLetter(ch)) {
          if (Character.isUpperCase(ch)) {
            return true;
          }
          letterSeen = true;
        }
      }
    }
    return false;
  }

  /** A char of the regular expression class {@code \s}: words are split on these. */
  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Round 15: the quotation with no speaker, for a speaker text cut mid-clause that names no entity
   * of the article (MentionFinder decides); a quotation of four words or more is then speech.
   */
  Quote withoutSpeaker(String text, Quote q) {
    int words = wordCount(text.substring(q.open(), q.close()));
    return new Quote(q.open(), q.close(), words >= 4 ? "speech" : q.kind(), null, -1, -1);
  }

  /**
   * {@code text.lastIndexOf(": ", end - 1)} when that is {@code start} or later, else -1, without
   * scanning the text before {@code start} (a whole article for every quotation).
   */
  private static int lastColonSpace(String text, int start, int end) {
    for (int i = end - 1; i >= Math.max(start, 0); i--) {
      if (text.startsWith(": ", i)) {
        return i;
      }
    }
    return -1;
  }

  private static Pending speaker(String text, String kind, int start, int end) {
    int colon = lastColonSpace(text, start, end);
    if (colon >= 0 && colon + 2 <= end) {
      start = colon + 2; // "Eyes on 2024: Trump rails against ...": the rubric is no speaker
    }
    String s = text.substring(start, end);
    Matcher noise = TRAILING_NOISE.matcher(s);
    if (noise.find()) {
      end = start + noise.start();
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Pending(kind, text.substring(start, end), start, end);
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words;
  }

  /**
   * Round 11: whether the name at {@code start}-{@code end} of {@code speakerText} is the object of
   * a preposition of {@code speaker_object_prepositions} ("Greene, a congresswoman from Georgia",
   * "China's ambassador to Australia") or of {@code speaker_object_for} followed by a further word
   * ("the special inspector general for Afghanistan reconstruction"): then it is no owner of the
   * speaker and not the speaker entity. A name owning the next word ("the spokesperson for
   * Ukraine's air force") stays unless {@code person} ("a minister from Modi's party").
   */
  boolean objectOfPreposition(String speakerText, int start, int end, boolean person) {
    int e = Math.min(start, speakerText.length());
    while (e > 0 && Character.isWhitespace(speakerText.charAt(e - 1))) {
      e--;
    }
    if (e == start) {
      return false;
    }
    int b = e;
    while (b > 0 && Character.isLetter(speakerText.charAt(b - 1))) {
      b--;
    }
    if (b == e || b > 0 && Character.isLetterOrDigit(speakerText.charAt(b - 1))) {
      return false;
    }
    String word = speakerText.substring(b, e).toLowerCase(Locale.ROOT);
    if (word.equals("in")
        && speakerLocativeInstitutions.contains(lastWord(speakerText.substring(0, b)))) {
      return false; // round 12: "police in South Korea" speak for South Korea
    }
    boolean plain = speakerObjectPrepositions.contains(word);
    if (!plain && !speakerObjectFor.contains(word)) {
      return false;
    }
    int n = Math.min(end, speakerText.length());
    boolean owns =
        n + 1 < speakerText.length()
            && (speakerText.charAt(n) == '\'' || speakerText.charAt(n) == '\u2019')
            && (speakerText.charAt(n + 1) == 's' || speakerText.charAt(n + 1) == 'S');
    if (owns) {
      return person;
    }
    if (plain) {
      return true;
    }
    int k = n;
    while (k < speakerText.length() && speakerText.charAt(k) == ' ') {
      k++;
    }
    return k > n && k < speakerText.length() && Character.isLetter(speakerText.charAt(k));
  }

  /**
   * Round 32: whether a speaker text is a plural noun phrase ("Economic analysts", "Trade
   * sources"): its last word lower-case and in -s (not -ss, -us, -is: "boss", "status"), no capital
   * after its first word. "He"/"she" never stands for it.
   */
  boolean pluralSpeaker(String speakerText) {
    String t = speakerText.strip();
    if (capitalisedAfterFirst(t) || !endsLowerCase(t)) {
      return false;
    }
    String w = lastWord(t);
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && !w.endsWith("'s");
  }

  /**
   * Round 32: whether the last word of {@code s} opens with a lower-case letter ("spokesperson").
   */
  private static boolean endsLowerCase(String s) {
    String t = s.strip();
    int i = t.length();
    while (i > 0 && (Character.isLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '\'')) {
      i--;
    }
    return i < t.length() && Character.isLowerCase(t.charAt(i));
  }

  /**
   * Round 12: whether a speaker text is a definite description of a person ("The deputy prime
   * minister", "the former journalist"): "the", at most three lower-case words, then a word of
   * {@code definite_speaker_heads}. It stands for a person named before it, as "he"/"she" does.
   * Round 46: a word before the head may also be an age ("the 50-year-old actor") or a capitalised
   * modifier ("the Florida governor", "the Tonight Show host", "The Toyota executive"); the head
   * stays a lower-case word of the list.
   */
  boolean definiteRole(String speakerText) {
    String t = speakerText.strip();
    if (!t.startsWith("The ") && !t.startsWith("the ")) {
      return false;
    }
    String[] w = t.substring(4).strip().split(" +");
    if (w.length > 4) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      String x = w[k];
      if (k < w.length - 1 && (AGE_WORD.matcher(x).matches() || capitalisedModifier(x))) {
        continue;
      }
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (!Character.isLowerCase(c) && c != '-') {
          return false;
        }
      }
    }
    return definiteSpeakerHeads.contains(w[w.length - 1]);
  }

  /** Round 46: an age before a definite description's head: "50-year-old". */
  private static final Pattern AGE_WORD = Pattern.compile("\\d{1,3}-year-old");

  /**
   * Round 46: a capitalised word of letters (an initial capital, or all capitals: "Florida", "UAW")
   * before a definite description's head; no possessive, no word of {@code openers} or {@code
   * not_speakers}.
   */
  private boolean capitalisedModifier(String x) {
    if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
      return false;
    }
    for (int i = 1; i < x.length(); i++) {
      if (!Character.isLetter(x.charAt(i)) && x.charAt(i) != '-') {
        return false;
      }
    }
    String l = x.toLowerCase(Locale.ROOT);
    return !openers.contains(l) && !notSpeakers.contains(l);
  }

  /**
   * Round 15: a speaker text that is only a word of {@code subject_pronouns} ("he", "she", "it",
   * "they"): it names nobody by itself.
   */
  boolean barePronoun(String speakerText) {
    return pronouns.contains(speakerText.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Round 12: whether a speaker text found before a definite description can be what it stands for:
   * it opens with a capital, not with "The", a word of {@code openers} or of {@code not_speakers},
   * and is no pronoun.
   */
  boolean namesSomeone(String speakerText) {
    String t = speakerText.strip();
    String w = firstWord(t);
    String last = lastWord(t);
    return !t.isEmpty()
        && Character.isUpperCase(t.charAt(0))
        && !last.isEmpty()
        && Character.isUpperCase(t.charAt(t.length() - last.length()))
        && !definiteSpeakerHeads.contains(last)
        && !w.equals("the")
        && !openers.contains(w)
        && !notSpeakers.contains(w)
        && !isPronoun(t);
  }

  /**
   * Round 46: whether a speaker text holds an unpaired double quotation mark (a "\u201c" without
   * its "\u201d", or the reverse, or an odd number of straight ones): it runs into or out of a
   * quotation ("we will win.\u201d", "the smiling sales rep. \u201cHis eyes even react to light").
   */
  static boolean partOfQuotation(String speakerText) {
    int open = 0;
    int close = 0;
    int straight = 0;
    for (int i = 0; i < speakerText.length(); i++) {
      char c = speakerText.charAt(i);
      if (c == '\u201c') {
        open++;
      } else if (c == '\u201d') {
        close++;
      } else if (c == '"') {
        straight++;
      }
    }
    return open != close || straight % 2 != 0;
  }

  /**
   * Round 46: a speaker text opening with a word of {@code adverbial_openers} is a sentence's
   * opening adverbial run into its subject: one ending in "he"/"she" ("On Telegram he", "In
   * commentary she") is that pronoun, resolved as any other; one with no capitalised word after its
   * first ("In a tweet", "In an update", "Amid", "Also") names no one and is no speaker. One with a
   * name after the adverbial ("In January Secretary of State George Shultz") is kept as it is.
   */
  Quote adverbialOpening(String text, Quote q) {
    String t = q.speakerText();
    if (t == null || !adverbialOpeners.contains(firstWord(t)) || !speakerTextInPlace(text, q)) {
      return q;
    }
    String last = lastWord(t);
    if (wordCount(t) > 1 && isPronoun(last)) {
      int st = q.speakerEnd() - last.length();
      return new Quote(
          q.open(), q.close(), q.kind(), text.substring(st, q.speakerEnd()), st, q.speakerEnd());
    }
    if (!capitalisedAfterFirst(t)) {
      return withoutSpeaker(text, q);
    }
    return q;
  }

  /**
   * Speakers round 2: whether a speaker text is an object pronoun, "him" or "her" ("the radio
   * quoted him as saying").
   */
  static boolean isObjectPronoun(String speakerText) {
    String s = speakerText.toLowerCase(Locale.ROOT);
    return s.equals("him") || s.equals("her");
  }

  /** Whether a speaker text is a bare personal pronoun ("he", "she"). */
  static boolean isPronoun(String speakerText) {
    String s = speakerText.toLowerCase(Locale.ROOT);
    return s.equals("he") || s.equals("she");
  }

  private record Pending(String kind, String text, int start, int end) {
    Quote at(int open, int close) {
      return new Quote(open, close, kind, text, start, end);
    }
  }
}
