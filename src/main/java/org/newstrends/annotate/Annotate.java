package org.newstrends.annotate;

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
    Broadcast<GazetteerBytes> broadcast =
        spark
            .sparkContext()
            .broadcast(
                new GazetteerBytes(gazetteer),
                scala.reflect.ClassTag$.MODULE$.apply(GazetteerBytes.class));
    Dataset<Row> input =
        articles.select(
            "article_id",
            "published_date",
            "source",
            "title",
            "lede",
            "photo_caption",
            "paragraphs",
            "related",
            Tables.PUBLISHED_YEAR);
    return input.flatMap(
        new FindMentions(broadcast, contextChars), Encoders.row(Tables.MENTIONS_SCHEMA));
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
    Object date = a.get(1);
    LocalDate day =
        date == null
            ? null
            : date instanceof LocalDate d ? d : ((java.sql.Date) date).toLocalDate();
    List<MentionFinder.Segment> segments =
        MentionFinder.segments(
            a.getString(3), a.getString(4), a.getString(5), a.getList(6), a.getList(7));
    List<Row> rows = new ArrayList<>();
    for (Mention m : finder.find(segments, day)) {
      rows.add(
          RowFactory.create(
              a.getString(0),
              date,
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
              a.isNullAt(8) ? null : a.getInt(8)));
    }
    return rows;
  }
}
