package org.openras.check;

/**
 * How much a finding of the table checks matters (spec §7). A council chooses, per check, which
 * severity it gives; {@code ras check} fails (exit 3) when any finding is an {@link #ERROR}.
 */
public enum Severity {
  /** The table must not go live as it is. */
  ERROR,
  /** The table may be unfair or incoherent: someone should look before it goes live. */
  WARNING,
  /** Worth knowing; not a fault in itself. */
  INFO
}
