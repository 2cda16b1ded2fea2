package org.openras.trace;

import org.apiguardian.api.API;

/**
 * The kinds of step in a calculation, in the order of spec §3. Each names the rule applied, so that
 * a person can find it in the published table and the spec.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum StepKind {
  /** §3.1: a chosen descriptor scores its points. Subject: the question. */
  DESCRIPTOR,
  /** §3.1: an optional question left unanswered scores 0. Subject: the question. */
  UNANSWERED,
  /** §3.1: an ANY question's points (the sum of its descriptors), capped. Subject: the question. */
  QUESTION,
  /** §3.2: a domain's raw points, the sum of its questions' points. Subject: the domain. */
  DOMAIN_RAW,
  /** §3.2: a domain's points capped at its maximum. Subject: the domain. */
  DOMAIN_CAP,
  /** §3.2: a domain's capped points multiplied by its weight. Subject: the domain. */
  DOMAIN_WEIGHT,
  /** §3.3: one adjustment's percent for one domain. Subject: the domain. */
  ADJUSTMENT,
  /** §3.3: a domain's weighted points after its adjustments, never below 0. Subject: the domain. */
  DOMAIN_ADJUSTED,
  /** §3.4: the total points, the sum of every domain's adjusted points. */
  TOTAL_POINTS,
  /** §3.5: the allocation curve chosen for the client group. Subject: the curve's group. */
  CURVE,
  /** §3.5: the band the total falls in, and the money the curve gives. Subject: the band. */
  BAND,
  /**
   * v1.1 §1: the band is one the council's panel decides: its figure is a starting point only
   * ({@code PANEL_DECISION_REQUIRED}). Subject: the band.
   */
  PANEL_BAND,
  /** §3.5: a supplement added for a chosen descriptor. Subject: the supplement. */
  SUPPLEMENT,
  /** §3.5: the money multiplied by the locality's cost factor. Subject: the factor's locality. */
  COST_FACTOR,
  /**
   * v1.1 §3: the curve's own floor or ceiling replaces the allocation's for this client group.
   * Subject: the curve's group.
   */
  CURVE_LIMITS,
  /** §3.5: the money held between the floor and ceiling in force. */
  LIMITS,
  /** §3.6: the money rounded: the indicative budget in the table's period. */
  ROUNDING,
  /** §3.6: the indicative budget in the other period, derived from the rounded figure. */
  OTHER_PERIOD,
  /**
   * v1.1 §5: what a budget counted in a unit with a price costs in money, in both periods. Subject:
   * {@code indicative}, {@code final} or {@code council}.
   */
  UNIT_COST,
  /** §3.7: one moderation's change to the budget. Subject: its number, from 1. */
  MODERATION,
  /**
   * v1.1 §2: one moderation sets the running figure at the figure decided. Subject: its number,
   * from 1.
   */
  MODERATION_SET,
  /** §3.7: the final budget, rounded and never below 0, in the table's period. */
  FINAL,
  /** §3.7: the final budget in the other period. */
  FINAL_OTHER_PERIOD,
  /** §3.7: whether moderation moved the budget by more than the table's tolerance. */
  PANEL_CHECK,
  /** v1.1 §4: what one other source of funding pays. Subject: the source's id. */
  OTHER_FUNDING,
  /**
   * v1.1 §4: the council budget, the budget less the other funding, never below 0, in the table's
   * period.
   */
  COUNCIL_BUDGET,
  /** v1.1 §4: the council budget in the other period. */
  COUNCIL_OTHER_PERIOD
}
