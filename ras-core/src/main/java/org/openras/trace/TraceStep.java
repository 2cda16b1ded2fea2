package org.openras.trace;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One step of a calculation: which rule ({@link #kind()}) was applied to what ({@link #subject()},
 * a code of the table), with which inputs, giving which value, and where the rule comes from
 * ({@link #reference()}). The inputs are enough to redo the step by hand.
 *
 * <p>The plain-English {@link #explanation()} is written only when asked for, from the step's
 * figures and the table's words.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TraceStep {
  private final StepKind kind;
  private final String subject;
  private final String label;
  private final String reference;

  /** The inputs' names and values, alternating, as recorded (null values left out of views). */
  private final Object[] pairs;

  /** The map view of {@link #pairs}, made when first asked for (a benign race: immutable). */
  private Inputs inputs;

  private final BigDecimal value;
  private final Trace.Context context;

  TraceStep(
      StepKind kind,
      String subject,
      String label,
      String reference,
      Object[] pairs,
      BigDecimal value,
      Trace.Context context) {
    this.kind = kind;
    this.subject = subject;
    this.label = label;
    this.reference = reference;
    this.pairs = pairs;
    this.value = value;
    this.context = context;
  }

  /** {@return the rule applied} */
  public StepKind kind() {
    return kind;
  }

  /**
   * {@return the code of what the step is about: a question, domain, band, supplement…; may be
   * empty}
   */
  public String subject() {
    return subject;
  }

  /**
   * {@return what the subject is called in the table (a domain's name, a question's text), if any}
   */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** {@return where the applied rule comes from, as the table cites it} */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * {@return the step's inputs by name, in a fixed order: numbers as {@link BigDecimal}, codes and
   * words as {@link String}}
   */
  public Map<String, Object> inputs() {
    Inputs i = inputs;
    if (i == null) {
      i = new Inputs(pairs);
      inputs = i;
    }
    return i;
  }

  /**
   * {@return an input that is a number}
   *
   * @param input the input's name, such as {@code points}
   * @throws IllegalArgumentException when the step has no number input of that name
   */
  public BigDecimal number(String input) {
    Object v = Inputs.find(pairs, input);
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw new IllegalArgumentException(kind + " step has no number input '" + input + "'");
  }

  /**
   * {@return an input that is text, or null when the step has no input of that name}
   *
   * @param input the input's name, such as {@code descriptor}
   */
  public String text(String input) {
    Object v = Inputs.find(pairs, input);
    return v == null ? null : v.toString();
  }

  /** {@return the step's result, exact and unrounded unless the step is a rounding} */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /** {@return the step in one or two plain-English sentences} */
  public String explanation() {
    return Sentences.of(this, context);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceStep s
        && kind == s.kind
        && Objects.equals(subject, s.subject)
        && Objects.equals(label, s.label)
        && Objects.equals(reference, s.reference)
        && inputs().equals(s.inputs())
        && Objects.equals(value, s.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subject, label, reference, inputs(), value);
  }

  @Override
  public String toString() {
    return kind + " " + subject + " " + inputs() + " = " + value;
  }
}
