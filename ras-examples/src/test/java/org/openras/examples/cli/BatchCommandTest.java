package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.batch;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/** {@code ras generate} and {@code ras batch}: files, summary and exit codes. */
class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void generateThenBatchComputesEveryRow() throws IOException {
    Path caseload = dir.resolve("caseload.csv");
    Run g =
        run(
            "generate",
            "--table",
            TABLE,
            "--rows",
            "300",
            "--seed",
            "42",
            "--output",
            caseload.toString());
    assertThat(g.code()).isZero();
    assertThat(g.out()).contains("Wrote 300 assessments");
    assertThat(Files.readAllLines(caseload)).hasSize(301);
    assertThat(Files.readAllLines(caseload).get(0))
        .isEqualTo("id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9");

    Path again = dir.resolve("again.csv");
    run(
        "generate",
        "--table",
        TABLE,
        "--rows",
        "300",
        "--seed",
        "42",
        "--output",
        again.toString());
    assertThat(Files.readAllLines(again))
        .as("same seed, same caseload")
        .isEqualTo(Files.readAllLines(caseload));

    Path results = dir.resolve("results.jsonl");
    Run b = batch(TABLE, caseload.toString(), results.toString());
    assertThat(b.code()).isZero();
    assertThat(b.out()).contains("Rows in: 300 = written: 300 + in error: 0");
    assertThat(Files.readAllLines(results)).hasSize(300);
    assertThat(dir.resolve("results.jsonl.errors.csv")).doesNotExist();
  }

  @Test
  void badRowsAreAnsweredNoWithAnErrorFile() throws IOException {
    Path caseload = dir.resolve("caseload.txt");
    Files.writeString(
        caseload,
        "id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n"
            + "ok,2026-06-01,worked-example,,,1A,2A,3A,,\n"
            + "bad,2026-06-01,worked-example,,,1A,2A,3Z,,\n");
    Path results = dir.resolve("results.out");
    Run b =
        run(
            "batch",
            "--table",
            TABLE,
            "--input",
            caseload.toString(),
            "--input-format",
            "csv",
            "--output",
            results.toString(),
            "--output-format",
            "CSV",
            "--errors",
            dir.resolve("bad.csv").toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.out()).contains("Rows in: 2 = written: 1 + in error: 1");
    assertThat(Files.readAllLines(dir.resolve("bad.csv")).get(1)).startsWith("2,bad,RAS-A003,");
  }

  @Test
  void impactOfATableAgainstItselfChangesNobody() throws IOException {
    Path caseload = dir.resolve("caseload.jsonl");
    assertThat(
            run("generate", "--table", TABLE, "--rows", "200", "--output", caseload.toString())
                .code())
        .isZero();
    Path changes = dir.resolve("changes.csv");
    Path report = dir.resolve("impact.html");
    Run r =
        run(
            "impact",
            "--before",
            TABLE,
            "--after",
            TABLE,
            "--input",
            caseload.toString(),
            "--changes",
            changes.toString(),
            "--report",
            report.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("The weekly cost of the caseload changes by: £0.00 a week")
        .contains("Rows in 200")
        .contains("Computed under both tables 200")
        .contains("In error 0")
        .contains("Higher budget after 0")
        .contains("Lower budget after 0")
        .contains("Unchanged 200");
    assertThat(Files.readAllLines(changes)).hasSize(201);
    assertThat(Files.readString(report))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .contains("<a class=\"skip\" href=\"#content\">");
  }

  @Test
  void calibrateWritesAFittedTableThatLoads() throws IOException {
    Path caseload = dir.resolve("caseload.csv");
    assertThat(
            run("generate", "--table", TABLE, "--rows", "500", "--output", caseload.toString())
                .code())
        .isZero();
    // every person's current cost: 100 a week
    List<String> lines = Files.readAllLines(caseload);
    List<String> costed = new java.util.ArrayList<>();
    costed.add(lines.get(0) + ",weeklyCost");
    lines.stream().skip(1).forEach(l -> costed.add(l + ",100.00"));
    Path input = dir.resolve("costed.csv");
    Files.write(input, costed);
    Path fitted = dir.resolve("fitted.json");
    Run r =
        run(
            "calibrate",
            "--table",
            TABLE,
            "--input",
            input.toString(),
            "--shape",
            "linear",
            "--table-version",
            "2027.1",
            "--effective-from",
            "2027-04-01",
            "--output",
            fitted.toString(),
            "--report",
            dir.resolve("calibration.html").toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("calibration.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Calibration of worked-example 2026.1 → version 2027.1 from 2027-04-01</h1>")
        .contains("<svg");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("Rows in: 500 = fitted: 500")
        .contains("Fitted table:");
    RasTable t = RasJson.standard().readTable(fitted);
    assertThat(t.version()).isEqualTo("2027.1");
    assertThat(
            run(
                    "calibrate",
                    "--table",
                    TABLE,
                    "--input",
                    input.toString(),
                    "--table-version",
                    "2026.1",
                    "--effective-from",
                    "2027-04-01",
                    "--output",
                    fitted.toString())
                .code())
        .isEqualTo(2);
  }

  @Test
  void unreadableInputAndUnknownFormatsAreBadInput() {
    Run missing = batch(TABLE, dir.resolve("none.csv").toString(), dir.resolve("o.csv").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.csv").doesNotContain("\tat ");
    Run format = batch(TABLE, dir.resolve("x.txt").toString(), dir.resolve("o.csv").toString());
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--input-format");
    Run moderationsInCsv =
        run(
            "generate",
            "--table",
            TABLE,
            "--rows",
            "1",
            "--moderations",
            "--output",
            dir.resolve("m.csv").toString());
    assertThat(moderationsInCsv.code()).isEqualTo(2);
  }
}
