package org.openras.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.openras.generate.TableGenerator;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;

/**
 * The recorder's compact steps (the table's elements and the figures, made into {@link TraceStep}s
 * when read) against the same steps recorded generically, with every input named as the engine
 * names them: a reader must see the same steps, inputs, sentences and lines either way.
 */
class CompactTraceTest {
  private static final TableGenerator TABLES =
      TableGenerator.defaults().withMaxAdjustments(3).withCapProbability(0.5);

  private static final BigDecimal A = new BigDecimal("12.5");
  private static final BigDecimal B = new BigDecimal("7.25");
  private static final BigDecimal C = new BigDecimal("-3");
  private static final BigDecimal E = new BigDecimal("41.125");
  private static final BigDecimal F = new BigDecimal("0.5");

  /**
   * Records every kind of compact step for every element of the table twice: {@code compact} the
   * compact way, {@code generic} with {@link Trace.Recording#step} as the steps are documented.
   */
  private static void recordBoth(
      RasTable t, Trace.Recording compact, Trace.Recording generic, String questions) {
    for (Domain d : t.domains()) {
      for (Question q : d.questions()) {
        for (Descriptor x : q.descriptors()) {
          compact.descriptor(q, x);
          generic.step(
              StepKind.DESCRIPTOR,
              q.code(),
              q.text(),
              q.reference().orElse(null),
              x.points(),
              "descriptor",
              x.code(),
              "descriptorText",
              x.text(),
              "points",
              x.points());
        }
        compact.unanswered(q);
        generic.step(
            StepKind.UNANSWERED, q.code(), q.text(), q.reference().orElse(null), BigDecimal.ZERO);
        compact.question(q, A, B);
        generic.step(
            StepKind.QUESTION,
            q.code(),
            q.text(),
            q.reference().orElse(null),
            B,
            "sum",
            A,
            "maxPoints",
            q.maxPoints().orElse(null));
      }
      compact.domainRaw(d, questions, A);
      generic.step(
          StepKind.DOMAIN_RAW,
          d.code(),
          d.name(),
          d.reference().orElse(null),
          A,
          "questions",
          questions);
      if (d.maxPoints().isPresent()) {
        compact.domainCap(d, B, C);
        generic.step(
            StepKind.DOMAIN_CAP,
            d.code(),
            d.name(),
            d.reference().orElse(null),
            C,
            "raw",
            B,
            "maxPoints",
            d.maxPoints().get());
      }
      compact.domainWeight(d, E, F);
      generic.step(
          StepKind.DOMAIN_WEIGHT,
          d.code(),
          d.name(),
          d.reference().orElse(null),
          F,
          "capped",
          E,
          "weight",
          d.weight());
      for (Adjustment adj : t.adjustments()) {
        for (Map.Entry<String, BigDecimal> e : adj.percentByDescriptor().entrySet()) {
          compact.adjustment(d, adj, e.getKey(), e.getValue());
          generic.step(
              StepKind.ADJUSTMENT,
              d.code(),
              adj.name().orElse(adj.id()),
              adj.reference().orElse(null),
              e.getValue(),
              "adjustment",
              adj.id(),
              "question",
              adj.question(),
              "descriptor",
              e.getKey(),
              "descriptorText",
              t.descriptor(e.getKey()).map(Descriptor::text).orElse(""),
              "percent",
              e.getValue());
        }
      }
      compact.domainAdjusted(d, A, C, B);
      generic.step(
          StepKind.DOMAIN_ADJUSTED, d.code(), d.name(), null, B, "weighted", A, "percent", C);
    }
    compact.totalPoints("D1, D2", A);
    generic.step(StepKind.TOTAL_POINTS, "", null, null, A, "domains", "D1, D2");
    for (String group : new String[] {"some-group", null}) {
      for (Curve curve : t.allocation().curves()) {
        compact.curve(curve, group);
        generic.step(
            StepKind.CURVE,
            curve.clientGroup(),
            null,
            curve.reference().orElse(null),
            null,
            "clientGroup",
            group);
        for (int i = 0; i < curve.bands().size(); i++) {
          Band band = curve.bands().get(i);
          Band next = i + 1 < curve.bands().size() ? curve.bands().get(i + 1) : null;
          compact.band(band, next, A, B);
          generic.step(
              StepKind.BAND,
              band.label(),
              null,
              band.reference().orElse(null),
              B,
              "total",
              A,
              "from",
              band.from(),
              "nextFrom",
              next == null ? null : next.from(),
              "amount",
              band.amount(),
              "perPoint",
              band.perPoint());
        }
      }
      for (CostFactor f : t.allocation().costFactors()) {
        compact.costFactor(f, group, A, B);
        generic.step(
            StepKind.COST_FACTOR,
            f.locality(),
            null,
            null,
            B,
            "locality",
            group,
            "before",
            A,
            "factor",
            f.factor());
      }
    }
    Rounding r = t.allocation().rounding();
    Curve first = t.allocation().curves().get(0);
    for (String applied : new String[] {null, "FLOOR_APPLIED", "CEILING_APPLIED"}) {
      compact.limits(first, A, B, applied);
      generic.step(
          StepKind.LIMITS,
          "",
          null,
          null,
          B,
          "amount",
          A,
          "floor",
          t.allocation().floorFor(first).orElse(null),
          "ceiling",
          t.allocation().ceilingFor(first).orElse(null),
          "applied",
          applied);
    }
    compact.rounding(E, F);
    generic.step(
        StepKind.ROUNDING,
        "",
        null,
        null,
        F,
        "amount",
        E,
        "increment",
        r.increment(),
        "mode",
        r.mode().name());
    for (boolean isFinal : new boolean[] {false, true}) {
      compact.otherPeriod(isFinal, B, A);
      generic.step(
          isFinal ? StepKind.FINAL_OTHER_PERIOD : StepKind.OTHER_PERIOD,
          "",
          null,
          null,
          A,
          "budget",
          B,
          "period",
          t.period().name(),
          "weeksPerYear",
          t.weeksPerYear(),
          "increment",
          r.increment(),
          "mode",
          r.mode().name());
    }
  }

