package org.newstrends.output;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every output table's name, schema and partitioning, in one place. {@code docs/schema.md}
 * documents the same columns for users.
 */
public final class Tables {

  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String MENTIONS = "mentions";
  public static final String MANIFEST = "manifest.json";
  public static final String ENTITY_TRENDS = "entity_trends";
  public static final String COOCCURRENCE = "cooccurrence";
  public static final String TERM_ACTOR = "term_actor";
  public static final String CORPUS_STATS = "corpus_stats";
  public static final String ARTICLE_PARTS = "article_parts";
  public static final String ENTITIES = "entities";
  public static final String ENTITY_ROLES = "entity_roles";
  public static final String OUTLETS = "outlets";

  /** Column of the measure tables: day, week, month (and all for co-occurrence, corpus_stats). */
  public static final String GRAIN = "grain";

  /** Column of {@code articles} and {@code mentions}: the four-digit year of the date. */
  public static final String PUBLISHED_YEAR = "published_year";

  public static final StructType ARTICLES_SCHEMA =
      new StructType(
          new StructField[] {
            field("article_id", StringType, false),
            field("published_date", DateType, true),
            field("published_at", TimestampType, true),
            field("section", StringType, true),
            field("title", StringType, true),
            field("lede", StringType, true),
            field("photo_caption", StringType, true),
            field("photo_credit", StringType, true),
            field("dateline", StringType, true),
            field("body", StringType, false),
            field("paragraphs", createArrayType(StringType, false), false),
            field("subheadings", createArrayType(StringType, false), false),
            field("related", createArrayType(StringType, false), false),
            field("source", StringType, true),
            field("url", StringType, true),
            field("feed_url", StringType, true),
            field("authors", createArrayType(StringType, false), false),
            field("language", StringType, true),
            field("word_count", IntegerType, false),
            field("dup_group_id", StringType, false),
            field("is_canonical", org.apache.spark.sql.types.DataTypes.BooleanType, false),
            field("input_file", StringType, false),
            field("input_offset", LongType, false),
            field("input_format", StringType, false),
            field(PUBLISHED_YEAR, IntegerType, true)
          });

  public static final StructType REJECTS_SCHEMA =
      new StructType(
          new StructField[] {
            field("input_file", StringType, false),
            field("input_offset", LongType, false),
            field("input_format", StringType, false),
            field("reason", StringType, false),
            field("detail", StringType, true),
            field("raw_excerpt", StringType, true)
          });

  /**
   * One row per recognised mention of a leader, country, place, organisation or term. Offsets are
   * Java string (UTF-16) indexes into the article field named by {@code field}.
   */
  public static final StructType MENTIONS_SCHEMA =
      new StructType(
          new StructField[] {
            field("article_id", StringType, false),
            field("published_date", DateType, true),
            field("source", StringType, true),
            field("entity_id", StringType, false),
            field("entity_type", StringType, false),
            field("entity_name", StringType, false),
            field("labels", createArrayType(StringType, false), false),
            field("surface", StringType, false),
            field("match_kind", StringType, false),
            field("field", StringType, false),
            field("paragraph_index", IntegerType, false),
            field("sentence_index", IntegerType, false),
            field("char_start", IntegerType, false),
            field("char_end", IntegerType, false),
            field("in_quote", org.apache.spark.sql.types.DataTypes.BooleanType, false),
            field("quote_kind", StringType, true),
            field("speaker_entity_id", StringType, true),
            field("speaker_text", StringType, true),
            field("context", StringType, true),
            // issue 9 (accuracy): flat flags, after every earlier column and before the partition
            field("in_table", BooleanType, false),
            field("enclosing_name", StringType, true),
            field("ambiguous_candidates", StringType, true),
            field(PUBLISHED_YEAR, IntegerType, true)
          });

