package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** The Markdown documents read back with a real CommonMark parser (GitHub tables). */
class MarkdownTest {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  /** The Markdown as a CommonMark parser with GitHub tables reads it, as an HTML tree. */
  static Document read(String markdown) {
    Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    String html =
        HtmlRenderer.builder().extensions(EXTENSIONS).build().render(parser.parse(markdown));
    return Jsoup.parse(html);
  }

  @Test
  void theStatementReadsAsHeadingsParagraphsAndTables() {
    Document doc = read(Renderer.markdown(StatementTest.STATEMENT));
    assertThat(doc.select("h1").eachText())
        .containsExactly("How your indicative budget was worked out");
    assertThat(doc.select("h3").eachText()).startsWith("D1 Meeting personal care needs");
    // summary, one per domain, points by area, moderation, money step by step, about
    assertThat(doc.select("table")).hasSize(9);
    // the one list is how to ask for a review; no words from the table became markup
    assertThat(doc.select("ul")).hasSize(1);
    assertThat(doc.select("ul > li")).hasSize(3);
    assertThat(doc.select("ul > li").first().text()).startsWith("Ask for a review");
    assertThat(doc.select("ol, pre, code, em, img, a")).isEmpty();
    Element byArea = doc.select("table").get(5);
    assertThat(byArea.select("thead th")).hasSize(8);
    assertThat(byArea.select("tbody tr").get(0).select("td").eachText())
        .containsExactly(
            "D1 Meeting personal care needs", "19", "40", "19", "1", "19", "−10%", "17.1");
    assertThat(byArea.select("tbody tr").last().select("td").last().select("strong").text())
        .isEqualTo("39.6");
    // the same words as the HTML page
    String markdownText = doc.text();
    for (String line :
        new String[] {
          "£82.00 + (39.6 − 20) × £5.25 = £184.90 a week.",
          "Because a family carer helps some days (answer 9B to question Q9)",
          "Extra transport costs not covered by the questionnaire",
          "The final budget needs a panel's approval."
        }) {
      assertThat(markdownText).contains(line);
    }
    assertThat(markdownText).doesNotContain("PANEL_APPROVAL_REQUIRED");
  }

  @Test
  void thePublishedTableReadsWithEveryAnswerInItsTable() {
    RasTable table = WorkedExample.table();
    Document doc = read(Renderer.markdown(PublishedTable.of(table)));
    // one table per question, per adjustment, per supplement, per curve; about, cost
    // factors, limits
    assertThat(doc.select("table")).hasSize(5 + 1 + 1 + 2 + 3);
    Element row = doc.select("tr:has(td:eq(0):matches(^1D$))").first();
    assertThat(row).isNotNull();
    assertThat(row.select("td").eachText())
        .containsExactly("1D", "I need support at all times, including at night", "24", "highest");
    assertThat(row.select("strong")).hasSize(4);
  }

  @Test
  void wordsThatLookLikeMarkupStayWords() {
    String name = "<b>Bold</b> *stars* _under_ [link](x) `code` | pipe # hash \\ back";
    RasTable t = WorkedExample.tableBuilder().name(name).build();
    Statement s = Statement.of(t, RasEngine.of(t).calculate(WorkedExample.assessment()));
    Document statement = read(Renderer.markdown(s));
    assertThat(statement.select("b, em, a, code")).isEmpty();
    assertThat(statement.text()).contains(name);
    Document published = read(Renderer.markdown(PublishedTable.of(t)));
    assertThat(published.select("h1").text()).isEqualTo(name + ", version 2026.1");
    assertThat(published.select("b, a, code")).isEmpty();
    assertThat(published.select("em").eachText()).allMatch(e -> e.startsWith("Source: "));
  }
}
