package org.openras.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openras.xlsx.Workbooks.cell;
import static org.openras.xlsx.Workbooks.read;
import static org.openras.xlsx.Workbooks.workedWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;

/** The API: files, the template, what cannot be written, and the less common cells. */
class XlsxTablesTest {

  @Test
  void aTableWrittenToAFileReadsBackAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("T.xlsx");
    Files.writeString(xlsx, "an older file, replaced whole");
    XlsxTables.standard().writeTable(Workbooks.worked(), xlsx);
    assertThat(XlsxTables.standard().readTable(xlsx).fingerprint())
        .isEqualTo(Workbooks.worked().fingerprint());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(xlsx);
    }
    InvalidTableException missing =
        catchThrowableOfType(
            InvalidTableException.class,
            () -> XlsxTables.standard().readTable(dir.resolve("none.xlsx")));
    assertThat(missing.getMessage())
        .isEqualTo(
            dir.resolve("none.xlsx")
                + ": invalid RAS table: (document): no such file [RAS-J008:"
                + " the file must be readable]");
  }

  @Test
  void theTemplateIsTheLayoutWithNoValues(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTables.standard().writeTemplate(out);
    Path file = dir.resolve("template.xlsx");
    XlsxTables.standard().writeTemplate(file);
    for (byte[] bytes : List.of(out.toByteArray(), bytesOf(file))) {
      InvalidTableException e =
          catchThrowableOfType(InvalidTableException.class, () -> read(bytes));
      assertThat(e.problems().stream().map(Problem::message))
          .contains(
              "Table!A3: the Table sheet has no row of values (row 3 holds them)",
              "Table!B3: name is missing",
              "Table!D3: effectiveFrom is required",
              "Domains!A1: the table has no domains",
              "Bands!A1: the allocation has no curves");
    }
    assertThat(XlsxTables.standard().formulaValues()).isFalse();
    assertThat(XlsxTables.standard().withFormulaValues(true).formulaValues()).isTrue();
    assertThat(XlsxTables.standard().withFormulaValues(true).toString())
        .isEqualTo("XlsxTables[formulaValues=true]");
  }

  private static byte[] bytesOf(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aTextLongerThanACellHoldsCannotBeWritten() {
    RasTable t =
        RasTable.builder()
            .id("long")
            .name("n".repeat(40_000))
            .version("1")
            .effectiveFrom(java.time.LocalDate.of(2026, 4, 1))
            .domain(
                Domain.builder("D1", "d")
                    .question(Question.one("Q1", "q").descriptor("1A", "a", 0)))
            .curve(org.openras.table.Curve.builder("*").band("A", 0, 0, java.math.BigDecimal.ONE))
            .build();
    RasException e =
        catchThrowableOfType(
            RasException.class,
            () -> XlsxTables.standard().writeTable(t, new ByteArrayOutputStream()));
    assertThat(e.getMessage())
        .isEqualTo(
            "the table cannot be written as a workbook: /name: name is 40000 characters long; a"
                + " spreadsheet cell holds at most 32767 [RAS-X002: the workbook must stay within"
                + " the reader's limits]");
  }

  /**
   * A table with spec v1.1 fields is refused by the export, each field named at its place, rather
   * than written without them (the layout has no place for them yet).
   */
  @Test
  void aTableWithV11FieldsIsRefusedNotWrittenWithoutThem() {
    RasTable t =
        org.openras.tables.RasJson.standard()
            .readTable(
                java.nio.file.Path.of(
                    "../../ras-examples/src/test/resources/spec-v1.1/table.json"));
    RasException e =
        catchThrowableOfType(
            RasException.class,
            () -> XlsxTables.standard().writeTable(t, new ByteArrayOutputStream()));
    assertThat(e.problems())
        .extracting(Problem::pointer)
        .containsExactly(
            "/allocation/curves/0/bands/2/panel",
            "/allocation/curves/1/floor",
            "/allocation/curves/1/ceiling",
            "/otherFunding",
            "/review");
    assertThat(e.problems()).extracting(Problem::code).containsOnly(ErrorCode.XLSX_LAYOUT);
    assertThat(e.getMessage()).contains("a panel band has no place in the workbook layout yet");
    // the v1 worked table is still written
    assertThat(Workbooks.export(Workbooks.worked())).isNotEmpty();
  }

  @Test
  void lessCommonCells() {
    RasTable t =
        read(
            workedWith(
                wb -> {
                  cell(wb, "Table!D3").setCellValue(" 2026-04-01 "); // a date as text
                  cell(wb, "Questions!E3").setCellValue("true"); // a boolean as text
                  cell(wb, "Questions!E7").setCellValue("FALSE");
                  cell(wb, "Descriptors!B3").setCellValue("1A"); // unchanged text
                  cell(wb, "Descriptors!D4").setCellValue("6"); // a number as text
                  cell(wb, "Domains!F2").setCellValue("   "); // blank text: blank
                }));
    assertThat(t.fingerprint()).isEqualTo(Workbooks.worked().fingerprint());
    InvalidTableException e =
        catchThrowableOfType(
            InvalidTableException.class,
            () ->
                read(
                    workedWith(
                        wb -> {
                          cell(wb, "Domains!C3").setCellErrorValue(FormulaError.DIV0.getCode());
                          cell(wb, "Domains!E1").setCellValue(12); // a number as a header
                          cell(wb, "Domains!F1").setCellValue("name"); // a header twice
                          cell(wb, "Questions!D3").setCellValue(true); // TRUE for a word
                          cell(wb, "Table!D3").setCellValue(true); // TRUE for a date
                          cell(wb, "Table!E3").setCellValue(12.5); // a number for a date
                          cell(wb, "Table!E3").setCellStyle(wb.getCellStyleAt(0));
                          cell(wb, "Table!F3").setCellValue("2026-13-01"); // text for text
                          cell(wb, "Questions!E4").setCellFormula("FALSE()");
                          cell(wb, "Descriptors!D7").setCellFormula("TRUE()");
                          cell(wb, "CostFactors!B4").setBlank(); // inner's factor
                        })));
    assertThat(e.problems().stream().map(Problem::message))
        .containsExactly(
            "Table!D3: effectiveFrom is a date, but the cell holds TRUE; type a date or YYYY-MM-DD",
            "Table!E3: effectiveTo is a date, but the cell holds the number 12.5; type a date or"
                + " YYYY-MM-DD",
            "Table!F3: currency '2026-13-01' is not an ISO 4217 code",
            "Domains!E1: 'the number 12' is not a column of Domains; its columns are code, name,"
                + " weight, maxPoints, reference",
            "Domains!F1: the column 'name' is given twice",
            "Domains!C3: the cell holds the error #DIV/0!",
            "Questions!D3: select is text, but the cell holds TRUE",
            "Descriptors!D7: points is a number, but the cell holds TRUE",
            "CostFactors!B4: cost factor of inner is missing");
    assertThat(e.problems().get(5).pointer()).isEqualTo("/domains/0/weight");
    assertThat(e.problems().get(8).code()).isIn(ErrorCode.TABLE_REQUIRED, ErrorCode.TABLE_POSITIVE);
  }

  @Test
  void aNumberTypedInATextColumnIsReadAsShown() {
    RasTable t = read(workedWith(wb -> cell(wb, "Table!C3").setCellValue(2026.10)));
    assertThat(t.version()).isEqualTo("2026.1");
    RasTable u =
        XlsxTables.standard()
            .readTable(
                new ByteArrayInputStream(
                    workedWith(wb -> cell(wb, "Descriptors!B3").setCellValue(7))),
                "T.xlsx");
    assertThat(u.descriptor("7")).isPresent();
  }
}
