package org.openras.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openras.generate.TableSettings.Range;

/**
 * The draws every part of a generated table makes: a count in a range, an item of a list, a sample
 * of a list, a money figure, a cost factor. Each takes the random sequence it draws from, so the
 * caller decides the order of the draws, which is part of what a seed generates.
 */
final class Draws {
  private Draws() {}

  /** A money figure from 0 to {@code max}, with 0, 2 or 3 decimals (3 to test rounding). */
  static BigDecimal fraction(SplittableRandom r, BigDecimal max) {
    int decimals =
        switch (r.nextInt(4)) {
          case 0 -> 0;
          case 1 -> 3;
          default -> 2;
        };
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    long steps = max.divide(unit, 0, RoundingMode.FLOOR).longValue();
    long k = steps <= 0 ? 0 : r.nextLong(steps + 1);
    return BigDecimal.valueOf(k, decimals);
  }

  /** A cost factor from 0.90 to 1.20 by 0.01. */
  static BigDecimal factor(SplittableRandom r) {
    return BigDecimal.valueOf(90 + r.nextInt(31), 2);
  }

  /** A count from the range's least to its greatest, inclusive. */
  static int between(SplittableRandom r, Range range) {
    return range.min() + r.nextInt(range.max() - range.min() + 1);
  }

  /** One item of {@code list}, each as likely. */
  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** {@code n} distinct items of {@code from}, in the order of {@code from}. */
  static <T> List<T> sample(SplittableRandom r, List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<Integer> chosen = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      indices.add(i);
    }
    for (int i = 0; i < n && !indices.isEmpty(); i++) {
      chosen.add(indices.remove(r.nextInt(indices.size())));
    }
    chosen.sort(null);
    List<T> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(pool.get(i));
    }
    return out;
  }

  /** {@code k} hundredths times {@code scale}: a money figure of a table in its period. */
  static BigDecimal cents(int k, long scale) {
    return BigDecimal.valueOf(k, 2).multiply(BigDecimal.valueOf(scale));
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
