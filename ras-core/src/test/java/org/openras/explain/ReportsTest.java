package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.table.Question;
import org.openras.testing.WorkedExample;

/** The text, Markdown and HTML reports: content, alignment and escaping. */
class ReportsTest {

  @Test
  void moneyIsGroupedAndSigned() {
    assertThat(Figures.money("GBP", new BigDecimal("10383.88"))).isEqualTo("£10,383.88");
    assertThat(Figures.money("GBP", new BigDecimal("1234567"))).isEqualTo("£1,234,567.00");
    assertThat(Figures.change("GBP", new BigDecimal("-28.91"))).isEqualTo("−£28.91");
    assertThat(Figures.change("GBP", new BigDecimal("180.63"))).isEqualTo("+£180.63");
    assertThat(Figures.change("GBP", BigDecimal.ZERO)).isEqualTo("£0.00");
    assertThat(Figures.money("JPY", new BigDecimal("1200"))).isEqualTo("JPY 1,200");
  }

  @Test
  void whatIfReportCarriesEveryRowAndEscapesTableWords() {
    var table = WorkedExample.tableBuilder().build();
    WhatIf w = WhatIf.of(RasEngine.of(table), WorkedExample.assessment());
    String text = WhatIfReport.text(w);
    assertThat(text.lines().filter(l -> l.matches("  Q\\d .*"))).hasSize(w.rows().size());
    assertThat(text)
        .contains("1D (I need support at all times,")
        .contains("+£180.63")
        .contains("leave unanswered")
        .contains("Moderation is left out");
    assertThat(WhatIfReport.html(w))
        .contains("RAS&#39;s indicative figures")
        .contains("<td class=\"num\">+£180.63</td>");
    assertThat(WhatIfReport.markdown(w))
        .contains(
            "| Q1 How much support do you need with washing, dressing and using the toilet? |"
                + " 1C (I need support several times every day) | 1D (I need support at all"
                + " times, including at night) | 48.6 | B | £380.32 | £19,776.64 | +£180.63 |");
    assertThat(table.question("Q1").map(Question::text)).isPresent();
  }

  @Test
  void comparisonReportTotalsEqualTheDifference() {
    var before = WorkedExample.assessment();
    var after = WorkedExample.assessmentBuilder().id("later").answer("Q1", "1A").build();
    Comparison c = Comparison.of(RasEngine.of(WorkedExample.table()), before, after);
    String text = ComparisonReport.text(c);
    // Q1 1A: D1 = 5 → 4.5; total 27 → 82 + 7 × 5.25 = 118.75 × 1.08 = 128.25
    assertThat(text)
        .contains(
            "Answer to Q1 How much support do you   1C (I need support several times every"
                + "  1A (I need no support)")
        .containsPattern("Total +£128.25 +−£71.44 +£168.25 +−£71.44");
  }
}
