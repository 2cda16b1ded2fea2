package org.openras.trace;

import java.math.BigDecimal;
import org.openras.table.Period;

/**
 * For tests outside this package: traces of steps given generically (kind, subject, inputs and
 * value), as the steps are documented, without a table.
 */
public final class GenericTraces {
  private final Trace.Recording recording;

  private GenericTraces(Trace.Recording recording) {
    this.recording = recording;
  }

  /**
   * {@return a recorder of generic steps in {@code currency} per {@code period}}
   *
   * @param currency the ISO 4217 code of the money
   * @param period whether the money is weekly or annual
   */
  public static GenericTraces of(String currency, Period period) {
    return new GenericTraces(new Trace.Recording(currency, period));
  }

  /**
   * Adds a step (see {@link Trace.Recording#step}).
   *
   * @param kind the rule applied
   * @param subject the code of what the step is about, or empty
   * @param label what the subject is called in the table, or null
   * @param reference where the rule comes from, or null
   * @param value the step's result, or null
   * @param inputs names and values, alternating
   */
  public void step(
      StepKind kind,
      String subject,
      String label,
      String reference,
      BigDecimal value,
      Object... inputs) {
    recording.step(kind, subject, label, reference, value, inputs);
  }

  /** {@return the trace of the steps added so far} */
  public Trace build() {
    return recording.build();
  }
}
