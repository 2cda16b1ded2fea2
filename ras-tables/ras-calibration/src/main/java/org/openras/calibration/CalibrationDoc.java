package org.openras.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openras.explain.Figures;
import org.openras.report.Doc;
import org.openras.table.Band;
import org.openras.table.Period;

/**
 * What a {@link CalibrationReport} says, in order, as the one document model of the reports: how
 * many people the fit rests on (and whether the fitted table may be used), then each curve's bands
 * before and after with a chart of the fitted curve (with scales), the residuals and the people
 * furthest from the fit. Money by {@link Figures}.
 */
final class CalibrationDoc {
  private final CalibrationReport r;
  private final String cur;

  private CalibrationDoc(CalibrationReport r) {
    this.r = r;
    this.cur = r.fitted().currency();
  }

  static Doc of(CalibrationReport r) {
    return new CalibrationDoc(r).doc();
  }

  private Doc doc() {
    Doc d =
        new Doc(
            "Calibration of "
                + r.from().id()
                + " "
                + r.from().version()
                + " → version "
                + r.fitted().version()
                + " from "
                + r.fitted().effectiveFrom());
    d.headline(
        "The fit rests on",
        count(r.rowsFitted()) + (r.rowsFitted() == 1 ? " person" : " people"),
        r.refusal()
            .map(s -> "The fitted table should not be used: " + s + ".")
            .orElse("Enough people for the fitted table's figures to mean something."));
    d.para(
        "Rows in: "
            + r.rowsIn()
            + " = fitted: "
            + r.rowsFitted()
            + " + without a cost: "
            + r.rowsWithoutCost()
            + " + in error: "
            + r.rowsInError()
            + ". A residual is the fitted table's indicative budget a week minus the person's"
            + " current cost a week: positive when the RAS would give more than is spent now.");
    for (CalibrationReport.CurveFit c : r.curves()) {
      curve(d, c);
    }
    d.heading(2, "Residuals");
    d.table(residuals("By band of the fitted table", "Curve / band", r.byBand()));
    d.table(residuals("By client group", "Client group", r.byClientGroup()));
    if (!r.furthest().isEmpty()) {
      d.heading(2, "Furthest from the fit");
      Doc.Table t =
          Doc.Table.of(
                  "The people furthest from the fit (at most 20)",
                  "Row",
                  "Id",
                  "Client group",
                  "Cost a week",
                  "Fitted a week",
                  "Residual")
              .numeric(0, 3, 4, 5);
      for (CalibrationReport.Person p : r.furthest()) {
        t.row(
            String.valueOf(p.row()),
            p.id(),
            p.clientGroup(),
            money(p.cost()),
            money(p.fitted()),
            Figures.change(cur, p.residual()));
      }
      d.table(t);
    }
    if (!r.errors().isEmpty()) {
      d.heading(2, "Problems");
      d.bullets(r.errors());
    }
    return d;
  }

  private void curve(Doc d, CalibrationReport.CurveFit c) {
    d.heading(2, "Curve " + c.clientGroup());
    d.para(
        count(c.people())
            + (c.people() == 1 ? " person" : " people")
            + ", R² "
            + String.format(Locale.ROOT, "%.4f", c.rSquared())
            + ", mean absolute error "
            + money(c.meanAbsoluteError())
            + " a week.");
    Doc.Table t =
        Doc.Table.of(
                "Curve " + c.clientGroup() + ": the bands before and after the fit",
                "Band",
                "From (points)",
                "Amount after",
                "Per point after",
                "Amount before",
                "Per point before",
                "Fitted on")
            .numeric(1, 2, 3, 4, 5, 6)
            .rowHeaders();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < c.after().size(); i++) {
      Band a = c.after().get(i);
      Band b = i < c.before().size() ? c.before().get(i) : null;
      long n = i < c.peoplePerBand().size() ? c.peoplePerBand().get(i) : 0;
      t.row(
          a.label(),
          Figures.number(a.from()),
          money(a.amount()),
          money(a.perPoint()),
          b == null ? "" : money(b.amount()),
          b == null ? "" : money(b.perPoint()),
          n == 0 ? "no one: kept" : count(n) + (n == 1 ? " person" : " people"));
      lines.add(
          "band "
              + a.label()
              + " from "
              + Figures.number(a.from())
              + ": amount "
              + Figures.number(a.amount())
              + ", per point "
              + Figures.number(a.perPoint())
              + (b == null
                  ? ""
                  : " (was "
                      + Figures.number(b.amount())
                      + ", "
                      + Figures.number(b.perPoint())
                      + ")"));
    }
    d.table(t);
    d.para("In short: " + String.join("; ", lines) + ".");
    List<Band> bands = c.after();
    if (!bands.isEmpty()) {
      BigDecimal last = bands.get(bands.size() - 1).from();
      BigDecimal xMax = last.multiply(new BigDecimal("1.2")).max(last.add(BigDecimal.valueOf(5)));
      List<Doc.Segment> segments = new ArrayList<>();
      for (int i = 0; i < bands.size(); i++) {
        Band a = bands.get(i);
        BigDecimal end = i + 1 < bands.size() ? bands.get(i + 1).from() : xMax;
        segments.add(new Doc.Segment(a.label(), a.from(), a.amount(), end, a.amountAt(end)));
      }
      String per = r.fitted().period() == Period.WEEK ? " a week" : " a year";
      d.curveChart(
          "The fitted curve " + c.clientGroup() + ": budget against points",
          "The money"
              + per
              + " the fitted curve "
              + c.clientGroup()
              + " gives for each total of points, from 0 to "
              + Figures.number(xMax)
              + " points.",
          "Total points",
          "Money" + per,
          xMax,
          segments,
          cur);
    }
  }

  private Doc.Table residuals(
      String caption, String title, List<CalibrationReport.Residuals> rows) {
    Doc.Table t =
        Doc.Table.of(caption, title, "People", "Mean residual", "Mean |residual|")
            .numeric(1, 2, 3)
            .rowHeaders();
    for (CalibrationReport.Residuals x : rows) {
      t.row(
          x.group(),
          count(x.people()),
          Figures.change(cur, x.meanResidual()),
          money(x.meanAbsoluteResidual()));
    }
    return t;
  }

  private String money(BigDecimal v) {
    return Figures.money(cur, v);
  }

  private static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