  /**
   * The annotate stage's hand-over to measure (never written): one row per article with the keys
   * every measure needs, its unit counts from the annotator's own paragraph and sentence splitter,
   * and the narrow part of each of its mentions.
   */
  public static final StructType ANNOTATED_ARTICLES_SCHEMA =
      new StructType(
          new StructField[] {
            field("article_id", StringType, false),
            field("published_date", DateType, true),
            field("source", StringType, true),
            field("is_canonical", BooleanType, true),
            field("word_count", IntegerType, false),
            field("paragraph_units", IntegerType, false),
            field("sentence_units", IntegerType, false),
            field(
                "mentions",
                createArrayType(
                    new StructType(
                        new StructField[] {
                          field("entity_id", StringType, false),
                          field("entity_type", StringType, false),
                          field("field", StringType, false),
                          field("paragraph_index", IntegerType, false),
                          field("sentence_index", IntegerType, false),
                          field("in_quote", BooleanType, false),
                          field("speaker_entity_id", StringType, true)
                        }),
                    false),
                false)
          });

  /** Every entity the gazetteers define: its id, type and display name. */
  public static final StructType ENTITIES_SCHEMA =
      new StructType(
          new StructField[] {
            field("entity_id", StringType, false),
            field("entity_type", StringType, false),
            field("entity_name", StringType, false)
          });

  /**
   * Mentions and articles per entity, period and outlet (and {@code ALL}), with denominators,
   * wire-copy-deduplicated counts, a rolling mean and a spike flag. See docs/outputs.md.
   */
  public static final StructType ENTITY_TRENDS_SCHEMA =
      new StructType(
          new StructField[] {
            field("period_start", DateType, false),
            field("source", StringType, false),
            field("entity_id", StringType, false),
            field("entity_type", StringType, true),
            field("entity_name", StringType, true),
            field("mentions", LongType, false),
            field("articles", LongType, false),
            field("total_articles", LongType, false),
            field("share", DoubleType, false),
            field("mentions_dedup", LongType, false),
            field("articles_dedup", LongType, false),
            field("total_articles_dedup", LongType, false),
            field("share_dedup", DoubleType, true),
            field("mentions_outlet_voice", LongType, false),
            field("mentions_in_quotes", LongType, false),
            field("rolling_share_mean", DoubleType, true),
            field("history_periods", IntegerType, false),
            field("spike_score", DoubleType, true),
            field("is_spike", BooleanType, false),
            field(GRAIN, StringType, false)
          });

  /** Entity pairs sharing an article, paragraph or sentence, with association measures. */
  public static final StructType COOCCURRENCE_SCHEMA =
      new StructType(
          new StructField[] {
            field("period_start", DateType, true),
            field("dedup", BooleanType, false),
            field("entity_a", StringType, false),
            field("type_a", StringType, true),
            field("name_a", StringType, true),
            field("entity_b", StringType, false),
            field("type_b", StringType, true),
            field("name_b", StringType, true),
            field("pair_count", LongType, false),
            field("count_a", LongType, false),
            field("count_b", LongType, false),
            field("units", LongType, false),
            field("pmi", DoubleType, true),
            field("npmi", DoubleType, true),
            field("log_likelihood", DoubleType, true),
            field("lift", DoubleType, true),
            field(GRAIN, StringType, false),
            field("level", StringType, false)
          });

  /** Terms and the actors named in the same sentence, split by voice and by speaker. */
  public static final StructType TERM_ACTOR_SCHEMA =
      new StructType(
          new StructField[] {
            field("period_start", DateType, false),
            field("source", StringType, false),
            field("term_id", StringType, false),
            field("term_name", StringType, true),
            field("actor_id", StringType, false),
            field("actor_type", StringType, true),
            field("actor_name", StringType, true),
            field("speaker_entity_id", StringType, true),
            field("speaker_name", StringType, true),
            field("actor_is_speaker", BooleanType, false),
            field("term_mentions", LongType, false),
            field("term_mentions_outlet_voice", LongType, false),
            field("term_mentions_in_quotes", LongType, false),
            field("term_mentions_dedup", LongType, false),
            field("sentences", LongType, false),
            field("articles", LongType, false),
            field(GRAIN, StringType, false)
          });

