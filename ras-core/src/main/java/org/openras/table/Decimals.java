package org.openras.table;

import java.math.BigDecimal;

/** Number normal form shared by the model: exact value, shortest plain spelling. */
final class Decimals {
  private Decimals() {}

  /**
   * The same value in its shortest plain form: {@code 1.10 → 1.1}, {@code 5.0 → 5}, {@code 100 →
   * 100} (never {@code 1E+2}). {@code null} stays {@code null}.
   */
  static BigDecimal canonical(BigDecimal x) {
    if (x == null) {
      return null;
    }
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
