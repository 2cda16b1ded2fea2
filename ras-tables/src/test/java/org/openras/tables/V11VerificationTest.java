package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.explain.ClaimedResult;
import org.openras.explain.Verification;
import org.openras.explain.VerificationDifference;

/**
 * Verification of v1.1 results: the other funding, the council budget, and budgets in a unit with
 * their cost are read from the result file and checked against a fresh calculation.
 */
class V11VerificationTest {
  private final RasJson json = RasJson.standard();
  private final RasEngine engine =
      RasEngine.of(
          json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json"),
          json.readTable(Docs.resource("/spec/v1.1/hours-table.json"), "hours-table.json"));

  private Assessment assessment(String name) {
    return json.readAssessment(Docs.resource("/spec/v1.1/" + name + ".json"), name);
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
  void everyWorkedExampleResultReadsBackAndVerifies(String name) {
    Assessment a = assessment(name);
    for (Tracing t : Tracing.values()) {
      ClaimedResult c = json.readResult(json.writeResult(engine.calculate(a, t)), name);
      assertThat(c.otherFunding()).hasSameSizeAs(a.otherFunding());
      Verification v = Verification.of(engine, a, c);
      assertThat(v.difference()).isEmpty();
      assertThat(v.verified()).isTrue();
    }
  }

  @Test
  void theClaimedFundingAndCouncilBudgetAreRead() {
    ClaimedResult c =
        json.readResult(json.writeResult(engine.calculate(assessment("other-funding"))), "r");
    assertThat(c.otherFunding()).hasSize(1);
    assertThat(c.otherFunding().get(0).source()).isEqualTo("nhs");
    assertThat(c.otherFunding().get(0).amount()).isEqualByComparingTo("60.00");
    assertThat(c.councilBudget().orElseThrow().weekly()).isEqualByComparingTo("179.69");
    assertThat(c.councilBudget().get().annual()).isEqualByComparingTo("9343.88");
  }

  private VerificationDifference edited(String name, Consumer<ObjectNode> edit) throws IOException {
    Assessment a = assessment(name);
    ObjectNode n =
        (ObjectNode)
            V11SpecExampleTest.JSON.readTree(json.writeResult(engine.calculate(a, Tracing.OFF)));
    edit.accept(n);
    ClaimedResult c = json.readResult(V11SpecExampleTest.JSON.writeValueAsString(n), name);
    Verification v = Verification.of(engine, a, c);
    assertThat(v.verified()).isFalse();
    return v.difference().orElseThrow();
  }

  @Test
  void anEditedCouncilBudgetIsTheDifference() throws IOException {
    VerificationDifference d =
        edited(
            "other-funding",
            n -> ((ObjectNode) n.get("councilBudget")).put("weekly", new BigDecimal("189.69")));
    assertThat(d.pointer()).isEqualTo("/councilBudget/weekly");
    assertThat(d.expected()).isEqualTo("179.69");
    assertThat(d.found()).isEqualTo("189.69");
  }

  @Test
  void anEditedOtherFundingAmountIsTheDifference() throws IOException {
    VerificationDifference d =
        edited(
            "other-funding",
            n -> ((ObjectNode) n.get("otherFunding").get(0)).put("amount", new BigDecimal("70")));
    assertThat(d.pointer()).isEqualTo("/otherFunding/0/amount");
    assertThat(d.expected()).isEqualTo("60");
    assertThat(d.found()).isEqualTo("70");
  }

  @Test
  void aMissingCouncilBudgetIsTheDifference() throws IOException {
    VerificationDifference d = edited("other-funding-covers", n -> n.remove("councilBudget"));
    assertThat(d.pointer()).isEqualTo("/councilBudget");
    assertThat(d.expected()).isEqualTo("a council budget");
    assertThat(d.found()).isEqualTo("no council budget");
  }

  @Test
  void anEditedCostOrUnitIsTheDifference() throws IOException {
    VerificationDifference cost =
        edited(
            "hours",
            n ->
                ((ObjectNode) n.get("indicativeBudget").get("cost"))
                    .put("weekly", new BigDecimal("258.00")));
    assertThat(cost.pointer()).isEqualTo("/indicativeBudget/cost/weekly");
    assertThat(cost.expected()).isEqualTo("258.5");
    assertThat(cost.found()).isEqualTo("258");
    VerificationDifference unit =
        edited("hours", n -> ((ObjectNode) n.get("indicativeBudget")).put("unit", "nights"));
    assertThat(unit.pointer()).isEqualTo("/indicativeBudget/unit");
    assertThat(unit.expected()).isEqualTo("hours");
    assertThat(unit.found()).isEqualTo("nights");
  }
}
