package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.byAmount;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.run;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/** Spec §3.6: rounding once, to the increment with the mode, and the other period. */
class MoneyRulesTest {

  /** £1 a point; Q1B scores {@code points}, so the unrounded amount is {@code points}. */
  private static Result amount(String points, String increment, String mode) {
    RasTable t =
        table("1", one("Q1", "0", points))
            .rounding(dec(increment), RoundingMode.valueOf(mode))
            .build();
    return run(t, assessment().answer("Q1", "Q1B").build());
  }

  @ParameterizedTest(name = "{0} to {1} {2} = {3}")
  @CsvSource({
    // ties at 10.005 (1000.5 pennies); annual = weekly × 52
    "10.005, 0.01, HALF_UP,   10.01, 520.52",
    "10.005, 0.01, HALF_EVEN, 10.00, 520.00", // 1000 is even
    "10.005, 0.01, UP,        10.01, 520.52",
    "10.005, 0.01, DOWN,      10.00, 520.00",
    "10.005, 0.01, CEILING,   10.01, 520.52",
    "10.005, 0.01, FLOOR,     10.00, 520.00",
    // ties at 10.015 (1001.5 pennies); 10.02 × 52 = 521.04, 10.01 × 52 = 520.52
    "10.015, 0.01, HALF_UP,   10.02, 521.04",
    "10.015, 0.01, HALF_EVEN, 10.02, 521.04", // 1001 is odd: to 1002
    "10.015, 0.01, UP,        10.02, 521.04",
    "10.015, 0.01, DOWN,      10.01, 520.52",
    "10.015, 0.01, CEILING,   10.02, 521.04",
    "10.015, 0.01, FLOOR,     10.01, 520.52",
    // not a tie: 10.004 (1000.4 pennies)
    "10.004, 0.01, HALF_UP,   10.00, 520.00",
    "10.004, 0.01, HALF_EVEN, 10.00, 520.00",
    "10.004, 0.01, UP,        10.01, 520.52",
    "10.004, 0.01, CEILING,   10.01, 520.52",
    // 10.006 (1000.6 pennies)
    "10.006, 0.01, HALF_UP,   10.01, 520.52",
    "10.006, 0.01, HALF_EVEN, 10.01, 520.52",
    "10.006, 0.01, DOWN,      10.00, 520.00",
    "10.006, 0.01, FLOOR,     10.00, 520.00",
    // increment 0.05: 10.025 / 0.05 = 200.5 steps; 201 × 0.05 = 10.05 (× 52 = 522.60)
    "10.025, 0.05, HALF_UP,   10.05, 522.60",
    "10.025, 0.05, HALF_EVEN, 10.00, 520.00", // 200 is even
    "10.025, 0.05, UP,        10.05, 522.60",
    "10.025, 0.05, DOWN,      10.00, 520.00",
    "10.025, 0.05, CEILING,   10.05, 522.60",
    "10.025, 0.05, FLOOR,     10.00, 520.00",
    // 10.075 / 0.05 = 201.5: to even 202 → 10.10 (× 52 = 525.20)
    "10.075, 0.05, HALF_EVEN, 10.10, 525.20",
    // 10.03 / 0.05 = 200.6 → 201 → 10.05
    "10.03,  0.05, HALF_UP,   10.05, 522.60",
    // increment 1: money at scale 0; 10.5 is a tie (× 52: 11 → 572, 10 → 520)
    "10.5,   1,    HALF_UP,   11, 572",
    "10.5,   1,    HALF_EVEN, 10, 520",
    "10.5,   1,    UP,        11, 572",
    "10.5,   1,    DOWN,      10, 520",
    "10.5,   1,    CEILING,   11, 572",
    "10.5,   1,    FLOOR,     10, 520",
    // 11.5 to even: 12 (× 52 = 624)
    "11.5,   1,    HALF_EVEN, 12, 624",
  })
  void roundingModes(String points, String increment, String mode, String weekly, String annual) {
    Result r = amount(points, increment, mode);
    TraceStep rounding = r.trace().steps(StepKind.ROUNDING).get(0);
    assertThat(rounding.number("amount")).isEqualByComparingTo(points);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal(annual));
  }

  @Test
  void annualIsDerivedFromTheRoundedWeeklyFigure() {
    // weekly 10.005 → HALF_UP 10.01; annual = 10.01 × 52 = 520.52
    // (from the unrounded figure it would be 10.005 × 52 = 520.26)
    Result r = amount("10.005", "0.01", "HALF_UP");
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("520.52"));
    assertThat(r.trace().steps(StepKind.OTHER_PERIOD).get(0).number("budget"))
        .isEqualTo(new BigDecimal("10.01"));
  }

  @Test
  void weeksPerYear52point143() {
    // weekly 199.69; annual = round(199.69 × 52.143) = round(10412.43567) = 10412.44
    RasTable t = table("1", one("Q1", "0", "199.69")).weeksPerYear(dec("52.143")).build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.69"));
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("10412.44"));
    // and 100.00 × 52.143 = 5214.30 exactly
    Result hundred =
        run(
            table("1", one("Q1", "0", "100")).weeksPerYear(dec("52.143")).build(),
            assessment().answer("Q1", "Q1B").build());
    assertThat(hundred.indicativeBudget().annual()).isEqualTo(new BigDecimal("5214.30"));
  }

  @Test
  void yearTableDerivesWeeklyByDivision() {
    // annual money: 100 points × £100 = 10000.00 a year;
    // weekly = round(10000.00 ÷ 52 = 192.3076923…) = 192.31
    RasTable t = table("100", one("Q1", "0", "100")).period(Period.YEAR).build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.period()).isEqualTo(Period.YEAR);
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("192.31"));
    assertThat(r.trace().steps(StepKind.OTHER_PERIOD).get(0).explanation())
        .contains("for a week", "£10000.00 ÷ 52 weeks = £192.31");
  }

  @Test
  void yearTableWeeklyIsFromTheRoundedAnnualFigure() {
    // increment 1, half up. Annual 5225.6 → 5226; weekly = round(5226 ÷ 52 = 100.5) = 101.
    // (From the unrounded 5225.6 ÷ 52 = 100.49… it would be 100.)
    RasTable t =
        table("1", one("Q1", "0", "5225.6"))
            .period(Period.YEAR)
            .rounding(BigDecimal.ONE, RoundingMode.HALF_UP)
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("5226"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("101"));
  }

  @Test
  void yearTableWith52point143() {
    // annual 10383.88; weekly = round(10383.88 ÷ 52.143 = 199.1423585…) = 199.14
    RasTable t =
        table("1", one("Q1", "0", "10383.88"))
            .period(Period.YEAR)
            .weeksPerYear(dec("52.143"))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("10383.88"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.14"));
  }

  @Test
  void yearTableModerationIsAnnualMoney() {
    // annual 10000.00 + 520.00 = 10520.00; weekly = round(10520.00 ÷ 52 = 202.3076…) = 202.31
    RasTable t = table("100", one("Q1", "0", "100")).period(Period.YEAR).build();
    Result r = run(t, assessment().answer("Q1", "Q1B").moderation(byAmount("520.00")).build());
    Budget fin = r.finalBudget().orElseThrow();
    assertThat(fin.annual()).isEqualTo(new BigDecimal("10520.00"));
    assertThat(fin.weekly()).isEqualTo(new BigDecimal("202.31"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("192.31"));
  }

  @Test
  void moneyIsRoundedOnlyOnce() {
    // weight 1.5, 3.333 points → 4.9995 points; × £1 × factor 1.001 = 5.0044995 → 5.00.
    // (Rounding the points or the amount before the factor would give 5.00 × 1.001 = 5.005
    // → 5.01.)
    RasTable t =
        table()
            .domain(
                org.openras.testing.Tiny.domain("D1")
                    .weight(dec("1.5"))
                    .question(one("Q1", "0", "3.333")))
            .curve(org.openras.testing.Tiny.linear("1"))
            .costFactor("*", dec("1.001"))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.totalPoints()).isEqualByComparingTo("4.9995");
    assertThat(r.trace().steps(StepKind.COST_FACTOR).get(0).value().orElseThrow())
        .isEqualByComparingTo("5.0044995");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("5.00"));
  }
}
