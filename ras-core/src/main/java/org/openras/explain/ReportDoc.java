package org.openras.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document — a title, headings, paragraphs and tables — that the what-if, comparison and
 * verification reports are built as once, then written as plain text, Markdown or HTML. Every text
 * is escaped for the form it is written in.
 */
final class ReportDoc {
  private sealed interface Block permits Heading, Para, Table {}

  private record Heading(String text) implements Block {}

  private record Para(String text) implements Block {}

  private record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows)
      implements Block {}

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  ReportDoc(String title) {
    this.title = title;
  }

  ReportDoc heading(String text) {
    blocks.add(new Heading(text));
    return this;
  }

  ReportDoc para(String text) {
    blocks.add(new Para(text));
    return this;
  }

  /**
   * Adds a table; a header ending in {@code ">"} marks a numeric column (right-aligned), the marker
   * is not shown.
   */
  ReportDoc table(List<String> headers, List<List<String>> rows) {
    List<String> names = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (String h : headers) {
      boolean n = h.endsWith(">");
      names.add(n ? h.substring(0, h.length() - 1) : h);
      numeric.add(n);
    }
    for (List<String> r : rows) {
      if (r.size() != names.size()) {
        throw new IllegalArgumentException("row " + r + " does not fit " + names);
      }
    }
    blocks.add(new Table(List.copyOf(names), List.copyOf(numeric), List.copyOf(rows)));
    return this;
  }

  // ------------------------------------------------------------------ plain text

  String text() {
    StringBuilder b = new StringBuilder();
    b.append(title).append('\n').append("=".repeat(width(title))).append('\n');
    for (Block block : blocks) {
      b.append('\n');
      if (block instanceof Heading h) {
        b.append(h.text()).append('\n').append("-".repeat(width(h.text()))).append('\n');
      } else if (block instanceof Para p) {
        b.append(p.text()).append('\n');
      } else if (block instanceof Table t) {
        int[] w = new int[t.headers().size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = width(t.headers().get(i));
          for (List<String> r : t.rows()) {
            w[i] = Math.max(w[i], width(r.get(i)));
          }
        }
        line(b, t, t.headers(), w);
        List<String> rule = new ArrayList<>();
        for (int x : w) {
          rule.add("-".repeat(x));
        }
        line(b, t, rule, w);
        for (List<String> r : t.rows()) {
          line(b, t, r, w);
        }
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, Table t, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      if (i > 0) {
        l.append("  ");
      }
      l.append(t.numeric().get(i) ? pad + c : c + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  // ------------------------------------------------------------------ Markdown

  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(md(title)).append('\n');
    for (Block block : blocks) {
      b.append('\n');
      if (block instanceof Heading h) {
        b.append("## ").append(md(h.text())).append('\n');
      } else if (block instanceof Para p) {
        b.append(md(p.text())).append('\n');
      } else if (block instanceof Table t) {
        b.append('|');
        for (String h : t.headers()) {
          b.append(' ').append(md(h)).append(" |");
        }
        b.append("\n|");
        for (boolean n : t.numeric()) {
          b.append(n ? " ---: |" : " --- |");
        }
        b.append('\n');
        for (List<String> r : t.rows()) {
          b.append('|');
          for (String c : r) {
            b.append(' ').append(md(c)).append(" |");
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  /** Escapes what Markdown would read as markup; line breaks become spaces. */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ HTML

  String html() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(ContentSecurityPolicy.META)
        .append("<title>")
        .append(html(title))
        .append("</title>\n")
        .append(
            "<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;"
                + "padding:0 1em;line-height:1.4}table{border-collapse:collapse;margin:1em 0}"
                + "th,td{border:1px solid #999;padding:.3em .6em;text-align:left;"
                + "vertical-align:top}td.n,th.n{text-align:right}</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>")
        .append(html(title))
        .append("</h1>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        b.append("<h2>").append(html(h.text())).append("</h2>\n");
      } else if (block instanceof Para p) {
        b.append("<p>").append(html(p.text())).append("</p>\n");
      } else if (block instanceof Table t) {
        b.append("<table>\n<thead>\n<tr>");
        for (int i = 0; i < t.headers().size(); i++) {
          b.append("<th scope=\"col\"")
              .append(t.numeric().get(i) ? " class=\"n\"" : "")
              .append('>')
              .append(html(t.headers().get(i)))
              .append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> r : t.rows()) {
          b.append("<tr>");
          for (int i = 0; i < r.size(); i++) {
            b.append("<td")
                .append(t.numeric().get(i) ? " class=\"n\"" : "")
                .append('>')
                .append(html(r.get(i)))
                .append("</td>");
          }
          b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      }
    }
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  /** Escapes the characters HTML gives a meaning to. */
  static String html(String s) {
    return HtmlText.escape(s);
  }
}
