package org.newstrends.output;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.newstrends.PersistedLeaf;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;
import org.newstrends.ingest.Hosts;
import org.newstrends.ingest.Outlets;

/**
 * The published layout (docs/schema.md): from the stages' working tables to tables every reader
 * opens without surprises. Every table is flat (lists move to {@code article_parts} or become one
 * {@code "; "}-separated string), every column a reader needs is inside the files, measure rows
 * carry {@code outlet_id}, {@code is_partial} and {@code is_zero}, and co-occurrence pairs are
 * stored in both orders.
 */
public final class Published {

  /** Separator of the lists flattened into one string (authors, labels, aliases, hosts...). */
  public static final String LIST_SEPARATOR = "; ";

  private Published() {}

  /** {@code outlet_id} of each article row (source, feed_url, url), from {@code outlets}. */
  public static Column outletId(Outlets outlets) {
    UserDefinedFunction f =
        udf((UDF3<String, String, String, String>) outlets::outletId, DataTypes.StringType);
    return f.apply(col("source"), col("feed_url"), col("url"));
  }

  /**
   * The published {@code articles}: the working rows ({@link Tables#ARTICLES_SCHEMA} plus {@code
   * outlet_id}) without paragraphs, subheadings and related (in {@code article_parts}), authors as
   * one string.
   */
  public static Dataset<Row> articles(Dataset<Row> work) {
    List<Column> columns = new ArrayList<>();
    for (String name : Tables.columns(Tables.ARTICLES_SCHEMA)) {
      switch (name) {
        case "paragraphs", "subheadings", "related" -> {}
        case "authors" -> columns.add(joined(col(name)).as(name));
        case "source" -> {
          columns.add(col("source"));
          columns.add(col("outlet_id"));
        }
        default -> columns.add(col(name));
      }
    }
    return nullable(work.select(columns.toArray(Column[]::new)), null);
  }

  /** One row per paragraph, sub-heading, related-link teaser and author of each article. */
  public static Dataset<Row> articleParts(Dataset<Row> work) {
    Dataset<Row> parts = null;
    for (String[] kind :
        new String[][] {
          {"paragraph", "paragraphs"},
          {"subheading", "subheadings"},
          {"related", "related"},
          {"author", "authors"}
        }) {
      Dataset<Row> one =
          work.select(
                  col("article_id"),
                  col("published_date"),
                  lit(kind[0]).as("kind"),
                  posexplode(col(kind[1])).as(new String[] {"idx", "text"}))
              .withColumn("idx", col("idx").cast("int"));
      parts = parts == null ? one : parts.unionByName(one);
    }
    return nullable(parts, Set.of("article_id", "published_date", "text"));
  }

  /** The published {@code mentions}: labels as one string, {@code source} named outlet_id. */
  public static Dataset<Row> mentions(Dataset<Row> work) {
    return nullable(
        work.withColumn("labels", joined(col("labels"))).withColumnRenamed("source", "outlet_id"),
        null);
  }

