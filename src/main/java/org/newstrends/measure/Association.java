package org.newstrends.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Association measures of a pair from its 2×2 contingency table, as Column expressions over {@code
 * pair_count} (ab), {@code count_a} (a), {@code count_b} (b) and {@code units} (N).
 *
 * <pre>
 *   lift = p(ab) / (p(a) p(b)) = ab·N / (a·b)
 *   pmi  = ln lift
 *   npmi = pmi / −ln p(ab)          (1 when p(ab) = 1)
 *   G²   = 2 Σ k·ln(k / E)          over the four cells, 0·ln 0 = 0, E = row·column / N
 * </pre>
 */
public final class Association {

  private Association() {}

  /**
   * The columns {@code pmi}, {@code npmi}, {@code log_likelihood} and {@code lift} of a pair row,
   * null where {@code pair_count} is 0 (a zero row closing a gap of the pair's series).
   */
  public static Map<String, Column> ofPairs() {
    Column occurs = col("pair_count").gt(0);
    Map<String, Column> measures = new LinkedHashMap<>();
    measures.put("pmi", when(occurs, pmi()));
    measures.put("npmi", when(occurs, npmi()));
    measures.put("log_likelihood", when(occurs, logLikelihood()));
    measures.put("lift", when(occurs, lift()));
    return measures;
  }

  public static Column lift() {
    return d("pair_count").multiply(d("units")).divide(d("count_a").multiply(d("count_b")));
  }

  public static Column pmi() {
    return log(lift());
  }

  public static Column npmi() {
    Column pab = d("pair_count").divide(d("units"));
    return when(pab.geq(1.0), lit(1.0)).otherwise(pmi().divide(log(pab).multiply(-1.0)));
  }

  /** Dunning's log-likelihood ratio G² of the 2×2 table. */
  public static Column logLikelihood() {
    Column ab = d("pair_count");
    Column a = d("count_a");
    Column b = d("count_b");
    Column n = d("units");
    Column aOnly = a.minus(ab);
    Column bOnly = b.minus(ab);
    Column neither = n.minus(a).minus(b).plus(ab);
    Column notA = n.minus(a);
    Column notB = n.minus(b);
    return cell(ab, a, b, n)
        .plus(cell(aOnly, a, notB, n))
        .plus(cell(bOnly, notA, b, n))
        .plus(cell(neither, notA, notB, n))
        .multiply(2.0);
  }

  /** k · ln(k / (row · column / N)), 0 when k is 0. */
  private static Column cell(Column k, Column row, Column column, Column n) {
    return when(k.leq(0.0), lit(0.0))
        .otherwise(k.multiply(log(k.multiply(n).divide(row.multiply(column)))));
  }

  private static Column d(String name) {
    return col(name).cast("double");
  }
}
