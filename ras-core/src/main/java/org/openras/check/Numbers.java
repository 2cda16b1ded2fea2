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
    if (d.signum() == 0) {
      return "0";
    }
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
