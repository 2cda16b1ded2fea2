package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.Source;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.RasTable;
import org.openras.testing.Tiny;

/**
 * Spec §4: every assessment rule, broken one at a time — the rules that need no table through
 * {@link Assessment#builder()}, the others through {@link RasEngine#calculate}: exception type,
 * error code, JSON pointer, and a message naming the codes involved.
 */
class AssessmentRulesTest {
  /** Q1 ONE required (Q1A 0, Q1B 5), Q2 ANY optional (Q2A 1, Q2B 2, Q2C 3), Q3 ONE optional. */
  private static final RasTable TABLE =
      Tiny.table()
          .domain(
              domain("D1")
                  .question(one("Q1", "0", "5"))
                  .question(any("Q2", "1", "2", "3").required(false))
                  .question(one("Q3", "0", "1").required(false)))
          .curve(linear("1"))
          .build();

  private static final RasEngine ENGINE = RasEngine.of(TABLE);

  /** A valid assessment of {@link #TABLE}; tests change one thing. */
  private static Assessment.Builder valid() {
    return assessment().answer("Q1", "Q1B");
  }

  private static InvalidAssessmentException calculateFails(Assessment a) {
    Throwable t = catchThrowable(() -> ENGINE.calculate(a));
    assertThat(t).isInstanceOf(InvalidAssessmentException.class);
    return (InvalidAssessmentException) t;
  }

  private static InvalidAssessmentException buildFails(Assessment.Builder b) {
    Throwable t = catchThrowable(b::build);
    assertThat(t).isInstanceOf(InvalidAssessmentException.class);
    return (InvalidAssessmentException) t;
  }

