package org.openras.table;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
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
  private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");

  /**
   * Creates a fingerprint from its text form.
   *
   * @param value the fingerprint as written, {@code sha256:<64 lower-case hex digits>}
   * @throws IllegalArgumentException when the text is not of that form
   */
  public Fingerprint {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a fingerprint (sha256:<64 hex>): " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
