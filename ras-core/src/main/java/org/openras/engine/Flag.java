package org.openras.engine;

import org.apiguardian.api.API;

/**
 * Something about a result that a worker, a panel or an auditor must notice. Results report them in
 * this order (spec v1.1 §1).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Flag {
  /** The floor in force (the table's, or the curve's own) raised the indicative budget. */
  FLOOR_APPLIED,
  /** The ceiling in force (the table's, or the curve's own) lowered the indicative budget. */
  CEILING_APPLIED,
  /**
   * The total fell in a band the council's panel decides (spec v1.1 §1): the indicative budget is a
   * starting point only. Kept when the assessment carries moderations: the panel had to decide.
   */
  PANEL_DECISION_REQUIRED,
  /** Moderation moved the budget by more than the table's tolerance: a panel must approve it. */
  PANEL_APPROVAL_REQUIRED,
  /** Funding from elsewhere is at least the budget (spec v1.1 §4): the council budget is 0. */
  OTHER_FUNDING_COVERS_BUDGET
}