  private static void only(
      InvalidAssessmentException e, ErrorCode code, String pointer, String... named) {
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.message()).contains(named);
    assertThat(e.getMessage()).contains(code.code(), pointer).contains(named);
  }

  @Test
  void validAssessmentComputes() {
    // 5 points × £1 = 5.00
    assertThat(ENGINE.calculate(valid().build()).indicativeBudget().weekly())
        .isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void unknownQuestion() {
    only(
        calculateFails(valid().answer("Q7", "Q1A").build()),
        ErrorCode.ASSESSMENT_UNKNOWN_QUESTION,
        "/answers/Q7",
        "Q7");
  }

  @Test
  void unknownQuestionPointerIsEscaped() {
    only(
        calculateFails(valid().answer("Q/7~", "Q1A").build()),
        ErrorCode.ASSESSMENT_UNKNOWN_QUESTION,
        "/answers/Q~17~0",
        "Q/7~");
  }

  @Test
  void descriptorThatDoesNotExist() {
    only(
        calculateFails(valid().answer("Q1", "1Z").build()),
        ErrorCode.ASSESSMENT_UNKNOWN_DESCRIPTOR,
        "/answers/Q1",
        "1Z",
        "Q1",
        "Q1A, Q1B");
  }

  @Test
  void descriptorOfAnotherQuestion() {
    only(
        calculateFails(valid().answer("Q1", "Q3B").build()),
        ErrorCode.ASSESSMENT_FOREIGN_DESCRIPTOR,
        "/answers/Q1",
        "Q3B",
        "Q1",
        "Q3");
  }

  @Test
  void descriptorOfAnotherQuestionInAnAnyAnswerIsPointedAtByIndex() {
    only(
        calculateFails(valid().answerAny("Q2", "Q2A", "Q1A").build()),
        ErrorCode.ASSESSMENT_FOREIGN_DESCRIPTOR,
        "/answers/Q2/1",
        "Q1A",
        "Q2",
        "Q1");
    only(
        calculateFails(valid().answerAny("Q2", "Q2A", "Q2Z").build()),
        ErrorCode.ASSESSMENT_UNKNOWN_DESCRIPTOR,
        "/answers/Q2/1",
        "Q2Z",
        "Q2");
  }

  @Test
  void arrayForAOneQuestion() {
    only(
        calculateFails(valid().answerAny("Q1", "Q1A", "Q1B").build()),
        ErrorCode.ASSESSMENT_ARRAY_FOR_ONE,
        "/answers/Q1",
        "Q1",
        "Q1A",
        "Q1B");
    // even a list of one
    only(
        calculateFails(valid().answerAny("Q3", "Q3A").build()),
        ErrorCode.ASSESSMENT_ARRAY_FOR_ONE,
        "/answers/Q3",
        "Q3",
        "Q3A");
  }

  @Test
  void repeatedDescriptorInAnAnyAnswer() {
    only(
        calculateFails(valid().answerAny("Q2", "Q2A", "Q2B", "Q2A").build()),
        ErrorCode.ASSESSMENT_REPEATED_DESCRIPTOR,
        "/answers/Q2/2",
        "Q2A",
        "Q2");
  }

  @Test
  void singleDescriptorForAnAnyQuestionIsAccepted() {
    // docs/decisions 13: 5 (Q1B) + 3 (Q2C) = 8
    Result r = ENGINE.calculate(valid().answer("Q2", "Q2C").build());
    assertThat(r.totalPoints()).isEqualByComparingTo("8");
  }

  @Test
  void requiredQuestionUnanswered() {
    only(
        calculateFails(assessment().answer("Q3", "Q3A").build()),
        ErrorCode.ASSESSMENT_REQUIRED_UNANSWERED,
        "/answers",
        "Q1",
        "Question Q1?");
  }

  @Test
  void emptyAnyAnswerSatisfiesRequired() {
    RasTable t = Tiny.table("1", any("Q1", "1", "2")).build();
    // docs/decisions 12: [] is an answer ("none of these"): 0 points
    assertThat(Tiny.run(t, assessment().answerAny("Q1").build()).totalPoints())
        .isEqualByComparingTo("0");
  }

  @Test
  void noCurveForTheClientGroup() {
    RasTable t =
        Tiny.table()
            .domain(domain("D1").question(one("Q1", "0", "5")))
            .curve(linear("older", "1"))
            .build();
    Throwable e =
        catchThrowable(
            () -> RasEngine.of(t).calculate(valid().clientGroup("learning-disability").build()));
    assertThat(e).isInstanceOf(InvalidAssessmentException.class);
    only(
        (InvalidAssessmentException) e,
        ErrorCode.ASSESSMENT_NO_CURVE,
        "/context/clientGroup",
        "learning-disability",
        "'*'");
    Throwable none = catchThrowable(() -> RasEngine.of(t).calculate(valid().build()));
    only(
        (InvalidAssessmentException) none,
        ErrorCode.ASSESSMENT_NO_CURVE,
        "/context/clientGroup",
        "(none given)");
    // its own group computes: 5 × 1
    assertThat(
            RasEngine.of(t)
                .calculate(valid().clientGroup("older").build())
                .indicativeBudget()
                .weekly())
        .isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void noCostFactorForTheLocality() {
    RasTable t = Tiny.table("1", one("Q1", "0", "5")).costFactor("inner", dec("1.1")).build();
    Throwable e =
        catchThrowable(() -> RasEngine.of(t).calculate(valid().locality("outer").build()));
    assertThat(e).isInstanceOf(InvalidAssessmentException.class);
    only(
        (InvalidAssessmentException) e,
        ErrorCode.ASSESSMENT_NO_COST_FACTOR,
        "/context/locality",
        "outer",
        "'*'");
    // inner: 5 × 1.1 = 5.5
    assertThat(
            RasEngine.of(t)
                .calculate(valid().locality("inner").build())
                .indicativeBudget()
                .weekly())
        .isEqualTo(new BigDecimal("5.50"));
  }

  @Test
  void everyAnswerProblemIsReportedAtOnce() {
    InvalidAssessmentException e =
        calculateFails(
            assessment()
                .answer("Q7", "Q1A")
                .answerAny("Q2", "Q2B", "Q2B")
                .answer("Q3", "Q1A")
                .build());
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(ErrorCode.ASSESSMENT_UNKNOWN_QUESTION, "/answers/Q7"),
            tuple(ErrorCode.ASSESSMENT_REPEATED_DESCRIPTOR, "/answers/Q2/1"),
            tuple(ErrorCode.ASSESSMENT_FOREIGN_DESCRIPTOR, "/answers/Q3"),
            tuple(ErrorCode.ASSESSMENT_REQUIRED_UNANSWERED, "/answers"));
    assertThat(e.getMessage())
        .contains("4 problems", "RAS-A002", "RAS-A006", "RAS-A004", "RAS-A007", "Q7", "Q2B");
  }

  @Test
  void problemsNameTheSourceWhenKnown() {
    Assessment a = valid().answer("Q7", "Q1A").source(Source.named("case-17.json")).build();
    InvalidAssessmentException e = calculateFails(a);
    assertThat(e.sourceName()).contains("case-17.json");
    assertThat(e.getMessage()).startsWith("case-17.json: ");
  }

  // --- rules that need no table: Assessment.builder() ---------------------------------------

  private static final java.time.LocalDate DAY = Tiny.ON;

  @Test
  void idAndDateRequired() {
    only(buildFails(valid().id(null)), ErrorCode.ASSESSMENT_REQUIRED, "/id", "id");
    only(buildFails(valid().id(" ")), ErrorCode.ASSESSMENT_REQUIRED, "/id", "id");
    only(buildFails(valid().date(null)), ErrorCode.ASSESSMENT_REQUIRED, "/date", "date");
  }

  @Test
  void moderationWithoutReason() {
    only(
        buildFails(valid().moderation(Moderation.ofAmount(BigDecimal.ONE, null, "panel", DAY))),
        ErrorCode.ASSESSMENT_MODERATION_REASON,
        "/moderations/0/reason",
        "moderation 1");
    only(
        buildFails(
            valid()
                .moderation(Tiny.byAmount("1"))
                .moderation(Moderation.ofPercent(BigDecimal.ONE, "   ", "panel", DAY))),
        ErrorCode.ASSESSMENT_MODERATION_REASON,
        "/moderations/1/reason",
        "moderation 2");
  }

  @Test
  void moderationWithBothAmountAndPercent() {
    Moderation both =
        new Moderation(
            Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN), "why", "panel", DAY);
    only(
        buildFails(valid().moderation(both)),
        ErrorCode.ASSESSMENT_MODERATION_CHANGE,
        "/moderations/0",
        "moderation 1",
        "both",
        "'amount'",
        "'percent'");
  }

  @Test
  void moderationWithNeitherAmountNorPercent() {
    Moderation neither = new Moderation(Optional.empty(), Optional.empty(), "why", "panel", DAY);
    only(
        buildFails(valid().moderation(neither)),
        ErrorCode.ASSESSMENT_MODERATION_CHANGE,
        "/moderations/0",
        "moderation 1",
        "neither",
        "'amount'",
        "'percent'");
  }

  @Test
  void moderationNeedsByAndDate() {
    only(
        buildFails(valid().moderation(Moderation.ofAmount(BigDecimal.ONE, "why", " ", DAY))),
        ErrorCode.ASSESSMENT_REQUIRED,
        "/moderations/0/by",
        "moderation 1",
        "by");
    only(
        buildFails(valid().moderation(Moderation.ofAmount(BigDecimal.ONE, "why", "panel", null))),
        ErrorCode.ASSESSMENT_REQUIRED,
        "/moderations/0/date",
        "moderation 1",
        "date");
  }

  @Test
  void everyModerationProblemIsReportedAtOnce() {
    Moderation neither = new Moderation(Optional.empty(), Optional.empty(), "", "panel", DAY);
    InvalidAssessmentException e = buildFails(valid().id(null).moderation(neither));
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            tuple(ErrorCode.ASSESSMENT_REQUIRED, "/id"),
            tuple(ErrorCode.ASSESSMENT_MODERATION_REASON, "/moderations/0/reason"),
            tuple(ErrorCode.ASSESSMENT_MODERATION_CHANGE, "/moderations/0"));
    assertThat(e.getMessage()).contains("3 problems", "RAS-A001", "RAS-A008", "RAS-A009");
  }

  @Test
  void answerKeepsWhetherItWasAList() {
    assertThat(Answer.one("Q1A").multiple()).isFalse();
    assertThat(Answer.any("Q1A").multiple()).isTrue();
    assertThat(Answer.any(List.of()).descriptors()).isEmpty();
  }
}
