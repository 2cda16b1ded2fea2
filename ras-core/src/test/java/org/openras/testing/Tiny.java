package org.openras.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.table.Curve;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;

/**
 * Tiny hand-checkable tables and assessments for tests.
 *
 * <p>Descriptor codes are the question code plus a letter: {@code one("Q1", 0, 6, 14)} is a ONE
 * question with descriptors {@code Q1A} (0 points), {@code Q1B} (6) and {@code Q1C} (14). The
 * {@link #table()} builder holds everything but domains and curves; {@link #linear(String)} is a
 * one-band curve "money = points × perPoint". Every calculation made through {@link #run} is also
 * replayed from its trace alone ({@link TraceReplay}) and must give the same budgets, and computed
 * again without a trace, which must give the same figures.
 */
public final class Tiny {
  /** The day every tiny table comes into force. */
  public static final LocalDate FROM = LocalDate.of(2026, 4, 1);

  /** The day of every tiny assessment. */
  public static final LocalDate ON = LocalDate.of(2026, 6, 1);

  private Tiny() {}

  /** A table builder with id {@code tiny}, version {@code 1}, in force from {@link #FROM}. */
  public static RasTable.Builder table() {
    return RasTable.builder().id("tiny").name("Tiny test table").version("1").effectiveFrom(FROM);
  }

  /**
   * A table with one domain {@code D1} holding {@code questions}, and the {@code *} curve paying
   * {@code perPoint} a point from 0.
   */
  public static RasTable.Builder table(String perPoint, Question.Builder... questions) {
    Domain.Builder d = domain("D1");
    for (Question.Builder q : questions) {
      d.question(q);
    }
    return table().domain(d).curve(linear(perPoint));
  }

  public static Domain.Builder domain(String code) {
    return Domain.builder(code, "Domain " + code);
  }

  /** A required ONE question whose descriptors score these points, coded code+A, code+B… */
  public static Question.Builder one(String code, String... points) {
    return descriptors(Question.one(code, "Question " + code + "?"), code, points);
  }

  /** A required ANY question whose descriptors score these points, coded code+A, code+B… */
  public static Question.Builder any(String code, String... points) {
    return descriptors(Question.any(code, "Question " + code + "?"), code, points);
  }

  private static Question.Builder descriptors(Question.Builder q, String code, String... points) {
    for (int i = 0; i < points.length; i++) {
      String c = code + (char) ('A' + i);
      q.descriptor(c, "Statement " + c, new BigDecimal(points[i]));
    }
    return q;
  }

  /** The curve of {@code group} with one band A from 0 points: money = points × perPoint. */
  public static Curve.Builder linear(String group, String perPoint) {
    return Curve.builder(group)
        .band("A", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(perPoint));
  }

  /** The {@code *} curve with one band A from 0 points: money = points × perPoint. */
  public static Curve.Builder linear(String perPoint) {
    return linear("*", perPoint);
  }

  /** An assessment builder with id {@code a-1} on {@link #ON}. */
  public static Assessment.Builder assessment() {
    return Assessment.builder().id("a-1").date(ON);
  }

  public static Moderation byAmount(String amount) {
    return Moderation.ofAmount(new BigDecimal(amount), "Reason given", "panel", ON);
  }

  public static Moderation byPercent(String percent) {
    return Moderation.ofPercent(new BigDecimal(percent), "Reason given", "panel", ON);
  }

  public static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  public static RoundingMode mode(String m) {
    return RoundingMode.valueOf(m);
  }

