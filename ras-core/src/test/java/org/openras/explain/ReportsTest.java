package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.table.Question;
import org.openras.testing.WorkedExample;

/** The text, Markdown and HTML reports: content, alignment and escaping. */
class ReportsTest {

  @Test
  void documentsEscapeForTheirForm() {
    ReportDoc d =
        new ReportDoc("A <b> & \"c\"")
            .para("x | y *z* [l](u) #h")
            .table(
                List.of("Name", "Money>"),
                List.of(List.of("<script>", "£1"), List.of("a|b", "£10")));
    assertThat(d.html())
        .contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>")
        .contains("<td>&lt;script&gt;</td><td class=\"n\">£1</td>")
        .contains("<th scope=\"col\" class=\"n\">Money</th>")
        .doesNotContain("<script>");
    assertThat(d.markdown())
        .contains("x \\| y \\*z\\* \\[l\\](u) \\#h")
        .contains("| Name | Money |\n| --- | ---: |\n| \\<script\\> | £1 |\n| a\\|b | £10 |");
    assertThat(d.text())
        .isEqualTo(
            """
        A <b> & "c"
        ===========

        x | y *z* [l](u) #h

        Name      Money
        --------  -----
        <script>     £1
        a|b         £10
        """);
  }

  @Test
  void moneyIsGroupedAndSigned() {
    assertThat(WhatIfFormat.money("GBP", new BigDecimal("10383.88"))).isEqualTo("£10,383.88");
    assertThat(WhatIfFormat.money("GBP", new BigDecimal("1234567"))).isEqualTo("£1,234,567.00");
    assertThat(WhatIfFormat.change("GBP", new BigDecimal("-28.91"))).isEqualTo("−£28.91");
    assertThat(WhatIfFormat.change("GBP", new BigDecimal("180.63"))).isEqualTo("+£180.63");
    assertThat(WhatIfFormat.change("GBP", BigDecimal.ZERO)).isEqualTo("£0.00");
    assertThat(WhatIfFormat.money("JPY", new BigDecimal("1200"))).endsWith("1,200");
  }

  @Test
  void whatIfReportCarriesEveryRowAndEscapesTableWords() {
    var table = WorkedExample.tableBuilder().build();
    WhatIf w = WhatIf.of(RasEngine.of(table), WorkedExample.assessment());
    String text = WhatIfReport.text(w);
    assertThat(text.lines().filter(l -> l.matches("Q\\d .*"))).hasSize(w.rows().size());
    assertThat(text)
        .contains("1D (I need support at all times, including at night)")
        .contains("+£180.63")
        .contains("leave unanswered")
        .contains("Moderation is left out");
    assertThat(WhatIfReport.html(w))
        .contains("RAS&#39;s indicative figures")
        .contains("<td class=\"n\">+£180.63</td>");
    assertThat(WhatIfReport.markdown(w))
        .contains(
            "| Q1 | 1C | 1D (I need support at all times,"
                + " including at night) | 48.6 | B | £380.32 | £19,776.64 | +£180.63 |");
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
        .contains("Answer to Q1  1C      1A")
        .containsPattern("Total +£128.25 +−£71.44 +£168.25 +−£71.44");
  }
}
