package org.openras.report;

import java.util.ArrayList;
import java.util.List;
import org.openras.internal.text.Visible;

/**
 * Writes a {@link Doc} as plain text, every text with its control characters made visible (so a
 * report printed on a terminal cannot be driven by an escape sequence in a table's words):
 * underlined headings, paragraphs wrapped at 78 characters, tables as aligned columns. Charts are
 * left out: their figures are in the document's tables.
 */
final class TextWriter {
  static final int WIDTH = 78;
  private static final int CELL = 40;

  private TextWriter() {}

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
      char under = h.level() == 1 ? '=' : h.level() == 2 ? '-' : '~';
      String shown = Visible.of(h.text());
      String text = h.level() == 1 ? shown.toUpperCase(java.util.Locale.ROOT) : shown;
      return (h.level() == 2 ? "\n" : "")
          + text
          + "\n"
          + String.valueOf(under).repeat(text.length())
          + "\n";
    }
    if (b instanceof Doc.Para p) {
      return switch (p.style()) {
        case PLAIN -> lines(wrap(p.text(), WIDTH), "", "");
        case NOTE -> lines(wrap(p.text(), WIDTH - 2), "* ", "  ");
        case SOURCE -> lines(wrap(p.text(), WIDTH - 4), "    ", "    ");
      };
    }
    if (b instanceof Doc.Headline h) {
      String head = lines(wrap(h.label() + ": " + h.figure(), WIDTH - 4), "  ", "  ");
      return h.detail().isEmpty() ? head : head + lines(wrap(h.detail(), WIDTH - 4), "  ", "  ");
    }
    if (b instanceof Doc.Bullets l) {
      StringBuilder s = new StringBuilder();
      for (String item : l.items()) {
        s.append(lines(wrap(item, WIDTH - 2), "- ", "  "));
      }
      return s.toString();
    }
    if (b instanceof Doc.Table t) {
      return table(t);
    }
    return "";
  }

  private static String table(Doc.Table t) {
    int n = t.headers().size();
    List<List<List<String>>> rows = new ArrayList<>();
    rows.add(cells(t.headers()));
    for (Doc.Row r : t.rows()) {
      rows.add(cells(r.cells()));
    }
    int[] width = new int[n];
    for (List<List<String>> row : rows) {
      for (int c = 0; c < n; c++) {
        for (String line : row.get(c)) {
          width[c] = Math.max(width[c], line.length());
        }
      }
    }
    StringBuilder s = new StringBuilder();
    if (!t.caption().isEmpty()) {
      String c = Visible.of(t.caption());
      s.append(c).append(c.endsWith("?") || c.endsWith(".") || c.endsWith(":") ? "\n" : ":\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> row = rows.get(r);
      int height = 1;
      for (List<String> cell : row) {
        height = Math.max(height, cell.size());
      }
      for (int line = 0; line < height; line++) {
        StringBuilder l = new StringBuilder("  ");
        for (int c = 0; c < n; c++) {
          String text = line < row.get(c).size() ? row.get(c).get(line) : "";
          String pad = " ".repeat(width[c] - text.length());
          l.append(t.numeric()[c] ? pad + text : text + pad);
          if (c < n - 1) {
            l.append("  ");
          }
        }
        s.append(l.toString().stripTrailing()).append('\n');
      }
      if (r == 0) {
        StringBuilder rule = new StringBuilder("  ");
        for (int c = 0; c < n; c++) {
          rule.append("-".repeat(width[c])).append(c < n - 1 ? "  " : "");
        }
        s.append(rule).append('\n');
      }
    }
    return s.toString();
  }

  private static List<List<String>> cells(List<String> texts) {
    List<List<String>> out = new ArrayList<>();
    for (String t : texts) {
      out.add(t.isEmpty() ? List.of("") : wrap(t, CELL));
    }
    return out;
  }

  private static String lines(List<String> lines, String first, String rest) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      s.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
    return s.toString();
  }

  /** Words wrapped to {@code width}; a word longer than the width stands on its own line. */
  static List<String> wrap(String text, int width) {
    text = Visible.of(text);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
