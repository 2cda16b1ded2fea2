package org.openras.xlsx;

import static org.openras.ErrorCode.XLSX_BAD_CELL;
import static org.openras.ErrorCode.XLSX_FORMULA;
import static org.openras.ErrorCode.XLSX_LAYOUT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openras.xlsx.Layout.Column;
import org.openras.xlsx.Layout.Kind;

/**
 * Reads the rows of one sheet by the layout: the header row names the columns (in any order), an
 * optional help row 2 and blank rows are skipped, and every cell is read by its column's kind under
 * the rules of docs/spreadsheets.md, each refusal located at its cell.
 */
final class SheetReader {

  /** The most rows a sheet may have (header and help rows included). */
  static final int MAX_ROWS = 20_000;

  /** One row of values, in the layout's column order; null for a blank or refused cell. */
  static final class Values {
    private final Layout.Sheet sheet;
    private final int row;
    private final Object[] values;
    private final String[] refs;

    Values(Layout.Sheet sheet, int row, Object[] values, String[] refs) {
      this.sheet = sheet;
      this.row = row;
      this.values = values.clone();
      this.refs = refs.clone();
    }

    Layout.Sheet sheet() {
      return sheet;
    }

    Object get(String header) {
      return values[sheet.index(header)];
    }

    String text(String header) {
      return (String) get(header);
    }

    BigDecimal number(String header) {
      return (BigDecimal) get(header);
    }

    String ref(String header) {
      return refs[sheet.index(header)];
    }

    /** {@return the reference of the row's first cell, such as {@code Domains!A3}} */
    String rowRef() {
      return cellRef(sheet.name(), row, 0);
    }
  }

  /** A column whose header was reported as unknown or repeated. */
  private static final int REPORTED = -2;

  private final Problems problems;
  private final boolean formulaValues;

  SheetReader(Problems problems, boolean formulaValues) {
    this.problems = problems;
    this.formulaValues = formulaValues;
  }