  /**
   * Computes {@code a} with {@code t}, replays the result's trace alone and checks that the replay
   * reaches the same indicative and final budgets.
   */
  public static Result run(RasTable t, Assessment a) {
    Result r = RasEngine.of(t).calculate(a);
    TraceReplay.Budgets replayed = TraceReplay.replay(r.trace());
    assertThat(replayed.indicativeWeekly())
        .as("weekly indicative budget replayed from the trace")
        .isEqualTo(r.indicativeBudget().weekly());
    assertThat(replayed.indicativeAnnual())
        .as("annual indicative budget replayed from the trace")
        .isEqualTo(r.indicativeBudget().annual());
    assertThat(replayed.totalPoints())
        .as("total points replayed from the trace")
        .isEqualByComparingTo(r.totalPoints());
    if (r.finalBudget().isPresent()) {
      assertThat(replayed.finalWeekly())
          .as("weekly final budget replayed from the trace")
          .isEqualTo(r.finalBudget().get().weekly());
      assertThat(replayed.finalAnnual())
          .as("annual final budget replayed from the trace")
          .isEqualTo(r.finalBudget().get().annual());
    } else {
      assertThat(replayed.finalWeekly()).as("no final budget in the trace").isNull();
    }
    assertThat(replayed.panel())
        .as("panel flag replayed from the trace")
        .isEqualTo(r.has(org.openras.engine.Flag.PANEL_APPROVAL_REQUIRED));
    TraceReplay.assertExplanationsShowFigures(r.trace());
    Result untraced = RasEngine.of(t).calculate(a, org.openras.engine.Tracing.OFF);
    assertThat(untraced.trace().isEmpty()).isTrue();
    assertThat(untraced.domains()).isEqualTo(r.domains());
    assertThat(untraced.indicativeBudget()).isEqualTo(r.indicativeBudget());
    assertThat(untraced.finalBudget()).isEqualTo(r.finalBudget());
    assertThat(untraced.flags()).isEqualTo(r.flags());
    // the untraced result (the scaled calculation, where the table fits) equals the exact
    // calculation's in
    // every field, every BigDecimal with the same value and scale
    assertThat(untraced).as("untraced result").isEqualTo(withoutTrace(r));
    // the headline figures: the same figures, with the table's engine and the kept encoding
    assertSameFigures(
        RasEngine.of(t).calculate(a, new org.openras.engine.HeadlineFigures()),
        r,
        "headline figures");
    return r;
  }

  /**
   * Asserts that the headline figures are the result's: total points, curve, band, both budgets
   * (each {@code BigDecimal} with the same value and scale) and every flag.
   */
  public static void assertSameFigures(
      org.openras.engine.HeadlineFigures f, Result r, Object what) {
    assertThat(f.totalPoints()).as("total points of %s", what).isEqualTo(r.totalPoints());
    assertThat(f.totalPoints().scale())
        .as("scale of the total points of %s", what)
        .isEqualTo(r.totalPoints().scale());
    assertThat(f.table()).as("table of %s", what).isEqualTo(r.table());
    assertThat(f.curve()).as("curve of %s", what).isEqualTo(r.curve());
    assertThat(f.band()).as("band of %s", what).isEqualTo(r.band());
    assertThat(f.currency()).as("currency of %s", what).isEqualTo(r.indicativeBudget().currency());
    assertThat(f.indicativeWeekly())
        .as("indicative weekly of %s", what)
        .isEqualTo(r.indicativeBudget().weekly());
    assertThat(f.indicativeAnnual())
        .as("indicative annual of %s", what)
        .isEqualTo(r.indicativeBudget().annual());
    assertThat(f.moderated()).as("moderated, %s", what).isEqualTo(r.finalBudget().isPresent());
    if (r.finalBudget().isPresent()) {
      assertThat(f.finalWeekly())
          .as("final weekly of %s", what)
          .isEqualTo(r.finalBudget().get().weekly());
      assertThat(f.finalAnnual())
          .as("final annual of %s", what)
          .isEqualTo(r.finalBudget().get().annual());
    }
    for (org.openras.engine.Flag flag : org.openras.engine.Flag.values()) {
      assertThat(f.has(flag)).as("%s of %s", flag, what).isEqualTo(r.has(flag));
    }
    // spec v1.1: the council budget, the unit and the cost of each figure
    assertThat(f.funded()).as("funded, %s", what).isEqualTo(r.councilBudget().isPresent());
    if (r.councilBudget().isPresent()) {
      assertThat(f.councilWeekly())
          .as("council weekly of %s", what)
          .isEqualTo(r.councilBudget().get().weekly());
      assertThat(f.councilAnnual())
          .as("council annual of %s", what)
          .isEqualTo(r.councilBudget().get().annual());
    }
    assertThat(f.unit()).as("unit of %s", what).isEqualTo(r.indicativeBudget().unit());
    assertThat(f.costOf(f.indicativeWeekly()))
        .as("weekly cost of %s", what)
        .isEqualTo(r.indicativeBudget().cost().map(c -> c.weekly()));
    assertThat(f.costOf(f.indicativeAnnual()))
        .as("annual cost of %s", what)
        .isEqualTo(r.indicativeBudget().cost().map(c -> c.annual()));
  }

  /** The same result with an empty trace: what computing it untraced must give. */
  public static Result withoutTrace(Result r) {
    return new Result(
        r.assessmentId(),
        r.table(),
        r.period(),
        r.domains(),
        r.totalPoints(),
        r.curve(),
        r.band(),
        r.indicativeBudget(),
        r.finalBudget(),
        r.otherFunding(),
        r.councilBudget(),
        r.flags(),
        org.openras.trace.Trace.empty());
  }

  public static Result run(RasTable.Builder t, Assessment.Builder a) {
    return run(t.build(), a.build());
  }
}
