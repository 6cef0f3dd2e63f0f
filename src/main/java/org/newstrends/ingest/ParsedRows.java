package org.newstrends.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.newstrends.HeapLimits;
import org.newstrends.WideRowJoins;
import org.newstrends.config.DateWindow;
import org.newstrends.output.Tables;

/**
 * The row form of {@link ParseResult}s shared by every reader: one row per input record, an article
 * or a reject, with the input it came from. {@link #articles} and {@link #rejects} turn it into the
 * {@code articles} and {@code rejects} tables.
 *
 * <p>The rows hold an article's text once, as its paragraphs: the body is those paragraphs joined
 * with blank lines ({@link Article#body()}), so it is derived where a table needs it ({@link
 * #body()}) instead of being carried, and kept in memory, a second time.
 */
public final class ParsedRows {

  public static final String INPUT_PATH = "input_path";
  public static final String IS_REJECT = "is_reject";

  /** Where the record's read task started in its file (0 for files read whole). */
  public static final String SPLIT_START = "split_start";

  /** The record's number within its read task: with {@link #SPLIT_START}, the file order. */
  public static final String SPLIT_ORDINAL = "split_ordinal";

  public static final String REASON_IMPOSSIBLE_DATE = "impossible_date";

  private static final String BODY = "body";

  /**
   * The Spark property that sets the most exact copies within files ({@link #copiesWithinFiles}
   * rows) broadcast to the article rows; 0 never broadcasts.
   */
  public static final String BROADCAST_FILE_COPIES_PROPERTY =
      "spark.newstrends.ingest.broadcastMaxFileCopies";

  /**
   * Up to this many rows of {@link #copiesWithinFiles} (and one per {@link
   * #BROADCAST_FILE_COPY_BYTES} bytes of the driver's heap), they are broadcast to the article
   * rows.
   */
  public static final long BROADCAST_FILE_COPIES = 1_000_000;

  /** The driver's heap holds at least this many bytes per broadcast copy row. */
  public static final long BROADCAST_FILE_COPY_BYTES = 1024;

  /** The exact copies within files broadcast: {@link #BROADCAST_FILE_COPIES} and its heap bound. */
  public static final HeapLimits.Limit BROADCAST_FILE_COPIES_LIMIT =
      new HeapLimits.Limit(
          BROADCAST_FILE_COPIES_PROPERTY,
          BROADCAST_FILE_COPIES,
          BROADCAST_FILE_COPY_BYTES,
          "exact copies within files broadcast to the article rows");

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
          .add(createStructField("paragraphs", createArrayType(StringType, false), true))
          .add(createStructField("subheadings", createArrayType(StringType, false), true))
          .add(createStructField("related", createArrayType(StringType, false), true))
          .add(createStructField("source", StringType, true))
          .add(createStructField("url", StringType, true))
          .add(createStructField("feed_url", StringType, true))
          .add(createStructField("authors", createArrayType(StringType, false), true))
          .add(createStructField("language", StringType, true))
          .add(createStructField("word_count", IntegerType, true))
          .add(createStructField("reason", StringType, true))
          .add(createStructField("detail", StringType, true))
          .add(createStructField("raw_excerpt", StringType, true))
          .add(createStructField(SPLIT_START, LongType, false))
          .add(createStructField(SPLIT_ORDINAL, LongType, false));

  private ParsedRows() {}

  /** One parse result as a row of {@link #SCHEMA} with the default date window (tests). */
  public static Row toRow(String inputPath, ParseResult result) {
    return toRow(inputPath, result, DateWindow.defaultNow(), 0, 0);
  }

