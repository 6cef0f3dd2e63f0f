package org.newstrends.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles given as a title and body paragraphs, run through the matcher with the project's
 * gazetteers (compiled once for all the rules tests that use them).
 */
final class RuleArticles {

  private static CompiledGazetteer gazetteer;
  private static CompiledGazetteer withSpeakerVehicles;

  private RuleArticles() {}

  private static synchronized CompiledGazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    }
    return gazetteer;
  }

  /** The mentions of an article dated {@code date}; {@code title} may be null. */
  static List<Mention> find(String date, String title, String... paragraphs) {
    return findAt(null, date, title, paragraphs);
  }

  /**
   * As {@link #find}, with the test terms of {@code gazetteers/speaker-vehicles.yaml} besides the
   * shipped gazetteers: a mention in a quotation whose own words are no term, for speaker tests.
   */
  static List<Mention> findWithSpeakerVehicles(String date, String title, String... paragraphs) {
    return run(speakerVehicleGazetteer(), null, date, title, paragraphs);
  }

  private static synchronized CompiledGazetteer speakerVehicleGazetteer() {
    if (withSpeakerVehicles == null) {
      List<String> paths = new ArrayList<>(SeedMentionsTest.GAZETTEERS);
      paths.add("src/test/resources/gazetteers/speaker-vehicles.yaml");
      withSpeakerVehicles = GazetteerLoader.compile(paths);
    }
    return withSpeakerVehicles;
  }

  /**
   * The mentions of an article at {@code url} (its sections as {@link ArticleSections} reads them;
   * null: none) dated {@code date}; {@code title} may be null.
   */
  static List<Mention> findAt(String url, String date, String title, String... paragraphs) {
    return run(gazetteer(), url, date, title, paragraphs);
  }

  private static List<Mention> run(
      CompiledGazetteer g, String url, String date, String title, String... paragraphs) {
    return new MentionFinder(g, 20)
        .find(
            segments(title, paragraphs),
            LocalDate.parse(date),
            null,
            new ArticleSections(null, url));
  }

  private static List<MentionFinder.Segment> segments(String title, String... paragraphs) {
    List<MentionFinder.Segment> segments = new ArrayList<>();
    if (title != null) {
      segments.add(new MentionFinder.Segment("title", 0, title));
    }
    for (int i = 0; i < paragraphs.length; i++) {
      segments.add(new MentionFinder.Segment("body", i, paragraphs[i]));
    }
    return segments;
  }

  /** The term mentions of an article, as surface=id. */
  static List<String> terms(String date, String title, String... paragraphs) {
    return find(date, title, paragraphs).stream()
        .filter(m -> m.entityType().equals("term"))
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  /**
   * The mentions of entity type {@code type} (country, place, organisation ...), and those reported
   * ambiguous whose candidates are of that type, as surface=id ("Jersey=JE", "PA=ambiguous:pa").
   */
  static List<String> ofType(String type, String date, String title, String... paragraphs) {
    return ofTypes(List.of(type), date, title, paragraphs);
  }

  /** The mentions of any of the entity types {@code types}, as {@link #ofType} gives them. */
  static List<String> ofTypes(List<String> types, String date, String title, String... paragraphs) {
    return find(date, title, paragraphs).stream()
        .filter(m -> types.contains(m.entityType()))
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  /** The leader and person mentions, as {@link #ofType} gives them. */
  static List<String> people(String date, String title, String... paragraphs) {
    return ofTypes(List.of("leader", "person"), date, title, paragraphs);
  }

  /** The mentions of the term {@code entityId} only, as {@link #terms} gives them. */
  static List<String> termsOf(String entityId, String date, String title, String... paragraphs) {
    return terms(date, title, paragraphs).stream().filter(m -> m.endsWith("=" + entityId)).toList();
  }

  /**
   * The mentions of the term {@code entityId}, resolved or reported ambiguous with it as their
   * candidate, as surface=id ("war=war", "war=ambiguous:war"), of an article at {@code url} (null:
   * none).
   */
  static List<String> termOrAmbiguousAt(
      String url, String entityId, String date, String title, String... paragraphs) {
    return findAt(url, date, title, paragraphs).stream()
        .filter(m -> m.entityId().equals(entityId) || entityId.equals(m.ambiguousCandidates()))
        .map(m -> m.surface() + "=" + m.entityId())
        .toList();
  }

  /**
   * Every term mention of an article at {@code url}, as surface=id, or surface=candidates for one
   * reported ambiguous ("murders=death_verbs|fiction").
   */
  static List<String> termReadingsAt(String url, String date, String title, String... paragraphs) {
    return findAt(url, date, title, paragraphs).stream()
        .filter(m -> m.entityType().equals("term"))
        .map(
            m ->
                m.surface()
                    + "="
                    + (m.ambiguousCandidates() == null ? m.entityId() : m.ambiguousCandidates()))
        .toList();
  }

  /** {@link #termOrAmbiguousAt} for an article with no URL. */
  static List<String> termOrAmbiguous(
      String entityId, String date, String title, String... paragraphs) {
    return termOrAmbiguousAt(null, entityId, date, title, paragraphs);
  }

  /** The war mentions only. */
  static List<String> wars(String date, String title, String... paragraphs) {
    return termsOf("war", date, title, paragraphs);
  }

  /** The death_verbs mentions only. */
  static List<String> deaths(String date, String title, String... paragraphs) {
    return termsOf("death_verbs", date, title, paragraphs);
  }

  /** The injured mentions only. */
  static List<String> injuries(String date, String title, String... paragraphs) {
    return termsOf("injured", date, title, paragraphs);
  }

  /** The invasion mentions only. */
  static List<String> invasions(String date, String title, String... paragraphs) {
    return termsOf("invasion", date, title, paragraphs);
  }

  /** The militants mentions only. */
  static List<String> militants(String date, String title, String... paragraphs) {
    return termsOf("militants", date, title, paragraphs);
  }

  /** The evacuation-order (displacement) mentions only. */
  static List<String> displacements(String date, String title, String... paragraphs) {
    return termsOf("evacuation-order", date, title, paragraphs);
  }

  /** The first mention whose surface is {@code surface}. */
  static Mention at(List<Mention> ms, String surface) {
    return ms.stream().filter(m -> m.surface().equals(surface)).findFirst().orElseThrow();
  }

  /** The first mention inside a quotation whose surface is {@code surface}. */
  static Mention quotedAt(List<Mention> ms, String surface) {
    return ms.stream()
        .filter(m -> m.inQuote() && m.surface().equals(surface))
        .findFirst()
        .orElseThrow();
  }
}
