package org.openras.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.testing.Tiny.dec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.table.Period;
import org.openras.trace.GenericTraces;
import org.openras.trace.StepKind;
import org.openras.trace.Trace;

/** The replay helper itself: it accepts a right trace and fails on any wrong figure. */
class TraceReplayTest {

  /**
   * A hand-written trace: Q1 10 points, band 0 + 10 × 1.5 = 15, × 1 = 15, 15.00 a week, 15.00 × 52
   * = 780.00 a year. {@code wrong} replaces one step's value by kind.
   */
  private static Trace trace(Map<StepKind, String> wrong, String period) {
    return trace(wrong, period, null);
  }

  private static Trace trace(Map<StepKind, String> wrong, String period, BigDecimal nextFrom) {
    GenericTraces r = GenericTraces.of("GBP", Period.WEEK);
    r.step(
        StepKind.DESCRIPTOR,
        "Q1",
        "Q?",
        null,
        v(wrong, StepKind.DESCRIPTOR, "10"),
        "descriptor",
        "1A",
        "descriptorText",
        "x",
        "points",
        dec("10"));
    r.step(
        StepKind.DOMAIN_RAW,
        "D1",
        "D",
        null,
        v(wrong, StepKind.DOMAIN_RAW, "10"),
        "questions",
        "Q1");
    r.step(
        StepKind.DOMAIN_WEIGHT,
        "D1",
        "D",
        null,
        v(wrong, StepKind.DOMAIN_WEIGHT, "10"),
        "capped",
        dec("10"),
        "weight",
        dec("1"));
    r.step(
        StepKind.DOMAIN_ADJUSTED,
        "D1",
        "D",
        null,
        v(wrong, StepKind.DOMAIN_ADJUSTED, "10"),
        "weighted",
        dec("10"),
        "percent",
        dec("0"));
    r.step(
        StepKind.TOTAL_POINTS,
        "",
        null,
        null,
        v(wrong, StepKind.TOTAL_POINTS, "10"),
        "domains",
        "D1");
    r.step(StepKind.CURVE, "*", null, null, null, "clientGroup", null);
    r.step(
        StepKind.BAND,
        "A",
        null,
        null,
        v(wrong, StepKind.BAND, "15"),
        "total",
        dec("10"),
        "from",
        dec("0"),
        "nextFrom",
        nextFrom,
        "amount",
        dec("0"),
        "perPoint",
        dec("1.5"));
    r.step(
        StepKind.COST_FACTOR,
        "*",
        null,
        null,
        v(wrong, StepKind.COST_FACTOR, "15"),
        "locality",
        null,
        "before",
        dec("15"),
        "factor",
        dec("1"));
    r.step(
        StepKind.ROUNDING,
        "",
        null,
        null,
        v(wrong, StepKind.ROUNDING, "15.00"),
        "amount",
        dec("15"),
        "increment",
        dec("0.01"),
        "mode",
        "HALF_UP");
    r.step(
        StepKind.OTHER_PERIOD,
        "",
        null,
        null,
        v(wrong, StepKind.OTHER_PERIOD, "780.00"),
        "budget",
        dec("15.00"),
        "period",
        period,
        "weeksPerYear",
        dec("52"),
        "increment",
        dec("0.01"),
        "mode",
        "HALF_UP");
    return r.build();
  }

  private static BigDecimal v(Map<StepKind, String> wrong, StepKind kind, String right) {
    return dec(wrong.getOrDefault(kind, right));
  }

  @Test
  void rightTraceReplays() {
    TraceReplay.Budgets b = TraceReplay.replay(trace(Map.of(), "WEEK"));
    assertThat(b.totalPoints()).isEqualByComparingTo("10");
    assertThat(b.indicativeWeekly()).isEqualTo(new BigDecimal("15.00"));
    assertThat(b.indicativeAnnual()).isEqualTo(new BigDecimal("780.00"));
    assertThat(b.finalWeekly()).isNull();
    assertThat(b.panel()).isFalse();
  }

  @ParameterizedTest(name = "{0} = {1} is caught")
  @CsvSource({
    "DESCRIPTOR, 11",
    "DOMAIN_RAW, 9",
    "DOMAIN_WEIGHT, 10.5",
    "DOMAIN_ADJUSTED, 9.99",
    "TOTAL_POINTS, 10.01",
    "BAND, 15.01",
    "COST_FACTOR, 16",
    "ROUNDING, 15.01",
    "ROUNDING, 15", // right value, wrong scale for money to the penny
    "OTHER_PERIOD, 780.01",
  })
  void anyWrongFigureFailsTheReplay(StepKind kind, String value) {
    Map<StepKind, String> wrong = new HashMap<>();
    wrong.put(kind, value);
    assertThatThrownBy(() -> TraceReplay.replay(trace(wrong, "WEEK")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void traceThatDoesNotSayItsPeriodFailsTheReplay() {
    assertThatThrownBy(() -> TraceReplay.replay(trace(Map.of(), null)))
        .isInstanceOf(AssertionError.class);
    // read as a YEAR table, 15.00 ÷ 52 is not 780.00
    assertThatThrownBy(() -> TraceReplay.replay(trace(Map.of(), "YEAR")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void bandChoiceIsCheckedAgainstTheNextBand() {
    // total 10 with the next band starting at 10.5: band A is right
    assertThat(TraceReplay.replay(trace(Map.of(), "WEEK", dec("10.5"))).totalPoints())
        .isEqualByComparingTo("10");
    // total 10 with the next band starting at 10: band A was the wrong band
    assertThatThrownBy(() -> TraceReplay.replay(trace(Map.of(), "WEEK", dec("10"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("below the next band's start");
  }

  @ParameterizedTest(name = "{0} ÷ {1} to {2} {3} = {4}")
  @CsvSource({
    "10.005, 1, 0.01, HALF_EVEN, 10.00",
    "10.015, 1, 0.01, HALF_EVEN, 10.02",
    "-0.005, 1, 0.01, HALF_UP, -0.01",
    "-0.005, 1, 0.01, HALF_DOWN, 0.00",
    "-0.005, 1, 0.01, FLOOR, -0.01",
    "-0.005, 1, 0.01, CEILING, 0.00",
    "-0.005, 1, 0.01, UP, -0.01",
    "-0.005, 1, 0.01, DOWN, 0.00",
    "5226, 52, 1, HALF_UP, 101",
    "10000.00, 52, 0.01, HALF_UP, 192.31",
    "10.025, 1, 0.05, HALF_EVEN, 10.00",
  })
  void roundByHand(String amount, String divisor, String increment, String mode, String out) {
    assertThat(
            TraceReplay.round(
                dec(amount), dec(divisor), dec(increment), RoundingMode.valueOf(mode)))
        .isEqualTo(new BigDecimal(out));
  }

  @Test
  void roundAgreesWithBigDecimalOnAGrid() {
    // −2.000 … 2.000 in steps of 0.001, every mode, to 0.01
    for (RoundingMode mode :
        new RoundingMode[] {
          RoundingMode.HALF_UP,
          RoundingMode.HALF_EVEN,
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR
        }) {
      for (int i = -2000; i <= 2000; i++) {
        BigDecimal x = BigDecimal.valueOf(i, 3);
        assertThat(TraceReplay.round(x, BigDecimal.ONE, dec("0.01"), mode))
            .as("%s %s", x, mode)
            .isEqualTo(x.setScale(2, mode));
      }
    }
  }
}
