package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/** {@code ras table template | export | import}: the exit-code contract and what is written. */
class TableCommandTest {
  static final String TABLE = RasCommandTest.TABLE;

  @Test
  void exportThenImportGivesTheSameTable(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("T.xlsx");
    Run export = run("table", "export", "--table", TABLE, "--output", xlsx.toString());
    assertThat(export.code()).isZero();
    RasTable original = RasJson.standard().readTable(Path.of(TABLE));
    assertThat(export.out())
        .isEqualTo(
            "Wrote " + xlsx + ": table worked-example 2026.1 (" + original.fingerprint() + ")\n");
    Path json = dir.resolve("T.json");
    Run imported = run("table", "import", "--input", xlsx.toString(), "--output", json.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(Files.readString(json, StandardCharsets.UTF_8))
        .isEqualTo(RasJson.standard().writeTable(original));
    Run toStdout = run("table", "import", "--input", xlsx.toString());
    assertThat(toStdout.code()).isZero();
    assertThat(toStdout.out()).isEqualTo(RasJson.standard().writeTable(original));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("T.xlsx", "T.json");
    }
  }

  @Test
  void theTemplateHasEverySheetWithItsHeaderAndHelp(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("template.xlsx");
    Run r = run("table", "template", "--output", t.toString());
    assertThat(r.code()).isZero();
    try (InputStream in = Files.newInputStream(t);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      // the template offers every sheet, spec v1.1's OtherFunding last (docs/spreadsheets.md)
      assertThat(wb.getNumberOfSheets()).isEqualTo(9);
      assertThat(wb.getSheetName(8)).isEqualTo("OtherFunding");
      assertThat(wb.getSheetName(3)).isEqualTo("Descriptors");
      var d = wb.getSheet("Descriptors");
      assertThat(d.getRow(0).getCell(3).getStringCellValue()).isEqualTo("points");
      assertThat(d.getRow(1).getCell(0).getStringCellValue()).startsWith("Help:");
      assertThat(d.getLastRowNum()).isEqualTo(1);
    }
    // the empty template is not a table: every missing field is listed, at its cell
    Run imported = run("table", "import", "--input", t.toString());
    assertThat(imported.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(imported.err())
        .startsWith("ras: " + t + ": invalid RAS table (")
        .contains("Table!A3: the Table sheet has no row of values (row 3 holds them)")
        .contains("Domains!A1: the table has no domains [RAS-T007")
        .contains("Bands!A1: the allocation has no curves [RAS-T007");
  }

  @Test
  void aBadWorkbookIsExitTwoWithItsCells(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("T.xlsx");
    assertThat(run("table", "export", "--table", TABLE, "--output", xlsx.toString()).code())
        .isZero();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheet("Descriptors").getRow(3).getCell(3).setCellValue(-6);
      wb.getSheet("Bands").getRow(2).getCell(5).setCellFormula("41/10");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    Run r = run("table", "import", "--input", xlsx.toString(), "--output", "never.json");
    assertThat(r.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(r.err())
        .contains("invalid RAS table (2 problems):")
        .contains(
            "/domains/0/questions/0/descriptors/1/points: Descriptors!D4: points of descriptor 1B"
                + " is -6, below 0 [RAS-T005")
        .contains("Bands!F3: the cell holds the formula =41/10, not a value")
        .doesNotContain("Exception");
    assertThat(Path.of("never.json")).doesNotExist();
    // with the option, the formula's saved value (the 4.1 the cell held) is taken
    Run withValues = run("table", "import", "--input", xlsx.toString(), "--formula-values");
    assertThat(withValues.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(withValues.err())
        .contains("invalid RAS table: /domains/0/questions/0/descriptors/1/points:")
        .doesNotContain("Bands!F3");
  }

  @Test
  void filesThatAreNotWorkbooksAndOutputsThatMustNotBeWritten(@TempDir Path dir)
      throws IOException {
    Run notXlsx = run("table", "import", "--input", TABLE);
    assertThat(notXlsx.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(notXlsx.err())
        .isEqualTo(
            "ras: "
                + TABLE
                + ": invalid RAS table: (document): the file is not an .xlsx workbook"
                + " (it is not a zip file) [RAS-X001: the file must be an .xlsx workbook]\n");
    Run missing = run("table", "import", "--input", dir.resolve("nope.xlsx").toString());
    assertThat(missing.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(missing.err()).contains("no such file");

    Path xlsx = dir.resolve("T.xlsx");
    assertThat(run("table", "export", "--table", TABLE, "--output", xlsx.toString()).code())
        .isZero();
    byte[] before = Files.readAllBytes(xlsx);
    Run same = run("table", "import", "--input", xlsx.toString(), "--output", xlsx.toString());
    assertThat(same.code()).isEqualTo(RasCommand.BAD_INPUT);
    // the command's one output guard (OutputFiles), naming both paths
    assertThat(same.err())
        .contains("the output " + xlsx + " is the same file as the input " + xlsx)
        .contains("RAS-O001");
    assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
    Run sameExport = run("table", "export", "--table", TABLE, "--output", TABLE);
    assertThat(sameExport.code()).isEqualTo(RasCommand.BAD_INPUT);
    Run directory = run("table", "template", "--output", dir.toString());
    assertThat(directory.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(directory.err()).contains("is a directory; name a file").contains("RAS-O001");
    Run noSubcommand = run("table");
    assertThat(noSubcommand.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(noSubcommand.err()).contains("give a subcommand: template, export or import");
  }
}