  /**
   * One parse result as a row of {@link #SCHEMA}; fields a result does not have stay null. An
   * article dated outside {@code window} becomes an {@code impossible_date} reject naming the
   * value.
   */
  public static Row toRow(
      String inputPath, ParseResult result, DateWindow window, long splitStart, long ordinal) {
    Object[] v = new Object[SCHEMA.size()];
    v[INPUT_PATH_AT] = inputPath;
    v[SPLIT_START_AT] = splitStart;
    v[SPLIT_ORDINAL_AT] = ordinal;
    Reject r = result.isArticle() ? outsideWindow(result, window) : result.reject();
    if (r != null) {
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
    put(v, "published_epoch_micros", a.publishedAt() == null ? null : micros(a.publishedAt()));
    put(v, "section", text(a.section()));
    put(v, "title", text(a.title()));
    put(v, "lede", text(a.lede()));
    put(v, "photo_caption", text(a.photoCaption()));
    put(v, "photo_credit", text(a.photoCredit()));
    put(v, "dateline", text(a.dateline()));
    put(v, "paragraphs", seq(texts(a.paragraphs())));
    put(v, "subheadings", seq(texts(a.subheadings())));
    put(v, "related", seq(texts(a.related())));
    put(v, "source", text(a.source()));
    put(v, "url", text(a.url()));
    put(v, "feed_url", text(a.feedUrl()));
    put(v, "authors", seq(texts(a.authors())));
    put(v, "language", text(a.language()));
    put(v, "word_count", a.wordCount());
    return RowFactory.create(v);
  }

  /** Epoch microseconds without the nanosecond overflow of {@code ChronoUnit.MICROS.between}. */
  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  /** The impossible_date reject of an article dated outside the window, or null. */
  static Reject outsideWindow(ParseResult result, DateWindow window) {
    Article a = result.article();
    boolean bad =
        (a.publishedDate() != null && !window.contains(a.publishedDate()))
            || (a.publishedAt() != null && !window.contains(a.publishedAt()));
    if (!bad) {
      return null;
    }
    String parsed =
        a.publishedAt() != null ? a.publishedAt().toString() : a.publishedDate().toString();
    String value =
        result.rawDate() != null
            ? "'" + Reject.excerpt(result.rawDate()) + "' (read as " + parsed + ")"
            : parsed;
    return new Reject(
        a.inputFile(),
        a.inputOffset(),
        a.inputFormat(),
        REASON_IMPOSSIBLE_DATE,
        "date "
            + value
            + " is outside the plausible dates "
            + window
            + " (ingest.earliest_date, ingest.latest_date)",
        result.rawExcerpt() != null ? result.rawExcerpt() : Reject.excerpt(a.title()));
  }

  private static final int INPUT_PATH_AT = SCHEMA.fieldIndex(INPUT_PATH);
  private static final int IS_REJECT_AT = SCHEMA.fieldIndex(IS_REJECT);
  private static final int SPLIT_START_AT = SCHEMA.fieldIndex(SPLIT_START);
  private static final int SPLIT_ORDINAL_AT = SCHEMA.fieldIndex(SPLIT_ORDINAL);

  private static void put(Object[] values, String field, Object value) {
    values[SCHEMA.fieldIndex(field)] = value;
  }

  /**
   * The text without control chars (C0 but tab and line breaks, and DEL), or null when nothing else
   * is left: a NUL or an escape byte in a title reaches every reader of the tables, and some take
   * strings as C strings (PostgreSQL refuses them; drivers cut the string there).
   */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !control(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder kept = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      if (!control(s.charAt(i))) {
        kept.append(s.charAt(i));
      }
    }
    return kept.isEmpty() ? null : kept.toString();
  }

  private static boolean control(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
  }

