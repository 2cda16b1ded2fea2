package org.openras.explain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.engine.Result;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * What every part of a statement is built from, the table and the traced result, and the words
 * every part uses for the table's figures: an amount of the allocation (money, or a quantity of the
 * table's unit), money in the currency, the period ("a week"), a budget in both periods, a rounding
 * rule. Immutable; one is made for each statement.
 */
final class StatementSource {
  private final RasTable table;
  private final Result result;
  private final List<TraceStep> steps;
  private final String currency;

  /** The unit the table's figures count (spec v1.1 §5), empty for money. */
  private final Optional<Unit> unit;

  StatementSource(RasTable table, Result result) {
    this.table = table;
    this.result = result;
    this.steps = result.trace().steps();
    this.currency = table.currency();
    this.unit = table.allocation().unit();
  }

  RasTable table() {
    return table;
  }

  Result result() {
    return result;
  }

  /** {@return every step of the trace, in order} */
  List<TraceStep> steps() {
    return steps;
  }

  /** {@return the trace's steps of one kind, in order} */
  List<TraceStep> steps(StepKind kind) {
    return result.trace().steps(kind);
  }

  /**
   * {@return the trace's one step of this kind}
   *
   * @throws IllegalArgumentException when the trace has none or more than one
   */
  TraceStep only(StepKind kind) {
    List<TraceStep> found = steps(kind);
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "the trace of "
              + result.assessmentId()
              + " has "
              + found.size()
              + " "
              + kind
              + " steps, not 1");
    }
    return found.get(0);
  }

  String currency() {
    return currency;
  }

  Optional<Unit> unit() {
    return unit;
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  String money(BigDecimal v) {
    return Figures.amount(currency, unit, v);
  }

  /** Money in the currency, also for a table that counts a unit (its price and costs). */
  String cash(BigDecimal v) {
    return Figures.money(currency, v);
  }

  /** A change of a figure of the allocation, its sign always shown. */
  String signed(BigDecimal v) {
    return Figures.signedAmount(currency, unit, v);
  }

  /** " a week" or " a year": the table's period, after a figure. */
  String per() {
    return table.period() == Period.WEEK ? " a week" : " a year";
  }

  /** "yearly" or "weekly": the period that is not the table's. */
  String otherPeriodWord() {
    return table.period() == Period.WEEK ? "yearly" : "weekly";
  }

  /** A budget in the table's period, then in the other in brackets. */
  String both(Budget b) {
    return table.period() == Period.WEEK
        ? money(b.weekly()) + " a week (" + money(b.annual()) + " a year)"
        : money(b.annual()) + " a year (" + money(b.weekly()) + " a week)";
  }

  /** The rounding of a trace step in words, with its increment and mode. */
  String roundingWords(TraceStep s) {
    return Figures.rounding(money(s.number("increment")), s.text("mode"));
  }

  /** " (about £211.50 a week)" for a budget counted in a unit with a price; else nothing. */
  String costWords(Budget b) {
    return b.cost().map(c -> " (about " + cash(primary(c)) + per() + ")").orElse("");
  }

  /** A budget's figure in the table's period. */
  BigDecimal primary(Budget b) {
    return table.period() == Period.WEEK ? b.weekly() : b.annual();
  }

  /** A budget's figure in the other period. */
  BigDecimal otherPeriod(Budget b) {
    return table.period() == Period.WEEK ? b.annual() : b.weekly();
  }
}
