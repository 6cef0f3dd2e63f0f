package org.newstrends;

import java.util.Arrays;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.ExprId;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.columnar.CachedBatchSerializer;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.Platform;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction2;

/**
 * Keeps persisted datasets as batches of Spark's binary rows ({@link UnsafeRow}) instead of Spark's
 * default column batches. Set it with the static Spark property {@value #PROPERTY} (the job's
 * {@code conf/spark/*.conf} do).
 *
 * <p>The job keeps three datasets between its steps (the parsed rows, dedup's result, the annotated
 * rows) and reads each back several times. Spark's default serializer builds a column batch per
 * 10,000 rows, gathering compressibility statistics of every value for every encoding it might
 * choose, and turns the columns back into rows on every read: in a JFR profile of the 100 MiB
 * benchmark run (stop 45) the column builders and readers held 7% of the executors' samples. Here a
 * batch is the rows' bytes one after the other, each after its length; writing copies the bytes,
 * reading points a row at them. What the column batches saved in memory by their encodings is small
 * for these datasets (most of their bytes are article text and nested mention rows, which Spark's
 * encodings leave as they are); on disk Spark compresses the batches ({@code spark.rdd.compress}).
 *
 * <p>Nothing is filtered by batch statistics (there are none): every batch is read. The job's reads
 * of kept datasets are whole scans.
 */
public final class RowBatchSerializer implements CachedBatchSerializer {

  private static final long serialVersionUID = 1L;

  /** The static Spark property that names the serializer of persisted datasets. */
  public static final String PROPERTY = "spark.sql.cache.serializer";

  /** A batch is closed once it holds this many bytes (one long row may take it past them). */
  static final int BATCH_BYTES = 4 << 20;

  /** Rows of one kept partition: their bytes, each after its length in a long. */
  static final class RowBatch implements CachedBatch, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int rows;
    private final byte[] bytes;

    RowBatch(int rows, byte[] bytes) {
      this.rows = rows;
      this.bytes = bytes;
    }

    @Override
    public int numRows() {
      return rows;
    }

    @Override
    public long sizeInBytes() {
      return bytes.length;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  @Override
  public boolean supportsColumnarInput(Seq<Attribute> schema) {
    return false;
  }

  @Override
  public boolean supportsColumnarOutput(StructType schema) {
    return false;
  }

  @Override
  public RDD<CachedBatch> convertInternalRowToCachedBatch(
      RDD<InternalRow> input, Seq<Attribute> schema, StorageLevel storageLevel, SQLConf conf) {
    DataType[] types = types(schema);
    int batchRows = Math.max(1, conf.columnBatchSize());
    return JavaRDD.fromRDD(input, scala.reflect.ClassTag$.MODULE$.apply(InternalRow.class))
        .mapPartitions(rows -> new Batches(rows, types, batchRows))
        .rdd();
  }

  @Override
  public RDD<InternalRow> convertCachedBatchToInternalRow(
      RDD<CachedBatch> input,
      Seq<Attribute> cacheAttributes,
      Seq<Attribute> selectedAttributes,
      SQLConf conf) {
    int fields = cacheAttributes.size();
    boolean whole = allInOrder(cacheAttributes, selectedAttributes);
    return JavaRDD.fromRDD(input, scala.reflect.ClassTag$.MODULE$.apply(CachedBatch.class))
        .mapPartitions(
            batches -> {
              java.util.Iterator<InternalRow> rows = new Rows(batches, fields);
              return whole ? rows : projected(rows, selectedAttributes, cacheAttributes);
            })
        .rdd();
  }

  @Override
  public RDD<CachedBatch> convertColumnarBatchToCachedBatch(
      RDD<ColumnarBatch> input, Seq<Attribute> schema, StorageLevel storageLevel, SQLConf conf) {
    throw new UnsupportedOperationException("row batches take rows, not column batches");
  }

  @Override
  public RDD<ColumnarBatch> convertCachedBatchToColumnarBatch(
      RDD<CachedBatch> input,
      Seq<Attribute> cacheAttributes,
      Seq<Attribute> selectedAttributes,
      SQLConf conf) {
    throw new UnsupportedOperationException("row batches give rows, not column batches");
  }

  @Override
  public scala.Function2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>> buildFilter(
      Seq<Expression> predicates, Seq<Attribute> cachedAttributes) {
    return new AllBatches();
  }

  /** Every batch: row batches carry no statistics to skip one by. */
  private static final class AllBatches
      extends AbstractFunction2<Object, Iterator<CachedBatch>, Iterator<CachedBatch>>
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<CachedBatch> apply(Object partition, Iterator<CachedBatch> batches) {
      return batches;
    }
  }

