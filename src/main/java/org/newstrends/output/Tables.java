package org.newstrends.output;

import static org.apache.spark.sql.types.DataTypes.DateType;
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

  /** Hive-style partition column of {@code articles}: the four-digit year of the date. */
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
            field(PUBLISHED_YEAR, IntegerType, true)
          });

  /** Partition columns per table; tables not listed are unpartitioned. */
  public static List<String> partitionColumns(String table) {
    return ARTICLES.equals(table) || MENTIONS.equals(table) ? List.of(PUBLISHED_YEAR) : List.of();
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
