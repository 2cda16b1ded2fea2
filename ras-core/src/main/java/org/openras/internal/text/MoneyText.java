package org.openras.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.apiguardian.api.API;

/** The one money formatter; public API for it is {@link org.openras.explain.Figures}. */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class MoneyText {
  private static final String MINUS = "\u2212";

  private MoneyText() {}

  /**
   * {@return money as {@link org.openras.explain.Figures#money(String, BigDecimal)} says}
   *
   * @param currency an ISO 4217 code
   * @param v the amount
   */
  public static String money(String currency, BigDecimal v) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      digits = 2;
    }
    String symbol = "GBP".equals(currency) ? "£" : currency + " ";
    BigDecimal shown = PlainNumber.shortest(v.abs());
    if (shown.scale() < digits) {
      shown = shown.setScale(digits, RoundingMode.UNNECESSARY);
    }
    String plain = shown.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (v.signum() < 0 ? MINUS : "") + symbol + grouped + fraction;
  }

  /**
   * {@return a number for people: shortest plain form with a minus sign}
   *
   * @param v a number
   */
  public static String number(BigDecimal v) {
    String plain = PlainNumber.text(v);
    return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
  }

  /**
   * {@return a quantity of a unit for people (spec v1.1 §5): {@code 11 hours}, {@code 1 night},
   * {@code −2.5 hours}}
   *
   * @param singular the unit's name for exactly one
   * @param plural the unit's name for any other quantity
   * @param v the quantity
   */
  public static String quantity(String singular, String plural, BigDecimal v) {
    return number(v) + " " + (v.abs().compareTo(BigDecimal.ONE) == 0 ? singular : plural);
  }
}
