package org.newstrends.measure;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstrends.config.MeasureConfig;
import org.newstrends.output.Tables;
import org.newstrends.testing.TestSpark;

/** Named fixture helpers: tiny articles and mentions tables in the real schemas. */
final class MeasureFixtures {

  /** ARTICLES_SCHEMA with the wire-copy columns moved last, where the fixture rows carry them. */
  static final StructType ARTICLES_WITH_DUPS =
      new StructType(
              java.util.Arrays.stream(Tables.ARTICLES_SCHEMA.fields())
                  .filter(f -> !f.name().equals("dup_group_id") && !f.name().equals("is_canonical"))
                  .toArray(org.apache.spark.sql.types.StructField[]::new))
          .add("dup_group_id", DataTypes.StringType, true)
          .add("is_canonical", DataTypes.BooleanType, true);

  private MeasureFixtures() {}

  /** A canonical article with one body paragraph per element of {@code paragraphs}. */
  static Row article(String id, String date, String source, int words, String... paragraphs) {
    return article(id, date, source, words, id, true, paragraphs);
  }

  /** An article of a wire-copy group {@code group}; canonical when it is the group's original. */
  static Row article(
      String id,
      String date,
      String source,
      int words,
      String group,
      boolean canonical,
      String... paragraphs) {
    Date d = date == null ? null : Date.valueOf(date);
    return RowFactory.create(
        id,
        d,
        null,
        null,
        "Title of " + id + ".",
        null,
        null,
        null,
        null,
        String.join("\n\n", paragraphs),
        List.of(paragraphs),
        List.of(),
        List.of(),
        source,
        null,
        null,
        List.of(),
        "en",
        words,
        "fixture.txt",
        0L,
        "text-dump",
        d == null ? null : d.toLocalDate().getYear(),
        group,
        canonical);
  }

  /** Articles with {@code dup_group_id} and {@code is_canonical}. */
  static Dataset<Row> articles(List<Row> rows) {
    return TestSpark.session().createDataFrame(rows, ARTICLES_WITH_DUPS);
  }

  /** Articles without the wire-copy columns, as before wire copies are grouped. */
  static Dataset<Row> articlesWithoutDups(List<Row> rows) {
    return articles(rows).drop("dup_group_id", "is_canonical");
  }

  /** A body mention in the outlet's voice. */
  static Row mention(String articleId, String entityId, String type, int paragraph, int sentence) {
    return mention(articleId, entityId, type, paragraph, sentence, false, null);
  }

  /** A body mention, in a quote when {@code inQuote}, attributed to {@code speaker} if not null. */
  static Row mention(
      String articleId,
      String entityId,
      String type,
      int paragraph,
      int sentence,
      boolean inQuote,
      String speaker) {
    return RowFactory.create(
        articleId,
        null,
        null,
        entityId,
        type,
        "Name of " + entityId,
        List.of(type),
        entityId,
        "alias",
        "body",
        paragraph,
        sentence,
        0,
        1,
        inQuote,
        inQuote ? "speech" : null,
        speaker,
        null,
        null,
        false,
        null,
        null,
        null);
  }

  static Dataset<Row> mentions(List<Row> rows) {
    return TestSpark.session().createDataFrame(rows, Tables.MENTIONS_SCHEMA);
  }

  /**
   * The annotate stage's hand-over built from fixture articles and mentions: mentions grouped per
   * article, paragraphs = non-blank title, lede, caption and body paragraphs, sentences split at
   * {@code [.!?]+\\s+} (the fixtures' own splitter; the job uses the annotator's).
   */
  static Dataset<Row> annotated(Dataset<Row> articles, Dataset<Row> mentions) {
    Column texts =
        filter(
            concat(array(col("title"), col("lede"), col("photo_caption")), col("paragraphs")),
            t -> t.isNotNull().and(trim(t).notEqual("")));
    Dataset<Row> grouped =
        mentions
            .groupBy("article_id")
            .agg(
                collect_list(
                        struct(
                            col("entity_id"),
                            col("entity_type"),
                            col("field"),
                            col("paragraph_index"),
                            col("sentence_index"),
                            col("in_quote"),
                            col("speaker_entity_id")))
                    .as("mentions"));
    Column canonical =
        java.util.Arrays.asList(articles.columns()).contains("is_canonical")
            ? col("is_canonical")
            : lit(true);
    Dataset<Row> rows =
        articles
            .join(grouped, EntityTrends.toSeq("article_id"), "left")
            .select(
                col("article_id"),
                col("published_date"),
                col("source"),
                canonical.as("is_canonical"),
                col("word_count"),
                size(texts).as("paragraph_units"),
                aggregate(texts, lit(0), (acc, t) -> acc.plus(size(split(trim(t), "[.!?]+\\s+"))))
                    .as("sentence_units"),
                coalesce(col("mentions"), array()).as("mentions"));
    return TestSpark.session().createDataFrame(rows.rdd(), Tables.ANNOTATED_ARTICLES_SCHEMA);
  }

  /** One type and name per entity id of the fixture mentions. */
  static Dataset<Row> entities(Dataset<Row> mentions) {
    return mentions
        .groupBy("entity_id")
        .agg(min("entity_type").as("entity_type"), min("entity_name").as("entity_name"));
  }

  /** The facts of fixture articles and mentions, with the config's levels and cap. */
  static Dataset<Row> facts(Dataset<Row> articles, Dataset<Row> mentions, MeasureConfig config) {
    return ArticleFacts.of(
        annotated(articles, mentions), config.cooccurrenceLevels(), config.maxEntitiesPerUnit());
  }

  /** {@code n} copies of a mention row. */
  static List<Row> times(int n, Row row) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(row);
    }
    return rows;
  }
}
