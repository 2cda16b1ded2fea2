package org.openras.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the numbers of a table meet the binary floating point numbers of a spreadsheet cell
 * (docs/spreadsheets.md, "Numbers").
 */
final class Numbers {
  private Numbers() {}

  /**
   * The most significant digits a number written as a number cell may have: spreadsheet programs
   * show and edit at most 15, so a longer one is written as text to stay exact.
   */
  static final int MAX_CELL_DIGITS = 15;

  /** The longest text accepted as a number in a text cell, in characters. */
  static final int MAX_TEXT_NUMBER_LENGTH = 40;

  /**
   * The number a spreadsheet shows for a cell's binary value: the value to {@link #MAX_CELL_DIGITS}
   * significant digits (as Excel and LibreOffice show and edit it), in plain form without trailing
   * zeros. So 0.1, held as the binary 0.1000000000000000055…, is 0.1; and 0.1 + 0.2, held as
   * 0.30000000000000004, is 0.3. For every value with at most 15 significant digits this is also
   * the shortest decimal that reads back as the same binary value.
   *
   * @param d a finite number
   * @return the decimal the spreadsheet shows
   */
  static BigDecimal shown(double d) {
    if (d == 0) {
      return BigDecimal.ZERO;
    }
    return plain(new BigDecimal(d).round(new MathContext(MAX_CELL_DIGITS, RoundingMode.HALF_UP)));
  }

  /**
   * Whether {@code x} can be written as a number cell and read back exactly: at most {@link
   * #MAX_CELL_DIGITS} significant digits, and a double that a spreadsheet shows as {@code x} (not
   * so for numbers too large or too small for a double).
   *
   * @param x a number of the table
   * @return true when a number cell holds it exactly
   */
  static boolean fitsCell(BigDecimal x) {
    BigDecimal p = plain(x);
    if (p.precision() > MAX_CELL_DIGITS) {
      return false;
    }
    double d = p.doubleValue();
    return !Double.isInfinite(d) && shown(d).compareTo(p) == 0;
  }

  /**
   * The number in a text cell, by the rule of docs/spreadsheets.md: an optional minus sign, digits,
   * and optionally a point and more digits; white space around it is allowed; nothing else (no
   * currency sign, thousands separator, percent sign, plus sign or exponent).
   *
   * @param text the cell's text
   * @return the number, or null when the text is not one
   */
  static BigDecimal parseText(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_TEXT_NUMBER_LENGTH) {
      return null;
    }
    int i = t.charAt(0) == '-' ? 1 : 0;
    int digitsBefore = 0;
    while (i < t.length() && isDigit(t.charAt(i))) {
      i++;
      digitsBefore++;
    }
    if (digitsBefore == 0) {
      return null;
    }
    if (i < t.length()) {
      if (t.charAt(i) != '.') {
        return null;
      }
      i++;
      int digitsAfter = 0;
      while (i < t.length() && isDigit(t.charAt(i))) {
        i++;
        digitsAfter++;
      }
      if (digitsAfter == 0 || i < t.length()) {
        return null;
      }
    }
    return new BigDecimal(t);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return {@code x} without trailing zeros and never in exponent form}
   *
   * @param x a number
   */
  static BigDecimal plain(BigDecimal x) {
    return org.openras.explain.Figures.shortest(x);
  }
}
