package org.newstrends.annotate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstrends.PersistedLeaf;
import org.newstrends.output.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The annotate stage: articles in (columns of {@link Tables#ARTICLES_SCHEMA}), one row per mention
 * out ({@link Tables#MENTIONS_SCHEMA}). The compiled gazetteer is broadcast once; each partition
 * runs {@link MentionFinder} over its articles.
 */
public final class Annotate {

  private Annotate() {}

  /** The {@code mentions} table of {@code articles}. */
  public static Dataset<Row> mentions(
      SparkSession spark, Dataset<Row> articles, CompiledGazetteer gazetteer, int contextChars) {
    return articles
        .select(textColumns(Tables.PUBLISHED_YEAR))
        .flatMap(
            new FindMentions(broadcast(spark, gazetteer), contextChars),
            Encoders.row(Tables.MENTIONS_SCHEMA));
  }

  /**
   * The hand-over to the measure stage ({@link Tables#ANNOTATED_ARTICLES_SCHEMA}): one row per
   * article with its keys, its paragraph and sentence counts from the same splitter that indexes
   * the mentions, and the narrow part of every mention. {@code articles} must carry {@code
   * is_canonical} and {@code word_count}.
   */
  public static Dataset<Row> annotatedArticles(
      SparkSession spark, Dataset<Row> articles, CompiledGazetteer gazetteer) {
    return annotatedArticles(spark, articles, gazetteer, false, true);
  }

  /**
   * The hand-over to measure, keeping only the mentions trends count: never a mention left
   * ambiguous; one on a table line only when {@code countInTable}; a country word inside a longer
   * name only when {@code countEnclosed} ({@code annotate.count_in_table}, {@code
   * annotate.count_enclosed}).
   */
  public static Dataset<Row> annotatedArticles(
      SparkSession spark,
      Dataset<Row> articles,
      CompiledGazetteer gazetteer,
      boolean countInTable,
      boolean countEnclosed) {
    return articles
        .select(textColumns("is_canonical", "word_count"))
        .map(
            new AnnotateArticle(broadcast(spark, gazetteer), countInTable, countEnclosed),
            Encoders.row(Tables.ANNOTATED_ARTICLES_SCHEMA));
  }

  /** The column of {@link #BOTH_SCHEMA} holding an article's full mention rows. */
  static final String MENTION_ROWS = "mention_rows";

  /**
   * {@link Tables#ANNOTATED_ARTICLES_SCHEMA} plus the article's full {@code mentions} rows ({@link
   * Tables#MENTIONS_SCHEMA}): both outputs of the annotate stage from one matcher pass.
   */
  static final StructType BOTH_SCHEMA =
      Tables.ANNOTATED_ARTICLES_SCHEMA.add(
          MENTION_ROWS, DataTypes.createArrayType(Tables.MENTIONS_SCHEMA, false), false);

  /**
   * One matcher pass for both outputs: one row per article with the hand-over to measure (as {@link
   * #annotatedArticles(SparkSession, Dataset, CompiledGazetteer, boolean, boolean)}) and its full
   * mention rows (as {@link #mentions}, context of {@code contextChars}). Split it with {@link
   * #mentionsOf} and {@link #annotatedOf}; persist it when both are used, or each use runs the
   * matcher again. {@code articles} must carry {@code published_year}, {@code is_canonical} and
   * {@code word_count}.
   */
  public static Dataset<Row> annotateOnce(
      SparkSession spark,
      Dataset<Row> articles,
      CompiledGazetteer gazetteer,
      int contextChars,
      boolean countInTable,
      boolean countEnclosed) {
    return articles
        .select(textColumns(Tables.PUBLISHED_YEAR, "is_canonical", "word_count"))
        .map(
            new AnnotateBoth(
                broadcast(spark, gazetteer), contextChars, countInTable, countEnclosed),
            Encoders.row(BOTH_SCHEMA));
  }

  /** The {@code mentions} rows of {@link #annotateOnce}'s output. */
  public static Dataset<Row> mentionsOf(Dataset<Row> both) {
    return both.select(explode(col(MENTION_ROWS)).as("m")).select("m.*");
  }

  /** The hand-over to measure of {@link #annotateOnce}'s output. */
  public static Dataset<Row> annotatedOf(Dataset<Row> both) {
    return both.drop(MENTION_ROWS);
  }

  /**
   * Whether trends count a mention (see {@link #annotatedArticles(SparkSession, Dataset,
   * CompiledGazetteer, boolean, boolean)}).
   */
  static boolean counted(Mention m, boolean countInTable, boolean countEnclosed) {
    return m.ambiguousCandidates() == null
        && (countInTable || !m.inTable())
        && (countEnclosed || m.enclosingName() == null);
  }

  /**
   * Every entity of the gazetteer, once per id ({@link Tables#ENTITIES_SCHEMA}), as a one-leaf plan
   * ({@link PersistedLeaf#ofRows}): the measure tables' queries read it a dozen times.
   */
  public static Dataset<Row> entities(SparkSession spark, CompiledGazetteer gazetteer) {
    java.util.Map<String, Row> byId = new java.util.TreeMap<>();
    for (int e = 0; e < gazetteer.entityId.length; e++) {
      byId.putIfAbsent(
          gazetteer.entityId[e],
          RowFactory.create(
              gazetteer.entityId[e], gazetteer.entityType[e], gazetteer.entityName[e]));
    }
    return PersistedLeaf.ofRows(spark, new ArrayList<>(byId.values()), Tables.ENTITIES_SCHEMA);
  }

  /**
   * The columns both annotate functions read, by position: keys (0-2), the texts (3-7), then {@code
   * extra}, then {@code section} and {@code url} ({@link #sectionsOf}).
   */
  private static org.apache.spark.sql.Column[] textColumns(String... extra) {
    List<String> names =
        new ArrayList<>(
            List.of(
                "article_id",
                "published_date",
                "source",
                "title",
                "lede",
                "photo_caption",
                "paragraphs",
                "related"));
    names.addAll(List.of(extra));
    names.add("section"); // the last two: the article's sections (sectionsOf)
    names.add("url");
    return names.stream()
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  private static Broadcast<GazetteerBytes> broadcast(
      SparkSession spark, CompiledGazetteer gazetteer) {
    return spark
        .sparkContext()
        .broadcast(
            new GazetteerBytes(gazetteer),
            scala.reflect.ClassTag$.MODULE$.apply(GazetteerBytes.class));
  }

  /** One article row in (select order of {@link #annotatedArticles}), one annotated row out. */
  static final class AnnotateArticle
      implements org.apache.spark.api.java.function.MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<GazetteerBytes> gazetteer;
    private final boolean countInTable;
    private final boolean countEnclosed;
    private transient MentionFinder finder;

    AnnotateArticle(
        Broadcast<GazetteerBytes> gazetteer, boolean countInTable, boolean countEnclosed) {
      this.gazetteer = gazetteer;
      this.countInTable = countInTable;
      this.countEnclosed = countEnclosed;
    }

    @Override
    public Row call(Row a) {
      if (finder == null) {
        finder = new MentionFinder(gazetteer.value().get(), 0);
      }
      return annotated(finder, a, countInTable, countEnclosed);
    }
  }

  /** The annotated row of one article row, with the default counting rules. */
  static Row annotated(MentionFinder finder, Row a) {
    return annotated(finder, a, false, true);
  }

  /** The annotated row of one article row (select order of {@link #annotatedArticles}). */
  static Row annotated(MentionFinder finder, Row a, boolean countInTable, boolean countEnclosed) {
    List<MentionFinder.Segment> segments = segments(a);
    List<Row> mentions = new ArrayList<>();
    for (Mention m : finder.find(segments, day(a.get(1)), a.getString(2), sectionsOf(a))) {
      if (counted(m, countInTable, countEnclosed)) {
        mentions.add(narrowRow(m));
      }
    }
    return annotatedRow(a, 8, segments, mentions);
  }

  /**
   * One row of {@link #BOTH_SCHEMA} from one article row (select order of {@link #annotateOnce}).
   */
  static Row both(MentionFinder finder, Row a, boolean countInTable, boolean countEnclosed) {
    List<MentionFinder.Segment> segments = segments(a);
    List<Row> narrow = new ArrayList<>();
    List<Row> full = new ArrayList<>();
    for (Mention m : finder.find(segments, day(a.get(1)), a.getString(2), sectionsOf(a))) {
      full.add(mentionRow(a, m));
      if (counted(m, countInTable, countEnclosed)) {
        narrow.add(narrowRow(m));
      }
    }
    Row annotated = annotatedRow(a, 9, segments, narrow);
    Object[] values = new Object[annotated.length() + 1];
    for (int i = 0; i < annotated.length(); i++) {
      values[i] = annotated.get(i);
    }
    values[annotated.length()] = CollectionConverters.asScala(full).toSeq();
    return RowFactory.create(values);
  }

  private static List<MentionFinder.Segment> segments(Row a) {
    return MentionFinder.segments(
        a.getString(3), a.getString(4), a.getString(5), a.getList(6), a.getList(7));
  }

  /** The article's sections: its last two columns are {@code section} and {@code url}. */
  private static ArticleSections sectionsOf(Row a) {
    return new ArticleSections(a.getString(a.length() - 2), a.getString(a.length() - 1));
  }

  /** The narrow part of a mention that measure reads. */
  private static Row narrowRow(Mention m) {
    return RowFactory.create(
        m.entityId(),
        m.entityType(),
        m.field(),
        m.paragraphIndex(),
        m.sentenceIndex(),
        m.inQuote(),
        m.speakerEntityId());
  }

  /**
   * The annotated row: the article's keys, {@code is_canonical} and {@code word_count} at {@code
   * canonicalAt} and the next position, its unit counts and its narrow mentions.
   */
  private static Row annotatedRow(
      Row a, int canonicalAt, List<MentionFinder.Segment> segments, List<Row> mentions) {
    int sentences = 0;
    for (MentionFinder.Segment s : segments) {
      sentences += Sentences.starts(s.text()).length;
    }
    return RowFactory.create(
        a.getString(0),
        a.get(1),
        a.getString(2),
        a.isNullAt(canonicalAt) ? null : a.getBoolean(canonicalAt),
        a.getInt(canonicalAt + 1),
        segments.size(),
        sentences,
        CollectionConverters.asScala(mentions).toSeq());
  }

  private static LocalDate day(Object date) {
    return date == null
        ? null
        : date instanceof LocalDate d ? d : ((java.sql.Date) date).toLocalDate();
  }

  /** Per-row work: a static class with final fields, so nothing else is captured. */
  static final class FindMentions implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<GazetteerBytes> gazetteer;
    private final int contextChars;
    private transient MentionFinder finder;

    FindMentions(Broadcast<GazetteerBytes> gazetteer, int contextChars) {
      this.gazetteer = gazetteer;
      this.contextChars = contextChars;
    }

    @Override
    public Iterator<Row> call(Row article) {
      if (finder == null) {
        finder = new MentionFinder(gazetteer.value().get(), contextChars);
      }
      return rows(finder, article).iterator();
    }
  }

  /** The mention rows of one article row (select order of {@link #mentions}). */
  static List<Row> rows(MentionFinder finder, Row a) {
    List<Row> rows = new ArrayList<>();
    for (Mention m : finder.find(segments(a), day(a.get(1)), a.getString(2), sectionsOf(a))) {
      rows.add(mentionRow(a, m));
    }
    return rows;
  }

  /**
   * One {@code mentions} row: the article's keys and published_year (position 8) and the mention.
   */
  private static Row mentionRow(Row a, Mention m) {
    return RowFactory.create(
        a.getString(0),
        a.get(1),
        a.getString(2),
        m.entityId(),
        m.entityType(),
        m.entityName(),
        CollectionConverters.asScala(m.labels()).toSeq(),
        m.surface(),
        m.matchKind(),
        m.field(),
        m.paragraphIndex(),
        m.sentenceIndex(),
        m.charStart(),
        m.charEnd(),
        m.inQuote(),
        m.quoteKind(),
        m.speakerEntityId(),
        m.speakerText(),
        m.context(),
        m.inTable(),
        m.enclosingName(),
        m.ambiguousCandidates(),
        a.isNullAt(8) ? null : a.getInt(8));
  }

  /** {@link #both} per article row, the finder made once per task. */
  static final class AnnotateBoth
      implements org.apache.spark.api.java.function.MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<GazetteerBytes> gazetteer;
    private final int contextChars;
    private final boolean countInTable;
    private final boolean countEnclosed;
    private transient MentionFinder finder;

    AnnotateBoth(
        Broadcast<GazetteerBytes> gazetteer,
        int contextChars,
        boolean countInTable,
        boolean countEnclosed) {
      this.gazetteer = gazetteer;
      this.contextChars = contextChars;
      this.countInTable = countInTable;
      this.countEnclosed = countEnclosed;
    }

    @Override
    public Row call(Row a) {
      if (finder == null) {
        finder = new MentionFinder(gazetteer.value().get(), contextChars);
      }
      return both(finder, a, countInTable, countEnclosed);
    }
  }
}
