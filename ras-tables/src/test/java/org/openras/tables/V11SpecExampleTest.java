package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.assessment.Assessment;
import org.openras.engine.Flag;
import org.openras.engine.HeadlineFigures;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.table.RasTable;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * The six worked examples of spec v1.1 (copied to test resources) give exactly the figures of their
 * {@code .expected.json}, traced and untraced, through the Java API and the {@code ras-result/1}
 * writer.
 */
class V11SpecExampleTest {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  static final List<String> EXAMPLES =
      List.of(
          "panel-band-set",
          "older-people-ceiling",
          "older-people-floor",
          "other-funding",
          "other-funding-covers",
          "hours");

  private final RasJson json = RasJson.standard();
  private final RasEngine engine =
      RasEngine.of(
          json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json"),
          json.readTable(Docs.resource("/spec/v1.1/hours-table.json"), "hours-table.json"));

  @Test
  void copiesAreTheSpecFilesWhenTheSpecIsPresent() throws IOException {
    Path dir = Path.of("/work/shared/spec/examples/v1.1");
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        assertThat(Docs.resource("/spec/v1.1/" + f.getFileName()))
            .as(f.toString())
            .isEqualTo(Files.readString(f));
      }
    }
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
  void theResultHasExactlyTheExpectedFigures(String name) throws IOException {
    Assessment a = json.readAssessment(Docs.resource("/spec/v1.1/" + name + ".json"), name);
    JsonNode expected = JSON.readTree(Docs.resource("/spec/v1.1/" + name + ".expected.json"));
    for (Tracing tracing : Tracing.values()) {
      Result r = engine.calculate(a, tracing);
      assertFigures(JSON.readTree(json.writeResult(r)), expected, name + " " + tracing);
    }
    // the headline figures agree
    HeadlineFigures h = engine.calculate(a, new HeadlineFigures());
    Result r = engine.calculate(a);
    assertThat(h.indicativeWeekly()).isEqualTo(r.indicativeBudget().weekly());
    assertThat(h.indicativeAnnual()).isEqualTo(r.indicativeBudget().annual());
    for (Flag f : Flag.values()) {
      assertThat(h.has(f)).as(name + " " + f).isEqualTo(r.has(f));
    }
  }

  /**
   * Every field of {@code expected} but its format is in {@code actual} with the same value
   * (numbers by value); the optional parts absent from {@code expected} are absent from {@code
   * actual}; flags in the same order.
   */
  static void assertFigures(JsonNode actual, JsonNode expected, String what) {
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("format")) {
        assertSame(actual.get(e.getKey()), e.getValue(), what + " /" + e.getKey());
      }
    }
    for (String optional : List.of("finalBudget", "otherFunding", "councilBudget")) {
      assertThat(actual.has(optional))
          .as(what + " has " + optional)
          .isEqualTo(expected.has(optional));
    }
    assertThat(actual.get("format").asText()).isEqualTo("ras-result/1");
  }

  private static void assertSame(JsonNode actual, JsonNode expected, String at) {
    assertThat(actual).as(at + " present").isNotNull();
    if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(at + " a number").isTrue();
      assertThat(actual.decimalValue()).as(at).isEqualByComparingTo(expected.decimalValue());
    } else if (expected.isObject()) {
      List<String> names = fieldNames(expected);
      List<String> actualNames = fieldNames(actual);
      if (!at.endsWith("/table")) {
        assertThat(actualNames).as(at + " fields").containsExactlyElementsOf(names);
      }
      for (String n : names) {
        assertSame(actual.get(n), expected.get(n), at + "/" + n);
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(at + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(actual.get(i), expected.get(i), at + "/" + i);
      }
    } else {
      assertThat(actual).as(at).isEqualTo(expected);
    }
  }

  @Test
  void resultFieldsComeInTheSpecsOrder() throws IOException {
    Assessment a = json.readAssessment(Docs.resource("/spec/v1.1/other-funding.json"), "a");
    JsonNode root = JSON.readTree(json.writeResult(engine.calculate(a)));
    List<String> names = fieldNames(root);
    assertThat(names)
        .containsSubsequence(
            "indicativeBudget", "finalBudget", "otherFunding", "councilBudget", "flags", "trace");
  }

  @Test
  void theTraceExplainsEveryNewRuleWithItsReference() {
    RasTable table = json.readTable(Docs.resource("/spec/v1.1/table.json"), "table.json");
    Result panel = engine.calculate(read("panel-band-set"));
    TraceStep band = panel.trace().steps(StepKind.PANEL_BAND).get(0);
    assertThat(band.subject()).isEqualTo("C");
    assertThat(band.reference())
        .contains(table.allocation().curves().get(0).bands().get(2).reference().orElseThrow());
    assertThat(band.explanation())
        .isEqualTo(
            "Band C is decided by the council's panel: above 60 points the panel decides the"
                + " budget, so £292.00 a week is a starting point only.");
    TraceStep set = panel.trace().steps(StepKind.MODERATION_SET).get(0);
    assertThat(set.value()).contains(new BigDecimal("58.00"));
    assertThat(set.explanation())
        .contains("sets the budget at £520.00 a week (it was £462.00: + £58.00)");
    assertThat(panel.trace().steps(StepKind.FINAL).get(0).value())
        .contains(new BigDecimal("500.00"));

    Result ceiling = engine.calculate(read("older-people-ceiling"));
    TraceStep own = ceiling.trace().steps(StepKind.CURVE_LIMITS).get(0);
    assertThat(own.reference()).isEqualTo(table.allocation().curves().get(1).reference());
    assertThat(own.explanation())
        .isEqualTo(
            "The curve for \"older-people\" has its own floor of £40.00, in place of the table's"
                + " £0.00, and its own ceiling of £200.00, in place of the table's £950.00.");
    TraceStep limits = ceiling.trace().steps(StepKind.LIMITS).get(0);
    assertThat(limits.number("ceiling")).isEqualByComparingTo("200");
    assertThat(limits.explanation()).contains("is above the ceiling, so it is lowered to £200.00");

    Result funded = engine.calculate(read("other-funding"));
    TraceStep nhs = funded.trace().steps(StepKind.OTHER_FUNDING).get(0);
    assertThat(nhs.reference()).isEqualTo(table.fundingSource("nhs").orElseThrow().reference());
    assertThat(nhs.explanation())
        .isEqualTo(
            "\"NHS continuing healthcare or joint funding\" pays £60.00 a week of this budget.");
    assertThat(funded.trace().steps(StepKind.COUNCIL_BUDGET).get(0).explanation())
        .isEqualTo(
            "The council budget is the final budget less what other sources pay: £239.69 − £60.00"
                + " = £179.69 a week (rounded to a multiple of 0.01 (halves round up), and never"
                + " below 0).");
    assertThat(funded.trace().steps(StepKind.COUNCIL_OTHER_PERIOD).get(0).explanation())
        .isEqualTo(
            "The council budget for a year is £179.69 × 52 weeks = £9343.88, rounded to a"
                + " multiple of 0.01 (halves round up).");

    Result covered = engine.calculate(read("other-funding-covers"));
    assertThat(covered.trace().steps(StepKind.COUNCIL_BUDGET).get(0).explanation())
        .contains("£199.69 − £210.00 = -£10.31, which becomes £0.00 a week")
        .contains("the other funding covers the whole budget, so the council pays nothing.");

    Result hours = engine.calculate(read("hours"));
    assertThat(hours.trace().steps(StepKind.ROUNDING).get(0).explanation())
        .contains("10.88 hours becomes 11 hours a week");
    assertThat(hours.trace().steps(StepKind.UNIT_COST).get(0).explanation())
        .isEqualTo(
            "At £23.50 for each hour, the indicative budget of 11 hours a week costs £258.50 a week,"
                + " and 572 hours a year cost £13442.00 a year (each rounded to the nearest £0.01,"
                + " halves up).");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Assessment read(String name) {
    return json.readAssessment(Docs.resource("/spec/v1.1/" + name + ".json"), name);
  }
}
