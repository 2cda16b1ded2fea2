package org.openras.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.engine.Flag;
import org.openras.table.Period;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * Who pays (spec v1.1 §4), when the assessment lists other funding: each other source, then the
 * council for the rest. Other funding does not change the budget, only who pays it.
 */
final class FundingParts {
  private final StatementSource src;

  FundingParts(StatementSource src) {
    this.src = src;
  }

  /** {@return who pays, or empty when the assessment lists no other funding} */
  Optional<Statement.FundingPart> part() {
    if (src.result().councilBudget().isEmpty()) {
      return Optional.empty();
    }
    List<Statement.FundingLine> lines = new ArrayList<>();
    for (TraceStep s : src.steps(StepKind.OTHER_FUNDING)) {
      lines.add(
          new Statement.FundingLine(
              s.subject(), s.label().orElse(s.subject()), s.number("amount"), s.reference()));
    }
    TraceStep c = src.only(StepKind.COUNCIL_BUDGET);
    Budget council = src.result().councilBudget().get();
    boolean covers = src.result().has(Flag.OTHER_FUNDING_COVERS_BUDGET);
    BigDecimal budget = c.number("budget");
    BigDecimal other = c.number("other");
    String of = c.text("of");
    String needs =
        "Your "
            + ("final".equals(of) ? "final" : "indicative")
            + " budget of "
            + src.money(budget)
            + src.per()
            + " is what your support needs. Some of it is paid by others, not by the council:"
            + " this does not change your budget, only who pays it.";
    String pays = paysSentence(lines, other, budget, council, covers);
    return Optional.of(
        new Statement.FundingPart(lines, other, of, council, covers, List.of(needs, pays)));
  }

  /**
   * Who pays what: "NHS pays £100.00 a week of this; the council pays £99.69 a week (£199.69 −
   * £100.00), which is …", or that the others pay it all.
   */
  private String paysSentence(
      List<Statement.FundingLine> lines,
      BigDecimal other,
      BigDecimal budget,
      Budget council,
      boolean covers) {
    StringBuilder pays = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Statement.FundingLine l = lines.get(i);
      pays.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ")
          .append(l.name())
          .append(" pays ")
          .append(src.money(l.amount()))
          .append(src.per());
    }
    pays.append(" of this");
    if (lines.size() > 1) {
      pays.append(", ").append(src.money(other)).append(src.per()).append(" together");
    }
    BigDecimal councilPrimary = src.primary(council);
    if (covers) {
      pays.append("; that is all of your budget, so the council pays ")
          .append(src.money(councilPrimary))
          .append('.');
    } else {
      pays.append("; the council pays ")
          .append(src.money(councilPrimary))
          .append(src.per())
          .append(src.costWords(council))
          .append(" (")
          .append(src.money(budget))
          .append(" − ")
          .append(src.money(other))
          .append(")")
          .append(", which is ")
          .append(src.money(src.otherPeriod(council)))
          .append(src.table().period() == Period.WEEK ? " a year." : " a week.");
    }
    return pays.toString();
  }
}
