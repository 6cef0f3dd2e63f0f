package org.newstrends.output;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstrends.PersistedLeaf;

/**
 * One non-negative long whose ascending order is a table's order by its sort keys ({@link
 * Tables#sortKeys}, each ascending with nulls first), for the sort inside the table's files.
 *
 * <p>Spark sorts rows by a key prefix of 8 bytes and compares whole rows, key by key, when the
 * prefixes tie. For {@code cooccurrence} the first keys (grain, level, dedup) take few values, so
 * nearly every comparison fell through to the row comparator and its string comparisons of entity
 * ids: the sort of that table was the longest task of the measure stage. Packed into one long, the
 * key is the whole prefix, and Spark sorts it with its radix sort (a single integral key),
 * comparing no row.
 *
 * <p>Each key becomes a field of fixed width: 0 for null, then the values in their order from 1.
 * Strings from a known set of values are numbered in their byte order (Spark's order of strings);
 * ids from a dimension table are numbered in the same byte order ({@link #ordinals}); dates are
 * days from a bound below every date of the table. A value outside its field's range is a broken
 * invariant of the job and fails the query (never a silently wrong order). A table carrying the
 * column {@link #COLUMN} is sorted by it, and the column is dropped before writing ({@link
 * ParquetTableWriter}).
 *
 * <p>The key also holds the keys' values: {@link #unpack} turns it back into them, so a table's
 * rows can cross the writer's exchange and sort with the key in place of its key columns ({@link
 * PackedTable}).
 */
public final class PackedSortKey {

  /** The column a table carries when its sort keys are packed; never written. */
  public static final String COLUMN = "__sort_key";

  /** The widest key: a long's bits without its sign. */
  static final int MAX_BITS = 63;

  /**
   * One key as a non-negative long below {@code 2^bits}, in the key's order, 0 for null.
   *
   * @param code the field's value
   * @param bits its width
   * @param decode the key's value (null for 0) of a field's value
   */
  public record Field(Column code, int bits, UnaryOperator<Column> decode) {}

  private PackedSortKey() {}

  /**
   * A string key taking only {@code values} (any other value fails the query): numbered in byte
   * order from 1, null 0.
   */
  public static Field ofValues(String column, List<String> values) {
    List<String> sorted = new ArrayList<>(values);
    sorted.sort((a, b) -> compareBytes(a, b));
    Column c = col(column);
    Column code =
        when(c.isNull(), lit(0L))
            .otherwise(
                raise_error(lit("packed sort key: unexpected value of " + column).cast("string")));
    for (int i = sorted.size() - 1; i >= 0; i--) {
      code = when(c.equalTo(sorted.get(i)), lit(i + 1L)).otherwise(code);
    }
    return new Field(code, bitsFor(sorted.size()), f -> atOrdinal(sorted, f));
  }

  /** A boolean key: null 0, false 1, true 2. */
  public static Field ofBoolean(String column) {
    Column c = col(column);
    return new Field(
        when(c.isNull(), lit(0L)).when(c, lit(2L)).otherwise(lit(1L)),
        2,
        f -> when(f.equalTo(2L), lit(true)).when(f.equalTo(1L), lit(false)));
  }

  /**
   * A key numbered by {@link #ordinals}: {@code ordinal} is its number from 1 ({@code max} at
   * most), null when the key is null. A key with no number fails the query. Unpacked, the field is
   * the number (null for a null key), which the caller maps back to the key.
   */
  public static Field ofOrdinal(String key, String ordinal, long max) {
    Column code =
        when(col(key).isNull(), lit(0L))
            .when(
                col(ordinal).isNull(),
                raise_error(lit("packed sort key: no ordinal for a value of " + key)))
            .otherwise(col(ordinal).cast("long"));
    return new Field(code, bitsFor(max), f -> when(f.gt(0L), f));
  }

  /**
   * A date key whose values lie in {@code from}..{@code to} (both inclusive): days after the day
   * before {@code from}, null 0. A date outside fails the query.
   */
  public static Field ofDate(String column, LocalDate from, LocalDate to) {
    Field days = ofDayNumbers(unix_date(col(column)), column, from, to);
    return new Field(days.code(), days.bits(), f -> date_from_unix_date(days.decode().apply(f)));
  }

  /**
   * {@link #ofDate} for a column of days since 1970-01-01 (an int, as {@code unix_date} gives):
   * unpacked, the field is that day number again.
   */
  public static Field ofDays(Column days, LocalDate from, LocalDate to) {
    return ofDayNumbers(days, "a day", from, to);
  }

  /**
   * Days since 1970-01-01 in {@code from}..{@code to} as days after the day before {@code from},
   * null 0; a day outside fails the query, naming {@code what}.
   */
  private static Field ofDayNumbers(Column days, String what, LocalDate from, LocalDate to) {
    long before = from.toEpochDay() - 1;
    long span = to.toEpochDay() - before;
    Column offset = days.cast("long").minus(lit(before));
    Column code =
        when(days.isNull(), lit(0L))
            .when(offset.between(1L, span), offset)
            .otherwise(
                raise_error(lit("packed sort key: " + what + " outside " + from + " to " + to)));
    return new Field(code, bitsFor(span), f -> when(f.gt(0L), f.plus(lit(before)).cast("int")));
  }

