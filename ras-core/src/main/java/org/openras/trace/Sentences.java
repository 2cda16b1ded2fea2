package org.openras.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.openras.table.Period;

/** Writes a step's plain-English sentence from its figures, when asked for. */
final class Sentences {
  private Sentences() {}

  static String of(TraceStep s, Trace.Context c) {
    String label = s.label().orElse("");
    return switch (s.kind()) {
      case DESCRIPTOR ->
          s.subject()
              + " \""
              + label
              + "\": the answer "
              + s.text("descriptor")
              + " (\""
              + s.text("descriptorText")
              + "\") scores "
              + pts(s.value().orElseThrow())
              + ".";
      case UNANSWERED ->
          s.subject()
              + " \""
              + label
              + "\" was not answered. It is optional, so it scores 0"
              + " points.";
      case QUESTION ->
          s.inputs().containsKey("maxPoints")
              ? s.subject()
                  + ": the chosen answers add up to "
                  + pts(s.number("sum"))
                  + "; this question counts at most "
                  + pts(s.number("maxPoints"))
                  + ", so it"
                  + " scores "
                  + pts(s.value().orElseThrow())
                  + "."
              : s.subject()
                  + ": the chosen answers add up to "
                  + pts(s.value().orElseThrow())
                  + ".";
      case DOMAIN_RAW ->
          "Domain "
              + s.subject()
              + " \""
              + label
              + "\": its questions ("
              + s.text("questions")
              + ") add up to "
              + pts(s.value().orElseThrow())
              + ".";
      case DOMAIN_CAP ->
          s.number("raw").compareTo(s.number("maxPoints")) > 0
              ? s.subject()
                  + " counts at most "
                  + pts(s.number("maxPoints"))
                  + ", so "
                  + num(s.number("raw"))
                  + " points become "
                  + pts(s.value().orElseThrow())
                  + "."
              : s.subject()
                  + " counts at most "
                  + pts(s.number("maxPoints"))
                  + "; its "
                  + pts(s.number("raw"))
                  + " are under that limit.";
      case DOMAIN_WEIGHT ->
          s.subject()
              + " has a weight of "
              + num(s.number("weight"))
              + " (its points are"
              + " multiplied by this): "
              + num(s.number("capped"))
              + " × "
              + num(s.number("weight"))
              + " = "
              + pts(s.value().orElseThrow())
              + ".";
      case ADJUSTMENT ->
          "Because the answer to "
              + s.text("question")
              + " is "
              + s.text("descriptor")
              + " (\""
              + s.text("descriptorText")
              + "\"), \""
              + label
              + "\" changes the points for "
              + s.subject()
              + " by "
              + pct(s.number("percent"))
              + ".";
      case DOMAIN_ADJUSTED -> adjusted(s);
      case TOTAL_POINTS ->
          "Total points, adding up every domain ("
              + s.text("domains")
              + "): "
              + pts(s.value().orElseThrow())
              + ".";
      case CURVE -> curve(s);
      case BAND ->
          "A band is a range of total points with its own money rule. "
              + num(s.number("total"))
              + " points fall in band "
              + s.subject()
              + ", which"
              + " starts at "
              + pts(s.number("from"))
              + (s.inputs().containsKey("nextFrom")
                  ? " (the next band starts at " + pts(s.number("nextFrom")) + ")"
                  : " (the highest band)")
              + ": "
              + money(c, s.number("amount"))
              + " + ("
              + num(s.number("total"))
              + " − "
              + num(s.number("from"))
              + ") × "
              + money(c, s.number("perPoint"))
              + " a point = "
              + money(c, s.value().orElseThrow())
              + per(c)
              + ".";
      case SUPPLEMENT ->
          "\""
              + label
              + "\": because the answer to "
              + s.text("question")
              + " is "
              + s.text("descriptor")
              + ", "
              + money(c, s.number("amount"))
              + per(c)
              + " is added: "
              + money(c, s.number("before"))
              + " + "
              + money(c, s.number("amount"))
              + " = "
              + money(c, s.value().orElseThrow())
              + ".";
      case COST_FACTOR ->
          "The cost factor adjusts for the local cost of support. "
              + (s.subject().equals(s.text("locality"))
                  ? "The locality \"" + s.subject() + "\" has a factor of "
                  : "The locality "
                      + quoted(s.text("locality"))
                      + " has no factor of its own,"
                      + " so the general factor (\"*\") is used: ")
              + num(s.number("factor"))
              + ": "
              + money(c, s.number("before"))
              + " × "
              + num(s.number("factor"))
              + " = "
              + money(c, s.value().orElseThrow())
              + ".";
      case LIMITS -> limits(s, c);
      case ROUNDING ->
          "Rounded "
              + rounding(s)
              + ": "
              + money(c, s.number("amount"))
              + " becomes "
              + money(c, s.value().orElseThrow())
              + per(c)
              + ". This is the indicative budget.";
      case OTHER_PERIOD, FINAL_OTHER_PERIOD -> otherPeriod(s, c);
      case MODERATION -> moderation(s, c);
      case FINAL ->
          "Final budget after moderation: "
              + money(c, s.number("indicative"))
              + " "
              + signed(c, s.number("change"))
              + " = "
              + (s.inputs().containsKey("roundedFrom")
                      && s.number("roundedFrom").compareTo(s.value().orElseThrow()) != 0
                  ? money(c, s.number("roundedFrom")) + ", which becomes "
                  : "")
              + money(c, s.value().orElseThrow())
              + per(c)
              + (s.inputs().containsKey("roundedFrom")
                  ? " (rounded " + rounding(s) + ", and never below 0)"
                  : "")
              + ".";
      case PANEL_CHECK -> panel(s, c);
      case PANEL_BAND ->
          "Band "
              + s.subject()
              + " is decided by the council's panel: above "
              + pts(s.number("from"))
              + " the panel decides the budget, so "
              + money(c, s.value().orElseThrow())
              + per(c)
              + " is a starting point only.";
      case CURVE_LIMITS -> curveLimits(s, c);
      case MODERATION_SET ->
          "Moderation "
              + s.subject()
              + " (a change to the RAS figure made by a worker or panel, shown apart from it), by "
              + s.text("by")
              + " on "
              + s.text("date")
              + ": sets the budget at "
              + money(c, s.number("set"))
              + per(c)
              + " (it was "
              + money(c, s.number("before"))
              + ": "
              + signed(c, s.value().orElseThrow())
              + "). Reason: "
              + s.text("reason");
      case UNIT_COST -> unitCost(s, c);
      case OTHER_FUNDING ->
          "\""
              + label
              + "\" pays "
              + money(c, s.value().orElseThrow())
              + per(c)
              + " of this budget.";
      case COUNCIL_BUDGET -> council(s, c);
      case COUNCIL_OTHER_PERIOD -> otherPeriod(s, c);
    };
  }