  private static void assertSameSteps(Trace actual, Trace expected) {
    List<TraceStep> a = actual.steps();
    List<TraceStep> e = expected.steps();
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) {
      TraceStep s = a.get(i);
      TraceStep x = e.get(i);
      assertThat(s).as("step %d", i + 1).isEqualTo(x).hasSameHashCodeAs(x);
      assertThat(s.kind()).isEqualTo(x.kind());
      assertThat(s.subject()).isEqualTo(x.subject());
      assertThat(s.label()).isEqualTo(x.label());
      assertThat(s.reference()).isEqualTo(x.reference());
      assertThat(s.value()).isEqualTo(x.value());
      assertThat(new ArrayList<>(s.inputs().entrySet()))
          .as("inputs of step %d, in order", i + 1)
          .isEqualTo(new ArrayList<>(x.inputs().entrySet()));
      assertThat(s.explanation()).isEqualTo(x.explanation());
      assertThat(s.toString()).isEqualTo(x.toString());
    }
    assertThat(actual.lines()).isEqualTo(expected.lines());
    assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
    for (StepKind k : StepKind.values()) {
      assertThat(actual.steps(k)).isEqualTo(expected.steps(k));
    }
  }

  @Test
  void compactStepsAreTheDocumentedStepsOnGeneratedTables() {
    int adjustments = 0;
    int caps = 0;
    for (long seed = 1; seed <= 40; seed++) {
      RasTable t = TABLES.generate(seed);
      Trace.Recording compact = new Trace.Recording(t, 1);
      Trace.Recording generic = new Trace.Recording(t.currency(), t.period());
      recordBoth(t, compact, generic, "Q1, Q2");
      assertThat(compact.size()).isEqualTo(generic.size()).isPositive();
      Trace trace = compact.build();
      assertSameSteps(trace, generic.build());
      assertThat(trace).isEqualTo(generic.build()).hasSameHashCodeAs(generic.build());
      adjustments += trace.steps(StepKind.ADJUSTMENT).size();
      caps += trace.steps(StepKind.DOMAIN_CAP).size();
    }
    assertThat(adjustments).as("adjustment steps compared").isPositive();
    assertThat(caps).as("cap steps compared").isPositive();
  }

  @Test
  void compactAndGenericStepsKeepTheirOrderWhenMixed() {
    RasTable t = TABLES.generate(3);
    Question q = t.questions().get(0);
    Descriptor x = q.descriptors().get(0);
    Trace.Recording compact = new Trace.Recording(t, 2);
    Trace.Recording generic = new Trace.Recording(t.currency(), t.period());
    BiConsumer<Trace.Recording, String> total =
        (r, s) -> r.step(StepKind.TOTAL_POINTS, "", null, null, A, "domains", s);
    for (int i = 0; i < 50; i++) {
      compact.descriptor(q, x);
      generic.step(
          StepKind.DESCRIPTOR,
          q.code(),
          q.text(),
          q.reference().orElse(null),
          x.points(),
          "descriptor",
          x.code(),
          "descriptorText",
          x.text(),
          "points",
          x.points());
      total.accept(compact, "D" + i);
      total.accept(generic, "D" + i);
    }
    assertThat(compact.size()).isEqualTo(100);
    assertSameSteps(compact.build(), generic.build());
    assertThat(compact.build().steps().get(99).text("domains")).isEqualTo("D49");
  }

  @Test
  void aBuiltTraceKeepsItsStepsWhenTheRecorderGoesOn() {
    RasTable t = TABLES.generate(5);
    Question q = t.questions().get(0);
    Trace.Recording r = new Trace.Recording(t, 1);
    r.unanswered(q);
    Trace first = r.build();
    for (int i = 0; i < 20; i++) {
      r.question(q, A, B);
    }
    assertThat(first.steps()).hasSize(1);
    assertThat(first.steps().get(0).kind()).isEqualTo(StepKind.UNANSWERED);
    assertThat(first.steps().get(0).inputs()).isEmpty();
    assertThat(first.steps().get(0).value()).contains(BigDecimal.ZERO);
    assertThat(r.build().steps()).hasSize(21);
    assertThat(r.build().steps().get(20).number("sum")).isEqualTo(A);
  }

  @Test
  void aRecorderWithoutItsTableRecordsNoStepsWithTheTablesFigures() {
    RasTable t = TABLES.generate(1);
    Trace.Recording r = new Trace.Recording(t.currency(), t.period());
    Adjustment adj = Adjustment.builder("A1", "Q1").percent("1A", -10).build();
    assertThatThrownBy(() -> r.adjustment(t.domains().get(0), adj, "1A", BigDecimal.TEN))
        .isInstanceOf(IllegalStateException.class);
    Curve curve = t.allocation().curves().get(0);
    assertThatThrownBy(() -> r.limits(curve, A, B, null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.curveLimits(curve)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.councilOtherPeriod(A, B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.rounding(A, B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.otherPeriod(false, A, B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.otherPeriod(true, A, B)).isInstanceOf(IllegalStateException.class);
    assertThat(r.size()).isZero();
    assertThat(r.build().isEmpty()).isTrue();
    assertThat(r.build().steps()).isEmpty();
  }

  @Test
  void concurrentFirstReadsSeeTheSameSteps() throws Exception {
    RasTable t = TABLES.generate(7);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        Trace.Recording compact = new Trace.Recording(t, 8);
        Trace.Recording generic = new Trace.Recording(t.currency(), t.period());
        recordBoth(t, compact, generic, "Q1");
        Trace trace = compact.build();
        List<TraceStep> expected = generic.build().steps();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<TraceStep>>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return trace.steps();
                  }));
        }
        start.countDown();
        List<TraceStep> first = reads.get(0).get(10, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(expected);
        for (Future<List<TraceStep>> f : reads) {
          assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStepsAreUnmodifiable() {
    RasTable t = TABLES.generate(2);
    Trace.Recording r = new Trace.Recording(t, 4);
    r.unanswered(t.questions().get(0));
    List<TraceStep> steps = r.build().steps();
    assertThatThrownBy(() -> steps.add(steps.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tracesAreEqualByTheirStepsCurrencyAndPeriod() {
    Trace.Recording a = new Trace.Recording("GBP", Period.WEEK);
    Trace.Recording b = new Trace.Recording("GBP", Period.WEEK);
    Trace.Recording otherCurrency = new Trace.Recording("EUR", Period.WEEK);
    Trace.Recording otherPeriod = new Trace.Recording("GBP", Period.YEAR);
    Trace.Recording otherValue = new Trace.Recording("GBP", Period.WEEK);
    Trace.Recording longer = new Trace.Recording("GBP", Period.WEEK);
    for (Trace.Recording r : List.of(a, b, otherCurrency, otherPeriod, longer)) {
      r.step(StepKind.TOTAL_POINTS, "", null, null, A, "domains", "D1");
    }
    otherValue.step(StepKind.TOTAL_POINTS, "", null, null, B, "domains", "D1");
    longer.step(StepKind.TOTAL_POINTS, "", null, null, A, "domains", "D1");

    Trace trace = a.build();
    assertThat(trace.equals(trace)).isTrue();
    assertThat(trace).isEqualTo(b.build()).hasSameHashCodeAs(b.build());
    assertThat(trace).isNotEqualTo(otherCurrency.build());
    assertThat(trace).isNotEqualTo(otherPeriod.build());
    assertThat(trace).isNotEqualTo(otherValue.build());
    assertThat(trace).isNotEqualTo(longer.build());
    assertThat(trace).isNotEqualTo(Trace.empty());
    assertThat(trace).isNotEqualTo(null);
    assertThat(trace).isNotEqualTo("a trace");
    assertThat(Trace.empty()).isEqualTo(new Trace.Recording("GBP", Period.WEEK).build());
    assertThat(Trace.empty().hashCode()).isEqualTo(List.of().hashCode());
  }

  @Test
  void contextsAreEqualByCurrencyAndPeriod() {
    Trace.Context c = new Trace.Context("GBP", Period.WEEK);
    assertThat(c).isEqualTo(new Trace.Context("GBP", Period.WEEK));
    assertThat(c).hasSameHashCodeAs(new Trace.Context("GBP", Period.WEEK));
    assertThat(c).isNotEqualTo(new Trace.Context("EUR", Period.WEEK));
    assertThat(c).isNotEqualTo(new Trace.Context("GBP", Period.YEAR));
    assertThat(c).isNotEqualTo("GBP");
    assertThat(c.hashCode()).isNotEqualTo(new Trace.Context("GBP", Period.YEAR).hashCode());
  }
}
