package org.openras.tables.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.explain.ContentSecurityPolicy;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/** Impact of a table change over a caseload, against hand-computed figures and reruns. */
class ImpactAnalysisTest {
  @TempDir Path dir;

  static RasTable before;
  static RasTable after;

  @BeforeAll
  static void tables() throws IOException {
    String text;
    try (InputStream in =
        // the spec's example, from ras-tables' test jar: another module, so through the class
        // loader (Class.getResourceAsStream looks only in this module)
        ImpactAnalysisTest.class.getClassLoader().getResourceAsStream("spec/worked-table.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    before = RasJson.standard().readTable(text, "worked-table.json");
    // The 2027 version: band A pays 4.00 a point (was 4.10), band B 5.50 (was 5.25).
    String next =
        text.replace("\"version\": \"2026.1\"", "\"version\": \"2027.1\"")
            .replace("\"effectiveFrom\": \"2026-04-01\"", "\"effectiveFrom\": \"2027-04-01\"")
            .replace("\"effectiveTo\": \"2027-04-01\"", "\"effectiveTo\": \"2028-04-01\"")
            .replace("\"perPoint\": 4.10", "\"perPoint\": 4.00")
            .replace("\"perPoint\": 5.25", "\"perPoint\": 5.50");
    after = RasJson.standard().readTable(next, "worked-table-2027.json");
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
  }

  @Test
  void handComputedImpact() throws IOException {
    Path in = dir.resolve("caseload.csv");
    Files.writeString(
        in,
        "id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n"
            // 39.6 points, band B, inner: before (82 + 19.6 × 5.25) × 1.08 = 199.692 → 199.69;
            // after (82 + 19.6 × 5.50) × 1.08 = 189.8 × 1.08 = 204.984 → 204.98: +5.29
            + "p1,2026-06-01,worked-example,learning-disability,inner,1C,2B,3C,5A|5B|5D,9B\n"
            // 0 points on the older-people curve: 0 before and after
            + "p2,2026-06-01,worked-example,older-people,,1A,2A,3A,,9A\n"
            // 6 + 4 × 1.5 = 12 points, band A: 12 × 4.10 = 49.20 → 12 × 4.00 = 48.00: −1.20
            + "p3,2026-06-01,worked-example,,,1B,2A,3B,,\n"
            // no such descriptor
            + "p4,2026-06-01,worked-example,,,1Z,2A,3A,,\n");
    Path changes = dir.resolve("changes.csv");
    ImpactReport r =
        ImpactAnalysis.builder(before, after)
            .input(in)
            .changes(changes)
            .threshold(new BigDecimal("1.00"))
            .build()
            .run();

    assertThat(r.rowsIn()).isEqualTo(4);
    assertThat(r.computed()).isEqualTo(3);
    assertThat(r.inError()).isEqualTo(1);
    assertThat(r.winners()).isEqualTo(1);
    assertThat(r.losers()).isEqualTo(1);
    assertThat(r.unchanged()).isEqualTo(1);
    // 199.69 + 0 + 49.20 = 248.89 → 204.98 + 0 + 48.00 = 252.98
    assertThat(r.weeklyBefore()).isEqualByComparingTo("248.89");
    assertThat(r.weeklyAfter()).isEqualByComparingTo("252.98");
    // annual: 10383.88 + 0 + 2558.40 = 12942.28 → 10658.96 + 0 + 2496.00 = 13154.96
    assertThat(r.annualBefore()).isEqualByComparingTo("12942.28");
    assertThat(r.annualAfter()).isEqualByComparingTo("13154.96");
    // changes sorted: −1.20, 0.00, 5.29; nearest rank: p1 → 1st, p50 → 2nd, p99 → 3rd
    assertThat(r.percentiles())
        .extracting(ImpactReport.Percentile::name, p -> p.change().toPlainString())
        .contains(
            tuple("min", "-1.20"),
            tuple("p1", "-1.20"),
            tuple("p50", "0.00"),
            tuple("p99", "5.29"),
            tuple("max", "5.29"));
    assertThat(r.histogram().stream().mapToLong(ImpactReport.Bin::people).sum()).isEqualTo(3);
    assertThat(r.histogram().get(0).from()).isEqualByComparingTo("-1.20");
    assertThat(r.byClientGroup())
        .extracting(
            GroupImpact::group, GroupImpact::people, GroupImpact::winners, GroupImpact::losers)
        .containsExactly(
            tuple("learning-disability", 1L, 1L, 0L),
            tuple("older-people", 1L, 0L, 0L),
            tuple("(none)", 1L, 0L, 1L));
    assertThat(r.byBand()).extracting(GroupImpact::group).containsExactly("B", "OP", "A");
    assertThat(r.overThreshold()).isEqualTo(2);
    assertThat(r.largest()).extracting(PersonChange::id).containsExactly("p1", "p3");

    assertThat(Files.readAllLines(changes))
        .containsExactly(
            "row,id,clientGroup,bandBefore,bandAfter,weeklyBefore,weeklyAfter,change,"
                + "changePercent,overThreshold",
            "1,p1,learning-disability,B,B,199.69,204.98,5.29,2.65,yes",
            "2,p2,older-people,OP,OP,0.00,0.00,0.00,,no",
            "3,p3,,A,A,49.20,48.00,-1.20,-2.44,yes");
    assertThat(Files.readAllLines(r.errors().orElseThrow()).get(1)).startsWith("4,p4,RAS-A003,");

    String text = r.toText();
    assertThat(text.replaceAll("\\s+", " "))
        .contains("The weekly cost of the caseload changes by: +£4.09 a week")
        .contains("From £248.89 to £252.98 a week")
        .contains("Rows in 4")
        .contains("Computed under both tables 3")
        .contains("In error 1")
        .contains("Higher budget after 1")
        .contains("Lower budget after 1")
        .contains("Unchanged 1");
    assertThat(r.toMarkdown()).contains("| Weekly cost after | £252.98 |");
    String html = r.toHtml();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("worked-example 2026.1 → worked-example 2027.1")
        .contains(before.fingerprint().value())
        .contains("<td class=\"num\">£252.98</td>")
        .containsPattern("(?s)<svg.*</svg>.*<svg.*</svg>")
        // the charts have scales: people along one, money along the other
        .contains(">people</text>")
        .contains(">cost a week</text>")
        .contains(">£0.00</text>");
    // self-contained: no address but the SVG namespace name
    assertThat(html).contains(ContentSecurityPolicy.META);
    assertThat(
            html.replace("http://www.w3.org/2000/svg", "").replace(ContentSecurityPolicy.META, ""))
        .doesNotContain("http");
  }

  @Test
  void figuresEqualEngineRunsOnAGeneratedCaseload() throws IOException {
    RasTable a = TableGenerator.defaults().withMonotoneCurves(true).generate(21);
    RasTable b = TableGenerator.defaults().withMonotoneCurves(true).generate(22);
    List<Assessment> people =
        AssessmentGenerator.forTable(a).withModerationProbability(0).stream(3, 3000).toList();
    Path in = dir.resolve("generated.jsonl");
    CaseloadWriter.write(a, people.iterator(), in, CaseloadFormat.JSONL);
    Path changes = dir.resolve("changes.csv");
    ImpactReport r =
        ImpactAnalysis.builder(a, a).input(in).changes(changes).threads(3).build().run();
    // the same table before and after: nobody changes
    assertThat(r.computed()).isEqualTo(3000);
    assertThat(r.winners() + r.losers()).isZero();
    assertThat(r.weeklyAfter()).isEqualByComparingTo(r.weeklyBefore());

    RasEngine engine = RasEngine.of(a);
    BigDecimal total = BigDecimal.ZERO;
    for (Assessment p : people) {
      total = total.add(engine.calculate(p).indicativeBudget().weekly());
    }
    assertThat(r.weeklyBefore()).isEqualByComparingTo(total);
    assertThat(b.id()).isNotEqualTo(a.id());
  }

  private static RasTable withNhs(RasTable t) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper m =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            m.readTree(RasJson.standard().writeTable(t));
    tree.putArray("otherFunding").addObject().put("id", "nhs").put("name", "NHS");
    return RasJson.standard().readTable(m.writeValueAsString(tree), "funded.json");
  }

  /**
   * Spec v1.1 §4: with the NHS paying £60.00 a week for p1, the council's weekly cost is shown
   * beside the budgets. p1: 199.69 → 204.98, the council 139.69 → 144.98; p3 (no other funding):
   * 49.20 → 48.00, all paid by the council. Council before 139.69 + 49.20 = 188.89, after 144.98 +
   * 48.00 = 192.98.
   */
  @Test
  void councilCostBeforeAndAfterBesideTheBudgets() throws IOException {
    Path in = dir.resolve("caseload.jsonl");
    String p1 =
        "{\"format\":\"ras-assessment/1\",\"id\":\"p1\",\"date\":\"2026-06-01\","
            + "\"table\":\"worked-example\",\"context\":{\"clientGroup\":\"learning-disability\","
            + "\"locality\":\"inner\"},\"answers\":{\"Q1\":\"1C\",\"Q2\":\"2B\",\"Q3\":\"3C\","
            + "\"Q5\":[\"5A\",\"5B\",\"5D\"],\"Q9\":\"9B\"},"
            + "\"otherFunding\":[{\"source\":\"nhs\",\"amount\":60}]}\n";
    String p3 =
        "{\"format\":\"ras-assessment/1\",\"id\":\"p3\",\"date\":\"2026-06-01\","
            + "\"table\":\"worked-example\",\"answers\":{\"Q1\":\"1B\",\"Q2\":\"2A\","
            + "\"Q3\":\"3B\"}}\n";
    Files.writeString(in, p1 + p3);
    ImpactReport r =
        ImpactAnalysis.builder(withNhs(before), withNhs(after))
            .input(in)
            .changes(dir.resolve("changes.csv"))
            .build()
            .run();
    assertThat(r.inError()).isZero();
    assertThat(r.weeklyBefore()).isEqualByComparingTo("248.89");
    assertThat(r.weeklyAfter()).isEqualByComparingTo("252.98");
    assertThat(r.councilWeeklyBefore())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("188.89"));
    assertThat(r.councilWeeklyAfter())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("192.98"));
    assertThat(r.toText().replaceAll("\\s+", " "))
        .contains("Council's weekly cost before £188.89")
        .contains("Council's weekly cost after £192.98");
  }
}
