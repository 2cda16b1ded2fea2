package org.openras.tables.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One person's indicative budget under the table before and the table after a change.
 *
 * @param row the row of the caseload, from 1
 * @param id the assessment's id
 * @param clientGroup the person's client group, or {@code (none)}
 * @param bandBefore the band under the table before
 * @param bandAfter the band under the table after
 * @param weeklyBefore the weekly indicative budget under the table before
 * @param weeklyAfter the weekly indicative budget under the table after
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PersonChange(
    long row,
    String id,
    String clientGroup,
    String bandBefore,
    String bandAfter,
    BigDecimal weeklyBefore,
    BigDecimal weeklyAfter) {

  /** {@return the weekly change, after − before} */
  public BigDecimal change() {
    return weeklyAfter.subtract(weeklyBefore);
  }

  /**
   * {@return the change as a percent of the budget before, to two decimals (half up); empty when
   * the budget before was 0}
   */
  public Optional<BigDecimal> changePercent() {
    return weeklyBefore.signum() == 0
        ? Optional.empty()
        : Optional.of(
            change()
                .multiply(BigDecimal.valueOf(100))
                .divide(weeklyBefore, 2, RoundingMode.HALF_UP));
  }
}
