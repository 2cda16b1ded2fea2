package org.openras.table;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The local cost of support in a locality, as a multiplier of the money (1.08 where support costs
 * 8% more). Locality {@code *} is the fallback.
 *
 * @param locality the locality, or {@code *}
 * @param factor the multiplier, greater than 0
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CostFactor(String locality, BigDecimal factor) {

  /** The locality of the fallback factor. */
  public static final String ANY_LOCALITY = "*";

  /**
   * Creates a cost factor with the factor in canonical form.
   *
   * @param locality the locality, or {@code *}
   * @param factor the multiplier, greater than 0
   */
  public CostFactor {
    factor = Decimals.canonical(factor);
  }

  /** {@return the default cost factors when a table gives none: {@code * → 1}} */
  public static CostFactor neutral() {
    return new CostFactor(ANY_LOCALITY, BigDecimal.ONE);
  }
}
