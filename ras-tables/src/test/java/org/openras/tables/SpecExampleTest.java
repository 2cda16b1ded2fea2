package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;
import org.openras.trace.TraceStep;

/** The spec's example files (copied to test resources) load and give the figures of §5 and §6. */
class SpecExampleTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private final RasJson json = RasJson.standard();
  private final RasTable table =
      json.readTable(Docs.resource("/spec/worked-table.json"), "worked-table.json");
  private final Assessment assessment =
      json.readAssessment(Docs.resource("/spec/worked-assessment.json"), "worked-assessment.json");

  @Test
  void copiesAreTheSpecFilesWhenTheSpecIsPresent() throws IOException {
    for (String name : List.of("worked-table.json", "worked-assessment.json")) {
      Path original = Path.of("..", "..", "shared", "spec", "examples", name);
      if (!Files.exists(original)) {
        original = Path.of("/work/shared/spec/examples", name);
      }
      if (Files.exists(original)) {
        assertThat(Docs.resource("/spec/" + name)).isEqualTo(Files.readString(original));
      }
    }
  }

  @Test
  void tableIsTheWorkedExampleBuiltInCode() {
    RasTable inCode = WorkedExample.table();
    assertThat(table).isEqualTo(inCode);
    assertThat(table.fingerprint()).isEqualTo(inCode.fingerprint());
    assertThat(table.canonicalForm()).isEqualTo(inCode.canonicalForm());
    assertThat(table.source()).isPresent();
    assertThat(table.source().get().name()).isEqualTo("worked-table.json");
  }

  @Test
  void assessmentIsTheWorkedExampleBuiltInCode() {
    assertThat(assessment).isEqualTo(WorkedExample.assessment());
    assertThat(assessment.answer("Q5").orElseThrow().multiple()).isTrue();
    assertThat(assessment.answer("Q1").orElseThrow().multiple()).isFalse();
  }

  @Test
  void engineGivesTheSpecFigures() {
    Result r = RasEngine.of(table).calculate(assessment);
    assertThat(r.totalPoints()).isEqualByComparingTo("39.6");
    assertThat(r.band()).isEqualTo("B");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.69"));
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("10383.88"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("239.69"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("12463.88"));
  }

  @Test
  void writtenResultCarriesExactlyTheSpecFigures() throws IOException {
    Result r = RasEngine.of(table).calculate(assessment);
    String text = json.writeResult(r);
    JsonNode root = JSON.readTree(text);

    assertThat(fieldNames(root))
        .containsExactly(
            "format",
            "assessmentId",
            "table",
            "period",
            "curve",
            "domains",
            "totalPoints",
            "band",
            "indicativeBudget",
            "finalBudget",
            "flags",
            "trace");
    assertThat(root.get("format").asText()).isEqualTo("ras-result/1");
    assertThat(root.get("assessmentId").asText()).isEqualTo("case-0042/review-3");
    assertThat(root.at("/table/id").asText()).isEqualTo("worked-example");
    assertThat(root.at("/table/version").asText()).isEqualTo("2026.1");
    assertThat(root.at("/table/fingerprint").asText()).isEqualTo(table.fingerprint().value());
    assertThat(root.get("period").asText()).isEqualTo("WEEK");
    assertThat(root.get("curve").asText()).isEqualTo("*");

    String[][] domains = {
      {"D1", "19", "19", "19", "-10", "17.1"},
      {"D2", "10", "10", "15", "-10", "13.5"},
      {"D3", "9", "9", "9", "0", "9"},
      {"D4", "0", "0", "0", "0", "0"},
    };
    assertThat(root.get("domains")).hasSize(4);
    for (int i = 0; i < domains.length; i++) {
      JsonNode d = root.get("domains").get(i);
      assertThat(fieldNames(d))
          .containsExactly("code", "raw", "capped", "weighted", "percent", "adjusted");
      assertThat(d.get("code").asText()).isEqualTo(domains[i][0]);
      assertThat(d.get("raw").decimalValue()).isEqualTo(new BigDecimal(domains[i][1]));
      assertThat(d.get("capped").decimalValue()).isEqualTo(new BigDecimal(domains[i][2]));
      assertThat(d.get("weighted").decimalValue()).isEqualTo(new BigDecimal(domains[i][3]));
      assertThat(d.get("percent").decimalValue()).isEqualTo(new BigDecimal(domains[i][4]));
      assertThat(d.get("adjusted").decimalValue()).isEqualTo(new BigDecimal(domains[i][5]));
    }
    assertThat(root.get("totalPoints").decimalValue()).isEqualTo(new BigDecimal("39.6"));
    assertThat(root.get("band").asText()).isEqualTo("B");
    assertThat(root.at("/indicativeBudget/currency").asText()).isEqualTo("GBP");
    assertThat(root.at("/indicativeBudget/weekly").decimalValue())
        .isEqualTo(new BigDecimal("199.69"));
    assertThat(root.at("/indicativeBudget/annual").decimalValue())
        .isEqualTo(new BigDecimal("10383.88"));
    assertThat(root.at("/finalBudget/weekly").decimalValue()).isEqualTo(new BigDecimal("239.69"));
    assertThat(root.at("/finalBudget/annual").decimalValue()).isEqualTo(new BigDecimal("12463.88"));
    assertThat(root.get("flags")).hasSize(1);
    assertThat(root.get("flags").get(0).asText()).isEqualTo("PANEL_APPROVAL_REQUIRED");

    // the literal spelling: plain numbers, shortest for points, money as rounded
    assertThat(text)
        .contains("\"totalPoints\": 39.6")
        .contains("\"weighted\": 15,")
        .contains("\"adjusted\": 17.1")
        .contains("\"weekly\": 199.69")
        .contains("\"annual\": 10383.88")
        .doesNotContain("E+")
        .doesNotContain("E-")
        .doesNotContain("15.0");
    assertThat(text).startsWith("{\n  \"format\": \"ras-result/1\",\n");
  }

  @Test
  void writtenTraceIsTheEnginesTraceStepByStep() throws IOException {
    Result r = RasEngine.of(table).calculate(assessment);
    JsonNode trace = JSON.readTree(json.writeResult(r)).get("trace");
    List<TraceStep> steps = r.trace().steps();
    assertThat(trace).hasSize(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      TraceStep s = steps.get(i);
      JsonNode n = trace.get(i);
      assertThat(n.get("step").asText()).isEqualTo(s.kind().name());
      assertThat(n.get("subject").asText()).isEqualTo(s.subject());
      assertThat(n.get("explanation").asText()).isEqualTo(s.explanation());
      assertThat(n.has("reference")).isEqualTo(s.reference().isPresent());
      assertThat(n.has("value")).isEqualTo(s.value().isPresent());
      if (s.value().isPresent()) {
        assertThat(n.get("value").decimalValue()).isEqualByComparingTo(s.value().get());
      }
      assertThat(fieldNames(n.get("inputs"))).containsExactlyElementsOf(s.inputs().keySet());
    }
    JsonNode first = trace.get(0);
    assertThat(first.get("step").asText()).isEqualTo("DESCRIPTOR");
    assertThat(first.get("subject").asText()).isEqualTo("Q1");
    assertThat(first.get("value").decimalValue()).isEqualTo(new BigDecimal("14"));
    assertThat(first.at("/inputs/descriptor").asText()).isEqualTo("1C");
    // 1C earns no supplement: no SUPPLEMENT step is written
    assertThat(trace.findValues("step")).extracting(JsonNode::asText).doesNotContain("SUPPLEMENT");
  }

  @Test
  void resultWithoutModerationHasNoFinalBudget() throws IOException {
    Assessment plain = assessment.toBuilder().clearModerations().build();
    JsonNode root = JSON.readTree(json.writeResult(RasEngine.of(table).calculate(plain)));
    assertThat(root.has("finalBudget")).isFalse();
    assertThat(root.get("flags")).isEmpty();
    assertThat(root.at("/indicativeBudget/weekly").decimalValue())
        .isEqualTo(new BigDecimal("199.69"));
  }

  @Test
  void untracedResultHasAnEmptyTraceAndTheSameFigures() throws IOException {
    Result r = RasEngine.of(table).calculate(assessment, org.openras.engine.Tracing.OFF);
    JsonNode root = JSON.readTree(json.writeResult(r));
    assertThat(root.get("trace")).isEmpty();
    assertThat(root.at("/finalBudget/annual").decimalValue()).isEqualTo(new BigDecimal("12463.88"));
  }

  @Test
  void annualTableWritesItsAnnualFigureAsRounded() throws IOException {
    RasTable yearly =
        json.readTable(
            Docs.replace(
                Docs.replace(
                    Docs.MINI, "\"version\": \"1\",", "\"version\": \"1\", \"period\": \"YEAR\","),
                "\"perPoint\": 10",
                "\"perPoint\": 1040"),
            "yearly.json");
    Assessment a =
        json.readAssessment(
            Docs.replace(Docs.MINI_ASSESSMENT, "\"percent\": 5", "\"percent\": 0"), "a.json");
    JsonNode root = JSON.readTree(json.writeResult(RasEngine.of(yearly).calculate(a)));
    assertThat(root.get("period").asText()).isEqualTo("YEAR");
    // 5 points × 1040 = 5200.00 a year; ÷ 52 = 100.00 a week
    assertThat(root.at("/indicativeBudget/annual").decimalValue()).isEqualByComparingTo("5200");
    assertThat(root.at("/indicativeBudget/weekly").decimalValue()).isEqualByComparingTo("100");
    // money keeps the scale the engine rounded it to
    assertThat(json.writeResult(RasEngine.of(yearly).calculate(a)))
        .contains("\"weekly\": 100.00,")
        .contains("\"annual\": 5200.00\n");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
