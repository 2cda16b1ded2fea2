package org.openras.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.check.Check;
import org.openras.check.CheckConfig;
import org.openras.check.Severity;
import org.openras.generate.AssessmentGenerator;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

class TablePropertyTest {
  private static final RasTable WORKED = WorkedExample.table();

  @Test
  void aPropertyThatHoldsCountsTheAssessmentsChecked() {
    // 1D: D1 ≥ 24 × 0.75 = 18 points; at 3.80 a point (older-people) 68.40, + 120 waking
    // nights = 188.40 at the least, whatever else is answered
    int n =
        TableProperty.of(WORKED)
            .withSeed(2026)
            .withCount(2_000)
            .where(a -> TableProperty.chose(a, "Q1", "1D"))
            .check(
                "1D gets at least £188.40 a week",
                (a, r) -> r.indicativeBudget().weekly().compareTo(new BigDecimal("188.40")) >= 0);
    assertThat(n).isBetween(400, 600); // about a quarter of 2,000
  }

  @Test
  void aFailureGivesTheSeedTheAnswersAndTheTraceAndReplays() {
    TableProperty p = TableProperty.of(WORKED).withSeed(7).withCount(1_000);
    AssertionError e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class,
            () ->
                p.check(
                    "everyone gets under £150 a week",
                    (a, r) -> r.indicativeBudget().weekly().compareTo(new BigDecimal("150")) < 0));
    assertThat(e.getMessage())
        .contains("property 'everyone gets under £150 a week' fails for table worked-example")
        .contains("run seed 7, assessment seed ")
        .contains("answers: Q1=")
        .contains("trace:")
        .contains("\n    1. Q1 ");
    Matcher m = Pattern.compile("assessment seed (-?\\d+)").matcher(e.getMessage());
    assertThat(m.find()).isTrue();
    Assessment replay = AssessmentGenerator.forTable(WORKED).generate(Long.parseLong(m.group(1)));
    assertThat(e.getMessage()).contains("assessment: " + replay.id() + " on " + replay.date());
  }

  @Test
  void aBodyWithItsOwnAssertionsIsWrapped() {
    AssertionError e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class,
            () ->
                TableProperty.of(WORKED)
                    .withCount(50)
                    .verify(
                        "points under 30",
                        (a, r) -> assertThat(r.totalPoints()).isLessThan(new BigDecimal("30"))));
    assertThat(e.getMessage()).contains("property 'points under 30' fails").contains("failure: ");
    assertThat(e.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void resultsAreUntracedUnlessAsked() {
    assertThat(
            TableProperty.of(WORKED).withCount(20).check("untraced", (a, r) -> r.trace().isEmpty()))
        .isEqualTo(20);
    assertThat(
            TableProperty.of(WORKED)
                .withCount(20)
                .withTracing()
                .check("traced", (a, r) -> !r.trace().isEmpty()))
        .isEqualTo(20);
  }

  @Test
  void aConditionNoAssessmentMeetsFails() {
    assertThatThrownBy(
            () ->
                TableProperty.of(WORKED)
                    .withCount(100)
                    .where(a -> TableProperty.chose(a, "Q1", "no-such"))
                    .check("vacuous", (a, r) -> true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "none of the 100 assessments generated with seed 0 met the condition");
  }

  @Test
  void exhaustivelyChecksEveryAssessment() {
    RasTable t = table("2", one("Q1", "0", "6", "14"), one("Q2", "0", "1")).build();
    assertThat(
            TableProperty.of(t)
                .exhaustively()
                .check(
                    "budget is 2 a point",
                    (a, r) ->
                        r.indicativeBudget()
                                .weekly()
                                .compareTo(r.totalPoints().multiply(BigDecimal.valueOf(2)))
                            == 0))
        .isEqualTo(6);
    AssertionError e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class,
            () ->
                TableProperty.of(t)
                    .exhaustively()
                    .check(
                        "under 28",
                        (a, r) ->
                            r.indicativeBudget().weekly().compareTo(new BigDecimal("28")) < 0));
    // the first with 14 + 0 points in enumeration order: Q1C, Q2A, the 5th (all-4)
    assertThat(e.getMessage())
        .contains("assessment all-4 of the exhaustive enumeration")
        .contains("answers: Q1=Q1C Q2=Q2A");
    assertThatThrownBy(() -> TableProperty.of(t).withCount(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tableAssertions() {
    assertThat(TableAssertions.assertNoErrors(WORKED, CheckConfig.defaults()).exact()).isTrue();
    assertThatThrownBy(
            () ->
                TableAssertions.assertNoErrors(
                    WORKED,
                    CheckConfig.defaults().withSeverity(Check.CEILING_UNREACHABLE, Severity.ERROR)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected no ERROR findings for table worked-example 2026.1, found 1")
        .hasMessageContaining("CEILING_UNREACHABLE /allocation/ceiling");
    assertThatThrownBy(() -> TableAssertions.assertNoWarnings(WORKED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CEILING_UNREACHABLE");
    RasTable clean = table("2", one("Q1", "0", "6", "14")).build();
    assertThat(TableAssertions.assertExact(TableAssertions.assertNoWarnings(clean)).findings())
        .isEmpty();
  }
}
