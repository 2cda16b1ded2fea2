package org.openras.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A fixed sum added to the curve's money when a given descriptor is chosen (waking nights, for
 * example), before the cost factor. For an ANY question, each chosen descriptor listed adds its
 * amount.
 *
 * @param id the supplement's id, unique among supplements
 * @param name what the supplement pays for, as a person reads it, when given
 * @param question the code of the question it is keyed to
 * @param amountByDescriptor the money each listed descriptor adds, at least 0, in the table's
 *     period
 * @param reference the decision that set it, when given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Supplement(
    String id,
    Optional<String> name,
    String question,
    Map<String, BigDecimal> amountByDescriptor,
    Optional<String> reference) {

  /**
   * Creates a supplement; absent optionals become empty and the amounts keep their given order in
   * canonical form.
   *
   * @param id the supplement's id, unique among supplements
   * @param name what the supplement pays for, as a person reads it, when given
   * @param question the code of the question it is keyed to
   * @param amountByDescriptor the money each listed descriptor adds, at least 0, in the table's
   *     period
   * @param reference the decision that set it, when given
   */
  public Supplement {
    name = name == null ? Optional.empty() : name;
    amountByDescriptor = Adjustment.canonicalMap(amountByDescriptor);
    reference = reference == null ? Optional.empty() : reference;
  }

  /**
   * {@return a builder for a supplement keyed to the answer of {@code question}}
   *
   * @param id the supplement's id, such as {@code waking-nights}
   * @param question the code of the question whose chosen descriptors add money
   */
  public static Builder builder(String id, String question) {
    return new Builder(id, question);
  }

  /** Builds a {@link Supplement}; nothing is checked until the whole table is built. */
  public static final class Builder {
    private final String id;
    private final String question;
    private String name;
    private String reference;
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();

    Builder(String id, String question) {
      this.id = id;
      this.question = question;
    }

    /**
     * Sets what the supplement pays for.
     *
     * @param name the name as a person reads it
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the decision that set the supplement.
     *
     * @param reference a decision, a policy paragraph or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the money that choosing {@code descriptor} adds.
     *
     * @param descriptor a descriptor code of the supplement's question
     * @param amount the money, at least 0, in the table's period
     * @return this builder
     */
    public Builder amount(String descriptor, BigDecimal amount) {
      amounts.put(descriptor, amount);
      return this;
    }

    /**
     * Sets the money that choosing {@code descriptor} adds.
     *
     * @param descriptor a descriptor code of the supplement's question
     * @param amount the money, at least 0, in the table's period
     * @return this builder
     */
    public Builder amount(String descriptor, long amount) {
      return amount(descriptor, BigDecimal.valueOf(amount));
    }

    /** {@return the supplement; its rules are checked when the whole table is built} */
    public Supplement build() {
      return new Supplement(
          id, Optional.ofNullable(name), question, amounts, Optional.ofNullable(reference));
    }
  }
}
