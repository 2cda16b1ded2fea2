package org.openras.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openras.xlsx.Workbooks.cell;
import static org.openras.xlsx.Workbooks.read;
import static org.openras.xlsx.Workbooks.workedWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.table.RasTable;

/** Every problem of a workbook, at once, each at its sheet and cell with its rule and code. */
class ReadProblemsTest {

  static InvalidTableException refused(Consumer<XSSFWorkbook> edit) {
    return catchThrowableOfType(InvalidTableException.class, () -> read(workedWith(edit)));
  }

  static List<String> messages(InvalidTableException e) {
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void theWorkedExampleReadsBackUnchanged() {
    assertThat(read(workedWith(wb -> {})).fingerprint())
        .isEqualTo(Workbooks.worked().fingerprint());
  }

  @Test
  void everyProblemIsListedAtOnceAtItsCell() {
    InvalidTableException e =
        refused(
            wb -> {
              cell(wb, "Descriptors!D4").setCellValue(-6); // 1B points
              cell(wb, "Descriptors!D5").setCellValue("£12"); // 1C points
              cell(wb, "Domains!C4").setCellFormula("1+0.5"); // D2 weight
              cell(wb, "Questions!A4").setCellValue("D9"); // Q2's domain
              cell(wb, "Table!B3").setBlank(); // name
            });
    assertThat(messages(e))
        .containsExactly(
            "Table!B3: name is missing",
            "Domains!C4: the cell holds the formula =1+0.5, not a value: a table holds values, so"
                + " that what is published is what is computed (type the value, or import with the"
                + " option to take formulas' last computed values)",
            "Questions!A4: the row names domain 'D9', which is not on the Domains sheet",
            "Descriptors!D4: points of descriptor 1B is -6, below 0",
            "Descriptors!D5: points is a number, but the cell holds the text '£12' (text is read as"
                + " a number only when it is digits with an optional minus sign and decimal point:"
                + " no currency sign, comma, percent sign or exponent)");
    assertThat(e.problems().stream().map(p -> p.code().code()))
        .containsExactly("RAS-T001", "RAS-X004", "RAS-X007", "RAS-T005", "RAS-X005");
    assertThat(e.problems().get(3).pointer())
        .isEqualTo("/domains/0/questions/0/descriptors/1/points");
    assertThat(e.getMessage())
        .startsWith("T.xlsx: invalid RAS table (5 problems):")
        .contains("Descriptors!D4: points of descriptor 1B is -6, below 0 [RAS-T005");
  }

  @Test
  void aFormulasLastValueIsTakenOnlyWhenAsked() {
    byte[] bytes =
        workedWith(
            wb -> {
              cell(wb, "Domains!C4").setCellFormula("1+0.5");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    assertThat(catchThrowableOfType(InvalidTableException.class, () -> read(bytes)).problems())
        .extracting(p -> p.code())
        .containsExactly(ErrorCode.XLSX_FORMULA);
    RasTable t =
        XlsxTables.standard()
            .withFormulaValues(true)
            .readTable(new ByteArrayInputStream(bytes), "T.xlsx");
    assertThat(t.fingerprint()).isEqualTo(Workbooks.worked().fingerprint());
    // a formula with no saved value is refused even then
    byte[] unsaved =
        workedWith(
            wb -> {
              cell(wb, "Domains!C4").setBlank();
              cell(wb, "Domains!C4").setCellFormula("1+0.5");
            });
    InvalidTableException e =
        catchThrowableOfType(
            InvalidTableException.class,
            () ->
                XlsxTables.standard()
                    .withFormulaValues(true)
                    .readTable(new ByteArrayInputStream(unsaved), "T.xlsx"));
    assertThat(messages(e))
        .containsExactly(
            "Domains!C4: the cell's formula =1+0.5 has no computed value saved: open and save the"
                + " workbook in a spreadsheet program first");
  }

  @Test
  void binaryFloatsAreReadAsTheSpreadsheetShowsThem() {
    // 0.1 + 3 * 1.35 = 4.1499999999999995 in binary: a spreadsheet shows 4.15
    RasTable t = read(workedWith(wb -> cell(wb, "Bands!F3").setCellValue(0.1 + 3 * 1.35)));
    assertThat(t.allocation().curves().get(0).bands().get(0).perPoint())
        .isEqualByComparingTo("4.15");
    // text holding a plain number is read exactly, beyond a double's digits
    RasTable u =
        read(workedWith(wb -> cell(wb, "Bands!F3").setCellValue(" 4.1000000000000000001 ")));
    assertThat(u.allocation().curves().get(0).bands().get(0).perPoint())
        .isEqualTo(new BigDecimal("4.1000000000000000001"));
  }

  @Test
  void cellsOfTheWrongKindAreRefusedWithTheirReason() {
    InvalidTableException e =
        refused(
            wb -> {
              CellStyle percent = wb.createCellStyle();
              percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
              cell(wb, "Adjustments!F3").setCellValue(-0.1);
              cell(wb, "Adjustments!F3").setCellStyle(percent);
              cell(wb, "Table!D3").setCellValue("1 April 2026");
              cell(wb, "Table!G3").setCellValue("MONTH");
              cell(wb, "Questions!E3").setCellValue("maybe");
              cell(wb, "Descriptors!D3").setCellValue(true);
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
              cell(wb, "Descriptors!D6").setCellValue(LocalDate.of(2026, 1, 1));
              cell(wb, "Descriptors!D6").setCellStyle(date);
              cell(wb, "Table!E3").setCellValue(46000.5);
              cell(wb, "Table!E3").setCellStyle(date);
            });
    assertThat(messages(e))
        .containsExactly(
            "Table!D3: effectiveFrom is a date, but the cell holds the text '1 April 2026'; type a"
                + " date or YYYY-MM-DD",
            "Table!E3: effectiveTo is a day, but the cell holds a time of day as well",
            "Table!G3: period is one of WEEK, YEAR, but the cell holds 'MONTH'",
            "Questions!E3: required is TRUE or FALSE, but the cell holds the text 'maybe'",
            "Descriptors!D3: points is a number, but the cell holds TRUE",
            "Descriptors!D6: points is a number, but the cell is formatted as a date; format it as"
                + " a number",
            "Adjustments!F3: percent is a number, but the cell has a percent format (it shows its"
                + " value times 100); format it as a number and type the number itself");
    assertThat(e.problems()).extracting(Problem::code).containsOnly(ErrorCode.XLSX_BAD_CELL);
  }

  /** Spec v1.1's fields are checked like the others, each problem at its cell. */
  @Test
  void v11FieldsAreCheckedAtTheirCells() {
    InvalidTableException e =
        catchThrowableOfType(
            InvalidTableException.class,
            () ->
                read(
                    Workbooks.with(
                        Workbooks.v11(),
                        wb -> {
                          cell(wb, "Table!O3").setCellValue("hour"); // a unit with no plural
                          cell(wb, "Table!Q3").setCellValue(-1); // ... and a negative price
                          cell(wb, "Table!S3").setBlank(); // a review with no contact
                          cell(wb, "Bands!H4").setCellValue("maybe"); // panel of band B
                          cell(wb, "Bands!J4").setCellValue(500); // the * curve's ceiling ...
                          cell(wb, "Bands!J5").setCellValue(600); // ... given twice, differently
                          cell(wb, "Bands!I6").setCellValue(300); // older-people floor > ceiling
                          cell(wb, "OtherFunding!A4").setCellValue("nhs"); // a repeated source
                        })));
    assertThat(messages(e).stream().map(m -> m.substring(0, m.indexOf(':'))))
        .containsExactlyInAnyOrder(
            "Table!P3",
            "Table!Q3",
            "Table!S3",
            "Bands!H4",
            "Bands!J5",
            "Bands!I6",
            "OtherFunding!A4");
    assertThat(e.problems())
        .extracting(Problem::pointer)
        .contains(
            "/allocation/unit/plural",
            "/allocation/unit/price",
            "/review/contact",
            "/allocation/curves/1/floor",
            "/otherFunding/1/id");
    assertThat(messages(e))
        .contains(
            "Bands!J5: the curve for client group '*' has curveCeiling 500 at Bands!J4 and 600"
                + " here");
  }

  /** A v1 workbook takes spec v1.1's fields when a council adds their columns and sheet. */
  @Test
  void aV1WorkbookTakesV11ColumnsAndTheOtherFundingSheet() {
    RasTable t =
        read(
            workedWith(
                wb -> {
                  cell(wb, "Bands!H1").setCellValue("panel");
                  cell(wb, "Bands!H4").setCellValue(true);
                  cell(wb, "Table!O1").setCellValue("review.text");
                  cell(wb, "Table!P1").setCellValue("review.contact");
                  cell(wb, "Table!O3").setCellValue("Ask your social worker.");
                  cell(wb, "Table!P3").setCellValue("0300 123 4567");
                  wb.createSheet("OtherFunding");
                  cell(wb, "OtherFunding!A1").setCellValue("id");
                  cell(wb, "OtherFunding!B1").setCellValue("name");
                  cell(wb, "OtherFunding!A2").setCellValue("nhs");
                  cell(wb, "OtherFunding!B2").setCellValue("NHS joint funding");
                }));
    assertThat(t.allocation().curves().get(0).bands())
        .extracting(org.openras.table.Band::panel)
        .containsExactly(false, true, false);
    assertThat(t.review())
        .hasValueSatisfying(r -> assertThat(r.contact()).isEqualTo("0300 123 4567"));
    assertThat(t.otherFunding())
        .extracting(f -> f.id() + "=" + f.name())
        .containsExactly("nhs=NHS joint funding");
  }

  @Test
  void theLayoutIsChecked() {
    InvalidTableException e =
        refused(
            wb -> {
              cell(wb, "Domains!F1").setCellValue("colour");
              cell(wb, "Questions!H9").setCellValue("stray");
              wb.createSheet("Notes");
              wb.removeSheetAt(wb.getSheetIndex("CostFactors"));
              cell(wb, "Table!A4").setCellValue("second-row");
            });
    assertThat(messages(e))
        .containsExactly(
            "the workbook has no sheet 'CostFactors'; its sheets are Table, Domains, Questions,"
                + " Descriptors, Adjustments, Bands, Supplements, CostFactors, OtherFunding",
            "Table!A4: the Table sheet has one row of values; this is another",
            "Domains!F1: 'colour' is not a column of Domains; its columns are code, name, weight,"
                + " maxPoints, reference",
            "Questions!H9: a value in a column with no header; the columns of Questions are domain,"
                + " code, text, select, required, maxPoints, reference",
            "Notes!A1: 'Notes' is not a sheet of the layout; its sheets are Table, Domains,"
                + " Questions, Descriptors, Adjustments, Bands, Supplements, CostFactors,"
                + " OtherFunding");
    assertThat(e.problems()).extracting(Problem::code).containsOnly(ErrorCode.XLSX_LAYOUT);
  }

  @Test
  void rowsOfOneElementMustAgreeAndNameTheirOwner() {
    InvalidTableException e =
        refused(
            wb -> {
              // a second row of the family-carer adjustment with another name
              cell(wb, "Adjustments!A6").setCellValue("family-carer");
              cell(wb, "Adjustments!B6").setCellValue("Another name");
              // a percent for no descriptor, and a descriptor given twice
              cell(wb, "Adjustments!A7").setCellValue("family-carer");
              cell(wb, "Adjustments!F7").setCellValue(5);
              cell(wb, "Adjustments!A8").setCellValue("family-carer");
              cell(wb, "Adjustments!E8").setCellValue("9B");
              cell(wb, "Adjustments!F8").setCellValue(-5);
              // a supplement descriptor with no amount, of a foreign question
              cell(wb, "Supplements!E3").setCellValue("2B");
              // a band without its curve
              cell(wb, "Bands!A4").setBlank();
              // a descriptor of no question
              cell(wb, "Descriptors!A3").setCellValue("Q77");
            });
    assertThat(messages(e))
        .containsExactly(
            "Descriptors!A3: the row names question 'Q77', which is not on the Questions sheet",
            "Adjustments!B6: adjustment 'family-carer' has name 'Support that a family carer is"
                + " able and willing to give' at Adjustments!B3 and 'Another name' here",
            "Adjustments!E7: adjustment 'family-carer' has percent 5 for no descriptor",
            "Adjustments!E8: adjustment 'family-carer' gives descriptor 9B twice",
            "Bands!A4: the row names no curve (clientGroup) (clientGroup is empty)",
            "Supplements!E3: supplement waking-nights lists '2B', which is not a descriptor of"
                + " question Q1");
  }
}
