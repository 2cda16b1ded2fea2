package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openras.explain.PublishedTable.DescriptorEntry;
import org.openras.explain.PublishedTable.QuestionEntry;
import org.openras.explain.render.Renderer;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** The published table of the spec's worked example. */
class PublishedTableTest {
  static final RasTable TABLE = WorkedExample.table();
  static final PublishedTable PUBLISHED = PublishedTable.of(TABLE);

  @Test
  void everyDomainQuestionAndDescriptorWithTheHighestMarked() {
    assertThat(PUBLISHED.domains())
        .extracting(d -> d.code())
        .containsExactly("D1", "D2", "D3", "D4");
    QuestionEntry q1 = PUBLISHED.domains().get(0).questions().get(0);
    assertThat(q1.descriptors())
        .extracting(DescriptorEntry::code)
        .containsExactly("1A", "1B", "1C", "1D");
    assertThat(q1.descriptors())
        .filteredOn(DescriptorEntry::highest)
        .extracting(DescriptorEntry::code)
        .containsExactly("1D");
    QuestionEntry q5 = PUBLISHED.domains().get(2).questions().get(0);
    assertThat(q5.any()).isTrue();
    assertThat(q5.descriptors())
        .filteredOn(DescriptorEntry::highest)
        .extracting(DescriptorEntry::code)
        .containsExactly("5A");
    assertThat(q5.sentence())
        .isEqualTo(
            "Choose all answers that apply; their points are added"
                + " up, and count at most 9 points. It may be left unanswered (0 points).");
    // every answer of Q9 scores 0: none is the highest
    assertThat(PUBLISHED.domains().get(3).questions().get(0).descriptors())
        .noneMatch(DescriptorEntry::highest);
    assertThat(PUBLISHED.domains().get(1).sentence())
        .isEqualTo("Weight 1.5: its points are multiplied by 1.5.");
    assertThat(PUBLISHED.domains().get(0).sentence())
        .isEqualTo("Weight 1: its points count as they are. Cap: at most 40 points count.");
  }

  @Test
  void tiedHighestAnswersAreAllMarked() {
    RasTable t =
        WorkedExample.tableBuilder()
            .domain(
                Domain.builder("D5", "Ties")
                    .question(
                        Question.one("Q10", "Tied?")
                            .descriptor("10A", "No", 0)
                            .descriptor("10B", "Yes", 7)
                            .descriptor("10C", "Also yes", 7)))
            .build();
    assertThat(PublishedTable.of(t).domains().get(4).questions().get(0).descriptors())
        .filteredOn(DescriptorEntry::highest)
        .extracting(DescriptorEntry::code)
        .containsExactly("10B", "10C");
  }

  @Test
  void adjustmentsSupplementsCurvesAndMoneyRulesInWords() {
    PublishedTable.AdjustmentEntry carer = PUBLISHED.adjustments().get(0);
    assertThat(carer.domains()).containsExactly("D1", "D2");
    assertThat(carer.sentences())
        .contains(
            "If the answer is 9B (\"A family carer helps some days\"), these points are reduced by"
                + " 10%.",
            "If the answer is 9A (\"No family carer is able or willing to help\"), these points are"
                + " not changed.");
    assertThat(PUBLISHED.supplements().get(0).sentences())
        .containsExactly(
            "\"Waking night support\": if answer 1D (\"I need support at all times, including at"
                + " night\") is chosen for question Q1, £120.00 a week is added to the curve's"
                + " money, before the cost factor.");
    assertThat(PUBLISHED.curves())
        .extracting(c -> c.clientGroup())
        .containsExactly("*", "older-people");
    PublishedTable.CurveEntry general = PUBLISHED.curves().get(0);
    assertThat(general.bands().get(1).sentence())
        .isEqualTo(
            "Band B, from 20 points up to 60 (not included): £82.00 a week at 20 points, plus £5.25"
                + " for each point above 20.");
    assertThat(general.bands().get(2).sentence())
        .isEqualTo("Band C, from 60 points upwards: a fixed £292.00 a week.");
    assertThat(general.bands().get(1).moneyAt(new BigDecimal("39.6")))
        .isEqualByComparingTo("184.9");
    // the worked example's answers reach at most 40 + 15 + 9 + 0 = 64 points; band C starts at
    // 60, so the chart runs to 72 (60 × 1.2)
    assertThat(general.chartMaxPoints()).isEqualByComparingTo("72");
    assertThat(PUBLISHED.moneySentences())
        .contains(
            "The budget is never less than £0.00 (the floor) nor more than £950.00 (the ceiling);"
                + " this limit is applied before rounding.",
            "The budget is rounded to the nearest £0.01 (exactly half way rounds up).");
    assertThat(PUBLISHED.references())
        .extracting(r -> r.rule() + ": " + r.text())
        .containsExactly(
            "Supplement waking-nights: Illustrative: a council decision would be" + " cited here");
  }

