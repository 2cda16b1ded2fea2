package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.byAmount;
import static org.openras.testing.Tiny.byPercent;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.run;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.RasTable;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/** Spec §3.7: moderation after the indicative budget, never hidden in it. */
class ModerationRulesTest {

  /** £1 a point; Q1 scores 0, 200 or 199.69; tolerance 10%. */
  private static RasTable.Builder tableBuilder() {
    return table("1", one("Q1", "0", "200", "199.69")).tolerancePercent(BigDecimal.TEN);
  }

  private static Result moderate(String answer, Moderation... ms) {
    return moderate(tableBuilder().build(), answer, ms);
  }

  private static Result moderate(RasTable t, String answer, Moderation... ms) {
    Assessment.Builder a = assessment().answer("Q1", answer);
    for (Moderation m : ms) {
      a.moderation(m);
    }
    return run(t, a.build());
  }

  @Test
  void noModerationsNoFinalBudget() {
    Result r = moderate("Q1B");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("200.00"));
    assertThat(r.finalBudget()).isEmpty();
    assertThat(r.flags()).isEmpty();
    assertThat(r.trace().steps())
        .extracting(TraceStep::kind)
        .doesNotContain(
            StepKind.MODERATION, StepKind.FINAL, StepKind.FINAL_OTHER_PERIOD, StepKind.PANEL_CHECK);
  }

  @Test
  void moderationByAmount() {
    // 200.00 + 15.50 = 215.50; × 52 = 11206.00; difference 15.50 ≤ limit 200 × 10% = 20
    Result r = moderate("Q1B", byAmount("15.50"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("200.00"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("215.50"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("11206.00"));
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void moderationByPercentOfTheIndicativeBudget() {
    // 5% of 200.00 = 10.00; 200.00 + 10.00 = 210.00; × 52 = 10920.00; 10 ≤ 20: no panel
    Result r = moderate("Q1B", byPercent("5"));
    TraceStep m = r.trace().steps(StepKind.MODERATION).get(0);
    assertThat(m.value().orElseThrow()).isEqualByComparingTo("10");
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("210.00"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("10920.00"));
    assertThat(r.flags()).isEmpty();
    assertThat(m.explanation()).contains("+5%", "£200.00", "£10.00", "Reason given");
  }

  @Test
  void percentModerationIsRoundedOnceAtTheEnd() {
    // 10% of 199.69 = 19.969; 199.69 + 19.969 = 219.659 → 219.66; × 52 = 11422.32.
    // The difference 219.66 − 199.69 = 19.97 is more than 10% of 199.69 = 19.969: panel.
    Result r = moderate("Q1C", byPercent("10"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.69"));
    TraceStep fin = r.trace().steps(StepKind.FINAL).get(0);
    assertThat(fin.number("roundedFrom")).isEqualByComparingTo("219.659");
    assertThat(fin.explanation()).contains("£199.69 + £19.969 = £219.659, which becomes £219.66");
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("219.66"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("11422.32"));
    assertThat(r.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
  }

  @Test
  void severalModerationsAreSummed() {
    // +15.50, −10% of 200.00 = −20.00, +2.5% of 200.00 = +5.00: change 0.50 → 200.50;
    // × 52 = 10426.00
    Result r = moderate("Q1B", byAmount("15.50"), byPercent("-10"), byPercent("2.5"));
    List<TraceStep> ms = r.trace().steps(StepKind.MODERATION);
    assertThat(ms).extracting(TraceStep::subject).containsExactly("1", "2", "3");
    assertThat(ms.get(1).value().orElseThrow()).isEqualByComparingTo("-20");
    assertThat(ms.get(2).value().orElseThrow()).isEqualByComparingTo("5");
    assertThat(r.trace().steps(StepKind.FINAL).get(0).number("change")).isEqualByComparingTo("0.5");
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("200.50"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("10426.00"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("200.00"));
  }

  @Test
  void finalBudgetNeverBelowZero() {
    // 200.00 − 250.00 = −50.00 → 0.00; annual 0.00; |0 − 200| = 200 > 20: panel
    Result r = moderate("Q1B", byAmount("-250.00"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("0.00"));
    assertThat(r.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("0.00"));
    assertThat(r.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    assertThat(r.trace().steps(StepKind.FINAL).get(0).explanation())
        .contains("£200.00 − £250.00 = -£50.00, which becomes £0.00");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("200.00"));
  }

  @Test
  void finalBudgetJustBelowZeroInEveryMode() {
    // 200.00 − 200.005 = −0.005: FLOOR → −0.01, HALF_UP → −0.01, CEILING → 0.00; all → 0.00
    for (RoundingMode mode :
        List.of(
            RoundingMode.FLOOR,
            RoundingMode.HALF_UP,
            RoundingMode.CEILING,
            RoundingMode.UP,
            RoundingMode.DOWN,
            RoundingMode.HALF_EVEN)) {
      RasTable t = tableBuilder().rounding(dec("0.01"), mode).build();
      Result r = moderate(t, "Q1B", byAmount("-200.005"));
      assertThat(r.finalBudget().orElseThrow().weekly())
          .as(mode.name())
          .isEqualTo(new BigDecimal("0.00"));
    }
  }

  @Test
  void moveExactlyAtTheToleranceNeedsNoPanel() {
    // limit 10% of 200.00 = 20.00; +20.00 → 220.00, difference 20.00, not more than 20
    Result up = moderate("Q1B", byAmount("20.00"));
    assertThat(up.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("220.00"));
    assertThat(up.flags()).isEmpty();
    TraceStep check = up.trace().steps(StepKind.PANEL_CHECK).get(0);
    assertThat(check.number("limit")).isEqualByComparingTo("20");
    assertThat(check.text("result")).isEqualTo("WITHIN_TOLERANCE");
    // −10% → 180.00, difference 20.00: no panel either
    Result down = moderate("Q1B", byPercent("-10"));
    assertThat(down.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("180.00"));
    assertThat(down.flags()).isEmpty();
  }

  @Test
  void moveJustOverTheToleranceNeedsPanel() {
    // +20.01 → 220.01, difference 20.01 > 20.00
    Result r = moderate("Q1B", byAmount("20.01"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("220.01"));
    assertThat(r.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    assertThat(r.trace().steps(StepKind.PANEL_CHECK).get(0).explanation())
        .contains("£220.01", "£200.00", "£20.01", "10%", "panel approval is required");
    // −20.01 → 179.99: the same
    assertThat(moderate("Q1B", byAmount("-20.01")).flags())
        .containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
  }

  @Test
  void noToleranceInTheTableNoPanelRule() {
    // +100.00 → 300.00: a 50% move, but the table has no tolerancePercent
    RasTable t = table("1", one("Q1", "0", "200")).build();
    Result r = moderate(t, "Q1B", byAmount("100.00"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("300.00"));
    assertThat(r.flags()).isEmpty();
    assertThat(r.trace().steps(StepKind.PANEL_CHECK)).isEmpty();
  }

  @Test
  void zeroIndicativeBudgetAnyChangeNeedsPanel() {
    // indicative 0.00; limit 0 × 10% = 0; +10.00 → difference 10 > 0: panel (docs/decisions 19)
    Result r = moderate("Q1A", byAmount("10.00"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("0.00"));
    assertThat(r.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("10.00"));
    assertThat(r.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
  }

  @Test
  void zeroToleranceFlagsAnyMoveButNotNone() {
    RasTable t = table("1", one("Q1", "0", "200")).tolerancePercent(BigDecimal.ZERO).build();
    // +0.01: difference 0.01 > 0
    assertThat(moderate(t, "Q1B", byAmount("0.01")).flags())
        .containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    // +0.00: difference 0, not more than 0
    assertThat(moderate(t, "Q1B", byAmount("0.00")).flags()).isEmpty();
  }

  @Test
  void flagsComeInFixedOrder() {
    // floor 250 raises 200 → 250 (FLOOR_APPLIED); +100.00 → 350.00, 100 > 25: panel
    RasTable t = tableBuilder().floor(dec("250")).build();
    Result r = moderate(t, "Q1B", byAmount("100.00"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("250.00"));
    assertThat(r.flags()).containsExactly(Flag.FLOOR_APPLIED, Flag.PANEL_APPROVAL_REQUIRED);
  }
}
