package org.openras.explain.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A document laid out once and written in every format: headings, paragraphs, tables, lists and
 * charts. The layouts ({@link StatementLayout}, {@link PublishedTableLayout}) decide what a
 * document says; the writers ({@link TextWriter}, {@link MarkdownWriter}, {@link HtmlWriter}) only
 * decide how it looks. Charts are drawn in HTML only; their figures are always in a table of the
 * same document too, so no format loses a figure.
 */
final class Doc {
  final String title;
  final List<Block> blocks = new ArrayList<>();

  Doc(String title) {
    this.title = title;
  }

  Doc heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  Doc para(String text) {
    blocks.add(new Para(text, Style.PLAIN));
    return this;
  }

  Doc note(String text) {
    blocks.add(new Para(text, Style.NOTE));
    return this;
  }

  Doc source(String reference) {
    blocks.add(new Para("Source: " + reference, Style.SOURCE));
    return this;
  }

  Doc add(Block block) {
    blocks.add(block);
    return this;
  }

  /** One part of a document. */
  sealed interface Block permits Heading, Para, Table, Bullets, BarChart, Waterfall, CurveChart {}

  /** A heading; level 1 is the title, 2 a section, 3 a part of a section. */
  record Heading(int level, String text) implements Block {}

  /** How a paragraph is set. */
  enum Style {
    PLAIN,
    /** Something to notice. */
    NOTE,
    /** Where a rule comes from. */
    SOURCE
  }

  /** A paragraph of plain text. */
  record Para(String text, Style style) implements Block {}

  /** A table; {@code numeric} columns are right-aligned. */
  record Table(String caption, List<String> headers, boolean[] numeric, List<Row> rows)
      implements Block {

    static Table of(String caption, String... headers) {
      return new Table(caption, List.of(headers), new boolean[headers.length], new ArrayList<>());
    }

    Table numeric(int... columns) {
      for (int c : columns) {
        numeric[c] = true;
      }
      return this;
    }

    Table row(String... cells) {
      rows.add(new Row(List.of(cells), false));
      return this;
    }

    Table strongRow(String... cells) {
      rows.add(new Row(List.of(cells), true));
      return this;
    }
  }

  /** A table row; a strong row is a total or a highlight. */
  record Row(List<String> cells, boolean strong) {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {}

  /** A horizontal bar chart of non-negative values. */
  record BarChart(String title, String description, List<Bar> bars) implements Block {}

  /** One bar: its label, its value and the value as shown. */
  record Bar(String label, BigDecimal value, String shown) {}

  /**
   * A waterfall chart: money built up step by step; a total bar runs from 0, a change bar from the
   * money before the step to the money after it.
   */
  record Waterfall(String title, String description, List<Step> steps) implements Block {}

  /** One bar of a waterfall. */
  record Step(String label, BigDecimal from, BigDecimal to, boolean total, String shown) {}

  /** A chart of money against points: one straight segment for each band of a curve. */
  record CurveChart(
      String title,
      String description,
      String xLabel,
      String yLabel,
      BigDecimal xMax,
      List<Segment> segments,
      String currency)
      implements Block {}

  /** A band's line from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
  record Segment(String label, BigDecimal x0, BigDecimal y0, BigDecimal x1, BigDecimal y1) {}
}
