package org.openras.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.generate.TableGenerator;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.RasTable;
import org.openras.table.Supplement;
import org.openras.testing.LargeTables;
import org.openras.testing.WorkedExample;

/** Each check: a table that triggers it, and one that does not. */
class TableChecksTest {

  /** One domain, Q1 (0, 6, 14), the * curve paying 2 a point: no finding at all. */
  private static RasTable clean() {
    return table("2", one("Q1", "0", "6", "14")).build();
  }

  private static CheckReport check(RasTable t) {
    return TableChecks.check(t);
  }

  @Test
  void aCleanTableHasNoFindingsAndExactExtremes() {
    CheckReport r = check(clean());
    assertThat(r.findings()).isEmpty();
    assertThat(r.exact()).isTrue();
    assertThat(r.hasErrors()).isFalse();
    // one curve, one factor: least 0 points (1A) → 0.00, greatest 14 (1C) → 28.00
    Extremes e = r.extremes().get(0);
    assertThat(e.clientGroup()).isEqualTo("*");
    assertThat(e.locality()).isEqualTo("*");
    assertThat(e.leastPoints().totalPoints()).isEqualByComparingTo("0");
    assertThat(e.leastPoints().assessment().answers().get("Q1").descriptors())
        .containsExactly("Q1A");
    assertThat(e.greatestBudget().budget()).isEqualByComparingTo("28.00");
    assertThat(e.greatestBudget().assessment().answers().get("Q1").descriptors())
        .containsExactly("Q1C");
    assertThat(r.bands()).singleElement().satisfies(b -> assertThat(b.reachable()).isTrue());
  }

