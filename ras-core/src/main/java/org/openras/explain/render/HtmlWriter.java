package org.openras.explain.render;

/**
 * Writes a {@link Doc} as one self-contained HTML page: no external resource (styles inline, no
 * scripts, no fonts or images to fetch), semantic headings and tables with captions and header
 * cells, dark text on white, a print style, and charts as inline SVG with a title and a description
 * for screen readers. The page is also well-formed XML (void elements closed), so both an HTML and
 * an XML parser read it without error. Every text is escaped.
 */
final class HtmlWriter {
  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#1a1a1a;background:#fff;line-height:1.5;margin:0}"
          + "main{max-width:56rem;margin:0 auto;padding:1.5rem}"
          + "h1{font-size:1.75rem;color:#10375c}"
          + "h2{font-size:1.35rem;color:#10375c;border-bottom:2px solid #10375c;"
          + "margin-top:2rem}"
          + "h3{font-size:1.1rem;color:#10375c;margin-top:1.5rem}"
          + "table{border-collapse:collapse;width:100%;margin:0.75rem 0}"
          + "caption{text-align:left;font-weight:bold;padding:0.25rem 0}"
          + "th,td{border:1px solid #767676;padding:0.3rem 0.5rem;text-align:left;"
          + "vertical-align:top;overflow-wrap:anywhere}"
          + "thead th{background:#e6edf5}"
          + ".num{text-align:right}td.num{white-space:nowrap}"
          + "tr.strong td{font-weight:bold;background:#f3f6fa}"
          + "p.note{border-left:4px solid #10375c;padding-left:0.75rem}"
          + "p.source{font-size:0.9rem;color:#333;font-style:italic}"
          + "figure{margin:1rem 0}figcaption{font-size:0.9rem;color:#333}"
          + "svg{max-width:100%;height:auto}"
          + "code{font-family:ui-monospace,Consolas,monospace;word-break:break-all}"
          + "@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}"
          + "table,figure{break-inside:avoid}}";

  private HtmlWriter() {}

  static String write(Doc doc) {
    StringBuilder out = new StringBuilder(32_768);
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append(org.openras.explain.ContentSecurityPolicy.META)
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(doc.title))
        .append("</title>\n")
        .append("<style>")
        .append(STYLE)
        .append("</style>\n")
        .append("</head>\n<body>\n<main>\n");
    int charts = 0;
    for (Doc.Block b : doc.blocks) {
      if (b instanceof Doc.Heading h) {
        out.append("<h")
            .append(h.level())
            .append('>')
            .append(escape(h.text()))
            .append("</h")
            .append(h.level())
            .append(">\n");
      } else if (b instanceof Doc.Para p) {
        out.append(
                switch (p.style()) {
                  case PLAIN -> "<p>";
                  case NOTE -> "<p class=\"note\">";
                  case SOURCE -> "<p class=\"source\">";
                })
            .append(escape(p.text()))
            .append("</p>\n");
      } else if (b instanceof Doc.Bullets l) {
        out.append("<ul>\n");
        for (String item : l.items()) {
          out.append("<li>").append(escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
      } else if (b instanceof Doc.Table t) {
        table(out, t);
      } else {
        charts++;
        String id = "chart-" + charts;
        out.append("<figure>\n");
        if (b instanceof Doc.BarChart c) {
          Svg.bars(out, id, c);
          caption(out, c.description());
        } else if (b instanceof Doc.Waterfall w) {
          Svg.waterfall(out, id, w);
          caption(out, w.description());
        } else if (b instanceof Doc.CurveChart c) {
          Svg.curve(out, id, c);
          caption(out, c.description());
        }
        out.append("</figure>\n");
      }
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void caption(StringBuilder out, String text) {
    out.append("<figcaption>").append(escape(text)).append("</figcaption>\n");
  }

  private static void table(StringBuilder out, Doc.Table t) {
    out.append("<table>\n");
    if (!t.caption().isEmpty()) {
      out.append("<caption>").append(escape(t.caption())).append("</caption>\n");
    }
    out.append("<thead>\n<tr>");
    for (int c = 0; c < t.headers().size(); c++) {
      out.append(t.numeric()[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
          .append(escape(t.headers().get(c)))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (Doc.Row r : t.rows()) {
      out.append(r.strong() ? "<tr class=\"strong\">" : "<tr>");
      for (int c = 0; c < r.cells().size(); c++) {
        out.append(t.numeric()[c] ? "<td class=\"num\">" : "<td>")
            .append(escape(r.cells().get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /**
   * The text as HTML text, by the one escaper of the pages ({@link org.openras.explain.HtmlText}).
   */
  static String escape(String text) {
    return org.openras.explain.HtmlText.escape(text);
  }
}
