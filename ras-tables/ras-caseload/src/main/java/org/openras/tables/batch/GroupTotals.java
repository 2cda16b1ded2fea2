package org.openras.tables.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * What a batch run gave one client group: how many people, and their indicative budgets added up, a
 * week and a year.
 *
 * @param clientGroup the client group as the caseload gives it, or {@code (none)}
 * @param people the number of people computed
 * @param weeklyTotal the sum of their weekly indicative budgets
 * @param annualTotal the sum of their annual indicative budgets
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GroupTotals(
    String clientGroup, long people, BigDecimal weeklyTotal, BigDecimal annualTotal) {

  /** {@return the mean weekly indicative budget, to the penny (half up); 0 for no people} */
  public BigDecimal weeklyMean() {
    return people == 0
        ? BigDecimal.ZERO
        : weeklyTotal.divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
  }

  /** {@return the mean annual indicative budget, to the penny (half up); 0 for no people} */
  public BigDecimal annualMean() {
    return people == 0
        ? BigDecimal.ZERO
        : annualTotal.divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
  }

  /** The totals of this group's people and {@code other}'s together (the same client group). */
  GroupTotals plus(GroupTotals other) {
    return new GroupTotals(
        clientGroup,
        people + other.people,
        weeklyTotal.add(other.weeklyTotal),
        annualTotal.add(other.annualTotal));
  }
}