  private static String curveLimits(TraceStep s, Trace.Context c) {
    StringBuilder b = new StringBuilder("The curve for \"").append(s.subject()).append("\" has ");
    boolean floor = s.inputs().containsKey("floor");
    boolean ceiling = s.inputs().containsKey("ceiling");
    if (floor) {
      b.append("its own floor of ")
          .append(money(c, s.number("floor")))
          .append(
              s.inputs().containsKey("tableFloor")
                  ? ", in place of the table's " + money(c, s.number("tableFloor"))
                  : "");
    }
    if (floor && ceiling) {
      b.append(", and ");
    }
    if (ceiling) {
      b.append("its own ceiling of ")
          .append(money(c, s.number("ceiling")))
          .append(
              s.inputs().containsKey("tableCeiling")
                  ? ", in place of the table's " + money(c, s.number("tableCeiling"))
                  : "");
    }
    return b.append('.').toString();
  }

  private static String unitCost(TraceStep s, Trace.Context c) {
    Trace.Context cash = new Trace.Context(c.currency, c.period);
    String price = money(cash, s.number("price"));
    String one = c.unit == null ? "unit" : c.unit.singular();
    boolean weekly = c.period == Period.WEEK;
    return "At "
        + price
        + " for each "
        + one
        + ", the "
        + s.subject()
        + " budget of "
        + money(c, s.number("quantity"))
        + per(c)
        + " costs "
        + money(cash, s.value().orElseThrow())
        + per(c)
        + ", and "
        + money(c, s.number("otherQuantity"))
        + (weekly ? " a year" : " a week")
        + " cost "
        + money(cash, s.number("otherCost"))
        + (weekly ? " a year" : " a week")
        + " (each rounded to the nearest "
        + money(cash, BigDecimal.ONE.movePointLeft(digits(c)))
        + ", halves up).";
  }

