package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One figure of the calculation that differs between the two sides of a {@link Comparison}: a
 * domain's points at one stage, the total points, the curve, the band, a supplement, the cost
 * factor, a budget or the flags.
 *
 * @param kind which figure
 * @param subject the domain code or supplement id it concerns; empty for the others
 * @param before the figure before (numbers in shortest plain form, money as rounded); empty when
 *     the before side has no such figure (a domain only the new table has)
 * @param after the figure after; empty when the after side has none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComparisonFigure(
    Kind kind, String subject, Optional<String> before, Optional<String> after) {

  /** The figures compared, in the order of spec §3. */
  public enum Kind {
    /** §3.2 a domain's raw points. */
    DOMAIN_RAW,
    /** §3.2 a domain's points after its cap. */
    DOMAIN_CAPPED,
    /** §3.2 a domain's points after its weight. */
    DOMAIN_WEIGHTED,
    /** §3.3 the sum of a domain's adjustment percents. */
    DOMAIN_PERCENT,
    /** §3.3 a domain's adjusted points. */
    DOMAIN_ADJUSTED,
    /** §3.4 the total points. */
    TOTAL_POINTS,
    /** §3.5 the curve used (its client group). */
    CURVE,
    /** §3.5 the band used (its label). */
    BAND,
    /** §3.5 the band's rule: its amount, where it starts and what it pays a point. */
    BAND_RULE,
    /** §3.5 the money the curve gives for the points, before supplements and cost factor. */
    CURVE_AMOUNT,
    /** §3.5 the money a supplement added. */
    SUPPLEMENT,
    /** §3.5 the cost factor used (locality and factor). */
    COST_FACTOR,
    /** §3.6 the indicative budget a week. */
    INDICATIVE_WEEKLY,
    /** §3.6 the indicative budget a year. */
    INDICATIVE_ANNUAL,
    /** §3.7 the final budget a week. */
    FINAL_WEEKLY,
    /** §3.7 the final budget a year. */
    FINAL_ANNUAL,
    /** Spec v1.1 §4: the funding from elsewhere, in codes ({@code nhs 60; ilf 20}). */
    OTHER_FUNDING,
    /** Spec v1.1 §4: the council budget a week. */
    COUNCIL_WEEKLY,
    /** Spec v1.1 §4: the council budget a year. */
    COUNCIL_ANNUAL,
    /** The flags. */
    FLAGS
  }

  /**
   * Creates a compared figure; every part is required.
   *
   * @param kind which figure
   * @param subject the domain code or supplement id it concerns; empty for the others
   * @param before the figure before (numbers in shortest plain form, money as rounded); empty when
   *     the before side has no such figure (a domain only the new table has)
   * @param after the figure after; empty when the after side has none
   */
  public ComparisonFigure {
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
