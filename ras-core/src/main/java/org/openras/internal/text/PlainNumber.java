package org.openras.internal.text;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The one implementation of a number's shortest plain form, which every package of the core uses
 * (the model's normal form, the trace's sentences, the checks' findings, the figures people read).
 * Outside the core, use {@link org.openras.explain.Figures#plain(BigDecimal)} and {@link
 * org.openras.explain.Figures#number(BigDecimal)}. It depends on nothing, so every package may use
 * it without a cycle. Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class PlainNumber {
  private PlainNumber() {}

  /**
   * {@return the same value in its shortest plain form: {@code 1.10 → 1.1}, {@code 5.0 → 5}, {@code
   * 100 → 100} (never {@code 1E+2}), {@code 0.00 → 0}}
   *
   * @param x a number
   */
  public static BigDecimal shortest(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * {@return the shortest plain form as text, with an ASCII minus: {@code 17.1}, {@code -10}}
   *
   * @param x a number
   */
  public static String text(BigDecimal x) {
    return shortest(x).toPlainString();
  }
}
