package org.openras.table;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The unit an allocation is counted in when it is not money (spec v1.1 §5): hours of support a
 * week, nights of short breaks a year. Every allocation figure of a table with a unit (band amounts
 * and per-point figures, supplements, floor, ceiling) and every moderation and other-funding amount
 * is then a quantity of this unit in the table's period.
 *
 * @param singular the unit's name for one, such as {@code hour}; not blank
 * @param plural the unit's name for several, such as {@code hours}; not blank
 * @param price the money one unit costs, in the table's currency, greater than 0; empty when the
 *     table gives none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Unit(String singular, String plural, Optional<BigDecimal> price) {

  /**
   * Creates a unit with its price in canonical form.
   *
   * @param singular the unit's name for one, such as {@code hour}; not blank
   * @param plural the unit's name for several, such as {@code hours}; not blank
   * @param price the money one unit costs, greater than 0; empty when the table gives none
   */
  public Unit {
    price = Decimals.canonical(price);
  }

  /**
   * {@return the unit's name for {@code quantity}: the singular for exactly 1, else the plural}
   *
   * @param quantity a quantity of the unit
   */
  public String nameFor(BigDecimal quantity) {
    return quantity.compareTo(BigDecimal.ONE) == 0 ? singular : plural;
  }
}