  /**
   * The sheet's rows of values.
   *
   * @param sheet the workbook's sheet
   * @param layout what the sheet holds
   * @return its rows of values, in order; none when the header is unusable
   */
  List<Values> read(Sheet sheet, Layout.Sheet layout) {
    List<Values> rows = new ArrayList<>();
    String name = layout.name();
    Row header = sheet.getRow(0);
    if (header == null) {
      problems.add(
          XLSX_LAYOUT,
          "",
          cellRef(name, 0, 0),
          "the sheet " + name + " has no header row; its columns are " + headers(layout));
      return rows;
    }
    int[] columnOf = new int[layout.columns().size()];
    Arrays.fill(columnOf, -1);
    int[] layoutOf = new int[Math.max(0, header.getLastCellNum())];
    Arrays.fill(layoutOf, -1);
    for (int c = 0; c < layoutOf.length; c++) {
      Cell cell = header.getCell(c);
      if (blank(cell)) {
        continue;
      }
      String ref = cellRef(name, 0, c);
      String h = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : null;
      int index = -1;
      for (int i = 0; h != null && i < layout.columns().size(); i++) {
        if (layout.columns().get(i).header().equals(h)) {
          index = i;
        }
      }
      if (index < 0) {
        problems.add(
            XLSX_LAYOUT,
            "",
            ref,
            "'"
                + display(cell)
                + "' is not a column of "
                + name
                + "; its columns are "
                + headers(layout));
        layoutOf[c] = REPORTED;
      } else if (columnOf[index] >= 0) {
        problems.add(XLSX_LAYOUT, "", ref, "the column '" + h + "' is given twice");
        layoutOf[c] = REPORTED;
      } else {
        columnOf[index] = c;
        layoutOf[c] = index;
      }
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || (r == 1 && isHelpRow(row))) {
        continue;
      }
      boolean any = false;
      for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        if (blank(cell)) {
          continue;
        }
        if (c < layoutOf.length && layoutOf[c] == REPORTED) {
          continue; // its unknown or repeated header is reported; its values are not read
        }
        if (c >= layoutOf.length || layoutOf[c] < 0) {
          problems.add(
              XLSX_LAYOUT,
              "",
              cellRef(name, r, c),
              "a value in a column with no header; the columns of "
                  + name
                  + " are "
                  + headers(layout));
          continue;
        }
        any = true;
      }
      if (!any) {
        continue;
      }
      Object[] values = new Object[columnOf.length];
      String[] refs = new String[columnOf.length];
      for (int i = 0; i < columnOf.length; i++) {
        int c = columnOf[i];
        refs[i] = cellRef(name, r, c < 0 ? 0 : c);
        if (c >= 0) {
          values[i] = value(row.getCell(c), layout.columns().get(i), refs[i]);
        }
      }
      rows.add(new Values(layout, r, values, refs));
    }
    return rows;
  }

  private static boolean isHelpRow(Row row) {
    Cell first = row.getCell(0);
    return first != null
        && first.getCellType() == CellType.STRING
        && first.getStringCellValue().startsWith(Layout.HELP_PREFIX);
  }

  private Object value(Cell cell, Column column, String ref) {
    if (blank(cell)) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      Boolean constant = booleanConstant(cell.getCellFormula());
      if (constant != null) {
        // how LibreOffice saves a TRUE or FALSE cell: a constant, not a computation
        return column.kind() == Kind.BOOLEAN ? constant : wrongKind(column, ref, constant);
      }
      if (!formulaValues) {
        problems.bad(
            XLSX_FORMULA,
            ref,
            "the cell holds the formula ="
                + cell.getCellFormula()
                + ", not a value: a table"
                + " holds values, so that what is published is what is computed (type the value,"
                + " or import with the option to take formulas' last computed values)");
        return null;
      }
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        problems.bad(
            XLSX_FORMULA,
            ref,
            "the cell's formula ="
                + cell.getCellFormula()
                + " has no computed value saved: open"
                + " and save the workbook in a spreadsheet program first");
        return null;
      }
      type = cell.getCachedFormulaResultType();
    }
    if (type == CellType.ERROR) {
      problems.bad(
          XLSX_BAD_CELL,
          ref,
          "the cell holds the error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
      return null;
    }
    switch (column.kind()) {
      case TEXT:
        return text(cell, type, column, ref);
      case NUMBER:
        return number(cell, type, column, ref);
      case DATE:
        return date(cell, type, column, ref);
      case BOOLEAN:
      default:
        return bool(cell, type, column, ref);
    }
  }

  /** {@return TRUE or FALSE for the formulas =TRUE() and =FALSE(), else null} */
  static Boolean booleanConstant(String formula) {
    String f = formula.replace(" ", "").toUpperCase(Locale.ROOT);
    if (f.equals("TRUE()") || f.equals("TRUE")) {
      return Boolean.TRUE;
    }
    if (f.equals("FALSE()") || f.equals("FALSE")) {
      return Boolean.FALSE;
    }
    return null;
  }

  private Object wrongKind(Column column, String ref, boolean value) {
    problems.bad(
        XLSX_BAD_CELL,
        ref,
        column.header()
            + " is "
            + (column.kind() == Kind.TEXT ? "text" : "a " + kindName(column))
            + ", but the cell holds "
            + (value ? "TRUE" : "FALSE"));
    return null;
  }

  private static String kindName(Column column) {
    return column.kind() == Kind.NUMBER ? "number" : "date";
  }

  private String text(Cell cell, CellType type, Column column, String ref) {
    if (type == CellType.STRING) {
      String s = cell.getStringCellValue();
      return s.isBlank() ? null : s;
    }
    if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      Double d = finite(cell, ref);
      return d == null ? null : Numbers.shown(d).toPlainString();
    }
    problems.bad(
        XLSX_BAD_CELL, ref, column.header() + " is text, but the cell holds " + describe(cell));
    return null;
  }

  private BigDecimal number(Cell cell, CellType type, Column column, String ref) {
    if (type == CellType.NUMERIC) {
      String format = cell.getCellStyle().getDataFormatString();
      if (DateUtil.isCellDateFormatted(cell)) {
        problems.bad(
            XLSX_BAD_CELL,
            ref,
            column.header()
                + " is a number, but the cell is formatted as a date; format it as"
                + " a number");
        return null;
      }
      if (format != null && format.contains("%")) {
        problems.bad(
            XLSX_BAD_CELL,
            ref,
            column.header()
                + " is a number, but the cell has a percent format (it shows "
                + "its value times 100); format it as a number and type the number itself");
        return null;
      }
      Double d = finite(cell, ref);
      return d == null ? null : Numbers.shown(d);
    }
    if (type == CellType.STRING) {
      String s = cell.getStringCellValue();
      BigDecimal n = Numbers.parseText(s);
      if (n == null) {
        problems.bad(
            XLSX_BAD_CELL,
            ref,
            column.header()
                + " is a number, but the cell holds the text '"
                + clip(s)
                + "' (text"
                + " is read as a number only when it is digits with an optional minus sign and"
                + " decimal point: no currency sign, comma, percent sign or exponent)");
      }
      return n;
    }
    problems.bad(
        XLSX_BAD_CELL, ref, column.header() + " is a number, but the cell holds " + describe(cell));
    return null;
  }

  private LocalDate date(Cell cell, CellType type, Column column, String ref) {
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime t = cell.getLocalDateTimeCellValue();
      if (t == null || !t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        problems.bad(
            XLSX_BAD_CELL,
            ref,
            column.header() + " is a day, but the cell holds a time of day as well");
        return null;
      }
      return t.toLocalDate();
    }
    if (type == CellType.STRING) {
      String s = cell.getStringCellValue().strip();
      if (s.length() == 10) {
        try {
          return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          // refused below
        }
      }
      problems.bad(
          XLSX_BAD_CELL,
          ref,
          column.header()
              + " is a date, but the cell holds the text '"
              + clip(s)
              + "'; type a"
              + " date or YYYY-MM-DD");
      return null;
    }
    problems.bad(
        XLSX_BAD_CELL,
        ref,
        column.header()
            + " is a date, but the cell holds "
            + describe(cell)
            + "; type a date or"
            + " YYYY-MM-DD");
    return null;
  }

  private Boolean bool(Cell cell, CellType type, Column column, String ref) {
    if (type == CellType.BOOLEAN) {
      return cell.getBooleanCellValue();
    }
    if (type == CellType.STRING) {
      String s = cell.getStringCellValue().strip().toUpperCase(Locale.ROOT);
      if (s.equals("TRUE")) {
        return Boolean.TRUE;
      }
      if (s.equals("FALSE")) {
        return Boolean.FALSE;
      }
    }
    problems.bad(
        XLSX_BAD_CELL,
        ref,
        column.header() + " is TRUE or FALSE, but the cell holds " + describe(cell));
    return null;
  }

  private Double finite(Cell cell, String ref) {
    double d = cell.getNumericCellValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      problems.bad(XLSX_BAD_CELL, ref, "the cell holds a number that is not finite");
      return null;
    }
    return d;
  }

  private static String describe(Cell cell) {
    CellType t =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    switch (t) {
      case NUMERIC:
        return DateUtil.isCellDateFormatted(cell)
            ? "a date"
            : "the number " + Numbers.shown(cell.getNumericCellValue()).toPlainString();
      case STRING:
        return "the text '" + clip(cell.getStringCellValue()) + "'";
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default:
        return "a value of another kind";
    }
  }

  private static String display(Cell cell) {
    return cell.getCellType() == CellType.STRING ? clip(cell.getStringCellValue()) : describe(cell);
  }

  static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static boolean blank(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return true;
    }
    return cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
  }

  private static String headers(Layout.Sheet layout) {
    StringBuilder s = new StringBuilder();
    for (Column c : layout.columns()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(c.header());
    }
    return s.toString();
  }

  /**
   * {@return a cell's reference in A1 style with its sheet, such as {@code Descriptors!C14}}
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @param column the column, from 0
   */
  static String cellRef(String sheet, int row, int column) {
    return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
  }
}