  private static String council(TraceStep s, Trace.Context c) {
    BigDecimal v = s.value().orElseThrow();
    BigDecimal from = s.number("roundedFrom");
    StringBuilder b =
        new StringBuilder("The council budget is the ")
            .append(s.text("of"))
            .append(" budget less what other sources pay: ")
            .append(money(c, s.number("budget")))
            .append(" − ")
            .append(money(c, s.number("other")))
            .append(" = ");
    if (from.compareTo(v) != 0) {
      b.append(money(c, from)).append(", which becomes ");
    }
    b.append(money(c, v))
        .append(per(c))
        .append(" (rounded ")
        .append(rounding(s))
        .append(", and never below 0)");
    if ("OTHER_FUNDING_COVERS_BUDGET".equals(s.text("result"))) {
      b.append(": the other funding covers the whole budget, so the council pays nothing");
    }
    return b.append('.').toString();
  }

  private static String adjusted(TraceStep s) {
    BigDecimal p = s.number("percent");
    BigDecimal v = s.value().orElseThrow();
    if (p.signum() == 0) {
      return s.subject() + ": no adjustment changes these points; they stay at " + pts(v) + ".";
    }
    String base = s.subject() + ": " + num(s.number("weighted")) + " points changed by " + pct(p);
    if (v.signum() == 0
        && s.number("weighted").signum() > 0
        && p.compareTo(BigDecimal.valueOf(-100)) < 0) {
      return base + " would fall below 0, so they count as 0 points.";
    }
    return base + " = " + pts(v) + ".";
  }

  private static String curve(TraceStep s) {
    String asked = s.text("clientGroup");
    if (asked == null) {
      return "No client group was given, so the general curve (\"*\") turns points into money.";
    }
    if (asked.equals(s.subject())) {
      return "The curve for the client group \"" + asked + "\" turns points into money.";
    }
    return "The client group \""
        + asked
        + "\" has no curve of its own, so the general curve"
        + " (\"*\") turns points into money.";
  }

  private static String limits(TraceStep s, Trace.Context c) {
    StringBuilder b = new StringBuilder("The table sets ");
    boolean floor = s.inputs().containsKey("floor");
    boolean ceiling = s.inputs().containsKey("ceiling");
    if (floor) {
      b.append("a floor (least budget) of ").append(money(c, s.number("floor")));
    }
    if (floor && ceiling) {
      b.append(" and ");
    }
    if (ceiling) {
      b.append("a ceiling (greatest budget) of ").append(money(c, s.number("ceiling")));
    }
    String applied = s.text("applied");
    if ("FLOOR_APPLIED".equals(applied)) {
      b.append(": ")
          .append(money(c, s.number("amount")))
          .append(" is below the floor, so it is")
          .append(" raised to ")
          .append(money(c, s.value().orElseThrow()))
          .append('.');
    } else if ("CEILING_APPLIED".equals(applied)) {
      b.append(": ")
          .append(money(c, s.number("amount")))
          .append(" is above the ceiling, so it")
          .append(" is lowered to ")
          .append(money(c, s.value().orElseThrow()))
          .append('.');
    } else {
      b.append("; ").append(money(c, s.number("amount"))).append(" is within the limits.");
    }
    return b.toString();
  }

