package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.assertSameFigures;
import static org.openras.testing.Tiny.assessment;
import static org.openras.testing.Tiny.byAmount;
import static org.openras.testing.Tiny.byPercent;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.linear;
import static org.openras.testing.Tiny.one;
import static org.openras.testing.Tiny.table;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.testing.Tiny;

/**
 * The headline figures ({@link RasEngine#calculate(Assessment, HeadlineFigures)}) against the
 * untraced {@link Result}: the same total points (value and scale), curve, band, budgets and flags
 * for every valid assessment, the exact calculation's where a figure leaves the {@code long} range,
 * the same exceptions for invalid ones, and nothing allocated once warmed up. (Every case of {@link
 * ScaledCalculationTest} and every hand-computed case run through {@link Tiny#run} is compared
 * too.)
 */
class HeadlineFiguresTest {

  /**
   * One holder for every case, across tables and engines: a figure left over from the table or
   * engine before would show.
   */
  @Test
  void generatedTablesAndAssessmentsThroughOneHolder() {
    HeadlineFigures f = new HeadlineFigures();
    TableGenerator weekly = TableGenerator.defaults();
    TableGenerator annual = TableGenerator.defaults().withPeriods(Period.YEAR);
    int cases = 0;
    for (long seed = 1; seed <= 300; seed++) {
      RasTable t = (seed % 3 == 0 ? annual : weekly).generate(seed);
      RasEngine engine = RasEngine.of(t);
      List<Assessment> as =
          AssessmentGenerator.forTable(t).withModerationProbability(0.5).stream(seed * 31, 12)
              .toList();
      for (int round = 0; round < 2; round++) { // the second time from the kept encodings
        for (Assessment a : as) {
          Result r = engine.calculate(a, Tracing.OFF);
          assertSameFigures(engine.calculate(a, f), r, a);
          cases++;
        }
      }
    }
    assertThat(cases).isEqualTo(300 * 12 * 2);
  }

