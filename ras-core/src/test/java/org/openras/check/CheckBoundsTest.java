package org.openras.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.generate.TableGenerator;
import org.openras.table.Curve;
import org.openras.table.RasTable;
import org.openras.testing.Properties;

/**
 * The exact analysis is bounded in memory and time on every table (hostile ones with choose-all
 * questions included), exact whenever the answers can be enumerated within the bounds (points with
 * many decimals included), and says the true reason when it is not.
 */
class CheckBoundsTest {

  /**
   * A choose-all question of {@code n} descriptors whose points make every subset sum distinct
   * (powers of two, shifted by a fraction per question): 2^n sums.
   */
  static org.openras.table.Question.Builder chooseAll(String code, int n, int salt) {
    String[] pts = new String[n];
    for (int k = 0; k < n; k++) {
      pts[k] = BigDecimal.valueOf(1L << k).add(BigDecimal.valueOf(salt + k, 3)).toPlainString();
    }
    return any(code, pts);
  }

  /** Five choose-all questions of 19 descriptors in one domain, four more in a second one. */
  static RasTable hostile() {
    var d1 = domain("D1");
    for (int q = 0; q < 5; q++) {
      d1.question(chooseAll("A" + q, 19, 100 * q + 1));
    }
    var d2 = domain("D2");
    for (int q = 0; q < 4; q++) {
      d2.question(chooseAll("B" + q, 19, 100 * q + 7));
    }
    return table().domain(d1).domain(d2).curve(linear("1")).build();
  }