  private static String otherPeriod(TraceStep s, Trace.Context c) {
    String what =
        switch (s.kind()) {
          case FINAL_OTHER_PERIOD -> "final";
          case COUNCIL_OTHER_PERIOD -> "council";
          default -> "indicative";
        };
    if (c.period == Period.WEEK) {
      return "The "
          + what
          + " budget for a year is "
          + money(c, s.number("budget"))
          + " × "
          + num(s.number("weeksPerYear"))
          + " weeks = "
          + money(c, s.value().orElseThrow())
          + ", rounded "
          + rounding(s)
          + ".";
    }
    return "The "
        + what
        + " budget for a week is "
        + money(c, s.number("budget"))
        + " ÷ "
        + num(s.number("weeksPerYear"))
        + " weeks = "
        + money(c, s.value().orElseThrow())
        + ", rounded "
        + rounding(s)
        + ".";
  }

  private static String moderation(TraceStep s, Trace.Context c) {
    StringBuilder b =
        new StringBuilder("Moderation ")
            .append(s.subject())
            .append(
                " (a change to the RAS figure made by a worker or panel, shown apart from it),"
                    + " by ")
            .append(s.text("by"))
            .append(" on ")
            .append(s.text("date"))
            .append(": ");
    if (s.inputs().containsKey("percent")) {
      b.append(pct(s.number("percent")))
          .append(" of ")
          .append(money(c, s.number("indicative")))
          .append(" = ")
          .append(signed(c, s.value().orElseThrow()));
    } else {
      b.append(signed(c, s.value().orElseThrow()));
    }
    return b.append(per(c)).append(". Reason: ").append(s.text("reason")).toString();
  }

  private static String panel(TraceStep s, Trace.Context c) {
    String head =
        "The final budget ("
            + money(c, s.number("final"))
            + ") differs from the indicative"
            + " budget ("
            + money(c, s.number("indicative"))
            + ") by "
            + money(c, s.number("difference"))
            + "; the table allows "
            + num(s.number("tolerancePercent"))
            + "% ("
            + money(c, s.number("limit"))
            + ") without panel approval";
    return "PANEL_APPROVAL_REQUIRED".equals(s.text("result"))
        ? head + ", so panel approval is required."
        : head + ", so no panel approval is needed.";
  }

  private static String rounding(TraceStep s) {
    return "to a multiple of " + num(s.number("increment")) + " (" + mode(s.text("mode")) + ")";
  }

  private static String mode(String mode) {
    return switch (mode) {
      case "HALF_UP" -> "halves round up";
      case "HALF_EVEN" -> "halves round to even";
      case "UP" -> "always away from zero";
      case "DOWN" -> "always towards zero";
      case "CEILING" -> "always up";
      case "FLOOR" -> "always down";
      default -> mode;
    };
  }

  private static String quoted(String s) {
    return s == null ? "(none given)" : "\"" + s + "\"";
  }

  static String pts(BigDecimal v) {
    return num(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  static String pct(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + num(v) + "%";
  }

  static String num(BigDecimal v) {
    return org.openras.internal.text.PlainNumber.text(v);
  }

  static String per(Trace.Context c) {
    return c.period == Period.WEEK ? " a week" : " a year";
  }

  static String signed(Trace.Context c, BigDecimal v) {
    return (v.signum() < 0 ? "− " : "+ ") + money(c, v.abs());
  }

  /** The digits of the currency's minor unit (2 for pounds). */
  private static int digits(Trace.Context c) {
    try {
      return Math.max(0, Currency.getInstance(c.currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }

  /**
   * A figure of the allocation: money, such as {@code £199.69}, or a quantity of the table's unit
   * (spec v1.1 §5), such as {@code 11 hours}.
   */
  static String money(Trace.Context c, BigDecimal v) {
    if (c.unit != null) {
      return num(v) + " " + c.unit.nameFor(v.abs());
    }
    String symbol;
    int digits;
    try {
      Currency cur = Currency.getInstance(c.currency);
      symbol = cur.getSymbol(Locale.UK);
      digits = Math.max(0, cur.getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      symbol = c.currency + " ";
      digits = 2;
    }
    BigDecimal shown = v.stripTrailingZeros();
    if (shown.scale() < digits) {
      shown = shown.setScale(digits, RoundingMode.UNNECESSARY);
    }
    String sign = shown.signum() < 0 ? "-" : "";
    String text =
        sign
            + (symbol.length() == 3 && !symbol.endsWith(" ") ? symbol + " " : symbol)
            + shown.abs().toPlainString();
    return text;
  }
}
