package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.byAmount;
import static org.openras.testing.Tiny.byPercent;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openras.InvalidAssessmentException;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Supplement;
import org.openras.testing.Tiny;

/**
 * The scaled calculation against the exact one: every case computed both ways must give equal
 * {@link Result}s — every {@code BigDecimal} with the same value and the same scale, the same
 * curve, band and flags. (Every hand-computed case of the other engine tests is also compared,
 * through {@link Tiny#run}.) Where a figure leaves the {@code long} range the scaled calculation
 * must give up, and the engine's untraced result must still be the exact one.
 */
class ScaledCalculationTest {
  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP,
    RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR
  };

  /**
   * What the differential run saw: how many cases were computed in scaled longs, how many fell
   * back.
   */
  private static final class Counts {
    int scaled;
    int fellBack;

    /**
     * Cases whose headline figures were computed (without falling back to the exact calculation).
     */
    int headline;
  }

  /**
   * Computes {@code a} with the exact calculation and with the scaled one (when the table compiles
   * and nothing overflows), and through the engine untraced; all must be equal.
   */
  private static void compare(RasTable t, Assessment a, Counts counts) {
    Plan plan = new Plan(t);
    Encoding encoded = AnswerRules.encode(plan, a);
    Result exact = ExactCalculation.compute(plan, a, encoded, NoRecording.INSTANCE);
    java.util.function.Supplier<String> what =
        () ->
            "table "
                + t.canonicalForm()
                + "\nassessment "
                + a
                + " "
                + a.moderations()
                + " "
                + a.clientGroup()
                + " "
                + a.locality();
    if (plan.scaled != null) {
      Encoding e = AnswerRules.encode(plan, a);
      assertThat(e).as("the encoding of a valid assessment").isNotNull();
      Result scaled = null;
      if (e.fits) {
        try {
          scaled = ScaledCalculation.result(plan.scaled, a, e);
        } catch (ArithmeticException tooBig) {
          scaled = null;
        }
      }
      if (scaled != null) {
        assertThat(scaled).as(what).isEqualTo(exact);
        counts.scaled++;
      } else {
        counts.fellBack++;
      }
    } else {
      counts.fellBack++;
    }
    RasEngine engine = RasEngine.of(t);
    assertThat(engine.calculate(a, Tracing.OFF)).as(what).isEqualTo(exact);
    // again: now from the encoding kept in the assessment
    assertThat(engine.calculate(a, Tracing.OFF)).as(what).isEqualTo(exact);
    assertThat(Tiny.withoutTrace(engine.calculate(a, Tracing.ON))).as(what).isEqualTo(exact);
    // the headline figures: from a new engine (the encoding made), then kept, into one holder
    HeadlineFigures f = new HeadlineFigures();
    Tiny.assertSameFigures(RasEngine.of(t).calculate(a, f), exact, what);
    Tiny.assertSameFigures(engine.calculate(a, f), exact, what);
    if (plan.scaled != null) {
      Encoding e = AnswerRules.encode(plan, a);
      boolean headlineFits = e.fits;
      if (headlineFits) {
        try {
          ScaledCalculation.compute(plan.scaled, e, new ScaledFigures(), null);
        } catch (ArithmeticException tooBig) {
          headlineFits = false;
        }
      }
      assertThat(headlineFits)
          .as("the headline figures give up exactly when the whole result does: %s", what)
          .isEqualTo(e.fits && resultComputes(plan.scaled, a, e));
      if (headlineFits) {
        counts.headline++;
      }
    }
  }

  private static boolean resultComputes(ScaledTable p, Assessment a, Encoding e) {
    try {
      ScaledCalculation.result(p, a, e);
      return true;
    } catch (ArithmeticException tooBig) {
      return false;
    }
  }

  private static Counts run(TableGenerator tables, int nTables, int perTable, double moderated) {
    Counts counts = new Counts();
    for (long seed = 1; seed <= nTables; seed++) {
      RasTable t = tables.generate(seed);
      AssessmentGenerator gen =
          AssessmentGenerator.forTable(t).withModerationProbability(moderated);
      for (Assessment a : gen.stream(seed, perTable).toList()) {
        compare(t, a, counts);
      }
    }
    return counts;
  }

  /**
   * The largest differential runs are tagged {@code large-differential}: PIT leaves them out
   * (ras-core's {@code pit} profile), as the other generated runs kill the same mutants; every
   * normal build runs them.
   */
  @Test
  @Tag("large-differential")
  void generatedTablesOfTheDefaultConfiguration() {
    Counts c = run(TableGenerator.defaults(), 400, 10, 0.5);
    assertThat(c.scaled).as("cases computed by the scaled calculation").isEqualTo(4000);
  }

  /**
   * Spec v1.1: panel bands, curve limits, units with and without a price, set moderations and other
   * funding, in both periods; every case by the scaled calculation, equal to the exact one, and
   * every v1.1 rule seen many times.
   */
  @ParameterizedTest
  @EnumSource(Period.class)
  void generatedV11TablesAndAssessments(Period period) {
    TableGenerator tables = TableGenerator.defaults().withV11Fields(0.5).withPeriods(period);
    Counts counts = new Counts();
    int panel = 0;
    int sets = 0;
    int council = 0;
    int covered = 0;
    int costs = 0;
    int ownLimits = 0;
    for (long seed = 1; seed <= 300; seed++) {
      RasTable t = tables.generate(seed);
      AssessmentGenerator gen =
          AssessmentGenerator.forTable(t).withModerationProbability(0.5).withV11Fields(0.5);
      for (Assessment a : gen.stream(seed, 10).toList()) {
        compare(t, a, counts);
        Result r = RasEngine.of(t).calculate(a, Tracing.OFF);
        panel += r.has(Flag.PANEL_DECISION_REQUIRED) ? 1 : 0;
        sets += a.moderations().stream().anyMatch(m -> m.set().isPresent()) ? 1 : 0;
        council += r.councilBudget().isPresent() ? 1 : 0;
        covered += r.has(Flag.OTHER_FUNDING_COVERS_BUDGET) ? 1 : 0;
        costs += r.indicativeBudget().cost().isPresent() ? 1 : 0;
        boolean own =
            t.allocation().curves().stream()
                .anyMatch(c -> c.clientGroup().equals(r.curve()) && c.hasOwnLimits());
        ownLimits += own && (r.has(Flag.FLOOR_APPLIED) || r.has(Flag.CEILING_APPLIED)) ? 1 : 0;
      }
    }
    assertThat(counts.scaled).as("cases computed by the scaled calculation").isEqualTo(3000);
    assertThat(panel).as("panel bands reached").isGreaterThan(100);
    assertThat(sets).as("set moderations").isGreaterThan(500);
    assertThat(council).as("council budgets").isGreaterThan(300);
    assertThat(covered).as("other funding covering the budget").isGreaterThan(20);
    assertThat(costs).as("budgets with a cost").isGreaterThan(300);
    assertThat(ownLimits).as("a curve's own limit applied").isGreaterThan(50);
  }

  @Test
  @Tag("large-differential")
  void generatedAnnualTables() {
    Counts c = run(TableGenerator.defaults().withPeriods(Period.YEAR), 200, 10, 0.5);
    assertThat(c.scaled).isEqualTo(2000);
  }

  @ParameterizedTest
  @EnumSource(
      value = RoundingMode.class,
      names = {"UNNECESSARY", "HALF_DOWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyRoundingModeAndOddIncrements(RoundingMode mode) {
    TableGenerator tables =
        TableGenerator.defaults()
            .withRoundingModes(mode)
            .withRoundingIncrements(
                dec("0.01"),
                dec("0.001"),
                dec("0.05"),
                dec("0.3"),
                dec("0.25"),
                dec("1"),
                dec("7"),
                dec("5"),
                dec("0.125"))
            .withPeriods(Period.WEEK, Period.YEAR);
    Counts c = run(tables, 150, 8, 0.6);
    assertThat(c.scaled).isEqualTo(1200);
  }

  @Test
  void largeTablesWithManyAdjustmentsSupplementsCapsAndLimits() {
    TableGenerator tables =
        TableGenerator.defaults()
            .withDomains(4, 9)
            .withQuestionsPerDomain(2, 6)
            .withDescriptorsPerQuestion(2, 6)
            .withAnyShare(0.4)
            .withCapProbability(0.7)
            .withMaxAdjustments(6)
            .withMaxSupplements(5)
            .withMaxBands(6)
            .withFloorProbability(0.8)
            .withCeilingProbability(0.8);
    Counts c = run(tables, 150, 10, 0.5);
    assertThat(c.scaled).isEqualTo(1500);
  }

  /** Hand-picked scales: decimals in every kind of number, adjustments below −100%, limits. */
  @Test
  void oddScalesNegativeAdjustmentsAndLimits() {
    Counts counts = new Counts();
    SplittableRandom r = new SplittableRandom(5);
    String[] points = {"0", "0.125", "3", "7.5", "10.05", "0.001", "12"};
    String[] weights = {"0", "1", "1.5", "0.333", "2.25"};
    String[] percents = {"-100", "-75.5", "-60", "-12.125", "0", "5", "33.3"};
    String[] perPoints = {"0", "1", "4.1", "3.333", "0.05"};
    String[] moderations = {"40.000", "-1000", "0.005", "1E+2", "-3.3", "12.5", "-100", "250"};
    for (int i = 0; i < 400; i++) {
      RasTable.Builder t =
          table()
              .domain(
                  domain("D1")
                      .weight(dec(pick(r, weights)))
                      .maxPoints(dec("15.5"))
                      .question(one("Q1", pick(r, points), pick(r, points), pick(r, points)))
                      .question(
                          any("Q2", pick(r, points), pick(r, points), pick(r, points))
                              .maxPoints(dec("9.25"))))
              .domain(
                  domain("D2")
                      .weight(dec(pick(r, weights)))
                      .question(one("Q3", pick(r, points), pick(r, points))))
              .domain(domain("D3").question(one("Q4", "0", "0", "0")))
              .adjustment(
                  Adjustment.builder("a1", "Q4")
                      .percent("Q4B", dec(pick(r, percents)))
                      .percent("Q4C", dec(pick(r, percents))))
              .adjustment(
                  Adjustment.builder("a2", "Q3")
                      .percent("Q3B", dec(pick(r, percents)))
                      .domains("D1"))
              .adjustment(Adjustment.builder("a3", "Q4").percent("Q4C", dec("-100")).domains("D2"))
              .curve(
                  Curve.builder("*")
                      .band("A", BigDecimal.ZERO, BigDecimal.ZERO, dec(pick(r, perPoints)))
                      .band("B", dec("5.5"), dec("20.125"), dec(pick(r, perPoints)))
                      .band("C", dec("12"), dec("31"), dec(pick(r, perPoints))))
              .curve(linear("older-people", pick(r, perPoints)))
              .supplement(
                  Supplement.builder("s1", "Q2")
                      .amount("Q2A", dec("3.333"))
                      .amount("Q2C", dec("10")))
              .costFactor("*", dec("1"))
              .costFactor("inner", dec("1.0825"))
              .period(r.nextBoolean() ? Period.WEEK : Period.YEAR)
              .weeksPerYear(dec(r.nextBoolean() ? "52" : "52.1786"))
              .rounding(dec(r.nextBoolean() ? "0.01" : "0.05"), MODES[r.nextInt(MODES.length)])
              .tolerancePercent(dec(r.nextBoolean() ? "10" : "2.5"));
      if (r.nextBoolean()) {
        t.floor(dec("2.5"));
      }
      if (r.nextBoolean()) {
        t.ceiling(dec("60.75"));
      }
      Assessment.Builder a =
          assessment()
              .answer("Q1", "Q1" + (char) ('A' + r.nextInt(3)))
              .answer("Q3", "Q3" + (char) ('A' + r.nextInt(2)))
              .answer("Q4", "Q4" + (char) ('A' + r.nextInt(3)));
      List<String> chosen = new ArrayList<>();
      for (String d : List.of("Q2A", "Q2B", "Q2C")) {
        if (r.nextBoolean()) {
          chosen.add(d);
        }
      }
      a.answerAny("Q2", chosen.toArray(String[]::new));
      if (r.nextBoolean()) {
        a.clientGroup("older-people");
      }
      if (r.nextBoolean()) {
        a.locality("inner");
      }
      int nm = r.nextInt(3);
      for (int m = 0; m < nm; m++) {
        a.moderation(
            r.nextBoolean() ? byAmount(pick(r, moderations)) : byPercent(pick(r, percents)));
      }
      compare(t.build(), a.build(), counts);
    }
    // a few cases reach scales (up to 3 + 3 + 3 + 2 + 3 + 4 places) too far apart to align in a
    // long when rounding: those fall back, and were compared all the same
    assertThat(counts.scaled).isGreaterThan(380);
  }

  /**
   * Numbers given in code with negative scales ({@code 1E+1}), which the model does not always
   * normalise: the scaled calculation keeps their scales as BigDecimal does.
   */
  @Test
  void negativeScalesFromCode() {
    Counts counts = new Counts();
    for (String mode : new String[] {"HALF_UP", "FLOOR", "CEILING"}) {
      for (String points : new String[] {"7", "12.5", "30", "45"}) {
        RasTable t =
            table()
                .domain(
                    domain("D1")
                        .maxPoints(new BigDecimal("4E+1"))
                        .question(one("Q1", "0", points).maxPoints(new BigDecimal("3E+1")))
                        .question(any("Q2", "5", "6.25")))
                .curve(linear("1.1"))
                .supplement(Supplement.builder("s", "Q2").amount("Q2B", new BigDecimal("5E+1")))
                .floor(new BigDecimal("1E+1"))
                .ceiling(new BigDecimal("9E+1"))
                .rounding(dec("0.05"), RoundingMode.valueOf(mode))
                .build();
        compare(t, assessment().answer("Q1", "Q1B").answerAny("Q2", "Q2A").build(), counts);
        compare(
            t,
            assessment()
                .answer("Q1", "Q1B")
                .answerAny("Q2", "Q2B")
                .moderation(
                    Moderation.ofAmount(new BigDecimal("-1E+3"), "Reason given", "panel", Tiny.ON))
                .build(),
            counts);
        compare(t, assessment().answer("Q1", "Q1A").answerAny("Q2").build(), counts);
      }
    }
    assertThat(counts.scaled).isEqualTo(36);
  }

  /**
   * Comparing numbers whose scales are too far apart to align in a long: by sign when that decides,
   * else the scaled calculation gives up.
   */
  @Test
  void comparingAcrossScalesTooFarApart() {
    assertThat(Fixed.compare(5, 0, 0, 30)).isPositive();
    assertThat(Fixed.compare(0, 30, 5, 0)).isNegative();
    assertThat(Fixed.compare(-5, 0, 3, 25)).isNegative();
    assertThat(Fixed.compare(5, 25, -3, 0)).isPositive();
    assertThat(Fixed.compare(7, 2, 700, 4)).isZero();
    assertThatThrownBy(() -> Fixed.compare(5, 0, 3, 25)).isInstanceOf(ArithmeticException.class);
    assertThat(Fixed.up(0, 40)).isZero();
    assertThatThrownBy(() -> Fixed.up(1, 19)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Fixed.up(1, -1)).isInstanceOf(ArithmeticException.class);
  }

  /**
   * A sum near the top of the long range: the scaled calculation gives up, the engine stays exact.
   */
  @Test
  void overflowFallsBackToTheExactCalculation() {
    RasTable t =
        table()
            .domain(domain("D1").weight(dec("1000")).question(one("Q1", "0", "9000000000000000")))
            .curve(linear("3.5"))
            .build();
    Assessment a = assessment().answer("Q1", "Q1B").build();
    Plan plan = new Plan(t);
    assertThat(plan.scaled).as("the table's numbers fit").isNotNull();
    assertThatThrownBy(() -> ScaledCalculation.result(plan.scaled, a, AnswerRules.encode(plan, a)))
        .isInstanceOf(ArithmeticException.class);
    Result r = RasEngine.of(t).calculate(a, Tracing.OFF);
    assertThat(r.totalPoints()).isEqualTo(dec("9000000000000000000"));
    assertThat(r.indicativeBudget().weekly()).isEqualTo(dec("31500000000000000000.00"));
    compare(t, a, new Counts());
  }

  /** Scales too far apart to align in a long: the scaled calculation gives up. */
  @Test
  void scalesTooFarApartFallBack() {
    RasTable t = table("0.0000000000000000000000001", one("Q1", "0", "123456789")).build();
    Assessment a = assessment().answer("Q1", "Q1B").build();
    Plan plan = new Plan(t);
    assertThat(plan.scaled).isNotNull();
    assertThatThrownBy(() -> ScaledCalculation.result(plan.scaled, a, AnswerRules.encode(plan, a)))
        .isInstanceOf(ArithmeticException.class);
    Counts counts = new Counts();
    compare(t, a, counts);
    assertThat(counts.fellBack).isEqualTo(1);
  }

  /** A number of the table with no long unscaled value: the table is never compiled. */
  @Test
  void aTableNumberBeyondLongIsComputedExactly() {
    RasTable t = table("2", one("Q1", "0", "100000000000000000000000")).build();
    assertThat(new Plan(t).scaled).isNull();
    Counts counts = new Counts();
    compare(t, assessment().answer("Q1", "Q1B").build(), counts);
    compare(t, assessment().answer("Q1", "Q1A").moderation(byAmount("5")).build(), counts);
    assertThat(counts.fellBack).isEqualTo(2);
  }

  /** A moderation beyond long: that assessment is computed exactly. */
  @Test
  void aModerationBeyondLongIsComputedExactly() {
    RasTable t = table("2", one("Q1", "0", "10")).build();
    Assessment a =
        assessment()
            .answer("Q1", "Q1B")
            .moderation(
                Moderation.ofAmount(
                    dec("123456789012345678901234.5"), "Reason given", "panel", Tiny.ON))
            .build();
    Plan plan = new Plan(t);
    assertThat(AnswerRules.encode(plan, a).fits).isFalse();
    Counts counts = new Counts();
    compare(t, a, counts);
    assertThat(counts.fellBack).isEqualTo(1);
  }

  /**
   * Points are summed at one scale per table, which must hold every descriptor's points and every
   * maximum in a long, and their sum: a table where it cannot is computed exactly, every time.
   */
  @Test
  void pointsThatCannotBeSummedAtOneScaleAreComputedExactly() {
    RasTable sumTooLarge =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "5000000000000000000"))
                    .question(one("Q2", "0", "5000000000000000000")))
            .curve(linear("0"))
            .build();
    RasTable scalesTooFarApart =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "10"))
                    .question(one("Q2", "0", "0.0000000000000000001")))
            .curve(linear("0"))
            .build();
    RasTable maxTooFine =
        table()
            .domain(
                domain("D1")
                    .maxPoints(dec("0.0000000000000000001"))
                    .question(one("Q1", "0", "10"))
                    .question(one("Q2", "0", "1")))
            .curve(linear("0"))
            .build();
    RasTable questionMaxTooLarge =
        table()
            .domain(
                domain("D1")
                    .question(
                        one("Q1", "0", "5000000000000000000").maxPoints(dec("5000000000000000000")))
                    .question(one("Q2", "0", "1")))
            .curve(linear("0"))
            .build();
    Counts counts = new Counts();
    for (RasTable t : List.of(sumTooLarge, scalesTooFarApart, maxTooFine, questionMaxTooLarge)) {
      assertThat(new Plan(t).scaled).as(t.canonicalForm()).isNull();
      compare(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), counts);
    }
    assertThat(counts.fellBack).isEqualTo(4);

    RasTable largePointsFineMaximum =
        table()
            .domain(
                domain("D1")
                    .maxPoints(dec("0.000000000000000001"))
                    .question(one("Q1", "0", "4611686018427387903"))
                    .question(one("Q2", "0", "0.000000000000000001")))
            .curve(linear("0"))
            .build();
    assertThat(new Plan(largePointsFineMaximum).scaled).isNull(); // 4611686018427387903 × 10^18
    RasTable maximumCounts =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "4611686018427387903"))
                    .question(
                        one("Q2", "0", "4611686018427387904")
                            .maxPoints(dec("4611686018427387904"))))
            .curve(linear("0"))
            .build();
    assertThat(new Plan(maximumCounts).scaled).isNull(); // a maximum counts towards the bound too
    // just within the bound: the largest sum of points there can be
    RasTable fitsExactly =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "4611686018427387903"))
                    .question(one("Q2", "0", "4611686018427387904")))
            .curve(linear("0"))
            .build();
    ScaledTable plan = new Plan(fitsExactly).scaled;
    assertThat(plan).isNotNull();
    assertThat(plan.pointsScale).isZero();
    Result r =
        RasEngine.of(fitsExactly)
            .calculate(assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), Tracing.OFF);
    assertThat(r.domains().get(0).raw()).isEqualTo(dec("9223372036854775807"));
  }

  /**
   * Points are packed with their scale in one long (ScaledTable.pack): at scale 0 they keep all 64
   * bits, at scale s they have s bits fewer; a table whose points do not fit so is computed
   * exactly, with the same figures.
   */
  @Test
  void pointsThatCannotBePackedWithTheirScaleAreComputedExactly() {
    RasTable largeAtScaleOne =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "461168601842738790.4"))
                    .question(one("Q2", "0", "1")))
            .curve(linear("0"))
            .build();
    RasTable justFitsAtScaleOne =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "461168601842738790.3"))
                    .question(one("Q2", "0", "1")))
            .curve(linear("0"))
            .build();
    RasTable tooManyPlaces =
        table()
            .domain(
                domain("D1").question(one("Q1", "0", "1E-63")).question(one("Q2", "0", "0E-62")))
            .curve(linear("0"))
            .build();
    assertThat(new Plan(largeAtScaleOne).scaled).isNull(); // 2^62 at scale 1 needs 64 bits
    assertThat(new Plan(tooManyPlaces).scaled).isNull();
    assertThat(new Plan(justFitsAtScaleOne).scaled).isNotNull(); // 2^62 - 1
    Counts counts = new Counts();
    for (RasTable t : List.of(largeAtScaleOne, tooManyPlaces)) {
      compare(t, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), counts);
    }
    assertThat(counts.fellBack).isEqualTo(2);
    // points of 0 at a scale of 25 fit (all zeros): a sum of whole points is 25 places below the
    // points scale, which no power of ten in a long reaches, and is 0
    RasTable zeroAtScale25 =
        table()
            .domain(domain("D1").question(one("Q1", "0", "0E-25")).question(one("Q2", "0", "0")))
            .curve(linear("1"))
            .build();
    assertThat(new Plan(zeroAtScale25).scaled).isNotNull();
    int scaledBefore = counts.scaled;
    compare(zeroAtScale25, assessment().answer("Q1", "Q1A").answer("Q2", "Q2B").build(), counts);
    compare(zeroAtScale25, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), counts);
    assertThat(counts.scaled).isEqualTo(scaledBefore + 2);
    Result r =
        RasEngine.of(justFitsAtScaleOne)
            .calculate(assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), Tracing.OFF);
    assertThat(r.domains().get(0).raw()).isEqualTo(dec("461168601842738791.3"));
    compare(
        justFitsAtScaleOne, assessment().answer("Q1", "Q1B").answer("Q2", "Q2B").build(), counts);
  }

  /** The points scale of a table: the largest scale among its points and maximums, at least 0. */
  @Test
  void thePointsScaleIsTheLargestScaleOfPointsAndMaximums() {
    assertThat(new Plan(table("1", one("Q1", "0", "1E+1")).build()).scaled.pointsScale).isZero();
    assertThat(new Plan(table("1", one("Q1", "0", "2.25")).build()).scaled.pointsScale)
        .isEqualTo(2);
    RasTable t =
        table()
            .domain(
                domain("D1")
                    .maxPoints(dec("30.125"))
                    .question(one("Q1", "0", "1.5").maxPoints(dec("2.25"))))
            .domain(domain("D2").question(one("Q2", "0", "7").maxPoints(dec("6.0001"))))
            .curve(linear("1"))
            .build();
    RasTable domainMaxFinest =
        table()
            .domain(domain("D1").maxPoints(dec("30.12345")).question(one("Q1", "0", "1.5")))
            .curve(linear("1"))
            .build();
    assertThat(new Plan(domainMaxFinest).scaled.pointsScale).isEqualTo(5);
    ScaledTable plan = new Plan(t).scaled;
    assertThat(plan.pointsScale).isEqualTo(4);
    assertThat(plan.pointsP).containsExactly(0, 15000, 0, 70000);
    assertThat(plan.questionMaxP).containsExactly(22500, 60001);
    assertThat(plan.domainMaxP).containsExactly(301250, Long.MAX_VALUE);
    Counts counts = new Counts();
    for (String q1 : new String[] {"Q1A", "Q1B"}) {
      for (String q2 : new String[] {"Q2A", "Q2B"}) {
        compare(t, assessment().answer("Q1", q1).answer("Q2", q2).build(), counts);
      }
    }
    assertThat(counts.scaled).isEqualTo(4);
  }

  /** Supplements on a question answered with none, one or several descriptors: every one counts. */
  @Test
  void supplementsOnAnswersOfNoneOneOrSeveralDescriptors() {
    RasTable t =
        table()
            .domain(domain("D1").question(any("Q1", "1", "2.5", "3")))
            .domain(domain("D2").question(one("Q2", "0", "4")))
            .supplement(
                Supplement.builder("s", "Q1").amount("Q1A", dec("5")).amount("Q1C", dec("7.25")))
            .supplement(Supplement.builder("t", "Q2").amount("Q2A", dec("1")))
            .curve(linear("1.5"))
            .build();
    Counts counts = new Counts();
    String[][] answers = {
      {}, {"Q1A"}, {"Q1B"}, {"Q1C", "Q1A"}, {"Q1B", "Q1C"}, {"Q1A", "Q1B", "Q1C"}
    };
    List<BigDecimal> budgets = new ArrayList<>();
    for (String[] q1 : answers) {
      Assessment a = assessment().answerAny("Q1", q1).answer("Q2", "Q2A").build();
      compare(t, a, counts);
      budgets.add(RasEngine.of(t).calculate(a, Tracing.OFF).indicativeBudget().weekly());
    }
    assertThat(counts.scaled).isEqualTo(answers.length);
    // points × 1.5, the supplements, and 1 for Q2A
    assertThat(budgets)
        .containsExactly(
            dec("1.00"), dec("7.50"), dec("4.75"), dec("19.25"), dec("16.50"), dec("23.00"));
  }

  /**
   * A result shares equal figures: raw, capped, weighted and adjusted points that are equal (value
   * and scale) are one {@code BigDecimal}, and so are the percents of domains next to each other
   * with the same adjustments.
   */
  @Test
  void equalFiguresAreSharedWithinAResult() {
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "1.125")))
            .domain(domain("D2").weight(dec("2")).question(one("Q2", "0", "4.125")))
            .domain(domain("D3").question(one("Q3", "0", "5.125")))
            .domain(domain("D4").question(one("Q4", "0", "6.125")))
            .domain(domain("D5").question(one("Q5", "0", "7.125")))
            .adjustment(Adjustment.builder("a", "Q1").percent("Q1B", dec("-12.345")).domains("D2"))
            .adjustment(
                Adjustment.builder("b", "Q1").percent("Q1B", dec("-12.345")).domains("D3", "D4"))
            .curve(linear("1"))
            .build();
    Assessment a =
        assessment()
            .answer("Q1", "Q1B")
            .answer("Q2", "Q2B")
            .answer("Q3", "Q3B")
            .answer("Q4", "Q4B")
            .answer("Q5", "Q5B")
            .build();
    Counts counts = new Counts();
    compare(t, a, counts);
    assertThat(counts.scaled).isEqualTo(1);
    Result r = RasEngine.of(t).calculate(a, Tracing.OFF);
    DomainScore d1 = r.domains().get(0);
    assertThat(d1.raw()).isEqualTo(dec("1.125"));
    assertThat(d1.capped()).isSameAs(d1.raw());
    assertThat(d1.weighted()).isSameAs(d1.raw());
    assertThat(d1.adjusted()).isSameAs(d1.raw());
    DomainScore d2 = r.domains().get(1);
    assertThat(d2.capped()).isSameAs(d2.raw());
    assertThat(d2.weighted()).isEqualTo(dec("8.250")).isNotSameAs(d2.raw());
    assertThat(d2.percent()).isEqualTo(dec("-12.345"));
    assertThat(d2.adjusted()).isEqualTo(dec("7.2315375"));
    DomainScore d3 = r.domains().get(2);
    DomainScore d4 = r.domains().get(3);
    assertThat(d3.percent()).isEqualTo(dec("-12.345"));
    assertThat(d4.percent()).isSameAs(d3.percent()); // the same adjustments as D3
    assertThat(d3.percent()).isNotSameAs(d2.percent());
    assertThat(r.domains().get(4).percent()).isEqualTo(BigDecimal.ZERO);
  }

  /** The numbers of small unscaled values at small scales are kept: the same instance each time. */
  @Test
  void smallNumbersAreKept() {
    for (int s = -2; s <= Fixed.CACHED_SCALES + 1; s++) {
      for (long u :
          new long[] {
            Long.MIN_VALUE,
            -Fixed.CACHED - 1,
            -Fixed.CACHED,
            -Fixed.CACHED + 1,
            -1,
            0,
            1,
            17,
            Fixed.CACHED - 1,
            Fixed.CACHED,
            Long.MAX_VALUE
          }) {
        BigDecimal x = Fixed.decimal(u, s);
        assertThat(x).as("%d, %d", u, s).isEqualTo(BigDecimal.valueOf(u, s));
        assertThat(x.scale()).isEqualTo(s);
        boolean kept = s >= 0 && s < Fixed.CACHED_SCALES && u >= -Fixed.CACHED && u < Fixed.CACHED;
        if (kept) {
          assertThat(Fixed.decimal(u, s)).as("%d, %d", u, s).isSameAs(x);
        } else if (u != 0) { // BigDecimal keeps some zeros itself
          assertThat(Fixed.decimal(u, s)).as("%d, %d", u, s).isNotSameAs(x);
        }
      }
    }
    assertThat(Fixed.CACHED_SCALES).isEqualTo(3);
    assertThat(Fixed.CACHED).isEqualTo(1024);
  }

  /** Dividing an unscaled value by a power of ten it is a multiple of. */
  @Test
  void downDividesByPowersOfTen() {
    assertThat(Fixed.down(-1234, 0)).isEqualTo(-1234);
    assertThat(Fixed.down(12340, 1)).isEqualTo(1234);
    assertThat(Fixed.down(-123400, 2)).isEqualTo(-1234);
    assertThat(Fixed.down(1234000, 3)).isEqualTo(1234);
    assertThat(Fixed.down(1234000000000000000L, 15)).isEqualTo(1234);
  }

  /**
   * Dividing by 100 gives BigDecimal's value and scale, by hand at the edges (every remainder by 10
   * and by 100, both signs, the long's extremes) and for generated numbers of every size.
   */
  @Test
  void hundredthIsBigDecimalsDivisionBy100() {
    assertThat(Fixed.hundredth(1200)).isEqualTo(12);
    assertThat(Fixed.hundredthPlaces(1200)).isZero();
    assertThat(Fixed.hundredth(-1230)).isEqualTo(-123);
    assertThat(Fixed.hundredthPlaces(-1230)).isEqualTo(1);
    assertThat(Fixed.hundredth(-1234)).isEqualTo(-1234);
    assertThat(Fixed.hundredthPlaces(-1234)).isEqualTo(2);
    assertThat(Fixed.hundredth(0)).isZero();
    assertThat(Fixed.hundredthPlaces(0)).isZero();
    List<Long> xs = new ArrayList<>();
    for (long x = -1000; x <= 1000; x++) {
      xs.add(x);
    }
    for (long edge : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
      for (long d = 0; d < 200; d++) {
        xs.add(edge < 0 ? edge + d : edge - d);
      }
    }
    SplittableRandom r = new SplittableRandom(100);
    for (int i = 0; i < 20_000; i++) {
      long x = r.nextLong() >> r.nextInt(64); // every size
      xs.add(x);
      xs.add(x / 100 * 100); // multiples of 100
      xs.add(x / 10 * 10); // and of 10
    }
    for (long x : xs) {
      BigDecimal expected = BigDecimal.valueOf(x, 3).divide(BigDecimal.valueOf(100));
      BigDecimal got = BigDecimal.valueOf(Fixed.hundredth(x), 3 + Fixed.hundredthPlaces(x));
      assertThat(got).as("%d", x).isEqualTo(expected); // value and scale
    }
  }

  /** The encoding kept in an assessment is only used with the table it was made for. */
  @Test
  void theKeptEncodingBelongsToOneCompiledTable() {
    RasTable t1 = table("2", one("Q1", "0", "10")).build();
    RasTable t2 = table("3", one("Q1", "0", "10")).build();
    Assessment a = assessment().answer("Q1", "Q1B").build();
    RasEngine e1 = RasEngine.of(t1);
    RasEngine e2 = RasEngine.of(t2);
    for (int i = 0; i < 3; i++) {
      assertThat(e1.calculate(a, Tracing.OFF).indicativeBudget().weekly()).isEqualTo(dec("20.00"));
      assertThat(e2.calculate(a, Tracing.OFF).indicativeBudget().weekly()).isEqualTo(dec("30.00"));
    }
    assertThat(a).isEqualTo(assessment().answer("Q1", "Q1B").build());
    assertThat(a.hashCode()).isEqualTo(assessment().answer("Q1", "Q1B").build().hashCode());
  }

  /**
   * The kept encodings under contention: four threads compute the same assessments with two engines
   * over the same table (two compiled tables, so the kept encoding keeps changing hands); every
   * result must still be the exact one.
   */
  @Test
  void keptEncodingsAreSafeAcrossThreadsAndEngines() throws Exception {
    RasTable t = TableGenerator.defaults().withDomains(3, 5).generate(11);
    List<Assessment> as =
        AssessmentGenerator.forTable(t).withModerationProbability(0.5).stream(11, 200).toList();
    Plan plan = new Plan(t);
    List<Result> exact =
        as.stream()
            .map(
                a ->
                    ExactCalculation.compute(
                        plan, a, AnswerRules.encode(plan, a), NoRecording.INSTANCE))
            .toList();
    RasEngine[] engines = {RasEngine.of(t), RasEngine.of(t)};
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        int offset = k;
        done.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int round = 0; round < 50; round++) {
                    for (int i = 0; i < as.size(); i++) {
                      int j = (i + offset * 37) % as.size();
                      Result r =
                          engines[(i + round + offset) & 1].calculate(as.get(j), Tracing.OFF);
                      if (!r.equals(exact.get(j))) {
                        throw new AssertionError(
                            "assessment " + j + ": " + r + " <> " + exact.get(j));
                      }
                      checked++;
                    }
                  }
                  return checked;
                }));
      }
      int total = 0;
      for (java.util.concurrent.Future<Integer> f : done) {
        total += f.get();
      }
      assertThat(total).isEqualTo(4 * 50 * 200);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Finding the encoding kept in a valid assessment allocates nothing: computing it again neither
   * checks nor looks up its answers.
   */
  @Test
  void findingTheKeptEncodingOfAValidAssessmentAllocatesNothing() {
    RasTable t = TableGenerator.defaults().withDomains(4, 4).generate(3);
    Plan plan = new Plan(t);
    List<Assessment> as = AssessmentGenerator.forTable(t).stream(3, 50).toList();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    boolean all = true;
    for (Assessment a : as) {
      all &= AnswerRules.encode(plan, a) == Encoding.kept(plan, a); // encoded once, and kept
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < as.size(); i++) {
        all &= Encoding.kept(plan, as.get(i)) != null;
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(all).isTrue();
    assertThat(allocated).as("bytes allocated by 1000 look-ups of kept encodings").isZero();
  }

  /** An invalid assessment is reported exactly as before, untraced or traced. */
  @Test
  void invalidAssessmentsGiveTheSameProblemsUntraced() {
    RasTable t =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "10"))
                    .question(any("Q2", "1", "2"))
                    .question(one("Q3", "0", "1").required(false)))
            .curve(linear("older-people", "2"))
            .costFactor("inner", dec("1.08"))
            .build();
    RasEngine engine = RasEngine.of(t);
    List<Assessment> bad =
        List.of(
            assessment().answer("Q9", "Q1B").build(),
            assessment().answer("Q1", "Q1A").answerAny("Q9").build(),
            assessment().answer("Q1", "Q1A").answerAny("Q2", "Q2A", "Q1A").build(),
            assessment().answer("Q1", "Q1A").answerAny("Q2", "Q2B", "Q2Z").build(),
            assessment().answer("Q1", "Q2A").answerAny("Q2").build(),
            assessment().answerAny("Q1", "Q1B").answerAny("Q2", "Q2A", "Q2A").build(),
            assessment().answer("Q1", "Q1Z").build(),
            assessment()
                .answer("Q1", "Q1A")
                .answer("Q3", "Q3A")
                .clientGroup("older-people")
                .locality("inner")
                .build(),
            assessment()
                .answer("Q1", "Q1A")
                .answerAny("Q2")
                .clientGroup("autism")
                .locality("inner")
                .build(),
            assessment().answer("Q1", "Q1A").answerAny("Q2").clientGroup("older-people").build(),
            assessment()
                .answer("Q1", "Q1A")
                .answerAny("Q2", "Q2B", "Q2A", "Q2B")
                .clientGroup("older-people")
                .locality("inner")
                .build());
    Assessment good =
        assessment()
            .answer("Q1", "Q1A")
            .answerAny("Q2", "Q2B", "Q2A")
            .clientGroup("older-people")
            .locality("inner")
            .build();
    assertThat(AnswerRules.encode(new Plan(t), good)).isNotNull();
    for (Assessment a : bad) {
      Plan plan = new Plan(t);
      assertThatThrownBy(() -> AnswerRules.encode(plan, a))
          .as(a.toString())
          .isInstanceOf(InvalidAssessmentException.class);
      assertThat(Encoding.kept(plan, a)).isNull();
      Throwable traced =
          org.assertj.core.api.Assertions.catchThrowable(() -> engine.calculate(a, Tracing.ON));
      Throwable untraced =
          org.assertj.core.api.Assertions.catchThrowable(() -> engine.calculate(a, Tracing.OFF));
      assertThat(traced).isNotNull();
      assertThat(untraced).isInstanceOf(traced.getClass()).hasMessage(traced.getMessage());
      Throwable headline =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> engine.calculate(a, new HeadlineFigures()));
      assertThat(headline).isInstanceOf(traced.getClass()).hasMessage(traced.getMessage());
    }
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
