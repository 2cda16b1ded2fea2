package org.openras.engine;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * A budget in both periods, rounded as the table says: the figure in the table's own period, and
 * the other derived from it (spec §3.6).
 *
 * @param currency the ISO 4217 code
 * @param weekly the budget a week
 * @param annual the budget a year
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Budget(String currency, BigDecimal weekly, BigDecimal annual) {}
