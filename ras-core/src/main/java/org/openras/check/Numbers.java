package org.openras.check;

import java.math.BigDecimal;

/** How figures are written in findings: numbers in shortest plain form. */
final class Numbers {
  private Numbers() {}

  static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return plain(d);
    }
    return String.valueOf(v);
  }

  static String plain(BigDecimal d) {
    return org.openras.internal.text.PlainNumber.text(d);
  }
}
