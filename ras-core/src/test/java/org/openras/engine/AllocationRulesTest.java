package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.run;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.table.Curve;
import org.openras.table.RasTable;
import org.openras.table.Supplement;
import org.openras.testing.Tiny;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/** Spec §3.5, one rule at a time: bands, supplements, cost factors, curves, floor, ceiling. */
class AllocationRulesTest {

  /**
   * Q1 scores 0, 9.5, 10, 15, 20 or 25; bands A (0: £0 + £2/pt), B (10: £50 + £1/pt), C (20: £100
   * flat).
   */
  private static RasTable banded() {
    return table()
        .domain(Tiny.domain("D1").question(one("Q1", "0", "9.5", "10", "15", "20", "25")))
        .curve(
            Curve.builder("*")
                .band("A", 0, 0, dec("2"))
                .band("B", 10, 50, dec("1"))
                .band("C", 20, 100, BigDecimal.ZERO))
        .build();
  }

  @ParameterizedTest(name = "{0}: {1} points in band {2}")
  @CsvSource({
    // A: 0 + (0 − 0) × 2 = 0
    "Q1A, 0, A, 0.00",
    // A: 0 + (9.5 − 0) × 2 = 19
    "Q1B, 9.5, A, 19.00",
    // exactly on B's from: B, 50 + (10 − 10) × 1 = 50
    "Q1C, 10, B, 50.00",
    // B: 50 + (15 − 10) × 1 = 55
    "Q1D, 15, B, 55.00",
    // exactly on C's from: C, 100 + (20 − 20) × 0 = 100
    "Q1E, 20, C, 100.00",
    // step band C: 100 + (25 − 20) × 0 = 100
    "Q1F, 25, C, 100.00",
  })
  void bandWithGreatestFromNotAboveTotal(String answer, String total, String band, String weekly) {
    Result r = run(banded(), assessment().answer("Q1", answer).build());
    assertThat(r.totalPoints()).isEqualByComparingTo(total);
    assertThat(r.band()).isEqualTo(band);
    TraceStep step = r.trace().steps(StepKind.BAND).get(0);
    assertThat(step.subject()).isEqualTo(band);
    assertThat(step.value().orElseThrow()).isEqualByComparingTo(weekly);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
  }

  /**
   * Q1 ONE (0, 10) with supplement s-one (Q1B £30); Q2 ANY (1, 2, 3) with s-any (Q2A £10, Q2C £5).
   */
  private static RasTable.Builder supplemented() {
    return table("1", one("Q1", "0", "10"), any("Q2", "1", "2", "3"))
        .supplement(Supplement.builder("s-one", "Q1").name("One").amount("Q1B", 30))
        .supplement(
            Supplement.builder("s-any", "Q2")
                .name("Any")
                .amount("Q2A", 10)
                .amount("Q2C", dec("5")));
  }

