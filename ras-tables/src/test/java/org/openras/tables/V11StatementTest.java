package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.Statement;
import org.openras.explain.render.Renderer;

/**
 * The statements of the six worked examples of spec v1.1 read in words a family can read, with the
 * figures worked by hand in the examples' README: the panel band, the set moderation, the curve's
 * own limits, other funding and the council budget, the hours with their price, and the table's
 * review route after the budget.
 */
class V11StatementTest {
  private final RasJson json = RasJson.standard();
  private final RasEngine engine =
      RasEngine.of(
          json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json"),
          json.readTable(Docs.resource("/spec/v1.1/hours-table.json"), "hours-table.json"));

  private Statement statement(String name) throws IOException {
    Assessment a = json.readAssessment(Docs.resource("/spec/v1.1/" + name + ".json"), name);
    Result r = engine.calculate(a);
    return Statement.of(engine.tableFor(a), r);
  }

  /** The text with its line breaks folded, so a phrase may be found across a wrapped line. */
  private static String text(Statement s) {
    return Renderer.text(s).replaceAll("\\s+", " ");
  }

  private static JsonNode jsonOf(Statement s) throws IOException {
    return V11SpecExampleTest.JSON.readTree(StatementJson.write(s));
  }

  @Test
  void aPanelBandSaysThePanelDecidesAndASetModerationSaysWhatThePanelSet() throws IOException {
    Statement s = statement("panel-band-set");
    // 64 points in band C (from 60, a panel band): 292 + waking nights 120 = £412.00.
    assertThat(s.panelDecision()).isPresent();
    assertThat(s.panelDecision().get().from()).isEqualByComparingTo("60");
    assertThat(s.panelDecision().get().starting()).isEqualByComparingTo("412.00");
    // 412 + 50 = 462; set 520 (+58); − 20 = 500: the changes add up to 88.
    assertThat(s.moderation().orElseThrow().total()).isEqualByComparingTo("88");
    assertThat(s.moderation().get().changes().get(1).set())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("520"));
    assertThat(s.moderation().get().changes().get(1).change()).isEqualByComparingTo("58");
    String text = text(s);
    assertThat(text)
        .contains(
            "Above 60 points the council's Resource Allocation Panel decides your budget;"
                + " £412.00 a week is a starting point only.")
        .contains(
            "the panel set your budget at £520.00 a week (it was £462.00, so this is + £58.00)")
        .contains("Final budget after moderation: £412.00 + £88.00 = £500.00 a week")
        .contains("Change 2 (Resource Allocation Panel) + £58.00 £520.00")
        .contains("Change 3 (Resource Allocation Panel) − £20.00 £500.00")
        .doesNotContain("PANEL_DECISION_REQUIRED")
        .doesNotContain("PANEL_APPROVAL_REQUIRED");
    // the table's review route (wired by the pages work) comes after the budget
    assertThat(text.indexOf("How this council reviews an answer"))
        .isGreaterThan(text.indexOf("Final budget"))
        .isLessThan(text.indexOf("What this statement is"));
    assertThat(text)
        .contains("ask your social worker for a review within 28 days")
        .contains("Reviews Adult Social Care reviews, 0300 123 4567, reviews@example.org");
    String html = Renderer.html(s);
    assertThat(html)
        .contains("the council&#39;s Resource Allocation Panel decides your budget;")
        .contains("the panel set your budget at £520.00 a week")
        .contains("How this council reviews an answer");
    JsonNode n = jsonOf(s);
    assertThat(n.at("/panelDecision/band").asText()).isEqualTo("C");
    assertThat(n.at("/panelDecision/starting").toString()).isEqualTo("412");
    assertThat(n.at("/moderation/changes/1/set").toString()).isEqualTo("520");
    assertThat(n.at("/header/review/contact").asText()).startsWith("Adult Social Care reviews");
    assertThat(n.at("/flags/0").asText()).isEqualTo("PANEL_DECISION_REQUIRED");
  }

  @Test
  void aCurvesOwnCeilingIsNamedWithTheGeneralOneItReplaces() throws IOException {
    Statement s = statement("older-people-ceiling");
    // 44.25 × 3.80 = 168.15 + 120 = 288.15 → the older-people ceiling 200
    assertThat(s.money().indicative().weekly()).isEqualByComparingTo("200.00");
    assertThat(text(s))
        .contains(
            "a greatest budget (the ceiling) of £200.00 for the client group \"older-people\""
                + " (its own, in place of the general floor of £0.00 and the general ceiling of"
                + " £950.00). £288.15 is above the ceiling, so it is lowered to £200.00.")
        .contains("Your indicative budget: £200.00 a week")
        .doesNotContain("CEILING_APPLIED");
    assertThat(Renderer.html(s)).contains("for the client group &quot;older-people&quot;");
  }

  @Test
  void aCurvesOwnFloorRaisesTheFigure() throws IOException {
    Statement s = statement("older-people-floor");
    // 6 points × 3.80 = 22.80 → the older-people floor 40
    assertThat(text(s))
        .contains("a least budget (the floor) of £40.00")
        .contains("£22.80 is below the floor, so it is raised to £40.00.")
        .contains("Your indicative budget: £40.00 a week")
        .doesNotContain("FLOOR_APPLIED");
  }

  @Test
  void otherFundingSaysWhoPaysWhat() throws IOException {
    Statement s = statement("other-funding");
    // final £239.69 − NHS £60.00 = £179.69 a week; × 52 = £9,343.88 a year
    Statement.FundingPart f = s.funding().orElseThrow();
    assertThat(f.other()).isEqualByComparingTo("60");
    assertThat(f.of()).isEqualTo("final");
    assertThat(f.councilBudget().weekly()).isEqualByComparingTo("179.69");
    assertThat(f.councilBudget().annual()).isEqualByComparingTo("9343.88");
    assertThat(f.covers()).isFalse();
    String text = text(s);
    assertThat(text)
        .contains(
            "NHS continuing healthcare or joint funding pays £60.00 a week of this; the council"
                + " pays £179.69 a week (£239.69 − £60.00), which is £9,343.88 a year.")
        .contains("Other sources pay part of it: the council pays £179.69 a week.")
        .contains("Paid by the council £179.69 a week (£9,343.88 a year)");
    assertThat(Renderer.html(s)).contains("the council pays £179.69 a week");
    assertThat(Renderer.markdown(s)).contains("the council pays £179.69 a week");
    JsonNode n = jsonOf(s);
    assertThat(n.at("/funding/lines/0/source").asText()).isEqualTo("nhs");
    assertThat(n.at("/funding/lines/0/amount").toString()).isEqualTo("60");
    assertThat(n.at("/funding/councilBudget/weekly").toString()).isEqualTo("179.69");
    assertThat(n.at("/funding/councilBudget/currency").asText()).isEqualTo("GBP");
  }

  @Test
  void otherFundingThatCoversTheBudgetLeavesTheCouncilPayingNothing() throws IOException {
    Statement s = statement("other-funding-covers");
    // NHS £150 + ILF £60 = £210 ≥ £199.69
    assertThat(s.funding().orElseThrow().other()).isEqualByComparingTo("210");
    assertThat(s.funding().get().councilBudget().weekly()).isEqualByComparingTo("0");
    assertThat(text(s))
        .contains(
            "NHS continuing healthcare or joint funding pays £150.00 a week and Independent Living"
                + " Fund pays £60.00 a week of this, £210.00 a week together; that is all of your"
                + " budget, so the council pays £0.00.")
        .contains("Other sources pay all of it: the council pays £0.00 a week.")
        .contains("Other sources pay all of the budget, so the council pays nothing towards it.")
        .doesNotContain("OTHER_FUNDING_COVERS_BUDGET");
  }

  @Test
  void hoursAreCountedInHoursWithWhatTheyCost() throws IOException {
    Statement s = statement("hours");
    // 5 + 19.6 × 0.3 = 10.88 → 11 hours a week; × £23.50 = £258.50; 572 hours a year = £13,442.00
    assertThat(s.header().unit()).isPresent();
    assertThat(s.money().indicative().cost().orElseThrow().weekly()).isEqualByComparingTo("258.50");
    String text = text(s);
    assertThat(text)
        .contains("Your indicative budget: 11 hours of support a week (about £258.50)")
        .contains("572 hours of support a year (about £13,442.00).")
        .contains("5 hours + (39.6 − 20) × 0.3 hours = 10.88 hours a week")
        .contains("The number of hours is rounded to the nearest 0.25 hours")
        .contains("10.88 hours becomes 11 hours a week")
        .contains("Your indicative budget is 11 hours a week (572 hours a year).")
        .contains(
            "At £23.50 for each hour, your indicative budget of 11 hours a week costs about"
                + " £258.50 a week (572 hours a year cost about £13,442.00).")
        .contains("What the indicative budget costs £258.50 a week (£13,442.00 a year)")
        .contains("Counted in hours, a week; one hour costs £23.50")
        .doesNotContain("£10.88")
        .doesNotContain("£11");
    assertThat(Renderer.html(s)).contains("11 hours of support a week (about £258.50)");
    JsonNode n = jsonOf(s);
    assertThat(n.at("/header/unit/plural").asText()).isEqualTo("hours");
    assertThat(n.at("/money/indicative/unit").asText()).isEqualTo("hours");
    assertThat(n.at("/money/indicative/weekly").decimalValue()).isEqualByComparingTo("11");
    assertThat(n.at("/money/indicative/cost/weekly").decimalValue()).isEqualByComparingTo("258.50");
    assertThat(n.at("/money/indicative/currency").isMissingNode()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "panel-band-set",
        "older-people-ceiling",
        "older-people-floor",
        "other-funding",
        "other-funding-covers",
        "hours"
      })
  void familyWordsHaveNoFlagCodeAndNoSubPennyFigure(String name) throws IOException {
    Statement s = statement(name);
    for (String out : new String[] {Renderer.text(s), Renderer.markdown(s), Renderer.html(s)}) {
      // the words before "The money step by step", whose table shows every exact figure on purpose
      String words = out.substring(0, out.indexOf("The money step by step"));
      assertThat(words).doesNotContainPattern("[A-Z]+_[A-Z_]+");
      assertThat(words).doesNotContainPattern("£[0-9,]+\\.[0-9]{3}");
    }
  }

  /**
   * The what-if of the hours example speaks in hours, with the cost of the budget as assessed: 11
   * hours a week cost about £258.50; no figure is shown as money that is not money.
   */
  @Test
  void theWhatIfOfATableInHoursSpeaksInHours() throws IOException {
    Assessment a = json.readAssessment(Docs.resource("/spec/v1.1/hours.json"), "hours");
    String text =
        org.openras.explain.WhatIfReport.text(org.openras.explain.WhatIf.of(engine, a))
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains("11 hours a week")
        .contains("572 hours a year")
        .contains("It costs about £258.50 a week.")
        .doesNotContain("£11.00")
        .doesNotContain("£572");
  }

  /** The what-if of the panel-band example says the panel decides in band C. */
  @Test
  void theWhatIfOfAPanelBandSaysThePanelDecides() throws IOException {
    Assessment a =
        json.readAssessment(Docs.resource("/spec/v1.1/panel-band-set.json"), "panel-band-set");
    String text =
        org.openras.explain.WhatIfReport.text(org.openras.explain.WhatIf.of(engine, a))
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "The council's Resource Allocation Panel decides the budget in band C; the figure is a"
                + " starting point only.");
  }
}
