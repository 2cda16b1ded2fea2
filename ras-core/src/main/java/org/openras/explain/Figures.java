package org.openras.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.internal.text.MoneyText;
import org.openras.internal.text.PlainNumber;
import org.openras.table.Period;
import org.openras.table.Unit;

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
    return MoneyText.number(v);
  }

  /**
   * {@return a number in its shortest plain form with an ASCII minus, for files a program reads
   * (JSON, CSV): {@code 17.1}, {@code -10}, {@code 100} (never {@code 1E+2}), {@code 0}} The one
   * implementation of the shortest plain form in OpenRAS; {@link #number(BigDecimal)} is the same
   * for people, with a minus sign.
   *
   * @param v a number
   */
  public static String plain(BigDecimal v) {
    return PlainNumber.text(v);
  }

  /**
   * {@return the same value in its shortest plain form: {@code 1.10 → 1.1}, {@code 5.0 → 5}, {@code
   * 1E+2 → 100}, {@code 0.00 → 0}} Its {@code toPlainString()} is {@link #plain(BigDecimal)}.
   *
   * @param v a number
   */
  public static BigDecimal shortest(BigDecimal v) {
    return PlainNumber.shortest(v);
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
   * {@return what an adjustment's percent does to a domain's points, in the words the statement
   * uses after "the points for … are": {@code reduced by 25%}, {@code increased by 10%}, {@code not
   * changed}}
   *
   * @param percent the signed percent an answer gives, such as a family carer's −25
   */
  public static String adjustmentEffect(BigDecimal percent) {
    return percent.signum() < 0
        ? "reduced by " + percent(percent.negate())
        : percent.signum() > 0 ? "increased by " + percent(percent) : "not changed";
  }

  /**
   * {@return money in {@code currency} (an ISO 4217 code), the one way OpenRAS shows money to
   * people: pounds with their sign ({@code £10,383.88}), any other currency by its code and a space
   * ({@code EUR 100.00}), thousands separated by commas, at least the currency's usual number of
   * decimals and every further decimal the exact figure has} A negative amount starts with a minus
   * sign ({@code −£5.00}).
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param v the amount
   */
  public static String money(String currency, BigDecimal v) {
    return MoneyText.money(currency, v);
  }

  /**
   * {@return money rounded to the currency's usual decimals (half up), for the words a family
   * reads: {@code £199.69} for an exact {@code 199.692}} Used where an exact figure with more
   * decimals would only puzzle (a step before the budget is rounded); the exact figure stays in the
   * tables and the JSON.
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param v the amount
   */
  public static String moneyToPenny(String currency, BigDecimal v) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      digits = 2;
    }
    return money(currency, v.scale() > digits ? v.setScale(digits, RoundingMode.HALF_UP) : v);
  }

  /**
   * {@return a change of money as a table shows it: {@code +£180.63}, {@code −£28.91}, {@code
   * £0.00}}
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param v the signed change
   */
  public static String change(String currency, BigDecimal v) {
    return change(currency, Optional.empty(), v);
  }

  /**
   * {@return a change of a figure of the allocation as a table shows it: {@code +£180.63}, {@code
   * −£28.91}, {@code £0.00}, or for a table that counts a unit (spec v1.1 §5) {@code +2 hours},
   * {@code −2 hours}}
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param unit the table's unit, empty for money
   * @param v the signed change
   */
  public static String change(String currency, Optional<Unit> unit, BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + amount(currency, unit, v);
  }

  /**
   * {@return "a week" or "a year"}
   *
   * @param period the table's period
   */
  public static String per(Period period) {
    return period == Period.WEEK ? "a week" : "a year";
  }

  /**
   * {@return a figure of the allocation: money ({@code £199.69}) or, for a table that counts a unit
   * (spec v1.1 §5), a quantity of it ({@code 11 hours})}
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param unit the table's unit, empty for money
   * @param v the figure
   */
  public static String amount(String currency, Optional<Unit> unit, BigDecimal v) {
    return unit.isPresent()
        ? MoneyText.quantity(unit.get().singular(), unit.get().plural(), v)
        : money(currency, v);
  }

  /**
   * {@return a change of a figure of the allocation with its sign always shown: {@code + £40.00},
   * {@code − 2 hours}}
   *
   * @param currency an ISO 4217 code, such as {@code GBP}
   * @param unit the table's unit, empty for money
   * @param v the signed change
   */
  public static String signedAmount(String currency, Optional<Unit> unit, BigDecimal v) {
    return (v.signum() < 0 ? MINUS + " " : "+ ") + amount(currency, unit, v.abs());
  }

  /** A rounding rule in words: "to the nearest £0.01 (exactly half way rounds up)". */
  static String rounding(String currency, BigDecimal increment, String mode) {
    return rounding(money(currency, increment), mode);
  }

  /** A rounding rule in words, the increment already in words ("£0.01", "0.25 hours"). */
  static String rounding(String inc, String mode) {
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
