package org.openras.report;

import static org.openras.report.HtmlWriter.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openras.internal.text.MoneyText;

/**
 * The inline SVG charts of the HTML page. Geometry is drawn in {@code double} (pixels only); every
 * figure printed on a chart is the exact one, formatted by the one money and number formatter. Each
 * chart has a {@code <title>} and a {@code <desc>} and is labelled by them ({@code role="img"}).
 */
final class Svg {
  private static final String INK = "#1a1a1a";
  private static final String BAR = "#1f5f99";
  private static final String UP = "#2e7d32";
  private static final String DOWN = "#b3261e";
  private static final String GRID = "#c8c8c8";

  private Svg() {}

  static void bars(StringBuilder out, String id, Doc.BarChart c) {
    int label = 280;
    int plot = 320;
    int row = 30;
    int width = label + plot + 100;
    boolean scaled = !c.scale().isEmpty();
    int plotBottom = 20 + row * c.bars().size();
    int height = plotBottom + (scaled ? 48 : 10);
    double max = 0;
    for (Doc.Bar b : c.bars()) {
      max = Math.max(max, b.value().doubleValue());
    }
    List<BigDecimal> ticks = scaled ? ticks(max) : List.of();
    if (!ticks.isEmpty()) {
      max = Math.max(max, ticks.get(ticks.size() - 1).doubleValue());
    }
    open(out, id, width, height, c.title(), c.description());
    for (BigDecimal tick : ticks) {
      double x = label + (max <= 0 ? 0 : plot * tick.doubleValue() / max);
      if (tick.signum() > 0) {
        line(out, x, 16, x, plotBottom, GRID);
      }
      line(out, x, plotBottom, x, plotBottom + 5, INK);
      text(
          out,
          x,
          plotBottom + 19,
          "middle",
          c.currency().isPresent()
              ? MoneyText.money(c.currency().get(), tick)
              : MoneyText.number(tick));
    }
    for (int i = 0; i < c.bars().size(); i++) {
      Doc.Bar b = c.bars().get(i);
      double y = 20 + i * row;
      double w = max <= 0 ? 0 : plot * b.value().doubleValue() / max;
      text(out, label - 8, y + 19, "end", b.label());
      out.append("<rect x=\"")
          .append(label)
          .append("\" y=\"")
          .append(f(y + 4))
          .append("\" width=\"")
          .append(f(w))
          .append("\" height=\"")
          .append(row - 8)
          .append("\" fill=\"")
          .append(BAR)
          .append("\"/>\n");
      text(out, label + w + 6, y + 19, "start", b.shown());
    }
    line(out, label, 16, label, plotBottom, INK);
    if (scaled) {
      line(out, label, plotBottom, label + plot, plotBottom, INK);
      text(out, label + plot / 2.0, plotBottom + 40, "middle", c.scale());
    }
    out.append("</svg>\n");
  }

  /**
   * The ticks of a scale from 0 to at least {@code max}: 0 and every multiple of a round step (1, 2
   * or 5 times a power of ten) up to the first at or past {@code max}, about four steps in all.
   */
  static List<BigDecimal> ticks(double max) {
    List<BigDecimal> out = new ArrayList<>();
    out.add(BigDecimal.ZERO);
    if (!(max > 0) || Double.isInfinite(max)) {
      out.add(BigDecimal.ONE);
      return out;
    }
    double raw = max / 4;
    int power = (int) Math.floor(Math.log10(raw));
    double unit = raw / Math.pow(10, power);
    int m = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
    BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(power);
    BigDecimal tick = BigDecimal.ZERO;
    while (tick.doubleValue() < max) {
      tick = tick.add(step);
      out.add(tick);
    }
    return out;
  }

  static void waterfall(StringBuilder out, String id, Doc.Waterfall w) {
    int label = 240;
    int plot = 330;
    int row = 30;
    int width = label + plot + 110;
    int height = 20 + row * w.steps().size() + 10;
    double max = 0;
    for (Doc.Step s : w.steps()) {
      max = Math.max(max, Math.max(s.from().doubleValue(), s.to().doubleValue()));
    }
    double scale = max <= 0 ? 0 : plot / max;
    open(out, id, width, height, w.title(), w.description());
    for (int i = 0; i < w.steps().size(); i++) {
      Doc.Step s = w.steps().get(i);
      double y = 20 + i * row;
      double a = Math.min(s.from().doubleValue(), s.to().doubleValue()) * scale;
      double b = Math.max(s.from().doubleValue(), s.to().doubleValue()) * scale;
      double barWidth = Math.max(1.5, b - a);
      int sign = s.to().compareTo(s.from());
      String fill = s.total() ? BAR : sign < 0 ? DOWN : UP;
      text(out, label - 8, y + 19, "end", s.label());
      out.append("<rect x=\"")
          .append(f(label + a))
          .append("\" y=\"")
          .append(f(y + 4))
          .append("\" width=\"")
          .append(f(barWidth))
          .append("\" height=\"")
          .append(row - 8)
          .append("\" fill=\"")
          .append(fill)
          .append("\"/>\n");
      if (i + 1 < w.steps().size()) {
        double x = label + s.to().doubleValue() * scale;
        out.append("<line x1=\"")
            .append(f(x))
            .append("\" y1=\"")
            .append(f(y + row - 4))
            .append("\" x2=\"")
            .append(f(x))
            .append("\" y2=\"")
            .append(f(y + row + 4))
            .append("\" stroke=\"")
            .append(INK)
            .append("\" stroke-dasharray=\"2 2\"/>\n");
      }
      text(out, label + b + (b - a < 1.5 ? 1.5 : 0) + 6, y + 19, "start", s.shown());
    }
    line(out, label, 16, label, height - 6, INK);
    out.append("</svg>\n");
  }