  /** A hand-computed case: the figures as numbers, not only as equal to the result's. */
  @Test
  void handComputedFigures() {
    // Q1B 10 + Q2 {A 1.5, B 2.5} = 14.0 points; × 3.25 = 45.50 a week, × 52 = 2366.00 a year;
    // moderated by +10%: 50.05 a week (2602.60 a year), beyond the 5% tolerance
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "10")).question(any("Q2", "1.5", "2.5")))
            .curve(linear("3.25"))
            .tolerancePercent(dec("5"))
            .build();
    Assessment a =
        assessment()
            .answer("Q1", "Q1B")
            .answerAny("Q2", "Q2A", "Q2B")
            .moderation(byPercent("10"))
            .build();
    HeadlineFigures f = RasEngine.of(t).calculate(a, new HeadlineFigures());
    assertThat(f.totalPoints()).isEqualTo(dec("14.0"));
    assertThat(f.curve()).isEqualTo("*");
    assertThat(f.band()).isEqualTo("A");
    assertThat(f.currency()).isEqualTo("GBP");
    assertThat(f.indicativeWeekly()).isEqualTo(dec("45.50"));
    assertThat(f.indicativeAnnual()).isEqualTo(dec("2366.00"));
    assertThat(f.moderated()).isTrue();
    assertThat(f.finalWeekly()).isEqualTo(dec("50.05"));
    assertThat(f.finalAnnual()).isEqualTo(dec("2602.60"));
    assertThat(f.has(Flag.PANEL_APPROVAL_REQUIRED)).isTrue();
    assertThat(f.has(Flag.FLOOR_APPLIED)).isFalse();
    assertThat(f)
        .hasToString(
            "HeadlineFigures[total=14.0, curve=*, band=A, weekly=45.50, annual=2366.00,"
                + " final=50.05/2602.60, flags=[PANEL_APPROVAL_REQUIRED]]");
    assertSameFigures(f, Tiny.run(t, a), a);
  }

  /**
   * An answer's points equal to its question's maximum keep their own scale (the table's numbers
   * are normalised, so only a sum can have another): the maximum did not apply.
   */
  @Test
  void pointsEqualToTheMaximumKeepTheirScale() {
    RasTable t =
        table()
            .domain(
                domain("D1")
                    .question(one("Q1", "0", "10").maxPoints(dec("10")))
                    .question(any("Q2", "4.5", "5.5", "1").maxPoints(dec("10"))))
            .curve(linear("2"))
            .build();
    Assessment equal = assessment().answer("Q1", "Q1B").answerAny("Q2", "Q2A", "Q2B").build();
    HeadlineFigures f = RasEngine.of(t).calculate(equal, new HeadlineFigures());
    assertSameFigures(f, Tiny.run(t, equal), equal);
    assertThat(f.totalPoints()).isEqualTo(dec("20.0"));
    Assessment over = assessment().answer("Q1", "Q1B").answerAny("Q2", "Q2A", "Q2B", "Q2C").build();
    RasEngine.of(t).calculate(over, f);
    assertSameFigures(f, Tiny.run(t, over), over);
    assertThat(f.totalPoints()).isEqualTo(dec("20"));
  }

  /** One engine over two tables, their assessments in turn through one holder. */
  @Test
  void twoTablesOfOneEngineInTurn() {
    RasTable t1 = table("2", one("Q1", "0", "10")).id("first").build();
    RasTable t2 = table("3", one("Q1", "0", "10")).id("second").build();
    RasEngine engine = RasEngine.of(t1, t2);
    HeadlineFigures f = new HeadlineFigures();
    for (int i = 0; i < 4; i++) {
      Assessment a =
          assessment().answer("Q1", "Q1B").table(i % 2 == 0 ? "first" : "second").build();
      assertThat(engine.calculate(a, f).indicativeWeekly())
          .isEqualTo(dec(i % 2 == 0 ? "20.00" : "30.00"));
    }
  }

  /**
   * HeadlineFigures beyond a long: the assessment is computed exactly, and the figures are the
   * same.
   */
  @Test
  void figuresBeyondLongComeFromTheExactCalculation() {
    RasTable overflows =
        table()
            .domain(domain("D1").weight(dec("1000")).question(one("Q1", "0", "9000000000000000")))
            .curve(linear("3.5"))
            .ceiling(dec("10"))
            .build();
    HeadlineFigures f = new HeadlineFigures();
    Assessment a = assessment().answer("Q1", "Q1B").moderation(byAmount("-1")).build();
    RasEngine engine = RasEngine.of(overflows);
    engine.calculate(a, f);
    assertThat(f.exact).as("computed by the exact calculation").isNotNull();
    assertThat(f.totalPoints()).isEqualTo(dec("9000000000000000000"));
    assertThat(f.indicativeWeekly()).isEqualTo(dec("10.00"));
    assertThat(f.has(Flag.CEILING_APPLIED)).isTrue();
    assertThat(f.finalWeekly()).isEqualTo(dec("9.00"));
    assertSameFigures(f, engine.calculate(a, Tracing.OFF), a);
    assertThat(f.toString()).contains("total=9000000000000000000", "flags=[CEILING_APPLIED");

    // a table that never compiles, and a moderation beyond long
    RasTable beyondLong = table("2", one("Q1", "0", "100000000000000000000000")).build();
    Assessment b = assessment().answer("Q1", "Q1B").build();
    assertSameFigures(
        RasEngine.of(beyondLong).calculate(b, f),
        RasEngine.of(beyondLong).calculate(b, Tracing.OFF),
        b);
    RasTable small = table("2", one("Q1", "0", "10")).build();
    Assessment c =
        assessment()
            .answer("Q1", "Q1B")
            .moderation(
                Moderation.ofAmount(
                    dec("123456789012345678901234.5"), "Reason given", "panel", Tiny.ON))
            .build();
    RasEngine smallEngine = RasEngine.of(small);
    assertSameFigures(smallEngine.calculate(c, f), smallEngine.calculate(c, Tracing.OFF), c);
    assertThat(f.exact).isNotNull();
    // and back to a case that fits: the exact result is forgotten
    Assessment d = assessment().answer("Q1", "Q1B").build();
    assertSameFigures(smallEngine.calculate(d, f), smallEngine.calculate(d, Tracing.OFF), d);
    assertThat(f.exact).isNull();
  }

  /** Invalid assessments and tables that cannot be selected throw as the untraced result does. */
  @Test
  void theSameExceptionsAsTheResult() {
    RasTable t =
        table()
            .domain(domain("D1").question(one("Q1", "0", "10")).question(any("Q2", "1", "2")))
            .curve(linear("older-people", "2"))
            .build();
    RasEngine engine = RasEngine.of(t);
    HeadlineFigures f = new HeadlineFigures();
    String group = "older-people";
    engine.calculate(
        assessment().answer("Q1", "Q1B").answerAny("Q2").clientGroup(group).build(), f);
    assertThat(f.totalPoints()).isEqualTo(dec("10"));
    assertThat(f.indicativeWeekly()).isEqualTo(dec("20.00"));
    List<Assessment> bad =
        List.of(
            assessment().answer("Q9", "Q1B").clientGroup(group).build(),
            assessment()
                .answer("Q1", "Q1A")
                .answerAny("Q2", "Q2A", "Q2A")
                .clientGroup(group)
                .build(),
            assessment().answer("Q1", "Q2A").answerAny("Q2").clientGroup(group).build(),
            assessment().answer("Q1", "Q1A").answerAny("Q2").clientGroup("autism").build(),
            assessment().answer("Q1", "Q1A").answerAny("Q2").table("other").build(),
            assessment()
                .answer("Q1", "Q1A")
                .answerAny("Q2")
                .clientGroup(group)
                .date(LocalDate.of(2001, 1, 1))
                .build());
    for (Assessment a : bad) {
      Throwable expected = catchThrowable(() -> engine.calculate(a, Tracing.OFF));
      assertThat(expected)
          .isInstanceOfAny(InvalidAssessmentException.class, TableSelectionException.class);
      assertThat(catchThrowable(() -> engine.calculate(a, f)))
          .as(a.toString())
          .isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
      // the figures of the assessment before are not left to be read as this one's
      for (org.assertj.core.api.ThrowableAssert.ThrowingCallable getter :
          List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
              f::totalPoints,
              f::table,
              f::curve,
              f::band,
              f::currency,
              f::indicativeWeekly,
              f::indicativeAnnual,
              f::moderated,
              f::finalWeekly,
              f::finalAnnual,
              () -> f.has(Flag.FLOOR_APPLIED))) {
        assertThatThrownBy(getter).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void anEmptyHolderAndAnUnmoderatedAssessment() {
    HeadlineFigures f = new HeadlineFigures();
    assertThat(f).hasToString("HeadlineFigures[]");
    assertThatThrownBy(f::band)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no assessment has been computed");
    RasTable t = table("2", one("Q1", "0", "10")).build();
    RasEngine.of(t).calculate(assessment().answer("Q1", "Q1B").build(), f);
    assertThat(f.moderated()).isFalse();
    assertThatThrownBy(f::finalWeekly).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(f::finalAnnual).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(
            () -> RasEngine.of(t).calculate(assessment().build(), (HeadlineFigures) null))
        .isInstanceOf(NullPointerException.class);
  }

  /** Once warmed up, computing figures allocates nothing, moderated or not. */
  @Test
  void theSteadyStateAllocatesNothing() {
    RasTable t = TableGenerator.defaults().withDomains(6, 6).generate(7);
    RasEngine engine = RasEngine.of(t);
    List<Assessment> as =
        AssessmentGenerator.forTable(t).withModerationProbability(0.5).stream(7, 50).toList();
    HeadlineFigures f = new HeadlineFigures();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (Assessment a : as) {
      sum += engine.calculate(a, f).band().length(); // first calls: encodings made and kept
    }
    // the measurement itself may allocate now and then (the JIT compiling the caller, say): the
    // fewest bytes of five measurements of 1000 computations each, which must be none
    long fewest = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 5; attempt++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int round = 0; round < 20; round++) {
        for (int i = 0; i < as.size(); i++) {
          sum += engine.calculate(as.get(i), f).scaled.flags;
        }
      }
      fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
    }
    assertThat(sum).isPositive();
    assertThat(fewest).as("bytes allocated by 1000 computations of figures").isZero();
  }
}
