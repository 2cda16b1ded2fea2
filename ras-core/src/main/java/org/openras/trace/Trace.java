package org.openras.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.table.Period;

/**
 * The explanation of a figure: every step of spec §3 that touched it, in order, each with its rule,
 * inputs, output and a sentence. A person, a carer, an auditor or a tribunal can follow it line by
 * line, and the budget can be recomputed by hand from the trace alone.
 *
 * <p>Immutable and thread-safe once built. A calculation run without tracing has the {@link
 * #empty()} trace.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Trace {
  private static final Trace EMPTY = new Trace(List.of());

  private final List<TraceStep> steps;

  private Trace(List<TraceStep> steps) {
    this.steps = steps;
  }

  /** {@return the trace of a calculation run without tracing} */
  public static Trace empty() {
    return EMPTY;
  }

  /** {@return the steps, in the order they were applied} */
  public List<TraceStep> steps() {
    return steps;
  }

  /** {@return whether the trace has no step, which is when the calculation was not traced} */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * {@return the steps of one kind, in order}
   *
   * @param kind the rule, such as {@code DESCRIPTOR} or {@code BAND}
   */
  public List<TraceStep> steps(StepKind kind) {
    List<TraceStep> out = new ArrayList<>();
    for (TraceStep s : steps) {
      if (s.kind() == kind) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@return the explanation as numbered plain-English lines, one per step} */
  public List<String> lines() {
    List<String> out = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      TraceStep s = steps.get(i);
      String line = (i + 1) + ". " + s.explanation();
      if (s.reference().isPresent()) {
        line += " (Source: " + s.reference().get() + ")";
      }
      out.add(line);
    }
    return out;
  }

  /** The explanation as text, one numbered line per step. */
  @Override
  public String toString() {
    return String.join(System.lineSeparator(), lines());
  }

  /** What every sentence of one trace needs to know: the currency and the table's period. */
  static final class Context {
    final String currency;
    final Period period;

    Context(String currency, Period period) {
      this.currency = currency;
      this.period = period;
    }
  }

  /**
   * Records the steps of one calculation. Used by the engine; each call adds a step in the order of
   * the calculation. Not thread-safe: one recorder per calculation.
   */
  public static final class Recorder {
    private final List<TraceStep> steps = new ArrayList<>(128);
    private final Context context;

    /**
     * A recorder for a calculation in {@code currency} whose table's money is per {@code period}.
     *
     * @param currency the ISO 4217 code of the table's money, for the sentences
     * @param period whether the table's money is weekly or annual, for the sentences
     */
    public Recorder(String currency, Period period) {
      this.context = new Context(currency, period);
    }

    /**
     * Adds a step.
     *
     * @param kind the rule applied
     * @param subject the code of what the step is about (a question, a domain, a band…), or empty
     * @param label what the subject is called in the table, or null
     * @param reference where the rule comes from, as the table cites it, or null
     * @param value the step's result, or null when it has none
     * @param inputs names and values, alternating: {@code "points", 14, "descriptor", "1C"};
     *     numbers must be {@link BigDecimal}; a null value leaves its name out. The array is kept
     *     as it is, not copied (a step is recorded for every rule of every traced calculation): it
     *     must not be changed afterwards
     */
    public void step(
        StepKind kind,
        String subject,
        String label,
        String reference,
        BigDecimal value,
        Object... inputs) {
      steps.add(new TraceStep(kind, subject, label, reference, inputs, value, context));
    }

    /** {@return the trace of the steps added so far} */
    public Trace build() {
      return new Trace(List.copyOf(steps));
    }
  }
}
