package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_CHANGE;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_REASON;
import static org.openras.ErrorCode.ASSESSMENT_REQUIRED;
import static org.openras.ErrorCode.ASSESSMENT_UNKNOWN_QUESTION;
import static org.openras.ErrorCode.JSON_BAD_DATE;
import static org.openras.ErrorCode.JSON_DUPLICATE_KEY;
import static org.openras.ErrorCode.JSON_FORMAT_TAG;
import static org.openras.ErrorCode.JSON_READ;
import static org.openras.ErrorCode.JSON_SYNTAX;
import static org.openras.ErrorCode.JSON_UNKNOWN_FIELD;
import static org.openras.ErrorCode.JSON_WRONG_TYPE;
import static org.openras.tables.Docs.MINI;
import static org.openras.tables.Docs.MINI_ASSESSMENT;
import static org.openras.tables.Docs.at;
import static org.openras.tables.Docs.failure;
import static org.openras.tables.Docs.onlyProblem;
import static org.openras.tables.Docs.replace;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;

/** Reading ras-assessment/1: values, and every error located in the file. */
class AssessmentReaderTest {
  private static final String FILE = "case.json";
  private final RasJson json = RasJson.standard();

  private InvalidAssessmentException read(String doc) {
    return failure(InvalidAssessmentException.class, () -> json.readAssessment(doc, FILE));
  }

  @Test
  void readsEveryField() {
    Assessment a = json.readAssessment(MINI_ASSESSMENT, FILE);
    assertThat(a.id()).isEqualTo("case-1");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(a.tableId()).isEmpty();
    assertThat(a.clientGroup()).contains("any");
    assertThat(a.locality()).contains("any");
    assertThat(a.answers()).containsExactly(java.util.Map.entry("Q1", Answer.one("1B")));
    assertThat(a.moderations())
        .containsExactly(
            new Moderation(
                Optional.empty(),
                Optional.of(new BigDecimal("5")),
                "Transport",
                "worker",
                LocalDate.of(2026, 6, 2)));
    assertThat(a.source().orElseThrow().name()).isEqualTo(FILE);
  }

  @Test
  void contextAndModerationsAreOptional() {
    Assessment a =
        json.readAssessment(
            "{\"format\": \"ras-assessment/1\", \"id\": \"x\", \"date\": \"2026-06-01\","
                + " \"answers\": {\"Q5\": []}}",
            FILE);
    assertThat(a.clientGroup()).isEmpty();
    assertThat(a.moderations()).isEmpty();
    assertThat(a.answer("Q5")).contains(new Answer(List.of(), true));
  }

  @Test
  void computesWithTheMiniTable() {
    Result r =
        RasEngine.of(json.readTable(MINI, "mini.json"))
            .calculate(json.readAssessment(MINI_ASSESSMENT, FILE));
    // 5 points × 10 = 50; +5% moderation = 52.50
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("50.00"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("52.50"));
  }

  @Test
  void answerOfWrongType() {
    String doc = replace(MINI_ASSESSMENT, "\"Q1\": \"1B\"", "\"Q1\": 2");
    Problem p = onlyProblem(read(doc), FILE, JSON_WRONG_TYPE, "/answers/Q1", at(doc, "2 }"));
    assertThat(p.message()).contains("descriptor code or an array");
    String inArray = replace(MINI_ASSESSMENT, "\"Q1\": \"1B\"", "\"Q1\": [\"1A\", true]");
    onlyProblem(read(inArray), FILE, JSON_WRONG_TYPE, "/answers/Q1/1", at(inArray, "true"));
  }

