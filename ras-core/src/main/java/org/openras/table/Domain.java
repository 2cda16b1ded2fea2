package org.openras.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An area of life the questionnaire covers ("Meeting personal care needs", "Keeping safe"…),
 * holding one or more questions.
 *
 * <p>A domain's points are the sum of its questions' points, capped at {@code maxPoints} when set,
 * then multiplied by its {@code weight}; carer adjustments then act on the weighted points.
 *
 * @param code the domain's code, unique among domains
 * @param name the domain's name as a person reads it
 * @param weight the multiplier of the domain's capped points, at least 0 (default 1)
 * @param maxPoints the cap on the domain's points, when set
 * @param reference where the domain's rules come from, when given
 * @param questions the domain's questions, in questionnaire order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Domain(
    String code,
    String name,
    BigDecimal weight,
    Optional<BigDecimal> maxPoints,
    Optional<String> reference,
    List<Question> questions) {

  /**
   * Creates a domain; no weight means 1, absent optionals become empty and the questions are
   * copied.
   *
   * @param code the domain's code, unique among domains
   * @param name the domain's name as a person reads it
   * @param weight the multiplier of the domain's capped points, at least 0 (default 1)
   * @param maxPoints the cap on the domain's points, when set
   * @param reference where the domain's rules come from, when given
   * @param questions the domain's questions, in questionnaire order
   */
  public Domain {
    weight = weight == null ? BigDecimal.ONE : Decimals.canonical(weight);
    maxPoints = Decimals.canonical(maxPoints);
    reference = reference == null ? Optional.empty() : reference;
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /**
   * {@return a builder for a domain with weight 1 and no cap}
   *
   * @param code the domain's code, unique among domains, such as {@code D1}
   * @param name the domain's name as a person reads it
   */
  public static Builder builder(String code, String name) {
    return new Builder(code, name);
  }

  /** Builds a {@link Domain}; nothing is checked until the whole table is built. */
  public static final class Builder {
    private final String code;
    private final String name;
    private BigDecimal weight = BigDecimal.ONE;
    private BigDecimal maxPoints;
    private String reference;
    private final List<Question> questions = new ArrayList<>();

    Builder(String code, String name) {
      this.code = code;
      this.name = name;
    }

    /**
     * Multiplies the domain's capped points (default 1; 0 makes the domain count for nothing).
     *
     * @param weight the multiplier, at least 0
     * @return this builder
     */
    public Builder weight(BigDecimal weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Multiplies the domain's capped points (default 1; 0 makes the domain count for nothing).
     *
     * @param weight the multiplier, at least 0
     * @return this builder
     */
    public Builder weight(long weight) {
      return weight(BigDecimal.valueOf(weight));
    }

    /**
     * Caps the domain's raw points, before the weight.
     *
     * @param maxPoints the cap, at least 0
     * @return this builder
     */
    public Builder maxPoints(BigDecimal maxPoints) {
      this.maxPoints = maxPoints;
      return this;
    }

    /**
     * Caps the domain's raw points, before the weight.
     *
     * @param maxPoints the cap, at least 0
     * @return this builder
     */
    public Builder maxPoints(long maxPoints) {
      return maxPoints(BigDecimal.valueOf(maxPoints));
    }

    /**
     * Sets where the domain's rules come from.
     *
     * @param reference a policy paragraph, a decision or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Adds the next question, in questionnaire order.
     *
     * @param question the question
     * @return this builder
     */
    public Builder question(Question question) {
      questions.add(question);
      return this;
    }

    /**
     * Builds and adds the next question, in questionnaire order.
     *
     * @param question the builder of the question
     * @return this builder
     */
    public Builder question(Question.Builder question) {
      return question(question.build());
    }

    /** {@return the domain; its rules are checked when the whole table is built} */
    public Domain build() {
      return new Domain(
          code,
          name,
          weight,
          Optional.ofNullable(maxPoints),
          Optional.ofNullable(reference),
          questions);
    }
  }
}
