package org.newstrends.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newstrends.config.ConfigException;

/**
 * The word lists of the annotate stage's matching rules (titles before surnames, organs of the
 * state, name heads, sentence openers, regnal numbers, speech and reporting verbs), read from a
 * versioned YAML file ({@code conf/rules/annotate-words.yaml}) instead of Java constants. {@link
 * #sha256()} is the digest of the file's bytes, for the run's config hash.
 *
 * @param version the file's {@code version:} line
 * @param lists list name to its entries, in file order
 * @param sha256 hex SHA-256 of the file
 */
public record AnnotateWords(String version, Map<String, List<String>> lists, String sha256)
    implements Serializable {

  /** The lists the matcher needs; a file must define each, and nothing else. */
  public static final List<String> LIST_NAMES =
      List.of(
          "titles",
          "state_organs",
          "name_connectors",
          "name_heads",
          "of_heads",
          "openers",
          "words_before_acronym",
          "regnal_numbers",
          "speech_verbs",
          "reporting_verbs_extra",
          "not_speakers",
          "speech_participles",
          "irregular_past_verbs",
          "name_abbreviations",
          "name_quote_before",
          "name_quote_before_prepositions",
          "speaker_clause_conjunctions",
          "speaker_clause_not_after",
          "speaker_lone_adverbs",
          "speaker_inner_speech_verbs",
          "progressive_auxiliaries",
          "clause_attribution_verbs",
          "clause_speaker_heads",
          "headline_description_adjectives",
          "clause_subject_breaks",
          "previous_subject_openers",
          "adverbial_openers",
          "title_small_words",
          "passive_auxiliaries",
          "passive_without_auxiliary",
          "chained_appositive_openers",
          "causative_openers",
          "speech_nouns",
          "headline_subject_verbs",
          "title_quote_subject_verbs",
          "relative_subject_adverbs",
          "speaker_object_prepositions",
          "speaker_object_for",
          "speaker_locative_institutions",
          "definite_speaker_heads",
          "label_quote_before",
          "title_case_not_verbs",
          "lede_subject_run_on",
          "lede_allegation_subject",
          "lede_allegation_after",
          "headline_rubrics",
          "headline_rubric_last_words",
          "speaker_cut_words",
          "speaker_pronoun_subordinators",
          "speaker_pronoun_clause_capitals",
          "speaker_cut_verbs",
          "speaker_relative_pronouns",
          "relative_antecedent_determiners",
          "speaker_body_heads",
          "speaker_subject_verbs",
          "headline_label_subject_openers",
          "headline_label_passive_after",
          "inverted_subject_not_openers",
          "inverted_subject_end_before",
          "inverted_attribution_verbs",
          "statement_nouns",
          "statement_gap_breaks",
          "speaker_after_quote_phrases",
          "inner_speaker_determiners",
          "object_speech_gerunds",
          "headline_dash_sources",
          "speaker_not_state_voice",
          "given_names",
          "person_before",
          "person_after",
          "place_heads",
          "metonym_locatives",
          "metonym_literal_of",
          "metonym_literal_after",
          "metonym_motion_before_to",
          "metonym_arrival_before_to",
          "demonym_language_after",
          "demonym_language_before",
          "demonym_language_not_then",
          "dateline_agencies",
          "credit_body_words",
          "fiction_review_sections",
          "fiction_review_page_words",
          "fiction_review_headlines",
          "fiction_words",
          "fiction_fact_words",
          "fiction_fact_exceptions",
          "fiction_term_families",
          "fiction_dated_words",
          "work_title_sections",
          "lone_quote_term_families",
          "metonym_seats",
          "metonym_visit_before",
          "metonym_literal_before",
          "honorifics",
          "former_before",
          "role_not_holder_before",
          "role_not_holder_after",
          "subject_pronouns",
          "sense_quantifiers");

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a list twice is an error
          .build();

  /** The file's shape. */
  record File(String version, Map<String, List<String>> lists) {}

  public AnnotateWords {
    lists = Map.copyOf(lists);
  }

  /** Where the build puts a copy of {@code conf/rules/annotate-words.yaml} (pom.xml resources). */
  public static final String RESOURCE = "/org/newstrends/annotate/annotate-words.yaml";

  private static volatile AnnotateWords defaults;

  /**
   * The word lists shipped with the build: {@code conf/rules/annotate-words.yaml} as copied to the
   * classpath, used when a configuration names no {@code annotate.words} file.
   */
  public static AnnotateWords defaults() {
    AnnotateWords d = defaults;
    if (d == null) {
      try (var in = AnnotateWords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "classpath resource " + RESOURCE + " is missing (pom.xml copies conf/rules)");
        }
        d = parse(in.readAllBytes(), "classpath:" + RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      defaults = d;
    }
    return d;
  }

  /** The file at {@code path}, or {@link #defaults()} when {@code path} is null. */
  public static AnnotateWords loadOrDefaults(String path) {
    return path == null ? defaults() : load(Path.of(path));
  }

  /** Reads and checks one file; errors name the file and what is allowed. */
  public static AnnotateWords load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(
          file + ": cannot read the annotate word lists: " + e.getMessage(), e);
    }
    return parse(bytes, file.toString());
  }

  private static AnnotateWords parse(byte[] bytes, String file) {
    File parsed;
    try {
      parsed = YAML.readValue(bytes, File.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(org.newstrends.config.ConfigLoader.describe(Path.of(file), e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
    if (parsed == null || parsed.version() == null || parsed.version().isBlank()) {
      throw new ConfigException(file + ": needs a 'version' line");
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e :
        (parsed.lists() == null ? Map.<String, List<String>>of() : parsed.lists()).entrySet()) {
      if (!LIST_NAMES.contains(e.getKey())) {
        throw new ConfigException(
            file
                + ": unknown list '"
                + e.getKey()
                + "'; allowed: "
                + String.join(", ", LIST_NAMES));
      }
      if (e.getValue() == null || e.getValue().stream().anyMatch(w -> w == null || w.isBlank())) {
        throw new ConfigException(file + ": list '" + e.getKey() + "' has an empty entry");
      }
      lists.put(e.getKey(), List.copyOf(e.getValue()));
    }
    for (String name : LIST_NAMES) {
      if (!lists.containsKey(name)) {
        throw new ConfigException(file + ": list '" + name + "' is missing");
      }
    }
    return new AnnotateWords(parsed.version(), lists, sha256(bytes));
  }

  /** A list as written. */
  public List<String> list(String name) {
    List<String> l = lists.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no list '" + name + "'");
    }
    return l;
  }

  /** Lists lower-cased (Locale.ROOT) and merged, for case-insensitive lookups. */
  public Set<String> lowerCaseSet(String... names) {
    Set<String> s = new LinkedHashSet<>();
    for (String name : names) {
      for (String w : list(name)) {
        s.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(s);
  }

  /** A list as a regex alternation ("said|says|..."), entries quoted. */
  public String alternation(String... names) {
    StringBuilder b = new StringBuilder();
    for (String name : names) {
      for (String w : list(name)) {
        if (b.length() > 0) {
          b.append('|');
        }
        b.append(w.replace(" ", "\\s+"));
      }
    }
    return b.toString();
  }

  /** Hex SHA-256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
