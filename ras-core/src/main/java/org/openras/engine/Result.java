package org.openras.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openras.assessment.OtherFunding;
import org.openras.table.Period;
import org.openras.trace.Trace;

/**
 * What the RAS gives for one assessment: the indicative budget, how it was reached (domain figures,
 * total points, curve and band, flags, the trace), and the final budget when the assessment was
 * moderated — always beside the indicative one, never in its place.
 *
 * @param assessmentId the assessment's id
 * @param table the table version used, with its fingerprint
 * @param period the table's period: which of weekly and annual is the primary figure
 * @param domains every domain's figures, in table order
 * @param totalPoints the total points, exact
 * @param curve the client group of the curve used ({@code *} for the fallback)
 * @param band the label of the band the total fell in
 * @param indicativeBudget the RAS figure
 * @param finalBudget the budget after moderation, when the assessment has moderations
 * @param otherFunding what sources other than the council pay (spec v1.1 §4), as the assessment
 *     lists them; empty when it lists none
 * @param councilBudget what the council pays: the final budget (else the indicative one) less the
 *     other funding, never below 0; present only when the assessment lists other funding
 * @param flags what must be noticed, in declaration order
 * @param trace every step, or {@link Trace#empty()} when computed without tracing
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Result(
    String assessmentId,
    TableRef table,
    Period period,
    List<DomainScore> domains,
    BigDecimal totalPoints,
    String curve,
    String band,
    Budget indicativeBudget,
    Optional<Budget> finalBudget,
    List<OtherFunding> otherFunding,
    Optional<Budget> councilBudget,
    Set<Flag> flags,
    Trace trace) {

  /** The format tag of the JSON form. */
  public static final String FORMAT = "ras-result/1";

  /**
   * Creates a result, keeping copies of the domains and flags.
   *
   * @param assessmentId the assessment's id
   * @param table the table version used, with its fingerprint
   * @param period the table's period: which of weekly and annual is the primary figure
   * @param domains every domain's figures, in table order
   * @param totalPoints the total points, exact
   * @param curve the client group of the curve used ({@code *} for the fallback)
   * @param band the label of the band the total fell in
   * @param indicativeBudget the RAS figure
   * @param finalBudget the budget after moderation, when the assessment has moderations
   * @param otherFunding what sources other than the council pay, as the assessment lists them
   * @param councilBudget what the council pays, present only when there is other funding
   * @param flags what must be noticed, in declaration order
   * @param trace every step, or {@link Trace#empty()} when computed without tracing
   */
  public Result {
    domains = List.copyOf(domains);
    otherFunding = otherFunding == null ? List.of() : List.copyOf(otherFunding);
    councilBudget = councilBudget == null ? Optional.empty() : councilBudget;
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /**
   * Creates a result with no other funding (a v1 result).
   *
   * @param assessmentId the assessment's id
   * @param table the table version used, with its fingerprint
   * @param period the table's period: which of weekly and annual is the primary figure
   * @param domains every domain's figures, in table order
   * @param totalPoints the total points, exact
   * @param curve the client group of the curve used ({@code *} for the fallback)
   * @param band the label of the band the total fell in
   * @param indicativeBudget the RAS figure
   * @param finalBudget the budget after moderation, when the assessment has moderations
   * @param flags what must be noticed, in declaration order
   * @param trace every step, or {@link Trace#empty()} when computed without tracing
   */
  public Result(
      String assessmentId,
      TableRef table,
      Period period,
      List<DomainScore> domains,
      BigDecimal totalPoints,
      String curve,
      String band,
      Budget indicativeBudget,
      Optional<Budget> finalBudget,
      Set<Flag> flags,
      Trace trace) {
    this(
        assessmentId,
        table,
        period,
        domains,
        totalPoints,
        curve,
        band,
        indicativeBudget,
        finalBudget,
        List.of(),
        Optional.empty(),
        flags,
        trace);
  }

  /**
   * {@return the domain's figures (raw, capped, weighted, adjusted points), empty for an unknown
   * code}
   *
   * @param code a domain code, such as {@code D1}
   */
  public Optional<DomainScore> domain(String code) {
    for (DomainScore d : domains) {
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether the result carries {@code flag}}
   *
   * @param flag such as {@code PANEL_APPROVAL_REQUIRED}
   */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}
