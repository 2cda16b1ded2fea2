package org.openras.table;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A change to domain points keyed to the answer of one question — most often the support a family
 * carer is able and willing to give.
 *
 * <p>For each domain it applies to, the percent listed for the chosen descriptor of its question is
 * added to that domain's total percent; the domain's weighted points are then multiplied by {@code
 * 1 + percent/100} (never below 0 points). A descriptor not listed, or the question unanswered,
 * gives 0%.
 *
 * @param id the adjustment's id
 * @param name what the adjustment stands for, as a person reads it, when given
 * @param question the code of the ONE question it is keyed to
 * @param percentByDescriptor the signed percent each listed descriptor gives, each at least −100
 * @param domains the codes of the domains it applies to; empty means every domain
 * @param reference where the rule comes from, when given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Adjustment(
    String id,
    Optional<String> name,
    String question,
    Map<String, BigDecimal> percentByDescriptor,
    List<String> domains,
    Optional<String> reference) {

  /**
   * Creates an adjustment; absent optionals become empty, the percents are kept in their given
   * order with canonical decimals, and no domains means every domain.
   *
   * @param id the adjustment's id
   * @param name what the adjustment stands for, as a person reads it, when given
   * @param question the code of the ONE question it is keyed to
   * @param percentByDescriptor the signed percent each listed descriptor gives, each at least −100
   * @param domains the codes of the domains it applies to; empty means every domain
   * @param reference where the rule comes from, when given
   */
  public Adjustment {
    name = name == null ? Optional.empty() : name;
    percentByDescriptor = canonicalMap(percentByDescriptor);
    domains = domains == null ? List.of() : List.copyOf(domains);
    reference = reference == null ? Optional.empty() : reference;
  }

  /**
   * {@return whether the adjustment acts on the domain with this code: it lists it, or lists no
   * domain}
   *
   * @param domainCode a domain code, such as {@code D1}
   */
  public boolean appliesTo(String domainCode) {
    return domains.isEmpty() || domains.contains(domainCode);
  }

  /**
   * {@return a builder for an adjustment keyed to the answer of {@code question}}
   *
   * @param id the adjustment's id, such as {@code family-carer}
   * @param question the code of the {@code ONE} question whose answer sets the percent
   */
  public static Builder builder(String id, String question) {
    return new Builder(id, question);
  }

  static Map<String, BigDecimal> canonicalMap(Map<String, BigDecimal> map) {
    if (map == null) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, BigDecimal> b = ImmutableMap.builder();
    for (Map.Entry<String, BigDecimal> e : map.entrySet()) {
      b.put(e.getKey(), Decimals.canonical(e.getValue()));
    }
    return b.buildOrThrow();
  }

  /** Builds an {@link Adjustment}; nothing is checked until the whole table is built. */
  public static final class Builder {
    private final String id;
    private final String question;
    private String name;
    private String reference;
    private final Map<String, BigDecimal> percents = new LinkedHashMap<>();
    private final List<String> domains = new ArrayList<>();

    Builder(String id, String question) {
      this.id = id;
      this.question = question;
    }

    /**
     * Sets what the adjustment stands for.
     *
     * @param name the name as a person reads it
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets where the rule comes from.
     *
     * @param reference a decision, a policy paragraph or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the signed percent that choosing {@code descriptor} gives (−10 takes 10% off).
     *
     * @param descriptor a descriptor code of the adjustment's question
     * @param percent the signed percent, at least −100
     * @return this builder
     */
    public Builder percent(String descriptor, BigDecimal percent) {
      percents.put(descriptor, percent);
      return this;
    }

    /**
     * Sets the signed percent that choosing {@code descriptor} gives (−10 takes 10% off).
     *
     * @param descriptor a descriptor code of the adjustment's question
     * @param percent the signed percent, at least −100
     * @return this builder
     */
    public Builder percent(String descriptor, long percent) {
      return percent(descriptor, BigDecimal.valueOf(percent));
    }

    /**
     * Restricts the adjustment to these domains (by default it applies to every domain).
     *
     * @param domainCodes codes of domains of the table, added to those already given
     * @return this builder
     */
    public Builder domains(String... domainCodes) {
      domains.addAll(List.of(domainCodes));
      return this;
    }

    /** {@return the adjustment; its rules are checked when the whole table is built} */
    public Adjustment build() {
      return new Adjustment(
          id,
          Optional.ofNullable(name),
          question,
          percents,
          domains,
          Optional.ofNullable(reference));
    }
  }
}
