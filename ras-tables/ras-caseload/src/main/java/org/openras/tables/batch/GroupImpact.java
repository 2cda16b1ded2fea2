package org.openras.tables.batch;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What a table change does to one group of people (a client group, or a band under the table
 * before): how many gain, lose or stay the same, and the weekly cost before and after.
 *
 * @param group the group's name
 * @param people how many people
 * @param winners how many have a higher weekly budget after
 * @param losers how many have a lower weekly budget after
 * @param weeklyBefore the group's weekly indicative budgets added up, before
 * @param weeklyAfter the same, after
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GroupImpact(
    String group,
    long people,
    long winners,
    long losers,
    BigDecimal weeklyBefore,
    BigDecimal weeklyAfter) {

  /** {@return how many have the same weekly budget after} */
  public long unchanged() {
    return people - winners - losers;
  }

  /** {@return the group's weekly cost after − before} */
  public BigDecimal change() {
    return weeklyAfter.subtract(weeklyBefore);
  }

  GroupImpact plus(PersonChange p) {
    int sign = p.change().signum();
    return new GroupImpact(
        group,
        people + 1,
        winners + (sign > 0 ? 1 : 0),
        losers + (sign < 0 ? 1 : 0),
        weeklyBefore.add(p.weeklyBefore()),
        weeklyAfter.add(p.weeklyAfter()));
  }

  static GroupImpact empty(String group) {
    return new GroupImpact(group, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
  }
}
