package org.openras.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How money is rounded, once, at the end of the calculation: to a multiple of {@code increment}
 * with {@code mode}. The default is to the penny, half up.
 *
 * @param increment the step money is rounded to, greater than 0 (0.01 for pennies)
 * @param mode one of {@code HALF_UP}, {@code HALF_EVEN}, {@code UP}, {@code DOWN}, {@code CEILING},
 *     {@code FLOOR}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Rounding(BigDecimal increment, RoundingMode mode) {

  /** The rounding modes a table may use. */
  public static final Set<RoundingMode> ALLOWED_MODES =
      Set.of(
          RoundingMode.HALF_UP,
          RoundingMode.HALF_EVEN,
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR);

  /** To the penny, half up. */
  public static final Rounding DEFAULT = new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_UP);

  /**
   * Creates a rounding rule; no mode means {@code HALF_UP}.
   *
   * @param increment the step money is rounded to, greater than 0 (0.01 for pennies)
   * @param mode one of {@code HALF_UP}, {@code HALF_EVEN}, {@code UP}, {@code DOWN}, {@code
   *     CEILING}, {@code FLOOR}
   */
  public Rounding {
    increment = Decimals.canonical(increment);
    mode = mode == null ? RoundingMode.HALF_UP : mode;
  }

  /**
   * Rounds {@code amount} to a multiple of the increment. The quotient is rounded exactly, even
   * where it has no finite decimal expansion.
   *
   * @param amount a money amount, such as a clamped budget
   * @return the amount rounded with this rule's mode, at the increment's scale
   */
  public BigDecimal apply(BigDecimal amount) {
    return applyTo(amount, BigDecimal.ONE);
  }

  /**
   * Rounds {@code amount ÷ divisor} to a multiple of the increment, exactly: the quotient is never
   * rounded twice.
   *
   * @param amount a money amount, such as an annual budget
   * @param divisor what it is divided by, such as the weeks per year
   * @return the quotient rounded with this rule's mode, at the increment's scale
   */
  public BigDecimal applyTo(BigDecimal amount, BigDecimal divisor) {
    BigDecimal steps = amount.divide(divisor.multiply(increment), 0, mode);
    BigDecimal rounded = steps.multiply(increment);
    int scale = Math.max(0, increment.scale());
    return rounded.setScale(scale, RoundingMode.UNNECESSARY);
  }
}
