package org.openras.explain;

import static org.openras.explain.Figures.change;
import static org.openras.explain.Figures.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.report.Doc;
import org.openras.table.Period;
import org.openras.table.RasTable;

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

  /**
   * {@return the report as a document, to be written in any format or added to}
   *
   * @param c the comparison of two assessments or two tables
   */
  public static Doc doc(Comparison c) {
    Result b = c.before();
    Result a = c.after();
    Period p = c.period();
    String per = Figures.per(p);
    String cur = a.indicativeBudget().currency();
    Doc d =
        new Doc(
            b.assessmentId().equals(a.assessmentId())
                ? "Comparison: " + a.assessmentId() + " under two tables"
                : "Comparison: " + b.assessmentId() + " and " + a.assessmentId());
    d.headline(
        "The budget after moderation changes by",
        change(cur, c.budgetChange(p)) + " " + per,
        "from "
            + money(cur, Comparison.figure(p, Comparison.budget(b)))
            + " to "
            + money(cur, Comparison.figure(p, Comparison.budget(a)))
            + " "
            + per
            + ".");
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

    d.heading(2, "What changed");
    if (c.changes().isEmpty()) {
      d.para("Nothing: the same table, context, answers and moderations.");
    } else {
      Doc.Table rows =
          Doc.Table.of("What changed between before and after", "Change", "Before", "After");
      for (ComparisonChange ch : c.changes()) {
        rows.row(
            name(c, ch),
            ch.before().map(v -> words(c.beforeTable(), ch, v)).orElse(none(ch)),
            ch.after().map(v -> words(c.afterTable(), ch, v)).orElse(none(ch)));
      }
      d.table(rows);

      d.heading(2, "How much each change accounts for");
      d.para(
          "The changes are applied one at a time, in this order: table version, client group,"
              + " locality, each answer in questionnaire order, moderations. After each, the budget"
              + " is computed again; a change's part is the budget after it minus the budget before"
              + " it, so the parts add up exactly to the whole difference. A change that cannot be"
              + " computed on its own (an answer the new table does not accept) is applied together"
              + " with the next. The order matters where a change moves points across a band"
              + " boundary or a cap.");
      Doc.Table steps =
          Doc.Table.of(
                  "How much of the difference each change accounts for",
                  "Step",
                  "Change",
                  "Indicative after",
                  "Part",
                  "Budget after moderation",
                  "Part")
              .numeric(0, 2, 3, 4, 5);
      int i = 1;
      BigDecimal ind = BigDecimal.ZERO;
      BigDecimal bud = BigDecimal.ZERO;
      for (ComparisonStep s : c.steps()) {
        List<String> names = new ArrayList<>();
        s.changes().forEach(ch -> names.add(name(c, ch)));
        ind = ind.add(s.indicativeChange(p));
        bud = bud.add(s.budgetChange(p));
        steps.row(
            String.valueOf(i++),
            String.join(" + ", names),
            money(cur, Comparison.figure(p, s.indicativeAfter())),
            change(cur, s.indicativeChange(p)),
            money(cur, Comparison.figure(p, s.budgetAfter())),
            change(cur, s.budgetChange(p)));
      }
      steps.strongRow(
          "",
          "Total",
          money(cur, Comparison.figure(p, a.indicativeBudget())),
          change(cur, ind),
          money(cur, Comparison.figure(p, Comparison.budget(a))),
          change(cur, bud));
      d.table(steps);
    }

    d.heading(2, "Figures that changed");
    if (c.figures().isEmpty()) {
      d.para("None.");
    } else {
      Doc.Table rows =
          Doc.Table.of("Figures of the calculation that changed", "Figure", "Before", "After")
              .numeric(1, 2);
      for (ComparisonFigure f : c.figures()) {
        rows.row(figure(f), show(f, f.before(), cur), show(f, f.after(), cur));
      }
      d.table(rows);
    }
    return d;
  }

  private static String name(Comparison c, ComparisonChange ch) {
    return switch (ch.kind()) {
      case TABLE -> "Table";
      case CLIENT_GROUP -> "Client group";
      case LOCALITY -> "Locality (where the person lives)";
      case ANSWER ->
          "Answer to "
              + c.afterTable()
                  .question(ch.subject())
                  .or(() -> c.beforeTable().question(ch.subject()))
                  .map(q -> ch.subject() + " " + q.text())
                  .orElse(ch.subject());
      case MODERATIONS -> "Moderations";
    };
  }

  /** An answer's codes with their words, from the table it was given under. */
  private static String words(RasTable t, ComparisonChange ch, String value) {
    if (ch.kind() != ComparisonChange.Kind.ANSWER || value.equals("none of these")) {
      return value;
    }
    List<String> out = new ArrayList<>();
    for (String code : value.split(", ")) {
      out.add(t.descriptor(code).map(x -> code + " (" + x.text() + ")").orElse(code));
    }
    return String.join("; ", out);
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
