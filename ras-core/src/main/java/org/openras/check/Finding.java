package org.openras.check;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One finding of the table checks: what is wrong or worth knowing, where in the table, and the
 * figures that prove it.
 *
 * @param severity how much it matters, as configured
 * @param check the check that found it; its name is the stable code
 * @param pointer the place in the table, as a JSON pointer into its {@code ras-table/1} form (for
 *     example {@code /domains/0/questions/1/descriptors/2}); empty for the whole table
 * @param message a plain-English sentence naming the codes and figures involved
 * @param figures the figures that prove it (descriptor codes and points, band figures, an
 *     assessment's answers…), by name, in a fixed order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(
    Severity severity, Check check, String pointer, String message, Map<String, String> figures) {

  /**
   * Creates a finding; every part is required.
   *
   * @param severity how much it matters, as configured
   * @param check the check that found it; its name is the stable code
   * @param pointer the place in the table, as a JSON pointer into its {@code ras-table/1} form (for
   *     example {@code /domains/0/questions/1/descriptors/2}); empty for the whole table
   * @param message a plain-English sentence naming the codes and figures involved
   * @param figures the figures that prove it (descriptor codes and points, band figures, an
   *     assessment's answers…), by name, in a fixed order
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    figures = ImmutableMap.copyOf(figures);
  }

  /** {@return the stable code of the check, for example {@code DESCRIPTOR_ORDER}} */
  public String code() {
    return check.name();
  }

  @Override
  public String toString() {
    return severity + " " + code() + " " + pointer + ": " + message;
  }
}
