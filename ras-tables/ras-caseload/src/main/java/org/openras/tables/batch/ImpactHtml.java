package org.openras.tables.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.openras.explain.ContentSecurityPolicy;
import org.openras.explain.HtmlText;

/**
 * The HTML form of an {@link ImpactReport}: one self-contained page (no external resources),
 * semantic headings and tables, two inline SVG charts — the histogram of weekly changes and the
 * weekly cost by client group before and after.
 */
final class ImpactHtml {
  private ImpactHtml() {}

  static String of(ImpactReport r) {
    StringBuilder h = new StringBuilder(16_384);
    String title = "Impact of " + ImpactText.ref(r.before()) + " → " + ImpactText.ref(r.after());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(ContentSecurityPolicy.META)
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,sans-serif;color:#111;background:#fff;max-width:60rem;"
                + "margin:2rem auto;padding:0 1rem;line-height:1.45}\n")
        .append(
            "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #666;"
                + "padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}\n")
        .append("caption{text-align:left;font-weight:bold;margin-bottom:.25rem}\n")
        .append("svg text{font-size:11px;fill:#111}\n@media print{body{margin:0}}\n")
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(esc(title))
        .append("</h1>\n");
    h.append("<p>Tables: before <code>")
        .append(esc(r.before().fingerprint().value()))
        .append("</code>, after <code>")
        .append(esc(r.after().fingerprint().value()))
        .append("</code>. Figures are weekly indicative budgets (moderations left out).</p>\n");
    h.append("<h2>Summary</h2>\n<table>\n<tbody>\n");
    row(h, "Rows in", Long.toString(r.rowsIn()));
    row(h, "Computed", Long.toString(r.computed()));
    row(h, "In error", Long.toString(r.inError()));
    row(h, "Winners (higher budget after)", Long.toString(r.winners()));
    row(h, "Losers (lower budget after)", Long.toString(r.losers()));
    row(h, "Unchanged", Long.toString(r.unchanged()));
    row(h, "Weekly cost before", r.weeklyBefore().toPlainString());
    row(h, "Weekly cost after", r.weeklyAfter().toPlainString());
    row(h, "Annual cost before", r.annualBefore().toPlainString());
    row(h, "Annual cost after", r.annualAfter().toPlainString());
    h.append("</tbody>\n</table>\n");

