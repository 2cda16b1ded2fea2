package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Adjustment;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;
import org.openras.table.Select;
import org.openras.table.Supplement;
import org.openras.testing.Properties;

/**
 * Properties of the engine over generated tables and assessments. Each failure reports the seed,
 * the table and the assessment; replay with {@code -Dopenras.seed=<seed>}.
 */
class EnginePropertiesTest {
  private static final TableGenerator TABLES = TableGenerator.defaults();
  private static final TableGenerator MONOTONE = TABLES.withMonotoneCurves(true);

  /**
   * 1. More need never means less money: on a table whose curves never fall, moving one answer to a
   * descriptor with more points, for a question that no adjustment or supplement is keyed to, never
   * lowers the indicative budget, weekly or annual. For an ANY question the moves are swapping one
   * chosen descriptor for an unchosen one with more points, or choosing one more; for an optional
   * question, answering it when it was unanswered.
   */
  @Test
  void budgetNeverFallsWhenAnAnswerMovesToMorePoints() {
    AtomicInteger moves = new AtomicInteger();
    AtomicInteger rises = new AtomicInteger();
    Properties.forAll(
        "more points never pay less",
        Properties.seeds(1, 500),
        c -> {
          RasTable t = c.table(MONOTONE.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          Set<String> keyed = new HashSet<>();
          t.adjustments().stream().map(Adjustment::question).forEach(keyed::add);
          t.allocation().supplements().stream().map(Supplement::question).forEach(keyed::add);
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 12).toList()) {
            c.assessment(a);
            Budget before = engine.calculate(a, Tracing.OFF).indicativeBudget();
            for (Question q : t.questions()) {
              if (keyed.contains(q.code())) {
                continue;
              }
              for (Answer more : moreNeed(q, a.answers().get(q.code()))) {
                Assessment moved = a.toBuilder().answer(q.code(), more).build();
                c.note("moved " + q.code() + " to " + more.descriptors());
                Budget after = engine.calculate(moved, Tracing.OFF).indicativeBudget();
                assertThat(after.weekly()).as("weekly").isGreaterThanOrEqualTo(before.weekly());
                assertThat(after.annual()).as("annual").isGreaterThanOrEqualTo(before.annual());
                moves.incrementAndGet();
                if (after.weekly().compareTo(before.weekly()) > 0) {
                  rises.incrementAndGet();
                }
              }
            }
          }
        });
    // not vacuous: many moves, and many of them do raise the budget
    assertThat(moves.get()).isGreaterThan(5_000);
    assertThat(rises.get()).isGreaterThan(1_000);
  }

  /** Every answer to {@code q} that differs from {@code current} by one move to more points. */
  private static List<Answer> moreNeed(Question q, Answer current) {
    List<Answer> out = new ArrayList<>();
    if (current == null) {
      for (Descriptor d : q.descriptors()) {
        out.add(q.select() == Select.ONE ? Answer.one(d.code()) : Answer.any(d.code()));
      }
      return out;
    }
    if (q.select() == Select.ONE) {
      BigDecimal now = points(q, current.descriptors().get(0));
      for (Descriptor d : q.descriptors()) {
        if (d.points().compareTo(now) > 0) {
          out.add(Answer.one(d.code()));
        }
      }
      return out;
    }
    List<String> chosen = current.descriptors();
    for (Descriptor d : q.descriptors()) {
      if (chosen.contains(d.code())) {
        continue;
      }
      List<String> added = new ArrayList<>(chosen);
      added.add(d.code());
      out.add(Answer.any(added));
      for (int i = 0; i < chosen.size(); i++) {
        if (d.points().compareTo(points(q, chosen.get(i))) > 0) {
          List<String> swapped = new ArrayList<>(chosen);
          swapped.set(i, d.code());
          out.add(Answer.any(swapped));
        }
      }
    }
    return out;
  }

  private static BigDecimal points(Question q, String code) {
    return q.descriptors().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow()
        .points();
  }

  /**
   * 2. Floor and ceiling. The clamp acts before rounding (spec §3.5–3.6), so what holds of the
   * indicative budget {@code b} in the table's period, with {@code R} the table's rounding
   * (increment and mode), is exactly: {@code R(floor) ≤ b ≤ R(ceiling)}; when the floor applied
   * {@code b = R(floor)}, when the ceiling applied {@code b = R(ceiling)}. Hence {@code b ≥ floor}
   * and {@code b ≤ ceiling} themselves hold when they are multiples of the increment; when they are
   * not, {@code b} may lie up to one increment beyond them, on the side the rounding mode takes it
   * (below the floor for DOWN, FLOOR and the HALF modes; above the ceiling for UP, CEILING and the
   * HALF modes). The test checks those exact statements and that the budget is a multiple of the
   * increment.
   */
  @Test
  void indicativeBudgetStaysWithinFloorAndCeilingAsRounded() {
    TableGenerator g = TABLES.withFloorProbability(0.7).withCeilingProbability(0.7);
    AtomicInteger floors = new AtomicInteger();
    AtomicInteger ceilings = new AtomicInteger();
    AtomicInteger beyond = new AtomicInteger();
    Properties.forAll(
        "within floor and ceiling",
        Properties.seeds(1, 600),
        c -> {
          RasTable t = c.table(g.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          Rounding r = t.allocation().rounding();
          Optional<BigDecimal> floor = t.allocation().floor();
          Optional<BigDecimal> ceiling = t.allocation().ceiling();
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 20).toList()) {
            c.assessment(a);
            Result res = engine.calculate(a, Tracing.OFF);
            BigDecimal b = primary(t, res.indicativeBudget());
            assertThat(b.remainder(r.increment()).signum()).as("multiple of increment").isZero();
            if (floor.isPresent()) {
              BigDecimal rf = round(floor.get(), r);
              assertThat(b).as("R(floor)").isGreaterThanOrEqualTo(rf);
              if (res.has(Flag.FLOOR_APPLIED)) {
                assertThat(b).isEqualByComparingTo(rf);
                floors.incrementAndGet();
              }
              if (isMultiple(floor.get(), r)) {
                assertThat(b).as("floor, a multiple").isGreaterThanOrEqualTo(floor.get());
              } else if (b.compareTo(floor.get()) < 0) {
                beyond.incrementAndGet();
              }
            }
            if (ceiling.isPresent()) {
              BigDecimal rc = round(ceiling.get(), r);
              assertThat(b).as("R(ceiling)").isLessThanOrEqualTo(rc);
              if (res.has(Flag.CEILING_APPLIED)) {
                assertThat(b).isEqualByComparingTo(rc);
                ceilings.incrementAndGet();
              }
              if (isMultiple(ceiling.get(), r)) {
                assertThat(b).as("ceiling, a multiple").isLessThanOrEqualTo(ceiling.get());
              } else if (b.compareTo(ceiling.get()) > 0) {
                beyond.incrementAndGet();
              }
            }
          }
        });
    assertThat(floors.get()).as("floor applied").isGreaterThan(200);
    assertThat(ceilings.get()).as("ceiling applied").isGreaterThan(200);
    assertThat(beyond.get()).as("rounding past a limit that is not a multiple").isGreaterThan(0);
  }

  /** Rounds as a table does, computed independently of the engine. */
  private static BigDecimal round(BigDecimal x, Rounding r) {
    return x.divide(r.increment(), 0, r.mode()).multiply(r.increment());
  }

  private static boolean isMultiple(BigDecimal x, Rounding r) {
    return x.remainder(r.increment()).signum() == 0;
  }

  private static BigDecimal primary(RasTable t, Budget b) {
    return t.period() == Period.WEEK ? b.weekly() : b.annual();
  }

  /**
   * 3. The domain figures add up: total = Σ adjusted; adjusted ≥ 0 and = max(0, weighted × (1 +
   * percent/100)); capped = min(raw, maxPoints) ≤ maxPoints; weighted = capped × weight.
   */
  @Test
  void domainFiguresAddUp() {
    Properties.forAll(
        "domain figures",
        Properties.seeds(1, 500),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 20).toList()) {
            c.assessment(a);
            Result res = engine.calculate(a, Tracing.OFF);
            assertThat(res.domains()).hasSameSizeAs(t.domains());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < t.domains().size(); i++) {
              Domain d = t.domains().get(i);
              DomainScore s = res.domains().get(i);
              assertThat(s.code()).isEqualTo(d.code());
              assertThat(s.adjusted().signum()).as("adjusted of %s", d.code()).isNotNegative();
              if (d.maxPoints().isPresent()) {
                assertThat(s.capped()).isLessThanOrEqualTo(d.maxPoints().get());
                assertThat(s.capped()).isEqualByComparingTo(s.raw().min(d.maxPoints().get()));
              } else {
                assertThat(s.capped()).isEqualByComparingTo(s.raw());
              }
              assertThat(s.weighted()).isEqualByComparingTo(s.capped().multiply(d.weight()));
              BigDecimal factor = BigDecimal.ONE.add(s.percent().movePointLeft(2));
              assertThat(s.adjusted())
                  .isEqualByComparingTo(s.weighted().multiply(factor).max(BigDecimal.ZERO));
              sum = sum.add(s.adjusted());
            }
            assertThat(res.totalPoints()).isEqualByComparingTo(sum);
          }
        });
  }

  /**
   * 4. The same inputs give the same result every time, also when 8 threads compute at once on one
   * shared engine: full results, trace steps and trace sentences included.
   */
  @Test
  void sameResultEveryTimeAlsoFromEightThreads() throws Exception {
    List<RasTable> tables = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    for (long seed = 1; seed <= 150; seed++) {
      RasTable t = TABLES.generate(seed);
      tables.add(t);
      assessments.addAll(
          AssessmentGenerator.forTable(t).withModerationProbability(0.4).stream(seed, 10).toList());
    }
    RasEngine single = RasEngine.of(tables.toArray(RasTable[]::new));
    List<Result> expected = new ArrayList<>();
    for (Assessment a : assessments) {
      Result r = single.calculate(a);
      assertThat(single.calculate(a)).satisfies(again -> assertSame(r, again, a, single));
      expected.add(r);
    }

    RasEngine shared = RasEngine.of(tables.toArray(RasTable[]::new));
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        long order = k;
        futures.add(
            pool.submit(
                () -> {
                  // each thread in its own order, so that different threads meet each table first
                  List<Integer> idx = new ArrayList<>();
                  for (int i = 0; i < assessments.size(); i++) {
                    idx.add(i);
                  }
                  Collections.shuffle(idx, new Random(order));
                  Result[] out = new Result[assessments.size()];
                  start.await();
                  for (int i : idx) {
                    out[i] = shared.calculate(assessments.get(i));
                    out[i].trace().lines(); // sentences written concurrently too
                  }
                  return List.of(out);
                }));
      }
      start.countDown();
      for (Future<List<Result>> f : futures) {
        List<Result> got = f.get();
        for (int i = 0; i < assessments.size(); i++) {
          assertSame(expected.get(i), got.get(i), assessments.get(i), single);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Asserts two results are the same in every component, trace steps and sentences included. */
  private static void assertSame(Result expected, Result actual, Assessment a, RasEngine e) {
    try {
      assertSameFigures(expected, actual);
      assertThat(actual.trace().steps()).isEqualTo(expected.trace().steps());
      assertThat(actual.trace().lines()).isEqualTo(expected.trace().lines());
    } catch (AssertionError err) {
      throw new AssertionError(
          "different results for "
              + Properties.describe(a)
              + "\n  table: "
              + e.tableFor(a).canonicalForm(),
          err);
    }
  }

  /** Every component of a result but its trace. */
  private static void assertSameFigures(Result expected, Result actual) {
    assertThat(actual.assessmentId()).isEqualTo(expected.assessmentId());
    assertThat(actual.table()).isEqualTo(expected.table());
    assertThat(actual.period()).isEqualTo(expected.period());
    assertThat(actual.domains()).isEqualTo(expected.domains());
    assertThat(actual.totalPoints()).isEqualTo(expected.totalPoints());
    assertThat(actual.curve()).isEqualTo(expected.curve());
    assertThat(actual.band()).isEqualTo(expected.band());
    assertThat(actual.indicativeBudget()).isEqualTo(expected.indicativeBudget());
    assertThat(actual.finalBudget()).isEqualTo(expected.finalBudget());
    assertThat(actual.flags()).isEqualTo(expected.flags());
  }

  /** 5. Traced and untraced runs give identical figures; only the traced one has a trace. */
  @Test
  void tracedAndUntracedRunsGiveIdenticalFigures() {
    Properties.forAll(
        "traced = untraced",
        Properties.seeds(1, 400),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          for (Assessment a :
              AssessmentGenerator.forTable(t).withModerationProbability(0.4).stream(c.seed(), 10)
                  .toList()) {
            c.assessment(a);
            Result traced = engine.calculate(a);
            Result untraced = engine.calculate(a, Tracing.OFF);
            assertSameFigures(traced, untraced);
            assertThat(untraced.trace().isEmpty()).isTrue();
            assertThat(traced.trace().isEmpty()).isFalse();
          }
        });
  }

  /**
   * 6. The final budget is never negative (weekly or annual), and it is present exactly when the
   * assessment has moderations. The indicative budget is never negative either.
   */
  @Test
  void finalBudgetIsNeverNegativeAndPresentIffModerated() {
    AtomicInteger moderated = new AtomicInteger();
    AtomicInteger zeroed = new AtomicInteger();
    Properties.forAll(
        "final budget",
        Properties.seeds(1, 500),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          for (Assessment a :
              AssessmentGenerator.forTable(t).withModerationProbability(0.6).stream(c.seed(), 15)
                  .toList()) {
            c.assessment(a);
            Result res = engine.calculate(a, Tracing.OFF);
            assertThat(res.indicativeBudget().weekly().signum()).isNotNegative();
            assertThat(res.indicativeBudget().annual().signum()).isNotNegative();
            assertThat(res.finalBudget().isPresent()).isEqualTo(!a.moderations().isEmpty());
            if (res.finalBudget().isPresent()) {
              moderated.incrementAndGet();
              Budget f = res.finalBudget().get();
              assertThat(f.weekly().signum()).as("final weekly").isNotNegative();
              assertThat(f.annual().signum()).as("final annual").isNotNegative();
              if (primary(t, f).signum() == 0 && primary(t, res.indicativeBudget()).signum() > 0) {
                zeroed.incrementAndGet();
              }
            }
          }
        });
    assertThat(moderated.get()).isGreaterThan(1_000);
    assertThat(zeroed.get()).as("moderations that would go below 0").isGreaterThan(10);
  }
}
