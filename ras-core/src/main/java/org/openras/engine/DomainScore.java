package org.openras.engine;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * A domain's points at each stage of spec §3.2–3.3, exact and unrounded.
 *
 * @param code the domain's code
 * @param raw the sum of its questions' points
 * @param capped the raw points, capped at the domain's maximum
 * @param weighted the capped points times the domain's weight
 * @param percent the sum of the adjustments' percents for the domain
 * @param adjusted the weighted points after the adjustments, never below 0
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DomainScore(
    String code,
    BigDecimal raw,
    BigDecimal capped,
    BigDecimal weighted,
    BigDecimal percent,
    BigDecimal adjusted) {}
