package org.openras.explain;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.explain.Statement.Money;
import org.openras.explain.Statement.MoneyStep;
import org.openras.table.Period;
import org.openras.table.Unit;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * The money part of a statement: the steps of spec §3 from the curve to the rounding, each built by
 * {@link MoneySteps}, then the indicative budget in words (and what it costs when the table counts
 * a unit with a price), and the panel's decision when the total fell in a panel band.
 */
final class MoneyParts {
  private final StatementSource src;

  MoneyParts(StatementSource src) {
    this.src = src;
  }

  /**
   * The money part: the curve and its band, the money steps of §3 (see {@link MoneySteps#all}), and
   * the indicative budget in words.
   */
  Money part() {
    TraceStep curve = src.only(StepKind.CURVE);
    TraceStep band = src.only(StepKind.BAND);
    List<MoneyStep> moneySteps = new MoneySteps(src).all(curve, band);
    Budget b = src.result().indicativeBudget();
    return new Money(
        curve.subject(),
        Optional.ofNullable(curve.text("clientGroup")),
        band.subject(),
        band.number("from"),
        MoneySteps.nextFrom(band),
        band.number("amount"),
        band.number("perPoint"),
        moneySteps,
        b,
        budgetSentences(b));
  }

  /**
   * The indicative budget in words, and what it costs when the table counts a unit with a price.
   */
  private List<String> budgetSentences(Budget b) {
    List<String> out = new ArrayList<>();
    out.add(budgetSentence(b));
    for (TraceStep s : src.steps(StepKind.UNIT_COST)) {
      if ("indicative".equals(s.subject())) {
        out.add(costSentence(s, "your indicative budget"));
      }
    }
    return out;
  }

  /** What a budget counted in a unit costs at the unit's price (spec v1.1 §5). */
  private String costSentence(TraceStep s, String what) {
    Unit u = src.unit().orElseThrow();
    BigDecimal q = s.number("quantity");
    BigDecimal oq = s.number("otherQuantity");
    boolean week = src.table().period() == Period.WEEK;
    return "At "
        + src.cash(s.number("price"))
        + " for each "
        + u.singular()
        + ", "
        + what
        + " of "
        + src.money(q)
        + src.per()
        + " costs about "
        + src.cash(s.value().orElseThrow())
        + src.per()
        + " ("
        + src.money(oq)
        + (week ? " a year" : " a week")
        + " cost about "
        + src.cash(s.number("otherCost"))
        + ").";
  }

  /** The indicative budget in both periods, and how the other period's figure is found. */
  private String budgetSentence(Budget b) {
    return "Your indicative budget is "
        + src.both(b)
        + ". The "
        + src.otherPeriodWord()
        + " figure is "
        + (src.table().period() == Period.WEEK
            ? src.money(b.weekly()) + " × " + number(src.table().weeksPerYear()) + " weeks"
            : src.money(b.annual()) + " ÷ " + number(src.table().weeksPerYear()) + " weeks")
        + ", rounded the same way.";
  }

  /**
   * The panel decision (spec v1.1 §1), when the total fell in a band the council's panel decides:
   * "Above 60 points the council's Resource Allocation Panel decides your budget; £412.00 a week is
   * a starting point only."
   */
  Optional<Statement.PanelDecision> panelDecision() {
    List<TraceStep> panel = src.steps(StepKind.PANEL_BAND);
    if (panel.isEmpty()) {
      return Optional.empty();
    }
    TraceStep p = panel.get(0);
    BigDecimal start = src.primary(src.result().indicativeBudget());
    String sentence =
        "Above "
            + points(p.number("from"))
            + " the council's Resource Allocation Panel decides your budget; "
            + src.money(start)
            + src.per()
            + " is a starting point only. Band "
            + p.subject()
            + " of the curve is decided by the panel, so the figure worked out here is where the"
            + " panel starts, not your budget.";
    return Optional.of(
        new Statement.PanelDecision(p.subject(), p.number("from"), start, p.reference(), sentence));
  }
}
