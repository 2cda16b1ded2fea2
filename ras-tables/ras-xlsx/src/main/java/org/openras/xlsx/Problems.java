package org.openras.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.openras.ErrorCode;
import org.openras.Problem;

/**
 * The problems found in a workbook, each located at its cell: the workbook's own (a formula, a
 * number typed as {@code £12}) and the table validator's, whose JSON pointers are mapped back to
 * the cells they were read from. A problem's message starts with its cell, such as {@code
 * Descriptors!D14: ...}; its pointer stays the value's JSON pointer in the table's JSON form.
 */
final class Problems {
  private record Located(String cell, Problem problem) {}

  private final List<Located> found = new ArrayList<>();
  private final Set<String> badCells = new HashSet<>();
  private final Map<String, String> cellOf = new HashMap<>();
  private final Map<String, String> keyCellOf = new HashMap<>();
  private final Map<String, String> pointerOf = new HashMap<>();

  /**
   * Adds a problem of the workbook.
   *
   * @param code the rule broken
   * @param pointer the JSON pointer of the value, or {@code ""}
   * @param cell the cell, such as {@code Domains!B3}, or null for the whole workbook
   * @param message what is wrong
   */
  void add(ErrorCode code, String pointer, String cell, String message) {
    found.add(
        new Located(
            cell, Problem.at(code, pointer, cell == null ? message : cell + ": " + message)));
    if (cell != null) {
      badCells.add(cell);
    }
  }

  /**
   * Adds a problem of a cell whose value could not be read.
   *
   * @param code the rule broken
   * @param cell the cell
   * @param message what is wrong
   */
  void bad(ErrorCode code, String cell, String message) {
    add(code, "", cell, message);
  }

  /**
   * Records the cell a value of the table was read from.
   *
   * @param pointer the value's JSON pointer in the table's JSON form
   * @param cell the cell
   */
  void at(String pointer, String cell) {
    cellOf.putIfAbsent(pointer, cell);
    pointerOf.merge(cell, pointer, (a, b) -> b.length() > a.length() ? b : a);
  }

  /**
   * Records the cell that names the key of a map entry (the descriptor of a percent or amount).
   *
   * @param pointer the entry's JSON pointer
   * @param cell the cell of its descriptor
   */
  void keyAt(String pointer, String cell) {
    keyCellOf.putIfAbsent(pointer, cell);
  }

  /**
   * Adds the validator's problems, each at the cell its pointer was read from; a problem at a cell
   * already refused (so read as blank) is left out, since the refusal says more.
   *
   * @param fromValidator the table validator's problems
   */
  void addValidator(List<Problem> fromValidator) {
    for (Problem p : fromValidator) {
      String cell = null;
      if (p.code() == ErrorCode.TABLE_FOREIGN_DESCRIPTOR) {
        cell = keyCellOf.get(p.pointer());
      }
      if (cell == null) {
        cell = cellFor(p.pointer());
      }
      if (cell != null && badCells.contains(cell)) {
        continue;
      }
      found.add(
          new Located(
              cell,
              Problem.at(
                  p.code(), p.pointer(), cell == null ? p.message() : cell + ": " + p.message())));
    }
  }

  private String cellFor(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      String cell = cellOf.get(p);
      if (cell != null) {
        return cell;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  /**
   * {@return whether a problem was found at the cell}
   *
   * @param cell a cell, such as {@code Domains!B3}
   */
  boolean isBad(String cell) {
    return badCells.contains(cell);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * {@return every problem, in the order of the workbook: by sheet in the layout's order, then row,
   * then column; problems of the whole workbook first}
   */
  List<Problem> sorted() {
    List<Located> copy = new ArrayList<>(found);
    copy.sort(Comparator.comparingLong(l -> order(l.cell())));
    List<Problem> out = new ArrayList<>();
    for (Located l : copy) {
      Problem p = l.problem();
      String pointer = l.cell() == null ? null : pointerOf.get(l.cell());
      if (p.pointer().isEmpty() && pointer != null) {
        // a cell refused before the table was put together: the pointer of the value it holds
        p = Problem.at(p.code(), pointer, p.message());
      }
      out.add(p);
    }
    return out;
  }

  private static long order(String cell) {
    if (cell == null) {
      return -1;
    }
    int bang = cell.indexOf('!');
    String sheet = cell.substring(0, bang);
    int s = Layout.SHEETS.size();
    for (int i = 0; i < Layout.SHEETS.size(); i++) {
      if (Layout.SHEETS.get(i).name().equals(sheet)) {
        s = i;
      }
    }
    CellReference ref = new CellReference(cell.substring(bang + 1));
    return ((long) s << 40) + ((long) ref.getRow() << 16) + ref.getCol();
  }
}
