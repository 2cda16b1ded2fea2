package org.openras.table;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One band of an allocation curve: from {@code from} total points up to the next band, the money is
 * {@code amount + (points − from) × perPoint}, in the table's period.
 *
 * @param label the band's label, unique in its curve
 * @param from the least total points in the band (the first band starts at 0)
 * @param amount the money at {@code from} points, at least 0
 * @param perPoint the money each further point adds, at least 0 (0 makes a step band)
 * @param reference where the figures come from, when given
 * @param panel whether the council's panel decides the budget of a total in this band (spec v1.1
 *     §1): the band's figure is then a starting point only, and results carry {@code
 *     PANEL_DECISION_REQUIRED}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Band(
    String label,
    BigDecimal from,
    BigDecimal amount,
    BigDecimal perPoint,
    Optional<String> reference,
    boolean panel) {

  /**
   * Creates a band with its figures in canonical form; no {@code perPoint} means 0, a flat band.
   *
   * @param label the band's label, unique in its curve
   * @param from the least total points in the band (the first band starts at 0)
   * @param amount the money at {@code from} points, at least 0
   * @param perPoint the money each further point adds, at least 0 (0 makes a step band)
   * @param reference where the figures come from, when given
   * @param panel whether the council's panel decides the budget of a total in this band
   */
  public Band {
    from = Decimals.canonical(from);
    amount = Decimals.canonical(amount);
    perPoint = perPoint == null ? BigDecimal.ZERO : Decimals.canonical(perPoint);
    reference = reference == null ? Optional.empty() : reference;
  }

  /**
   * Creates a band that no panel decides (a v1 band).
   *
   * @param label the band's label, unique in its curve
   * @param from the least total points in the band (the first band starts at 0)
   * @param amount the money at {@code from} points, at least 0
   * @param perPoint the money each further point adds, at least 0 (0 makes a step band)
   * @param reference where the figures come from, when given
   */
  public Band(
      String label,
      BigDecimal from,
      BigDecimal amount,
      BigDecimal perPoint,
      Optional<String> reference) {
    this(label, from, amount, perPoint, reference, false);
  }

  /**
   * {@return this band, decided by the council's panel or not (spec v1.1 §1)}
   *
   * @param panel whether the council's panel decides the budget of a total in this band
   */
  public Band withPanel(boolean panel) {
    return new Band(label, from, amount, perPoint, reference, panel);
  }

  /**
   * {@return the curve's money at {@code total} points in this band: {@code amount + (total − from)
   * × perPoint} (spec §3.5), exactly, unrounded}
   *
   * @param total the total points, at least {@link #from()} when the band is the one they fall in
   */
  public BigDecimal amountAt(BigDecimal total) {
    return amount.add(total.subtract(from).multiply(perPoint));
  }

  /**
   * {@return a band with no reference}
   *
   * @param label the band's label, unique in its curve
   * @param from the total points at which the band starts
   * @param amount the money at {@code from} points, in the table's period
   * @param perPoint the money each point above {@code from} adds
   */
  public static Band of(String label, BigDecimal from, BigDecimal amount, BigDecimal perPoint) {
    return new Band(label, from, amount, perPoint, Optional.empty());
  }

  /**
   * {@return a band with whole-number figures and no reference}
   *
   * @param label the band's label, unique in its curve
   * @param from the total points at which the band starts
   * @param amount the money at {@code from} points, in the table's period
   * @param perPoint the money each point above {@code from} adds
   */
  public static Band of(String label, long from, long amount, BigDecimal perPoint) {
    return of(label, BigDecimal.valueOf(from), BigDecimal.valueOf(amount), perPoint);
  }
}
