package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.internal.Recorder;
import org.openras.internal.Recorders;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.testing.Properties;
import org.openras.testing.Tiny;
import org.openras.testing.TraceReplay;
import org.openras.trace.Trace;

/**
 * The exact calculation checks the answers as it computes: it must refuse exactly the assessments
 * the answer check refuses, traced or not; and a traced result is equal to itself computed again.
 */
class TracedCalculationTest {
  private static final TableGenerator TABLES =
      TableGenerator.defaults().withMaxAdjustments(3).withFallbackCurve(false);

  /** The assessment broken in one way chosen by {@code r}, or unchanged. */
  private static Assessment broken(RasTable t, Assessment a, SplittableRandom r) {
    List<Question> qs = t.questions();
    Question q = qs.get(r.nextInt(qs.size()));
    Question other = qs.get(r.nextInt(qs.size()));
    String d = q.descriptors().get(r.nextInt(q.descriptors().size())).code();
    String od = other.descriptors().get(r.nextInt(other.descriptors().size())).code();
    Assessment.Builder b = a.toBuilder();
    switch (r.nextInt(9)) {
      case 0 -> b.unanswer(q.code());
      case 1 -> b.answer("NOT-A-QUESTION", d);
      case 2 -> b.answer(q.code(), od);
      case 3 -> b.answer(q.code(), "NOT-A-DESCRIPTOR");
      case 4 -> b.answer(q.code(), Answer.any(d, d));
      case 5 -> b.answer(q.code(), Answer.any(d));
      case 6 -> b.clientGroup(AssessmentGenerator.UNKNOWN_CLIENT_GROUP);
      case 7 -> b.locality(AssessmentGenerator.UNKNOWN_LOCALITY);
      default -> b.answer(q.code(), q.select() == Select.ANY ? Answer.any(d, od) : Answer.one(d));
    }
    try {
      return b.build();
    } catch (InvalidAssessmentException refusedWhenBuilt) {
      return a;
    }
  }

  @Test
  void everyPathRefusesExactlyWhatTheAnswerRulesRefuseWithTheSameProblems() {
    int refused = 0;
    int computed = 0;
    for (long seed = 1; seed <= 40; seed++) {
      RasTable t = TABLES.generate(seed);
      Plan plan = new Plan(t);
      RasEngine engine = RasEngine.of(t);
      SplittableRandom r = new SplittableRandom(seed);
      List<Assessment> all = new ArrayList<>();
      AssessmentGenerator.forTable(t).stream(seed, 30).forEach(all::add);
      for (Assessment generated : all) {
        Assessment a = broken(t, generated, r);
        Encoding e;
        InvalidAssessmentException refusal = null;
        try {
          e = AnswerRules.encode(plan, a);
        } catch (InvalidAssessmentException x) {
          e = null;
          refusal = x;
        }
        if (e != null) {
          computed++;
          Result untraced = ExactCalculation.compute(plan, a, e, NoRecording.INSTANCE);
          Result traced = ExactCalculation.compute(plan, a, e, recording(t));
          assertThat(engine.calculate(a)).isEqualTo(traced);
          assertThat(engine.calculate(a, Tracing.OFF)).isEqualTo(untraced);
          assertThat(Tiny.withoutTrace(traced)).isEqualTo(untraced);
        } else {
          refused++;
          assertThat(refusal.problems()).as("%s", Properties.describe(a)).isNotEmpty();
          assertThatThrownBy(() -> engine.calculate(a))
              .isInstanceOf(InvalidAssessmentException.class)
              .hasMessage(refusal.getMessage());
          assertThatThrownBy(() -> engine.calculate(a, Tracing.OFF))
              .isInstanceOf(InvalidAssessmentException.class)
              .hasMessage(refusal.getMessage());
          assertThatThrownBy(() -> engine.calculate(a, new HeadlineFigures()))
              .isInstanceOf(InvalidAssessmentException.class)
              .hasMessage(refusal.getMessage());
        }
      }
    }
    assertThat(refused).as("refused").isGreaterThan(200);
    assertThat(computed).as("computed").isGreaterThan(200);
  }

