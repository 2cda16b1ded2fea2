package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.InvalidResultException;
import org.openras.Location;
import org.openras.Problem;
import org.openras.assessment.Assessment;
import org.openras.engine.Flag;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.explain.ClaimedResult;
import org.openras.explain.Verification;
import org.openras.explain.VerificationDifference;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.testing.Properties;
import org.openras.trace.StepKind;

/** Reading ras-result/1 back, and verifying it: faithful, tampered and malformed files. */
class ResultReaderTest {
  private final RasJson json = RasJson.standard();
  private final String tableJson = Docs.resource("/spec/worked-table.json");
  private final String assessmentJson = Docs.resource("/spec/worked-assessment.json");
  private final RasTable table = json.readTable(tableJson, "worked-table.json");
  private final Assessment assessment =
      json.readAssessment(assessmentJson, "worked-assessment.json");
  private final RasEngine engine = RasEngine.of(table);
  private final String resultJson = json.writeResult(engine.calculate(assessment));

  @Test
  void aWrittenResultReadsBackAndVerifies() {
    ClaimedResult c = json.readResult(resultJson, "result.json");
    assertThat(c.assessmentId()).isEqualTo("case-0042/review-3");
    assertThat(c.fingerprint()).isEqualTo(table.fingerprint());
    assertThat(c.period()).contains(Period.WEEK);
    assertThat(c.curve()).contains("*");
    assertThat(c.domains()).hasSize(4);
    assertThat(c.domains().get(0).adjusted()).isEqualByComparingTo("17.1");
    assertThat(c.totalPoints()).isEqualByComparingTo("39.6");
    assertThat(c.indicativeBudget().weekly()).isEqualByComparingTo("199.69");
    assertThat(c.finalBudget().orElseThrow().annual()).isEqualByComparingTo("12463.88");
    assertThat(c.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    assertThat(c.trace().get(0).kind()).isEqualTo(StepKind.DESCRIPTOR);
    assertThat(c.trace().get(0).inputs()).containsEntry("descriptor", "1C");
    assertThat(c.source().orElseThrow().name()).isEqualTo("result.json");

    Verification v = Verification.of(engine, assessment, c);
    assertThat(v.verified()).isTrue();
    assertThat(v.compared()).isGreaterThan(100);
  }

  /** Over generated tables (weekly and annual): every written result reads back and verifies. */
  @Test
  void generatedResultsRoundTripAndVerify() {
    TableGenerator tables = TableGenerator.defaults().withPeriods(Period.WEEK, Period.YEAR);
    Properties.forAll(
        "written results verify",
        Properties.seeds(1, 40),
        c -> {
          RasTable t = c.table(tables.generate(c.seed()));
          RasEngine e = RasEngine.of(t);
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 3).toList()) {
            c.assessment(a);
            ClaimedResult claim = json.readResult(json.writeResult(e.calculate(a)), "gen.json");
            Verification v = Verification.of(e, a, claim);
            assertThat(v.difference()).isEmpty();
            assertThat(v.verified()).isTrue();
          }
        });
  }

  @Test
  void readsFromAFileAndAStreamAndAnUntracedResult() throws Exception {
    Path file = dir.resolve("result.json");
    Files.writeString(file, resultJson);
    assertThat(json.readResult(file).trace()).isNotEmpty();
    assertThat(
            json.readResult(
                    new ByteArrayInputStream(resultJson.getBytes(StandardCharsets.UTF_8)), "stream")
                .totalPoints())
        .isEqualByComparingTo("39.6");
    String untraced = json.writeResult(engine.calculate(assessment, Tracing.OFF));
    ClaimedResult c = json.readResult(untraced, "untraced.json");
    assertThat(c.trace()).isEmpty();
    assertThat(Verification.of(engine, assessment, c).verified()).isTrue();
  }

  @TempDir Path dir;

  @Test
  void aTamperedFigureIsFoundWithItsLineAndColumn() {
    String tampered = resultJson.replaceFirst("\"weekly\": 199.69", "\"weekly\": 299.69");
    assertThat(tampered).isNotEqualTo(resultJson);
    VerificationDifference d =
        Verification.of(engine, assessment, json.readResult(tampered, "result.json"))
            .difference()
            .orElseThrow();
    assertThat(d.pointer()).isEqualTo("/indicativeBudget/weekly");
    assertThat(d.expected()).isEqualTo("199.69");
    assertThat(d.found()).isEqualTo("299.69");
    assertThat(d.location()).isPresent();
    Location at = d.location().get();
    assertThat(resultJson.lines().skip(at.line() - 1).findFirst().orElseThrow())
        .contains("\"weekly\": 199.69");
  }

  @Test
  void aTamperedAnswerIsFoundAtItsStep() {
    String changed = assessmentJson.replace("\"Q3\": \"3C\"", "\"Q3\": \"3B\"");
    assertThat(changed).isNotEqualTo(assessmentJson);
    Assessment other = json.readAssessment(changed, "changed.json");
    VerificationDifference d =
        Verification.of(engine, other, json.readResult(resultJson, "result.json"))
            .difference()
            .orElseThrow();
    assertThat(d.what()).isEqualTo("trace step 8 (DESCRIPTOR Q3): input descriptor");
    assertThat(d.expected()).isEqualTo("3B");
    assertThat(d.found()).isEqualTo("3C");
  }

  @Test
  void aDifferentTableIsFoundAtTheFingerprint() {
    String edited = tableJson.replace("\"ceiling\": 950", "\"ceiling\": 951");
    assertThat(edited).isNotEqualTo(tableJson);
    RasTable other = json.readTable(edited, "edited.json");
    VerificationDifference d =
        Verification.of(RasEngine.of(other), assessment, json.readResult(resultJson, "result.json"))
            .difference()
            .orElseThrow();
    assertThat(d.pointer()).isEqualTo("/table/fingerprint");
    assertThat(d.expected()).isEqualTo(other.fingerprint().value());
    assertThat(d.found()).isEqualTo(table.fingerprint().value());
  }

  private InvalidResultException invalid(String text) {
    try {
      json.readResult(text, "bad.json");
    } catch (InvalidResultException e) {
      return e;
    }
    throw new AssertionError("read without error: " + text);
  }

  private static Problem only(InvalidResultException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void unknownFieldsAreErrorsAtEveryLevel() {
    InvalidResultException e =
        invalid(
            resultJson
                .replaceFirst("\"totalPoints\"", "\"totalpoints\": 1,\n  \"totalPoints\"")
                .replaceFirst("\"raw\"", "\"rawx\": 1, \"raw\""));
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(ErrorCode.JSON_UNKNOWN_FIELD, ErrorCode.JSON_UNKNOWN_FIELD);
    assertThat(e.problems())
        .extracting(Problem::pointer)
        .containsExactly("/domains/0/rawx", "/totalpoints");
    assertThat(e.getMessage())
        .startsWith("bad.json: invalid result (2 problems)")
        .contains("did you mean \"totalPoints\"?");
  }

  @Test
  void missingFieldsAreLocatedAtTheirObject() {
    Problem p = only(invalid(resultJson.replaceFirst("\"band\": \"B\",", "")));
    assertThat(p.code()).isEqualTo(ErrorCode.RESULT_REQUIRED);
    assertThat(p.pointer()).isEqualTo("/band");
    assertThat(p.location()).contains(new Location(1, 1));
    Problem q = only(invalid(resultJson.replaceFirst("\"currency\": \"GBP\",", "")));
    assertThat(q.pointer()).isEqualTo("/indicativeBudget/currency");
    assertThat(q.toString()).contains("RAS-R001");
  }

  @Test
  void badValuesAreReported() {
    Problem fp = only(invalid(resultJson.replaceFirst("\"sha256:", "\"sha1:")));
    assertThat(fp.code()).isEqualTo(ErrorCode.RESULT_FINGERPRINT);
    assertThat(fp.pointer()).isEqualTo("/table/fingerprint");
    Problem flag = only(invalid(resultJson.replace("\"PANEL_APPROVAL_REQUIRED\"", "\"PANEL\"")));
    assertThat(flag.code()).isEqualTo(ErrorCode.JSON_BAD_VALUE);
    assertThat(flag.pointer()).isEqualTo("/flags/0");
    Problem step = only(invalid(resultJson.replaceFirst("\"DESCRIPTOR\"", "\"DESCRIBE\"")));
    assertThat(step.code()).isEqualTo(ErrorCode.JSON_BAD_VALUE);
    assertThat(step.pointer()).isEqualTo("/trace/0/step");
    Problem type =
        only(
            invalid(resultJson.replaceFirst("\"totalPoints\": 39.6", "\"totalPoints\": \"39.6\"")));
    assertThat(type.code()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
    assertThat(type.pointer()).isEqualTo("/totalPoints");
    Problem nul =
        only(invalid(resultJson.replaceFirst("\"descriptor\": \"1C\"", "\"descriptor\": null")));
    assertThat(nul.code()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
    assertThat(nul.pointer()).isEqualTo("/trace/0/inputs/descriptor");
  }

  @Test
  void theFormatTagAndTheFileMustBeRight() {
    assertThat(only(invalid(tableJson)).code()).isEqualTo(ErrorCode.JSON_FORMAT_TAG);
    assertThat(only(invalid("{\"format\": \"ras-result/2\"}")).code())
        .isEqualTo(ErrorCode.JSON_FORMAT_TAG);
    assertThat(only(invalid("[1, 2]")).code()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
    assertThat(only(invalid("{\"format\": ")).code()).isEqualTo(ErrorCode.JSON_SYNTAX);
    assertThatThrownBy(() -> json.readResult(dir.resolve("missing.json")))
        .isInstanceOf(InvalidResultException.class)
        .hasMessageContaining("missing.json")
        .hasMessageContaining("RAS-J008");
  }

  @Test
  void theSpecExampleShapeWithoutPeriodAndCurveReads() {
    String text =
        resultJson
            .replaceFirst("\"period\": \"WEEK\",", "")
            .replaceFirst("\"curve\": \"\\*\",", "");
    ClaimedResult c = json.readResult(text, "spec-shape.json");
    assertThat(c.period()).isEmpty();
    assertThat(c.curve()).isEmpty();
    assertThat(Verification.of(engine, assessment, c).verified()).isTrue();
    Result r = engine.calculate(assessment);
    // numbers are read by value: 15 in the file is the engine's 15.0
    assertThat(c.domains().get(1).weighted()).isEqualByComparingTo(r.domains().get(1).weighted());
  }
}
