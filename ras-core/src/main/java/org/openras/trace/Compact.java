package org.openras.trace;

import java.math.BigDecimal;
import org.openras.table.Adjustment;
import org.openras.table.Allocation;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;

/**
 * The compact form of the steps a {@link Trace.Recorder} keeps: a code for each step and as many
 * references as the code has ({@link #width}), and how each code is made into its {@link TraceStep}
 * when the trace is read. A step recorded generically is kept made.
 */
final class Compact {
  static final byte GENERIC = 0;
  static final byte DESCRIPTOR = 1;
  static final byte UNANSWERED = 2;
  static final byte QUESTION = 3;
  static final byte DOMAIN_RAW = 4;
  static final byte DOMAIN_CAP = 5;
  static final byte DOMAIN_WEIGHT = 6;
  static final byte ADJUSTMENT = 7;
  static final byte DOMAIN_ADJUSTED = 8;
  static final byte TOTAL_POINTS = 9;
  static final byte CURVE = 10;
  static final byte BAND = 11;
  static final byte COST_FACTOR = 12;
  static final byte LIMITS = 13;
  static final byte ROUNDING = 14;
  static final byte OTHER_PERIOD = 15;
  static final byte FINAL_OTHER_PERIOD = 16;

  private static final Object[] NO_INPUTS = {};

  /** The number of references kept for each code. */
  private static final int[] WIDTHS = {1, 2, 1, 3, 3, 3, 3, 4, 4, 2, 2, 4, 4, 4, 2, 2, 2};

  private Compact() {}

  /** The number of references a step recorded with {@code code} keeps. */
  static int width(byte code) {
    return WIDTHS[code];
  }

