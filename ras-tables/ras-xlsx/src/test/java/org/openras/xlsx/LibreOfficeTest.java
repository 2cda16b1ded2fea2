package org.openras.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.table.RasTable;

/**
 * The workbooks written open in a real spreadsheet program: LibreOffice (headless) converts an
 * exported workbook to CSV, one file per sheet, and the cells are those of the table; and a
 * workbook saved again by LibreOffice reads back with the same fingerprint.
 *
 * <p>Runs where {@code soffice} is on the PATH ({@code .ci/run} installs Debian's {@code
 * libreoffice-calc}); with {@code -Dras.xlsx.soffice=required} (as CI runs it) a missing {@code
 * soffice} fails the test instead of skipping it. Each conversion takes about 10 seconds.
 */
class LibreOfficeTest {
  private static String soffice;

  @BeforeAll
  static void findSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      Path p = Path.of(dir, "soffice");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        soffice = p.toString();
        break;
      }
    }
    if ("required".equals(System.getProperty("ras.xlsx.soffice"))) {
      assertThat(soffice).as("soffice on the PATH (apt-get install libreoffice-calc)").isNotNull();
    }
    assumeTrue(soffice != null, "soffice is not on the PATH");
  }

  static void convert(Path dir, Path xlsx, String filter) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(soffice);
    cmd.add("-env:UserInstallation=" + dir.resolve("profile").toUri());
    cmd.add("--headless");
    cmd.add("--convert-to");
    cmd.add(filter);
    cmd.add("--outdir");
    cmd.add(dir.resolve("out").toString());
    cmd.add(xlsx.toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  static List<String> lines(Path csv) throws IOException {
    return Files.readAllLines(csv, StandardCharsets.UTF_8);
  }

  @Test
  void anExportedWorkbookOpensWithItsCells(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("T.xlsx");
    XlsxTables.standard().writeTable(Workbooks.worked(), xlsx);
    // CSV: comma, double quote, UTF-8 (76), every sheet to its own file (-1)
    convert(
        dir, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
    Path out = dir.resolve("out");
    assertThat(lines(out.resolve("T-Table.csv")).get(0))
        .isEqualTo(
            "id,name,version,effectiveFrom,effectiveTo,currency,period,weeksPerYear,reference,"
                + "allocation.floor,allocation.ceiling,allocation.rounding.increment,"
                + "allocation.rounding.mode,moderation.tolerancePercent");
    assertThat(lines(out.resolve("T-Table.csv")).get(2))
        .isEqualTo(
            "worked-example,\"Worked example RAS (illustrative figures, not any council's"
                + " table)\",2026.1,2026-04-01,2027-04-01,GBP,WEEK,52,,0,950,0.01,HALF_UP,10");
    assertThat(lines(out.resolve("T-Descriptors.csv")))
        .contains("Q1,1B,I need some support most days,6")
        .contains("Q1,1D,\"I need support at all times, including at night\",24")
        .hasSize(2 + 18);
    assertThat(lines(out.resolve("T-Domains.csv"))).contains("D2,Keeping safe,1.5,,");
    assertThat(lines(out.resolve("T-Questions.csv")))
        .contains(
            "D3,Q5,Which of these do you need support with? Choose all that apply.,ANY,FALSE,9,");
    assertThat(lines(out.resolve("T-Adjustments.csv")))
        .contains(
            "family-carer,Support that a family carer is able and willing to give,Q9,,9A,0,D1",
            "family-carer,,,,9B,-10,D2",
            "family-carer,,,,9C,-25,");
    assertThat(lines(out.resolve("T-Bands.csv")))
        .contains("*,,A,0,0,4.1,", "*,,B,20,82,5.25,", "older-people,,OP,0,0,3.8,");
    assertThat(lines(out.resolve("T-Supplements.csv")))
        .contains(
            "waking-nights,Waking night support,Q1,Illustrative: a council decision would be"
                + " cited here,1D,120");
    assertThat(lines(out.resolve("T-CostFactors.csv")))
        .containsExactly(
            "locality,factor",
            "\"Help: one row per locality, * for every other one\",\"multiplier of the budget there,"
                + " greater than 0\"",
            "*,1",
            "inner,1.08");
  }

  @Test
  void aWorkbookSavedByLibreOfficeReadsBackTheSame(@TempDir Path dir) throws Exception {
    RasTable hours =
        org.openras.tables.RasJson.standard()
            .readTable(Path.of("../../ras-tables/src/test/resources/spec/v1.1/hours-table.json"));
    for (RasTable t :
        List.of(Workbooks.worked(), RoundTripTest.awkward(), Workbooks.v11(), hours)) {
      Path xlsx = dir.resolve(t.id() + ".xlsx");
      XlsxTables.standard().writeTable(t, xlsx);
      convert(dir, xlsx, "xlsx:Calc MS Excel 2007 XML");
      Path saved = dir.resolve("out").resolve(t.id() + ".xlsx");
      assertThat(Files.readAllBytes(saved)).isNotEqualTo(Files.readAllBytes(xlsx));
      assertThat(XlsxTables.standard().readTable(saved).fingerprint())
          .as(t.id())
          .isEqualTo(t.fingerprint());
    }
  }
}
