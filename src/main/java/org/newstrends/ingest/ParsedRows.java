package org.newstrends.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.newstrends.output.Tables;

/**
 * The row form of {@link ParseResult}s shared by every reader: one row per input record, an article
 * or a reject, with the input it came from. {@link #articles} and {@link #rejects} turn it into the
 * {@code articles} and {@code rejects} tables.
 */
public final class ParsedRows {

  public static final String INPUT_PATH = "input_path";
  public static final String IS_REJECT = "is_reject";

  /** Dates and timestamps travel as epoch day and epoch microsecond numbers: no time zone. */
  public static final StructType SCHEMA =
      new StructType()
          .add(createStructField(INPUT_PATH, StringType, false))
          .add(createStructField(IS_REJECT, BooleanType, false))
          .add(createStructField("input_file", StringType, false))
          .add(createStructField("input_offset", LongType, false))
          .add(createStructField("input_format", StringType, false))
          .add(createStructField("published_epoch_day", IntegerType, true))
          .add(createStructField("published_epoch_micros", LongType, true))
          .add(createStructField("section", StringType, true))
          .add(createStructField("title", StringType, true))
          .add(createStructField("lede", StringType, true))
          .add(createStructField("photo_caption", StringType, true))
          .add(createStructField("photo_credit", StringType, true))
          .add(createStructField("dateline", StringType, true))
          .add(createStructField("body", StringType, true))
          .add(createStructField("paragraphs", createArrayType(StringType, false), true))
          .add(createStructField("subheadings", createArrayType(StringType, false), true))
          .add(createStructField("related", createArrayType(StringType, false), true))
          .add(createStructField("source", StringType, true))
          .add(createStructField("url", StringType, true))
          .add(createStructField("authors", createArrayType(StringType, false), true))
          .add(createStructField("language", StringType, true))
          .add(createStructField("word_count", IntegerType, true))
          .add(createStructField("reason", StringType, true))
          .add(createStructField("detail", StringType, true))
          .add(createStructField("raw_excerpt", StringType, true));

  private ParsedRows() {}

  /** One parse result as a row of {@link #SCHEMA}; fields a result does not have stay null. */
  public static Row toRow(String inputPath, ParseResult result) {
    Object[] v = new Object[SCHEMA.size()];
    v[INPUT_PATH_AT] = inputPath;
    if (!result.isArticle()) {
      Reject r = result.reject();
      v[IS_REJECT_AT] = true;
      put(v, "input_file", r.inputFile());
      put(v, "input_offset", r.inputOffset());
      put(v, "input_format", r.inputFormat());
      put(v, "reason", r.reason());
      put(v, "detail", r.detail());
      put(v, "raw_excerpt", r.rawExcerpt());
      return RowFactory.create(v);
    }
    Article a = result.article();
    v[IS_REJECT_AT] = false;
    put(v, "input_file", a.inputFile());
    put(v, "input_offset", a.inputOffset());
    put(v, "input_format", a.inputFormat());
    put(
        v,
        "published_epoch_day",
        a.publishedDate() == null ? null : (int) a.publishedDate().toEpochDay());
    put(
        v,
        "published_epoch_micros",
        a.publishedAt() == null
            ? null
            : ChronoUnit.MICROS.between(java.time.Instant.EPOCH, a.publishedAt()));
    put(v, "section", a.section());
    put(v, "title", a.title());
    put(v, "lede", a.lede());
    put(v, "photo_caption", a.photoCaption());
    put(v, "photo_credit", a.photoCredit());
    put(v, "dateline", a.dateline());
    put(v, "body", a.body());
    put(v, "paragraphs", seq(a.paragraphs()));
    put(v, "subheadings", seq(a.subheadings()));
    put(v, "related", seq(a.related()));
    put(v, "source", a.source());
    put(v, "url", a.url());
    put(v, "authors", seq(a.authors()));
    put(v, "language", a.language());
    put(v, "word_count", a.wordCount());
    return RowFactory.create(v);
  }

  private static final int INPUT_PATH_AT = SCHEMA.fieldIndex(INPUT_PATH);
  private static final int IS_REJECT_AT = SCHEMA.fieldIndex(IS_REJECT);

  private static void put(Object[] values, String field, Object value) {
    values[SCHEMA.fieldIndex(field)] = value;
  }

  private static Object seq(List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(values)).toSeq();
  }

  /**
   * The {@code articles} table from parsed rows, every article its own duplicate group (the
   * deduplication stage fills {@code dup_group_id} and {@code is_canonical}). {@code article_id} is
   * a SHA-256 (first 16 hex digits) of the input file and the record's offset, so the same input
   * read again gives the same ids and exact copies at different offsets stay distinct.
   */
  public static Dataset<Row> articles(Dataset<Row> parsed) {
    Column date = date_from_unix_date(col("published_epoch_day"));
    List<Column> columns = new ArrayList<>();
    for (String name : Tables.columns(Tables.ARTICLES_SCHEMA)) {
      columns.add(
          switch (name) {
            case "article_id", "dup_group_id" -> articleId().as(name);
            case "is_canonical" -> lit(true).as(name);
            case "published_date" -> date.as(name);
            case "published_at" ->
                when(col("published_epoch_micros").isNull(), lit(null).cast("timestamp"))
                    .otherwise(timestamp_micros(col("published_epoch_micros")))
                    .as(name);
            case Tables.PUBLISHED_YEAR -> year(date).as(name);
            default -> col(name);
          });
    }
    return parsed.filter(col(IS_REJECT).equalTo(false)).select(columns.toArray(Column[]::new));
  }

  /** The {@code rejects} table from parsed rows. */
  public static Dataset<Row> rejects(Dataset<Row> parsed) {
    Column[] columns =
        Arrays.stream(Tables.columns(Tables.REJECTS_SCHEMA))
            .map(functions::col)
            .toArray(Column[]::new);
    return parsed.filter(col(IS_REJECT).equalTo(true)).select(columns);
  }

  static Column articleId() {
    return substring(
        sha2(
            functions.concat_ws("\u0000", col("input_file"), col("input_offset").cast("string")),
            256),
        1,
        16);
  }
}