  @Test
  void choseAllQuestionsStopAtTheMemoryBoundWithinSecondsSayingSo() {
    RasTable t = hostile();
    CheckConfig cfg = CheckConfig.defaults().withMaxMemory(16L << 20);
    long start = System.nanoTime();
    Findings out = new Findings(cfg);
    Analysis a = Analysis.run(t, cfg, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(a.exact()).isFalse();
    assertThat(a.peakMemory()).isLessThanOrEqualTo(cfg.maxMemory());
    assertThat(seconds).as("seconds").isLessThan(20);
    assertThat(out.sorted())
        .filteredOn(f -> f.check() == Check.NOT_EXACT)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("would need more than 16 MB of memory")
                  .doesNotContain("answer space");
              assertThat(f.figures()).containsEntry("maxMemory", String.valueOf(16L << 20));
            });
  }

  @Test
  void withTheDefaultBoundsTheHostileTableIsNotExactForATrueReason() {
    CheckReport r = TableChecks.check(hostile());
    assertThat(r.exact()).isFalse();
    assertThat(r.extremes()).isEmpty();
    assertThat(r.findings(Check.NOT_EXACT))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.figures().get("reason"))
                    .containsAnyOf(
                        "more than 1000000 distinct points and money pairs",
                        "of memory",
                        "sums of points and money to enumerate"));
  }

  @Test
  void twoAssessmentsWithManyDecimalsAreEnumeratedExactly() {
    // two possible totals, a millionth apart from a million: a lattice of 10^12 steps
    RasTable t = table("1", one("Q1", "0", "1000000.000001")).build();
    CheckReport r = TableChecks.check(t);
    assertThat(r.exact()).as("%s", r.findings(Check.NOT_EXACT)).isTrue();
    assertThat(r.extremes())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.leastPoints().totalPoints()).isEqualByComparingTo("0");
              assertThat(e.greatestPoints().totalPoints()).isEqualByComparingTo("1000000.000001");
            });
  }

  @Test
  void fewTotalsOnAFineLatticeGiveBandsAndCliffsExactly() {
    // every point a different many-decimal figure; a band between the totals is unreachable
    RasTable t =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0.0000001", "5.1234567", "9000.7654321"))
                    .question(one("Q2", "0.0000003", "11.0000009")))
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, new BigDecimal("1"))
                    .band("B", 10, 5, BigDecimal.ZERO)
                    .band("C", 9000, 9500, BigDecimal.ZERO)
                    .band("D", 9020, 9600, BigDecimal.ZERO))
            .build();
    // totals: 0.0000004, 5.123457, 11.000001, 16.1234576, 9000.7654324, 9011.765433
    CheckReport r = TableChecks.check(t);
    assertThat(r.exact()).as("%s", r.findings(Check.NOT_EXACT)).isTrue();
    assertThat(r.bands()).extracting(BandReach::reachable).containsExactly(true, true, true, false);
    assertThat(r.findings(Check.UNREACHABLE_BAND))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.figures())
                    .containsEntry("greatestTotalBelow", "9011.765433")
                    .containsEntry("leastTotal", "0.0000004"));
    // band B pays 5 from 10 points, band A 10 just below: the assessments on both sides
    assertThat(r.findings(Check.CURVE_CLIFF))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.figures())
                    .containsEntry("reachedBelow", "5.123457")
                    .containsEntry("reachedAt", "11.000001")
                    .containsEntry("assessmentBelow", "Q1=Q1B Q2=Q2A")
                    .containsEntry("assessmentAt", "Q1=Q1A Q2=Q2B"));
  }

  @Test
  void aTableTooFineAndTooLargeToListSaysBoth() {
    // ten domains of a question of distinct many-decimal points: 4^10 totals, too many for 1 MB
    var t0 = table();
    for (int q = 0; q < 10; q++) {
      t0.domain(
          domain("D" + q)
              .question(
                  one(
                      "Q" + q,
                      "0",
                      BigDecimal.valueOf(1L << (2 * q), 7).toPlainString(),
                      BigDecimal.valueOf(2L << (2 * q), 7).toPlainString(),
                      BigDecimal.valueOf(3L << (2 * q), 7)
                          .add(new BigDecimal("100000"))
                          .toPlainString())));
    }
    RasTable t = t0.curve(linear("1")).build();
    CheckReport r = TableChecks.check(t, CheckConfig.defaults().withMaxMemory(1L << 20));
    assertThat(r.exact()).isFalse();
    assertThat(r.findings(Check.NOT_EXACT))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("the totals span")
                    .contains("listing the reachable totals one by one")
                    .contains("1 MB of memory"));
  }

  @Test
  void largeFiguresNeverOverflowSilently() {
    // supplements near the top of a long: their sum overflows 64 bits, which is said, not wrapped
    RasTable t =
        table("1", one("Q1", "0", "1"), one("Q2", "0", "1"))
            .supplement(
                org.openras.table.Supplement.builder("s1", "Q1")
                    .amount("Q1B", new BigDecimal("9000000000000000000")))
            .supplement(
                org.openras.table.Supplement.builder("s2", "Q2")
                    .amount("Q2B", new BigDecimal("9000000000000000000")))
            .build();
    CheckReport r = TableChecks.check(t);
    assertThat(r.exact()).isFalse();
    assertThat(r.findings(Check.NOT_EXACT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("too large to be held exactly"));
  }

  /**
   * Generated tables heavy in choose-all questions of many descriptors: every one is answered
   * within the memory bound, exact or not exact for a reason among the bounds.
   */
  @Test
  void chooseAllHeavyGeneratedTablesStayWithinTheirBounds() {
    TableGenerator heavy =
        TableGenerator.defaults()
            .withDomains(1, 4)
            .withQuestionsPerDomain(2, 6)
            .withDescriptorsPerQuestion(6, 12)
            .withAnyShare(0.8)
            .withMaxSupplements(3);
    CheckConfig cfg = CheckConfig.defaults().withMaxMemory(8L << 20);
    int[] exact = {0};
    Properties.forAll(
        "choose-all heavy tables within bounds",
        Properties.seeds(11, 20),
        c -> {
          RasTable t = c.table(heavy.generate(c.seed()));
          Findings out = new Findings(cfg);
          Analysis a = Analysis.run(t, cfg, out);
          assertThat(a.peakMemory()).isLessThanOrEqualTo(cfg.maxMemory());
          if (a.exact()) {
            exact[0]++;
          } else {
            assertThat(out.sorted())
                .filteredOn(f -> f.check() == Check.NOT_EXACT)
                .singleElement()
                .satisfies(
                    f ->
                        assertThat(f.figures().get("reason"))
                            .containsAnyOf(
                                "memory",
                                "distinct points and money pairs",
                                "sums of points and money",
                                "word operations",
                                "distinct sums of supplement money",
                                "combinations of answers"));
          }
        });
    assertThat(exact[0]).as("some still exact").isPositive();
  }

  @Test
  void anInterruptedAnalysisStopsSayingSo() {
    Thread.currentThread().interrupt();
    try {
      CheckReport r = TableChecks.check(hostile());
      assertThat(r.exact()).isFalse();
      assertThat(r.findings(Check.NOT_EXACT))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("interrupted"));
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
    }
  }

  @Test
  void theMemoryBoundIsAtLeastOneMegabyte() {
    assertThatThrownBy(() -> CheckConfig.defaults().withMaxMemory(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 MB");
    assertThat(CheckConfig.defaults().maxMemory()).isEqualTo(CheckConfig.DEFAULT_MAX_MEMORY);
    assertThat(CheckConfig.defaults().withMaxMemory(2L << 20).maxMemory()).isEqualTo(2L << 20);
  }
}
