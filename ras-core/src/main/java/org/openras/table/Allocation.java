package org.openras.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a table turns total points into money: the curves by client group, supplements, cost factors
 * by locality, floor and ceiling, and the rounding.
 *
 * @param curves the curves, at least one; client groups unique
 * @param supplements fixed sums added for given descriptors
 * @param costFactors multipliers by locality (default {@code * → 1})
 * @param floor the least indicative budget, when set
 * @param ceiling the greatest indicative budget, when set
 * @param rounding how the money is rounded
 * @param unit the unit the figures count when it is not money (spec v1.1 §5), or empty for money
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Allocation(
    List<Curve> curves,
    List<Supplement> supplements,
    List<CostFactor> costFactors,
    Optional<BigDecimal> floor,
    Optional<BigDecimal> ceiling,
    Rounding rounding,
    Optional<Unit> unit) {

  /**
   * Creates an allocation; absent lists become empty, no cost factors means the neutral {@code * →
   * 1}, and no rounding means 0.01 half up.
   *
   * @param curves the curves, at least one; client groups unique
   * @param supplements fixed sums added for given descriptors
   * @param costFactors multipliers by locality (default {@code * → 1})
   * @param floor the least indicative budget, when set
   * @param ceiling the greatest indicative budget, when set
   * @param rounding how the money is rounded
   * @param unit the unit the figures count when it is not money, or empty for money
   */
  public Allocation {
    curves = curves == null ? List.of() : List.copyOf(curves);
    supplements = supplements == null ? List.of() : List.copyOf(supplements);
    costFactors =
        costFactors == null || costFactors.isEmpty()
            ? List.of(CostFactor.neutral())
            : List.copyOf(costFactors);
    floor = Decimals.canonical(floor);
    ceiling = Decimals.canonical(ceiling);
    rounding = rounding == null ? Rounding.DEFAULT : rounding;
    unit = unit == null ? Optional.empty() : unit;
  }

  /**
   * Creates an allocation in money (a v1 allocation).
   *
   * @param curves the curves, at least one; client groups unique
   * @param supplements fixed sums added for given descriptors
   * @param costFactors multipliers by locality (default {@code * → 1})
   * @param floor the least indicative budget, when set
   * @param ceiling the greatest indicative budget, when set
   * @param rounding how the money is rounded
   */
  public Allocation(
      List<Curve> curves,
      List<Supplement> supplements,
      List<CostFactor> costFactors,
      Optional<BigDecimal> floor,
      Optional<BigDecimal> ceiling,
      Rounding rounding) {
    this(curves, supplements, costFactors, floor, ceiling, rounding, Optional.empty());
  }

  /**
   * {@return the floor in force for an assessment computed on {@code curve}: the curve's own when
   * it has one, else the allocation's (spec v1.1 §3)}
   *
   * @param curve one of this allocation's curves
   */
  public Optional<BigDecimal> floorFor(Curve curve) {
    return curve.floor().isPresent() ? curve.floor() : floor;
  }

  /**
   * {@return the ceiling in force for an assessment computed on {@code curve}: the curve's own when
   * it has one, else the allocation's (spec v1.1 §3)}
   *
   * @param curve one of this allocation's curves
   */
  public Optional<BigDecimal> ceilingFor(Curve curve) {
    return curve.ceiling().isPresent() ? curve.ceiling() : ceiling;
  }
}
