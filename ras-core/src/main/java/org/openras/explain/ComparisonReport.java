package org.openras.explain;

import static org.openras.explain.WhatIfFormat.change;
import static org.openras.explain.WhatIfFormat.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.table.Period;

/**
 * A {@link Comparison} written for people: plain text, Markdown or a self-contained HTML page, each
 * with the same content — the two budgets and the difference, what changed in the inputs, how much
 * of the difference each change accounts for (with the attribution rule in words, and a total that
 * equals the difference), and every figure of the calculation that changed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComparisonReport {
  private ComparisonReport() {}

  /**
   * {@return the report as plain text, with aligned columns}
   *
   * @param c the comparison of two assessments or two tables
   */
  public static String text(Comparison c) {
    return doc(c).text();
  }

  /**
   * {@return the report as Markdown, with pipe tables}
   *
   * @param c the comparison of two assessments or two tables
   */
  public static String markdown(Comparison c) {
    return doc(c).markdown();
  }

  /**
   * {@return the report as one self-contained HTML page, with semantic tables}
   *
   * @param c the comparison of two assessments or two tables
   */
  public static String html(Comparison c) {
    return doc(c).html();
  }

  private static ReportDoc doc(Comparison c) {
    Result b = c.before();
    Result a = c.after();
    Period p = c.period();
    String per = WhatIfFormat.per(p);
    String cur = a.indicativeBudget().currency();
    ReportDoc d =
        new ReportDoc(
            b.assessmentId().equals(a.assessmentId())
                ? "Comparison: " + a.assessmentId() + " under two tables"
                : "Comparison: " + b.assessmentId() + " and " + a.assessmentId());
    d.para(
        "Before: "
            + b.assessmentId()
            + " with table "
            + Comparison.describe(c.beforeTable())
            + ". After: "
            + a.assessmentId()
            + " with table "
            + Comparison.describe(c.afterTable())
            + ".");
    d.para(
        "Indicative budget: "
            + money(cur, Comparison.figure(p, b.indicativeBudget()))
            + " → "
            + money(cur, Comparison.figure(p, a.indicativeBudget()))
            + " "
            + per
            + " ("
            + change(cur, c.indicativeChange(p))
            + ").");
    d.para(
        "Budget after moderation (the indicative budget where there is no moderation): "
            + money(cur, Comparison.figure(p, Comparison.budget(b)))
            + " → "
            + money(cur, Comparison.figure(p, Comparison.budget(a)))
            + " "
            + per
            + " ("
            + change(cur, c.budgetChange(p))
            + ").");

    d.heading("What changed");
    if (c.changes().isEmpty()) {
      d.para("Nothing: the same table, context, answers and moderations.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ComparisonChange ch : c.changes()) {
        rows.add(List.of(name(ch), ch.before().orElse(none(ch)), ch.after().orElse(none(ch))));
      }
      d.table(List.of("Change", "Before", "After"), rows);

      d.heading("How much each change accounts for");
      d.para(
          "The changes are applied one at a time, in this order: table version, client group,"
              + " locality, each answer in questionnaire order, moderations. After each, the budget"
              + " is computed again; a change's part is the budget after it minus the budget before"
              + " it, so the parts add up exactly to the whole difference. A change that cannot be"
              + " computed on its own (an answer the new table does not accept) is applied together"
              + " with the next. The order matters where a change moves points across a band"
              + " boundary or a cap.");
      List<List<String>> steps = new ArrayList<>();
      int i = 1;
      BigDecimal ind = BigDecimal.ZERO;
      BigDecimal bud = BigDecimal.ZERO;
      for (ComparisonStep s : c.steps()) {
        List<String> names = new ArrayList<>();
        s.changes().forEach(ch -> names.add(name(ch)));
        ind = ind.add(s.indicativeChange(p));
        bud = bud.add(s.budgetChange(p));
        steps.add(
            List.of(
                String.valueOf(i++),
                String.join(" + ", names),
                money(cur, Comparison.figure(p, s.indicativeAfter())),
                change(cur, s.indicativeChange(p)),
                money(cur, Comparison.figure(p, s.budgetAfter())),
                change(cur, s.budgetChange(p))));
      }
      steps.add(
          List.of(
              "",
              "Total",
              money(cur, Comparison.figure(p, a.indicativeBudget())),
              change(cur, ind),
              money(cur, Comparison.figure(p, Comparison.budget(a))),
              change(cur, bud)));
      d.table(
          List.of(
              "Step>", "Change", "Indicative after>", "Part>", "Budget after moderation>", "Part>"),
          steps);
    }

    d.heading("Figures that changed");
    if (c.figures().isEmpty()) {
      d.para("None.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ComparisonFigure f : c.figures()) {
        rows.add(List.of(figure(f), show(f, f.before(), cur), show(f, f.after(), cur)));
      }
      d.table(List.of("Figure", "Before>", "After>"), rows);
    }
    return d;
  }

  private static String name(ComparisonChange ch) {
    return switch (ch.kind()) {
      case TABLE -> "Table";
      case CLIENT_GROUP -> "Client group";
      case LOCALITY -> "Locality";
      case ANSWER -> "Answer to " + ch.subject();
      case MODERATIONS -> "Moderations";
    };
  }

  private static String none(ComparisonChange ch) {
    return switch (ch.kind()) {
      case ANSWER -> "not answered";
      case MODERATIONS -> "none";
      default -> "not given";
    };
  }

  private static String figure(ComparisonFigure f) {
    String s = f.subject();
    return switch (f.kind()) {
      case DOMAIN_RAW -> s + " raw points";
      case DOMAIN_CAPPED -> s + " capped points";
      case DOMAIN_WEIGHTED -> s + " weighted points";
      case DOMAIN_PERCENT -> s + " adjustment percent";
      case DOMAIN_ADJUSTED -> s + " adjusted points";
      case TOTAL_POINTS -> "Total points";
      case CURVE -> "Curve (client group)";
      case BAND -> "Band";
      case BAND_RULE -> "Band rule";
      case CURVE_AMOUNT -> "Money from the curve";
      case SUPPLEMENT -> "Supplement " + s;
      case COST_FACTOR -> "Cost factor";
      case INDICATIVE_WEEKLY -> "Indicative budget a week";
      case INDICATIVE_ANNUAL -> "Indicative budget a year";
      case FINAL_WEEKLY -> "Final budget a week";
      case FINAL_ANNUAL -> "Final budget a year";
      case FLAGS -> "Flags";
    };
  }

  private static String show(ComparisonFigure f, Optional<String> v, String cur) {
    if (v.isEmpty()) {
      return "none";
    }
    return switch (f.kind()) {
      case SUPPLEMENT,
          CURVE_AMOUNT,
          INDICATIVE_WEEKLY,
          INDICATIVE_ANNUAL,
          FINAL_WEEKLY,
          FINAL_ANNUAL ->
          money(cur, new BigDecimal(v.get()));
      default -> v.get();
    };
  }
}