  @Test
  void descriptorOrder() {
    CheckReport r = check(table("2", one("Q1", "0", "6", "4")).build());
    assertThat(r.findings(Check.DESCRIPTOR_ORDER))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.pointer()).isEqualTo("/domains/0/questions/0/descriptors/2");
              assertThat(f.figures())
                  .containsEntry("lessNeed", "Q1B")
                  .containsEntry("moreNeed", "Q1C")
                  .containsEntry("lessNeedPoints", "6")
                  .containsEntry("moreNeedPoints", "4");
              assertThat(f.message()).contains("Q1C", "Q1B", "4 < 6");
            });
    assertThat(check(clean()).findings(Check.DESCRIPTOR_ORDER)).isEmpty();
    // ANY questions list no scale of need
    assertThat(check(table("2", any("Q1", "6", "4")).build()).findings(Check.DESCRIPTOR_ORDER))
        .isEmpty();
  }

  @Test
  void severityIsConfigurable() {
    RasTable t = table("2", one("Q1", "0", "6", "4")).build();
    CheckReport r =
        TableChecks.check(
            t, CheckConfig.defaults().withSeverity(Check.DESCRIPTOR_ORDER, Severity.ERROR));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings(Severity.ERROR))
        .extracting(Finding::code)
        .containsExactly("DESCRIPTOR_ORDER");
    assertThat(check(t).hasErrors()).isFalse();
    assertThat(
            CheckConfig.defaults()
                .withSeverities(Map.of(Check.EQUAL_POINTS, Severity.ERROR))
                .severity(Check.EQUAL_POINTS))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void equalPoints() {
    CheckReport r = check(table("2", one("Q1", "0", "6", "6.0")).build());
    assertThat(r.findings(Check.EQUAL_POINTS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.pointer()).isEqualTo("/domains/0/questions/0/descriptors/2");
              assertThat(f.figures())
                  .containsEntry("first", "Q1B")
                  .containsEntry("second", "Q1C")
                  .containsEntry("points", "6");
            });
    assertThat(check(clean()).findings(Check.EQUAL_POINTS)).isEmpty();
  }

  private static RasTable carer(long a, long b, long c) {
    return table("2", one("Q1", "0", "6", "14"))
        .domain(domain("D2").question(one("Q9", "0", "0.5", "1")))
        .adjustment(
            Adjustment.builder("carer", "Q9")
                .percent("Q9A", a)
                .percent("Q9B", b)
                .percent("Q9C", c)
                .domains("D1"))
        .build();
  }

  @Test
  void adjustmentOrder() {
    CheckReport r = check(carer(0, -25, -10));
    assertThat(r.findings(Check.ADJUSTMENT_ORDER))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/adjustments/0/percentByDescriptor/Q9C");
              assertThat(f.figures())
                  .containsEntry("before", "Q9B")
                  .containsEntry("beforePercent", "-25")
                  .containsEntry("after", "Q9C")
                  .containsEntry("afterPercent", "-10");
            });
    assertThat(check(carer(0, -10, -25)).findings(Check.ADJUSTMENT_ORDER)).isEmpty();
  }

  @Test
  void adjustmentsAreAnalysedExactly() {
    // Q1 in D1 (0, 6, 14) × (1 + p), p by Q9: 0%, -10%, -25%; D2 holds Q9 (0, 0.5, 1).
    // Least: 1A + 9A = 0. Greatest: 1C with 9A = 14 + 0 = 14; 1C with 9C = 10.5 + 1 = 11.5.
    CheckReport r = check(carer(0, -10, -25));
    Extremes e = r.extremes().get(0);
    assertThat(e.greatestPoints().totalPoints()).isEqualByComparingTo("14");
    assertThat(e.greatestPoints().assessment().answers().get("Q9").descriptors())
        .containsExactly("Q9A");
    assertThat(e.greatestBudget().budget()).isEqualByComparingTo("28.00");
  }

  @Test
  void curveCliff() {
    // A: 0 + 4/point up to 20 → 80 just below 20; B starts at 70: a drop of 10.
    RasTable cliff =
        table()
            .domain(domain("D1").question(one("Q1", "0", "19", "25")))
            .curve(Curve.builder("*").band("A", 0, 0, dec("4")).band("B", 20, 70, dec("5")))
            .build();
    assertThat(check(cliff).findings(Check.CURVE_CLIFF))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/allocation/curves/0/bands/1");
              assertThat(f.figures())
                  .containsEntry("amountBelowFrom", "80")
                  .containsEntry("amountAtFrom", "70")
                  .containsEntry("drop", "10")
                  .containsEntry("reachedBelow", "19")
                  .containsEntry("reachedAt", "25")
                  .doesNotContainKey("assessmentAt");
            });
    // the greatest budget is not at the greatest points alone: 19 → 76; 25 → 70 + 25 = 95
    assertThat(check(cliff).extremes().get(0).greatestBudget().budget())
        .isEqualByComparingTo("95.00");
    RasTable smooth =
        table()
            .domain(domain("D1").question(one("Q1", "0", "19", "25")))
            .curve(Curve.builder("*").band("A", 0, 0, dec("4")).band("B", 20, 80, dec("5")))
            .build();
    assertThat(check(smooth).findings(Check.CURVE_CLIFF)).isEmpty();
  }

  @Test
  void greatestBudgetInsideACliff() {
    // Q1 0, 19, 21: 19 pays 76, 21 pays 50 + 1 = 51; the greatest budget is at 19 points.
    RasTable cliff =
        table()
            .domain(domain("D1").question(one("Q1", "0", "19", "21")))
            .curve(Curve.builder("*").band("A", 0, 0, dec("4")).band("B", 20, 50, dec("1")))
            .build();
    CheckReport r = check(cliff);
    // the cliff is met by real assessments: 19 points (Q1B) pays 76, 21 points (Q1C) pays 51
    assertThat(r.findings(Check.CURVE_CLIFF))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.figures())
                    .containsEntry("reachedBelow", "19")
                    .containsEntry("moneyBelow", "76")
                    .containsEntry("reachedAt", "21")
                    .containsEntry("moneyAt", "51")
                    .containsEntry("assessmentBelow", "Q1=Q1B")
                    .containsEntry("assessmentAt", "Q1=Q1C"));
    Extremes e = r.extremes().get(0);
    assertThat(e.greatestBudget().budget()).isEqualByComparingTo("76.00");
    assertThat(e.greatestBudget().totalPoints()).isEqualByComparingTo("19");
    assertThat(e.greatestPoints().totalPoints()).isEqualByComparingTo("21");
  }

  @Test
  void unreachableBand() {
    // the most is 14 points; band C from 100 is out of reach, band B from 10 is not
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, dec("2"))
                    .band("B", 10, 20, dec("2"))
                    .band("C", 100, 200, dec("0")))
            .build();
    CheckReport r = check(t);
    assertThat(r.findings(Check.UNREACHABLE_BAND))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/allocation/curves/0/bands/2");
              assertThat(f.figures())
                  .containsEntry("band", "C")
                  .containsEntry("greatestTotalBelow", "14");
            });
    assertThat(r.bands()).extracting(BandReach::reachable).containsExactly(true, true, false);
    assertThat(r.bands().get(1).leastTotal()).contains(new BigDecimal("14"));
    // a band between two reachable totals: B from 7 to below 10, totals 6 and 14
    RasTable gap =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, dec("2"))
                    .band("B", 7, 20, dec("2"))
                    .band("C", 10, 30, dec("1")))
            .build();
    assertThat(check(gap).findings(Check.UNREACHABLE_BAND))
        .extracting(Finding::pointer)
        .containsExactly("/allocation/curves/0/bands/1");
    assertThat(check(clean()).findings(Check.UNREACHABLE_BAND)).isEmpty();
  }

  @Test
  void domainCaps() {
    RasTable high =
        table()
            .domain(domain("D1").maxPoints(100).question(one("Q1", "0", "14")))
            .curve(linear("1"))
            .build();
    assertThat(check(high).findings(Check.CAP_UNREACHABLE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/domains/0/maxPoints");
              assertThat(f.figures()).containsEntry("greatestUncapped", "14");
            });
    RasTable low =
        table()
            .domain(domain("D1").maxPoints(3).question(one("Q1", "5", "14")))
            .curve(linear("1"))
            .build();
    assertThat(check(low).findings(Check.CAP_ALWAYS_EXCEEDED))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("leastUncapped", "5"));
    RasTable fine =
        table()
            .domain(domain("D1").maxPoints(10).question(one("Q1", "0", "14")))
            .curve(linear("1"))
            .build();
    assertThat(check(fine).findings()).isEmpty();
    // an ANY question's cap, likewise: 4 + 3 = 7 never reaches 9
    RasTable anyCap =
        table()
            .domain(domain("D1").question(any("Q1", "4", "3").maxPoints(9)))
            .curve(linear("1"))
            .build();
    assertThat(check(anyCap).findings(Check.CAP_UNREACHABLE))
        .extracting(Finding::pointer)
        .containsExactly("/domains/0/questions/0/maxPoints");
  }

  @Test
  void ceiling() {
    // greatest 14 points × 2 = 28 before the ceiling
    assertThat(
            check(table("2", one("Q1", "0", "6", "14")).ceiling(dec("1000")).build())
                .findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.figures())
                    .containsEntry("greatestAmount", "28")
                    .containsEntry("ceiling", "1000"));
    assertThat(
            check(table("2", one("Q1", "0", "6", "14")).ceiling(dec("28")).build())
                .findings(Check.CEILING_UNREACHABLE))
        .isEmpty();
    // with a supplement and a cost factor: (28 + 10) × 1.5 = 57 reaches a ceiling of 57
    RasTable withSupplement =
        table("2", one("Q1", "0", "6", "14"))
            .supplement(Supplement.builder("s", "Q1").amount("Q1C", 10))
            .costFactor("*", dec("1"))
            .costFactor("inner", dec("1.5"))
            .ceiling(dec("57"))
            .build();
    assertThat(check(withSupplement).findings(Check.CEILING_UNREACHABLE)).isEmpty();
    assertThat(check(withSupplement).extremes()).hasSize(2);
    assertThat(check(withSupplement).extremes().get(1).greatestBudget().budget())
        .isEqualByComparingTo("57.00");
  }

  @Test
  void limitsNotMultiplesOfTheIncrement() {
    RasTable t = table("2", one("Q1", "0", "6", "14")).ceiling(dec("20.005")).build();
    assertThat(check(t).findings(Check.LIMIT_NOT_ROUNDED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/allocation/ceiling");
              assertThat(f.figures()).containsEntry("increment", "0.01");
            });
    assertThat(
            check(
                    table("2", one("Q1", "0", "6", "14"))
                        .ceiling(dec("20.01"))
                        .floor(dec("1"))
                        .build())
                .findings(Check.LIMIT_NOT_ROUNDED))
        .isEmpty();
  }

  @Test
  void adjustmentsAndSupplementsThatNeverAct() {
    RasTable t =
        table("2", one("Q1", "0", "6", "14"))
            .domain(domain("D2").weight(0).question(one("Q9", "0", "1")))
            .adjustment(Adjustment.builder("zero", "Q9").percent("Q9A", 0).percent("Q9B", 0))
            .adjustment(Adjustment.builder("weightless", "Q9").percent("Q9B", -10).domains("D2"))
            .adjustment(Adjustment.builder("acts", "Q9").percent("Q9B", -10).domains("D1"))
            .supplement(Supplement.builder("nothing", "Q1").amount("Q1C", 0))
            .supplement(Supplement.builder("pays", "Q1").amount("Q1B", 0).amount("Q1C", 5))
            .build();
    CheckReport r = check(t);
    assertThat(r.findings(Check.ADJUSTMENT_NO_EFFECT))
        .extracting(Finding::pointer)
        .containsExactly("/adjustments/0", "/adjustments/1");
    assertThat(r.findings(Check.SUPPLEMENT_NO_EFFECT))
        .extracting(Finding::pointer)
        .containsExactly("/allocation/supplements/0");
    assertThat(r.rules())
        .extracting(RuleReach::id, RuleReach::canFire)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("zero", false),
            org.assertj.core.groups.Tuple.tuple("weightless", false),
            org.assertj.core.groups.Tuple.tuple("acts", true),
            org.assertj.core.groups.Tuple.tuple("nothing", false),
            org.assertj.core.groups.Tuple.tuple("pays", true));
    assertThat(r.rules().get(4).descriptors()).containsExactly("Q1C");
  }

  @Test
  void beyondTheBoundsTheReportSaysSoInsteadOfGuessing() {
    RasTable t = carer(0, -10, -25);
    CheckReport r = TableChecks.check(t, CheckConfig.defaults().withBounds(2, 1_000));
    assertThat(r.exact()).isFalse();
    assertThat(r.extremes()).isEmpty();
    assertThat(r.bands()).isEmpty();
    assertThat(r.findings(Check.NOT_EXACT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("more than 2 combinations"));
    RasTable many =
        table("1", one("Q1", "0", "1", "2", "3"), one("Q2", "0", "10", "20", "30")).build();
    assertThat(
            TableChecks.check(many, CheckConfig.defaults().withBounds(10, 10))
                .findings(Check.NOT_EXACT))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("more than 10 distinct points and money pairs within one domain"));
    assertThat(TableChecks.check(many, CheckConfig.defaults().withBounds(10, 16)).exact()).isTrue();
    assertThatThrownBy(() -> CheckConfig.defaults().withBounds(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutTheExactAnalysisTheCeilingIsCheckedAgainstTheCurveAlone() {
    CheckConfig tiny = CheckConfig.defaults().withBounds(1, 1);
    // the curve's flat top band pays 50; + supplement 10; × greatest factor 1.5 = 90 < 100
    RasTable flat =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(Curve.builder("*").band("A", 0, 0, dec("2")).band("B", 20, 50, dec("0")))
            .supplement(Supplement.builder("s", "Q1").amount("Q1B", 4).amount("Q1C", 10))
            .costFactor("*", dec("1"))
            .costFactor("inner", dec("1.5"))
            .ceiling(dec("100"))
            .build();
    CheckReport r = TableChecks.check(flat, tiny);
    assertThat(r.exact()).isFalse();
    assertThat(r.findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("greatestAmount", "90"));
    // a curve still rising in its last band can reach any ceiling: no finding
    RasTable rising =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(linear("2"))
            .ceiling(dec("100000"))
            .build();
    assertThat(TableChecks.check(rising, tiny).findings(Check.CEILING_UNREACHABLE)).isEmpty();
    // exactly, the first table's greatest is (28 + 10) × 1.5 = 57
    assertThat(check(flat).findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("greatestAmount", "57"));
  }

  @Test
  void anAnyQuestionOfManyDescriptorsIsExactWithoutListingItsSubsets() {
    // 30 descriptors of 1 to 30 points: 2^30 subsets, but only the sums 0…465 matter
    String[] points = new String[30];
    for (int i = 0; i < 30; i++) {
      points[i] = String.valueOf(i + 1);
    }
    RasTable t = table("1", any("Q1", points).maxPoints(400)).ceiling(dec("1000")).build();
    CheckReport r = check(t);
    assertThat(r.exact()).isTrue();
    Extremes e = r.extremes().get(0);
    // capped at 400; the example's subset really sums to at least 400 (the engine reran it)
    assertThat(e.greatestPoints().totalPoints()).isEqualByComparingTo("400");
    assertThat(e.leastPoints().assessment().answers().get("Q1").descriptors()).isEmpty();
    // greatest before the ceiling: 400 × 1 = 400 < 1000
    assertThat(r.findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("greatestAmount", "400"));
  }

  @Test
  void workedExample() {
    CheckReport r = check(WorkedExample.table());
    // D1 holds at most 24 + 20 = 44 raw points: its cap of 40 is reachable.
    assertThat(r.findings(Check.CAP_UNREACHABLE)).isEmpty();
    // Q9's three descriptors all score 0: two equal-points findings (9B = 9A, 9C = 9A).
    assertThat(r.findings(Check.EQUAL_POINTS)).hasSize(2);
    assertThat(r.exact()).isTrue();
    // greatest: D1 40 + D2 15 + D3 9 + D4 0 = 64 with no carer
    assertThat(r.extremes().get(0).greatestPoints().totalPoints()).isEqualByComparingTo("64");
    // 2 curves × 2 cost factors
    assertThat(r.extremes()).hasSize(4);
  }

  /**
   * Sixty questions of six descriptors are analysed exactly, well within the work that stands for
   * about a second ({@link CheckConfig#MAX_WORK}). The bound is on the work the analysis counts,
   * not on time: time (wall-clock, and even this thread's CPU time, which grows when the JIT's
   * threads are starved and the code runs interpreted longer) depends on the machine and its load,
   * and failed on a shared build machine; the counted work is the same on every run, so a change
   * that makes the analysis do more fails here on any machine.
   */
  @Test
  void sixtyQuestionsOfSixDescriptorsWithinASecondOfWork() {
    TableGenerator big = LargeTables.sixtyQuestionsOfSixDescriptors();
    for (long seed = 1; seed <= 5; seed++) {
      RasTable t = big.generate(seed);
      assertThat(t.questions()).hasSize(60);
      CheckConfig cfg = CheckConfig.defaults();
      Analysis a = Analysis.run(t, cfg, new Findings(cfg));
      assertThat(a.exact()).as("seed %d", seed).isTrue();
      // the most of the five (seed 1) counts 235,485,582 word operations and 140,086 sums
      assertThat(a.work()).as("seed %d work", seed).isLessThan(CheckConfig.MAX_WORK * 3 / 4);
      assertThat(a.sums()).as("seed %d sums", seed).isLessThan(CheckConfig.MAX_SUMS / 100);
      assertThat(a.peakMemory()).as("seed %d memory", seed).isLessThan(cfg.maxMemory() / 8);
    }
  }

  @Test
  void aClientGroupsOwnLimitsDecideItsLeastAndGreatestBudget() {
    // older: Q1 (0, 6, 14) × 3 = 0 to 42 before its own floor 20 and ceiling 30
    RasTable t =
        table("2", one("Q1", "0", "6", "14"))
            .curve(linear("older", "3").floor(dec("20")).ceiling(dec("30")))
            .build();
    CheckReport r = check(t);
    assertThat(r.findings()).isEmpty();
    Extremes older =
        r.extremes().stream()
            .filter(e -> e.clientGroup().equals("older"))
            .findFirst()
            .orElseThrow();
    assertThat(older.leastBudget().budget()).isEqualByComparingTo("20.00");
    assertThat(older.greatestBudget().budget()).isEqualByComparingTo("30.00");
    Extremes any =
        r.extremes().stream().filter(e -> e.clientGroup().equals("*")).findFirst().orElseThrow();
    assertThat(any.leastBudget().budget()).isEqualByComparingTo("0.00");
    assertThat(any.greatestBudget().budget()).isEqualByComparingTo("28.00");
  }

  @Test
  void theAllocationsCeilingIsJudgedOnlyWhereItIsInForce() {
    // * pays at most 14 × 2 = 28 < 40; older (up to 42) has its own ceiling, so 42 does not count
    RasTable t =
        table("2", one("Q1", "0", "6", "14"))
            .curve(linear("older", "3").ceiling(dec("42")))
            .ceiling(dec("40"))
            .build();
    assertThat(check(t).findings(Check.CEILING_UNREACHABLE))
        .singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("greatestAmount", "28"));
    // every curve has its own ceiling: the allocation's is never in force, nothing to judge
    RasTable none =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(linear("*", "2").ceiling(dec("28")))
            .ceiling(dec("1000"))
            .build();
    assertThat(check(none).findings(Check.CEILING_UNREACHABLE)).isEmpty();
    assertThat(
            TableChecks.check(none, CheckConfig.defaults().withBounds(1, 1))
                .findings(Check.CEILING_UNREACHABLE))
        .isEmpty();
  }

  @Test
  void aCurvesOwnFloorAboveOrCeilingBelowItsReach() {
    // older: 0 to 14 × 3 = 42; its floor 50 is above 42
    RasTable floor =
        table("2", one("Q1", "0", "6", "14")).curve(linear("older", "3").floor(dec("50"))).build();
    assertThat(check(floor).findings(Check.CURVE_LIMIT_UNREACHABLE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.pointer()).isEqualTo("/allocation/curves/1/floor");
              assertThat(f.message())
                  .isEqualTo(
                      "the floor of 50 of the curve for client group older is above every amount"
                          + " the curve can reach: the most any assessment gets on it before its"
                          + " limits, in any locality, is 42, so everyone in the group gets the"
                          + " floor");
              assertThat(f.figures())
                  .containsEntry("clientGroup", "older")
                  .containsEntry("floor", "50")
                  .containsEntry("greatestAmount", "42");
            });
    // with a locality paying 1.5 times: 42 × 1.5 = 63 reaches past 50
    RasTable factor =
        table("2", one("Q1", "0", "6", "14"))
            .curve(linear("older", "3").floor(dec("50")))
            .costFactor("*", dec("1"))
            .costFactor("inner", dec("1.5"))
            .build();
    assertThat(check(factor).findings(Check.CURVE_LIMIT_UNREACHABLE)).isEmpty();
    // older: 20 + points × 1 = 20 to 34; its ceiling 15 is below 20
    RasTable ceiling =
        table("2", one("Q1", "0", "6", "14"))
            .curve(
                Curve.builder("older")
                    .band("A", BigDecimal.ZERO, new BigDecimal("20"), BigDecimal.ONE)
                    .ceiling(dec("15")))
            .build();
    assertThat(check(ceiling).findings(Check.CURVE_LIMIT_UNREACHABLE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/allocation/curves/1/ceiling");
              assertThat(f.message())
                  .isEqualTo(
                      "the ceiling of 15 of the curve for client group older is below every"
                          + " amount the curve can reach: the least any assessment gets on it"
                          + " before its limits, in any locality, is 20, so everyone in the group"
                          + " gets the ceiling");
              assertThat(f.figures())
                  .containsEntry("ceiling", "15")
                  .containsEntry("leastAmount", "20");
            });
    // limits just within reach (the floor at the most, 42; the ceiling at the least, 0): none
    for (Curve.Builder older :
        java.util.List.of(
            linear("older", "3").floor(dec("42")), linear("older", "3").ceiling(dec("0")))) {
      RasTable fine = table("2", one("Q1", "0", "6", "14")).curve(older).build();
      assertThat(check(fine).findings(Check.CURVE_LIMIT_UNREACHABLE)).isEmpty();
    }
  }

  @Test
  void aPanelBandNoCombinationReachesIsUnreachable() {
    // * : A from 0 at 2 a point; P (the panel decides) from 100; the most is 14 points
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "6", "14")))
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, dec("2"))
                    .band("P", 100, 200, dec("0"))
                    .panelFromLastBand())
            .build();
    CheckReport r = check(t);
    assertThat(r.findings(Check.UNREACHABLE_BAND))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/allocation/curves/0/bands/1");
              assertThat(f.figures())
                  .containsEntry("band", "P")
                  .containsEntry("greatestTotalBelow", "14");
            });
    assertThat(r.bands()).extracting(BandReach::reachable).containsExactly(true, false);
  }
}