  /** {@link #text} of each, those with nothing left dropped. */
  private static List<String> texts(List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> kept = new ArrayList<>(values.size());
    for (String v : values) {
      String t = text(v);
      if (t != null) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static Object seq(List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(values)).toSeq();
  }

  /**
   * The {@code articles} table from parsed rows, every article its own duplicate group (the
   * deduplication stage fills {@code dup_group_id} and {@code is_canonical}). See {@link
   * #articleId()} for the id.
   */
  public static Dataset<Row> articles(Dataset<Row> parsed) {
    return articles(parsed, copiesWithinFiles(parsed));
  }

  /**
   * {@link #articles(Dataset)} with the exact copies within one file already numbered ({@link
   * #copiesWithinFiles} of the same {@code parsed}): a caller that reads the articles more than
   * once persists that small table, so its window (a shuffle of every article row's narrow key)
   * runs once, not once per read.
   */
  public static Dataset<Row> articles(Dataset<Row> parsed, Dataset<Row> copiesWithinFiles) {
    return articles(parsed, copiesWithinFiles, true);
  }

  /**
   * {@link #articles(Dataset, Dataset)}, the copies broadcast to the article rows only when {@code
   * broadcast}: a caller that knows their number passes false above {@link #BROADCAST_FILE_COPIES},
   * and the two are then joined by a shuffle. An input whose file holds the same articles many
   * times over (a dump concatenated with itself) has millions of such rows, and their broadcast
   * exhausted a 3 GB heap.
   */
  public static Dataset<Row> articles(
      Dataset<Row> parsed, Dataset<Row> copiesWithinFiles, boolean broadcast) {
    Column date = date_from_unix_date(col("published_epoch_day"));
    List<Column> columns = new ArrayList<>();
    for (String name : Tables.columns(Tables.ARTICLES_SCHEMA)) {
      columns.add(
          switch (name) {
            case "article_id", "dup_group_id" -> col(ARTICLE_ID).as(name);
            case "is_canonical" -> lit(true).as(name);
            case "published_date" -> date.as(name);
            case "published_at" ->
                when(col("published_epoch_micros").isNull(), lit(null).cast("timestamp"))
                    .otherwise(timestamp_micros(col("published_epoch_micros")))
                    .as(name);
            case Tables.PUBLISHED_YEAR -> year(date).as(name);
            case "body" -> body().as(name);
            default -> col(name);
          });
    }
    return WideRowJoins.leftJoin(
            goodRows(parsed),
            copiesWithinFiles,
            List.of("input_file", SPLIT_START, SPLIT_ORDINAL),
            broadcast)
        .withColumn(ARTICLE_ID, articleId())
        .select(columns.toArray(Column[]::new));
  }

  /**
   * The articles of {@code parsed} that have an exact copy earlier in the same file, with their
   * number among those copies in file order (2 for the second): input_file, split_start,
   * split_ordinal, __occurrence. Exact copies within one file are usually rare, so the table is
   * usually small; it is computed on a narrow table (one shuffle of every article's file key,
   * content hash and position) and joined back by {@link #articles(Dataset, Dataset, boolean)},
   * broadcast unless it is large.
   */
  public static Dataset<Row> copiesWithinFiles(Dataset<Row> parsed) {
    // The window sorts by its partition keys: the hash first, whose leading bytes tell nearly every
    // two rows apart in Spark's 8-byte sort prefix (a file's path, first, is the same in every row
    // of a file, so each comparison read both paths and hashes in full).
    return goodRows(parsed)
        .select(
            fileKey().as("k"),
            col(CONTENT_HASH).as("h"),
            col("input_file"),
            col(SPLIT_START),
            col(SPLIT_ORDINAL))
        .withColumn(
            OCCURRENCE,
            row_number()
                .over(
                    Window.partitionBy("h", "k")
                        .orderBy(col(SPLIT_START), col(SPLIT_ORDINAL), col("input_file"))))
        // the first of each article in a file is numbered 1, as an article without copies is
        // (articleId): only the later copies need a row
        .filter(col(OCCURRENCE).gt(1))
        .select(col("input_file"), col(SPLIT_START), col(SPLIT_ORDINAL), col(OCCURRENCE));
  }

  private static Dataset<Row> goodRows(Dataset<Row> parsed) {
    return withContentHash(parsed).filter(col(IS_REJECT).equalTo(false));
  }

  /**
   * Adds the content hash of every article row ({@link #contentHash()}; null for rejects), once:
   * the job adds it before it keeps the parsed rows, so the text is hashed a single time.
   */
  public static Dataset<Row> withContentHash(Dataset<Row> parsed) {
    if (Arrays.asList(parsed.columns()).contains(CONTENT_HASH)) {
      return parsed;
    }
    return parsed.withColumn(
        CONTENT_HASH, when(col(IS_REJECT), lit(null)).otherwise(contentHash()));
  }

  /**
   * The body of an article row: its {@code paragraphs} joined with blank lines, exactly {@link
   * Article#body()} (null for a row without paragraphs, a reject).
   */
  public static Column body() {
    return functions.array_join(col("paragraphs"), "\n\n");
  }

  /**
   * Rows of {@link Tables#ARTICLES_SCHEMA} (and any further columns) kept without their {@code
   * body}, with the body derived again ({@link #body()}) in its place: a caller that persists the
   * articles drops the body first, so their text is held once.
   */
  public static Dataset<Row> withBody(Dataset<Row> articlesWithoutBody) {
    List<Column> columns = new ArrayList<>();
    List<String> names = Arrays.asList(Tables.columns(Tables.ARTICLES_SCHEMA));
    for (String name : names) {
      columns.add(name.equals(BODY) ? body().as(BODY) : col(name));
    }
    for (String name : articlesWithoutBody.columns()) {
      if (!names.contains(name)) {
        columns.add(col(name));
      }
    }
    return articlesWithoutBody.select(columns.toArray(Column[]::new));
  }

  private static final String OCCURRENCE = "__occurrence";

  private static final String ARTICLE_ID = "__article_id";
  private static final String CONTENT_HASH = "__content_hash";

  /** The {@code rejects} table from parsed rows. */
  public static Dataset<Row> rejects(Dataset<Row> parsed) {
    Column[] columns =
        Arrays.stream(Tables.columns(Tables.REJECTS_SCHEMA))
            .map(functions::col)
            .toArray(Column[]::new);
    return parsed.filter(col(IS_REJECT).equalTo(true)).select(columns);
  }

  /**
   * The file's identity in ids: its path without a compression suffix, so a file recompressed
   * ({@code a.jsonl} to {@code a.jsonl.bz2}) keeps its ids.
   */
  static Column fileKey() {
    return regexp_replace(col("input_file"), "\\.(gz|bz2|zst|zstd|deflate)$", "");
  }

  /** SHA-256 of what an article says (every content column), in hex. */
  static Column contentHash() {
    List<Column> parts = new ArrayList<>();
    for (String c :
        List.of(
            "title",
            "lede",
            "section",
            "photo_caption",
            "photo_credit",
            "dateline",
            BODY,
            "source",
            "url",
            "language")) {
      parts.add(functions.coalesce(c.equals(BODY) ? body() : col(c), lit("\u0002")));
    }
    for (String c : List.of("subheadings", "related", "authors")) {
      parts.add(functions.coalesce(functions.array_join(col(c), "\u0001"), lit("\u0002")));
    }
    for (String c : List.of("published_epoch_day", "published_epoch_micros")) {
      parts.add(functions.coalesce(col(c).cast("string"), lit("\u0002")));
    }
    return sha2(functions.concat_ws("\u0000", parts.toArray(Column[]::new)), 256);
  }

  /**
   * {@code article_id}: the first 16 hex digits of SHA-256(file key NUL content hash NUL n), where
   * n numbers the exact copies of one article within one file in file order (0 for the first). File
   * order is (task start, number within the task), which is the same whatever the split size, the
   * number of cores or the codec, so ids are too; byte offsets are not (split bzip2 reports block
   * positions).
   */
  static Column articleId() {
    Column occurrence = functions.coalesce(col(OCCURRENCE), lit(1));
    return substring(
        sha2(
            functions.concat_ws("\u0000", fileKey(), col(CONTENT_HASH), occurrence.cast("string")),
            256),
        1,
        16);
  }
}