  private static DataType[] types(Seq<Attribute> attributes) {
    return CollectionConverters.asJava(attributes).stream()
        .map(Attribute::dataType)
        .toArray(DataType[]::new);
  }

  /** Whether {@code selected} are all of {@code cached}, in order (by expression id). */
  private static boolean allInOrder(Seq<Attribute> cached, Seq<Attribute> selected) {
    return ids(cached).equals(ids(selected));
  }

  private static java.util.List<ExprId> ids(Seq<Attribute> attributes) {
    return CollectionConverters.asJava(attributes).stream().map(Attribute::exprId).toList();
  }

  /** {@code rows} with the {@code selected} of their {@code cached} columns, as binary rows. */
  private static java.util.Iterator<InternalRow> projected(
      java.util.Iterator<InternalRow> rows, Seq<Attribute> selected, Seq<Attribute> cached) {
    // Spark binds the selected attributes to their positions among the cached ones.
    @SuppressWarnings("unchecked") // Scala's Seq is covariant: attributes are expressions
    Seq<Expression> columns = (Seq<Expression>) (Seq<?>) selected;
    UnsafeProjection projection = UnsafeProjection.create(columns, cached);
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public InternalRow next() {
        return projection.apply(rows.next());
      }
    };
  }

  /** The rows of a partition packed into batches of at most {@code batchRows} rows. */
  private static final class Batches implements java.util.Iterator<CachedBatch> {
    private final java.util.Iterator<InternalRow> rows;
    private final UnsafeProjection projection;
    private final int batchRows;
    private byte[] buffer = new byte[64 << 10];

    Batches(java.util.Iterator<InternalRow> rows, DataType[] types, int batchRows) {
      this.rows = rows;
      this.projection = UnsafeProjection.create(types);
      this.batchRows = batchRows;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public CachedBatch next() {
      if (!rows.hasNext()) {
        throw new NoSuchElementException();
      }
      int n = 0;
      int size = 0;
      while (n < batchRows && size < BATCH_BYTES && rows.hasNext()) {
        InternalRow row = rows.next();
        UnsafeRow unsafe = row instanceof UnsafeRow u ? u : projection.apply(row);
        int length = unsafe.getSizeInBytes();
        int end = size + Long.BYTES + length;
        if (end < 0) {
          throw new IllegalStateException("a kept row of " + length + " bytes");
        }
        if (end > buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, 2L * end));
        }
        Platform.putLong(buffer, Platform.BYTE_ARRAY_OFFSET + size, length);
        unsafe.writeToMemory(buffer, Platform.BYTE_ARRAY_OFFSET + size + Long.BYTES);
        size = end;
        n++;
      }
      return new RowBatch(n, Arrays.copyOf(buffer, size));
    }
  }

  /** The rows of a partition's batches, one reused row pointed at each in turn. */
  private static final class Rows implements java.util.Iterator<InternalRow> {
    private final java.util.Iterator<CachedBatch> batches;
    private final UnsafeRow row;
    private byte[] bytes = new byte[0];
    private int offset;

    Rows(java.util.Iterator<CachedBatch> batches, int fields) {
      this.batches = batches;
      this.row = new UnsafeRow(fields);
    }

    @Override
    public boolean hasNext() {
      while (offset >= bytes.length) {
        if (!batches.hasNext()) {
          return false;
        }
        bytes = ((RowBatch) batches.next()).bytes();
        offset = 0;
      }
      return true;
    }

    @Override
    public InternalRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int length = (int) Platform.getLong(bytes, Platform.BYTE_ARRAY_OFFSET + offset);
      row.pointTo(bytes, Platform.BYTE_ARRAY_OFFSET + offset + Long.BYTES, length);
      offset += Long.BYTES + length;
      return row;
    }
  }
}