  static void curve(StringBuilder out, String id, Doc.CurveChart c) {
    int left = 90;
    int right = 30;
    int top = 20;
    int plotW = 520;
    int plotH = 260;
    int width = left + plotW + right;
    int height = top + plotH + 60;
    double xMax = c.xMax().doubleValue();
    double yMax = 0;
    for (Doc.Segment s : c.segments()) {
      yMax = Math.max(yMax, Math.max(s.y0().doubleValue(), s.y1().doubleValue()));
    }
    if (yMax <= 0) {
      yMax = 1;
    }
    if (xMax <= 0) {
      xMax = 1;
    }
    double xs = plotW / xMax;
    double ys = plotH / yMax;
    int baseY = top + plotH;
    open(out, id, width, height, c.title(), c.description());
    // axes
    line(out, left, top, left, baseY, INK);
    line(out, left, baseY, left + plotW, baseY, INK);
    // y ticks: 0, each band's start amount and the top, where there is room for the label
    java.util.TreeSet<BigDecimal> ticks = new java.util.TreeSet<>();
    ticks.add(BigDecimal.ZERO);
    BigDecimal top0 = BigDecimal.ZERO;
    for (Doc.Segment s : c.segments()) {
      ticks.add(s.y0().stripTrailingZeros());
      top0 = top0.max(s.y0()).max(s.y1());
    }
    ticks.add(top0.stripTrailingZeros());
    double lastY = Double.MAX_VALUE;
    for (BigDecimal tick : ticks) {
      double y = baseY - tick.doubleValue() * ys;
      if (lastY - y < 16 && tick.compareTo(top0) != 0) {
        continue;
      }
      if (tick.signum() > 0) {
        line(out, left, y, left + plotW, y, GRID);
      }
      text(out, left - 6, y + 4, "end", MoneyText.money(c.currency(), tick));
      lastY = y;
    }
    for (int i = 0; i < c.segments().size(); i++) {
      Doc.Segment s = c.segments().get(i);
      double x0 = left + s.x0().doubleValue() * xs;
      double x1 = left + s.x1().doubleValue() * xs;
      double y0 = baseY - s.y0().doubleValue() * ys;
      double y1 = baseY - s.y1().doubleValue() * ys;
      if (i > 0) {
        line(out, x0, top, x0, baseY, GRID);
      }
      out.append("<line x1=\"")
          .append(f(x0))
          .append("\" y1=\"")
          .append(f(y0))
          .append("\" x2=\"")
          .append(f(x1))
          .append("\" y2=\"")
          .append(f(y1))
          .append("\" stroke=\"")
          .append(BAR)
          .append("\" stroke-width=\"3\"/>\n");
      out.append("<circle cx=\"")
          .append(f(x0))
          .append("\" cy=\"")
          .append(f(y0))
          .append("\" r=\"3.5\" fill=\"")
          .append(BAR)
          .append("\"/>\n");
      text(out, x0, baseY + 16, i == 0 ? "start" : "middle", MoneyText.number(s.x0()));
      text(out, (x0 + x1) / 2, Math.min(y0, y1) - 8, "middle", s.label());
    }
    text(out, left + plotW, baseY + 16, "end", MoneyText.number(c.xMax()));
    text(out, left + plotW / 2.0, baseY + 40, "middle", c.xLabel());
    out.append("<text x=\"14\" y=\"")
        .append(f(top + plotH / 2.0))
        .append("\" font-size=\"13\" fill=\"")
        .append(INK)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(f(top + plotH / 2.0))
        .append(")\">")
        .append(escape(c.yLabel()))
        .append("</text>\n");
    out.append("</svg>\n");
  }

  private static void open(
      StringBuilder out, String id, int width, int height, String title, String desc) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-family=\"system-ui, Arial," + " sans-serif\">\n")
        .append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>\n")
        .append("<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(desc))
        .append("</desc>\n");
  }

  private static void text(StringBuilder out, double x, double y, String anchor, String text) {
    out.append("<text x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" font-size=\"13\" fill=\"")
        .append(INK)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(text))
        .append("</text>\n");
  }

  private static void line(
      StringBuilder out, double x1, double y1, double x2, double y2, String colour) {
    out.append("<line x1=\"")
        .append(f(x1))
        .append("\" y1=\"")
        .append(f(y1))
        .append("\" x2=\"")
        .append(f(x2))
        .append("\" y2=\"")
        .append(f(y2))
        .append("\" stroke=\"")
        .append(colour)
        .append("\"/>\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
