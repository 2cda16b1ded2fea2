package org.openras.examples.cli;

import java.math.BigDecimal;
import java.util.Map;
import org.openras.assessment.Assessment;
import org.openras.check.BandReach;
import org.openras.check.CheckReport;
import org.openras.check.Example;
import org.openras.check.Extremes;
import org.openras.check.Finding;
import org.openras.check.RuleReach;
import org.openras.check.Severity;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.tables.CheckJson;

/** A check report as text, JSON ({@code ras-check/1}) or Markdown. */
final class CheckReportWriter {
  private CheckReportWriter() {}

  // ------------------------------------------------------------------ text

  static String text(RasTable t, CheckReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Table ")
        .append(t.id())
        .append(' ')
        .append(t.version())
        .append(" (")
        .append(t.fingerprint())
        .append(")\n");
    b.append(summary(r)).append("\n");
    for (Finding f : r.findings()) {
      b.append('\n')
          .append(
              String.format(
                  "%-7s %s at %s%n",
                  f.severity(), f.code(), f.pointer().isEmpty() ? "the table" : f.pointer()));
      b.append("        ").append(f.message()).append('\n');
      if (!f.figures().isEmpty()) {
        b.append("        figures: ").append(figures(f.figures())).append('\n');
      }
    }
    if (!r.exact()) {
      b.append("\nThe reachable totals were not computed exactly (see NOT_EXACT).\n");
    } else {
      b.append("\nLeast and greatest, by client group and locality (every assessment counted):\n");
      for (Extremes e : r.extremes()) {
        b.append("  client group ")
            .append(e.clientGroup())
            .append(", locality ")
            .append(e.locality())
            .append(": points ")
            .append(plain(e.leastPoints().totalPoints()))
            .append(" to ")
            .append(plain(e.greatestPoints().totalPoints()))
            .append(", budget ")
            .append(e.leastBudget().budget().toPlainString())
            .append(" to ")
            .append(e.greatestBudget().budget().toPlainString())
            .append(' ')
            .append(t.currency())
            .append(" a ")
            .append(t.period().name().toLowerCase())
            .append('\n');
        b.append("    least budget:    ").append(example(e.leastBudget())).append('\n');
        b.append("    greatest budget: ").append(example(e.greatestBudget())).append('\n');
        b.append("    least points:    ").append(example(e.leastPoints())).append('\n');
        b.append("    greatest points: ").append(example(e.greatestPoints())).append('\n');
      }
      b.append("\nBands:\n");
      for (BandReach band : r.bands()) {
        b.append("  curve ")
            .append(band.clientGroup())
            .append(", band ")
            .append(band.band())
            .append(": ")
            .append(
                band.reachable()
                    ? "reachable (least total " + plain(band.leastTotal().orElseThrow()) + ")"
                    : "NOT reachable")
            .append('\n');
      }
    }
    if (!r.rules().isEmpty()) {
      b.append("\nAdjustments and supplements:\n");
      for (RuleReach rule : r.rules()) {
        b.append("  ")
            .append(rule.kind())
            .append(' ')
            .append(rule.id())
            .append(": ")
            .append(
                rule.canFire()
                    ? "can act (" + String.join(", ", rule.descriptors()) + ")"
                    : "can never act")
            .append('\n');
      }
    }
    return b.toString();
  }

  private static String summary(CheckReport r) {
    return r.findings(Severity.ERROR).size()
        + " error(s), "
        + r.findings(Severity.WARNING).size()
        + " warning(s), "
        + r.findings(Severity.INFO).size()
        + " info; "
        + (r.exact() ? "exact" : "NOT exact");
  }

  private static String example(Example x) {
    return plain(x.totalPoints())
        + " points, budget "
        + x.budget().toPlainString()
        + ": "
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

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  // ------------------------------------------------------------------ markdown

  static String markdown(RasTable t, CheckReport r) {
    StringBuilder b = new StringBuilder();
    b.append("# Table checks: ")
        .append(cell(t.id()))
        .append(' ')
        .append(cell(t.version()))
        .append("\n\n");
    b.append("Fingerprint `")
        .append(t.fingerprint())
        .append("`. ")
        .append(summary(r))
        .append(".\n\n## Findings\n\n");
    if (r.findings().isEmpty()) {
      b.append("None.\n");
    } else {
      b.append("| severity | code | place | finding | figures |\n|---|---|---|---|---|\n");
      for (Finding f : r.findings()) {
        b.append("| ")
            .append(f.severity())
            .append(" | `")
            .append(f.code())
            .append("` | `")
            .append(f.pointer().replace("`", "'"))
            .append("` | ")
            .append(cell(f.message()))
            .append(" | ")
            .append(cell(figures(f.figures())))
            .append(" |\n");
      }
    }
    if (r.exact()) {
      b.append(
          "\n## Least and greatest\n\n| client group | locality | points | budget |"
              + " least budget reached by | greatest budget reached by |\n|---|---|---|---|---|---|\n");
      for (Extremes e : r.extremes()) {
        b.append("| ")
            .append(cell(e.clientGroup()))
            .append(" | ")
            .append(cell(e.locality()))
            .append(" | ")
            .append(plain(e.leastPoints().totalPoints()))
            .append(" – ")
            .append(plain(e.greatestPoints().totalPoints()))
            .append(" | ")
            .append(e.leastBudget().budget().toPlainString())
            .append(" – ")
            .append(e.greatestBudget().budget().toPlainString())
            .append(" | ")
            .append(cell(answers(e.leastBudget().assessment())))
            .append(" | ")
            .append(cell(answers(e.greatestBudget().assessment())))
            .append(" |\n");
      }
      b.append("\n## Bands\n\n| curve | band | reachable | least total |\n|---|---|---|---|\n");
      for (BandReach band : r.bands()) {
        b.append("| ")
            .append(cell(band.clientGroup()))
            .append(" | ")
            .append(cell(band.band()))
            .append(" | ")
            .append(band.reachable() ? "yes" : "**no**")
            .append(" | ")
            .append(band.leastTotal().map(CheckReportWriter::plain).orElse(""))
            .append(" |\n");
      }
    }
    if (!r.rules().isEmpty()) {
      b.append(
          "\n## Adjustments and supplements\n\n| rule | id | can act | by |\n|---|---|---|---|\n");
      for (RuleReach rule : r.rules()) {
        b.append("| ")
            .append(rule.kind())
            .append(" | ")
            .append(cell(rule.id()))
            .append(" | ")
            .append(rule.canFire() ? "yes" : "**no**")
            .append(" | ")
            .append(cell(String.join(", ", rule.descriptors())))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  /** A Markdown table cell: markup (HTML tags included) escaped, on one line. */
  private static String cell(String s) {
    return Renderer.escapeMarkdown(s);
  }

  // ------------------------------------------------------------------ json

  static String json(RasTable t, CheckReport r) {
    return CheckJson.write(t, r);
  }
}
