package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.engine.Budget;
import org.openras.table.Period;

/**
 * One step of a {@link Comparison}'s attribution: one change of the inputs (or, when a change alone
 * gives inputs the engine cannot compute, that change together with the next ones), and how much of
 * the money difference it accounts for.
 *
 * <p>Its part is the budget computed after the step minus the budget computed before it, where
 * "before it" is the state after every earlier step. The parts of all steps add up exactly to the
 * whole difference.
 *
 * @param changes the changes applied in this step, at least one, in the order applied
 * @param indicativeBefore the indicative budget before this step
 * @param indicativeAfter the indicative budget after this step
 * @param budgetBefore the budget before this step: the final budget when moderated, otherwise the
 *     indicative budget
 * @param budgetAfter the budget after this step, likewise
 * @param councilBefore what the council pays before this step (spec v1.1 §4): the council budget
 *     when the assessment lists other funding, otherwise the budget
 * @param councilAfter what the council pays after this step, likewise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComparisonStep(
    List<ComparisonChange> changes,
    Budget indicativeBefore,
    Budget indicativeAfter,
    Budget budgetBefore,
    Budget budgetAfter,
    Budget councilBefore,
    Budget councilAfter) {

  /**
   * Creates a step of a comparison, which changes at least one input.
   *
   * @param changes the changes applied in this step, at least one, in the order applied
   * @param indicativeBefore the indicative budget before this step
   * @param indicativeAfter the indicative budget after this step
   * @param budgetBefore the budget before this step: the final budget when moderated, otherwise the
   *     indicative budget
   * @param budgetAfter the budget after this step, likewise
   * @param councilBefore what the council pays before this step (spec v1.1 §4): the council budget
   *     when the assessment lists other funding, otherwise the budget
   * @param councilAfter what the council pays after this step, likewise
   */
  public ComparisonStep {
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a step has at least one change");
    }
    requireNonNull(indicativeBefore, "indicativeBefore");
    requireNonNull(indicativeAfter, "indicativeAfter");
    requireNonNull(budgetBefore, "budgetBefore");
    requireNonNull(budgetAfter, "budgetAfter");
    requireNonNull(councilBefore, "councilBefore");
    requireNonNull(councilAfter, "councilAfter");
  }

  /**
   * {@return this step's part of the change of what the council pays (spec v1.1 §4), weekly or
   * annual}
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal councilChange(Period period) {
    return Comparison.figure(period, councilAfter)
        .subtract(Comparison.figure(period, councilBefore));
  }

  /**
   * {@return this step's part of the change of the indicative budget, weekly or annual}
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal indicativeChange(Period period) {
    return Comparison.figure(period, indicativeAfter)
        .subtract(Comparison.figure(period, indicativeBefore));
  }

  /**
   * {@return this step's part of the change of the budget (final when moderated, otherwise
   * indicative), weekly or annual}
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal budgetChange(Period period) {
    return Comparison.figure(period, budgetAfter).subtract(Comparison.figure(period, budgetBefore));
  }
}
