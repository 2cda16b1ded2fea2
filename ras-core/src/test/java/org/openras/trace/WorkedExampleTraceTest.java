package org.openras.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.trace.StepKind.ADJUSTMENT;
import static org.openras.trace.StepKind.BAND;
import static org.openras.trace.StepKind.COST_FACTOR;
import static org.openras.trace.StepKind.CURVE;
import static org.openras.trace.StepKind.DESCRIPTOR;
import static org.openras.trace.StepKind.DOMAIN_ADJUSTED;
import static org.openras.trace.StepKind.DOMAIN_CAP;
import static org.openras.trace.StepKind.DOMAIN_RAW;
import static org.openras.trace.StepKind.DOMAIN_WEIGHT;
import static org.openras.trace.StepKind.FINAL;
import static org.openras.trace.StepKind.FINAL_OTHER_PERIOD;
import static org.openras.trace.StepKind.LIMITS;
import static org.openras.trace.StepKind.MODERATION;
import static org.openras.trace.StepKind.OTHER_PERIOD;
import static org.openras.trace.StepKind.PANEL_CHECK;
import static org.openras.trace.StepKind.QUESTION;
import static org.openras.trace.StepKind.ROUNDING;
import static org.openras.trace.StepKind.TOTAL_POINTS;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.testing.Tiny;
import org.openras.testing.TraceReplay;
import org.openras.testing.WorkedExample;

/** Spec §5–6: the worked example's trace, in order, replayable, with its figures in words. */
class WorkedExampleTraceTest {
  private final Result result =
      RasEngine.of(WorkedExample.table()).calculate(WorkedExample.assessment());
  private final List<TraceStep> steps = result.trace().steps();

  @Test
  void stepsAreInSpecOrder() {
    assertThat(steps.stream().map(s -> s.kind() + " " + s.subject()).toList())
        .containsExactly(
            "DESCRIPTOR Q1",
            "DESCRIPTOR Q2",
            "DOMAIN_RAW D1",
            "DOMAIN_CAP D1",
            "DOMAIN_WEIGHT D1",
            "ADJUSTMENT D1",
            "DOMAIN_ADJUSTED D1",
            "DESCRIPTOR Q3",
            "DOMAIN_RAW D2",
            "DOMAIN_WEIGHT D2",
            "ADJUSTMENT D2",
            "DOMAIN_ADJUSTED D2",
            "DESCRIPTOR Q5",
            "DESCRIPTOR Q5",
            "DESCRIPTOR Q5",
            "QUESTION Q5",
            "DOMAIN_RAW D3",
            "DOMAIN_WEIGHT D3",
            "DOMAIN_ADJUSTED D3",
            "DESCRIPTOR Q9",
            "DOMAIN_RAW D4",
            "DOMAIN_WEIGHT D4",
            "DOMAIN_ADJUSTED D4",
            "TOTAL_POINTS ",
            "CURVE *",
            "BAND B",
            "COST_FACTOR inner",
            "LIMITS ",
            "ROUNDING ",
            "OTHER_PERIOD ",
            "MODERATION 1",
            "FINAL ",
            "FINAL_OTHER_PERIOD ",
            "PANEL_CHECK ");
    // The tail, by kind only, as the brief states it.
    List<StepKind> kinds = steps.stream().map(TraceStep::kind).toList();
    assertThat(kinds.subList(kinds.indexOf(TOTAL_POINTS), kinds.size()))
        .containsExactly(
            TOTAL_POINTS,
            CURVE,
            BAND,
            COST_FACTOR,
            LIMITS,
            ROUNDING,
            OTHER_PERIOD,
            MODERATION,
            FINAL,
            FINAL_OTHER_PERIOD,
            PANEL_CHECK);
    assertThat(kinds.subList(0, kinds.indexOf(TOTAL_POINTS)))
        .containsOnly(
            DESCRIPTOR,
            QUESTION,
            DOMAIN_RAW,
            DOMAIN_CAP,
            DOMAIN_WEIGHT,
            ADJUSTMENT,
            DOMAIN_ADJUSTED);
  }

