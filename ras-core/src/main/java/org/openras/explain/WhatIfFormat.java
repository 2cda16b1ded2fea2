package org.openras.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.openras.table.Period;

/** How the what-if, comparison and verification reports write money, points and periods. */
final class WhatIfFormat {
  private WhatIfFormat() {}

  /** Money as people read it: {@code £10,383.88}; negative with a minus sign. */
  static String money(String currency, BigDecimal v) {
    String symbol;
    int digits;
    try {
      Currency c = Currency.getInstance(currency);
      symbol = c.getSymbol(Locale.UK);
      digits = Math.max(0, c.getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      symbol = currency;
      digits = 2;
    }
    if (symbol.length() > 1) {
      symbol = symbol + " ";
    }
    BigDecimal shown = v.stripTrailingZeros();
    if (shown.scale() < digits) {
      shown = shown.setScale(digits, RoundingMode.UNNECESSARY);
    }
    String plain = shown.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String rest = point < 0 ? "" : plain.substring(point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (shown.signum() < 0 ? "−" : "") + symbol + grouped + rest;
  }

  /** A change of money with its sign: {@code +£180.63}, {@code −£28.91}, {@code £0.00}. */
  static String change(String currency, BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + money(currency, v);
  }

  /** Points in shortest plain form. */
  static String num(BigDecimal v) {
    return Comparison.num(v);
  }

  /** "a week" or "a year". */
  static String per(Period p) {
    return p == Period.WEEK ? "a week" : "a year";
  }
}
