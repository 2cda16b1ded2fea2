package org.openras.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.table.Curve;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.testing.Properties;
import org.openras.testing.WorkedExample;

class AssessmentGeneratorTest {
  private static final TableGenerator TABLES = TableGenerator.defaults();

  @Test
  void sameSeedGivesSameAssessment() {
    Properties.forAll(
        "same seed, same assessment",
        Properties.seeds(0, 200),
        c -> {
          RasTable t = c.table(TABLES.generate(c.seed()));
          AssessmentGenerator g = AssessmentGenerator.forTable(t).withModerationProbability(0.5);
          for (long s = -5; s < 5; s++) {
            Assessment a = c.assessment(g.generate(s));
            assertThat(AssessmentGenerator.forTable(t).withModerationProbability(0.5).generate(s))
                .isEqualTo(a);
            assertThat(a.id()).isEqualTo("gen-" + s);
          }
        });
  }

  /** Pins one assessment: the same seed must give it on every machine. */
  @Test
  void seedsGiveTheSameAssessmentsOnEveryMachine() {
    Assessment a =
        AssessmentGenerator.forTable(WorkedExample.table())
            .withModerationProbability(1)
            .generate(42L);
    assertThat(Properties.describe(a)).isEqualTo(GOLDEN_42);
  }

  static final String GOLDEN_42 =
      "{id=gen-42, date=2026-04-22, table=worked-example, locality=inner, answers={Q1=1D,"
          + " Q2=2A, Q3=3C, Q5=[5B, 5C], Q9=9B}, moderations=[amount -128.68 by social worker"
          + " on 2026-05-08 (Person declined part of the support offered)]}";

  @Test
  void differentSeedsGiveDifferentAssessments() {
    RasTable t = WorkedExample.table();
    AssessmentGenerator g = AssessmentGenerator.forTable(t);
    Set<Object> answers = new HashSet<>();
    for (long s = 0; s < 100; s++) {
      answers.add(g.generate(s).answers());
    }
    assertThat(answers).hasSizeGreaterThan(80);
  }