  @Test
  void stepValuesAreTheHandFigures() {
    // Q5: 4 (5A) + 3 (5B) + 3 (5D) = 10, capped at 9.
    TraceStep q5 = result.trace().steps(QUESTION).get(0);
    assertThat(q5.number("sum")).isEqualByComparingTo("10");
    assertThat(q5.value().orElseThrow()).isEqualByComparingTo("9");
    // Total 17.1 + 13.5 + 9 + 0 = 39.6.
    assertThat(result.trace().steps(TOTAL_POINTS).get(0).value().orElseThrow())
        .isEqualByComparingTo("39.6");
    // Band B: 82 + (39.6 − 20) × 5.25 = 82 + 102.9 = 184.9.
    assertThat(result.trace().steps(BAND).get(0).value().orElseThrow())
        .isEqualByComparingTo("184.9");
    // × 1.08 = 199.692.
    assertThat(result.trace().steps(COST_FACTOR).get(0).value().orElseThrow())
        .isEqualByComparingTo("199.692");
    // Rounded to 0.01 half up: 199.69.
    assertThat(result.trace().steps(ROUNDING).get(0).value().orElseThrow())
        .isEqualTo(new BigDecimal("199.69"));
    // 199.69 × 52 = 10383.88.
    assertThat(result.trace().steps(OTHER_PERIOD).get(0).value().orElseThrow())
        .isEqualTo(new BigDecimal("10383.88"));
    // 199.69 + 40.00 = 239.69; × 52 = 12463.88.
    assertThat(result.trace().steps(FINAL).get(0).value().orElseThrow())
        .isEqualTo(new BigDecimal("239.69"));
    assertThat(result.trace().steps(FINAL_OTHER_PERIOD).get(0).value().orElseThrow())
        .isEqualTo(new BigDecimal("12463.88"));
    // Difference 40.00 against a limit of 199.69 × 10 / 100 = 19.969.
    TraceStep panel = result.trace().steps(PANEL_CHECK).get(0);
    assertThat(panel.number("difference")).isEqualByComparingTo("40");
    assertThat(panel.number("limit")).isEqualByComparingTo("19.969");
    assertThat(panel.text("result")).isEqualTo("PANEL_APPROVAL_REQUIRED");
  }

  @Test
  void replayFromTraceAloneGivesTheBudgets() {
    TraceReplay.Budgets b = TraceReplay.replay(result.trace());
    assertThat(b.totalPoints()).isEqualByComparingTo("39.6");
    assertThat(b.indicativeWeekly()).isEqualTo(new BigDecimal("199.69"));
    assertThat(b.indicativeAnnual()).isEqualTo(new BigDecimal("10383.88"));
    assertThat(b.finalWeekly()).isEqualTo(new BigDecimal("239.69"));
    assertThat(b.finalAnnual()).isEqualTo(new BigDecimal("12463.88"));
    assertThat(b.panel()).isTrue();
    // and the shared helper agrees with the result
    Tiny.run(WorkedExample.table(), WorkedExample.assessment());
  }

  @Test
  void eachSentenceShowsItsFigures() {
    TraceReplay.assertExplanationsShowFigures(result.trace());
    assertThat(result.trace().steps(BAND).get(0).explanation())
        .contains("£82.00 + (39.6 − 20) × £5.25 a point = £184.90");
    assertThat(result.trace().steps(COST_FACTOR).get(0).explanation())
        .contains("£184.90 × 1.08 = £199.692");
    assertThat(result.trace().steps(ROUNDING).get(0).explanation())
        .contains("£199.692 becomes £199.69");
    assertThat(result.trace().steps(OTHER_PERIOD).get(0).explanation())
        .contains("£199.69 × 52 weeks = £10383.88");
    assertThat(result.trace().steps(DOMAIN_ADJUSTED).get(0).explanation())
        .contains("19 points changed by -10% = 17.1 points");
    assertThat(result.trace().steps(ADJUSTMENT).get(0).explanation()).contains("9B", "-10%");
    assertThat(result.trace().steps(DOMAIN_CAP).get(0).explanation()).contains("40", "19");
    assertThat(result.trace().steps(DOMAIN_WEIGHT).get(1).explanation())
        .contains("10 × 1.5 = 15 points");
    assertThat(result.trace().steps(DOMAIN_RAW).get(0).explanation()).contains("19 points");
    assertThat(result.trace().steps(LIMITS).get(0).explanation())
        .contains("£0.00", "£950.00", "£199.692");
    assertThat(result.trace().steps(MODERATION).get(0).explanation()).contains("£40.00");
    assertThat(result.trace().steps(FINAL).get(0).explanation())
        .contains("£199.69 + £40.00 = £239.69");
    assertThat(result.trace().steps(PANEL_CHECK).get(0).explanation())
        .contains("£40.00", "10%", "£19.969");
  }
}
