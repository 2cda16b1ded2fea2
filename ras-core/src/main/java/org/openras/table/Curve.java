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
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Curve(String clientGroup, List<Band> bands, Optional<String> reference) {

  /** The client group of the fallback curve. */
  public static final String ANY_GROUP = "*";

  /**
   * Creates a curve; absent bands become an empty list and an absent reference empty.
   *
   * @param clientGroup the client group, or {@code *}
   * @param bands the bands by strictly increasing {@code from}, the first at 0
   * @param reference where the curve comes from, when given
   */
  public Curve {
    bands = bands == null ? List.of() : List.copyOf(bands);
    reference = reference == null ? Optional.empty() : reference;
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
     * Sets where the curve comes from.
     *
     * @param reference a decision, a policy paragraph or a URL
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** {@return the curve; its rules are checked when the whole table is built} */
    public Curve build() {
      return new Curve(clientGroup, bands, Optional.ofNullable(reference));
    }
  }
}