    h.append("<h2>How budgets change</h2>\n");
    if (!r.percentiles().isEmpty()) {
      h.append(
          "<table>\n<caption>Weekly change by percentile (nearest rank)</caption>\n<thead><tr>");
      for (ImpactReport.Percentile p : r.percentiles()) {
        h.append("<th scope=\"col\">").append(esc(p.name())).append("</th>");
      }
      h.append("</tr></thead>\n<tbody><tr>");
      for (ImpactReport.Percentile p : r.percentiles()) {
        h.append("<td>").append(esc(ImpactText.signed(p.change()))).append("</td>");
      }
      h.append("</tr></tbody>\n</table>\n");
      histogram(h, r.histogram());
    }
    h.append("<h2>By client group</h2>\n");
    groups(h, "Client group", r.byClientGroup());
    costChart(h, r.byClientGroup());
    h.append("<h2>By band under the table before</h2>\n");
    groups(h, "Band", r.byBand());
    h.append("<h2>Largest changes</h2>\n<p>")
        .append(r.overThreshold())
        .append(" people changed by at least ")
        .append(esc(r.threshold().toPlainString()))
        .append(" a week.</p>\n");
    if (!r.largest().isEmpty()) {
      h.append(
          "<table>\n<caption>The largest changes (at most 50)</caption>\n<thead><tr>"
              + "<th scope=\"col\">Row</th><th scope=\"col\">Id</th><th scope=\"col\">Client group</th>"
              + "<th scope=\"col\">Band before</th><th scope=\"col\">Band after</th>"
              + "<th scope=\"col\">Weekly before</th><th scope=\"col\">Weekly after</th>"
              + "<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
      for (PersonChange p : r.largest()) {
        h.append("<tr><td>")
            .append(p.row())
            .append("</td><td>")
            .append(esc(p.id()))
            .append("</td><td>")
            .append(esc(p.clientGroup()))
            .append("</td><td>")
            .append(esc(p.bandBefore()))
            .append("</td><td>")
            .append(esc(p.bandAfter()))
            .append("</td><td>")
            .append(p.weeklyBefore().toPlainString())
            .append("</td><td>")
            .append(p.weeklyAfter().toPlainString())
            .append("</td><td>")
            .append(esc(ImpactText.signed(p.change())))
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th scope=\"row\">")
        .append(esc(name))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>\n");
  }

  private static void groups(StringBuilder h, String title, List<GroupImpact> groups) {
    h.append("<table>\n<thead><tr><th scope=\"col\">")
        .append(esc(title))
        .append(
            "</th><th scope=\"col\">People</th><th scope=\"col\">Gain</th>"
                + "<th scope=\"col\">Lose</th><th scope=\"col\">Same</th>"
                + "<th scope=\"col\">Weekly before</th><th scope=\"col\">Weekly after</th>"
                + "<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
    for (GroupImpact g : groups) {
      h.append("<tr><td>")
          .append(esc(g.group()))
          .append("</td><td>")
          .append(g.people())
          .append("</td><td>")
          .append(g.winners())
          .append("</td><td>")
          .append(g.losers())
          .append("</td><td>")
          .append(g.unchanged())
          .append("</td><td>")
          .append(g.weeklyBefore().toPlainString())
          .append("</td><td>")
          .append(g.weeklyAfter().toPlainString())
          .append("</td><td>")
          .append(esc(ImpactText.signed(g.change())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static final int W = 640;
  private static final int H = 220;
  private static final int LEFT = 50;
  private static final int BOTTOM = 40;

  private static void histogram(StringBuilder h, List<ImpactReport.Bin> bins) {
    long most = bins.stream().mapToLong(ImpactReport.Bin::people).max().orElse(1);
    int n = bins.size();
    double bar = (W - LEFT - 10) / (double) n;
    h.append("<figure>\n<svg role=\"img\" aria-labelledby=\"hist-title\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append(
            "\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"hist-title\">"
                + "Number of people by weekly change</title>\n");
    axes(h);
    for (int i = 0; i < n; i++) {
      ImpactReport.Bin b = bins.get(i);
      double height = most == 0 ? 0 : (H - BOTTOM - 20) * (double) b.people() / most;
      double x = LEFT + i * bar;
      String colour = b.to().signum() < 0 ? "#b2182b" : b.from().signum() > 0 ? "#2166ac" : "#555";
      h.append(
          String.format(
              java.util.Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                  + "<title>%s to %s: %d people</title></rect>%n",
              x + 1,
              H - BOTTOM - height,
              Math.max(1, bar - 2),
              height,
              colour,
              esc(b.from().toPlainString()),
              esc(b.to().toPlainString()),
              b.people()));
    }
    label(h, LEFT, H - BOTTOM + 15, bins.get(0).from().toPlainString(), "start");
    label(h, W - 10, H - BOTTOM + 15, bins.get(n - 1).to().toPlainString(), "end");
    label(h, W / 2, H - 5, "weekly change", "middle");
    label(h, LEFT - 5, 25, Long.toString(most), "end");
    h.append(
        "</svg>\n<figcaption>How many people gain (blue) or lose (red) how much a week."
            + "</figcaption>\n</figure>\n");
  }

  private static void costChart(StringBuilder h, List<GroupImpact> groups) {
    if (groups.isEmpty()) {
      return;
    }
    BigDecimal most = BigDecimal.ONE;
    for (GroupImpact g : groups) {
      most = most.max(g.weeklyBefore()).max(g.weeklyAfter());
    }
    int n = groups.size();
    double slot = (W - LEFT - 10) / (double) n;
    h.append("<figure>\n<svg role=\"img\" aria-labelledby=\"cost-title\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append(
            "\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"cost-title\">"
                + "Weekly cost by client group, before and after</title>\n");
    axes(h);
    for (int i = 0; i < n; i++) {
      GroupImpact g = groups.get(i);
      double x = LEFT + i * slot;
      bar(
          h,
          x + slot * 0.1,
          slot * 0.38,
          g.weeklyBefore(),
          most,
          "#999",
          g.group() + " before: " + g.weeklyBefore().toPlainString());
      bar(
          h,
          x + slot * 0.52,
          slot * 0.38,
          g.weeklyAfter(),
          most,
          "#2166ac",
          g.group() + " after: " + g.weeklyAfter().toPlainString());
      label(h, (int) (x + slot / 2), H - BOTTOM + 15, g.group(), "middle");
    }
    h.append(
        "</svg>\n<figcaption>Weekly cost of each client group before (grey) and after (blue)."
            + "</figcaption>\n</figure>\n");
  }

  private static void bar(
      StringBuilder h,
      double x,
      double width,
      BigDecimal value,
      BigDecimal most,
      String colour,
      String tip) {
    double height = value.divide(most, 6, RoundingMode.HALF_UP).doubleValue() * (H - BOTTOM - 20);
    h.append(
        String.format(
            java.util.Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s</title></rect>%n",
            x,
            H - BOTTOM - height,
            width,
            Math.max(0, height),
            colour,
            esc(tip)));
  }

  private static void axes(StringBuilder h) {
    h.append("<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(H - BOTTOM)
        .append("\" x2=\"")
        .append(W - 10)
        .append("\" y2=\"")
        .append(H - BOTTOM)
        .append("\" stroke=\"#111\"/>\n<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"10\" x2=\"")
        .append(LEFT)
        .append("\" y2=\"")
        .append(H - BOTTOM)
        .append("\" stroke=\"#111\"/>\n");
  }

  private static void label(StringBuilder h, int x, int y, String text, String anchor) {
    h.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(esc(text))
        .append("</text>\n");
  }

  static String esc(String s) {
    return HtmlText.escape(s);
  }
}
