package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.explain.Comparison;
import org.openras.explain.Verification;
import org.openras.explain.WhatIf;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** The JSON of what-if, comparison and verification, read back with an independent parser. */
class ReportJsonTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private final RasTable table = WorkedExample.table();
  private final RasEngine engine = RasEngine.of(table);
  private final Assessment assessment = WorkedExample.assessment();

  @Test
  void whatIfJsonHasEveryRowInOrder() throws Exception {
    WhatIf w = WhatIf.of(engine, assessment);
    JsonNode n = JSON.readTree(WhatIfJson.write(w));
    assertThat(n.get("format").asText()).isEqualTo("ras-whatif/1");
    assertThat(n.get("concerns").asText()).isEqualTo("indicativeBudget");
    assertThat(n.get("indicativeBudget").get("weekly").decimalValue())
        .isEqualByComparingTo("199.69");
    assertThat(n.get("rows")).hasSize(w.rows().size());
    JsonNode first = n.get("rows").get(0);
    assertThat(first.get("question").asText()).isEqualTo("Q1");
    assertThat(first.get("kind").asText()).isEqualTo("REPLACE");
    assertThat(first.get("from").get(0).asText()).isEqualTo("1C");
    assertThat(first.get("to").get(0).asText()).isEqualTo("1D");
    assertThat(first.get("change").decimalValue()).isEqualByComparingTo("180.63");
    assertThat(first.get("budget").get("annual").decimalValue()).isEqualByComparingTo("19776.64");
    for (JsonNode r : n.get("rows")) {
      if (r.get("kind").asText().equals("UNANSWER")) {
        assertThat(r.has("to")).isFalse();
        assertThat(r.has("descriptor")).isFalse();
      }
    }
  }

  @Test
  void comparisonJsonPartsAddUpToTheChanges() throws Exception {
    Assessment after =
        WorkedExample.assessmentBuilder()
            .id("later")
            .answer("Q1", "1D")
            .locality(null)
            .clearModerations()
            .build();
    JsonNode n = JSON.readTree(ComparisonJson.write(Comparison.of(engine, assessment, after)));
    assertThat(n.get("format").asText()).isEqualTo("ras-comparison/1");
    BigDecimal ind = BigDecimal.ZERO;
    BigDecimal bud = BigDecimal.ZERO;
    for (JsonNode s : n.get("steps")) {
      ind = ind.add(s.get("indicativePart").get("weekly").decimalValue());
      bud = bud.add(s.get("budgetPart").get("annual").decimalValue());
    }
    assertThat(n.get("steps")).hasSize(3);
    assertThat(ind).isEqualByComparingTo(n.get("indicativeChange").get("weekly").decimalValue());
    assertThat(bud).isEqualByComparingTo(n.get("budgetChange").get("annual").decimalValue());
    assertThat(n.get("changes").get(0).get("kind").asText()).isEqualTo("LOCALITY");
    assertThat(n.get("changes").get(0).has("after")).isFalse();
    assertThat(n.get("after").has("finalBudget")).isFalse();
  }

  @Test
  void verificationJsonNamesTheDifference() throws Exception {
    RasJson json = RasJson.standard();
    String result = json.writeResult(engine.calculate(assessment));
    Verification ok = Verification.of(engine, assessment, json.readResult(result, "r.json"));
    JsonNode yes = JSON.readTree(VerificationJson.write(ok));
    assertThat(yes.get("verified").asBoolean()).isTrue();
    assertThat(yes.has("difference")).isFalse();
    Verification bad =
        Verification.of(
            engine,
            assessment,
            json.readResult(
                result.replace("\"totalPoints\": 39.6", "\"totalPoints\": 40"), "r.json"));
    JsonNode no = JSON.readTree(VerificationJson.write(bad));
    assertThat(no.get("verified").asBoolean()).isFalse();
    assertThat(no.get("difference").get("pointer").asText()).isEqualTo("/totalPoints");
    assertThat(no.get("difference").get("expected").asText()).isEqualTo("39.6");
    assertThat(no.get("difference").get("found").asText()).isEqualTo("40");
    assertThat(no.get("difference").get("line").asInt()).isPositive();
  }
}
