package org.openras.check;

import org.apiguardian.api.API;

/**
 * How much a finding of the table checks matters (spec §7). A council chooses, per check, which
 * severity it gives; {@code ras check} fails (exit 3) when any finding is an {@link #ERROR}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** The table must not go live as it is. */
  ERROR,
  /** The table may be unfair or incoherent: someone should look before it goes live. */
  WARNING,
  /** Worth knowing; not a fault in itself. */
  INFO
}
