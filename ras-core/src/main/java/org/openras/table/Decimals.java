package org.openras.table;

import java.math.BigDecimal;
import java.util.Optional;

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
    return org.openras.internal.text.PlainNumber.shortest(x);
  }

  /**
   * The optional's value in its {@linkplain #canonical(BigDecimal) shortest plain form}; an empty
   * optional for {@code null} or empty. (A plain test rather than {@code map(Decimals::canonical)}:
   * each method reference costs a first table load in a fresh JVM a class spun at run time.)
   */
  static Optional<BigDecimal> canonical(Optional<BigDecimal> x) {
    return x == null || x.isEmpty() ? Optional.empty() : Optional.of(canonical(x.get()));
  }
}