  @Test
  void supplementsOnOneAndOnEachChosenAnyDescriptor() {
    // points 10 + (1 + 2 + 3) = 16 → £16; + 30 (Q1B) = 46; + 10 (Q2A) = 56; Q2B not listed;
    // + 5 (Q2C) = 61.
    Result r =
        run(supplemented(), assessment().answer("Q1", "Q1B").answerAny("Q2", "Q2A", "Q2B", "Q2C"));
    List<TraceStep> s = r.trace().steps(StepKind.SUPPLEMENT);
    assertThat(s).extracting(TraceStep::subject).containsExactly("s-one", "s-any", "s-any");
    assertThat(s).extracting(x -> x.text("descriptor")).containsExactly("Q1B", "Q2A", "Q2C");
    assertThat(s.get(0).number("before")).isEqualByComparingTo("16");
    assertThat(s.get(0).value().orElseThrow()).isEqualByComparingTo("46");
    assertThat(s.get(1).value().orElseThrow()).isEqualByComparingTo("56");
    assertThat(s.get(2).value().orElseThrow()).isEqualByComparingTo("61");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("61.00"));
  }

  @Test
  void noSupplementWhenNoListedDescriptorIsChosen() {
    // Q1A (0) and Q2B (2): £2, no supplement
    Result r = run(supplemented(), assessment().answer("Q1", "Q1A").answerAny("Q2", "Q2B"));
    assertThat(r.trace().steps(StepKind.SUPPLEMENT)).isEmpty();
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("2.00"));
  }

  @Test
  void supplementIsAddedBeforeTheCostFactor() {
    // (10 points × £1 + £30) × 1.5 = 40 × 1.5 = 60 (not 10 × 1.5 + 30 = 45)
    Result r =
        run(
            supplemented().costFactor("*", dec("1.5")),
            assessment().answer("Q1", "Q1B").answerAny("Q2"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("60.00"));
  }

  private static RasTable localities() {
    return table("1", one("Q1", "0", "100"))
        .costFactor("*", BigDecimal.ONE)
        .costFactor("inner", dec("1.08"))
        .costFactor("outer", dec("0.95"))
        .build();
  }

  @ParameterizedTest(name = "locality {0}")
  @CsvSource({
    // 100 × 1.08 = 108
    "inner, inner, 108.00",
    // 100 × 0.95 = 95
    "outer, outer, 95.00",
    // no factor of its own: the * factor, 100 × 1 = 100
    "nowhere, *, 100.00",
  })
  void costFactorByLocalityElseStar(String locality, String used, String weekly) {
    Result r = run(localities(), assessment().answer("Q1", "Q1B").locality(locality).build());
    TraceStep step = r.trace().steps(StepKind.COST_FACTOR).get(0);
    assertThat(step.subject()).isEqualTo(used);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
    if (used.equals("*")) {
      assertThat(step.explanation()).contains("no factor of its own");
    }
  }

  @Test
  void noLocalityUsesStarFactor() {
    // 100 × 1 = 100
    Result r = run(localities(), assessment().answer("Q1", "Q1B").build());
    assertThat(r.trace().steps(StepKind.COST_FACTOR).get(0).subject()).isEqualTo("*");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void noCostFactorsMeansFactorOne() {
    // 100 × 1 (default * → 1) = 100
    Result r =
        run(table("1", one("Q1", "0", "100")), assessment().answer("Q1", "Q1B").locality("inner"));
    assertThat(r.trace().steps(StepKind.COST_FACTOR).get(0).number("factor"))
        .isEqualByComparingTo("1");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("100.00"));
  }

  private static RasTable curves() {
    return table("2", one("Q1", "0", "10")).curve(linear("older", "3")).build();
  }

  @ParameterizedTest(name = "client group {0}")
  @CsvSource({
    // own curve: 10 × 3 = 30
    "older, older, 30.00",
    // no curve of its own: * curve, 10 × 2 = 20
    "learning-disability, *, 20.00",
  })
  void curveByClientGroupElseStar(String group, String used, String weekly) {
    Result r = run(curves(), assessment().answer("Q1", "Q1B").clientGroup(group).build());
    assertThat(r.curve()).isEqualTo(used);
    assertThat(r.trace().steps(StepKind.CURVE).get(0).subject()).isEqualTo(used);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
  }

  @Test
  void noClientGroupUsesStarCurve() {
    // 10 × 2 = 20
    Result r = run(curves(), assessment().answer("Q1", "Q1B").build());
    assertThat(r.curve()).isEqualTo("*");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("20.00"));
  }

  private static RasTable limited() {
    return table("1", one("Q1", "0", "40", "50", "70", "100", "120"))
        .floor(dec("50"))
        .ceiling(dec("100"))
        .build();
  }

  @ParameterizedTest(name = "{0}: amount {1}")
  @CsvSource({
    // 0 < 50: raised to the floor
    "Q1A, 0, 50.00, FLOOR_APPLIED",
    // 40 < 50: raised to the floor
    "Q1B, 40, 50.00, FLOOR_APPLIED",
    // exactly the floor: unchanged, no flag
    "Q1C, 50, 50.00, ",
    // within [50, 100]
    "Q1D, 70, 70.00, ",
    // exactly the ceiling: unchanged, no flag
    "Q1E, 100, 100.00, ",
    // 120 > 100: lowered to the ceiling
    "Q1F, 120, 100.00, CEILING_APPLIED",
  })
  void floorAndCeiling(String answer, String amount, String weekly, String flag) {
    Result r = run(limited(), assessment().answer("Q1", answer).build());
    TraceStep limits = r.trace().steps(StepKind.LIMITS).get(0);
    assertThat(limits.number("amount")).isEqualByComparingTo(amount);
    assertThat(limits.text("applied")).isEqualTo(flag);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
    if (flag == null) {
      assertThat(r.flags()).isEmpty();
    } else {
      assertThat(r.flags()).containsExactly(Flag.valueOf(flag));
    }
  }

  @Test
  void noLimitsNoLimitsStep() {
    Result r = run(table("1", one("Q1", "0", "5000")), assessment().answer("Q1", "Q1B"));
    assertThat(r.trace().steps(StepKind.LIMITS)).isEmpty();
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("5000.00"));
  }

  @Test
  void limitsApplyBeforeRounding() {
    // 120 > ceiling 100.005 → 100.005, then rounded half up to 0.01 → 100.01 (docs/decisions 17)
    Result r =
        run(
            table("1", one("Q1", "0", "120")).ceiling(dec("100.005")),
            assessment().answer("Q1", "Q1B"));
    assertThat(r.flags()).containsExactly(Flag.CEILING_APPLIED);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("100.01"));
  }

  @Test
  void limitsApplyAfterTheCostFactor() {
    // 48 × 1.05 = 50.4, above the floor of 50: no floor.
    // (Clamping before the factor would give 50 × 1.05 = 52.5.)
    Result r =
        run(
            table("1", one("Q1", "0", "48")).costFactor("*", dec("1.05")).floor(dec("50")),
            assessment().answer("Q1", "Q1B"));
    assertThat(r.flags()).isEmpty();
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("50.40"));
    // 100 + supplement 30 = 130, × 1.05 = 136.5, above the ceiling 120: 120.00
    Result c =
        run(
            table("1", one("Q1", "0", "100"))
                .costFactor("*", dec("1.05"))
                .supplement(Supplement.builder("s", "Q1").amount("Q1B", 30))
                .ceiling(dec("120")),
            assessment().answer("Q1", "Q1B"));
    assertThat(c.trace().steps(StepKind.LIMITS).get(0).number("amount"))
        .isEqualByComparingTo("136.5");
    assertThat(c.flags()).containsExactly(Flag.CEILING_APPLIED);
    assertThat(c.indicativeBudget().weekly()).isEqualTo(new BigDecimal("120.00"));
  }

  @Test
  void supplementOnAnUnansweredOptionalQuestionAddsNothing() {
    // Q1 5 points; Q2 optional unanswered: £5, no supplement
    Result r =
        run(
            table("1", one("Q1", "0", "5"), one("Q2", "0", "1").required(false))
                .supplement(Supplement.builder("s", "Q2").amount("Q2A", 99).amount("Q2B", 99)),
            assessment().answer("Q1", "Q1B"));
    assertThat(r.trace().steps(StepKind.SUPPLEMENT)).isEmpty();
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void clientGroupCurveWithBands() {
    // "older": bands X (0: £10 + £1/pt) and Y (5: £30 + £0.5/pt); 8 points → Y: 30 + 3 × 0.5 = 31.5
    RasTable t =
        table("2", one("Q1", "0", "8"))
            .curve(Curve.builder("older").band("X", 0, 10, dec("1")).band("Y", 5, 30, dec("0.5")))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").clientGroup("older").build());
    assertThat(r.band()).isEqualTo("Y");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("31.50"));
    // the * curve: 8 × 2 = 16
    assertThat(run(t, assessment().answer("Q1", "Q1B").build()).indicativeBudget().weekly())
        .isEqualTo(new BigDecimal("16.00"));
  }
}
