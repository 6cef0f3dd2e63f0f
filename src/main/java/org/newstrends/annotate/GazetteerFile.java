package org.newstrends.annotate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * One gazetteer YAML file as written in {@code conf/gazetteers/}: a version, a source line, and
 * either {@code entities} (countries, leaders, places, organisations, terms) or {@code roles} (the
 * role-phrase vocabulary). Validation happens in the compact constructors, so a bad value fails
 * with the file's line number (see {@link GazetteerLoader}).
 */
public record GazetteerFile(
    String version,
    String source,
    List<Entity> entities,
    List<RoleDef> roles,
    List<Outlet> outlets) {

  public GazetteerFile {
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("'version' is required, e.g. version: 2026.11.28");
    }
    entities = entities == null ? List.of() : List.copyOf(entities);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** Entity types; the value written to {@code mentions.entity_type}. */
  public static final Set<String> TYPES =
      Set.of("country", "leader", "person", "place", "organisation", "term");

  /** Alias kinds; {@code name}, {@code alias}, ... are written to {@code mentions.match_kind}. */
  public static final Set<String> KINDS =
      Set.of("name", "alias", "demonym", "metonym", "surname", "acronym", "variant");

  /** One recognisable thing with its surface forms. */
  public record Entity(
      String id,
      String type,
      String name,
      String country,
      List<Alias> aliases,
      List<String> exclude,
      List<String> excludeContext,
      List<Role> roles,
      List<String> labels,
      List<Sense> otherSenses) {

    /** An entity without other senses. */
    public Entity(
        String id,
        String type,
        String name,
        String country,
        List<Alias> aliases,
        List<String> exclude,
        List<String> excludeContext,
        List<Role> roles,
        List<String> labels) {
      this(id, type, name, country, aliases, exclude, excludeContext, roles, labels, null);
    }

    public Entity {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("an entity needs an 'id'");
      }
      if (type == null || !TYPES.contains(type)) {
        throw new IllegalArgumentException(
            "entity '"
                + id
                + "': 'type' is '"
                + type
                + "'; allowed: "
                + String.join(", ", TYPES.stream().sorted().toList()));
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("entity '" + id + "' needs a 'name'");
      }
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      if (aliases.isEmpty()) {
        throw new IllegalArgumentException("entity '" + id + "' needs at least one alias");
      }
      for (Alias alias : aliases) {
        if (alias.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
          // "-", "'" or "." is a token of its own: it matched every dash, quote or full stop
          throw new IllegalArgumentException(
              "entity '"
                  + id
                  + "': alias '"
                  + alias.text()
                  + "' has no letter or digit, so it would match every '"
                  + alias.text().strip()
                  + "' in every article; remove it or write the name it stands for");
        }
      }
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
      excludeContext = excludeContext == null ? List.of() : List.copyOf(excludeContext);
      roles = roles == null ? List.of() : List.copyOf(roles);
      labels = labels == null ? List.of() : List.copyOf(labels);
      otherSenses = otherSenses == null ? List.of() : List.copyOf(otherSenses);
    }
  }

  /**
   * Another sense of an entity's aliases (issue 9: terms in another sense, as data): one of {@code
   * aliases} (all the entity's aliases when empty) with one of the words or phrases {@code near}
   * within {@code window} tokens, in the same sentence, is not this entity ("loan amounts to be
   * sanctioned" is no sanction, a tribe's water "settlement" no settlement).
   *
   * <p>Round 12 (terms in an animal's sense): {@code side} says where the near word must be ({@code
   * either}, the default; {@code before} the alias; {@code after} it); {@code near_case: lower}
   * counts a near word only as written in lower case ("his dead dog", not "Jim Fox dies" or "Navy
   * SEAL killed"; {@code any}, the default, counts every case; stop 62's {@code opening} only as
   * the first word of its headline or paragraph, capitalised and not in capitals: "Zebra shot dead
   * by police"; stop 65's {@code headline} in lower case, or in title case in a headline written in
   * title case: "Sperm Whale Dies on Indonesian Island"); a word (one token) of {@code unless}
   * within {@code unless_window} tokens (default: {@code window}) on either side, in any case,
   * keeps the mention ("Polar bear kills woman", "a baby and a dog died"), unless it is a word of
   * the near phrase itself (stop 81: "baby" in "baby bison"); a near word with a word (one token,
   * punctuation too) of {@code not_across} between it and the alias does not count ("killed in dog
   * attack", "girl dies from bird flu", "bear that killed").
   *
   * <p>Stop 66: the {@code unless} search stops at a word (one token) of {@code unless_not_across}
   * on its way out from the alias ("pet owners after her dog died": "after"; "dog killed by
   * hunters": "by", the agent); {@code unless_case: prose} counts an {@code unless} word written
   * with a capital only where prose capitalises a common word: opening a sentence (as {@code case:
   * prose} reads an alias), in capitals, or in a headline written in title case ("Man attacked by
   * dogs dies", not the elephant "Man Jai"); {@code any}, the default, counts every case.
   *
   * <p>Stop 67: with {@code right_after}, the sense holds only for an alias that stands right after
   * one of these words (one token each; a quotation mark between is skipped): "war" after "civil"
   * with a party named before it ("House GOP in 'civil war'"), not every war a party is named near.
   *
   * <p>Stop 70: {@code from} and {@code to} (ISO dates, half-open, as a {@link When}'s) bound the
   * article dates the sense holds for; outside them, or in an article with no date, the alias keeps
   * its entity. A sense that reads a fact of its time, such as an invasion of Taiwan being one that
   * may come, says which years it was read on ({@code to: "2024-01-01"}).
   *
   * <p>Stop 75: with {@code quoted: true}, the sense holds only for an alias written between
   * quotation marks, one right before it and one right after it ("calling GOP colleagues
   * 'terrorists'"), the shape of a label someone else applies; an alias in running text keeps its
   * entity. With {@code unless_side} ({@code either}, the default, {@code before} or {@code after})
   * the {@code unless} words count on that side of the alias only: "an injured elk" is the elk's
   * injury with tourists named before it, "a dead dog walker" the walker's death.
   */
  public record Sense(
      List<String> aliases,
      List<String> near,
      Integer window,
      String side,
      String nearCase,
      List<String> unless,
      Integer unlessWindow,
      List<String> notAcross,
      List<String> unlessNotAcross,
      String unlessCase,
      List<String> rightAfter,
      String from,
      String to,
      Boolean quoted,
      String unlessSide) {

    /** Tokens on either side searched when {@code window} is omitted. */
    public static final int DEFAULT_WINDOW = 5;

    /** Allowed values of {@code side}. */
    public static final List<String> SIDES = List.of("either", "before", "after");

    /** Allowed values of {@code near_case}. */
    public static final List<String> NEAR_CASES = List.of("any", "lower", "opening", "headline");

    /** Allowed values of {@code unless_case}. */
    public static final List<String> UNLESS_CASES = List.of("any", "prose");

    /** A sense with a window only: either side, any case, no {@code unless}. */
    public Sense(List<String> aliases, List<String> near, Integer window) {
      this(
          aliases, near, window, null, null, null, null, null, null, null, null, null, null, null,
          null);
    }

    public Sense {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      near = near == null ? List.of() : List.copyOf(near);
      if (near.isEmpty() || near.stream().anyMatch(w -> w == null || w.isBlank())) {
        throw new IllegalArgumentException(
            "other_senses: 'near' needs at least one word, e.g. near: [loan, loans]");
      }
      if (window == null) {
        window = DEFAULT_WINDOW;
      }
      if (window < 1 || window > 30) {
        throw new IllegalArgumentException(
            "other_senses: 'window' is " + window + "; allowed: 1 to 30 tokens");
      }
      side = oneOf("side", side, SIDES);
      nearCase = oneOf("near_case", nearCase, NEAR_CASES);
      unless = singleTokens("unless", unless, "unless: [woman, man]");
      if (unlessWindow != null && unless.isEmpty()) {
        throw new IllegalArgumentException(
            "other_senses: 'unless_window' is set but 'unless' has no words");
      }
      notAcross = singleTokens("not_across", notAcross, "not_across: [by, in, from]");
      unlessNotAcross =
          singleTokens("unless_not_across", unlessNotAcross, "unless_not_across: [after, when]");
      if (!unlessNotAcross.isEmpty() && unless.isEmpty()) {
        throw new IllegalArgumentException(
            "other_senses: 'unless_not_across' is set but 'unless' has no words");
      }
      unlessCase = oneOf("unless_case", unlessCase, UNLESS_CASES);
      rightAfter = singleTokens("right_after", rightAfter, "right_after: [civil]");
      if (unlessWindow == null) {
        unlessWindow = window;
      }
      if (unlessWindow < 1 || unlessWindow > 30) {
        throw new IllegalArgumentException(
            "other_senses: 'unless_window' is " + unlessWindow + "; allowed: 1 to 30 tokens");
      }
      if (quoted == null) {
        quoted = false;
      }
      unlessSide = oneOf("unless_side", unlessSide, SIDES);
      if (!unlessSide.equals("either") && unless.isEmpty()) {
        throw new IllegalArgumentException(
            "other_senses: 'unless_side' is set but 'unless' has no words");
      }
      LocalDate first = date("from", from);
      LocalDate end = date("to", to);
      if (first != null && end != null && !first.isBefore(end)) {
        throw new IllegalArgumentException(
            "other_senses: 'from' " + from + " is not before 'to' " + to);
      }
    }

    /** The first day the sense holds for, or null for no bound. */
    public LocalDate fromDate() {
      return date("from", from);
    }

    /** The day after the last one the sense holds for, or null for no bound. */
    public LocalDate toDate() {
      return date("to", to);
    }

    private static LocalDate date(String key, String value) {
      return isoDate("other_senses: '" + key + "'", value);
    }

    /** {@code value}, or the first allowed value when absent; else a clear error. */
    private static String oneOf(String key, String value, List<String> allowed) {
      if (value == null) {
        return allowed.get(0);
      }
      if (!allowed.contains(value)) {
        throw new IllegalArgumentException(
            "other_senses: '"
                + key
                + "' is '"
                + value
                + "'; allowed: "
                + String.join(", ", allowed));
      }
      return value;
    }

    /** A list of single tokens (words or punctuation), empty when absent; else a clear error. */
    private static List<String> singleTokens(String key, List<String> words, String example) {
      if (words == null) {
        return List.of();
      }
      for (String word : words) {
        if (word == null || word.isBlank()) {
          throw new IllegalArgumentException(
              "other_senses: '" + key + "' has an empty word; e.g. " + example);
        }
        if (Tokenizer.tokenize(word).size != 1) {
          throw new IllegalArgumentException(
              "other_senses: '"
                  + key
                  + "' word '"
                  + word
                  + "' is not one token; '"
                  + key
                  + "' takes single words, e.g. "
                  + example);
        }
      }
      return List.copyOf(words);
    }
  }

  /**
   * One surface form.
   *
   * @param casePolicy {@code exact} (only as written), {@code any} (any case), or absent: as
   *     written, with lower-case alias words matching any case and ALL-CAPS headlines matching
   *     names of four or more letters; {@code prose} (issue 9 round 47): any case, except a
   *     capitalised form inside a sentence of prose (three words of four letters or more, fewer
   *     than 70% of them capitalised, not ALL CAPS) that does not open the sentence, which is part
   *     of a name or a work's title ("Death of a Salesman", "Killing Eve", "Karin Slaughter"), no
   *     mention
   * @param ambiguous a bare surname that counts only when the article also names the person in full
   *     or with a title
   * @param forename a leader's or person's given names only ("Juan Carlos"): followed by a
   *     capitalised word that is no title or other entity it is part of another person's name
   *     ("Juan Carlos Pugliese"), no mention (issue 9 round 30)
   */
  public record Alias(
      String text,
      String kind,
      @JsonProperty("case") String casePolicy,
      Boolean ambiguous,
      Boolean forename,
      When when) {

    /** An alias without context rules. */
    public Alias(String text, String kind, String casePolicy, Boolean ambiguous) {
      this(text, kind, casePolicy, ambiguous, null, null);
    }

    public Alias {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("an alias needs a 'text'");
      }
      if (kind == null || !KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            "alias '"
                + text
                + "': 'kind' is '"
                + kind
                + "'; allowed: "
                + String.join(", ", KINDS.stream().sorted().toList()));
      }
      if (casePolicy != null
          && !casePolicy.equals("exact")
          && !casePolicy.equals("any")
          && !casePolicy.equals("prose")) {
        throw new IllegalArgumentException(
            "alias '"
                + text
                + "': 'case' is '"
                + casePolicy
                + "'; allowed: exact, any, prose (or omit it)");
      }
      ambiguous = ambiguous != null && ambiguous;
      forename = forename != null && forename;
    }
  }

  /**
   * The context rules of an ambiguous alias (issue 9: disambiguation as data; see {@link
   * ContextRule}): the alias names its entity only when the article's context points to it.
   */
  public record When(
      List<String> outletCountries,
      List<String> articleCountries,
      List<String> withEntities,
      List<String> cueWords,
      List<String> outsideSections,
      String from,
      String to) {

    public When {
      outletCountries = outletCountries == null ? List.of() : List.copyOf(outletCountries);
      articleCountries = articleCountries == null ? List.of() : List.copyOf(articleCountries);
      withEntities = withEntities == null ? List.of() : List.copyOf(withEntities);
      cueWords = cueWords == null ? List.of() : List.copyOf(cueWords);
      outsideSections = outsideSections == null ? List.of() : List.copyOf(outsideSections);
      for (String s : outsideSections) {
        if (ArticleSections.slug(s).isEmpty()) {
          throw new IllegalArgumentException(
              "when: outside_sections holds '"
                  + s
                  + "', which has no letter or digit; allowed: section names such as sport");
        }
      }
      isoDate("when: 'from'", from);
      isoDate("when: 'to'", to);
    }
  }

  /** An outlet (a case-insensitive substring of the article's source) and its country. */
  public record Outlet(String match, String country) {

    public Outlet {
      if (match == null || match.isBlank() || country == null || country.isBlank()) {
        throw new IllegalArgumentException("an outlet needs 'match' and 'country'");
      }
    }
  }

  /** A period in office, half-open {@code [from, to)}; no {@code to} means still in office. */
  public record Role(String role, String country, String from, String to, Boolean acting) {

    public Role {
      if (role == null || role.isBlank()) {
        throw new IllegalArgumentException("a role needs a 'role' id from roles.yaml");
      }
      if (country == null || country.isBlank()) {
        throw new IllegalArgumentException("role '" + role + "' needs a 'country'");
      }
      LocalDate start = date(role, "from", from);
      LocalDate end = to == null ? null : date(role, "to", to);
      if (start == null) {
        throw new IllegalArgumentException("role '" + role + "' needs 'from' (YYYY-MM-DD)");
      }
      if (end != null && !start.isBefore(end)) {
        throw new IllegalArgumentException(
            "role '" + role + "': 'from' " + from + " is not before 'to' " + to);
      }
      acting = acting != null && acting;
    }

    public LocalDate fromDate() {
      return LocalDate.parse(from);
    }

    public LocalDate toDate() {
      return to == null ? null : LocalDate.parse(to);
    }

    private static LocalDate date(String role, String key, String value) {
      return isoDate("role '" + role + "': '" + key + "'", value);
    }
  }

  /** A role id and the phrases that name it ("prime minister", "premier"). */
  public record RoleDef(String id, List<String> phrases) {

    public RoleDef {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a role needs an 'id'");
      }
      phrases = phrases == null ? List.of() : List.copyOf(phrases);
      if (phrases.isEmpty()) {
        throw new IllegalArgumentException("role '" + id + "' needs at least one phrase");
      }
    }
  }

  /**
   * {@code value} as an ISO date, or null when absent; else a clear error naming {@code what} (the
   * key and where it stands), for a sense's and a role's dates alike.
   */
  static LocalDate isoDate(String what, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what + " is '" + value + "'; allowed: an ISO date YYYY-MM-DD");
    }
  }
}
