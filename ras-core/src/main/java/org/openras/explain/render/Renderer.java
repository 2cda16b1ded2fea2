package org.openras.explain.render;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;
import org.openras.explain.PublishedTable;
import org.openras.explain.Statement;

/**
 * Turns the explanation objects of {@link org.openras.explain} into documents a person reads: plain
 * text, Markdown, or one self-contained HTML page with inline SVG charts. Pure string building, no
 * I/O; the output uses {@code \n} line ends and is the same on every machine, so it can be compared
 * with a golden file.
 *
 * <p>Every format says the same things in the same order (one layout, three writers); only the HTML
 * page draws the charts, whose figures are in its tables too. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Renderer {
  private Renderer() {}

  /**
   * {@return {@code text} with every character that Markdown could read as markup escaped (HTML
   * tags included), line breaks made spaces}
   *
   * @param text plain text, from a table or an assessment
   */
  public static String escapeMarkdown(String text) {
    return org.openras.internal.text.MarkdownEscape.escape(requireNonNull(text, "text"));
  }

  /**
   * {@return the statement for the person as plain text, wrapped at 78 characters}
   *
   * @param statement the statement of one result
   */
  public static String text(Statement statement) {
    return StatementLayout.of(requireNonNull(statement, "statement")).text();
  }

  /**
   * {@return the statement for the person as Markdown (CommonMark with GitHub tables)}
   *
   * @param statement the statement of one result
   */
  public static String markdown(Statement statement) {
    return StatementLayout.of(requireNonNull(statement, "statement")).markdown();
  }

  /**
   * {@return the statement for the person as one self-contained HTML page, with a chart of points
   * by domain and a chart of the money built up step by step to the final budget}
   *
   * @param statement the statement of one result
   */
  public static String html(Statement statement) {
    return StatementLayout.of(requireNonNull(statement, "statement")).html();
  }

  /**
   * {@return the published table as plain text, wrapped at 78 characters}
   *
   * @param table the published form of a table
   */
  public static String text(PublishedTable table) {
    return PublishedTableLayout.of(requireNonNull(table, "table")).text();
  }

  /**
   * {@return the published table as Markdown (CommonMark with GitHub tables)}
   *
   * @param table the published form of a table
   */
  public static String markdown(PublishedTable table) {
    return PublishedTableLayout.of(requireNonNull(table, "table")).markdown();
  }

  /**
   * {@return the published table as one self-contained HTML page, with a chart of budget against
   * points for each curve}
   *
   * @param table the published form of a table
   */
  public static String html(PublishedTable table) {
    return PublishedTableLayout.of(requireNonNull(table, "table")).html();
  }
}