  /** The step recorded with {@code code} and the references from {@code refs[at]}. */
  static TraceStep step(byte code, Object[] refs, int at, Trace.Context c, RasTable table) {
    return switch (code) {
      case GENERIC -> (TraceStep) refs[at];
      case DESCRIPTOR -> {
        Question q = (Question) refs[at];
        Descriptor x = (Descriptor) refs[at + 1];
        yield question(
            StepKind.DESCRIPTOR,
            q,
            x.points(),
            new Object[] {"descriptor", x.code(), "descriptorText", x.text(), "points", x.points()},
            c);
      }
      case UNANSWERED ->
          question(StepKind.UNANSWERED, (Question) refs[at], BigDecimal.ZERO, NO_INPUTS, c);
      case QUESTION -> {
        Question q = (Question) refs[at];
        yield question(
            StepKind.QUESTION,
            q,
            (BigDecimal) refs[at + 2],
            new Object[] {"sum", refs[at + 1], "maxPoints", q.maxPoints().orElse(null)},
            c);
      }
      case DOMAIN_RAW ->
          domain(
              StepKind.DOMAIN_RAW,
              (Domain) refs[at],
              (BigDecimal) refs[at + 2],
              new Object[] {"questions", refs[at + 1]},
              c);
      case DOMAIN_CAP -> {
        Domain d = (Domain) refs[at];
        yield domain(
            StepKind.DOMAIN_CAP,
            d,
            (BigDecimal) refs[at + 2],
            new Object[] {"raw", refs[at + 1], "maxPoints", d.maxPoints().orElseThrow()},
            c);
      }
      case DOMAIN_WEIGHT -> {
        Domain d = (Domain) refs[at];
        yield domain(
            StepKind.DOMAIN_WEIGHT,
            d,
            (BigDecimal) refs[at + 2],
            new Object[] {"capped", refs[at + 1], "weight", d.weight()},
            c);
      }
      case ADJUSTMENT -> {
        Domain d = (Domain) refs[at];
        Adjustment adj = (Adjustment) refs[at + 1];
        String chosen = (String) refs[at + 2];
        BigDecimal p = (BigDecimal) refs[at + 3];
        yield new TraceStep(
            StepKind.ADJUSTMENT,
            d.code(),
            adj.name().orElse(adj.id()),
            adj.reference().orElse(null),
            new Object[] {
              "adjustment",
              adj.id(),
              "question",
              adj.question(),
              "descriptor",
              chosen,
              "descriptorText",
              table.descriptor(chosen).map(Descriptor::text).orElse(""),
              "percent",
              p
            },
            p,
            c);
      }
      case DOMAIN_ADJUSTED -> {
        Domain d = (Domain) refs[at];
        yield new TraceStep(
            StepKind.DOMAIN_ADJUSTED,
            d.code(),
            d.name(),
            null,
            new Object[] {"weighted", refs[at + 1], "percent", refs[at + 2]},
            (BigDecimal) refs[at + 3],
            c);
      }
      case TOTAL_POINTS ->
          new TraceStep(
              StepKind.TOTAL_POINTS,
              "",
              null,
              null,
              new Object[] {"domains", refs[at + 1]},
              (BigDecimal) refs[at],
              c);
      case CURVE -> {
        Curve curve = (Curve) refs[at];
        yield new TraceStep(
            StepKind.CURVE,
            curve.clientGroup(),
            null,
            curve.reference().orElse(null),
            new Object[] {"clientGroup", refs[at + 1]},
            null,
            c);
      }
      case BAND -> {
        Band band = (Band) refs[at];
        Band next = (Band) refs[at + 1];
        yield new TraceStep(
            StepKind.BAND,
            band.label(),
            null,
            band.reference().orElse(null),
            new Object[] {
              "total",
              refs[at + 2],
              "from",
              band.from(),
              "nextFrom",
              next == null ? null : next.from(),
              "amount",
              band.amount(),
              "perPoint",
              band.perPoint()
            },
            (BigDecimal) refs[at + 3],
            c);
      }
      case COST_FACTOR -> {
        CostFactor factor = (CostFactor) refs[at];
        yield new TraceStep(
            StepKind.COST_FACTOR,
            factor.locality(),
            null,
            null,
            new Object[] {
              "locality", refs[at + 1], "before", refs[at + 2], "factor", factor.factor()
            },
            (BigDecimal) refs[at + 3],
            c);
      }
      case LIMITS -> {
        Allocation allocation = table.allocation();
        Curve curve = (Curve) refs[at + 3];
        yield new TraceStep(
            StepKind.LIMITS,
            "",
            null,
            null,
            new Object[] {
              "amount",
              refs[at],
              "floor",
              allocation.floorFor(curve).orElse(null),
              "ceiling",
              allocation.ceilingFor(curve).orElse(null),
              "applied",
              refs[at + 2]
            },
            (BigDecimal) refs[at + 1],
            c);
      }
      case ROUNDING -> {
        Rounding r = table.allocation().rounding();
        yield new TraceStep(
            StepKind.ROUNDING,
            "",
            null,
            null,
            new Object[] {"amount", refs[at], "increment", r.increment(), "mode", r.mode().name()},
            (BigDecimal) refs[at + 1],
            c);
      }
      case OTHER_PERIOD -> otherPeriod(StepKind.OTHER_PERIOD, refs, at, c, table);
      case FINAL_OTHER_PERIOD -> otherPeriod(StepKind.FINAL_OTHER_PERIOD, refs, at, c, table);
      default -> throw new IllegalStateException("no step recorded with code " + code);
    };
  }

  private static TraceStep otherPeriod(
      StepKind kind, Object[] refs, int at, Trace.Context c, RasTable table) {
    Rounding r = table.allocation().rounding();
    return new TraceStep(
        kind,
        "",
        null,
        null,
        new Object[] {
          "budget",
          refs[at],
          "period",
          table.period().name(),
          "weeksPerYear",
          table.weeksPerYear(),
          "increment",
          r.increment(),
          "mode",
          r.mode().name()
        },
        (BigDecimal) refs[at + 1],
        c);
  }

  private static TraceStep question(
      StepKind kind, Question q, BigDecimal value, Object[] inputs, Trace.Context c) {
    return new TraceStep(kind, q.code(), q.text(), q.reference().orElse(null), inputs, value, c);
  }

  private static TraceStep domain(
      StepKind kind, Domain d, BigDecimal value, Object[] inputs, Trace.Context c) {
    return new TraceStep(kind, d.code(), d.name(), d.reference().orElse(null), inputs, value, c);
  }
}
