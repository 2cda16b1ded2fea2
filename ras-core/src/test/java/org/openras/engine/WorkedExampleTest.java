package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.testing.WorkedExample;

/** Spec §6: the worked example gives exactly the figures the spec shows. */
class WorkedExampleTest {
  private final Result result =
      RasEngine.of(WorkedExample.table()).calculate(WorkedExample.assessment());

  @Test
  void domainFiguresMatchSpec() {
    assertThat(result.domains()).hasSize(4);
    DomainScore d1 = result.domain("D1").orElseThrow();
    assertThat(d1.raw()).isEqualByComparingTo("19");
    assertThat(d1.capped()).isEqualByComparingTo("19");
    assertThat(d1.weighted()).isEqualByComparingTo("19");
    assertThat(d1.percent()).isEqualByComparingTo("-10");
    assertThat(d1.adjusted()).isEqualByComparingTo("17.1");
    DomainScore d2 = result.domain("D2").orElseThrow();
    assertThat(d2.raw()).isEqualByComparingTo("10");
    assertThat(d2.weighted()).isEqualByComparingTo("15");
    assertThat(d2.adjusted()).isEqualByComparingTo("13.5");
    DomainScore d3 = result.domain("D3").orElseThrow();
    assertThat(d3.raw()).isEqualByComparingTo("9");
    assertThat(d3.adjusted()).isEqualByComparingTo("9");
    DomainScore d4 = result.domain("D4").orElseThrow();
    assertThat(d4.adjusted()).isEqualByComparingTo("0");
  }

  @Test
  void budgetsMatchSpec() {
    assertThat(result.totalPoints()).isEqualByComparingTo("39.6");
    assertThat(result.curve()).isEqualTo("*");
    assertThat(result.band()).isEqualTo("B");
    assertThat(result.indicativeBudget().weekly()).isEqualTo(new BigDecimal("199.69"));
    assertThat(result.indicativeBudget().annual()).isEqualTo(new BigDecimal("10383.88"));
    assertThat(result.finalBudget().orElseThrow().weekly()).isEqualTo(new BigDecimal("239.69"));
    assertThat(result.finalBudget().orElseThrow().annual()).isEqualTo(new BigDecimal("12463.88"));
    assertThat(result.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
  }

  @Test
  void untracedGivesSameFiguresAndNoTrace() {
    Result untraced =
        RasEngine.of(WorkedExample.table()).calculate(WorkedExample.assessment(), Tracing.OFF);
    assertThat(untraced.trace().isEmpty()).isTrue();
    assertThat(untraced.indicativeBudget()).isEqualTo(result.indicativeBudget());
    assertThat(untraced.finalBudget()).isEqualTo(result.finalBudget());
    assertThat(untraced.domains()).isEqualTo(result.domains());
  }

  @Test
  void printsTrace() {
    System.out.println(result.trace());
    assertThat(result.trace().steps()).isNotEmpty();
  }
}
