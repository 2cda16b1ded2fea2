package org.openras.report;

import org.openras.internal.text.MarkdownEscape;

/**
 * Writes a {@link Doc} as CommonMark with GitHub tables. Every text is escaped, so a table's words
 * can never turn into markup. Charts are left out: their figures are in the document's tables.
 */
final class MarkdownWriter {
  private MarkdownWriter() {}

  static String write(Doc doc) {
    StringBuilder out = new StringBuilder();
    for (Doc.Block b : doc.blocks) {
      String text = block(b);
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(text);
    }
    return out.toString();
  }

  private static String block(Doc.Block b) {
    if (b instanceof Doc.Heading h) {
      return "#".repeat(h.level()) + " " + escape(h.text()) + "\n";
    }
    if (b instanceof Doc.Para p) {
      return switch (p.style()) {
        case PLAIN -> escape(p.text()) + "\n";
        case NOTE -> "> " + escape(p.text()) + "\n";
        case SOURCE -> "*" + escape(p.text()) + "*\n";
      };
    }
    if (b instanceof Doc.Headline h) {
      String head = "**" + escape(h.label() + ": " + h.figure()) + "**";
      return h.detail().isEmpty() ? head + "\n" : head + "\\\n" + escape(h.detail()) + "\n";
    }
    if (b instanceof Doc.Bullets l) {
      StringBuilder s = new StringBuilder();
      for (String item : l.items()) {
        s.append("- ").append(escape(item)).append('\n');
      }
      return s.toString();
    }
    if (b instanceof Doc.Table t) {
      StringBuilder s = new StringBuilder();
      if (!t.caption().isEmpty()) {
        s.append("**").append(escape(t.caption())).append("**\n\n");
      }
      s.append('|');
      for (String h : t.headers()) {
        s.append(' ').append(escape(h)).append(" |");
      }
      s.append("\n|");
      for (int c = 0; c < t.headers().size(); c++) {
        s.append(t.numeric()[c] ? " ---: |" : " --- |");
      }
      s.append('\n');
      for (Doc.Row r : t.rows()) {
        s.append('|');
        for (String cell : r.cells()) {
          String text = escape(cell);
          s.append(' ')
              .append(r.strong() && !text.isEmpty() ? "**" + text + "**" : text)
              .append(" |");
        }
        s.append('\n');
      }
      return s.toString();
    }
    return "";
  }

  static String escape(String text) {
    return MarkdownEscape.escape(text);
  }
}
