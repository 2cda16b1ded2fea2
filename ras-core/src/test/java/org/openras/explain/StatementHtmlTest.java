package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;
import org.xml.sax.InputSource;

/** The Markdown and HTML statements of the worked example, read back with real parsers. */
class StatementHtmlTest {
  static final Statement STATEMENT = StatementTest.STATEMENT;
  static final String HTML = Renderer.html(STATEMENT);

  @Test
  void markdownOfTheWorkedExample() {
    Golden.check("worked-example.md", Renderer.markdown(STATEMENT));
  }

  @Test
  void htmlOfTheWorkedExample() {
    Golden.check("worked-example.html", HTML);
  }

  /** Parses {@code html} with jsoup's HTML5 parser, failing on any parse error. */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  /** Parses {@code html} as XML: it must be well-formed. */
  static void wellFormedXml(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    org.w3c.dom.Document doc =
        f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
  }

  /** The only links are in-page (the skip link), and each leads to an element of the page. */
  static void inPageLinksOnly(Document doc) {
    assertThat(doc.select("[href]")).hasSize(1);
    for (Element a : doc.select("[href]")) {
      assertThat(a.attr("href")).startsWith("#");
      assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
    }
    assertThat(doc.body().child(0).text()).isEqualTo("Skip to the content");
  }

  @Test
  void htmlIsAWellFormedSelfContainedDocument() throws Exception {
    Document doc = parse(HTML);
    wellFormedXml(HTML);
    assertThat(doc.documentType().name()).isEqualTo("html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.title()).isEqualTo("How your indicative budget was worked out");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select("h2").eachText())
        .contains(
            "Summary",
            "Your answers and points",
            "How the points became money",
            "Changes after the RAS figure (moderation)",
            "The money step by step");
    // nothing is fetched from elsewhere: no scripts, links, images, external sources or urls
    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src]")).isEmpty();
    inPageLinksOnly(doc);
    assertThat(HTML).contains(ContentSecurityPolicy.META);
    assertThat(
            HTML.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                .replace(ContentSecurityPolicy.META, ""))
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("http");
    // tables have header cells and captions
    for (Element table : doc.select("table")) {
      assertThat(table.select("thead th")).isNotEmpty();
      assertThat(table.select("caption")).hasSize(1);
    }
  }

  @Test
  void htmlHasTwoInlineSvgChartsWithTitles() {
    Document doc = parse(HTML);
    assertThat(doc.select("figure > svg")).hasSize(2);
    assertThat(doc.select("svg > title").eachText())
        .containsExactly("Points by area of life", "The money step by step");
    Element bars = doc.select("svg").get(0);
    assertThat(bars.select("rect")).hasSize(4);
    assertThat(bars.select("text").eachText())
        .contains("D1 Meeting personal care needs", "17.1", "13.5", "9", "0");
    Element waterfall = doc.select("svg").get(1);
    assertThat(waterfall.select("text").eachText())
        .contains(
            "Band B of the curve",
            "£184.90",
            "+ £14.792",
            "− £0.002",
            "Indicative budget",
            "£199.69",
            "+ £40.00",
            "Final budget",
            "£239.69");
    assertThat(waterfall.select("rect")).hasSize(7);
  }

  @Test
  void htmlContainsEveryCodeAndFigure() {
    String text = parse(HTML).text();
    RasTable table = WorkedExample.table();
    for (String code :
        new String[] {
          "Q1", "Q2", "Q3", "Q5", "Q9", "1C", "2B", "3C", "5A", "5B", "5D", "9B", "D1", "D2", "D3",
          "D4"
        }) {
      assertThat(text).contains(code);
    }
    for (Statement.DomainPart d : STATEMENT.domains()) {
      assertThat(text).contains(d.name());
      for (Statement.QuestionPart q : d.questions()) {
        assertThat(text).contains(q.text());
        for (Statement.Choice c : q.choices()) {
          assertThat(text).contains(c.text());
        }
      }
    }
    assertThat(text)
        .contains(
            table.fingerprint().value(),
            "case-0042/review-3",
            "39.6",
            "17.1",
            "13.5",
            "£82.00",
            "£5.25",
            "£184.90",
            "1.08",
            "£199.692",
            "£199.69",
            "£10,383.88",
            "£40.00",
            "£239.69",
            "£12,463.88",
            "10%",
            "about £19.97",
            "Extra transport costs not covered by the questionnaire",
            "review panel",
            "2026-06-10",
            "A panel must approve this budget.",
            "£950.00");
    // the words a family reads have no flag codes and no sub-penny money; exact figures stay in
    // the tables (the money step by step)
    assertThat(text).doesNotContain("PANEL_APPROVAL_REQUIRED");
    for (Element p : parse(HTML).select("p")) {
      assertThat(p.text()).doesNotContainPattern("£[0-9,]+\\.[0-9]{3}");
    }
    assertThat(parse(HTML).select("table").text()).contains("£199.692");
  }

  @Test
  void wordsFromTheTableAreEscapedInEveryFormat() {
    RasTable table =
        WorkedExample.tableBuilder().name("<script>alert('x')</script> & *bold* | pipe").build();
    Statement s =
        Statement.of(
            table, org.openras.engine.RasEngine.of(table).calculate(WorkedExample.assessment()));
    String html = Renderer.html(s);
    Document doc = parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.text()).contains("<script>alert('x')</script> & *bold* | pipe");
    assertThat(Renderer.markdown(s))
        .contains("\\<script\\>alert('x')\\</script\\> & \\*bold\\* \\| pipe");
  }

  @Test
  void markdownTablesHaveOneCellPerColumn() {
    String md = Renderer.markdown(STATEMENT);
    for (String line : md.split("\n")) {
      if (line.startsWith("| Area ")) {
        assertThat(line.split("(?<!\\\\)\\|", -1)).hasSize(10);
      }
    }
    assertThat(md)
        .contains("| D1 Meeting personal care needs | 19 | 40 | 19 | 1 | 19 | −10% |" + " 17.1 |");
    assertThat(md).contains("## How the points became money");
  }
}
