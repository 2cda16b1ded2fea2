package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.run;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.table.Adjustment;
import org.openras.table.RasTable;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * Spec §3.1–3.4, one rule at a time, on tiny tables whose curve pays £1 a point (so the weekly
 * budget is the total points, rounded to the penny). Every calculation is replayed from its trace
 * by {@code Tiny.run}.
 */
class PointsRulesTest {

  // §3.2 caps: D1 capped at 20; Q1 scores 0, 15, 20 or 25.
  private static RasTable capped() {
    return table()
        .domain(domain("D1").maxPoints(20).question(one("Q1", "0", "15", "20", "25")))
        .curve(linear("1"))
        .build();
  }

  @ParameterizedTest(name = "{0} scores {1}: capped {2}")
  @CsvSource({
    // under the cap: min(15, 20) = 15
    "Q1B, 15, 15, 15.00, 780.00",
    // at the cap: min(20, 20) = 20
    "Q1C, 20, 20, 20.00, 1040.00",
    // over the cap: min(25, 20) = 20
    "Q1D, 25, 20, 20.00, 1040.00",
  })
  void domainCap(String answer, String raw, String cappedPoints, String weekly, String annual) {
    // weekly = capped × £1; annual = weekly × 52 (15 × 52 = 780, 20 × 52 = 1040)
    Result r = run(capped(), assessment().answer("Q1", answer).build());
    DomainScore d = r.domain("D1").orElseThrow();
    assertThat(d.raw()).isEqualByComparingTo(raw);
    assertThat(d.capped()).isEqualByComparingTo(cappedPoints);
    assertThat(d.weighted()).isEqualByComparingTo(cappedPoints);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal(annual));
    assertThat(r.trace().steps(StepKind.DOMAIN_CAP)).hasSize(1);
  }

  @Test
  void noCapMeansNoCapStep() {
    // 25 points, no maxPoints: capped = raw = 25
    Result r = run(table("1", one("Q1", "0", "25")), assessment().answer("Q1", "Q1B"));
    assertThat(r.domain("D1").orElseThrow().capped()).isEqualByComparingTo("25");
    assertThat(r.trace().steps(StepKind.DOMAIN_CAP)).isEmpty();
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("25.00"));
  }

  @ParameterizedTest(name = "weight {0}")
  @CsvSource({
    // 10 × 0 = 0
    "0, 0, 0.00",
    // 10 × 1 = 10
    "1, 10, 10.00",
    // 10 × 1.5 = 15
    "1.5, 15, 15.00",
    // 10 × 0.25 = 2.5
    "0.25, 2.5, 2.50",
    // 10 × 0.333 = 3.33
    "0.333, 3.33, 3.33",
  })
  void weights(String weight, String weighted, String weekly) {
    RasTable t =
        table()
            .domain(domain("D1").weight(dec(weight)).question(one("Q1", "0", "10")))
            .curve(linear("1"))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").build());
    assertThat(r.domain("D1").orElseThrow().weighted()).isEqualByComparingTo(weighted);
    assertThat(r.totalPoints()).isEqualByComparingTo(weighted);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal(weekly));
  }

  @Test
  void anyQuestionWithMaxPointsIsCapped() {
    // Q1 ANY: 4, 3, 2, at most 6. Chosen Q1A + Q1B = 4 + 3 = 7, capped at 6.
    Result r =
        run(
            table("1", any("Q1", "4", "3", "2").maxPoints(6)),
            assessment().answerAny("Q1", "Q1A", "Q1B"));
    assertThat(r.domain("D1").orElseThrow().raw()).isEqualByComparingTo("6");
    TraceStep q = r.trace().steps(StepKind.QUESTION).get(0);
    assertThat(q.number("sum")).isEqualByComparingTo("7");
    assertThat(q.number("maxPoints")).isEqualByComparingTo("6");
    assertThat(q.value().orElseThrow()).isEqualByComparingTo("6");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("6.00"));
  }

  @Test
  void anyQuestionUnderItsMaxPointsIsNotCapped() {
    // Q1A + Q1C = 4 + 2 = 6, at most 6: stays 6. Q1C alone: 2.
    RasTable t = table("1", any("Q1", "4", "3", "2").maxPoints(6)).build();
    assertThat(run(t, assessment().answerAny("Q1", "Q1A", "Q1C").build()).totalPoints())
        .isEqualByComparingTo("6");
    assertThat(run(t, assessment().answerAny("Q1", "Q1C").build()).totalPoints())
        .isEqualByComparingTo("2");
  }

  @Test
  void anyQuestionWithoutMaxPointsSumsEverything() {
    // 4 + 3 + 2 = 9, no cap
    Result r =
        run(
            table("1", any("Q1", "4", "3", "2")),
            assessment().answerAny("Q1", "Q1A", "Q1B", "Q1C"));
    assertThat(r.totalPoints()).isEqualByComparingTo("9");
    TraceStep q = r.trace().steps(StepKind.QUESTION).get(0);
    assertThat(q.inputs()).doesNotContainKey("maxPoints");
    assertThat(q.value().orElseThrow()).isEqualByComparingTo("9");
    assertThat(r.trace().steps(StepKind.DESCRIPTOR)).hasSize(3);
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("9.00"));
  }

  @Test
  void emptyAnyAnswerScoresZero() {
    // Q1 ANY answered with no descriptor ("none of these"): sum 0; Q2 ONE scores 5. Total 5.
    Result r =
        run(
            table("1", any("Q1", "4", "3"), one("Q2", "0", "5")),
            assessment().answerAny("Q1").answer("Q2", "Q2B"));
    TraceStep q = r.trace().steps(StepKind.QUESTION).get(0);
    assertThat(q.subject()).isEqualTo("Q1");
    assertThat(q.value().orElseThrow()).isEqualByComparingTo("0");
    assertThat(r.trace().steps(StepKind.UNANSWERED)).isEmpty();
    assertThat(r.totalPoints()).isEqualByComparingTo("5");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void unansweredOptionalQuestionScoresZeroWithUnansweredStep() {
    // Q1 answered 6, Q2 optional left unanswered: 6 + 0 = 6
    Result r =
        run(
            table("1", one("Q1", "0", "6"), one("Q2", "0", "9").required(false)),
            assessment().answer("Q1", "Q1B"));
    List<TraceStep> un = r.trace().steps(StepKind.UNANSWERED);
    assertThat(un).hasSize(1);
    assertThat(un.get(0).subject()).isEqualTo("Q2");
    assertThat(un.get(0).value().orElseThrow()).isEqualByComparingTo("0");
    assertThat(un.get(0).explanation()).contains("Q2", "not answered", "0 points");
    assertThat(r.domain("D1").orElseThrow().raw()).isEqualByComparingTo("6");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("6.00"));
  }

  @Test
  void fractionalDescriptorPoints() {
    // 2.25 + 0.5 = 2.75
    Result r =
        run(
            table("1", one("Q1", "0", "2.25"), one("Q2", "0.5", "1")),
            assessment().answer("Q1", "Q1B").answer("Q2", "Q2A"));
    assertThat(r.totalPoints()).isEqualByComparingTo("2.75");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("2.75"));
  }

  /**
   * D1 holds Q1 (scores 20); D9 holds the carer questions Q8 and Q9 at weight 0, so only the
   * adjustments' percents matter.
   */
  private static RasTable.Builder carerTable(Adjustment.Builder... adjustments) {
    RasTable.Builder t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "20")))
            .domain(domain("D2").question(one("Q2", "0", "10")))
            .domain(
                domain("D9")
                    .weight(0)
                    .question(one("Q8", "0", "0").required(false))
                    .question(one("Q9", "0", "0", "0").required(false)))
            .curve(linear("1"));
    for (Adjustment.Builder a : adjustments) {
      t.adjustment(a);
    }
    return t;
  }

  @Test
  void twoAdjustmentsOnOneDomainAddTheirPercents() {
    // p(D1) = −10 + −15 = −25: 20 × (1 − 25/100) = 15. D2: 10 × 0.75 = 7.5. Total 22.5.
    Result r =
        run(
            carerTable(
                Adjustment.builder("carer", "Q9").percent("Q9B", -10),
                Adjustment.builder("other", "Q8").percent("Q8B", -15)),
            assessment()
                .answer("Q1", "Q1B")
                .answer("Q2", "Q2B")
                .answer("Q8", "Q8B")
                .answer("Q9", "Q9B"));
    DomainScore d1 = r.domain("D1").orElseThrow();
    assertThat(d1.percent()).isEqualByComparingTo("-25");
    assertThat(d1.adjusted()).isEqualByComparingTo("15");
    assertThat(r.domain("D2").orElseThrow().adjusted()).isEqualByComparingTo("7.5");
    assertThat(
            r.trace().steps(StepKind.ADJUSTMENT).stream()
                .filter(s -> s.subject().equals("D1"))
                .map(s -> s.value().orElseThrow())
                .toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("-10"), dec("-15"));
    assertThat(r.totalPoints()).isEqualByComparingTo("22.5");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("22.50"));
  }

  @Test
  void positiveAdjustmentRaisesPoints() {
    // p = +20: 20 × 1.2 = 24; D2 10 × 1.2 = 12; total 36
    Result r =
        run(
            carerTable(Adjustment.builder("carer", "Q9").percent("Q9C", 20)),
            assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").answer("Q9", "Q9C"));
    assertThat(r.domain("D1").orElseThrow().adjusted()).isEqualByComparingTo("24");
    assertThat(r.totalPoints()).isEqualByComparingTo("36");
  }

  @Test
  void adjustmentsBelowZeroPointsGiveZero() {
    // p = −60 + −50 = −110: max(0, 20 × (1 − 110/100)) = max(0, −2) = 0; D2 max(0, −1) = 0
    Result r =
        run(
            carerTable(
                Adjustment.builder("carer", "Q9").percent("Q9B", -60),
                Adjustment.builder("other", "Q8").percent("Q8B", -50)),
            assessment()
                .answer("Q1", "Q1B")
                .answer("Q2", "Q2B")
                .answer("Q8", "Q8B")
                .answer("Q9", "Q9B"));
    DomainScore d1 = r.domain("D1").orElseThrow();
    assertThat(d1.percent()).isEqualByComparingTo("-110");
    assertThat(d1.adjusted()).isEqualByComparingTo("0");
    assertThat(r.totalPoints()).isEqualByComparingTo("0");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("0.00"));
    assertThat(r.trace().steps(StepKind.DOMAIN_ADJUSTED).get(0).explanation())
        .contains("20 points changed by -110%", "below 0");
  }

  @Test
  void minusHundredPercentGivesExactlyZero() {
    // 20 × (1 − 100/100) = 0
    Result r =
        run(
            carerTable(Adjustment.builder("carer", "Q9").percent("Q9C", -100)),
            assessment().answer("Q1", "Q1B").answer("Q2", "Q2A").answer("Q9", "Q9C"));
    assertThat(r.domain("D1").orElseThrow().adjusted()).isEqualByComparingTo("0");
  }

  @Test
  void restrictedAdjustmentActsOnItsDomainsOnlyAndEmptyListOnAll() {
    // "only-d1" (−10) acts on D1; "all" (−20, no domains) acts on D1, D2 and D9.
    // D1: 20 × (1 − 30/100) = 14; D2: 10 × (1 − 20/100) = 8; D9: 0 × 0.8 = 0. Total 22.
    Result r =
        run(
            carerTable(
                Adjustment.builder("only-d1", "Q9").percent("Q9B", -10).domains("D1"),
                Adjustment.builder("all", "Q8").percent("Q8B", -20)),
            assessment()
                .answer("Q1", "Q1B")
                .answer("Q2", "Q2B")
                .answer("Q8", "Q8B")
                .answer("Q9", "Q9B"));
    assertThat(r.domain("D1").orElseThrow().percent()).isEqualByComparingTo("-30");
    assertThat(r.domain("D1").orElseThrow().adjusted()).isEqualByComparingTo("14");
    assertThat(r.domain("D2").orElseThrow().percent()).isEqualByComparingTo("-20");
    assertThat(r.domain("D2").orElseThrow().adjusted()).isEqualByComparingTo("8");
    assertThat(r.domain("D9").orElseThrow().percent()).isEqualByComparingTo("-20");
    assertThat(r.totalPoints()).isEqualByComparingTo("22");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("22.00"));
  }

  @Test
  void descriptorNotListedOrQuestionUnansweredGivesZeroPercent() {
    // Only Q9B is listed. Q9C chosen: 0%, D1 stays 20, D2 stays 10: total 30.
    RasTable t = carerTable(Adjustment.builder("carer", "Q9").percent("Q9B", -10)).build();
    Result notListed =
        run(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").answer("Q9", "Q9C").build());
    assertThat(notListed.domain("D1").orElseThrow().percent()).isEqualByComparingTo("0");
    assertThat(notListed.totalPoints()).isEqualByComparingTo("30");
    assertThat(notListed.trace().steps(StepKind.ADJUSTMENT)).isEmpty();
    // Q9 unanswered: 0% too, total 20 + 10 = 30.
    Result unanswered = run(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build());
    assertThat(unanswered.domain("D1").orElseThrow().percent()).isEqualByComparingTo("0");
    assertThat(unanswered.totalPoints()).isEqualByComparingTo("30");
    // Q9B chosen: −10% on every domain: 18 + 9 + 0 = 27.
    Result listed =
        run(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").answer("Q9", "Q9B").build());
    assertThat(listed.totalPoints()).isEqualByComparingTo("27");
  }

  @Test
  void fractionalPercent() {
    // p = −12.5: 20 × 0.875 = 17.5; D2 10 × 0.875 = 8.75; total 26.25
    Result r =
        run(
            carerTable(Adjustment.builder("carer", "Q9").percent("Q9B", dec("-12.5"))),
            assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").answer("Q9", "Q9B"));
    assertThat(r.domain("D1").orElseThrow().adjusted()).isEqualByComparingTo("17.5");
    assertThat(r.totalPoints()).isEqualByComparingTo("26.25");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("26.25"));
  }

  @Test
  void totalIsExactSumOfAdjustedDomains() {
    // D1 weight 1/3 ≈ 0.3333: 10 × 0.3333 = 3.333; D2 weight 0.6667: 10 × 0.6667 = 6.667;
    // total exactly 10.000, never rounded before the money step.
    RasTable t =
        table()
            .domain(domain("D1").weight(dec("0.3333")).question(one("Q1", "0", "10")))
            .domain(domain("D2").weight(dec("0.6667")).question(one("Q2", "0", "10")))
            .curve(linear("1"))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build());
    assertThat(r.domain("D1").orElseThrow().adjusted()).isEqualByComparingTo("3.333");
    assertThat(r.totalPoints()).isEqualByComparingTo("10");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void capComesBeforeWeightAndAdjustmentAfterBoth() {
    // raw 25, capped at 20, × weight 1.5 = 30 (not min(25 × 1.5, 20) = 20);
    // then −10%: 30 × 0.9 = 27
    RasTable t =
        table()
            .domain(domain("D1").maxPoints(20).weight(dec("1.5")).question(one("Q1", "0", "25")))
            .domain(domain("D9").weight(0).question(one("Q9", "0", "0").required(false)))
            .adjustment(Adjustment.builder("carer", "Q9").percent("Q9B", -10).domains("D1"))
            .curve(linear("1"))
            .build();
    Result r = run(t, assessment().answer("Q1", "Q1B").answer("Q9", "Q9B").build());
    DomainScore d = r.domain("D1").orElseThrow();
    assertThat(d.raw()).isEqualByComparingTo("25");
    assertThat(d.capped()).isEqualByComparingTo("20");
    assertThat(d.weighted()).isEqualByComparingTo("30");
    assertThat(d.adjusted()).isEqualByComparingTo("27");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("27.00"));
  }

  @Test
  void domainCapOfZero() {
    // min(25, 0) = 0
    RasTable t =
        table()
            .domain(domain("D1").maxPoints(0).question(one("Q1", "0", "25")))
            .curve(linear("1"))
            .build();
    assertThat(run(t, assessment().answer("Q1", "Q1B").build()).totalPoints())
        .isEqualByComparingTo("0");
  }

  @Test
  void maxPointsOnAOneQuestionCapsIt() {
    // docs/decisions 5: Q1 ONE scores 6 but counts at most 4
    Result r = run(table("1", one("Q1", "0", "6").maxPoints(4)), assessment().answer("Q1", "Q1B"));
    assertThat(r.totalPoints()).isEqualByComparingTo("4");
    assertThat(r.trace().steps(StepKind.QUESTION).get(0).number("sum")).isEqualByComparingTo("6");
  }

  @Test
  void severalDomainsAddUp() {
    // D1: 6; D2: 3.5 × 2 = 7; D3: ANY 1 + 2 = 3. Total 16.
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6")))
            .domain(domain("D2").weight(2).question(one("Q2", "0", "3.5")))
            .domain(domain("D3").question(any("Q3", "1", "2")))
            .curve(linear("1"))
            .build();
    Result r =
        run(
            t,
            assessment()
                .answer("Q1", "Q1B")
                .answer("Q2", "Q2B")
                .answerAny("Q3", "Q3A", "Q3B")
                .build());
    assertThat(r.domains()).extracting(DomainScore::code).containsExactly("D1", "D2", "D3");
    assertThat(r.totalPoints()).isEqualByComparingTo("16");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("16.00"));
  }
}