  @Test
  void streamIsTheGeneratorAtDerivedSeeds() {
    AssessmentGenerator g = AssessmentGenerator.forTable(WorkedExample.table());
    List<Assessment> stream = g.stream(9L, 50).toList();
    List<Long> seeds = AssessmentGenerator.seeds(9L, 50).boxed().toList();
    assertThat(stream).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(stream.get(i)).isEqualTo(g.generate(seeds.get(i)));
    }
    assertThat(g.stream(9L, 50).toList()).isEqualTo(stream);
  }

  @Test
  void everyGeneratedAssessmentIsValidForItsTable() {
    List<TableGenerator> variants =
        List.of(
            TABLES,
            TABLES.withFallbackCurve(false).withFallbackCostFactor(false),
            TABLES.withAnyShare(0.7).withOptionalShare(0.7));
    for (TableGenerator tg : variants) {
      Properties.forAll(
          "valid assessments",
          Properties.seeds(0, 400),
          c -> {
            RasTable t = c.table(tg.generate(c.seed()));
            RasEngine engine = RasEngine.of(t);
            AssessmentGenerator g =
                AssessmentGenerator.forTable(t)
                    .withModerationProbability(0.5)
                    .withFallbackContextProbability(0.5);
            for (Assessment a : g.stream(c.seed(), 10).toList()) {
              c.assessment(a);
              assertThat(t.inForceOn(a.date())).isTrue();
              engine.calculate(a, Tracing.OFF); // throws when not valid
              for (Question q : t.questions()) {
                if (q.required()) {
                  assertThat(a.answers()).containsKey(q.code());
                }
              }
              a.moderations()
                  .forEach(
                      m -> {
                        assertThat(m.reason()).isNotBlank();
                        assertThat(m.by()).isNotBlank();
                        assertThat(m.date()).isAfterOrEqualTo(a.date());
                      });
            }
          });
    }
  }

  @Test
  void contextComesFromTheTableWithUnknownOnesOnlyWhenThereIsAFallback() {
    Set<String> groups = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      RasTable t = TABLES.generate(seed);
      for (Assessment a : AssessmentGenerator.forTable(t).stream(seed, 20).toList()) {
        a.clientGroup().ifPresent(groups::add);
        a.locality().ifPresent(places::add);
      }
      RasTable strict =
          TABLES.withFallbackCurve(false).withFallbackCostFactor(false).generate(seed);
      for (Assessment a : AssessmentGenerator.forTable(strict).stream(seed, 20).toList()) {
        assertThat(a.clientGroup())
            .isPresent()
            .hasValueSatisfying(
                g ->
                    assertThat(strict.allocation().curves())
                        .anyMatch(cv -> cv.clientGroup().equals(g)));
        assertThat(a.locality())
            .isPresent()
            .hasValueSatisfying(
                l ->
                    assertThat(strict.allocation().costFactors())
                        .anyMatch(f -> f.locality().equals(l)));
      }
    }
    assertThat(groups)
        .contains(AssessmentGenerator.UNKNOWN_CLIENT_GROUP, Curve.ANY_GROUP)
        .containsAll(TableGenerator.CLIENT_GROUPS);
    assertThat(places)
        .contains(AssessmentGenerator.UNKNOWN_LOCALITY)
        .containsAll(TableGenerator.LOCALITIES);
  }

  @Test
  void unansweredAndModerationProbabilitiesAreHonoured() {
    RasTable t = WorkedExample.table(); // Q5 and Q9 are optional
    AssessmentGenerator never =
        AssessmentGenerator.forTable(t).withUnansweredProbability(0).withModerationProbability(0);
    AssessmentGenerator always =
        AssessmentGenerator.forTable(t).withUnansweredProbability(1).withModerationProbability(1);
    for (long s = 0; s < 200; s++) {
      assertThat(never.generate(s).answers()).containsOnlyKeys("Q1", "Q2", "Q3", "Q5", "Q9");
      assertThat(never.generate(s).moderations()).isEmpty();
      assertThat(always.generate(s).answers()).containsOnlyKeys("Q1", "Q2", "Q3");
      assertThat(always.generate(s).moderations()).hasSizeBetween(1, 3);
    }
  }

  @Test
  void weightsSteerTheAnswers() {
    RasTable t = WorkedExample.table();
    AssessmentGenerator last =
        AssessmentGenerator.forTable(t)
            .withUnansweredProbability(0)
            .weightedBy((q, d, i) -> i == q.descriptors().size() - 1 ? 1 : 0);
    for (long s = 0; s < 100; s++) {
      Assessment a = last.generate(s);
      assertThat(a.answers().get("Q1")).isEqualTo(Answer.one("1D"));
      assertThat(a.answers().get("Q3")).isEqualTo(Answer.one("3C"));
      // ANY: weight 0 is never chosen, weight 1 half the time
      assertThat(a.answers().get("Q5").descriptors()).isSubsetOf("5D");
    }
    double uniform = meanIndex(AssessmentGenerator.forTable(t), t);
    double biased = meanIndex(AssessmentGenerator.forTable(t).favouringHigherNeed(2), t);
    assertThat(uniform).isBetween(1.3, 1.7); // Q1 and Q2 have four descriptors: mean 1.5
    assertThat(biased).isGreaterThan(2.3);
    assertThatThrownBy(() -> AssessmentGenerator.forTable(t).weightedBy((q, d, i) -> 0).generate(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssessmentGenerator.forTable(t).favouringHigherNeed(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double meanIndex(AssessmentGenerator g, RasTable t) {
    Question q1 = t.question("Q1").orElseThrow();
    int sum = 0;
    int n = 2000;
    for (long s = 0; s < n; s++) {
      String d = g.generate(s).answers().get("Q1").descriptors().get(0);
      for (int i = 0; i < q1.descriptors().size(); i++) {
        if (q1.descriptors().get(i).code().equals(d)) {
          sum += i;
        }
      }
    }
    return (double) sum / n;
  }

  @Test
  void anyQuestionsGetEverySubsetEquallyOften() {
    RasTable t = WorkedExample.table();
    AssessmentGenerator g = AssessmentGenerator.forTable(t).withUnansweredProbability(0);
    int[] counts = new int[16];
    int n = 16_000;
    for (long s = 0; s < n; s++) {
      Answer q5 = g.generate(s).answers().get("Q5");
      assertThat(q5.multiple()).isTrue();
      int mask = 0;
      for (String d : q5.descriptors()) {
        mask |= 1 << (d.charAt(1) - 'A');
      }
      counts[mask]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(800, 1200);
    }
    assertThat(t.question("Q5").orElseThrow().select()).isEqualTo(Select.ANY);
  }
}
