package org.newstrends.annotate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The context rules of one ambiguous alias ({@code when:} in the gazetteer YAML, issue 9): which
 * article context makes the alias name its entity. Each kind of signal that holds scores one: the
 * outlet's country is in {@code outlet_countries}; one of the countries the article names most (by
 * unambiguous mentions) is in {@code article_countries}; the article names one of {@code
 * with_entities}; the article holds one of {@code cue_words} (a cue with a capital letter matches
 * as written, a lower-case cue in any case); none of the article's sections ({@link
 * ArticleSections}: its section field and its URL's folders) is in {@code outside_sections} (an
 * injury outside the sport pages, stop 61). {@code from}/{@code to} bound the article's date
 * (half-open); outside them the candidate is out. Among the candidates at one span, a unique best
 * score of one or more resolves; otherwise the mention is reported ambiguous with its candidates. A
 * rule with dates and no signal kind (round 13: an organisation's acronym or short name before the
 * organisation existed, "ICC" or "PA" in 1987) scores one inside its dates, so the alias keeps its
 * entity there and is out before or after them.
 */
public final class ContextRule implements Serializable {

  private static final long serialVersionUID = 1L;

  final String[] outletCountries;
  final String[] articleCountries;
  final String[] withEntities;

  /** Cue phrases as " form form " (as written) or " key key " (lower case), padded by spaces. */
  final String[] cues;

  final boolean[] cueAsWritten;

  /** Section slugs ({@link ArticleSections#slug}) the article must not be in to score. */
  final String[] outsideSections;

  final long fromDay;
  final long toDay;

  /** No signal kind, only {@code from}/{@code to}: inside the dates the rule scores one. */
  final boolean datesOnly;

  ContextRule(GazetteerFile.When w) {
    outletCountries = w.outletCountries().toArray(String[]::new);
    articleCountries = w.articleCountries().toArray(String[]::new);
    withEntities = w.withEntities().toArray(String[]::new);
    cues = new String[w.cueWords().size()];
    cueAsWritten = new boolean[cues.length];
    for (int i = 0; i < cues.length; i++) {
      String cue = w.cueWords().get(i);
      boolean asWritten = !cue.equals(cue.toLowerCase(Locale.ROOT));
      cues[i] = padded(cue, asWritten);
      cueAsWritten[i] = asWritten;
    }
    outsideSections =
        w.outsideSections().stream().map(ArticleSections::slug).toArray(String[]::new);
    fromDay = w.from() == null ? Long.MIN_VALUE : LocalDate.parse(w.from()).toEpochDay();
    toDay = w.to() == null ? Long.MAX_VALUE : LocalDate.parse(w.to()).toEpochDay();
    datesOnly =
        outletCountries.length == 0
            && articleCountries.length == 0
            && withEntities.length == 0
            && cues.length == 0
            && outsideSections.length == 0;
  }

  /**
   * {@code phrase}'s tokens as written ({@code asWritten}) or as lower-case keys, each followed by
   * a space, after one: the form in which {@link Context#forms} and {@link Context#keys} hold the
   * article's words, so a phrase is found there by {@code contains}.
   */
  static String padded(String phrase, boolean asWritten) {
    Tokenizer.Tokens t = Tokenizer.tokenize(phrase);
    StringBuilder b = new StringBuilder(" ");
    for (int k = 0; k < t.size; k++) {
      b.append(asWritten ? t.form(k) : t.key(k)).append(' ');
    }
    return b.toString();
  }

  /** The article context the rules read. */
  record Context(
      String outletCountry,
      Set<String> topCountries,
      Set<String> entities,
      String forms,
      String keys,
      LocalDate date,
      ArticleSections sections) {}

  /**
   * The score of this rule in {@code c}; -1 when the article's date is outside from/to; 1 for a
   * rule of dates only inside them.
   */
  int score(Context c) {
    if (c.date() != null) {
      long day = c.date().toEpochDay();
      if (day < fromDay || day >= toDay) {
        return -1;
      }
    }
    if (datesOnly) {
      return 1;
    }
    int score = 0;
    if (c.outletCountry() != null && List.of(outletCountries).contains(c.outletCountry())) {
      score++;
    }
    for (String country : articleCountries) {
      if (c.topCountries().contains(country)) {
        score++;
        break;
      }
    }
    for (String id : withEntities) {
      if (c.entities().contains(id)) {
        score++;
        break;
      }
    }
    for (int i = 0; i < cues.length; i++) {
      if ((cueAsWritten[i] ? c.forms() : c.keys()).contains(cues[i])) {
        score++;
        break;
      }
    }
    if (outsideSections.length > 0 && !inAny(c.sections().slugs(), outsideSections)) {
      score++;
    }
    return score;
  }

  private static boolean inAny(Set<String> sections, String[] listed) {
    for (String s : listed) {
      if (sections.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
