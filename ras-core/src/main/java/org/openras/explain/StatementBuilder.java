package org.openras.explain;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.explain.Statement.DomainPart;
import org.openras.table.Domain;
import org.openras.table.RasTable;

/**
 * Builds a {@link Statement} from the table, the result's domain figures and the trace steps (the
 * answers are known only from the trace). The sentences are written for a family: short, one idea
 * each, every term explained where it is first used. Each part is built in one place: the points by
 * {@link DomainParts}, the money by {@link MoneyParts} (its steps by {@link MoneySteps}), the
 * moderation by {@link ModerationParts}, who pays by {@link FundingParts}; the introduction and the
 * notes here. All of them draw on one {@link StatementSource}.
 */
final class StatementBuilder {
  private final StatementSource src;

  private StatementBuilder(RasTable table, Result result) {
    this.src = new StatementSource(table, result);
  }

  static Statement build(RasTable table, Result result) {
    if (table == null || result == null) {
      throw new NullPointerException(table == null ? "table" : "result");
    }
    if (result.trace().isEmpty()) {
      throw new IllegalArgumentException(
          "the result of "
              + result.assessmentId()
              + " was computed without tracing; a statement"
              + " needs the trace (calculate with Tracing.ON)");
    }
    if (!result.table().fingerprint().equals(table.fingerprint())) {
      throw new IllegalArgumentException(
          "the result of "
              + result.assessmentId()
              + " was computed with table "
              + result.table().id()
              + " "
              + result.table().version()
              + " ("
              + result.table().fingerprint()
              + "), not with "
              + table.id()
              + " "
              + table.version()
              + " ("
              + table.fingerprint()
              + ")");
    }
    return new StatementBuilder(table, result).statement();
  }

  private Statement statement() {
    RasTable table = src.table();
    Result result = src.result();
    Statement.Header header =
        new Statement.Header(
            result.assessmentId(),
            table.name(),
            table.id(),
            table.version(),
            table.fingerprint(),
            table.effectiveFrom(),
            table.effectiveTo(),
            src.currency(),
            table.period(),
            table.reference(),
            table.review(),
            src.unit());
    DomainParts points = new DomainParts(src);
    List<DomainPart> domains = new ArrayList<>();
    for (Domain d : table.domains()) {
      domains.add(points.domain(d, result.domain(d.code()).orElseThrow()));
    }
    MoneyParts money = new MoneyParts(src);
    return new Statement(
        header,
        introduction(),
        domains,
        result.totalPoints(),
        points.totalSentence(),
        money.part(),
        new ModerationParts(src).part(),
        result.flags(),
        notes(),
        money.panelDecision(),
        new FundingParts(src).part());
  }

  // ------------------------------------------------------------------ introduction

  private List<String> introduction() {
    List<String> intro = new ArrayList<>();
    intro.addAll(
        List.of(
            "This statement shows how the indicative budget for assessment "
                + src.result().assessmentId()
                + " was worked out, step by step, from the answers given.",
            "An indicative budget is an early estimate of the money for your support. The council"
                + " works it out with a Resource Allocation System (RAS): a questionnaire whose"
                + " answers score points, and a rule that turns points into money. It is a starting"
                + " point for planning your support, not a final decision.",
            "The questionnaire is split into areas of life, called domains. Each answer scores"
                + " points. The points of each area are added up, then all areas are added"
                + " together, and the total is turned into money.",
            "The figures come from the table \""
                + src.table().name()
                + "\", version "
                + src.table().version()
                + ". Its fingerprint, "
                + src.table().fingerprint().value()
                + ", proves exactly which"
                + " table was used: any change to the table would change it."));
    src.unit()
        .ifPresent(
            u ->
                intro.add(
                    "This council counts your support in "
                        + u.plural()
                        + ", not in money: every figure below is a number of "
                        + u.plural()
                        + src.per()
                        + u.price()
                            .map(
                                p ->
                                    ", and one "
                                        + u.singular()
                                        + " costs "
                                        + src.cash(p)
                                        + ", so the budget is also shown in money.")
                            .orElse(".")));
    return intro;
  }

  // ------------------------------------------------------------------ notes

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (src.result().has(Flag.FLOOR_APPLIED)) {
      notes.add("The council's least budget (the floor) raised the figure (FLOOR_APPLIED).");
    }
    if (src.result().has(Flag.CEILING_APPLIED)) {
      notes.add(
          "The council's greatest budget (the ceiling) lowered the figure" + " (CEILING_APPLIED).");
    }
    if (src.result().has(Flag.PANEL_DECISION_REQUIRED)) {
      notes.add(
          "The council's panel decides the budget for this many points; the indicative budget is a"
              + " starting point only (PANEL_DECISION_REQUIRED).");
    }
    if (src.result().has(Flag.PANEL_APPROVAL_REQUIRED)) {
      notes.add("The final budget needs a panel's approval (PANEL_APPROVAL_REQUIRED).");
    }
    if (src.result().has(Flag.OTHER_FUNDING_COVERS_BUDGET)) {
      notes.add(
          "Other sources pay all of the budget, so the council pays nothing towards it"
              + " (OTHER_FUNDING_COVERS_BUDGET).");
    }
    notes.add(
        "The indicative budget is a starting point for planning your support, not a final"
            + " decision. If an answer looks wrong, ask for it to be checked: a different answer can"
            + " change the points and the money.");
    return notes;
  }
}
