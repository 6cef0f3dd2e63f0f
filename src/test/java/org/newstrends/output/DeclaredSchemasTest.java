package org.newstrends.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newstrends.incremental.IncrementalPlan;
import org.newstrends.testing.SampleRun;
import org.newstrends.testing.TestSpark;

/**
 * The job reads its staged {@code rejects} and {@code _state/annotated} back with their declared
 * schemas ({@link Tables#REJECTS_SCHEMA}, {@link Tables#ANNOTATED_ARTICLES_SCHEMA}) instead of
 * having Spark read the schemas from the files: safe only while both are written with exactly those
 * schemas. Checked on the default job's run over the bundled sample: the schema Spark reads from
 * the files equals the declared one (names, order and types; a file source reads every column as
 * nullable).
 */
class DeclaredSchemasTest {

  @Test
  void theTablesReadBackWithDeclaredSchemasAreWrittenWithThem() {
    Path out = SampleRun.output();
    assertWrittenWith(Tables.REJECTS_SCHEMA, out.resolve(Tables.REJECTS));
    assertWrittenWith(Tables.ANNOTATED_ARTICLES_SCHEMA, out.resolve(IncrementalPlan.ANNOTATED));
  }

  private static void assertWrittenWith(StructType declared, Path table) {
    StructType read = TestSpark.session().read().parquet(table.toString()).schema();
    assertEquals(
        nullable(declared).catalogString(), nullable(read).catalogString(), table.toString());
  }

  private static StructType nullable(StructType schema) {
    StructField[] fields = schema.fields().clone();
    for (int i = 0; i < fields.length; i++) {
      fields[i] =
          new StructField(
              fields[i].name(), nullable(fields[i].dataType()), true, fields[i].metadata());
    }
    return new StructType(fields);
  }

  private static DataType nullable(DataType type) {
    if (type instanceof StructType s) {
      return nullable(s);
    }
    if (type instanceof ArrayType a) {
      return new ArrayType(nullable(a.elementType()), true);
    }
    if (type instanceof MapType m) {
      return new MapType(nullable(m.keyType()), nullable(m.valueType()), true);
    }
    return type;
  }
}