  /**
   * {@code table} with the columns of {@code names} (all when null) marked nullable, unchanged in
   * value. The published Parquet files record a column's nullability (REQUIRED or OPTIONAL); the
   * published tables were once written from working copies read back from Parquet, which makes
   * every column nullable, and readers may depend on that, so a column that is never null in the
   * plan (a file name, a flag from {@code isNull}) is still written as OPTIONAL. Spark's optimizer
   * removes every plain expression that only widens nullability, hence a (cheap) identity function.
   */
  static Dataset<Row> nullable(Dataset<Row> table, Set<String> names) {
    StructField[] fields = table.schema().fields();
    Column[] columns = new Column[fields.length];
    boolean changed = false;
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      columns[i] = col(f.name());
      if (!f.nullable() && (names == null || names.contains(f.name()))) {
        if (!IDENTITY_TYPES.contains(f.dataType())) {
          throw new IllegalArgumentException(
              "no nullable identity for column " + f.name() + " of type " + f.dataType());
        }
        UserDefinedFunction same = udf((UDF1<Object, Object>) v -> v, f.dataType());
        columns[i] = same.apply(col(f.name())).as(f.name());
        changed = true;
      }
    }
    return changed ? table.select(columns) : table;
  }

  /** Types whose values pass through a Java UDF unchanged. */
  private static final Set<DataType> IDENTITY_TYPES =
      Set.of(
          DataTypes.StringType,
          DataTypes.IntegerType,
          DataTypes.LongType,
          DataTypes.BooleanType,
          DataTypes.DoubleType,
          DataTypes.DateType);

  /** Null for an empty list, else its items joined by {@link #LIST_SEPARATOR}. */
  private static Column joined(Column list) {
    return when(size(list).gt(0), array_join(list, LIST_SEPARATOR));
  }

  /**
   * A measure table as published: {@code source} named {@code outlet_id}; {@code is_partial} (the
   * period is not fully inside the corpus's dates {@code first}..{@code last}); {@code is_zero}
   * (entity_trends, cooccurrence); no spike on a partial period; co-occurrence pairs in both orders
   * ({@code is_mirror} marks the copy with entity_a &gt; entity_b).
   */
  public static Dataset<Row> measure(
      String name, Dataset<Row> table, LocalDate first, LocalDate last) {
    Dataset<Row> t =
        List.of(table.columns()).contains("source")
            ? table.withColumnRenamed("source", "outlet_id")
            : table;
    t = t.withColumn("is_partial", partial(first, last));
    switch (name) {
      case Tables.ENTITY_TRENDS ->
          t =
              t.withColumn("is_zero", col("mentions").equalTo(0L))
                  .withColumn("is_spike", col("is_spike").and(col("is_partial").unary_$bang()));
      case Tables.COOCCURRENCE ->
          t = mirrored(t.withColumn("is_zero", col("pair_count").equalTo(0L)));
      default -> {}
    }
    return t;
  }

  /**
   * Writes measure table {@code name} as published ({@link #measure}) into {@code out}, as {@link
   * ParquetTableWriter} writes it. With the gazetteer's {@code entities} and the corpus's dates,
   * {@code cooccurrence} (the largest table) is written from narrow rows ({@link
   * #packedCooccurrence}); the same rows in the same order.
   */
  public static void writeMeasure(
      String name,
      Dataset<Row> table,
      LocalDate first,
      LocalDate last,
      Dataset<Row> entities,
      OutputDirectory out,
      long estimatedBytes,
      Dataset<Row> keySample) {
    Optional<PackedTable> packed =
        name.equals(Tables.COOCCURRENCE) && entities != null && first != null && last != null
            ? packedCooccurrence(table, first, last, entities)
            : Optional.empty();
    if (packed.isPresent()) {
      ParquetTableWriter.write(packed.get(), name, out, estimatedBytes, keySample);
    } else {
      ParquetTableWriter.write(
          measure(name, table, first, last), name, out, estimatedBytes, keySample);
    }
  }

  /**
   * {@code cooccurrence} as published ({@link #measure}), as narrow rows for the writer's exchange
   * and sort: the sort keys packed into one long ({@link #cooccurrenceKeyFields}), the four counts
   * and {@code is_mirror}; after the sort the keys are unpacked, the entities' ids, types and names
   * looked up by their numbers, and the association measures and flags computed, so the wide row
   * (two ids, two names, four measures) is built only on its way into the file. Empty when the key
   * needs more than 63 bits or the gazetteer has no entity.
   *
   * @param table the table of {@code Cooccurrence} ({@link Tables#COOCCURRENCE_SCHEMA})
   * @param entities entity_id, entity_type, entity_name (the gazetteer's)
   */
  static Optional<PackedTable> packedCooccurrence(
      Dataset<Row> table, LocalDate first, LocalDate last, Dataset<Row> entities) {
    PackedSortKey.Entities numbered = PackedSortKey.Entities.of(entities);
    List<String> ids = numbered.ids();
    List<PackedSortKey.Field> fields = cooccurrenceKeyFields(ids.size(), first, last);
    Optional<Column> key = ids.isEmpty() ? Optional.empty() : PackedSortKey.pack(fields);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    PackedCooccurrence packed =
        new PackedCooccurrence(
            table.sparkSession(),
            numbered,
            fields,
            key.get(),
            first,
            last,
            measure(Tables.COOCCURRENCE, table, first, last).columns());
    return Optional.of(new PackedTable(packed.rows(table), packed::keys, packed::complete));
  }

  /**
   * The three steps of {@link #packedCooccurrence}: the narrow rows, the packed keys of key rows,
   * and the published columns of the sorted narrow rows.
   */
  private static final class PackedCooccurrence {
    private static final String[] COUNTS = {"pair_count", "count_a", "count_b", "units"};

    /** The columns the key's fields unpack to: the entities as their numbers. */
    private static final String[] UNPACKED = {
      Tables.GRAIN, "level", "dedup", "__ord_a", "__ord_b", "period_start"
    };

    private final Dataset<Row> ordinals;
    private final List<String> ids;
    private final List<String> types;
    private final List<String> names;
    private final List<PackedSortKey.Field> fields;
    private final Column key;
    private final LocalDate first;
    private final LocalDate last;
    private final String[] published;

    PackedCooccurrence(
        SparkSession spark,
        PackedSortKey.Entities numbered,
        List<PackedSortKey.Field> fields,
        Column key,
        LocalDate first,
        LocalDate last,
        String[] published) {
      this.ordinals = PackedSortKey.ordinals(spark, numbered.ids(), "entity_id", "ord");
      this.ids = numbered.ids();
      this.types = numbered.types();
      this.names = numbered.names();
      this.fields = fields;
      this.key = key.as(PackedSortKey.COLUMN);
      this.first = first;
      this.last = last;
      this.published = published;
    }

    /**
     * The pairs and their mirrors as packed key, counts and is_mirror. The entities' fields are
     * coded (and checked) before the mirror, which then copies two numbers per row instead of two
     * ids, and packed from those codes after it.
     */
    Dataset<Row> rows(Dataset<Row> table) {
      Dataset<Row> coded = numbered(table.select(cols(plus(COOCCURRENCE_KEYS, COUNTS))));
      List<PackedSortKey.Field> fromCodes = new ArrayList<>(fields);
      for (int i = 0; i < COOCCURRENCE_KEYS.length; i++) {
        if (COOCCURRENCE_KEYS[i].startsWith("entity_")) {
          PackedSortKey.Field f = fields.get(i);
          coded = coded.withColumn(UNPACKED[i], f.code());
          fromCodes.set(i, new PackedSortKey.Field(col(UNPACKED[i]), f.bits(), f.decode()));
        }
      }
      List<Column> narrow =
          new ArrayList<>(
              List.of(PackedSortKey.pack(fromCodes).orElseThrow().as(PackedSortKey.COLUMN)));
      narrow.addAll(List.of(cols(COUNTS)));
      narrow.add(col("is_mirror"));
      return mirrored(coded.drop("entity_a", "entity_b")).select(narrow.toArray(Column[]::new));
    }

    /** Key rows (the sort-key columns) to their packed key. */
    Dataset<Row> keys(Dataset<Row> keyRows) {
      return numbered(keyRows).select(key);
    }

    /** The sorted narrow rows to the published columns, in order. */
    Dataset<Row> complete(Dataset<Row> sorted) {
      List<Column> values = PackedSortKey.unpack(col(PackedSortKey.COLUMN), fields);
      List<Column> unpacked = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        unpacked.add(values.get(i).as(UNPACKED[i]));
      }
      unpacked.addAll(List.of(cols(COUNTS)));
      unpacked.add(col("is_mirror"));
      Dataset<Row> t = sorted.select(unpacked.toArray(Column[]::new));
      for (String side : List.of("a", "b")) {
        Column ord = col("__ord_" + side);
        t =
            t.withColumn("entity_" + side, PackedSortKey.atOrdinal(ids, ord))
                .withColumn("type_" + side, PackedSortKey.atOrdinal(types, ord))
                .withColumn("name_" + side, PackedSortKey.atOrdinal(names, ord));
      }
      // The measures of a mirror from its pair's counts in the pair's order (G² sums its cells in
      // that order: the same doubles as the pair's, bit for bit), then the counts swapped back.
      Map<String, Column> swapped = new LinkedHashMap<>();
      Column mirror = col("is_mirror");
      swapped.put("count_a", when(mirror, col("count_b")).otherwise(col("count_a")));
      swapped.put("count_b", when(mirror, col("count_a")).otherwise(col("count_b")));
      return t.withColumns(swapped)
          .withColumns(org.newstrends.measure.Association.ofPairs())
          .withColumns(swapped)
          .withColumn("is_partial", partial(first, last))
          .withColumn("is_zero", col("pair_count").equalTo(0L))
          .select(cols(published));
    }

    /** The entities' numbers joined as __ord_a and __ord_b (broadcast: a small table). */
    private Dataset<Row> numbered(Dataset<Row> t) {
      for (String side : List.of("a", "b")) {
        t = PackedSortKey.withOrdinal(t, "entity_" + side, ordinals, "__ord_" + side);
      }
      return t;
    }
  }

  /** The sort keys of {@code cooccurrence} ({@link Tables#sortKeys}), in their order. */
  private static final String[] COOCCURRENCE_KEYS = {
    Tables.GRAIN, "level", "dedup", "entity_a", "entity_b", "period_start"
  };

  /**
   * Each pair row and its mirror (entity_a and entity_b swapped with everything that belongs to
   * each side; {@code is_mirror} marks the copy), from one pass over the rows: a union of two
   * selects would compute the whole co-occurrence plan twice.
   */
  private static Dataset<Row> mirrored(Dataset<Row> t) {
    String[] names = t.columns();
    Column[] same = new Column[names.length + 1];
    Column[] mirror = new Column[names.length + 1];
    for (int i = 0; i < names.length; i++) {
      same[i] = col(names[i]).as(names[i]);
      mirror[i] = col(swap(names[i])).as(names[i]);
    }
    same[names.length] = lit(false).as("is_mirror");
    mirror[names.length] = lit(true).as("is_mirror");
    return t.select(explode(array(struct(same), struct(mirror))).as("__pair"))
        .select(col("__pair.*"));
  }

  /**
   * The fields of the packed sort key of {@code cooccurrence} ({@link Tables#sortKeys}: grain,
   * level, dedup, entity_a, entity_b, period_start) over the columns {@code __ord_a} and {@code
   * __ord_b}, the entities' numbers among {@code ids} ids. Its periods start at most a year before
   * the corpus's first date ({@code first}) and never after its last.
   */
  static List<PackedSortKey.Field> cooccurrenceKeyFields(
      long ids, LocalDate first, LocalDate last) {
    List<String> grains = new ArrayList<>(org.newstrends.config.MeasureConfig.ALL_GRAINS);
    grains.add("all"); // the all-time grain (measure's Periods.ALL)
    return List.of(
        PackedSortKey.ofValues(Tables.GRAIN, grains),
        PackedSortKey.ofValues("level", org.newstrends.config.MeasureConfig.ALL_LEVELS),
        PackedSortKey.ofBoolean("dedup"),
        PackedSortKey.ofOrdinal("entity_a", "__ord_a", ids),
        PackedSortKey.ofOrdinal("entity_b", "__ord_b", ids),
        PackedSortKey.ofDate("period_start", first.minusDays(366), last));
  }

  /** The packed sort key of {@link #cooccurrenceKeyFields}; empty when over 63 bits. */
  static Optional<Column> cooccurrenceSortKey(long ids, LocalDate first, LocalDate last) {
    return PackedSortKey.pack(cooccurrenceKeyFields(ids, first, last));
  }

  private static String[] plus(String[] head, String[] tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static Column[] cols(String[] names) {
    return java.util.Arrays.stream(names).map(c -> col(c)).toArray(Column[]::new);
  }

  private static String swap(String column) {
    return switch (column) {
      case "__ord_a" -> "__ord_b";
      case "__ord_b" -> "__ord_a";
      case "entity_a" -> "entity_b";
      case "entity_b" -> "entity_a";
      case "type_a" -> "type_b";
      case "type_b" -> "type_a";
      case "name_a" -> "name_b";
      case "name_b" -> "name_a";
      case "count_a" -> "count_b";
      case "count_b" -> "count_a";
      default -> column;
    };
  }

  /**
   * Whether the row's period reaches outside the corpus's dates: it starts before {@code first} or
   * ends after {@code last}. Days never are; the all-time grain never is.
   */
  static Column partial(LocalDate first, LocalDate last) {
    if (first == null || last == null) {
      return lit(false);
    }
    Column start = col("period_start");
    Column grain = col(Tables.GRAIN);
    Column end =
        when(grain.equalTo("week"), date_add(start, 6))
            .when(grain.equalTo("month"), last_day(start))
            .otherwise(start);
    Column outside =
        start.lt(lit(java.sql.Date.valueOf(first))).or(end.gt(lit(java.sql.Date.valueOf(last))));
    return when(start.isNull(), lit(false)).otherwise(outside);
  }

  /** The {@code entities} dimension from the gazetteer files (first definition of an id wins). */
  public static Dataset<Row> entities(SparkSession spark, List<String> gazetteers) {
    Map<String, Row> rows = new TreeMap<>();
    for (String path : gazetteers) {
      GazetteerFile file = GazetteerLoader.read(Path.of(path));
      String name = Path.of(path).getFileName().toString();
      for (GazetteerFile.Entity e : file.entities()) {
        if (rows.containsKey(e.id())) {
          continue;
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (e.aliases() != null) {
          for (GazetteerFile.Alias a : e.aliases()) {
            aliases.add(a.text());
          }
        }
        List<String> roles = new ArrayList<>();
        for (GazetteerFile.Role r : e.roles() == null ? List.<GazetteerFile.Role>of() : e.roles()) {
          roles.add(
              r.role()
                  + " "
                  + r.country()
                  + " "
                  + r.from()
                  + ".."
                  + (r.to() == null ? "" : r.to())
                  + (Boolean.TRUE.equals(r.acting()) ? " acting" : ""));
        }
        rows.put(
            e.id(),
            RowFactory.create(
                e.id(),
                e.type(),
                e.name(),
                e.country(),
                orNull(e.labels()),
                orNull(new ArrayList<>(aliases)),
                orNull(roles),
                name));
      }
    }
    return PersistedLeaf.ofRows(
        spark, new ArrayList<>(rows.values()), Tables.ENTITIES_TABLE_SCHEMA);
  }

  /** The {@code entity_roles} dimension: one row per role spell. */
  public static Dataset<Row> entityRoles(SparkSession spark, List<String> gazetteers) {
    Set<String> seen = new TreeSet<>();
    List<Row> rows = new ArrayList<>();
    for (String path : gazetteers) {
      for (GazetteerFile.Entity e : GazetteerLoader.read(Path.of(path)).entities()) {
        if (!seen.add(e.id()) || e.roles() == null) {
          continue;
        }
        for (GazetteerFile.Role r : e.roles()) {
          rows.add(
              RowFactory.create(
                  e.id(),
                  r.role(),
                  r.country(),
                  java.sql.Date.valueOf(r.fromDate()),
                  r.toDate() == null ? null : java.sql.Date.valueOf(r.toDate()),
                  Boolean.TRUE.equals(r.acting())));
        }
      }
    }
    return PersistedLeaf.ofRows(spark, rows, Tables.ENTITY_ROLES_SCHEMA);
  }

  /**
   * The {@code outlets} dimension: every mapped outlet and every derived one the run's articles
   * carry, with the hosts, feed URLs and source labels seen, and the run's article count.
   */
  public static Dataset<Row> outlets(SparkSession spark, Outlets mapping, Dataset<Row> work) {
    UserDefinedFunction host = udf((UDF1<String, String>) Hosts::host, DataTypes.StringType);
    Map<String, Row> seen = new LinkedHashMap<>();
    for (Row r :
        work.groupBy("outlet_id")
            .agg(
                count(lit(1)).as("n"),
                collect_set(host.apply(col("url"))).as("hosts"),
                collect_set(col("feed_url")).as("feeds"),
                collect_set(col("source")).as("labels"))
            .collectAsList()) {
      seen.put(r.getString(0), r);
    }
    Map<String, Row> rows = new TreeMap<>();
    for (Outlets.Outlet o : mapping.outlets()) {
      Row r = seen.get(o.id());
      Set<String> hosts = new TreeSet<>(o.hosts());
      if (r != null) {
        hosts.addAll(r.getList(2));
      }
      rows.put(
          o.id(),
          RowFactory.create(
              o.id(),
              o.displayName(),
              orNull(new ArrayList<>(hosts)),
              r == null ? null : orNull(sorted(r.getList(3))),
              r == null ? null : orNull(sorted(r.getList(4))),
              o.country(),
              o.language(),
              true,
              r == null ? 0L : r.getLong(1)));
    }
    for (Row r : seen.values()) {
      String id = r.getString(0);
      if (rows.containsKey(id)) {
        continue;
      }
      List<String> labels = sorted(r.getList(4));
      String display =
          !labels.isEmpty()
              ? labels.get(0)
              : id.startsWith("host:") ? id.substring("host:".length()) : id;
      rows.put(
          id,
          RowFactory.create(
              id,
              display,
              orNull(sorted(r.getList(2))),
              orNull(sorted(r.getList(3))),
              orNull(labels),
              null,
              null,
              false,
              r.getLong(1)));
    }
    return spark.createDataFrame(new ArrayList<>(rows.values()), Tables.OUTLETS_SCHEMA);
  }

  private static List<String> sorted(List<Object> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      if (v != null) {
        out.add(v.toString());
      }
    }
    out.sort(null);
    return out;
  }

  private static String orNull(List<String> items) {
    return items == null || items.isEmpty() ? null : String.join(LIST_SEPARATOR, items);
  }
}
