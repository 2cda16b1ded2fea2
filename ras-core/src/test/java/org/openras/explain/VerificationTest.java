package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.Budget;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.testing.Properties;
import org.openras.testing.WorkedExample;
import org.openras.trace.TraceStep;

/** Verification: a faithful result verifies; each kind of tampering is found at its place. */
class VerificationTest {
  private static final RasTable TABLE = WorkedExample.table();
  private static final RasEngine ENGINE = RasEngine.of(TABLE);
  private static final Assessment ASSESSMENT = WorkedExample.assessment();

  /** What a faithful reader would make of the result's JSON. */
  static ClaimedResult claimOf(Result r) {
    List<ClaimedResult.Step> steps = new ArrayList<>();
    for (TraceStep s : r.trace().steps()) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      s.inputs().forEach((k, v) -> inputs.put(k, v instanceof BigDecimal ? v : String.valueOf(v)));
      steps.add(
          new ClaimedResult.Step(
              s.kind(), s.subject(), s.reference(), inputs, s.value(), s.explanation()));
    }
    return new ClaimedResult(
        r.assessmentId(),
        r.table().id(),
        r.table().version(),
        r.table().fingerprint(),
        Optional.of(r.period()),
        Optional.of(r.curve()),
        r.domains(),
        r.totalPoints(),
        r.band(),
        r.indicativeBudget(),
        r.finalBudget(),
        List.copyOf(r.flags()),
        steps,
        Optional.empty());
  }

  static ClaimedResult withSteps(ClaimedResult c, UnaryOperator<List<ClaimedResult.Step>> f) {
    return new ClaimedResult(
        c.assessmentId(),
        c.tableId(),
        c.tableVersion(),
        c.fingerprint(),
        c.period(),
        c.curve(),
        c.domains(),
        c.totalPoints(),
        c.band(),
        c.indicativeBudget(),
        c.finalBudget(),
        c.flags(),
        f.apply(new ArrayList<>(c.trace())),
        c.source());
  }

  @Test
  void theEngineOwnResultVerifies() {
    ClaimedResult claim = claimOf(ENGINE.calculate(ASSESSMENT));
    Verification v = Verification.of(ENGINE, ASSESSMENT, claim);
    assertThat(v.verified()).isTrue();
    assertThat(v.difference()).isEmpty();
    assertThat(v.traceCompared()).isTrue();
    // every trace step's rule, subject, reference, inputs, value and sentence, and the figures
    assertThat(v.compared()).isGreaterThan(claim.trace().size() * 5);
  }

  @Test
  void aTamperedFigureIsFoundAtItsPlace() {
    ClaimedResult c = claimOf(ENGINE.calculate(ASSESSMENT));
    ClaimedResult tampered =
        new ClaimedResult(
            c.assessmentId(),
            c.tableId(),
            c.tableVersion(),
            c.fingerprint(),
            c.period(),
            c.curve(),
            c.domains(),
            c.totalPoints(),
            c.band(),
            new Budget("GBP", new BigDecimal("299.69"), c.indicativeBudget().annual()),
            c.finalBudget(),
            c.flags(),
            c.trace(),
            c.source());
    Verification v = Verification.of(ENGINE, ASSESSMENT, tampered);
    assertThat(v.verified()).isFalse();
    VerificationDifference d = v.difference().orElseThrow();
    assertThat(d.pointer()).isEqualTo("/indicativeBudget/weekly");
    assertThat(d.what()).isEqualTo("indicative budget a week");
    assertThat(d.expected()).isEqualTo("199.69");
    assertThat(d.found()).isEqualTo("299.69");
    assertThat(d.toString())
        .isEqualTo(
            "/indicativeBudget/weekly: indicative budget a week: expected 199.69, found 299.69");
  }

  @Test
  void aTamperedTraceValueIsFoundAtItsStep() {
    ClaimedResult c =
        withSteps(
            claimOf(ENGINE.calculate(ASSESSMENT)),
            steps -> {
              ClaimedResult.Step s = steps.get(3); // DOMAIN_CAP D1 = 19
              steps.set(
                  3,
                  new ClaimedResult.Step(
                      s.kind(),
                      s.subject(),
                      s.reference(),
                      s.inputs(),
                      Optional.of(new BigDecimal("29")),
                      s.explanation()));
              return steps;
            });
    VerificationDifference d = Verification.of(ENGINE, ASSESSMENT, c).difference().orElseThrow();
    assertThat(d.pointer()).isEqualTo("/trace/3/value");
    assertThat(d.what()).isEqualTo("trace step 4 (DOMAIN_CAP D1): value");
    assertThat(d.expected()).isEqualTo("19");
    assertThat(d.found()).isEqualTo("29");
  }

  @Test
  void aTamperedAnswerIsFoundAtItsQuestionStep() {
    ClaimedResult claim = claimOf(ENGINE.calculate(ASSESSMENT));
    Assessment changed = WorkedExample.assessmentBuilder().answer("Q2", "2C").build();
    VerificationDifference d = Verification.of(ENGINE, changed, claim).difference().orElseThrow();
    assertThat(d.pointer()).isEqualTo("/trace/1/inputs/descriptor");
    assertThat(d.what()).isEqualTo("trace step 2 (DESCRIPTOR Q2): input descriptor");
    assertThat(d.expected()).isEqualTo("2C");
    assertThat(d.found()).isEqualTo("2B");
  }

  @Test
  void aDifferentTableIsFoundAtTheFingerprint() {
    ClaimedResult claim = claimOf(ENGINE.calculate(ASSESSMENT));
    RasTable edited = WorkedExample.tableBuilder().ceiling(BigDecimal.valueOf(900)).build();
    VerificationDifference d =
        Verification.of(RasEngine.of(edited), ASSESSMENT, claim).difference().orElseThrow();
    assertThat(d.pointer()).isEqualTo("/table/fingerprint");
    assertThat(d.expected()).isEqualTo(edited.fingerprint().value());
    assertThat(d.found()).isEqualTo(TABLE.fingerprint().value());
  }

  @Test
  void anUntracedResultIsCheckedByItsFiguresAndNumbersCompareByValue() {
    Result untraced = ENGINE.calculate(ASSESSMENT, Tracing.OFF);
    ClaimedResult c = claimOf(untraced);
    Verification v = Verification.of(ENGINE, ASSESSMENT, c);
    assertThat(v.verified()).isTrue();
    assertThat(v.traceCompared()).isFalse();
    ClaimedResult respelled =
        new ClaimedResult(
            c.assessmentId(),
            c.tableId(),
            c.tableVersion(),
            c.fingerprint(),
            c.period(),
            c.curve(),
            c.domains(),
            new BigDecimal("39.60"),
            c.band(),
            c.indicativeBudget(),
            c.finalBudget(),
            c.flags(),
            c.trace(),
            c.source());
    assertThat(Verification.of(ENGINE, ASSESSMENT, respelled).verified()).isTrue();
    ClaimedResult noFinal =
        new ClaimedResult(
            c.assessmentId(),
            c.tableId(),
            c.tableVersion(),
            c.fingerprint(),
            c.period(),
            c.curve(),
            c.domains(),
            c.totalPoints(),
            c.band(),
            c.indicativeBudget(),
            Optional.empty(),
            List.of(),
            c.trace(),
            c.source());
    VerificationDifference d =
        Verification.of(ENGINE, ASSESSMENT, noFinal).difference().orElseThrow();
    assertThat(d.pointer()).isEqualTo("/finalBudget");
    assertThat(d.expected()).isEqualTo("a final budget");
    assertThat(d.found()).isEqualTo("no final budget");
  }

  @Test
  void aMissingOrExtraStepIsADifference() {
    ClaimedResult c =
        withSteps(
            claimOf(ENGINE.calculate(ASSESSMENT)),
            steps -> {
              steps.remove(steps.size() - 1);
              return steps;
            });
    VerificationDifference d = Verification.of(ENGINE, ASSESSMENT, c).difference().orElseThrow();
    assertThat(d.found()).isEqualTo("no step (the trace ends)");
    assertThat(d.expected()).isEqualTo("PANEL_CHECK");
  }

  /** Over generated tables: results verify, and every changed answer is caught (in the trace). */
  @Test
  void generatedResultsVerifyAndChangedAnswersAreCaught() {
    Properties.forAll(
        "verification",
        Properties.seeds(1, 40),
        c -> {
          RasTable t = c.table(TableGenerator.defaults().generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 3).toList()) {
            c.assessment(a);
            ClaimedResult claim = claimOf(engine.calculate(a));
            assertThat(Verification.of(engine, a, claim).verified()).isTrue();
            for (WhatIfRow row : WhatIf.of(engine, a).rows()) {
              Assessment.Builder changed = a.toBuilder();
              if (row.to().isPresent()) {
                changed.answer(row.question(), row.to().get());
              } else {
                changed.unanswer(row.question());
              }
              Verification v = Verification.of(engine, changed.build(), claim);
              assertThat(v.verified()).as(row.toString()).isFalse();
              assertThat(v.difference().orElseThrow().pointer()).startsWith("/trace/");
            }
          }
        });
  }
}
