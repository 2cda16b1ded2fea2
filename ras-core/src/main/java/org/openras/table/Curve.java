package org.openras.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How total points become money for one client group: bands sorted by the points they start at. The
 * curve of client group {@code *} is the fallback for every group without its own.
 *
 * @param clientGroup the client group, or {@code *}
 * @param bands the bands by strictly increasing {@code from}, the first at 0
 * @param reference where the curve comes from, when given
 * @param floor the least budget for this client group (spec v1.1 §3), replacing the allocation's
 *     floor; empty to keep the allocation's
 * @param ceiling the greatest budget for this client group (spec v1.1 §3), replacing the
 *     allocation's ceiling; empty to keep the allocation's
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Curve(
    String clientGroup,
    List<Band> bands,
    Optional<String> reference,
    Optional<BigDecimal> floor,
    Optional<BigDecimal> ceiling) {

  /** The client group of the fallback curve. */
  public static final String ANY_GROUP = "*";

  /**
   * Creates a curve; absent bands become an empty list and an absent reference empty.
   *
   * @param clientGroup the client group, or {@code *}
   * @param bands the bands by strictly increasing {@code from}, the first at 0
   * @param reference where the curve comes from, when given
   * @param floor the least budget for this client group, replacing the allocation's; or empty
   * @param ceiling the greatest budget for this client group, replacing the allocation's; or empty
   */
  public Curve {
    bands = bands == null ? List.of() : List.copyOf(bands);
    reference = reference == null ? Optional.empty() : reference;
    floor = Decimals.canonical(floor);
    ceiling = Decimals.canonical(ceiling);
  }

  /**
   * Creates a curve with no limits of its own (a v1 curve).
   *
   * @param clientGroup the client group, or {@code *}
   * @param bands the bands by strictly increasing {@code from}, the first at 0
   * @param reference where the curve comes from, when given
   */
  public Curve(String clientGroup, List<Band> bands, Optional<String> reference) {
    this(clientGroup, bands, reference, Optional.empty(), Optional.empty());
  }

  /** {@return whether the curve has a floor or a ceiling of its own} */
  public boolean hasOwnLimits() {
    return floor.isPresent() || ceiling.isPresent();
  }

  /**
   * {@return a builder for the curve of {@code clientGroup} ({@code *} for the fallback)}
   *
   * @param clientGroup the client group the curve prices, such as {@code learning-disability}
   */
  public static Builder builder(String clientGroup) {
    return new Builder(clientGroup);
  }

  /** Builds a {@link Curve}; nothing is checked until the whole table is built. */
  public static final class Builder {
    private final String clientGroup;
    private final List<Band> bands = new ArrayList<>();
    private String reference;
    private BigDecimal floor;
    private BigDecimal ceiling;

    Builder(String clientGroup) {
      this.clientGroup = clientGroup;
    }

    /**
     * Adds the next band, in order of increasing {@code from}.
     *
     * @param band the band
     * @return this builder
     */
    public Builder band(Band band) {
      bands.add(band);
      return this;
    }

    /**
     * Adds the next band, in order of increasing {@code from}.
     *
     * @param label the band's label, unique in the curve, such as {@code B}
     * @param from the total points at which the band starts
     * @param amount the money at {@code from} points, in the table's period
     * @param perPoint the money each point above {@code from} adds; 0 for a flat band
     * @return this builder
     */
    public Builder band(String label, BigDecimal from, BigDecimal amount, BigDecimal perPoint) {
      return band(Band.of(label, from, amount, perPoint));
    }

    /**
     * Adds the next band, with whole-number start and amount.
     *
     * @param label the band's label, unique in the curve, such as {@code B}
     * @param from the total points at which the band starts
     * @param amount the money at {@code from} points, in the table's period
     * @param perPoint the money each point above {@code from} adds; 0 for a flat band
     * @return this builder
     */
    public Builder band(String label, long from, long amount, BigDecimal perPoint) {
      return band(Band.of(label, from, amount, perPoint));
    }

    /**
     * Makes the last band added one the council's panel decides (spec v1.1 §1), as the top band of
     * a curve usually is.
     *
     * @return this builder
     * @throws IllegalStateException when no band has been added
     */
    public Builder panelFromLastBand() {
      if (bands.isEmpty()) {
        throw new IllegalStateException("no band to be decided by a panel");
      }
      bands.set(bands.size() - 1, bands.get(bands.size() - 1).withPanel(true));
      return this;
    }

    /**
     * Sets where the curve comes from.
     *
     * @param reference a decision, a policy paragraph or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the client group's own floor, replacing the allocation's (spec v1.1 §3).
     *
     * @param floor the least budget in the table's period, at least 0; null for the allocation's
     * @return this builder
     */
    public Builder floor(BigDecimal floor) {
      this.floor = floor;
      return this;
    }

    /**
     * Sets the client group's own ceiling, replacing the allocation's (spec v1.1 §3).
     *
     * @param ceiling the greatest budget in the table's period, at least 0; null for the
     *     allocation's
     * @return this builder
     */
    public Builder ceiling(BigDecimal ceiling) {
      this.ceiling = ceiling;
      return this;
    }

    /** {@return the curve; its rules are checked when the whole table is built} */
    public Curve build() {
      return new Curve(
          clientGroup,
          bands,
          Optional.ofNullable(reference),
          Optional.ofNullable(floor),
          Optional.ofNullable(ceiling));
    }
  }
}
