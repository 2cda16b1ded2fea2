package org.openras.report;

/**
 * Writes a {@link Doc} as one self-contained HTML page: no external resource (styles inline, no
 * scripts, no fonts or images to fetch), semantic headings and tables with captions and header
 * cells, dark text on white, a print style, and charts as inline SVG with a title and a description
 * for screen readers. The page is also well-formed XML (void elements closed), so both an HTML and
 * an XML parser read it without error. Every text is escaped.
 */
final class HtmlWriter {
  /**
   * The one stylesheet of every page: dark text on white (contrast at least 4.5:1 everywhere), one
   * column that reads from a 360 px phone to a desktop, tables in a scroll region of their own when
   * they are wider than the screen (never squeezed into a column of single letters), a visible
   * focus, and an A4 print style with the page number in the bottom margin.
   */
  static final String STYLE =
      ":root{color-scheme:light}*{box-sizing:border-box}"
          + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#1a1a1a;background:#fff;line-height:1.5;margin:0;overflow-wrap:break-word}"
          + "main{max-width:56rem;margin:0 auto;padding:1rem}"
          + "@media (min-width:40rem){main{padding:1.5rem 2rem}}"
          + "h1{font-size:1.6rem;line-height:1.25;color:#10375c;margin:.5rem 0 1rem}"
          + "h2{font-size:1.3rem;line-height:1.3;color:#10375c;border-bottom:2px solid #10375c;"
          + "margin:2rem 0 .75rem}"
          + "h3{font-size:1.1rem;color:#10375c;margin:1.5rem 0 .5rem}"
          + "a{color:#10375c}"
          + ":focus-visible{outline:3px solid #10375c;outline-offset:2px}"
          + ".skip{position:absolute;left:-100vw;top:0}"
          + ".skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem 1rem;"
          + "border:2px solid #10375c}"
          + ".headline{border:2px solid #10375c;border-radius:.4rem;background:#f3f6fa;"
          + "padding:.75rem 1rem;margin:1rem 0}"
          + ".headline p{margin:.2rem 0}"
          + ".headline .figure{font-size:2rem;font-weight:700;line-height:1.2;color:#10375c}"
          + ".table{overflow-x:auto;margin:.75rem 0}"
          + "table{border-collapse:collapse;width:100%}"
          + "caption{text-align:left;font-weight:700;padding:.25rem 0}"
          + "th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;"
          + "vertical-align:top;overflow-wrap:break-word}"
          + "thead th{background:#e6edf5}tbody th{font-weight:600}"
          + ".num{text-align:right}"
          + "tr.strong>*{font-weight:700;background:#e6edf5}"
          + "p.note{border-left:4px solid #10375c;padding-left:.75rem}"
          + "p.source{font-size:.9rem;color:#333;font-style:italic}"
          + "figure{margin:1rem 0}figcaption{font-size:.9rem;color:#333}"
          + "svg{max-width:100%;height:auto}"
          + "code{font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere}"
          + "@page{size:A4;margin:16mm 15mm 18mm;"
          + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);"
          + "font-size:9pt;color:#333}}"
          + "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}.skip{display:none}"
          + ".table{overflow:visible}h2,h3,caption{break-after:avoid}"
          + "tr,figure,.headline,p.note{break-inside:avoid}thead{display:table-header-group}"
          + "p,li{orphans:3;widows:3}h2{margin-top:1.25rem}}";

  private HtmlWriter() {}

  static String write(Doc doc) {
    StringBuilder out = new StringBuilder(32_768);
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append(org.openras.internal.text.Csp.META)
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(doc.title))
        .append("</title>\n")
        .append("<style>")
        .append(STYLE)
        .append("</style>\n")
        .append("<style>@page{@bottom-left{content:\"")
        .append(cssString(doc.title))
        .append("\";font-size:9pt;color:#333}}</style>\n")
        .append("</head>\n<body>\n<a class=\"skip\" href=\"#content\">Skip to the content</a>\n")
        .append("<main id=\"content\">\n");
    int charts = 0;
    int tables = 0;
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
      } else if (b instanceof Doc.Headline h) {
        out.append("<div class=\"headline\">\n<p>")
            .append(escape(h.label()))
            .append("</p>\n<p class=\"figure\">")
            .append(escape(h.figure()))
            .append("</p>\n");
        if (!h.detail().isEmpty()) {
          out.append("<p>").append(escape(h.detail())).append("</p>\n");
        }
        out.append("</div>\n");
      } else if (b instanceof Doc.Table t) {
        tables++;
        table(out, t, "table-" + tables);
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

  private static void table(StringBuilder out, Doc.Table t, String id) {
    out.append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        .append(id)
        .append("\">\n<table>\n<caption id=\"")
        .append(id)
        .append("\">")
        .append(escape(t.caption()))
        .append("</caption>\n");
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
        boolean head = c == 0 && t.headed();
        String tag = head ? "th" : "td";
        out.append('<').append(tag).append(head ? " scope=\"row\"" : "");
        out.append(t.numeric()[c] ? " class=\"num\">" : ">")
            .append(escape(r.cells().get(c)))
            .append("</")
            .append(tag)
            .append('>');
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  /** The text as the contents of a CSS string: quotes, backslashes and markup escaped. */
  static String cssString(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
        s.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * The text as HTML text, by the one escaper of the pages ({@link
   * org.openras.internal.text.HtmlEscape}).
   */
  static String escape(String text) {
    return org.openras.internal.text.HtmlEscape.escape(text);
  }
}
