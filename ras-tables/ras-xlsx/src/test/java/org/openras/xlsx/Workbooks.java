package org.openras.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/** Test workbooks: the worked example exported, then changed cell by cell with POI. */
final class Workbooks {
  private Workbooks() {}

  static final Path WORKED =
      Path.of("../../ras-examples/src/main/resources/org/openras/examples/worked-table.json");

  static RasTable worked() {
    return RasJson.standard().readTable(WORKED);
  }

  static byte[] export(RasTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTables.standard().writeTable(t, out);
    return out.toByteArray();
  }

  /** The spec v1.1 example table: a panel band, a curve's limits, other funding, a review. */
  static final Path V11 = Path.of("../../ras-tables/src/test/resources/spec/v1.1/table.json");

  static RasTable v11() {
    return RasJson.standard().readTable(V11);
  }

  /** The worked example's workbook, changed by {@code edit}. */
  static byte[] workedWith(Consumer<XSSFWorkbook> edit) {
    return with(worked(), edit);
  }

  /** The workbook of {@code t}, changed by {@code edit}. */
  static byte[] with(RasTable t, Consumer<XSSFWorkbook> edit) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(t)))) {
      edit.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell at {@code ref} (such as {@code Descriptors!D4}), created if need be. */
  static Cell cell(XSSFWorkbook wb, String ref) {
    CellReference r = new CellReference(ref);
    Sheet s = wb.getSheet(r.getSheetName());
    Row row = s.getRow(r.getRow());
    if (row == null) {
      row = s.createRow(r.getRow());
    }
    Cell c = row.getCell(r.getCol());
    return c != null ? c : row.createCell(r.getCol());
  }

  static RasTable read(byte[] bytes) {
    return XlsxTables.standard().readTable(new ByteArrayInputStream(bytes), "T.xlsx");
  }
}
