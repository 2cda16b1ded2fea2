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

  public Question {
    select = select == null ? Select.ONE : select;
    maxPoints = maxPoints == null ? Optional.empty() : maxPoints.map(Decimals::canonical);
    reference = reference == null ? Optional.empty() : reference;
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
  }

  /** A builder for a question that takes one descriptor. */
  public static Builder one(String code, String text) {
    return new Builder(code, text, Select.ONE);
  }

  /** A builder for a "choose all that apply" question. */
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

    /** Whether the question must be answered (default {@code true}). */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /** Sets how many descriptors the question takes. */
    public Builder select(Select select) {
      this.select = select;
      return this;
    }

    /** Caps the question's points. */
    public Builder maxPoints(BigDecimal maxPoints) {
      this.maxPoints = maxPoints;
      return this;
    }

    /** Caps the question's points. */
    public Builder maxPoints(long maxPoints) {
      return maxPoints(BigDecimal.valueOf(maxPoints));
    }

    /** Where the question comes from. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** Adds the next descriptor, in order of increasing need. */
    public Builder descriptor(String code, String text, long points) {
      return descriptor(Descriptor.of(code, text, points));
    }

    /** Adds the next descriptor, in order of increasing need. */
    public Builder descriptor(String code, String text, BigDecimal points) {
      return descriptor(Descriptor.of(code, text, points));
    }

    /** Adds the next descriptor, in order of increasing need. */
    public Builder descriptor(Descriptor descriptor) {
      descriptors.add(descriptor);
      return this;
    }

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
