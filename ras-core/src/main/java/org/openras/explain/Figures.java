package org.openras.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How OpenRAS shows a figure to a person: points and percents in their shortest plain form ({@code
 * 17.1}, {@code 15}, {@code -10%}), money with its currency symbol, thousands separated and at
 * least the currency's usual decimals ({@code £10,383.88}). Nothing is rounded: an exact figure
 * with more decimals is shown with all of them ({@code £199.692}), so every figure a person reads
 * is the one the engine used.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Figures {
  private static final String MINUS = "\u2212";

  private Figures() {}

  /**
   * {@return a number in its shortest plain form, without thousands separators: {@code 39.6},
   * {@code 20}}
   *
   * @param v a figure, such as a weight or a factor
   */
  public static String number(BigDecimal v) {
    if (v.signum() == 0) {
      return "0";
    }
    BigDecimal s = v.stripTrailingZeros();
    String plain = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
  }

  /**
   * {@return points with their unit: {@code 1 point}, {@code 17.1 points}}
   *
   * @param v a number of points
   */
  public static String points(BigDecimal v) {
    return number(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  /**
   * {@return a percent: {@code 10%}, {@code −25%}}
   *
   * @param v the percent, such as an adjustment's −25
   */
  public static String percent(BigDecimal v) {
    return number(v) + "%";
  }

  /**
   * {@return money in {@code currency} (an ISO 4217 code): the symbol as used in the UK ({@code £},
   * {@code €}, {@code US$}) or the code and a space when the JDK does not know it, thousands
   * separated by commas, at least the currency's usual number of decimals and every further decimal
   * the exact figure has} A negative amount starts with a minus sign ({@code −£5.00}).
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param v the amount
   */
  public static String money(String currency, BigDecimal v) {
    String symbol;
    int digits;
    try {
      Currency cur = Currency.getInstance(currency);
      symbol = cur.getSymbol(Locale.UK);
      digits = Math.max(0, cur.getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      symbol = currency + " ";
      digits = 2;
    }
    if (symbol.length() > 1 && Character.isLetter(symbol.charAt(symbol.length() - 1))) {
      symbol = symbol + " ";
    }
    BigDecimal shown = v.abs().stripTrailingZeros();
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

  /** A rounding rule in words: "to the nearest £0.01 (exactly half way rounds up)". */
  static String rounding(String currency, BigDecimal increment, String mode) {
    String inc = money(currency, increment);
    return switch (mode) {
      case "HALF_UP" -> "to the nearest " + inc + " (exactly half way rounds up)";
      case "HALF_EVEN" ->
          "to the nearest " + inc + " (exactly half way rounds to an even" + " figure)";
      case "UP" -> "up, away from zero, to a multiple of " + inc;
      case "DOWN" -> "down, towards zero, to a multiple of " + inc;
      case "CEILING" -> "up to a multiple of " + inc;
      case "FLOOR" -> "down to a multiple of " + inc;
      default -> "to a multiple of " + inc + " (" + mode + ")";
    };
  }

  /**
   * {@return a change of money with its sign always shown: {@code + £40.00}, {@code − £4.99}}
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param v the signed change
   */
  public static String signedMoney(String currency, BigDecimal v) {
    return (v.signum() < 0 ? MINUS + " " : "+ ") + money(currency, v.abs());
  }
}
