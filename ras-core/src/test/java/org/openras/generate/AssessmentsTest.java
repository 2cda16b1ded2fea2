package org.openras.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.table.RasTable;
import org.openras.testing.Properties;
import org.openras.testing.WorkedExample;

class AssessmentsTest {
  private static final TableGenerator SMALL =
      TableGenerator.defaults()
          .withDomains(1, 2)
          .withQuestionsPerDomain(1, 2)
          .withDescriptorsPerQuestion(1, 3)
          .withAnyShare(0.3)
          .withOptionalShare(0.3)
          .withFallbackCurve(false)
          .withFallbackCostFactor(false);

  @Test
  void workedExampleSpaceSize() {
    // Q1: 4, Q2: 4, Q3: 3, Q5: 2^4 subsets + unanswered, Q9: 3 + unanswered
    assertThat(Assessments.spaceSize(WorkedExample.table()))
        .isEqualTo(BigInteger.valueOf(4 * 4 * 3 * 17 * 4));
  }

  @Test
  void enumerationCountsTheSpaceAndEveryAssessmentIsDistinctAndValid() {
    Properties.forAll(
        "exhaustive",
        Properties.seeds(0, 300),
        c -> {
          RasTable t = c.table(SMALL.generate(c.seed()));
          BigInteger size = Assessments.spaceSize(t);
          RasEngine engine = RasEngine.of(t);
          Set<Object> answers = new HashSet<>();
          long count = 0;
          for (Assessment a : (Iterable<Assessment>) Assessments.exhaustive(t)::iterator) {
            c.assessment(a);
            assertThat(a.id()).isEqualTo("all-" + count);
            engine.calculate(a, Tracing.OFF);
            answers.add(a.answers());
            count++;
          }
          assertThat(BigInteger.valueOf(count)).isEqualTo(size);
          assertThat(answers).hasSize((int) count);
          assertThat(Assessments.exhaustive(t).count()).isEqualTo(count);
        });
  }

  @Test
  void workedExampleEnumerationKeepsTheTemplateContext() {
    RasTable t = WorkedExample.table();
    Assessment template = WorkedExample.assessment();
    List<Assessment> all = Assessments.exhaustive(t, template).toList();
    assertThat(all).hasSize(3264);
    assertThat(all)
        .allSatisfy(
            a -> {
              assertThat(a.date()).isEqualTo(template.date());
              assertThat(a.clientGroup()).isEqualTo(template.clientGroup());
              assertThat(a.locality()).isEqualTo(template.locality());
              assertThat(a.moderations()).isEqualTo(template.moderations());
            });
    assertThat(all.get(0).answers()).containsOnlyKeys("Q1", "Q2", "Q3");
    assertThat(all.stream().map(Assessment::answers)).contains(template.answers());
  }
}
