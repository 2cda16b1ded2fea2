package org.openras.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.report.Doc;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Unit;

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
    Optional<Unit> unit = c.afterTable().allocation().unit();
    Doc d =
        new Doc(
            b.assessmentId().equals(a.assessmentId())
                ? "Comparison: " + a.assessmentId() + " under two tables"
                : "Comparison: " + b.assessmentId() + " and " + a.assessmentId());
    d.headline(
        "The budget after moderation changes by",
        chg(cur, unit, c.budgetChange(p)) + " " + per,
        "from "
            + amt(cur, unit, Comparison.figure(p, Comparison.budget(b)))
            + " to "
            + amt(cur, unit, Comparison.figure(p, Comparison.budget(a)))
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
        beforeAfter(
            "Indicative budget",
            cur,
            unit,
            per,
            Comparison.figure(p, b.indicativeBudget()),
            Comparison.figure(p, a.indicativeBudget()),
            c.indicativeChange(p)));
    d.para(
        beforeAfter(
            "Budget after moderation (the indicative budget where there is no moderation)",
            cur,
            unit,
            per,
            Comparison.figure(p, Comparison.budget(b)),
            Comparison.figure(p, Comparison.budget(a)),
            c.budgetChange(p)));
    if (c.hasOtherFunding()) {
      d.para(
          beforeAfter(
              "What the council pays (the budget less funding from elsewhere)",
              cur,
              unit,
              per,
              Comparison.figure(p, Comparison.council(b)),
              Comparison.figure(p, Comparison.council(a)),
              c.councilChange(p)));
    }

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
              + " locality, each answer in questionnaire order, moderations"
              + (c.hasOtherFunding() ? ", funding from elsewhere" : "")
              + ". After each, the budget"
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
            amt(cur, unit, Comparison.figure(p, s.indicativeAfter())),
            chg(cur, unit, s.indicativeChange(p)),
            amt(cur, unit, Comparison.figure(p, s.budgetAfter())),
            chg(cur, unit, s.budgetChange(p)));
      }
      steps.strongRow(
          "",
          "Total",
          amt(cur, unit, Comparison.figure(p, a.indicativeBudget())),
          chg(cur, unit, ind),
          amt(cur, unit, Comparison.figure(p, Comparison.budget(a))),
          chg(cur, unit, bud));
      d.table(steps);
      if (c.hasOtherFunding()) {
        Doc.Table council =
            Doc.Table.of(
                    "How much of the change of what the council pays each change accounts for",
                    "Step",
                    "Change",
                    "Council pays after",
                    "Part")
                .numeric(0, 2, 3);
        int k = 1;
        BigDecimal total = BigDecimal.ZERO;
        for (ComparisonStep s : c.steps()) {
          List<String> names = new ArrayList<>();
          s.changes().forEach(ch -> names.add(name(c, ch)));
          total = total.add(s.councilChange(p));
          council.row(
              String.valueOf(k++),
              String.join(" + ", names),
              amt(cur, unit, Comparison.figure(p, s.councilAfter())),
              chg(cur, unit, s.councilChange(p)));
        }
        council.strongRow(
            "",
            "Total",
            amt(cur, unit, Comparison.figure(p, Comparison.council(a))),
            chg(cur, unit, total));
        d.table(council);
      }
    }

    d.heading(2, "Figures that changed");
    if (c.figures().isEmpty()) {
      d.para("None.");
    } else {
      Doc.Table rows =
          Doc.Table.of("Figures of the calculation that changed", "Figure", "Before", "After")
              .numeric(1, 2);
      for (ComparisonFigure f : c.figures()) {
        rows.row(figure(f), show(f, f.before(), cur, unit), show(f, f.after(), cur, unit));
      }
      d.table(rows);
    }
    return d;
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  /** {@return "label: before → after per (change)."}, the one shape of a figure's two values} */
  private static String beforeAfter(
      String label,
      String cur,
      Optional<Unit> unit,
      String per,
      BigDecimal before,
      BigDecimal after,
      BigDecimal change) {
    return label
        + ": "
        + amt(cur, unit, before)
        + " → "
        + amt(cur, unit, after)
        + " "
        + per
        + " ("
        + chg(cur, unit, change)
        + ").";
  }

  private static String amt(String cur, Optional<Unit> unit, BigDecimal v) {
    return Figures.amount(cur, unit, v);
  }

  /** A change as a table shows it: {@code +£180.63}, {@code −2 hours}, {@code £0.00}. */
  private static String chg(String cur, Optional<Unit> unit, BigDecimal v) {
    return Figures.change(cur, unit, v);
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
      case OTHER_FUNDING -> "Funding from elsewhere";
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
      case MODERATIONS, OTHER_FUNDING -> "none";
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
      case OTHER_FUNDING -> "Funding from elsewhere";
      case COUNCIL_WEEKLY -> "Council budget a week";
      case COUNCIL_ANNUAL -> "Council budget a year";
      case FLAGS -> "Flags";
    };
  }

  private static String show(
      ComparisonFigure f, Optional<String> v, String cur, Optional<Unit> unit) {
    if (v.isEmpty()) {
      return "none";
    }
    return switch (f.kind()) {
      case SUPPLEMENT,
          CURVE_AMOUNT,
          INDICATIVE_WEEKLY,
          INDICATIVE_ANNUAL,
          FINAL_WEEKLY,
          FINAL_ANNUAL,
          COUNCIL_WEEKLY,
          COUNCIL_ANNUAL ->
          amt(cur, unit, new BigDecimal(v.get()));
      default -> v.get();
    };
  }
}
