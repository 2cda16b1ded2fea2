package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.batch;
import static org.openras.examples.cli.RasCommandTest.impact;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/**
 * Every CSV the commands write neutralises cells a spreadsheet would run as a formula, and keeps
 * numbers as numbers.
 */
class CsvSafetyTest {
  @TempDir Path dir;

  private static final String HEADER = "id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n";

  @Test
  void batchResultsAndErrorFilesNeutraliseFormulas() throws IOException {
    Path caseload = dir.resolve("caseload.csv");
    Files.writeString(
        caseload,
        HEADER
            + "\"=HYPERLINK(\"\"http://x\"\")\",2026-06-01,worked-example,,,1A,2A,3A,,\n"
            + "@SUM(1),2026-06-01,worked-example,,,1A,2A,3Z,,\n"
            + "-1,2026-06-01,worked-example,,,1A,2A,3A,,\n");
    Path results = dir.resolve("results.csv");
    Run r = batch(TABLE, caseload.toString(), results.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    List<String> lines = Files.readAllLines(results);
    assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",");
    // a number stays a number, and the figures are numbers
    assertThat(lines.get(2)).startsWith("-1,worked-example,2026.1,");
    assertThat(lines.get(1))
        .matches(".*,\\d+(\\.\\d+)?,[A-Za-z0-9 ]*,\\d+\\.\\d\\d,\\d+\\.\\d\\d,.*");
    List<String> errors = Files.readAllLines(dir.resolve("results.csv.errors.csv"));
    assertThat(errors.get(1)).startsWith("2,\"'@SUM(1)\",RAS-A003,");
  }

  @Test
  void impactChangesNeutraliseFormulasAndKeepNegativeChangesAsNumbers() throws IOException {
    Path caseload = dir.resolve("caseload.csv");
    Files.writeString(
        caseload,
        HEADER
            + "+cmd,2026-06-01,worked-example,=evil,,1A,2A,3A,,\n"
            + "p2,2026-06-01,worked-example,,,1A,2A,3A,,\n");
    Path changes = dir.resolve("changes.csv");
    Run r = impact(caseload.toString(), changes.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(changes);
    assertThat(lines.get(1)).startsWith("1,\"'+cmd\",\"'=evil\",");
    assertThat(lines.get(2)).startsWith("2,p2,,");
  }

  @Test
  void controlCharactersFromTheCaseloadNeverReachTheTerminal() throws IOException {
    Path caseload = dir.resolve("caseload.csv");
    Files.writeString(
        caseload,
        HEADER
            + "\"p\u001b[2J1\",2026-06-01,worked-example,\"grp\u001b]0;owned\u0007x\",,1A,2A,3A,,\n"
            + "\"bad\r\u001b[1A\",2026-06-01,worked-example,,,1A,2A,3Z,,\n");
    Path results = dir.resolve("results.csv");
    Run r = batch(TABLE, caseload.toString(), results.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(r.out()).contains("grp\\u001b]0;owned\\u0007x");
    String errors = Files.readString(dir.resolve("results.csv.errors.csv"));
    assertThat(errors).doesNotContain("\u001b").contains("\\u001b[1A");
  }

  @Test
  void codesHoldingTheAnySeparatorRoundTripThroughGenerateAndBatch() throws IOException {
    Path table = dir.resolve("t.json");
    Files.writeString(
        table,
        Files.readString(Path.of(TABLE))
            .replace("\"5B\"", "\"5|B\"")
            .replace("\"5D\"", "\"5\\\\D\""));
    Path caseload = dir.resolve("c.csv");
    Run g =
        run(
            "generate",
            "--table",
            table.toString(),
            "--rows",
            "300",
            "--output",
            caseload.toString());
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(Files.readString(caseload)).contains("5\\|B");
    Path results = dir.resolve("r.csv");
    Run b = batch(table.toString(), caseload.toString(), results.toString());
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    assertThat(b.out()).contains("Rows in: 300 = written: 300 + in error: 0");
  }
}