  @Test
  void unknownFieldInContextAndModeration() {
    String doc =
        replace(
            replace(MINI_ASSESSMENT, "\"locality\": \"any\"", "\"localty\": \"any\""),
            "\"by\": \"worker\",",
            "\"by\": \"worker\", \"approved\": true,");
    InvalidAssessmentException e = read(doc);
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JSON_UNKNOWN_FIELD, "/context/localty"),
            org.assertj.core.groups.Tuple.tuple(JSON_UNKNOWN_FIELD, "/moderations/0/approved"));
    assertThat(e.problems().get(0).location()).contains(at(doc, "\"any\" }"));
  }

  @Test
  void duplicateAnswer() {
    String doc = replace(MINI_ASSESSMENT, "\"Q1\": \"1B\"", "\"Q1\": \"1B\", \"Q1\": \"1A\"");
    onlyProblem(read(doc), FILE, JSON_DUPLICATE_KEY, "/answers/Q1", at(doc, "\"1A\""));
  }

  @Test
  void moderationWithBothAmountAndPercentIsTheCoreRule() {
    String doc = replace(MINI_ASSESSMENT, "\"percent\": 5,", "\"percent\": 5, \"amount\": 10,");
    Problem p =
        onlyProblem(
            read(doc),
            FILE,
            ASSESSMENT_MODERATION_CHANGE,
            "/moderations/0",
            at(doc, "{ \"percent\""));
    assertThat(p.message()).contains("both");
    String neither = replace(MINI_ASSESSMENT, "\"percent\": 5, ", "");
    onlyProblem(
        read(neither),
        FILE,
        ASSESSMENT_MODERATION_CHANGE,
        "/moderations/0",
        at(neither, "{ \"reason\""));
  }

  @Test
  void moderationWithoutReason() {
    String doc = replace(MINI_ASSESSMENT, "\"reason\": \"Transport\", ", "\"reason\": \" \", ");
    onlyProblem(
        read(doc), FILE, ASSESSMENT_MODERATION_REASON, "/moderations/0/reason", at(doc, "\" \""));
  }

  @Test
  void nullAndBadDate() {
    String doc = replace(MINI_ASSESSMENT, "\"id\": \"case-1\"", "\"id\": null");
    onlyProblem(read(doc), FILE, JSON_WRONG_TYPE, "/id", at(doc, "null"));
    String date = replace(MINI_ASSESSMENT, "\"2026-06-01\"", "\"01/06/2026\"");
    onlyProblem(read(date), FILE, JSON_BAD_DATE, "/date", at(date, "\"01/06/2026\""));
  }

  @Test
  void missingIdIsTheCoreRuleLocatedAtTheDocument() {
    String doc = replace(MINI_ASSESSMENT, "\"id\": \"case-1\",", "");
    onlyProblem(read(doc), FILE, ASSESSMENT_REQUIRED, "/id", at(doc, "{"));
  }

  @Test
  void formatTagAndSyntax() {
    onlyProblem(read(MINI), FILE, JSON_FORMAT_TAG, "/format", at(MINI, "\"ras-table/1\""));
    String broken = replace(MINI_ASSESSMENT, "\"answers\":", "\"answers\"");
    InvalidAssessmentException e = read(broken);
    onlyProblem(e, FILE, JSON_SYNTAX, "/answers", at(broken, "{ \"Q1\""));
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Path none = dir.resolve("none.json");
    InvalidAssessmentException e =
        failure(InvalidAssessmentException.class, () -> json.readAssessment(none));
    onlyProblem(e, none.toString(), JSON_READ, "", null);
  }

  @Test
  void problemsTheEngineFindsAreLocatedInTheFile() {
    String doc = replace(MINI_ASSESSMENT, "\"Q1\": \"1B\"", "\"Q1\": \"1B\", \"Q8\": \"8A\"");
    Assessment a = json.readAssessment(doc, FILE);
    RasEngine engine = RasEngine.of(json.readTable(MINI, "mini.json"));
    InvalidAssessmentException e =
        failure(InvalidAssessmentException.class, () -> engine.calculate(a));
    Problem p =
        e.problems().stream()
            .filter(x -> x.code() == ASSESSMENT_UNKNOWN_QUESTION)
            .findFirst()
            .orElseThrow();
    assertThat(p.pointer()).isEqualTo("/answers/Q8");
    assertThat(p.location()).contains(at(doc, "\"8A\""));
    assertThat(e.getMessage()).startsWith(FILE + ": ").contains(at(doc, "\"8A\"").toString());
  }
}
