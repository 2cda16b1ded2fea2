package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/**
 * {@code ras calibrate} answers honestly: no cost column is bad input, and no table is written when
 * nothing was fitted or the fit rests on too few people.
 */
class CalibrateHonestyTest {
  @TempDir Path dir;

  private Path costed(int rows, String cost) throws IOException {
    Path caseload = dir.resolve("c" + rows + ".csv");
    assertThat(
            run(
                    "generate",
                    "--table",
                    TABLE,
                    "--rows",
                    Integer.toString(rows),
                    "--output",
                    caseload.toString())
                .code())
        .isZero();
    if (cost == null) {
      return caseload;
    }
    List<String> lines = Files.readAllLines(caseload);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0) + ",weeklyCost");
    lines.stream().skip(1).forEach(l -> out.add(l + "," + cost));
    Path p = dir.resolve("costed" + rows + ".csv");
    Files.write(p, out);
    return p;
  }

  private Run calibrate(Path input, Path output, String shape) {
    return run(
        "calibrate",
        "--table",
        TABLE,
        "--input",
        input.toString(),
        "--shape",
        shape,
        "--table-version",
        "2027.1",
        "--effective-from",
        "2027-04-01",
        "--output",
        output.toString());
  }

  /**
   * A table counted in hours (spec v1.1 §5) has no money figures to fit to packages' costs: it is
   * refused as bad input, saying why, and nothing is written.
   */
  @Test
  void aTableCountedInHoursIsRefusedWithExit2() throws IOException {
    Path out = dir.resolve("fitted.json");
    Run r =
        run(
            "calibrate",
            "--table",
            RasCommandTest.resource("/spec-v1.1/hours-table.json"),
            "--input",
            costed(20, "250").toString(),
            "--shape",
            "linear",
            "--table-version",
            "2027.1",
            "--effective-from",
            "2027-04-01",
            "--output",
            out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("table worked-example-hours 2026.1 counts its allocation in hours, not money")
        .contains("refuses a table in a unit");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCaseloadWithoutACostColumnIsBadInput() throws IOException {
    Path out = dir.resolve("fitted.json");
    Run r = calibrate(costed(50, null), out, "linear");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).contains("weeklyCost").contains("RAS-C001");
    assertThat(out).doesNotExist();
  }

  @Test
  void nothingFittedWritesNoTableAndAnswersNo() throws IOException {
    Path out = dir.resolve("fitted.json");
    Run r = calibrate(costed(50, ""), out, "linear");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("No table written: nothing was fitted");
    assertThat(out).doesNotExist();
  }

  @Test
  void tooFewPeopleWritesNoTableAndSaysHowMany() throws IOException {
    Path out = dir.resolve("fitted.json");
    Run r = calibrate(costed(5, "100.00"), out, "linear");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("No table written: the fit rests on 5 people, fewer than 30");
    assertThat(out).doesNotExist();
  }

  @Test
  void theReportSaysHowManyPeopleEachFittedFigureRestsOn() throws IOException {
    Path out = dir.resolve("fitted.json");
    Run r = calibrate(costed(300, "100.00"), out, "linear");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    // the report's text is wrapped at 78 characters: read it as one line
    assertThat(r.out().replaceAll("\\s+", " "))
        .containsPattern("band A from 0: [^;]*; fitted on \\d+ people");
    assertThat(out).isRegularFile();
  }
}
