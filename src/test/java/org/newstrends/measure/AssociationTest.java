package org.newstrends.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newstrends.testing.TestSpark;

class AssociationTest {

  private static final StructType COUNTS =
      new StructType()
          .add("pair_count", DataTypes.LongType)
          .add("count_a", DataTypes.LongType)
          .add("count_b", DataTypes.LongType)
          .add("units", DataTypes.LongType);

  private static Row measures(long ab, long a, long b, long n) {
    return TestSpark.session()
        .createDataFrame(List.of(RowFactory.create(ab, a, b, n)), COUNTS)
        .select(
            Association.pmi(), Association.npmi(), Association.logLikelihood(), Association.lift())
        .first();
  }

  /**
   * N = 100 units, a in 20, b in 10, both in 8.
   *
   * <pre>
   * lift = p(ab) / (p(a) p(b)) = 0.08 / (0.2 · 0.1) = 4
   * pmi  = ln 4 = 1.386294361
   * npmi = ln 4 / −ln 0.08 = 1.386294361 / 2.525728644 = 0.548869082
   * 2×2 table (observed / expected = row · column / N):
   *        b          not b
   *   a    8 / 2.0    12 / 18.0
   *  ¬a    2 / 8.0    78 / 72.0
   * G² = 2 (8 ln 4 + 12 ln(2/3) + 2 ln(1/4) + 78 ln(13/12))
   *    = 2 (11.090354889 − 4.865581297 − 2.772588722 + 6.243331199) = 19.391032136
   * </pre>
   */
  @Test
  void handComputedContingencyTable() {
    Row m = measures(8, 20, 10, 100);
    assertEquals(1.386294, m.getDouble(0), 1e-6);
    assertEquals(0.548869, m.getDouble(1), 1e-6);
    assertEquals(19.391032, m.getDouble(2), 1e-6);
    assertEquals(4.0, m.getDouble(3), 1e-6);
  }

  /** Independence: p(ab) = p(a) p(b) gives pmi 0, lift 1, G² 0. */
  @Test
  void independentPairScoresZero() {
    Row m = measures(2, 20, 10, 100);
    assertEquals(0.0, m.getDouble(0), 1e-12);
    assertEquals(0.0, m.getDouble(1), 1e-12);
    assertEquals(0.0, m.getDouble(2), 1e-9);
    assertEquals(1.0, m.getDouble(3), 1e-12);
  }

  /** Empty cells count 0 (0 · ln 0 = 0); a pair in every unit has npmi 1, not a division by 0. */
  @Test
  void emptyCellsAndPerfectCooccurrence() {
    Row always = measures(5, 5, 5, 5);
    assertEquals(0.0, always.getDouble(0), 1e-12);
    assertEquals(1.0, always.getDouble(1), 1e-12);
    assertEquals(0.0, always.getDouble(2), 1e-12);
    // a and b always together, in half of the units: cells 5, 0, 0, 5; expected 2.5 each.
    Row together = measures(5, 5, 5, 10);
    assertEquals(Math.log(2), together.getDouble(0), 1e-12);
    assertEquals(1.0, together.getDouble(1), 1e-12);
    assertEquals(2 * (5 * Math.log(2) + 5 * Math.log(2)), together.getDouble(2), 1e-9);
  }
}
