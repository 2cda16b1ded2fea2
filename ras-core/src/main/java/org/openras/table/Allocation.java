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
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Allocation(
    List<Curve> curves,
    List<Supplement> supplements,
    List<CostFactor> costFactors,
    Optional<BigDecimal> floor,
    Optional<BigDecimal> ceiling,
    Rounding rounding) {

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
  }
}