  /** Articles, words and wire copies per period and outlet: the corpus behind every share. */
  public static final StructType CORPUS_STATS_SCHEMA =
      new StructType(
          new StructField[] {
            field(GRAIN, StringType, false),
            field("period_start", DateType, true),
            field("source", StringType, false),
            field("articles", LongType, false),
            field("canonical_articles", LongType, false),
            field("duplicates", LongType, false),
            field("words", LongType, false),
            field("words_dedup", LongType, false),
            field("undated_articles", LongType, false),
            field("rejects", LongType, true)
          });

  /**
   * The published layout of {@code articles} (the rows above without their lists, which move to
   * {@link #ARTICLE_PARTS_SCHEMA}; {@code authors} also as one string) and the companion table of
   * the lists: one row per paragraph, sub-heading, related-link teaser or author.
   */
  public static final StructType ARTICLE_PARTS_SCHEMA =
      new StructType(
          new StructField[] {
            field("article_id", StringType, false),
            field("published_date", DateType, true),
            field("kind", StringType, false),
            field("idx", IntegerType, false),
            field("text", StringType, false)
          });

  /** The {@code entities} dimension: every entity of the run's gazetteers, flat. */
  public static final StructType ENTITIES_TABLE_SCHEMA =
      new StructType(
          new StructField[] {
            field("entity_id", StringType, false),
            field("entity_type", StringType, false),
            field("entity_name", StringType, false),
            field("country", StringType, true),
            field("labels", StringType, true),
            field("aliases", StringType, true),
            field("roles", StringType, true),
            field("gazetteer", StringType, false)
          });

  /** The {@code entity_roles} dimension: one row per role spell of a leader or person. */
  public static final StructType ENTITY_ROLES_SCHEMA =
      new StructType(
          new StructField[] {
            field("entity_id", StringType, false),
            field("role", StringType, false),
            field("country", StringType, true),
            field("valid_from", DateType, true),
            field("valid_to", DateType, true),
            field("acting", BooleanType, false)
          });

  /** The {@code outlets} dimension: one row per outlet_id the run's articles carry. */
  public static final StructType OUTLETS_SCHEMA =
      new StructType(
          new StructField[] {
            field("outlet_id", StringType, false),
            field("display_name", StringType, false),
            field("hosts", StringType, true),
            field("feed_urls", StringType, true),
            field("source_labels", StringType, true),
            field("country", StringType, true),
            field("language", StringType, true),
            field("is_mapped", BooleanType, false),
            field("articles", LongType, false)
          });

  /** Every table a run publishes, in manifest order. */
  public static final List<String> PUBLISHED =
      List.of(
          ARTICLES,
          ARTICLE_PARTS,
          REJECTS,
          MENTIONS,
          ENTITIES,
          ENTITY_ROLES,
          OUTLETS,
          ENTITY_TRENDS,
          COOCCURRENCE,
          TERM_ACTOR,
          CORPUS_STATS);

  /** The order of a published table's rows (and, for a table of several files, of its files). */
  public static List<String> sortKeys(String table) {
    return switch (table) {
      case ARTICLES -> List.of("published_date", "published_at", "article_id");
      case ARTICLE_PARTS -> List.of("published_date", "article_id", "kind", "idx");
      case MENTIONS ->
          List.of("published_date", "article_id", "field", "paragraph_index", "char_start");
      case REJECTS -> List.of("input_file", "input_offset");
      case ENTITIES -> List.of("entity_id");
      case ENTITY_ROLES -> List.of("entity_id", "valid_from", "role");
      case OUTLETS -> List.of("outlet_id");
      case ENTITY_TRENDS -> List.of(GRAIN, "outlet_id", "entity_id", "period_start");
      case COOCCURRENCE -> List.of(GRAIN, "level", "dedup", "entity_a", "entity_b", "period_start");
      case TERM_ACTOR ->
          List.of(GRAIN, "outlet_id", "term_id", "period_start", "actor_id", "speaker_entity_id");
      case CORPUS_STATS -> List.of(GRAIN, "outlet_id", "period_start");
      default -> List.of();
    };
  }

  /** Column names of a schema, in order. */
  public static String[] columns(StructType schema) {
    return schema.fieldNames();
  }

  private static StructField field(
      String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return new StructField(name, type, nullable, org.apache.spark.sql.types.Metadata.empty());
  }

  private Tables() {}
}
