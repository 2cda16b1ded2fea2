package org.openras.tables.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.RasEngine;
import org.openras.table.FundingSource;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.testing.WorkedExample;

/**
 * Spec v1.1 in batch runs: JSON Lines caseloads carry other funding, and the result rows carry the
 * council budget, and the unit with what the budget costs.
 */
class V11BatchRunTest {
  @TempDir Path dir;

  private static final String P1 =
      "{\"format\":\"ras-assessment/1\",\"id\":\"p1\",\"date\":\"2026-06-01\","
          + "\"table\":\"worked-example\",\"context\":{\"clientGroup\":\"learning-disability\","
          + "\"locality\":\"inner\"},\"answers\":{\"Q1\":\"1C\",\"Q2\":\"2B\",\"Q3\":\"3C\","
          + "\"Q5\":[\"5A\",\"5B\",\"5D\"],\"Q9\":\"9B\"}";

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static RasTable funded() {
    return WorkedExample.tableBuilder()
        .otherFunding(FundingSource.of("nhs", "NHS continuing healthcare or joint funding"))
        .build();
  }

  /**
   * The worked example (£199.69 a week, £10,383.88 a year) with the NHS paying £60.00 a week: the
   * council budget is £139.69 a week, £139.69 × 52 = £7,263.88 a year.
   */
  @Test
  void jsonLinesOtherFundingGivesTheCouncilBudgetInCsvAndJsonLinesRows() throws IOException {
    RasEngine engine = RasEngine.of(funded());
    Path in =
        write(
            "caseload.jsonl",
            P1
                + ",\"otherFunding\":[{\"source\":\"nhs\",\"amount\":60}]}\n"
                + P1.replace("\"p1\"", "\"p2\"")
                + "}\n"
                + P1.replace("\"p1\"", "\"p3\"")
                + ",\"otherFunding\":[{\"source\":\"ilf\",\"amount\":60}]}\n");
    Path csv = dir.resolve("results.csv");
    BatchSummary s = BatchRun.builder(engine).input(in).output(csv).threads(2).build().run();
    assertThat(s.rowsWritten()).isEqualTo(2);
    assertThat(s.rowsInError()).isEqualTo(1); // ilf is not a source the table lists
    assertThat(Files.readAllLines(csv))
        .containsExactly(
            "id,table,version,totalPoints,band,weekly,annual,finalWeekly,finalAnnual,flags,"
                + "unit,costWeekly,costAnnual,councilWeekly,councilAnnual",
            "p1,worked-example,2026.1,39.6,B,199.69,10383.88,,,,,,,139.69,7263.88",
            "p2,worked-example,2026.1,39.6,B,199.69,10383.88,,,,,,,,");
    Path jsonl = dir.resolve("results.jsonl");
    BatchRun.builder(engine).input(in).output(jsonl).threads(1).build().run();
    String first = Files.readAllLines(jsonl).get(0);
    assertThat(first).contains("\"councilWeekly\":139.69").contains("\"councilAnnual\":7263.88");
    assertThat(Files.readAllLines(jsonl).get(1)).doesNotContain("council").doesNotContain("unit");
  }

  /**
   * The worked example counted in hours at £2.00 an hour: 199.69 hours a week cost £399.38,
   * 10,383.88 hours a year cost £20,767.76.
   */
  @Test
  void aTableInHoursGivesRowsWithTheUnitAndTheCost() throws IOException {
    RasEngine engine =
        RasEngine.of(
            WorkedExample.tableBuilder()
                .unit(new Unit("hour", "hours", Optional.of(new BigDecimal("2.00"))))
                .build());
    Path in = write("caseload.jsonl", P1 + "}\n");
    Path csv = dir.resolve("results.csv");
    BatchRun.builder(engine).input(in).output(csv).build().run();
    assertThat(Files.readAllLines(csv))
        .containsExactly(
            "id,table,version,totalPoints,band,weekly,annual,finalWeekly,finalAnnual,flags,"
                + "unit,costWeekly,costAnnual,councilWeekly,councilAnnual",
            "p1,worked-example,2026.1,39.6,B,199.69,10383.88,,,,hours,399.38,20767.76,,");
    Path jsonl = dir.resolve("results.jsonl");
    BatchRun.builder(engine).input(in).output(jsonl).build().run();
    assertThat(Files.readAllLines(jsonl).get(0))
        .contains("\"unit\":\"hours\"")
        .contains("\"costWeekly\":399.38")
        .contains("\"costAnnual\":20767.76");
  }

  @Test
  void aV1RunKeepsTheV1Columns() throws IOException {
    RasEngine engine = RasEngine.of(WorkedExample.table());
    Path in = write("caseload.jsonl", P1 + "}\n");
    Path csv = dir.resolve("results.csv");
    BatchRun.builder(engine).input(in).output(csv).build().run();
    assertThat(Files.readAllLines(csv).get(0))
        .isEqualTo("id,table,version,totalPoints,band,weekly,annual,finalWeekly,finalAnnual,flags");
  }
}
