package org.openras.engine;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The headline figures of one assessment, for caseload runs: total points, curve and band, the
 * indicative budget, the final budget when moderated, and the flags — each equal to the same figure
 * of the {@link Result} that {@link RasEngine#calculate(org.openras.assessment.Assessment,
 * Tracing)} gives, scale included, but without the domain figures or the trace.
 *
 * <p>A holder to be filled again and again by {@link
 * RasEngine#calculate(org.openras.assessment.Assessment, HeadlineFigures)}: once warmed up, filling
 * it allocates nothing (the figures are kept as {@code long}s; a {@code BigDecimal} is made only
 * when a getter asks for one). It is <em>not</em> thread-safe, like {@link
 * java.security.MessageDigest}: give each thread its own, and read the figures before filling it
 * again. Before it is first filled, every getter throws {@link IllegalStateException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HeadlineFigures {
  /**
   * The figures as the scaled calculation writes them, with its scratch space: this holder's own,
   * read by the getters below (when {@link #exact} is null), never shared.
   */
  final ScaledFigures scaled = new ScaledFigures();

  /** The prepared table of the figures held (when {@link #filled}). */
  Plan plan;

  /** Whether this holder holds the figures of a computed assessment. */
  boolean filled;

  /**
   * The exact calculation's result when a figure did not fit in a {@code long}, else null (the
   * figures are then {@link #scaled}'s).
   */
  Result exact;

  /** Creates an empty holder, to be filled by the engine. */
  public HeadlineFigures() {}

  private void checkFilled() {
    if (!filled) {
      throw new IllegalStateException("no assessment has been computed into these figures yet");
    }
  }

  /** {@return the total points (spec §3.4), exact, with the scale the result's total has} */
  public BigDecimal totalPoints() {
    checkFilled();
    return exact != null ? exact.totalPoints() : Fixed.decimal(scaled.totalU, scaled.totalS);
  }

  /** {@return the table version used, with its fingerprint (as {@link Result#table()})} */
  public TableRef table() {
    checkFilled();
    return exact != null ? exact.table() : scaled.table.ref;
  }

  /** {@return the client group of the allocation curve used ({@code *} for the fallback curve)} */
  public String curve() {
    checkFilled();
    return exact != null ? exact.curve() : scaled.table.curveGroup[scaled.curve];
  }

  /** {@return the label of the band the total points fell in} */
  public String band() {
    checkFilled();
    return exact != null ? exact.band() : scaled.table.bandLabel[scaled.curve][scaled.band];
  }

  /** {@return the currency of the budgets: the table's ISO 4217 code} */
  public String currency() {
    checkFilled();
    return exact != null ? exact.indicativeBudget().currency() : scaled.table.currency;
  }

  /** {@return the indicative budget a week: the RAS figure (spec §3.6), rounded} */
  public BigDecimal indicativeWeekly() {
    checkFilled();
    return exact != null ? exact.indicativeBudget().weekly() : money(scaled.indicativeWeeklyU);
  }

  /** {@return the indicative budget a year: the RAS figure (spec §3.6), rounded} */
  public BigDecimal indicativeAnnual() {
    checkFilled();
    return exact != null ? exact.indicativeBudget().annual() : money(scaled.indicativeAnnualU);
  }

  /** {@return whether the assessment was moderated, so that there is a final budget (§3.7)} */
  public boolean moderated() {
    checkFilled();
    return exact != null ? exact.finalBudget().isPresent() : scaled.moderated;
  }

  /**
   * {@return the final budget a week: the indicative budget after moderation (spec §3.7)}
   *
   * @throws NoSuchElementException when the assessment was not moderated
   */
  public BigDecimal finalWeekly() {
    checkModerated();
    return exact != null ? exact.finalBudget().get().weekly() : money(scaled.finalWeeklyU);
  }

  /**
   * {@return the final budget a year: the indicative budget after moderation (spec §3.7)}
   *
   * @throws NoSuchElementException when the assessment was not moderated
   */
  public BigDecimal finalAnnual() {
    checkModerated();
    return exact != null ? exact.finalBudget().get().annual() : money(scaled.finalAnnualU);
  }

  /**
   * {@return whether the assessment lists other funding (spec v1.1 §4), so that there is a council
   * budget}
   */
  public boolean funded() {
    checkFilled();
    return exact != null ? exact.councilBudget().isPresent() : scaled.funded;
  }

  /**
   * {@return the council budget a week: the final (else the indicative) budget less the other
   * funding, never below 0 (spec v1.1 §4)}
   *
   * @throws NoSuchElementException when the assessment lists no other funding
   */
  public BigDecimal councilWeekly() {
    checkFunded();
    return exact != null ? exact.councilBudget().get().weekly() : money(scaled.councilWeeklyU);
  }

  /**
   * {@return the council budget a year: the final (else the indicative) budget less the other
   * funding, never below 0 (spec v1.1 §4)}
   *
   * @throws NoSuchElementException when the assessment lists no other funding
   */
  public BigDecimal councilAnnual() {
    checkFunded();
    return exact != null ? exact.councilBudget().get().annual() : money(scaled.councilAnnualU);
  }

  /**
   * {@return the plural of the unit the budgets count (spec v1.1 §5), such as {@code hours}; empty
   * when they are money}
   */
  public Optional<String> unit() {
    checkFilled();
    return plan.unit == null ? Optional.empty() : Optional.of(plan.unit.plural());
  }

  /**
   * {@return what {@code quantity} of the table's unit costs, rounded half up to the currency's
   * minor unit, as a result's {@code cost} (spec v1.1 §5); empty when the budgets are money or the
   * unit has no price}
   *
   * @param quantity one of these figures, such as {@link #indicativeWeekly()}
   */
  public Optional<BigDecimal> costOf(BigDecimal quantity) {
    checkFilled();
    if (plan.unit == null || plan.unit.price().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ExactCalculation.cost(quantity, plan.unit.price().get(), plan.costDigits));
  }

  /**
   * {@return whether the figures carry {@code flag}}
   *
   * @param flag such as {@code PANEL_APPROVAL_REQUIRED}
   */
  public boolean has(Flag flag) {
    checkFilled();
    return exact != null ? exact.has(flag) : (scaled.flags & (1 << flag.ordinal())) != 0;
  }

  private void checkFunded() {
    if (!funded()) {
      throw new NoSuchElementException("the assessment lists no other funding: no council budget");
    }
  }

  private void checkModerated() {
    if (!moderated()) {
      throw new NoSuchElementException("the assessment was not moderated: no final budget");
    }
  }

  /** A rounded money figure: at the scale of the rounding increment, never below 0. */
  private BigDecimal money(long u) {
    return Fixed.decimal(u, scaled.moneyScale());
  }

  @Override
  public String toString() {
    if (!filled) {
      return "HeadlineFigures[]";
    }
    return "HeadlineFigures[total="
        + totalPoints()
        + ", curve="
        + curve()
        + ", band="
        + band()
        + ", weekly="
        + indicativeWeekly()
        + ", annual="
        + indicativeAnnual()
        + (moderated() ? ", final=" + finalWeekly() + "/" + finalAnnual() : "")
        + (funded() ? ", council=" + councilWeekly() + "/" + councilAnnual() : "")
        + ", flags="
        + flagNames()
        + "]";
  }

  private String flagNames() {
    StringBuilder b = new StringBuilder("[");
    for (Flag f : Flag.values()) {
      if (has(f)) {
        b.append(b.length() > 1 ? ", " : "").append(f);
      }
    }
    return b.append(']').toString();
  }
}
