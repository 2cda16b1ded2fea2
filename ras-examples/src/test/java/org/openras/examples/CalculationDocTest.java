package org.openras.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.engine.Flag;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.tables.RasJson;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * The worked example by hand in {@code docs/calculation.md} agrees with the engine: each row of its
 * table that names a trace step gives that step's value, and a row that says a step is absent has
 * none in the trace.
 */
class CalculationDocTest {

  private static final Path ROOT = Path.of("..");
  private static final Path EXAMPLES =
      ROOT.resolve("ras-examples/src/main/resources/org/openras/examples");

  /** A row of the hand table: | step | working | figure | trace |. */
  private static final Pattern ROW =
      Pattern.compile("^\\| ([^|]+) \\| (.+) \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);

  private static final Pattern KIND = Pattern.compile("`([A-Z_]+)`(?: (\\S+))?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?");

  @Test
  void everyFigureOfTheWorkedExampleIsTheTraceValue() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/calculation.md"), StandardCharsets.UTF_8);
    String byHand = doc.substring(doc.indexOf("## The worked example, by hand"));
    RasJson json = RasJson.standard();
    Result result =
        RasEngine.of(json.readTable(EXAMPLES.resolve("worked-table.json")))
            .calculate(json.readAssessment(EXAMPLES.resolve("worked-assessment.json")));
    List<TraceStep> steps = result.trace().steps();

    int checked = 0;
    int absent = 0;
    Matcher row = ROW.matcher(byHand);
    while (row.find()) {
      String figure = row.group(3).replace('−', '-');
      String trace = row.group(4).strip();
      Matcher kind = KIND.matcher(trace);
      if (!kind.find()) {
        continue; // the header row
      }
      StepKind k;
      try {
        k = StepKind.valueOf(kind.group(1));
      } catch (IllegalArgumentException e) {
        continue; // a header cell, not a step kind
      }
      String subject = trace.startsWith("(no ") ? null : kind.group(2);
      List<TraceStep> matching =
          steps.stream()
              .filter(s -> s.kind() == k)
              .filter(s -> subject == null || s.subject().equals(subject))
              .toList();
      if (trace.startsWith("(no ")) {
        assertThat(matching).as("row %s: no %s step", row.group(1), k).isEmpty();
        absent++;
        continue;
      }
      assertThat(matching).as("row %s: a %s %s step", row.group(1), k, subject).isNotEmpty();
      Matcher n = NUMBER.matcher(figure);
      if (!n.find()) {
        continue; // a code, such as the curve's group or the panel flag
      }
      BigDecimal expected = new BigDecimal(n.group().replace(",", "").replace("+", ""));
      assertThat(matching.get(0).value())
          .as("row %s (%s %s)", row.group(1), k, subject)
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
      checked++;
    }
    assertThat(checked).as("figures checked").isGreaterThanOrEqualTo(30);
    assertThat(absent).as("absent steps checked").isEqualTo(1);
    assertThat(byHand).contains("`PANEL_APPROVAL_REQUIRED`");
    assertThat(result.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    assertThat(byHand)
        .contains(result.table().fingerprint().value())
        .contains("**£199.69 a week (£10,383.88 a year)**")
        .contains("**£239.69 a week (£12,463.88 a year)**");
    assertThat(result.indicativeBudget().weekly()).isEqualByComparingTo("199.69");
    assertThat(result.finalBudget().orElseThrow().annual()).isEqualByComparingTo("12463.88");
  }
}
