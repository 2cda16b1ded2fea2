package org.openras.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.Source;
import org.openras.table.RasTable;
import org.openras.tables.OutputFiles;

/**
 * RAS tables to and from {@code .xlsx} workbooks in the layout of {@code docs/spreadsheets.md}: one
 * sheet per part of the table (Table, Domains, Questions, Descriptors, Adjustments, Bands,
 * Supplements, CostFactors), a header row of the spec's field names, a help row, then one row per
 * element.
 *
 * <p><b>Reading</b> goes through the same validator as JSON and code. Every problem found — the
 * workbook's own (a formula, a number typed as text with a currency sign, an unknown column) and
 * the table rules' — comes at once in one {@link InvalidTableException}, each problem with its
 * {@link ErrorCode}, the JSON pointer of the value in the table's JSON form, and a message that
 * starts with its sheet and cell, such as {@code Descriptors!D14: points of descriptor 1B must not
 * be negative}. A number cell is read as the decimal a spreadsheet shows for it (its binary value
 * to 15 significant digits, so 0.1 is 0.1); formulas are refused unless {@link
 * #withFormulaValues(boolean)} takes their last computed values. Hostile files (zip bombs, huge
 * parts, macros, external links, DTDs, files that are not workbooks) are refused within the limits
 * documented there, before any XML is parsed.
 *
 * <p><b>Writing</b> gives a workbook whose every value is explicit; a table written and read back
 * has the same fingerprint.
 *
 * <p>Instances are immutable and thread-safe. {@code null} arguments throw {@code
 * NullPointerException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class XlsxTables {
  private static final XlsxTables STANDARD = new XlsxTables(false);

  private final boolean formulaValues;

  private XlsxTables(boolean formulaValues) {
    this.formulaValues = formulaValues;
  }

  /** {@return the standard reader and writer: formulas are refused} */
  public static XlsxTables standard() {
    return STANDARD;
  }

  /**
   * {@return a reader like this one that takes a formula cell's last computed value (saved in the
   * file by the spreadsheet program) instead of refusing it}
   *
   * @param take whether to take formulas' computed values
   */
  public XlsxTables withFormulaValues(boolean take) {
    return new XlsxTables(take);
  }

  /** {@return whether formula cells are read as their last computed values} */
  public boolean formulaValues() {
    return formulaValues;
  }

  /**
   * Reads a table from a workbook file.
   *
   * @param file an {@code .xlsx} file
   * @return the table, valid
   * @throws InvalidTableException listing every problem, each at its sheet and cell
   */
  public RasTable readTable(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readTable(in, file.toString());
    } catch (NoSuchFileException e) {
      throw failure(file.toString(), ErrorCode.JSON_READ, "no such file");
    } catch (IOException e) {
      throw failure(file.toString(), ErrorCode.JSON_READ, "cannot read the file: " + e);
    }
  }

  /**
   * Reads a table from a workbook's bytes; at most the size limit is read.
   *
   * @param in the workbook's bytes; not closed
   * @param sourceName the name problems are reported under, usually the file's path
   * @return the table, valid
   * @throws InvalidTableException listing every problem, each at its sheet and cell
   */
  public RasTable readTable(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      bytes = PackageScan.readBounded(in);
      PackageScan.check(bytes);
    } catch (PackageScan.Refused r) {
      throw new InvalidTableException(Source.named(sourceName), List.of(r.problem));
    } catch (IOException e) {
      throw failure(sourceName, ErrorCode.JSON_READ, "cannot read the file: " + e);
    }
    Problems problems = new Problems();
    RasTable table;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
      table = new WorkbookReader(problems, formulaValues).read(wb);
      pkg.revert();
    } catch (InvalidTableException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      // anything the library throws on a malformed workbook is bad input, never a bug of ours
      throw failure(
          sourceName,
          ErrorCode.XLSX_NOT_WORKBOOK,
          "the file cannot be read as an .xlsx workbook: " + e.getMessage());
    }
    if (table == null) {
      throw new InvalidTableException(Source.named(sourceName), problems.sorted());
    }
    return table;
  }

  /**
   * Writes a table as a workbook.
   *
   * @param table the table
   * @param out where the workbook goes; not closed
   * @throws org.openras.RasException when a text is longer than a spreadsheet cell may hold
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public void writeTable(RasTable table, OutputStream out) {
    requireNonNull(table, "table");
    requireNonNull(out, "out");
    try (XSSFWorkbook wb = new WorkbookWriter().table(table)) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a table as a workbook file, atomically: the file appears whole or not at all.
   *
   * @param table the table
   * @param file the {@code .xlsx} file, replaced if it exists
   * @throws org.openras.RasException when a text is longer than a spreadsheet cell may hold
   * @throws UncheckedIOException when the file cannot be written
   */
  public void writeTable(RasTable table, Path file) {
    requireNonNull(table, "table");
    requireNonNull(file, "file");
    try (XSSFWorkbook wb = new WorkbookWriter().table(table)) {
      write(wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the empty workbook of the layout: every sheet with its header row and a row of help.
   *
   * @param out where the workbook goes; not closed
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public void writeTemplate(OutputStream out) {
    requireNonNull(out, "out");
    try (XSSFWorkbook wb = new WorkbookWriter().template()) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the empty workbook of the layout to a file, atomically.
   *
   * @param file the {@code .xlsx} file, replaced if it exists
   * @throws UncheckedIOException when the file cannot be written
   */
  public void writeTemplate(Path file) {
    requireNonNull(file, "file");
    try (XSSFWorkbook wb = new WorkbookWriter().template()) {
      write(wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(XSSFWorkbook wb, Path file) {
    OutputFiles.write(
        file,
        tmp -> {
          try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
          }
        });
  }

  private static InvalidTableException failure(String source, ErrorCode code, String message) {
    return new InvalidTableException(Source.named(source), List.of(Problem.at(code, "", message)));
  }

  @Override
  public String toString() {
    return "XlsxTables[formulaValues=" + formulaValues + "]";
  }
}
