package org.openras.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one document model, written in each of its three formats. */
class DocTest {

  private static Doc sample() {
    return new Doc("A <b> & \"c\"")
        .headline("Your budget", "£1,234.50 a week", "£64,194.00 a year")
        .heading(2, "Figures")
        .para("x | y *z* [l](u) #h")
        .table(
            Doc.Table.of("Money by name", "Name", "Money")
                .numeric(1)
                .rowHeaders()
                .row("<script>", "£1")
                .strongRow("a|b", "£10"))
        .bullets(List.of("one", "two"))
        .note("Mind this.")
        .source("Policy 4.2");
  }

  @Test
  void textIsExact() {
    assertThat(sample().text())
        .isEqualTo(
            """
            A <B> & "C"
            ===========

              Your budget: £1,234.50 a week
              £64,194.00 a year


            Figures
            -------

            x | y *z* [l](u) #h

            Money by name:
              Name      Money
              --------  -----
              <script>     £1
              a|b         £10

            - one
            - two

            * Mind this.

                Source: Policy 4.2
            """);
  }

  @Test
  void markdownIsExactAndEscaped() {
    assertThat(sample().markdown())
        .isEqualTo(
            """
            # A \\<b\\> & "c"

            **Your budget: £1,234.50 a week**\\
            £64,194.00 a year

            ## Figures

            x \\| y \\*z\\* \\[l\\](u) \\#h

            **Money by name**

            | Name | Money |
            | --- | ---: |
            | \\<script\\> | £1 |
            | **a\\|b** | **£10** |

            - one
            - two

            > Mind this.

            *Source: Policy 4.2*
            """);
  }

  @Test
  void htmlHasTheOneSkeletonAndEscapes() {
    String html = sample().html();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
        .contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>")
        .contains(
            "<a class=\"skip\" href=\"#content\">Skip to the content</a>\n<main id=\"content\">")
        .contains("<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>")
        .contains(
            "<div class=\"headline\">\n<p>Your budget</p>\n<p class=\"figure\">£1,234.50 a week</p>\n"
                + "<p>£64,194.00 a year</p>\n</div>")
        .contains(
            "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-1\">\n"
                + "<table>\n<caption id=\"table-1\">Money by name</caption>")
        .contains("<th scope=\"col\">Name</th><th scope=\"col\" class=\"num\">Money</th>")
        .contains("<tr><th scope=\"row\">&lt;script&gt;</th><td class=\"num\">£1</td></tr>")
        .contains("<tr class=\"strong\"><th scope=\"row\">a|b</th><td class=\"num\">£10</td></tr>")
        .contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
        .contains("<p class=\"source\">Source: Policy 4.2</p>")
        .contains("@page{size:A4;")
        .contains("counter(page)")
        .contains("@bottom-left{content:\"A \\3c b\\3e  \\26  \\22 c\\22 \"")
        .contains(":focus-visible{outline:3px solid #10375c")
        .doesNotContain("<script>")
        .doesNotContain("overflow-wrap:anywhere}th")
        .endsWith("</main>\n</body>\n</html>\n");
  }

  @Test
  void aPageHasOneH1AndHeadingsInOrder() {
    assertThatThrownBy(() -> new Doc("t").heading(1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Doc("t").heading(4, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRowMustFitItsTable() {
    assertThatThrownBy(() -> Doc.Table.of("c", "a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void barChartsHaveAScaleWithRoundTicks() {
    assertThat(Svg.ticks(37)).containsExactly(bd("0"), bd("10"), bd("20"), bd("30"), bd("40"));
    assertThat(Svg.ticks(1234.5)).containsExactly(bd("0"), bd("500"), bd("1000"), bd("1500"));
    assertThat(Svg.ticks(0)).containsExactly(bd("0"), bd("1"));
    String html =
        new Doc("t")
            .barChart(
                "People by change",
                "How many people",
                "a week",
                Optional.of("GBP"),
                List.of(
                    new Doc.Bar("A", bd("1500"), "£1,500.00"),
                    new Doc.Bar("B", bd("20"), "£20.00")))
            .html();
    assertThat(html)
        .contains("role=\"img\"")
        .contains(">£0.00</text>")
        .contains(">£500.00</text>")
        .contains(">£1,500.00</text>")
        .contains(">a week</text>");
    assertThatThrownBy(() -> new Doc.Bar("x", bd("-1"), "−1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void textCannotDriveATerminal() {
    String text =
        new Doc("Title \u001b[2J")
            .para("red \u001b[31m here\r over")
            .table(Doc.Table.of("cap\u0007", "a").row("x\u202ey"))
            .text();
    assertThat(text)
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e")
        .contains("\\u001b[31m")
        .contains("x\\u202ey")
        .contains("\\u000d");
    assertThat(org.openras.internal.text.Visible.of("plain 😀 text")).isEqualTo("plain 😀 text");
  }
}