  /** The bits of {@code fields} together: the width of their packed key. */
  public static int bits(List<Field> fields) {
    return fields.stream().mapToInt(Field::bits).sum();
  }

  /** The packed key of {@code fields} (the first the most significant); empty if over 63 bits. */
  public static Optional<Column> pack(List<Field> fields) {
    int bits = bits(fields);
    if (bits > MAX_BITS) {
      return Optional.empty();
    }
    Column key = lit(0L);
    for (Field f : fields) {
      key = shiftleft(key, f.bits()).bitwiseOR(f.code());
    }
    return Optional.of(key);
  }

  /**
   * The keys' values of a packed {@code key}, one column per field of {@link #pack}'s {@code
   * fields}, in their order (each field's {@link Field#decode}).
   */
  public static List<Column> unpack(Column key, List<Field> fields) {
    List<Column> values = new ArrayList<>(fields.size());
    int below = bits(fields);
    for (Field f : fields) {
      below -= f.bits();
      Column code = shiftright(key, below).bitwiseAND(lit((1L << f.bits()) - 1));
      values.add(f.decode().apply(code));
    }
    return values;
  }

  /**
   * {@code values} in Spark's order of strings (the unsigned order of their UTF-8 bytes, {@link
   * #compareBytes}), each once, without null: the order {@link #ordinals} numbers.
   */
  public static List<String> inSparkOrder(Collection<String> values) {
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>(PackedSortKey::compareBytes);
    for (String v : values) {
      if (v != null) {
        sorted.add(v);
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * The gazetteer's entities in Spark's order of their ids ({@link #inSparkOrder}), the first row
   * of each id, with their types and names: the entity numbered {@code n} by {@link #ordinals} is
   * item {@code n - 1} of each list.
   */
  public record Entities(List<String> ids, List<String> types, List<String> names) {

    /** Collects {@code entities} (entity_id, entity_type, entity_name; a small table). */
    public static Entities of(Dataset<Row> entities) {
      java.util.Map<String, Row> byId = new java.util.HashMap<>();
      for (Row e : entities.select("entity_id", "entity_type", "entity_name").collectAsList()) {
        if (!e.isNullAt(0)) {
          byId.putIfAbsent(e.getString(0), e);
        }
      }
      List<String> ids = inSparkOrder(byId.keySet());
      return new Entities(
          ids,
          ids.stream().map(id -> byId.get(id).<String>getAs(1)).toList(),
          ids.stream().map(id -> byId.get(id).<String>getAs(2)).toList());
    }
  }

  /**
   * {@code values} ({@link #inSparkOrder}) numbered from 1: columns {@code id} and {@code ordinal},
   * a small table to broadcast, as a one-leaf plan ({@link PersistedLeaf#ofRows}). The values are a
   * small dimension's ids, known on the driver (the gazetteer's entities).
   */
  public static Dataset<Row> ordinals(
      SparkSession spark, List<String> values, String id, String ordinal) {
    List<Row> rows = new ArrayList<>(values.size());
    long n = 0;
    for (String value : values) {
      rows.add(RowFactory.create(value, ++n));
    }
    StructType schema =
        new StructType()
            .add(id, DataTypes.StringType, false)
            .add(ordinal, DataTypes.LongType, false);
    return PersistedLeaf.ofRows(spark, rows, schema);
  }

  /**
   * {@code rows} with the number of their column {@code key} as column {@code as}, looked up in
   * {@code ordinals} (the id and ordinal columns of {@link #ordinals}, in that order) by a
   * broadcast left join: null where the key has no number.
   */
  public static Dataset<Row> withOrdinal(
      Dataset<Row> rows, String key, Dataset<Row> ordinals, String as) {
    String[] c = ordinals.columns();
    String id = "__id_" + as;
    Dataset<Row> o = ordinals.select(col(c[0]).as(id), col(c[1]).as(as));
    return rows.join(broadcast(o), col(key).equalTo(col(id)), "left").drop(id);
  }

  /**
   * The item of {@code values} numbered {@code ordinal} (from 1, as {@link #ordinals} numbers
   * them), null for a null or 0 ordinal: a look-up in an array literal, no join.
   */
  public static Column atOrdinal(List<String> values, Column ordinal) {
    return when(
        ordinal.gt(0L), element_at(lit(values.toArray(new String[0])), ordinal.cast("int")));
  }

  /** The bits that hold 0..{@code max}. */
  static int bitsFor(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(max, 1)));
  }

  /** Strings in Spark's order: their UTF-8 bytes, unsigned. */
  static int compareBytes(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
