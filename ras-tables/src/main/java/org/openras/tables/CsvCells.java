package org.openras.tables;

import org.apiguardian.api.API;

/**
 * The one rule for the cells of every CSV file OpenRAS writes (batch results, error files, impact
 * changes): a cell that a spreadsheet would run as a formula is neutralised, as OWASP's
 * CSV-injection guidance advises.
 *
 * <p>A cell is dangerous when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return (or the full-width {@code ＝ ＋ － ＠}, which some spreadsheets read the same way).
 * Such a cell gets a leading apostrophe ({@code '=1+2}), which spreadsheets show as text and never
 * run, unless the whole cell is a plain decimal number ({@code -12.50}, {@code +3}), which stays a
 * number. The CSV writer quotes a cell that holds a separator, a quote or a line break, as RFC 4180
 * says. A program reading the file back should drop one leading apostrophe before such a character.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsvCells {
  private CsvCells() {}

  /**
   * The cell as it is safe to write.
   *
   * @param cell the cell's text, or null
   * @return the text with a leading apostrophe if a spreadsheet would run it as a formula; else
   *     unchanged (null stays null)
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty() || !isTrigger(cell.charAt(0)) || isNumber(cell)) {
      return cell;
    }
    return "'" + cell;
  }

  /**
   * Every cell of a row, {@link #neutralise neutralised}, in a new array.
   *
   * @param cells the row
   * @return the safe row
   */
  public static String[] neutralise(String... cells) {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = neutralise(cells[i]);
    }
    return out;
  }

  private static boolean isTrigger(char c) {
    return c == '='
        || c == '+'
        || c == '-'
        || c == '@'
        || c == '\t'
        || c == '\r'
        || c == '\n'
        || c == '\uff1d'
        || c == '\uff0b'
        || c == '\uff0d'
        || c == '\uff20';
  }

  /**
   * Whether {@code s} is a plain decimal number: a sign, digits, and perhaps a point and digits.
   */
  static boolean isNumber(String s) {
    int i = 0;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      i = 1;
    }
    int digits = 0;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0 && s.charAt(s.length() - 1) != '.';
  }
}
