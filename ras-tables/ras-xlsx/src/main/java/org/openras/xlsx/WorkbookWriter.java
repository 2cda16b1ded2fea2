package org.openras.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openras.ErrorCode;
import org.openras.Problem;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Supplement;

/**
 * Writes a table (or the empty template) as a workbook in the layout of docs/spreadsheets.md: every
 * sheet with its header row and help row, then one row per element, every value explicit (defaults
 * written out), numbers as number cells unless a spreadsheet could not hold them exactly (then as
 * text), dates as date cells.
 */
final class WorkbookWriter {
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle help;
  private final CellStyle textStyle;
  private final CellStyle date;
  private final List<Problem> problems = new ArrayList<>();

  WorkbookWriter() {
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    help = wb.createCellStyle();
    help.setFont(grey);
    help.setWrapText(true);
    textStyle = wb.createCellStyle();
    textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));
    date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** {@return the workbook, its sheets in the layout's order, with no rows of values} */
  XSSFWorkbook template() {
    for (Layout.Sheet s : Layout.SHEETS) {
      sheet(s);
    }
    return wb;
  }

  /**
   * The workbook of a table.
   *
   * @param t the table
   * @return the workbook
   * @throws org.openras.RasException when a text is longer than a cell may hold
   */
  XSSFWorkbook table(RasTable t) {
    v11Fields(t);
    Rows table = new Rows(sheet(Layout.TABLE), Layout.TABLE);
    Rows domains = new Rows(sheet(Layout.DOMAINS), Layout.DOMAINS);
    Rows questions = new Rows(sheet(Layout.QUESTIONS), Layout.QUESTIONS);
    Rows descriptors = new Rows(sheet(Layout.DESCRIPTORS), Layout.DESCRIPTORS);
    Rows adjustments = new Rows(sheet(Layout.ADJUSTMENTS), Layout.ADJUSTMENTS);
    Rows bands = new Rows(sheet(Layout.BANDS), Layout.BANDS);
    Rows supplements = new Rows(sheet(Layout.SUPPLEMENTS), Layout.SUPPLEMENTS);
    Rows factors = new Rows(sheet(Layout.COST_FACTORS), Layout.COST_FACTORS);

    Row r = table.next();
    table.text(r, "id", t.id(), "/id");
    table.text(r, "name", t.name(), "/name");
    table.text(r, "version", t.version(), "/version");
    table.date(r, "effectiveFrom", t.effectiveFrom());
    table.date(r, "effectiveTo", t.effectiveTo().orElse(null));
    table.text(r, "currency", t.currency(), "/currency");
    table.text(r, "period", t.period().name(), "/period");
    table.number(r, "weeksPerYear", t.weeksPerYear());
    table.text(r, "reference", t.reference().orElse(null), "/reference");
    table.number(r, "allocation.floor", t.allocation().floor().orElse(null));
    table.number(r, "allocation.ceiling", t.allocation().ceiling().orElse(null));
    table.number(r, "allocation.rounding.increment", t.allocation().rounding().increment());
    table.text(
        r, "allocation.rounding.mode", t.allocation().rounding().mode().name(), "/allocation");
    table.number(r, "moderation.tolerancePercent", t.tolerancePercent().orElse(null));

    int i = 0;
    for (Domain d : t.domains()) {
      String at = "/domains/" + i++;
      r = domains.next();
      domains.text(r, "code", d.code(), at);
      domains.text(r, "name", d.name(), at);
      domains.number(r, "weight", d.weight());
      domains.number(r, "maxPoints", d.maxPoints().orElse(null));
      domains.text(r, "reference", d.reference().orElse(null), at);
      int j = 0;
      for (Question q : d.questions()) {
        String qat = at + "/questions/" + j++;
        r = questions.next();
        questions.text(r, "domain", d.code(), qat);
        questions.text(r, "code", q.code(), qat);
        questions.text(r, "text", q.text(), qat);
        questions.text(r, "select", q.select().name(), qat);
        r.createCell(Layout.QUESTIONS.index("required")).setCellValue(q.required());
        questions.number(r, "maxPoints", q.maxPoints().orElse(null));
        questions.text(r, "reference", q.reference().orElse(null), qat);
        int k = 0;
        for (Descriptor x : q.descriptors()) {
          String xat = qat + "/descriptors/" + k++;
          r = descriptors.next();
          descriptors.text(r, "question", q.code(), xat);
          descriptors.text(r, "code", x.code(), xat);
          descriptors.text(r, "text", x.text(), xat);
          descriptors.number(r, "points", x.points());
        }
      }
    }

    i = 0;
    for (Adjustment a : t.adjustments()) {
      String at = "/adjustments/" + i++;
      List<Map.Entry<String, BigDecimal>> pairs =
          new ArrayList<>(a.percentByDescriptor().entrySet());
      int n = Math.max(1, Math.max(pairs.size(), a.domains().size()));
      for (int k = 0; k < n; k++) {
        r = adjustments.next();
        adjustments.text(r, "id", a.id(), at);
        if (k == 0) {
          adjustments.text(r, "name", a.name().orElse(null), at);
          adjustments.text(r, "question", a.question(), at);
          adjustments.text(r, "reference", a.reference().orElse(null), at);
        }
        if (k < pairs.size()) {
          adjustments.text(r, "descriptor", pairs.get(k).getKey(), at);
          adjustments.number(r, "percent", pairs.get(k).getValue());
        }
        if (k < a.domains().size()) {
          adjustments.text(r, "domain", a.domains().get(k), at);
        }
      }
    }

    i = 0;
    for (Curve c : t.allocation().curves()) {
      String at = "/allocation/curves/" + i++;
      boolean first = true;
      for (Band band : c.bands()) {
        r = bands.next();
        bands.text(r, "clientGroup", c.clientGroup(), at);
        if (first) {
          bands.text(r, "curveReference", c.reference().orElse(null), at);
          first = false;
        }
        bands.text(r, "label", band.label(), at);
        bands.number(r, "from", band.from());
        bands.number(r, "amount", band.amount());
        bands.number(r, "perPoint", band.perPoint());
        bands.text(r, "reference", band.reference().orElse(null), at);
      }
    }

    i = 0;
    for (Supplement s : t.allocation().supplements()) {
      String at = "/allocation/supplements/" + i++;
      List<Map.Entry<String, BigDecimal>> pairs =
          new ArrayList<>(s.amountByDescriptor().entrySet());
      int n = Math.max(1, pairs.size());
      for (int k = 0; k < n; k++) {
        r = supplements.next();
        supplements.text(r, "id", s.id(), at);
        if (k == 0) {
          supplements.text(r, "name", s.name().orElse(null), at);
          supplements.text(r, "question", s.question(), at);
          supplements.text(r, "reference", s.reference().orElse(null), at);
        }
        if (k < pairs.size()) {
          supplements.text(r, "descriptor", pairs.get(k).getKey(), at);
          supplements.number(r, "amount", pairs.get(k).getValue());
        }
      }
    }

    i = 0;
    for (var f : t.allocation().costFactors()) {
      String at = "/allocation/costFactors/" + i++;
      r = factors.next();
      factors.text(r, "locality", f.locality(), at);
      factors.number(r, "factor", f.factor());
    }
    for (Layout.Sheet s : Layout.SHEETS) {
      XSSFSheet sheet = wb.getSheet(s.name());
      for (int c = 0; c < s.columns().size(); c++) {
        sheet.setColumnWidth(c, 20 * 256);
      }
    }
    if (!problems.isEmpty()) {
      throw new org.openras.RasException(
          "the table cannot be written as a workbook", null, problems);
    }
    return wb;
  }

  /**
   * The layout has no place yet for spec v1.1's fields (docs/spreadsheets.md plans one): a table
   * that uses any is refused, each field named at its place, rather than written without it.
   */
  private void v11Fields(RasTable t) {
    String why = " has no place in the workbook layout yet (spec v1.1); keep this table as JSON";
    for (int i = 0; i < t.allocation().curves().size(); i++) {
      org.openras.table.Curve c = t.allocation().curves().get(i);
      String at = "/allocation/curves/" + i;
      if (c.floor().isPresent()) {
        problems.add(Problem.at(ErrorCode.XLSX_LAYOUT, at + "/floor", "a curve's own floor" + why));
      }
      if (c.ceiling().isPresent()) {
        problems.add(
            Problem.at(ErrorCode.XLSX_LAYOUT, at + "/ceiling", "a curve's own ceiling" + why));
      }
      for (int j = 0; j < c.bands().size(); j++) {
        if (c.bands().get(j).panel()) {
          problems.add(
              Problem.at(
                  ErrorCode.XLSX_LAYOUT, at + "/bands/" + j + "/panel", "a panel band" + why));
        }
      }
    }
    if (t.allocation().unit().isPresent()) {
      problems.add(Problem.at(ErrorCode.XLSX_LAYOUT, "/allocation/unit", "the unit" + why));
    }
    if (!t.otherFunding().isEmpty()) {
      problems.add(Problem.at(ErrorCode.XLSX_LAYOUT, "/otherFunding", "other funding" + why));
    }
    if (t.review().isPresent()) {
      problems.add(Problem.at(ErrorCode.XLSX_LAYOUT, "/review", "the review route" + why));
    }
  }

  private XSSFSheet sheet(Layout.Sheet s) {
    XSSFSheet sheet = wb.createSheet(s.name());
    Row h = sheet.createRow(0);
    Row helpRow = sheet.createRow(1);
    for (int c = 0; c < s.columns().size(); c++) {
      Layout.Column col = s.columns().get(c);
      Cell cell = h.createCell(c);
      cell.setCellValue(col.header());
      cell.setCellStyle(header);
      Cell hc = helpRow.createCell(c);
      hc.setCellValue(col.help());
      hc.setCellStyle(help);
      sheet.setColumnWidth(c, 24 * 256);
    }
    sheet.createFreezePane(0, 2);
    return sheet;
  }

  /** Writes the rows of one sheet, after its header and help rows. */
  private final class Rows {
    private final XSSFSheet sheet;
    private final Layout.Sheet layout;
    private int next = 2;

    Rows(XSSFSheet sheet, Layout.Sheet layout) {
      this.sheet = sheet;
      this.layout = layout;
    }

    Row next() {
      return sheet.createRow(next++);
    }

    void text(Row r, String header, String value, String at) {
      if (value == null) {
        return;
      }
      if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
        problems.add(
            Problem.at(
                ErrorCode.XLSX_LIMIT,
                at,
                header
                    + " is "
                    + value.length()
                    + " characters long; a spreadsheet cell holds"
                    + " at most "
                    + SpreadsheetVersion.EXCEL2007.getMaxTextLength()));
        return;
      }
      Cell c = r.createCell(layout.index(header));
      c.setCellValue(value);
      c.setCellStyle(textStyle);
    }

    void number(Row r, String header, BigDecimal value) {
      if (value == null) {
        return;
      }
      Cell c = r.createCell(layout.index(header));
      if (Numbers.fitsCell(value)) {
        c.setCellValue(value.doubleValue());
      } else {
        c.setCellValue(Numbers.plain(value).toPlainString());
        c.setCellStyle(textStyle);
      }
    }

    void date(Row r, String header, LocalDate value) {
      if (value == null) {
        return;
      }
      Cell c = r.createCell(layout.index(header));
      c.setCellValue(value);
      c.setCellStyle(date);
    }
  }
}
