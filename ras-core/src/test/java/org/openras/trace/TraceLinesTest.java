package org.openras.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.trace.StepKind.SUPPLEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.testing.WorkedExample;

/**
 * The trace as numbered plain-English lines: one per step, in order, citing the table's sources.
 */
class TraceLinesTest {
  private static final String SOURCE = "Illustrative: a council decision would be cited here";

  // the worked example with 1D for Q1, so that the waking-nights supplement (which cites its
  // source) applies
  private final Result result =
      RasEngine.of(WorkedExample.table())
          .calculate(WorkedExample.assessmentBuilder().answer("Q1", "1D").build());
  private final Trace trace = result.trace();

  @Test
  void oneNumberedLinePerStepInOrder() {
    List<String> lines = trace.lines();
    assertThat(lines).hasSameSizeAs(trace.steps()).hasSizeGreaterThan(30);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith((i + 1) + ". " + trace.steps().get(i).explanation());
    }
    assertThat(lines.get(0)).startsWith("1. ");
    assertThat(lines.get(lines.size() - 1)).startsWith(lines.size() + ". ");
  }

  @Test
  void aStepWithASourceCitesIt() {
    TraceStep supplement = trace.steps(SUPPLEMENT).get(0);
    assertThat(supplement.reference()).contains(SOURCE);
    assertThat(supplement.label()).contains("Waking night support");
    int at = trace.steps().indexOf(supplement);
    assertThat(trace.lines().get(at))
        .isEqualTo((at + 1) + ". " + supplement.explanation() + " (Source: " + SOURCE + ")");
    // and only that one: the other lines end with their sentence
    assertThat(trace.lines()).filteredOn(l -> l.contains("(Source: ")).hasSize(1);
  }

  @Test
  void asTextTheLinesOnePerLine() {
    assertThat(trace.toString()).isEqualTo(String.join(System.lineSeparator(), trace.lines()));
    assertThat(trace.toString().lines()).hasSize(trace.steps().size());
  }

  @Test
  void anUntracedResultHasNoLines() {
    Result untraced =
        RasEngine.of(WorkedExample.table())
            .calculate(WorkedExample.assessment(), org.openras.engine.Tracing.OFF);
    assertThat(untraced.trace().isEmpty()).isTrue();
    assertThat(untraced.trace().lines()).isEmpty();
    assertThat(untraced.trace().toString()).isEmpty();
  }
}
