package org.openras.check;

import org.apiguardian.api.API;

/**
 * Every table check (spec §7), by its stable code, with its default severity. The codes are part of
 * the public contract: they do not change meaning between versions (docs/checks.md lists each with
 * what it proves).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Check {
  /** A descriptor scores fewer points than the one listed before it (less need). */
  DESCRIPTOR_ORDER(Severity.WARNING, "descriptor points fall along the listed order of need"),
  /** Two descriptors of one question score the same points. */
  EQUAL_POINTS(Severity.INFO, "two descriptors of one question score the same points"),
  /** An adjustment's percent rises from one descriptor to the next, where the support falls. */
  ADJUSTMENT_ORDER(
      Severity.WARNING, "an adjustment's percent rises while the support described falls"),
  /** An allocation curve pays less just at a band's start than just below it. */
  CURVE_CLIFF(Severity.WARNING, "the curve pays less for more points at a band boundary"),
  /** No combination of answers can reach a band. */
  UNREACHABLE_BAND(Severity.WARNING, "no combination of answers reaches the band"),
  /** No combination of answers reaches a domain's (or an ANY question's) cap. */
  CAP_UNREACHABLE(Severity.WARNING, "no combination of answers reaches the cap"),
  /** Every combination of answers exceeds a domain's (or a question's) cap. */
  CAP_ALWAYS_EXCEEDED(Severity.WARNING, "every combination of answers exceeds the cap"),
  /** The ceiling is above every amount the table can produce before the clamp. */
  CEILING_UNREACHABLE(Severity.WARNING, "the ceiling can never be reached"),
  /**
   * A client group's own floor is above every amount its curve can reach, or its own ceiling below
   * every amount (spec v1.1 §3).
   */
  CURVE_LIMIT_UNREACHABLE(
      Severity.WARNING, "a client group's own floor or ceiling lies beyond its curve's reach"),
  /** The floor or ceiling is not a multiple of the rounding increment. */
  LIMIT_NOT_ROUNDED(
      Severity.WARNING, "the floor or ceiling is not a multiple of the rounding increment"),
  /** An adjustment can never change anyone's points. */
  ADJUSTMENT_NO_EFFECT(Severity.INFO, "the adjustment can never change the points"),
  /** A supplement can never add any money. */
  SUPPLEMENT_NO_EFFECT(Severity.INFO, "the supplement can never add money"),
  /** The exact analysis of reachable totals was not done, because the space is too large. */
  NOT_EXACT(Severity.WARNING, "the reachable totals were not computed exactly");

  private final Severity defaultSeverity;
  private final String summary;

  Check(Severity defaultSeverity, String summary) {
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** {@return the severity a finding of this check has unless the configuration says otherwise} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** {@return what a finding of this check means, in a few words} */
  public String summary() {
    return summary;
  }
}