  @Test
  void tracedResultsAreEqualWhenComputedAgainAndReplayToTheirBudgets() {
    for (long seed = 1; seed <= 30; seed++) {
      RasTable t = TABLES.generate(seed);
      RasEngine engine = RasEngine.of(t);
      RasEngine other = RasEngine.of(t);
      List<Assessment> all = AssessmentGenerator.forTable(t).stream(seed, 10).toList();
      Result previous = null;
      for (Assessment a : all) {
        Result r = engine.calculate(a);
        assertThat(r.trace().isEmpty()).isFalse();
        assertThat(r).isEqualTo(other.calculate(a)).hasSameHashCodeAs(other.calculate(a));
        assertThat(r.trace().lines()).isEqualTo(other.calculate(a).trace().lines());
        TraceReplay.Budgets b = TraceReplay.replay(r.trace());
        assertThat(b.indicativeWeekly()).isEqualTo(r.indicativeBudget().weekly());
        assertThat(b.indicativeAnnual()).isEqualTo(r.indicativeBudget().annual());
        if (previous != null && !previous.indicativeBudget().equals(r.indicativeBudget())) {
          assertThat(r.trace()).isNotEqualTo(previous.trace());
          assertThat(r).isNotEqualTo(previous);
        }
        previous = r;
      }
    }
  }

  /**
   * Spec v1.1: every trace of a generated v1.1 table and assessment replays, by hand, to the
   * result's budgets, council budget and flags; the traced result is the untraced one.
   */
  @Test
  void v11TracesReplayToTheirBudgets() {
    TableGenerator tables = TableGenerator.defaults().withV11Fields(0.5);
    int council = 0;
    int sets = 0;
    int costs = 0;
    for (long seed = 1; seed <= 80; seed++) {
      RasTable t = tables.generate(seed);
      RasEngine engine = RasEngine.of(t);
      for (Assessment a :
          AssessmentGenerator.forTable(t).withModerationProbability(0.5).withV11Fields(0.5).stream(
                  seed, 10)
              .toList()) {
        Result r = engine.calculate(a);
        assertThat(Tiny.withoutTrace(r)).isEqualTo(engine.calculate(a, Tracing.OFF));
        TraceReplay.Budgets b = TraceReplay.replay(r.trace());
        assertThat(b.indicativeWeekly()).isEqualTo(r.indicativeBudget().weekly());
        assertThat(b.indicativeAnnual()).isEqualTo(r.indicativeBudget().annual());
        assertThat(b.finalWeekly()).isEqualTo(r.finalBudget().map(x -> x.weekly()).orElse(null));
        assertThat(b.councilWeekly())
            .isEqualTo(r.councilBudget().map(x -> x.weekly()).orElse(null));
        assertThat(b.councilAnnual())
            .isEqualTo(r.councilBudget().map(x -> x.annual()).orElse(null));
        assertThat(b.panelDecision()).isEqualTo(r.has(Flag.PANEL_DECISION_REQUIRED));
        assertThat(b.covered()).isEqualTo(r.has(Flag.OTHER_FUNDING_COVERS_BUDGET));
        assertThat(b.panel()).isEqualTo(r.has(Flag.PANEL_APPROVAL_REQUIRED));
        TraceReplay.assertExplanationsShowFigures(r.trace());
        council += r.councilBudget().isPresent() ? 1 : 0;
        sets += r.trace().steps(org.openras.trace.StepKind.MODERATION_SET).isEmpty() ? 0 : 1;
        costs += r.trace().steps(org.openras.trace.StepKind.UNIT_COST).isEmpty() ? 0 : 1;
      }
    }
    assertThat(council).isGreaterThan(50);
    assertThat(sets).isGreaterThan(100);
    assertThat(costs).isGreaterThan(50);
  }

  @SuppressWarnings("unchecked") // the trace package's recorders make traces
  private static Recorder<Trace> recording(RasTable t) {
    return (Recorder<Trace>) Recorders.of(t, 1);
  }
}
