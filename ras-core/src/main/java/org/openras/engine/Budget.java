package org.openras.engine;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A budget in both periods, rounded as the table says: the figure in the table's own period, and
 * the other derived from it (spec §3.6).
 *
 * <p>When the table's allocation counts a unit (spec v1.1 §5: hours, nights), {@code weekly} and
 * {@code annual} are quantities of it, {@code unit} names it (its plural), and {@code cost} is the
 * money they cost when the unit has a price: each period's rounded quantity × the price, rounded
 * half up to the currency's minor unit. {@code currency} is then the currency of that cost.
 *
 * @param currency the ISO 4217 code of the money (of the cost, for a budget in a unit)
 * @param weekly the budget a week
 * @param annual the budget a year
 * @param unit the plural of the unit the budget counts, such as {@code hours}; empty for money
 * @param cost what the quantities cost, in {@code currency}, when the unit has a price
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Budget(
    String currency,
    BigDecimal weekly,
    BigDecimal annual,
    Optional<String> unit,
    Optional<Budget> cost) {

  /**
   * Creates a budget; an absent unit or cost becomes empty.
   *
   * @param currency the ISO 4217 code of the money (of the cost, for a budget in a unit)
   * @param weekly the budget a week
   * @param annual the budget a year
   * @param unit the plural of the unit the budget counts; empty for money
   * @param cost what the quantities cost, when the unit has a price
   */
  public Budget {
    unit = unit == null ? Optional.empty() : unit;
    cost = cost == null ? Optional.empty() : cost;
  }

  /**
   * Creates a budget in money.
   *
   * @param currency the ISO 4217 code
   * @param weekly the budget a week
   * @param annual the budget a year
   */
  public Budget(String currency, BigDecimal weekly, BigDecimal annual) {
    this(currency, weekly, annual, Optional.empty(), Optional.empty());
  }
}
