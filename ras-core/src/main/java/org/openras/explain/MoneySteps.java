package org.openras.explain;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Flag;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.StepType;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * One money step of a statement for each kind of trace step of spec §3: the curve and its band, a
 * supplement, the cost factor, the floor and ceiling (and a curve's own), the rounding. Each says
 * what the step did in a sentence and gives the money before and after it.
 */
final class MoneySteps {
  private final StatementSource src;

  MoneySteps(StatementSource src) {
    this.src = src;
  }

  /**
   * The money steps, one step of §3 after another: the curve and its band, then each supplement,
   * the cost factor, the floor and ceiling and the rounding in the order of the trace, each step
   * starting from the money the one before ended with.
   */
  List<MoneyStep> all(TraceStep curve, TraceStep band) {
    List<MoneyStep> out = new ArrayList<>();
    out.add(curveStep(curve, band));
    BigDecimal running = out.get(0).after();
    for (TraceStep s : src.steps()) {
      MoneyStep step =
          switch (s.kind()) {
            case SUPPLEMENT -> supplement(s);
            case COST_FACTOR -> costFactor(s);
            case LIMITS -> limits(s);
            case ROUNDING -> rounding(s, running);
            default -> null;
          };
      if (step != null) {
        out.add(step);
        running = step.after();
      }
    }
    return out;
  }

  /** The first money step: the curve chosen, and what its band pays for the total points. */
  private MoneyStep curveStep(TraceStep curve, TraceStep band) {
    return new MoneyStep(
        StepType.CURVE,
        "Band " + band.subject() + " of the curve",
        BigDecimal.ZERO,
        band.value().orElseThrow(),
        joined(curve.reference(), band.reference()),
        curveSentence(curve) + " " + bandSentence(band));
  }

  /** Which curve is used, and why: the client group's own, or the general one. */
  private static String curveSentence(TraceStep curve) {
    String asked = curve.text("clientGroup");
    if (asked == null) {
      return "No client group was given, so the council's general money scale (called"
          + " a curve) is used.";
    }
    if (asked.equals(curve.subject())) {
      return "The council's money scale (called a curve) for the client group \""
          + asked
          + "\" is used.";
    }
    return "The client group \""
        + asked
        + "\" has no money scale (called a curve)"
        + " of its own, so the council's general one is used.";
  }

  /** Where the next band starts, unless the band is the highest. */
  static Optional<BigDecimal> nextFrom(TraceStep band) {
    return band.inputs().containsKey("nextFrom")
        ? Optional.of(band.number("nextFrom"))
        : Optional.empty();
  }

  /** The band the total falls in, its range, and the money it gives, worked out. */
  private String bandSentence(TraceStep band) {
    BigDecimal total = band.number("total");
    BigDecimal from = band.number("from");
    BigDecimal amount = band.number("amount");
    BigDecimal perPoint = band.number("perPoint");
    String range =
        nextFrom(band)
            .map(n -> "from " + number(from) + " points up to (but not including) " + number(n))
            .orElse("from " + number(from) + " points upwards");
    return "The curve is split into bands. A band is a range of total points with its own money"
        + " rule. "
        + points(total)
        + " fall in band "
        + band.subject()
        + ", which covers "
        + range
        + ". "
        + (perPoint.signum() == 0
            ? "Band " + band.subject() + " gives a fixed " + src.money(amount) + src.per() + "."
            : "Band "
                + band.subject()
                + " gives "
                + src.money(amount)
                + " at "
                + points(from)
                + " and "
                + src.money(perPoint)
                + " for each point above that: "
                + src.money(amount)
                + " + ("
                + number(total)
                + " − "
                + number(from)
                + ") × "
                + src.money(perPoint)
                + " = "
                + src.money(band.value().orElseThrow())
                + src.per()
                + ".");
  }

  /** A supplement: the fixed sum added for an answer. */
  private MoneyStep supplement(TraceStep s) {
    String name = s.label().orElse(s.subject());
    String sentence =
        "A supplement is a fixed sum added for a particular answer. \""
            + name
            + "\": because of answer "
            + s.text("descriptor")
            + " to question "
            + s.text("question")
            + ", "
            + src.money(s.number("amount"))
            + src.per()
            + " is added: "
            + src.money(s.number("before"))
            + " + "
            + src.money(s.number("amount"))
            + " = "
            + src.money(s.value().orElseThrow())
            + ".";
    return new MoneyStep(
        StepType.SUPPLEMENT,
        name,
        s.number("before"),
        s.value().orElseThrow(),
        s.reference(),
        sentence);
  }

  /** The cost factor of the person's area, or the general one, and what it makes of the money. */
  private MoneyStep costFactor(TraceStep s) {
    String locality = s.text("locality");
    BigDecimal factor = s.number("factor");
    String who =
        locality != null && locality.equals(s.subject())
            ? "Your locality, \"" + locality + "\", has a cost factor of " + number(factor)
            : (locality == null
                    ? "No locality was given"
                    : "The locality \"" + locality + "\" has no cost factor of its own")
                + ", so the general cost factor of "
                + number(factor)
                + " is used";
    String sentence =
        "A cost factor allows for how much support costs where you live. "
            + who
            + ": "
            + src.money(s.number("before"))
            + " × "
            + number(factor)
            + " = "
            + src.money(s.value().orElseThrow())
            + ".";
    return new MoneyStep(
        StepType.COST_FACTOR,
        "Cost factor " + number(factor),
        s.number("before"),
        s.value().orElseThrow(),
        s.reference(),
        sentence);
  }

  /** The rounding of the money, from what the step before ended with. */
  private MoneyStep rounding(TraceStep s, BigDecimal before) {
    String sentence =
        src.unit()
                .map(u -> "The number of " + u.plural() + " is rounded ")
                .orElse("The money is rounded ")
            + src.roundingWords(s)
            + ": "
            + src.money(s.number("amount"))
            + " becomes "
            + src.money(s.value().orElseThrow())
            + src.per()
            + ".";
    return new MoneyStep(
        StepType.ROUNDING, "Rounding", before, s.value().orElseThrow(), s.reference(), sentence);
  }

  /** The floor and the ceiling in force, and whether one of them moved the money. */
  private MoneyStep limits(TraceStep s) {
    boolean floor = s.inputs().containsKey("floor");
    boolean ceiling = s.inputs().containsKey("ceiling");
    StringBuilder b = new StringBuilder("The council sets ");
    if (floor) {
      b.append("a least budget (the floor) of ").append(src.money(s.number("floor")));
    }
    if (floor && ceiling) {
      b.append(" and ");
    }
    if (ceiling) {
      b.append("a greatest budget (the ceiling) of ").append(src.money(s.number("ceiling")));
    }
    curveLimitsWords().ifPresent(b::append);
    String applied = s.text("applied");
    BigDecimal before = s.number("amount");
    BigDecimal after = s.value().orElseThrow();
    String label;
    String outcome;
    if (Flag.FLOOR_APPLIED.name().equals(applied)) {
      outcome = " is below the floor, so it is raised to " + src.money(after) + ".";
      label = "Raised to the floor";
    } else if (Flag.CEILING_APPLIED.name().equals(applied)) {
      outcome = " is above the ceiling, so it is lowered to " + src.money(after) + ".";
      label = "Lowered to the ceiling";
    } else {
      outcome =
          (floor && ceiling ? " is between them" : " is within it") + ", so it does not change.";
      label = floor && ceiling ? "Floor and ceiling" : floor ? "Floor" : "Ceiling";
    }
    b.append(". ").append(src.money(before)).append(outcome);
    return new MoneyStep(StepType.LIMITS, label, before, after, s.reference(), b.toString());
  }

  /**
   * The curve's own limits in words (spec v1.1 §3), when the curve has its own floor or ceiling: "
   * for the client group "older-people" (its own, in place of the general ceiling of £950.00)".
   */
  private Optional<String> curveLimitsWords() {
    List<TraceStep> own = src.steps(StepKind.CURVE_LIMITS);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    TraceStep c = own.get(0);
    List<String> general = new ArrayList<>();
    if (c.inputs().get("floor") != null) {
      general.add(
          c.inputs().get("tableFloor") == null
              ? "no general floor"
              : "the general floor of " + src.money(c.number("tableFloor")));
    }
    if (c.inputs().get("ceiling") != null) {
      general.add(
          c.inputs().get("tableCeiling") == null
              ? "no general ceiling"
              : "the general ceiling of " + src.money(c.number("tableCeiling")));
    }
    return Optional.of(
        " for the client group \""
            + c.subject()
            + "\" (its own, in place of "
            + String.join(" and ", general)
            + ")");
  }

  /** Both references, curve first, when both are given; else the one given. */
  private static Optional<String> joined(Optional<String> curve, Optional<String> band) {
    if (curve.isPresent() && band.isPresent() && !curve.get().equals(band.get())) {
      return Optional.of(curve.get() + "; " + band.get());
    }
    return curve.isPresent() ? curve : band;
  }
}
