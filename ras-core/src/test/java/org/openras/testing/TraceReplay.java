package org.openras.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.trace.Trace;
import org.openras.trace.TraceStep;

/**
 * Recomputes a calculation from its trace alone (spec §5: "the budget can be recomputed by hand
 * from the trace alone"): only the steps' kinds, subjects, inputs and values are used — never the
 * table nor the result. Each step's arithmetic is redone from its inputs, each input that is the
 * output of an earlier step must equal that output, and each step's value must equal the redone
 * figure. Rounding is redone here with integer arithmetic, independently of the library's code.
 */
public final class TraceReplay {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TraceReplay() {}

  /** The figures the replay arrives at; final figures are null when the trace has none. */
  public record Budgets(
      BigDecimal totalPoints,
      BigDecimal indicativeWeekly,
      BigDecimal indicativeAnnual,
      BigDecimal finalWeekly,
      BigDecimal finalAnnual,
      boolean panel,
      BigDecimal councilWeekly,
      BigDecimal councilAnnual,
      boolean panelDecision,
      boolean covered) {}

  /** Replays {@code trace}, failing at the first step whose value its inputs do not give. */
  public static Budgets replay(Trace trace) {
    assertThat(trace.isEmpty()).as("a trace to replay").isFalse();
    Map<String, BigDecimal> questionPoints = new HashMap<>();
    Map<String, BigDecimal> adjusted = new LinkedHashMap<>();
    String domain = null;
    BigDecimal raw = null;
    BigDecimal capped = null;
    BigDecimal weighted = null;
    BigDecimal percent = null;
    BigDecimal total = null;
    BigDecimal money = null;
    BigDecimal indicative = null;
    BigDecimal indicativeOther = null;
    String period = null;
    BigDecimal change = BigDecimal.ZERO;
    BigDecimal fin = null;
    BigDecimal finOther = null;
    boolean panel = false;
    boolean panelDecision = false;
    boolean covered = false;
    BigDecimal other = BigDecimal.ZERO;
    BigDecimal council = null;
    BigDecimal councilOther = null;

    for (TraceStep s : trace.steps()) {
      String at = s.kind() + " " + s.subject();
      BigDecimal value = s.value().orElse(null);
      switch (s.kind()) {
        case DESCRIPTOR -> {
          same(at, value, s.number("points"));
          questionPoints.merge(s.subject(), value, BigDecimal::add);
        }
        case UNANSWERED -> {
          same(at, value, BigDecimal.ZERO);
          assertThat(questionPoints)
              .as(at + ": unanswered question scored")
              .doesNotContainKey(s.subject());
          questionPoints.put(s.subject(), BigDecimal.ZERO);
        }
        case QUESTION -> {
          BigDecimal sum = s.number("sum");
          same(at + " sum", sum, questionPoints.getOrDefault(s.subject(), BigDecimal.ZERO));
          BigDecimal expected =
              s.inputs().containsKey("maxPoints") ? sum.min(s.number("maxPoints")) : sum;
          same(at, value, expected);
          questionPoints.put(s.subject(), value);
        }
        case DOMAIN_RAW -> {
          domain = s.subject();
          BigDecimal sum = BigDecimal.ZERO;
          for (String q : s.text("questions").split(", ")) {
            assertThat(questionPoints).as(at + ": points of question " + q).containsKey(q);
            sum = sum.add(questionPoints.get(q));
          }
          same(at, value, sum);
          raw = value;
          capped = value;
          weighted = null;
          percent = BigDecimal.ZERO;
        }
        case DOMAIN_CAP -> {
          assertThat(s.subject()).as(at + " domain").isEqualTo(domain);
          same(at + " raw", s.number("raw"), raw);
          same(at, value, raw.min(s.number("maxPoints")));
          capped = value;
        }
        case DOMAIN_WEIGHT -> {
          assertThat(s.subject()).as(at + " domain").isEqualTo(domain);
          same(at + " capped", s.number("capped"), capped);
          same(at, value, capped.multiply(s.number("weight")));
          weighted = value;
        }
        case ADJUSTMENT -> {
          assertThat(s.subject()).as(at + " domain").isEqualTo(domain);
          same(at, value, s.number("percent"));
          percent = percent.add(value);
        }
        case DOMAIN_ADJUSTED -> {
          assertThat(s.subject()).as(at + " domain").isEqualTo(domain);
          same(at + " weighted", s.number("weighted"), weighted);
          same(at + " percent", s.number("percent"), percent);
          BigDecimal times = BigDecimal.ONE.add(percent.divide(HUNDRED));
          same(at, value, weighted.multiply(times).max(BigDecimal.ZERO));
          adjusted.put(domain, value);
        }
        case TOTAL_POINTS -> {
          List<String> listed = List.of(s.text("domains").split(", "));
          assertThat(new ArrayList<>(adjusted.keySet())).as(at + " domains").isEqualTo(listed);
          same(at, value, adjusted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
          total = value;
        }
        case CURVE -> assertThat(value).as(at + " has no value").isNull();
        case BAND -> {
          same(at + " total", s.number("total"), total);
          BigDecimal over = total.subtract(s.number("from"));
          assertThat(over.signum()).as(at + ": total at or above the band's start").isNotNegative();
          if (s.inputs().containsKey("nextFrom")) {
            assertThat(total)
                .as(at + ": total below the next band's start")
                .isLessThan(s.number("nextFrom"));
          }
          same(at, value, s.number("amount").add(over.multiply(s.number("perPoint"))));
          money = value;
        }
        case SUPPLEMENT -> {
          same(at + " before", s.number("before"), money);
          same(at, value, money.add(s.number("amount")));
          money = value;
        }
        case COST_FACTOR -> {
          same(at + " before", s.number("before"), money);
          same(at, value, money.multiply(s.number("factor")));
          money = value;
        }
        case LIMITS -> {
          same(at + " amount", s.number("amount"), money);
          BigDecimal expected = money;
          String applied = null;
          if (s.inputs().containsKey("floor") && money.compareTo(s.number("floor")) < 0) {
            expected = s.number("floor");
            applied = "FLOOR_APPLIED";
          } else if (s.inputs().containsKey("ceiling")
              && money.compareTo(s.number("ceiling")) > 0) {
            expected = s.number("ceiling");
            applied = "CEILING_APPLIED";
          }
          assertThat(s.text("applied")).as(at + " applied").isEqualTo(applied);
          same(at, value, expected);
          money = value;
        }
        case ROUNDING -> {
          same(at + " amount", s.number("amount"), money);
          BigDecimal expected = round(money, BigDecimal.ONE, s);
          assertThat(value).as(at).isEqualTo(expected);
          indicative = value;
        }
        case OTHER_PERIOD -> {
          same(at + " budget", s.number("budget"), indicative);
          period = s.text("period");
          indicativeOther = otherPeriod(at, s, indicative);
        }
        case MODERATION -> {
          BigDecimal expected;
          if (s.inputs().containsKey("percent")) {
            assertThat(s.inputs()).as(at + " amount and percent").doesNotContainKey("amount");
            same(at + " indicative", s.number("indicative"), indicative);
            expected = indicative.multiply(s.number("percent")).divide(HUNDRED);
          } else {
            expected = s.number("amount");
          }
          same(at, value, expected);
          change = change.add(value);
        }
        case FINAL -> {
          same(at + " indicative", s.number("indicative"), indicative);
          same(at + " change", s.number("change"), change);
          BigDecimal unrounded = indicative.add(change);
          same(at + " roundedFrom", s.number("roundedFrom"), unrounded);
          BigDecimal expected = round(unrounded, BigDecimal.ONE, s);
          if (expected.signum() < 0) {
            expected = BigDecimal.ZERO.setScale(expected.scale());
          }
          assertThat(value).as(at).isEqualTo(expected);
          fin = value;
        }
        case FINAL_OTHER_PERIOD -> {
          same(at + " budget", s.number("budget"), fin);
          assertThat(s.text("period")).as(at + " period").isEqualTo(period);
          finOther = otherPeriod(at, s, fin);
        }
        case PANEL_CHECK -> {
          same(at + " indicative", s.number("indicative"), indicative);
          same(at + " final", s.number("final"), fin);
          BigDecimal difference = fin.subtract(indicative).abs();
          same(at + " difference", s.number("difference"), difference);
          same(at, value, difference);
          BigDecimal limit = indicative.multiply(s.number("tolerancePercent")).divide(HUNDRED);
          same(at + " limit", s.number("limit"), limit);
          panel = difference.compareTo(limit) > 0;
          assertThat(s.text("result"))
              .as(at + " result")
              .isEqualTo(panel ? "PANEL_APPROVAL_REQUIRED" : "WITHIN_TOLERANCE");
        }
        case PANEL_BAND -> {
          same(at, value, money);
          assertThat(s.text("result")).as(at + " result").isEqualTo("PANEL_DECISION_REQUIRED");
          panelDecision = true;
        }
        case CURVE_LIMITS -> {
          assertThat(value).as(at + " has no value").isNull();
          assertThat(s.inputs().containsKey("floor") || s.inputs().containsKey("ceiling"))
              .as(at + " names a limit of the curve's own")
              .isTrue();
        }
        case UNIT_COST -> {
          BigDecimal quantity =
              switch (s.subject()) {
                case "indicative" -> indicative;
                case "final" -> fin;
                default -> council;
              };
          same(at + " quantity", s.number("quantity"), quantity);
          BigDecimal price = s.number("price");
          assertThat(price.signum()).as(at + " price").isPositive();
          int digits = value.scale();
          assertThat(value)
              .as(at)
              .isEqualTo(quantity.multiply(price).setScale(digits, RoundingMode.HALF_UP));
          assertThat(s.number("otherCost"))
              .as(at + " other cost")
              .isEqualTo(
                  s.number("otherQuantity").multiply(price).setScale(digits, RoundingMode.HALF_UP));
        }
        case MODERATION_SET -> {
          same(at + " before", s.number("before"), indicative.add(change));
          assertThat(s.number("set").signum()).as(at + " set").isNotNegative();
          same(at, value, s.number("set").subtract(s.number("before")));
          change = change.add(value);
        }
        case OTHER_FUNDING -> {
          assertThat(value.signum()).as(at).isPositive();
          same(at + " amount", s.number("amount"), value);
          other = other.add(value);
        }
        case COUNCIL_BUDGET -> {
          BigDecimal b = fin != null ? fin : indicative;
          assertThat(s.text("of")).as(at + " of").isEqualTo(fin != null ? "final" : "indicative");
          same(at + " budget", s.number("budget"), b);
          same(at + " other", s.number("other"), other);
          same(at + " roundedFrom", s.number("roundedFrom"), b.subtract(other));
          BigDecimal expected = round(b.subtract(other), BigDecimal.ONE, s);
          if (expected.signum() < 0) {
            expected = BigDecimal.ZERO.setScale(expected.scale());
          }
          assertThat(value).as(at).isEqualTo(expected);
          covered = other.compareTo(b) >= 0;
          assertThat(s.text("result"))
              .as(at + " result")
              .isEqualTo(covered ? "OTHER_FUNDING_COVERS_BUDGET" : "COUNCIL_PAYS");
          council = value;
        }
        case COUNCIL_OTHER_PERIOD -> {
          same(at + " budget", s.number("budget"), council);
          assertThat(s.text("period")).as(at + " period").isEqualTo(period);
          councilOther = otherPeriod(at, s, council);
        }
      }
    }
    assertThat(indicative).as("the trace reaches an indicative budget").isNotNull();
    assertThat(period).as("the trace says the table's period").isIn("WEEK", "YEAR");
    boolean week = period.equals("WEEK");
    return new Budgets(
        total,
        week ? indicative : indicativeOther,
        week ? indicativeOther : indicative,
        fin == null ? null : week ? fin : finOther,
        fin == null ? null : week ? finOther : fin,
        panel,
        council == null ? null : week ? council : councilOther,
        council == null ? null : week ? councilOther : council,
        panelDecision,
        covered);
  }

  private static BigDecimal otherPeriod(String at, TraceStep s, BigDecimal budget) {
    String period = s.text("period");
    assertThat(period).as(at + " period").isIn("WEEK", "YEAR");
    BigDecimal weeks = s.number("weeksPerYear");
    BigDecimal expected =
        period.equals("WEEK")
            ? round(budget.multiply(weeks), BigDecimal.ONE, s)
            : round(budget, weeks, s);
    assertThat(s.value().orElse(null)).as(at).isEqualTo(expected);
    return expected;
  }

  /**
   * {@code amount ÷ divisor} rounded to a multiple of the step's increment with the step's mode, at
   * the increment's scale, by integer arithmetic: n/d is split into an integer quotient and a
   * remainder, and the mode decides from the remainder whether to step away from zero.
   */
  static BigDecimal round(BigDecimal amount, BigDecimal divisor, TraceStep s) {
    return round(amount, divisor, s.number("increment"), RoundingMode.valueOf(s.text("mode")));
  }

  /** See {@link #round(BigDecimal, BigDecimal, TraceStep)}. */
  public static BigDecimal round(
      BigDecimal amount, BigDecimal divisor, BigDecimal increment, RoundingMode mode) {
    // amount / (divisor × increment) as a fraction n/d of integers, d > 0.
    BigDecimal den = divisor.multiply(increment);
    int scale = Math.max(Math.max(amount.scale(), den.scale()), 0);
    BigInteger n = amount.movePointRight(scale).toBigIntegerExact();
    BigInteger d = den.movePointRight(scale).toBigIntegerExact();
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger[] qr = n.abs().divideAndRemainder(d); // |n| = q·d + r, 0 ≤ r < d
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    boolean negative = n.signum() < 0;
    int half = r.shiftLeft(1).compareTo(d); // sign of r − d/2
    boolean away =
        r.signum() != 0
            && switch (mode) {
              case UP -> true;
              case DOWN -> false;
              case CEILING -> !negative;
              case FLOOR -> negative;
              case HALF_UP -> half >= 0;
              case HALF_DOWN -> half > 0;
              case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
              default -> throw new AssertionError("mode " + mode);
            };
    if (away) {
      q = q.add(BigInteger.ONE);
    }
    if (negative) {
      q = q.negate();
    }
    BigDecimal steps = new BigDecimal(q);
    int moneyScale = Math.max(0, increment.stripTrailingZeros().scale());
    return steps.multiply(increment).setScale(moneyScale, RoundingMode.UNNECESSARY);
  }

  private static void same(String what, BigDecimal actual, BigDecimal expected) {
    assertThat(actual).as(what).isNotNull();
    assertThat(actual).as(what).isEqualByComparingTo(expected);
  }

  /**
   * Checks that each step's sentence shows the step's figures: its value and every number among its
   * inputs (other than zeros, which may be said in words), in plain form ({@code 17.1}, {@code
   * -10}) or as money ({@code 82.00}).
   */
  public static void assertExplanationsShowFigures(Trace trace) {
    for (TraceStep s : trace.steps()) {
      String sentence = s.explanation();
      assertThat(sentence).as(s.kind() + " sentence").isNotBlank();
      List<BigDecimal> figures = new ArrayList<>();
      s.value().ifPresent(figures::add);
      for (Object v : s.inputs().values()) {
        if (v instanceof BigDecimal d) {
          figures.add(d);
        }
      }
      for (BigDecimal f : figures) {
        if (f.signum() == 0) {
          continue; // a zero may be said in words ("not answered", "no adjustment")
        }
        List<String> forms = forms(f);
        assertThat(forms)
            .as("%s sentence \"%s\" shows %s", s.kind(), sentence, f.toPlainString())
            .anyMatch(sentence::contains);
      }
    }
  }

  private static List<String> forms(BigDecimal f) {
    List<String> out = new ArrayList<>();
    for (BigDecimal v : List.of(f, f.abs())) {
      BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
      if (stripped.scale() < 0) {
        stripped = stripped.setScale(0);
      }
      out.add(stripped.toPlainString());
      if (stripped.scale() < 2) {
        out.add(stripped.setScale(2).toPlainString());
      }
    }
    return out;
  }
}
