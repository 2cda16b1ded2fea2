package org.openras.internal;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.openras.assessment.Moderation;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Question;
import org.openras.table.Rounding;
import org.openras.table.Supplement;
import org.openras.table.Unit;
import org.openras.trace.StepKind;
import org.openras.trace.Trace;

/**
 * What the exact calculation tells of each step of spec §3 as it goes, by the table's elements and
 * the step's figures, never by building strings. Untraced, the engine's own recorder that does
 * nothing (an enum singleton: it allocates nothing, and the calculation needs no check of whether
 * it traces); traced, a recording one from {@link Recorders}, which keeps the steps compactly and
 * makes the {@link Trace}. Each call adds one step, in the order of the calculation. Not
 * thread-safe: one per calculation.
 *
 * <p>This package must not depend on {@code org.openras.trace} (which depends on it to register its
 * recorders), hence the type parameter: {@code T} is {@link Trace}.
 *
 * @param <T> what {@link #build()} makes: the trace
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public interface Recorder<T> {
  /**
   * {@link StepKind#DESCRIPTOR}: the chosen descriptor {@code x} of question {@code q}.
   *
   * @param q the question answered
   * @param x the descriptor chosen, with its points
   */
  void descriptor(Question q, Descriptor x);

  /**
   * {@link StepKind#UNANSWERED}: the optional question {@code q}, not answered.
   *
   * @param q the optional question left unanswered (it scores nothing)
   */
  void unanswered(Question q);

  /**
   * {@link StepKind#QUESTION}: question {@code q}'s descriptors add up to {@code sum}.
   *
   * @param q the question
   * @param sum the points of its chosen descriptors, added up
   * @param points the question's points: the sum, held to the question's maximum if it has one
   */
  void question(Question q, BigDecimal sum, BigDecimal points);

  /**
   * {@link StepKind#DOMAIN_RAW}: domain {@code d}'s {@code questions} add up to {@code raw}.
   *
   * @param d the domain
   * @param questions the codes of the domain's questions, as the step lists them
   * @param raw the domain's points before its maximum
   */
  void domainRaw(Domain d, String questions, BigDecimal raw);

  /**
   * {@link StepKind#DOMAIN_CAP}: domain {@code d}'s {@code raw} points capped.
   *
   * @param d the domain
   * @param raw the domain's points before its maximum
   * @param capped the points held to the domain's maximum
   */
  void domainCap(Domain d, BigDecimal raw, BigDecimal capped);

  /**
   * {@link StepKind#DOMAIN_WEIGHT}: domain {@code d}'s {@code capped} points weighted.
   *
   * @param d the domain
   * @param capped the points held to the domain's maximum
   * @param weighted the points times the domain's weight
   */
  void domainWeight(Domain d, BigDecimal capped, BigDecimal weighted);

  /**
   * {@link StepKind#ADJUSTMENT}: adjustment {@code adj} gives domain {@code d} {@code percent} for
   * the descriptor {@code chosen}. Only a recorder made for a table records it.
   *
   * @param d the domain the carer adjustment reduces (or raises)
   * @param adj the carer adjustment
   * @param chosen the descriptor chosen for the adjustment's question
   * @param percent the percent that descriptor gives the domain
   */
  void adjustment(Domain d, Adjustment adj, String chosen, BigDecimal percent);

  /**
   * {@link StepKind#DOMAIN_ADJUSTED}: domain {@code d}'s {@code weighted} points after its
   * adjustments' {@code percent}.
   *
   * @param d the domain
   * @param weighted the weighted points, before the adjustments
   * @param percent the adjustments' percents added up
   * @param adjusted the points after the adjustments
   */
  void domainAdjusted(Domain d, BigDecimal weighted, BigDecimal percent, BigDecimal adjusted);

  /**
   * {@link StepKind#TOTAL_POINTS}: the {@code total} of the {@code domains} (their codes, joined).
   *
   * @param domains the domains' codes, as the step lists them
   * @param total the total points: the domains' adjusted points added up
   */
  void totalPoints(String domains, BigDecimal total);

  /**
   * {@link StepKind#CURVE}: {@code curve} chosen for the {@code clientGroup} (null if none).
   *
   * @param curve the allocation curve chosen
   * @param clientGroup the person's client group, or null when the assessment gives none
   */
  void curve(Curve curve, String clientGroup);

  /**
   * {@link StepKind#BAND}: the {@code total} falls in {@code band}, followed by {@code next} (null
   * if none), giving {@code amount}.
   *
   * @param band the band the total points fall in
   * @param next the band after it, or null when it is the last
   * @param total the total points
   * @param amount the money the band gives for those points
   */
  void band(Band band, Band next, BigDecimal total, BigDecimal amount);

  /**
   * {@link StepKind#SUPPLEMENT}: supplement {@code s} adds {@code add} for the descriptor {@code
   * chosen}, turning {@code before} into {@code amount}.
   *
   * @param s the supplement
   * @param chosen the descriptor chosen for the supplement's question
   * @param add the amount that descriptor adds
   * @param before the money before it
   * @param amount the money after it
   */
  void supplement(
      Supplement s, String chosen, BigDecimal add, BigDecimal before, BigDecimal amount);

  /**
   * {@link StepKind#COST_FACTOR}: {@code factor}, chosen for the {@code locality} (null if none),
   * turns {@code before} into {@code amount}.
   *
   * @param factor the cost factor chosen
   * @param locality the person's locality, or null when the assessment gives none
   * @param before the money before the cost factor
   * @param amount the money times the cost factor
   */
  void costFactor(CostFactor factor, String locality, BigDecimal before, BigDecimal amount);

  /**
   * {@link StepKind#PANEL_BAND}: {@code band} is decided by the council's panel; its figure, {@code
   * amount}, is a starting point only (spec v1.1 §1).
   *
   * @param band the band the total points fall in, a panel band
   * @param amount the money the band gives, the starting figure
   */
  void panelBand(Band band, BigDecimal amount);

  /**
   * {@link StepKind#CURVE_LIMITS}: {@code curve}'s own floor or ceiling replaces the allocation's
   * (spec v1.1 §3). Only a recorder made for a table records it.
   *
   * @param curve the curve chosen, with a floor or a ceiling of its own
   */
  void curveLimits(Curve curve);

  /**
   * {@link StepKind#LIMITS}: the floor and ceiling in force on {@code curve} (its own, else the
   * table's) turn {@code before} into {@code amount}; {@code applied} names the flag raised, or is
   * null. Only a recorder made for a table records it.
   *
   * @param curve the curve chosen
   * @param before the money before the floor and ceiling
   * @param amount the money within them
   * @param applied the flag raised when the floor or the ceiling applied, or null
   */
  void limits(Curve curve, BigDecimal before, BigDecimal amount, String applied);

  /**
   * {@link StepKind#ROUNDING}: the table's rounding turns {@code amount} into {@code budget}. Only
   * a recorder made for a table records it.
   *
   * @param amount the money before rounding
   * @param budget the budget, rounded as the table says
   */
  void rounding(BigDecimal amount, BigDecimal budget);

  /**
   * {@link StepKind#OTHER_PERIOD} or, when {@code isFinal}, {@link StepKind#FINAL_OTHER_PERIOD}:
   * the {@code budget} in the table's period is {@code other} in the other period. Only a recorder
   * made for a table records it.
   *
   * @param isFinal whether the budget is the final one, after moderation
   * @param budget the budget in the table's period
   * @param other the same budget in the other period (weekly or annual)
   */
  void otherPeriod(boolean isFinal, BigDecimal budget, BigDecimal other);

  /**
   * {@link StepKind#MODERATION}: moderation number {@code number} (from 1) changes the budget by
   * {@code change}.
   *
   * @param number the moderation's place in the assessment, from 1
   * @param m the moderation
   * @param change the change it makes, in money
   * @param indicative the indicative budget, which a moderation by percent is a percent of
   */
  void moderation(int number, Moderation m, BigDecimal change, BigDecimal indicative);

  /**
   * {@link StepKind#MODERATION_SET}: moderation number {@code number} (from 1) sets the running
   * figure, {@code before}, at its {@code set}, a change of {@code change} (spec v1.1 §2).
   *
   * @param number the moderation's place in the assessment, from 1
   * @param m the moderation, with its {@code set}
   * @param before the running figure before it
   * @param change the change it makes: its {@code set} less {@code before}
   */
  void moderationSet(int number, Moderation m, BigDecimal before, BigDecimal change);

  /**
   * {@link StepKind#UNIT_COST}: what the budget {@code which} (indicative, final or council),
   * counted in {@code unit}, costs at the unit's price (spec v1.1 §5).
   *
   * @param which {@code indicative}, {@code final} or {@code council}
   * @param unit the table's unit, with its price
   * @param quantity the budget in the table's period
   * @param otherQuantity the budget in the other period
   * @param cost what {@code quantity} costs, rounded to the currency's minor unit
   * @param otherCost what {@code otherQuantity} costs, rounded the same way
   */
  void unitCost(
      String which,
      Unit unit,
      BigDecimal quantity,
      BigDecimal otherQuantity,
      BigDecimal cost,
      BigDecimal otherCost);

  /**
   * {@link StepKind#OTHER_FUNDING}: the source {@code source} pays {@code amount} (spec v1.1 §4).
   *
   * @param source the source, as the table lists it
   * @param amount what it pays, in the table's period
   */
  void otherFunding(FundingSource source, BigDecimal amount);

  /**
   * {@link StepKind#COUNCIL_BUDGET}: the council budget {@code council}, the budget {@code budget}
   * less the other funding {@code other}, rounded from {@code unrounded} and never below 0 (spec
   * v1.1 §4). Only a recorder made for a table records it.
   *
   * @param council the council budget in the table's period
   * @param budget the final budget when moderated, else the indicative one
   * @param isFinal whether {@code budget} is the final budget
   * @param other the other funding added up
   * @param unrounded {@code budget − other}, before rounding and the raise to 0
   * @param covers whether the other funding is at least the budget
   */
  void councilBudget(
      BigDecimal council,
      BigDecimal budget,
      boolean isFinal,
      BigDecimal other,
      BigDecimal unrounded,
      boolean covers);

  /**
   * {@link StepKind#COUNCIL_OTHER_PERIOD}: the council budget {@code budget} in the table's period
   * is {@code other} in the other period. Only a recorder made for a table records it.
   *
   * @param budget the council budget in the table's period
   * @param other the same budget in the other period
   */
  void councilOtherPeriod(BigDecimal budget, BigDecimal other);

  /**
   * {@link StepKind#FINAL}: the final budget {@code fin}, the indicative one plus the moderations'
   * {@code change}, rounded from {@code unrounded}.
   *
   * @param fin the final budget, rounded and never below 0
   * @param indicative the indicative budget
   * @param change the moderations' changes added up
   * @param unrounded the indicative budget plus the change, before rounding
   * @param rounding the table's rounding
   */
  void finalBudget(
      BigDecimal fin,
      BigDecimal indicative,
      BigDecimal change,
      BigDecimal unrounded,
      Rounding rounding);

  /**
   * {@link StepKind#PANEL_CHECK}: whether the final budget differs from the indicative one by more
   * than the table's tolerance.
   *
   * @param reference the table's reference, or null
   * @param difference how far apart the two budgets are
   * @param indicative the indicative budget
   * @param fin the final budget
   * @param tolerance the table's tolerance, a percent of the indicative budget
   * @param limit the tolerance in money
   * @param panel whether panel approval is required
   */
  void panelCheck(
      String reference,
      BigDecimal difference,
      BigDecimal indicative,
      BigDecimal fin,
      BigDecimal tolerance,
      BigDecimal limit,
      boolean panel);

  /** {@return the number of steps recorded so far} */
  int size();

  /**
   * The trace of the steps recorded so far. It may share the recorder's arrays, which later steps
   * only add to, past the trace's end.
   *
   * @return the trace of the steps recorded so far
   */
  T build();
}
