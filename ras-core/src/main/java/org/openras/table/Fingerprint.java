package org.openras.table;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * Proof of which table produced a figure: {@code sha256:} and 64 hex digits, a SHA-256 over the
 * table's canonical form (spec §2). Two tables that differ only in layout, key order or number
 * spelling have the same fingerprint; any change of a code, a text, a number or a rule changes it.
 *
 * @param value the fingerprint as written, {@code sha256:<64 lower-case hex digits>}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Fingerprint(String value) {
  private static final String PREFIX = "sha256:";

  /**
   * Creates a fingerprint from its text form.
   *
   * @param value the fingerprint as written, {@code sha256:<64 lower-case hex digits>}
   * @throws IllegalArgumentException when the text is not of that form
   */
  public Fingerprint {
    requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a fingerprint (sha256:<64 hex>): " + value);
    }
  }

  /**
   * {@code sha256:} and 64 lower-case hex digits (checked by hand: a first table load would pay a
   * regex's set-up).
   */
  private static boolean isWellFormed(String value) {
    if (value.length() != PREFIX.length() + 64 || !value.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
