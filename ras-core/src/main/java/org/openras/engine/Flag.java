package org.openras.engine;

import org.apiguardian.api.API;

/** Something about a result that a worker, a panel or an auditor must notice. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Flag {
  /** The table's floor raised the indicative budget. */
  FLOOR_APPLIED,
  /** The table's ceiling lowered the indicative budget. */
  CEILING_APPLIED,
  /** Moderation moved the budget by more than the table's tolerance: a panel must approve it. */
  PANEL_APPROVAL_REQUIRED
}
