package org.openras.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One question of the questionnaire, in a domain, with the descriptors a worker chooses from.
 *
 * <p>A {@link Select#ONE ONE} question scores the points of its chosen descriptor; an {@link
 * Select#ANY ANY} question scores the sum of its chosen descriptors, capped at {@code maxPoints}
 * when set. An optional question left unanswered scores 0; a required one must be answered.
 *
 * @param code the question's code, unique in the table
 * @param text the question as asked
 * @param select how many descriptors may be chosen
 * @param required whether every assessment must answer it (default {@code true})
 * @param maxPoints a cap on the question's points, when set
 * @param reference where the question comes from (policy, decision), when given
 * @param descriptors the possible answers, from least to most need
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Question(
    String code,
    String text,
    Select select,
    boolean required,
    Optional<BigDecimal> maxPoints,
    Optional<String> reference,
    List<Descriptor> descriptors) {

  /**
   * Creates a question; no {@code select} means {@code ONE}, absent optionals become empty and the
   * descriptors are copied.
   *
   * @param code the question's code, unique in the table
   * @param text the question as asked
   * @param select how many descriptors may be chosen
   * @param required whether every assessment must answer it (default {@code true})
   * @param maxPoints a cap on the question's points, when set
   * @param reference where the question comes from (policy, decision), when given
   * @param descriptors the possible answers, from least to most need
   */
  public Question {
    select = select == null ? Select.ONE : select;
    maxPoints = Decimals.canonical(maxPoints);
    reference = reference == null ? Optional.empty() : reference;
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
  }

  /**
   * {@return a builder for a question that takes one descriptor}
   *
   * @param code the question's code, unique in the table, such as {@code Q1}
   * @param text the question as asked
   */
  public static Builder one(String code, String text) {
    return new Builder(code, text, Select.ONE);
  }

  /**
   * {@return a builder for a "choose all that apply" question}
   *
   * @param code the question's code, unique in the table
   * @param text the question as asked
   */
  public static Builder any(String code, String text) {
    return new Builder(code, text, Select.ANY);
  }

  /** Builds a {@link Question}; nothing is checked until the whole table is built. */
  public static final class Builder {
    private final String code;
    private final String text;
    private Select select;
    private boolean required = true;
    private BigDecimal maxPoints;
    private String reference;
    private final List<Descriptor> descriptors = new ArrayList<>();

    Builder(String code, String text, Select select) {
      this.code = code;
      this.text = text;
      this.select = select;
    }

    /**
     * Sets whether the question must be answered (default {@code true}).
     *
     * @param required false when the question may be left unanswered, scoring 0
     * @return this builder
     */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets how many descriptors the question takes.
     *
     * @param select {@code ONE} or {@code ANY}
     * @return this builder
     */
    public Builder select(Select select) {
      this.select = select;
      return this;
    }

    /**
     * Caps the question's points (the sum of an {@code ANY} question's chosen descriptors).
     *
     * @param maxPoints the cap, at least 0
     * @return this builder
     */
    public Builder maxPoints(BigDecimal maxPoints) {
      this.maxPoints = maxPoints;
      return this;
    }

    /**
     * Caps the question's points (the sum of an {@code ANY} question's chosen descriptors).
     *
     * @param maxPoints the cap, at least 0
     * @return this builder
     */
    public Builder maxPoints(long maxPoints) {
      return maxPoints(BigDecimal.valueOf(maxPoints));
    }

    /**
     * Sets where the question comes from.
     *
     * @param reference a policy paragraph, a decision or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Adds the next descriptor, in order of increasing need.
     *
     * @param code the descriptor's code, unique in the table, such as {@code 1B}
     * @param text the statement of the support needed
     * @param points the points it scores, at least 0
     * @return this builder
     */
    public Builder descriptor(String code, String text, long points) {
      return descriptor(Descriptor.of(code, text, points));
    }

    /**
     * Adds the next descriptor, in order of increasing need.
     *
     * @param code the descriptor's code, unique in the table, such as {@code 1B}
     * @param text the statement of the support needed
     * @param points the points it scores, at least 0
     * @return this builder
     */
    public Builder descriptor(String code, String text, BigDecimal points) {
      return descriptor(Descriptor.of(code, text, points));
    }

    /**
     * Adds the next descriptor, in order of increasing need.
     *
     * @param descriptor the descriptor
     * @return this builder
     */
    public Builder descriptor(Descriptor descriptor) {
      descriptors.add(descriptor);
      return this;
    }

    /** {@return the question; its rules are checked when the whole table is built} */
    public Question build() {
      return new Question(
          code,
          text,
          select,
          required,
          Optional.ofNullable(maxPoints),
          Optional.ofNullable(reference),
          descriptors);
    }
  }
}
