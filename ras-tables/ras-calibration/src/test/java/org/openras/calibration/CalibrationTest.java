package org.openras.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.generate.AssessmentGenerator;
import org.openras.table.Band;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.tables.batch.CaseloadFormat;
import org.openras.tables.batch.CaseloadWriter;

/**
 * Calibration recovers the figures of a table whose budgets are the costs: the costs are made by a
 * "true" table that differs from the current one only in its curves' money figures.
 */
class CalibrationTest {
  @TempDir Path dir;

  static String text;
  static RasTable current;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        // the spec's example, from ras-tables' test jar: another module, so through the class
        // loader (Class.getResourceAsStream looks only in this module)
        CalibrationTest.class.getClassLoader().getResourceAsStream("spec/worked-table.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    current = RasJson.standard().readTable(text, "worked-table.json");
  }

  private static RasTable truth(String... replacements) {
    String t = text;
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(t).contains(replacements[i]);
      t = t.replace(replacements[i], replacements[i + 1]);
    }
    return RasJson.standard().readTable(t, "truth.json");
  }

  /** A CSV caseload whose weeklyCost is each person's weekly budget under {@code truth}. */
  private Path caseload(RasTable truth, int people, long seed) throws IOException {
    List<Assessment> list =
        AssessmentGenerator.forTable(current).withModerationProbability(0).stream(seed, people)
            .toList();
    Path plain = dir.resolve("plain.csv");
    CaseloadWriter.write(current, list.iterator(), plain, CaseloadFormat.CSV);
    List<String> lines = Files.readAllLines(plain);
    RasEngine engine = RasEngine.of(truth);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0) + ",weeklyCost");
    for (int i = 0; i < list.size(); i++) {
      BigDecimal cost = engine.calculate(list.get(i).forTable(truth)).indicativeBudget().weekly();
      out.add(lines.get(i + 1) + "," + cost.toPlainString());
    }
    Path p = dir.resolve("costed.csv");
    Files.write(p, out);
    return p;
  }

  @Test
  void progressIsHeardThroughBothPasses() throws IOException {
    Path costed = caseload(current, 300, 5);
    long size = Files.size(costed);
    List<Long> bytes = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Long> rows = new java.util.concurrent.CopyOnWriteArrayList<>();
    Calibration.builder(current)
        .input(costed)
        .version("progress")
        .effectiveFrom(LocalDate.of(2027, 4, 1))
        .progressBytes(bytes::add)
        .progress(rows::add)
        .build()
        .run();
    // the second pass counts on from the first: the whole run reads the input twice
    assertThat(bytes).isSorted();
    assertThat(bytes.get(bytes.size() - 1)).isEqualTo(2 * size);
    assertThat(bytes).anySatisfy(b -> assertThat(b).isGreaterThan(size));
    assertThat(rows).isSorted();
    assertThat(rows.get(rows.size() - 1)).isEqualTo(600);
  }

  @Test
  void bandsFitRecoversTheTrueFigures() throws IOException {
    // truth: band A 4.50 a point (was 4.10); band B from 20: 90 + 6.00 a point (was 82, 5.25);
    // band C from 60: 330 (was 292); older people 3.50 a point (was 3.80)
    RasTable truth =
        truth(
            "\"perPoint\": 4.10", "\"perPoint\": 4.50",
            "\"amount\": 82, \"perPoint\": 5.25", "\"amount\": 90, \"perPoint\": 6.00",
            "\"amount\": 292", "\"amount\": 330",
            "\"perPoint\": 3.80", "\"perPoint\": 3.50");
    Path costed = caseload(truth, 4000, 17);
    CalibrationReport r =
        Calibration.builder(current)
            .input(costed)
            .version("2027.1")
            .effectiveFrom(LocalDate.of(2027, 4, 1))
            .build()
            .run();

    assertThat(r.rowsIn()).isEqualTo(4000);
    assertThat(r.rowsFitted()).isEqualTo(4000);
    RasTable fitted = r.fitted();
    assertThat(fitted.version()).isEqualTo("2027.1");
    assertThat(fitted.effectiveFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(fitted.domains()).isEqualTo(current.domains());
    List<Band> star = fitted.allocation().curves().get(0).bands();
    // costs are rounded to the penny, so the figures come back within a little of the truth
    assertThat(star.get(0).perPoint().doubleValue()).isCloseTo(4.50, within(0.01));
    assertThat(star.get(0).amount().doubleValue()).isCloseTo(0, within(0.05));
    assertThat(star.get(1).amount().doubleValue()).isCloseTo(90, within(0.05));
    assertThat(star.get(1).perPoint().doubleValue()).isCloseTo(6.00, within(0.01));
    List<Band> op = fitted.allocation().curves().get(1).bands();
    assertThat(op.get(0).perPoint().doubleValue()).isCloseTo(3.50, within(0.01));
    for (CalibrationReport.CurveFit c : r.curves()) {
      assertThat(c.rSquared()).as(c.clientGroup()).isGreaterThan(0.999);
      assertThat(c.meanAbsoluteError()).as(c.clientGroup()).isLessThan(new BigDecimal("0.10"));
    }
    assertThat(r.toText().replaceAll("\\s+", " "))
        .contains("The fit rests on: 4,000 people")
        .contains("Rows in: 4000 = fitted: 4000")
        .contains("band B from 20: amount 90, per point 6 (was 82, 5.25)");
    String html = r.toHtml();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<td class=\"num\">£90.00</td><td class=\"num\">£6.00</td>")
        .contains("<td class=\"num\">£82.00</td><td class=\"num\">£5.25</td>");
    // a chart of each fitted curve, with a money scale
    assertThat(html.split("<svg ", -1)).hasSize(1 + r.curves().size());
    assertThat(html).contains(">£0.00</text>").contains(">Total points</text>");
    assertThat(r.toMarkdown())
        .contains("| Curve / band | People | Mean residual | Mean \\|residual\\| |");
  }

  @Test
  void linearFitFindsAmountAndPricePerPoint() throws IOException {
    // truth: every curve a single band: 10 + 5.00 a point (the * curve's other bands removed)
    RasTable truth =
        truth(
            "{ \"label\": \"A\", \"from\": 0, \"amount\": 0, \"perPoint\": 4.10 },",
            "{ \"label\": \"A\", \"from\": 0, \"amount\": 10, \"perPoint\": 5.00 }",
            "{ \"label\": \"B\", \"from\": 20, \"amount\": 82, \"perPoint\": 5.25 },",
            "",
            "{ \"label\": \"C\", \"from\": 60, \"amount\": 292, \"perPoint\": 0 }",
            "",
            "{ \"label\": \"OP\", \"from\": 0, \"amount\": 0, \"perPoint\": 3.80 }",
            "{ \"label\": \"OP\", \"from\": 0, \"amount\": 10, \"perPoint\": 5.00 }");
    Path costed = caseload(truth, 3000, 23);
    CalibrationReport r =
        Calibration.builder(current)
            .input(costed)
            .shape(Calibration.Shape.LINEAR)
            .version("linear")
            .effectiveFrom(LocalDate.of(2027, 4, 1))
            .build()
            .run();
    for (int i = 0; i < 2; i++) {
      List<Band> bands = r.fitted().allocation().curves().get(i).bands();
      assertThat(bands).hasSize(1);
      assertThat(bands.get(0).amount().doubleValue()).isCloseTo(10, within(0.05));
      assertThat(bands.get(0).perPoint().doubleValue()).isCloseTo(5.00, within(0.01));
    }
  }

  @Test
  void rowsWithoutCostOrWithABadCostAreCountedNotFitted() throws IOException {
    Path p = dir.resolve("mixed.csv");
    Files.writeString(
        p,
        "id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9,weeklyCost\n"
            + "a,2026-06-01,worked-example,,,1B,2A,3A,,,50.00\n"
            + "b,2026-06-01,worked-example,,,1C,2A,3A,,,\n"
            + "c,2026-06-01,worked-example,,,1C,2A,3A,,,lots\n"
            + "d,2026-06-01,worked-example,,,1D,2A,3A,,,-5\n");
    CalibrationReport r =
        Calibration.builder(current)
            .input(p)
            .version("x")
            .effectiveFrom(LocalDate.of(2027, 4, 1))
            .build()
            .run();
    assertThat(r.rowsIn()).isEqualTo(4);
    assertThat(r.rowsFitted()).isEqualTo(1);
    assertThat(r.rowsWithoutCost()).isEqualTo(1);
    assertThat(r.rowsInError()).isEqualTo(2);
    assertThat(r.errors()).hasSize(2);
    assertThat(r.errors().get(0)).startsWith("row 3: ").contains("lots");
    assertThatThrownBy(
            () ->
                Calibration.builder(current)
                    .input(p)
                    .version("2026.1")
                    .effectiveFrom(LocalDate.of(2027, 4, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("new version");
  }

  /** A table in hours (spec v1.1 §5) is refused, saying why; a money table is not. */
  @Test
  void aTableInAUnitIsRefused(@TempDir Path dir) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            mapper.readTree(RasJson.standard().writeTable(current));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("allocation"))
        .putObject("unit")
        .put("singular", "hour")
        .put("plural", "hours")
        .put("price", new BigDecimal("23.50"));
    RasTable hours = RasJson.standard().readTable(mapper.writeValueAsString(tree), "hours.json");
    assertThat(Calibration.unsupported(current)).isEmpty();
    assertThat(Calibration.unsupported(hours))
        .hasValueSatisfying(
            m -> assertThat(m).contains("counts its allocation in hours, not money"));
    Path p = Files.writeString(dir.resolve("c.csv"), "id\n");
    assertThatThrownBy(
            () ->
                Calibration.builder(hours)
                    .input(p)
                    .version("2027.1")
                    .effectiveFrom(LocalDate.of(2027, 4, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refuses a table in a unit");
  }
}
