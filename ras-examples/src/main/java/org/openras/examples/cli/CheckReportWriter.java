package org.openras.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.assessment.Assessment;
import org.openras.check.BandReach;
import org.openras.check.CheckReport;
import org.openras.check.Example;
import org.openras.check.Extremes;
import org.openras.check.Finding;
import org.openras.check.RuleReach;
import org.openras.check.Severity;
import org.openras.explain.Figures;
import org.openras.report.Doc;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.tables.CheckJson;

/**
 * A check report as text, Markdown or HTML — one document ({@link Doc}) written by the project's
 * one writer of each format — or as JSON ({@code ras-check/1}).
 */
final class CheckReportWriter {
  private CheckReportWriter() {}

  static String text(RasTable t, CheckReport r) {
    return doc(t, r).text();
  }

  static String markdown(RasTable t, CheckReport r) {
    return doc(t, r).markdown();
  }

  static String html(RasTable t, CheckReport r) {
    return doc(t, r).html();
  }

  static String json(RasTable t, CheckReport r) {
    return CheckJson.write(t, r);
  }

  /** What a check report says, in order: the same in every format. */
  static Doc doc(RasTable t, CheckReport r) {
    Doc d = new Doc("Table checks: " + t.id() + " " + t.version());
    d.headline(
        "Findings",
        summary(r),
        r.exact()
            ? "Every reachable total was computed exactly."
            : "The reachable totals were NOT computed exactly (see NOT_EXACT).");
    d.para(
        "Table \""
            + t.name()
            + "\", "
            + t.id()
            + " version "
            + t.version()
            + ", fingerprint "
            + t.fingerprint()
            + ".");
    d.heading(2, "Findings");
    if (r.findings().isEmpty()) {
      d.para("None.");
    } else {
      List<String> items = new ArrayList<>();
      for (Finding f : r.findings()) {
        items.add(
            f.severity()
                + " "
                + f.code()
                + " at "
                + (f.pointer().isEmpty() ? "the table" : f.pointer())
                + ": "
                + f.message()
                + (f.message().endsWith(".") ? "" : ".")
                + (f.figures().isEmpty() ? "" : " Figures: " + figures(f.figures()) + "."));
      }
      d.bullets(items);
    }
    if (r.exact()) {
      String cur = t.currency();
      Optional<Unit> unit = t.allocation().unit();
      String per = Figures.per(t.period());
      d.heading(2, "Least and greatest");
      d.para("By client group and locality, every possible assessment counted.");
      Doc.Table range =
          Doc.Table.of(
                  "Least and greatest points and budget (" + per + ")",
                  "Client group",
                  "Locality",
                  "Points",
                  "Budget")
              .numeric(2, 3);
      List<String> examples = new ArrayList<>();
      for (Extremes e : r.extremes()) {
        range.row(
            e.clientGroup(),
            e.locality(),
            Figures.number(e.leastPoints().totalPoints())
                + " – "
                + Figures.number(e.greatestPoints().totalPoints()),
            Figures.amount(cur, unit, e.leastBudget().budget())
                + " – "
                + Figures.amount(cur, unit, e.greatestBudget().budget()));
        String where = "Client group " + e.clientGroup() + ", locality " + e.locality() + ", ";
        examples.add(where + "least budget: " + example(cur, unit, e.leastBudget()));
        examples.add(where + "greatest budget: " + example(cur, unit, e.greatestBudget()));
        examples.add(where + "least points: " + example(cur, unit, e.leastPoints()));
        examples.add(where + "greatest points: " + example(cur, unit, e.greatestPoints()));
      }
      d.table(range);
      d.para("Answers that reach them:");
      d.bullets(examples);
      d.heading(2, "Bands");
      Doc.Table bands =
          Doc.Table.of(
                  "Whether each band can be reached", "Curve", "Band", "Reachable", "Least total")
              .numeric(3);
      for (BandReach band : r.bands()) {
        bands.row(
            band.clientGroup(),
            band.band(),
            band.reachable() ? "yes" : "NO",
            band.leastTotal().map(Figures::number).orElse(""));
      }
      d.table(bands);
    }
    if (!r.rules().isEmpty()) {
      d.heading(2, "Adjustments and supplements");
      Doc.Table rules =
          Doc.Table.of(
              "Whether each adjustment and supplement can act",
              "Rule",
              "Id",
              "Can act",
              "By the answers");
      for (RuleReach rule : r.rules()) {
        rules.row(
            rule.kind().toString(),
            rule.id(),
            rule.canFire() ? "yes" : "NEVER",
            String.join(", ", rule.descriptors()));
      }
      d.table(rules);
    }
    return d;
  }

  private static String summary(CheckReport r) {
    return r.findings(Severity.ERROR).size()
        + " error(s), "
        + r.findings(Severity.WARNING).size()
        + " warning(s), "
        + r.findings(Severity.INFO).size()
        + " info";
  }

  private static String example(String currency, Optional<Unit> unit, Example x) {
    return Figures.points(x.totalPoints())
        + ", budget "
        + Figures.amount(currency, unit, x.budget())
        + ", by "
        + answers(x.assessment());
  }

  static String answers(Assessment a) {
    StringBuilder b = new StringBuilder();
    a.answers()
        .forEach(
            (q, ans) -> {
              if (b.length() > 0) {
                b.append(' ');
              }
              b.append(q)
                  .append('=')
                  .append(
                      ans.descriptors().isEmpty() ? "(none)" : String.join("+", ans.descriptors()));
            });
    return b.length() == 0 ? "(no answers)" : b.toString();
  }

  private static String figures(Map<String, String> figures) {
    StringBuilder b = new StringBuilder();
    figures.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }
}
