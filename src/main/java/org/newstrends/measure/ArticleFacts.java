package org.newstrends.measure;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newstrends.output.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The narrow facts of one article that every measure table rolls up: its date, outlet, canonical
 * flag, words and units, and, from its mentions, the counts per entity, the entity pairs sharing a
 * unit per co-occurrence level, the units each entity occupies per level, and the term–actor pairs
 * of its sentences. Everything here is additive over articles, so a day, a week or an outlet is the
 * sum of its articles' facts.
 *
 * <p>In: {@link Tables#ANNOTATED_ARTICLES_SCHEMA}. Out: {@link #SCHEMA}, one row per article.
 */
final class ArticleFacts {

  static final String CANONICAL = ArticleKeys.CANONICAL;

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field("article_id", StringType, false),
            field("published_date", DateType, true),
            field("source", StringType, false),
            field(CANONICAL, BooleanType, false),
            field("word_count", LongType, false),
            field("paragraph_units", LongType, false),
            field("sentence_units", LongType, false),
            field(
                "entities",
                createArrayType(
                    struct(
                        field("entity_id", StringType, false),
                        field("n", LongType, false),
                        field("n_outlet", LongType, false),
                        field("n_quote", LongType, false)),
                    false),
                false),
            field(
                "pairs",
                createArrayType(
                    struct(
                        field("level", StringType, false),
                        field("entity_a", StringType, false),
                        field("entity_b", StringType, false),
                        field("units", LongType, false)),
                    false),
                false),
            field(
                "singles",
                createArrayType(
                    struct(
                        field("level", StringType, false),
                        field("entity_id", StringType, false),
                        field("units", LongType, false)),
                    false),
                false),
            field(
                "terms",
                createArrayType(
                    struct(
                        field("term_id", StringType, false),
                        field("actor_id", StringType, false),
                        field("speaker_entity_id", StringType, true),
                        field("n", LongType, false),
                        field("n_outlet", LongType, false),
                        field("n_quote", LongType, false),
                        field("sentences", LongType, false)),
                    false),
                false)
          });

  /** Entity types that count as actors next to a term. */
  static final Set<String> ACTOR_TYPES =
      Set.of("leader", "person", "country", "organisation", "place");

  private ArticleFacts() {}

  /** The facts of every annotated article. */
  static Dataset<Row> of(Dataset<Row> annotated, List<String> levels, int maxEntitiesPerUnit) {
    return annotated.map(new Build(levels, maxEntitiesPerUnit), Encoders.row(SCHEMA));
  }

  /** Per-row work: a static class with final fields, so nothing else is captured. */
  static final class Build implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final List<String> levels;
    private final int cap;

    Build(List<String> levels, int cap) {
      this.levels = List.copyOf(levels);
      this.cap = cap;
    }

    @Override
    public Row call(Row a) {
      return facts(a, levels, cap);
    }
  }

  /** One mention's narrow part. */
  private record M(
      String entity,
      String type,
      String field,
      int paragraph,
      int sentence,
      boolean inQuote,
      String speaker) {}

  /**
   * The facts row of one annotated article row, read by position ({@link
   * Tables#ANNOTATED_ARTICLES_SCHEMA} order): chained typed maps hand over rows without a schema.
   */
  static Row facts(Row a, List<String> levels, int cap) {
    List<Row> raw = a.getList(7);
    List<M> mentions = new ArrayList<>(raw.size());
    for (Row m : raw) {
      mentions.add(
          new M(
              m.getString(0),
              m.getString(1),
              m.getString(2),
              m.getInt(3),
              m.getInt(4),
              m.getBoolean(5),
              m.getString(6)));
    }
    Object canonical = a.get(3);
    String source = a.getString(2);
    return RowFactory.create(
        a.getString(0),
        a.get(1),
        source == null ? Periods.UNKNOWN_SOURCE : source,
        canonical == null || (Boolean) canonical,
        (long) a.getInt(4),
        (long) a.getInt(5),
        (long) a.getInt(6),
        seq(entities(mentions)),
        seq(pairsAndSingles(mentions, levels, cap, true)),
        seq(pairsAndSingles(mentions, levels, cap, false)),
        seq(terms(mentions)));
  }

  private static List<Row> entities(List<M> mentions) {
    Map<String, long[]> counts = new TreeMap<>();
    for (M m : mentions) {
      long[] c = counts.computeIfAbsent(m.entity, k -> new long[3]);
      c[0]++;
      c[m.inQuote ? 2 : 1]++;
    }
    List<Row> rows = new ArrayList<>(counts.size());
    counts.forEach((id, c) -> rows.add(RowFactory.create(id, c[0], c[1], c[2])));
    return rows;
  }

  /**
   * Per level, the units of the article (the article, a paragraph = field and paragraph index, a
   * sentence = also its sentence index), each with at most {@code cap} distinct entities (most
   * mentioned first, then by id). Out: pairs (level, a &lt; b, units holding both) or singles
   * (level, entity, units holding it).
   */
  private static List<Row> pairsAndSingles(
      List<M> mentions, List<String> levels, int cap, boolean pairs) {
    List<Row> rows = new ArrayList<>();
    for (String level : levels) {
      Map<String, Map<String, Integer>> units = new LinkedHashMap<>();
      for (M m : mentions) {
        String unit =
            switch (level) {
              case "article" -> "";
              case "paragraph" -> m.field + '\u0000' + m.paragraph;
              default -> m.field + '\u0000' + m.paragraph + '\u0000' + m.sentence;
            };
        units.computeIfAbsent(unit, k -> new HashMap<>()).merge(m.entity, 1, Integer::sum);
      }
      Map<String, Long> counts = new TreeMap<>();
      for (Map<String, Integer> unit : units.values()) {
        List<String> kept = capped(unit, cap);
        if (pairs) {
          kept.sort(null);
          for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
              counts.merge(kept.get(i) + '\u0000' + kept.get(j), 1L, Long::sum);
            }
          }
        } else {
          for (String e : kept) {
            counts.merge(e, 1L, Long::sum);
          }
        }
      }
      for (Map.Entry<String, Long> c : counts.entrySet()) {
        if (pairs) {
          int cut = c.getKey().indexOf('\u0000');
          rows.add(
              RowFactory.create(
                  level,
                  c.getKey().substring(0, cut),
                  c.getKey().substring(cut + 1),
                  c.getValue()));
        } else {
          rows.add(RowFactory.create(level, c.getKey(), c.getValue()));
        }
      }
    }
    return rows;
  }

  /** The unit's entities, most mentioned first, then by id, at most {@code cap}. */
  private static List<String> capped(Map<String, Integer> unit, int cap) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(unit.entrySet());
    if (entries.size() > cap) {
      entries.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      entries = entries.subList(0, cap);
    }
    List<String> kept = new ArrayList<>(entries.size());
    for (Map.Entry<String, Integer> e : entries) {
      kept.add(e.getKey());
    }
    return kept;
  }

  /**
   * Each term mention counts once for every distinct actor named in its sentence, keyed by term,
   * actor and the speaker the annotator attributed the term to.
   */
  private static List<Row> terms(List<M> mentions) {
    Map<String, Set<String>> actorsBySentence = new HashMap<>();
    boolean anyTerm = false;
    for (M m : mentions) {
      if (ACTOR_TYPES.contains(m.type)) {
        actorsBySentence
            .computeIfAbsent(sentenceKey(m), k -> new java.util.TreeSet<>())
            .add(m.entity);
      }
      anyTerm |= m.type.equals("term");
    }
    if (!anyTerm || actorsBySentence.isEmpty()) {
      return List.of();
    }
    Map<List<String>, long[]> counts = new TreeMap<>(ArticleFacts::compareKeys);
    Map<List<String>, Set<String>> sentences = new HashMap<>();
    for (M m : mentions) {
      if (!m.type.equals("term")) {
        continue;
      }
      String sentence = sentenceKey(m);
      for (String actor : actorsBySentence.getOrDefault(sentence, Set.of())) {
        List<String> key = java.util.Arrays.asList(m.entity, actor, m.speaker);
        long[] c = counts.computeIfAbsent(key, k -> new long[3]);
        c[0]++;
        c[m.inQuote ? 2 : 1]++;
        sentences.computeIfAbsent(key, k -> new HashSet<>()).add(sentence);
      }
    }
    List<Row> rows = new ArrayList<>(counts.size());
    counts.forEach(
        (k, c) ->
            rows.add(
                RowFactory.create(
                    k.get(0),
                    k.get(1),
                    k.get(2),
                    c[0],
                    c[1],
                    c[2],
                    (long) sentences.get(k).size())));
    return rows;
  }

  private static int compareKeys(List<String> x, List<String> y) {
    for (int i = 0; i < x.size(); i++) {
      String a = x.get(i);
      String b = y.get(i);
      if (a == null || b == null) {
        if (a != b) {
          return a == null ? -1 : 1;
        }
        continue;
      }
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String sentenceKey(M m) {
    return m.field + '\u0000' + m.paragraph + '\u0000' + m.sentence;
  }

  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows).toSeq();
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(
      String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
