package org.openras.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one document model of every report OpenRAS writes for people — the statement, the published
 * table, what-if, comparison, verification, table checks, impact and calibration: a title, then
 * headings, paragraphs, notes, citations, headline figures, tables, lists and charts, in order.
 * What a report says is decided once, by building a {@code Doc}; how it looks in plain text,
 * Markdown or HTML is decided once for all reports, by {@link #text()}, {@link #markdown()} and
 * {@link #html()}. So every format says the same things in the same order, and every HTML page has
 * the same skeleton and stylesheet.
 *
 * <p>Texts are plain text: each writer escapes them for its format, so a table's words never become
 * markup. Figures are formatted by the caller, with {@link org.openras.explain.Figures}. Charts are
 * drawn in HTML only; a report must give their figures in a table of the same document too, so no
 * format loses a figure.
 *
 * <p>A builder: not thread-safe while it is being built; the writers only read it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Doc {
  final String title;
  final List<Block> blocks = new ArrayList<>();

  /**
   * Starts a document; the title is its first heading and the HTML page's title.
   *
   * @param title the document's title, plain text
   */
  public Doc(String title) {
    this.title = requireNonNull(title, "title");
    blocks.add(new Heading(1, title));
  }

  /** {@return the document's title} */
  public String title() {
    return title;
  }

  /**
   * Adds a heading: 2 for a section, 3 for a part of a section (1 is the title's).
   *
   * @param level 2 or 3
   * @param text the heading
   * @return this document
   */
  public Doc heading(int level, String text) {
    if (level < 2 || level > 3) {
      throw new IllegalArgumentException("heading level " + level + " is not 2 or 3");
    }
    blocks.add(new Heading(level, requireNonNull(text, "text")));
    return this;
  }

  /**
   * Adds a paragraph.
   *
   * @param text the paragraph
   * @return this document
   */
  public Doc para(String text) {
    blocks.add(new Para(requireNonNull(text, "text"), Style.PLAIN));
    return this;
  }

  /**
   * Adds a note: something a reader should not miss.
   *
   * @param text the note
   * @return this document
   */
  public Doc note(String text) {
    blocks.add(new Para(requireNonNull(text, "text"), Style.NOTE));
    return this;
  }

  /**
   * Adds a citation: where a rule comes from, written "Source: …".
   *
   * @param reference the reference, such as a policy paragraph
   * @return this document
   */
  public Doc source(String reference) {
    blocks.add(new Para("Source: " + requireNonNull(reference, "reference"), Style.SOURCE));
    return this;
  }

  /**
   * Adds a headline figure, set large: the answer a reader came for, before how it was reached.
   *
   * @param label what the figure is, such as "Your indicative budget"
   * @param figure the figure as shown, such as "£199.69 a week"
   * @param detail a line under it, such as "£10,383.88 a year"; empty for none
   * @return this document
   */
  public Doc headline(String label, String figure, String detail) {
    blocks.add(
        new Headline(
            requireNonNull(label, "label"),
            requireNonNull(figure, "figure"),
            requireNonNull(detail, "detail")));
    return this;
  }

  /**
   * Adds a bulleted list.
   *
   * @param items the items, plain text
   * @return this document
   */
  public Doc bullets(List<String> items) {
    blocks.add(new Bullets(List.copyOf(items)));
    return this;
  }

  /**
   * Adds a table.
   *
   * @param table the table, with its caption, headers and rows
   * @return this document
   */
  public Doc table(Table table) {
    blocks.add(requireNonNull(table, "table"));
    return this;
  }

  /**
   * Adds a chart of horizontal bars from 0, with a scale along the bottom (HTML only: its figures
   * must be in a table too).
   *
   * @param title what the chart shows
   * @param description the chart in words, for a screen reader and the caption
   * @param scale the scale's name, such as "people" or "a week"
   * @param currency the ISO 4217 code when the values are money (the scale is then in money), or
   *     empty
   * @param bars the bars, top to bottom
   * @return this document
   */
  public Doc barChart(
      String title, String description, String scale, Optional<String> currency, List<Bar> bars) {
    blocks.add(
        new BarChart(
            requireNonNull(title, "title"),
            requireNonNull(description, "description"),
            requireNonNull(scale, "scale"),
            requireNonNull(currency, "currency"),
            List.copyOf(bars)));
    return this;
  }

  /**
   * Adds a waterfall chart: money built up step by step, a total bar from 0 and a change bar from
   * the money before the step to the money after it (HTML only: its figures must be in a table
   * too).
   *
   * @param title what the chart shows
   * @param description the chart in words, for a screen reader and the caption
   * @param steps the bars, top to bottom
   * @return this document
   */
  public Doc waterfall(String title, String description, List<Step> steps) {
    blocks.add(
        new Waterfall(
            requireNonNull(title, "title"),
            requireNonNull(description, "description"),
            List.copyOf(steps)));
    return this;
  }

  /**
   * Adds a chart of money against points, with a scale on both axes: one straight segment for each
   * band of a curve (HTML only: its figures must be in a table too).
   *
   * @param title what the chart shows
   * @param description the chart in words, for a screen reader and the caption
   * @param xLabel the name of the points axis
   * @param yLabel the name of the money axis
   * @param xMax the points at the right end of the axis
   * @param segments the bands' lines, left to right
   * @param currency the ISO 4217 code of the money
   * @return this document
   */
  public Doc curveChart(
      String title,
      String description,
      String xLabel,
      String yLabel,
      BigDecimal xMax,
      List<Segment> segments,
      String currency) {
    blocks.add(
        new CurveChart(
            requireNonNull(title, "title"),
            requireNonNull(description, "description"),
            requireNonNull(xLabel, "xLabel"),
            requireNonNull(yLabel, "yLabel"),
            requireNonNull(xMax, "xMax"),
            List.copyOf(segments),
            requireNonNull(currency, "currency")));
    return this;
  }

  /**
   * {@return the document as plain text: headings underlined, paragraphs wrapped at 78 characters,
   * tables as aligned columns; charts left out}
   */
  public String text() {
    return TextWriter.write(this);
  }

  /** {@return the document as Markdown (CommonMark with GitHub tables); charts left out} */
  public String markdown() {
    return MarkdownWriter.write(this);
  }

  /**
   * {@return the document as one self-contained HTML page in the pages' one skeleton and
   * stylesheet, with its charts as inline SVG}
   */
  public String html() {
    return HtmlWriter.write(this);
  }

  /** One part of a document. */
  sealed interface Block
      permits Heading, Para, Headline, Table, Bullets, BarChart, Waterfall, CurveChart {}

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

  /** A figure set large, with its label and a line of detail. */
  record Headline(String label, String figure, String detail) implements Block {}

  /**
   * A table with a caption (every table has one: it names the table for a screen reader and in a
   * scroll region); numeric columns are right-aligned. A strong row is a total or a highlight; in
   * HTML the first cell of every row is its header cell when {@link #rowHeaders()} is set.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Table implements Block {
    private final String caption;
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<Row> rows = new ArrayList<>();
    private boolean rowHeaders;

    private Table(String caption, List<String> headers) {
      this.caption = requireNonNull(caption, "caption");
      this.headers = List.copyOf(headers);
      this.numeric = new boolean[headers.size()];
    }

    /**
     * {@return a new table with no rows}
     *
     * @param caption what the table holds, plain text
     * @param headers the column headers
     */
    public static Table of(String caption, String... headers) {
      return new Table(caption, List.of(headers));
    }

    /**
     * {@return a new table with no rows}
     *
     * @param caption what the table holds, plain text
     * @param headers the column headers
     */
    public static Table of(String caption, List<String> headers) {
      return new Table(caption, headers);
    }

    /**
     * Marks columns as numeric (right-aligned; never wrapped in HTML).
     *
     * @param columns the columns' indices, from 0
     * @return this table
     */
    public Table numeric(int... columns) {
      for (int c : columns) {
        numeric[c] = true;
      }
      return this;
    }

    /**
     * Makes the first cell of each row that row's header (a label, such as a figure's name).
     *
     * @return this table
     */
    public Table rowHeaders() {
      this.rowHeaders = true;
      return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one text a column
     * @return this table
     */
    public Table row(String... cells) {
      return add(List.of(cells), false);
    }

    /**
     * Adds a row.
     *
     * @param cells one text a column
     * @return this table
     */
    public Table row(List<String> cells) {
      return add(List.copyOf(cells), false);
    }

    /**
     * Adds a strong row: a total or a highlight.
     *
     * @param cells one text a column
     * @return this table
     */
    public Table strongRow(String... cells) {
      return add(List.of(cells), true);
    }

    /** {@return whether the table has no rows} */
    public boolean isEmpty() {
      return rows.isEmpty();
    }

    private Table add(List<String> cells, boolean strong) {
      if (cells.size() != headers.size()) {
        throw new IllegalArgumentException("row " + cells + " does not fit " + headers);
      }
      rows.add(new Row(cells, strong));
      return this;
    }

    String caption() {
      return caption;
    }

    List<String> headers() {
      return headers;
    }

    boolean[] numeric() {
      return numeric;
    }

    List<Row> rows() {
      return rows;
    }

    boolean headed() {
      return rowHeaders;
    }
  }

  /** A table row; a strong row is a total or a highlight. */
  record Row(List<String> cells, boolean strong) {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {}

  /** A horizontal bar chart of non-negative values, with a scale. */
  record BarChart(
      String title, String description, String scale, Optional<String> currency, List<Bar> bars)
      implements Block {
    BarChart(String title, String description, List<Bar> bars) {
      this(title, description, "", Optional.empty(), bars);
    }
  }

  /**
   * One bar of a {@linkplain #barChart bar chart}.
   *
   * @param label the bar's label
   * @param value its value, 0 or more
   * @param shown the value as shown beside the bar
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Bar(String label, BigDecimal value, String shown) {
    /**
     * Checks the parts.
     *
     * @param label the bar's label
     * @param value its value, 0 or more
     * @param shown the value as shown beside the bar
     */
    public Bar {
      requireNonNull(label, "label");
      requireNonNull(shown, "shown");
      if (value.signum() < 0) {
        throw new IllegalArgumentException("bar " + label + " is negative: " + value);
      }
    }
  }

  /**
   * A waterfall chart: money built up step by step; a total bar runs from 0, a change bar from the
   * money before the step to the money after it.
   */
  record Waterfall(String title, String description, List<Step> steps) implements Block {}

  /**
   * One bar of a {@linkplain #waterfall waterfall}.
   *
   * @param label the bar's label
   * @param from the money before the step (0 for a total)
   * @param to the money after it
   * @param total whether the bar is a total (drawn from 0) rather than a change
   * @param shown the figure as shown beside the bar
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Step(String label, BigDecimal from, BigDecimal to, boolean total, String shown) {}

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

  /**
   * A band's line on a {@linkplain #curveChart curve chart}, from ({@code x0}, {@code y0}) to
   * ({@code x1}, {@code y1}).
   *
   * @param label the band's label
   * @param x0 the points where it starts
   * @param y0 the money there
   * @param x1 the points where it ends
   * @param y1 the money there
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Segment(String label, BigDecimal x0, BigDecimal y0, BigDecimal x1, BigDecimal y1) {}
}
