package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.tables.Docs.replace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.Fingerprint;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** Spec §2 "Fingerprint", and writing then reading giving the same table or assessment. */
class FingerprintAndRoundTripTest {
  private static final ObjectMapper MAPPER =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final String WORKED = Docs.resource("/spec/worked-table.json");

  private final RasJson json = RasJson.standard();
  private final RasTable worked = json.readTable(WORKED, "worked-table.json");

  private Fingerprint fingerprintOf(String doc) {
    return json.readTable(doc, "variant.json").fingerprint();
  }

  @Test
  void layoutDoesNotChangeTheFingerprint() throws Exception {
    String compact = MAPPER.writeValueAsString(MAPPER.readTree(WORKED));
    assertThat(compact).doesNotContain("\n").isNotEqualTo(WORKED);
    assertThat(fingerprintOf(compact)).isEqualTo(worked.fingerprint());
    String spread =
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(WORKED));
    assertThat(spread).contains("\" : ").isNotEqualTo(WORKED);
    assertThat(fingerprintOf(spread)).isEqualTo(worked.fingerprint());
  }

  @Test
  void keyOrderDoesNotChangeTheFingerprint() throws Exception {
    JsonNode reversed = reverseKeys(MAPPER.readTree(WORKED));
    String doc = MAPPER.writeValueAsString(reversed);
    assertThat(doc).startsWith("{\"moderation\"");
    assertThat(fingerprintOf(doc)).isEqualTo(worked.fingerprint());
  }

  @Test
  void numberSpellingDoesNotChangeTheFingerprint() {
    String doc =
        replace(
            replace(
                replace(
                    replace(WORKED, "\"perPoint\": 4.10", "\"perPoint\": 4.1000"),
                    "\"weeksPerYear\": 52",
                    "\"weeksPerYear\": 52.0"),
                "\"weight\": 1.5",
                "\"weight\": 15e-1"),
            "\"ceiling\": 950",
            "\"ceiling\": 9.5E2");
    assertThat(fingerprintOf(doc)).isEqualTo(worked.fingerprint());
    assertThat(fingerprintOf(replace(WORKED, "\"factor\": 1.08", "\"factor\": 1.080")))
        .isEqualTo(worked.fingerprint());
  }

  @Test
  void explicitDefaultsGiveTheSameFingerprintAsOmittedOnes() {
    String explicit =
        replace(
            replace(
                replace(
                    replace(
                        WORKED,
                        "\"name\": \"Meeting personal care needs\",",
                        "\"name\": \"Meeting personal care needs\", \"weight\": 1,"),
                    "\"text\": \"How much support do you need to eat and drink?\",",
                    "\"text\": \"How much support do you need to eat and drink?\","
                        + " \"select\": \"ONE\", \"required\": true,"),
                "\"label\": \"OP\", \"from\": 0, \"amount\": 0, \"perPoint\": 3.80",
                "\"label\": \"OP\", \"from\": 0, \"amount\": 0, \"perPoint\": 3.8"),
            "\"currency\": \"GBP\",",
            "");
    assertThat(fingerprintOf(explicit)).isEqualTo(worked.fingerprint());

    String minimal =
        replace(
            replace(
                Docs.MINI,
                "\"version\": \"1\",",
                "\"version\": \"1\", \"currency\": \"GBP\", \"period\": \"WEEK\", \"weeksPerYear\": 52,"),
            "\"curves\"",
            "\"costFactors\": [ { \"locality\": \"*\", \"factor\": 1 } ], \"supplements\": [],"
                + " \"rounding\": { \"increment\": 0.01, \"mode\": \"HALF_UP\" }, \"curves\"");
    assertThat(fingerprintOf(minimal)).isEqualTo(fingerprintOf(Docs.MINI));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a descriptor code|\"code\": \"1A\"|\"code\": \"1Z\"",
        "a question code|\"code\": \"Q2\"|\"code\": \"Q2b\"",
        "a domain name|\"name\": \"Keeping safe\"|\"name\": \"Keeping safe at home\"",
        "a descriptor text|I need to be fed|I need help to be fed",
        "points|\"points\": 24|\"points\": 25",
        "points by a fraction|\"points\": 12|\"points\": 12.01",
        "a weight|\"weight\": 1.5|\"weight\": 1.6",
        "a band start|\"label\": \"B\", \"from\": 20|\"label\": \"B\", \"from\": 21",
        "per point money|\"perPoint\": 5.25|\"perPoint\": 5.26",
        "an adjustment percent|\"9C\": -25|\"9C\": -30",
        "the cost factor|\"factor\": 1.08|\"factor\": 1.07",
        "the ceiling|\"ceiling\": 950|\"ceiling\": 951",
        "the rounding mode|\"mode\": \"HALF_UP\"|\"mode\": \"HALF_EVEN\"",
        "the tolerance|\"tolerancePercent\": 10|\"tolerancePercent\": 11",
        "the version|\"version\": \"2026.1\"|\"version\": \"2026.2\"",
        "the end date|\"effectiveTo\": \"2027-04-01\"|\"effectiveTo\": \"2027-04-02\"",
        "the period|\"period\": \"WEEK\"|\"period\": \"YEAR\"",
        "a select rule|\"select\": \"ANY\"|\"select\": \"ONE\"",
        "a required rule|\"required\": false|\"required\": true",
        "a question cap|\"maxPoints\": 9|\"maxPoints\": 8",
        "adjusted domains|\"domains\": [\"D1\", \"D2\"]|\"domains\": [\"D1\"]",
        "a supplement reference|a council decision would be cited here|cabinet decision 7",
      })
  void anyChangeOfContentChangesTheFingerprint(String what, String from, String to) {
    String changed =
        WORKED.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(changed).as(what).isNotEqualTo(WORKED);
    assertThat(fingerprintOf(changed)).as(what).isNotEqualTo(worked.fingerprint());
  }

  @Test
  void descriptorOrderIsContent() {
    String swapped =
        replace(
            replace(
                WORKED,
                "{ \"code\": \"5A\", \"text\": \"Getting to work, college or volunteering\", \"points\": 4 },",
                "{ \"code\": \"5B\", \"text\": \"Using public transport\", \"points\": 3 },"),
            "{ \"code\": \"5B\", \"text\": \"Using public transport\", \"points\": 3 },\n            { \"code\": \"5C\"",
            "{ \"code\": \"5A\", \"text\": \"Getting to work, college or volunteering\", \"points\": 4 },\n            { \"code\": \"5C\"");
    assertThat(fingerprintOf(swapped)).isNotEqualTo(worked.fingerprint());
  }

  @Test
  void writtenTableReadsBackEqualWithTheSameFingerprint() {
    String written = json.writeTable(worked);
    RasTable back = json.readTable(written, "written.json");
    assertThat(back).isEqualTo(worked);
    assertThat(back.fingerprint()).isEqualTo(worked.fingerprint());
    assertThat(json.writeTable(back)).isEqualTo(written);
    // defaults explicit, spec field order
    assertThat(written)
        .contains("\"select\": \"ONE\"")
        .contains("\"required\": true")
        .contains("\"weight\": 1,")
        .contains("\"perPoint\": 4.1\n")
        .contains("\"rounding\": {\n      \"increment\": 0.01,\n      \"mode\": \"HALF_UP\"");
    assertThat(written.indexOf("\"format\"")).isLessThan(written.indexOf("\"id\""));
    assertThat(written.indexOf("\"weeksPerYear\"")).isLessThan(written.indexOf("\"domains\""));
    assertThat(written.indexOf("\"adjustments\"")).isLessThan(written.indexOf("\"allocation\""));
  }

  @Test
  void tableBuiltInCodeWithEveryOptionalPartRoundTrips() {
    RasTable t =
        WorkedExample.tableBuilder()
            .reference("Cabinet decision 2026/14")
            .period(org.openras.table.Period.YEAR)
            .weeksPerYear(new BigDecimal("52.143"))
            .currency("EUR")
            .rounding(new BigDecimal("0.5"), RoundingMode.CEILING)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeTable(t, out);
    RasTable back = json.readTable(new ByteArrayInputStream(out.toByteArray()), "stream");
    assertThat(back).isEqualTo(t);
    assertThat(back.reference()).contains("Cabinet decision 2026/14");
    assertThat(back.allocation().rounding().mode()).isEqualTo(RoundingMode.CEILING);

    RasTable mini = json.readTable(Docs.MINI, "mini.json");
    assertThat(json.readTable(json.writeTable(mini), "w")).isEqualTo(mini);
    assertThat(json.writeTable(mini)).doesNotContain("moderation").doesNotContain("floor");
  }

  @Test
  void referencesEverywhereAreReadWrittenAndPartOfTheFingerprint() {
    String doc =
        replace(
            replace(
                replace(
                    replace(
                        replace(
                            Docs.MINI,
                            "\"version\": \"1\",",
                            "\"version\": \"1\", \"reference\": \"table ref\","),
                        "\"name\": \"Care\",",
                        "\"name\": \"Care\", \"reference\": \"domain ref\","),
                    "\"text\": \"Care?\",",
                    "\"text\": \"Care?\", \"reference\": \"question ref\","),
                "{ \"clientGroup\": \"*\",",
                "{ \"clientGroup\": \"*\", \"reference\": \"curve ref\","),
            "\"perPoint\": 10 }",
            "\"perPoint\": 10, \"reference\": \"band ref\" }");
    RasTable t = json.readTable(doc, "refs.json");
    assertThat(t.reference()).contains("table ref");
    assertThat(t.domains().get(0).reference()).contains("domain ref");
    assertThat(t.questions().get(0).reference()).contains("question ref");
    assertThat(t.allocation().curves().get(0).reference()).contains("curve ref");
    assertThat(t.allocation().curves().get(0).bands().get(0).reference()).contains("band ref");
    RasTable back = json.readTable(json.writeTable(t), "back.json");
    assertThat(back).isEqualTo(t);
    assertThat(back.allocation().curves().get(0).bands().get(0).reference()).contains("band ref");
    assertThat(t.fingerprint()).isNotEqualTo(json.readTable(Docs.MINI, "mini.json").fingerprint());
  }

  @Test
  void writtenAssessmentReadsBackEqual() {
    Assessment a = WorkedExample.assessment();
    String written = json.writeAssessment(a);
    assertThat(json.readAssessment(written, "a.json")).isEqualTo(a);
    assertThat(written).contains("\"amount\": 40.00").contains("\"Q5\": [");

    Assessment other =
        Assessment.builder()
            .id("x/1")
            .date(LocalDate.of(2026, 5, 1))
            .answer("Q5", Answer.any(List.of("5A")))
            .answer("Q9", Answer.any(List.of()))
            .answer("Q1", "1A")
            .moderation(
                Moderation.ofPercent(new BigDecimal("-2.5"), "r", "team", LocalDate.of(2026, 5, 2)))
            .build();
    String w = json.writeAssessment(other);
    Assessment back = json.readAssessment(w, "b.json");
    assertThat(back).isEqualTo(other);
    assertThat(back.answers().keySet()).containsExactly("Q5", "Q9", "Q1");
    assertThat(back.answer("Q5").orElseThrow().multiple()).isTrue();
    assertThat(w)
        .doesNotContain("context")
        .doesNotContain("\"table\"")
        .contains("\"percent\": -2.5");
  }

  private static JsonNode reverseKeys(JsonNode n) {
    if (n.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      n.fields().forEachRemaining(fields::add);
      Collections.reverse(fields);
      ObjectNode o = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> f : fields) {
        o.set(f.getKey(), reverseKeys(f.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = MAPPER.createArrayNode();
      n.forEach(e -> a.add(reverseKeys(e)));
      return a;
    }
    return n;
  }
}