  @Test
  void everyReferenceIsCited() {
    RasTable t =
        RasTable.builder()
            .id("refs")
            .name("Refs")
            .version("1")
            .effectiveFrom(java.time.LocalDate.of(2026, 1, 1))
            .reference("Cabinet decision 1")
            .domain(
                Domain.builder("D1", "Care")
                    .reference("Policy 2")
                    .question(
                        Question.one("Q1", "Care?")
                            .reference("Guidance 3")
                            .descriptor(Descriptor.of("1A", "No", 0))
                            .descriptor(Descriptor.of("1B", "Yes", 5))))
            .adjustment(
                Adjustment.builder("carer", "Q1").reference("Carers policy 4").percent("1B", -5))
            .curve(
                Curve.builder("*")
                    .reference("Curve paper 5")
                    .band(
                        org.openras.table.Band.of(
                            "A", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE)))
            .build();
    PublishedTable p = PublishedTable.of(t);
    assertThat(p.references())
        .extracting(r -> r.rule() + ": " + r.text())
        .containsExactly(
            "Table: Cabinet decision 1",
            "Domain D1: Policy 2",
            "Question Q1: Guidance 3",
            "Adjustment carer: Carers policy 4",
            "Curve *: Curve paper 5");
    String md = Renderer.markdown(p);
    for (String ref :
        new String[] {
          "Cabinet decision 1", "Policy 2", "Guidance 3", "Carers policy 4", "Curve paper 5"
        }) {
      assertThat(md).contains(ref);
      assertThat(StatementHtmlTest.parse(Renderer.html(p)).text()).contains(ref);
    }
  }

  @Test
  void markdownOfTheWorkedTable() {
    Golden.check("worked-table.md", Renderer.markdown(PUBLISHED));
  }

  @Test
  void htmlOfTheWorkedTable() throws Exception {
    String html = Renderer.html(PUBLISHED);
    Golden.check("worked-table.html", html);
    Document doc = StatementHtmlTest.parse(html);
    StatementHtmlTest.wellFormedXml(html);
    assertThat(doc.select("script, link, img, [src]")).isEmpty();
    StatementHtmlTest.inPageLinksOnly(doc);
    // one chart of budget against points per curve
    assertThat(doc.select("figure > svg")).hasSize(2);
    assertThat(doc.select("svg > title").eachText())
        .containsExactly(
            "Budget against points, client group \"*\"",
            "Budget against points, client group \"older-people\"");
    Element general = doc.select("svg").get(0);
    assertThat(general.select("line[stroke-width=3]")).hasSize(3);
    assertThat(general.select("text").eachText())
        .contains("A", "B", "C", "0", "20", "60", "72", "£292.00");
    // every code, words and points of the table
    String text = doc.text();
    for (Domain d : TABLE.domains()) {
      assertThat(text).contains(d.code() + " " + d.name());
      for (Question q : d.questions()) {
        assertThat(text).contains(q.code() + " " + q.text());
        for (Descriptor x : q.descriptors()) {
          // each answer has its row: code, words, points
          assertThat(doc.select("tbody tr").eachText())
              .anySatisfy(
                  row ->
                      assertThat(row)
                          .startsWith(
                              x.code() + " " + x.text() + " " + Figures.number(x.points())));
        }
      }
    }
    // the highest answer is marked in its row
    Element row1d = doc.select("tr:has(td:eq(0):matchesOwn(^1D$))").first();
    assertThat(row1d).isNotNull();
    assertThat(row1d.hasClass("strong")).isTrue();
    assertThat(row1d.text())
        .isEqualTo("1D I need support at all times, including at night 24" + " highest");
    assertThat(text)
        .contains(
            TABLE.fingerprint().value(),
            "2026-04-01",
            "2027-04-01",
            "2026.1",
            "£82.00",
            "£5.25",
            "£292.00",
            "£3.80",
            "1.08",
            "£950.00",
            "£120.00",
            "−10%",
            "−25%",
            "10%",
            "Illustrative: a council decision would be cited here");
  }
}
