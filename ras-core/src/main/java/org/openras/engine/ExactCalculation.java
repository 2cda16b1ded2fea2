package org.openras.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.assessment.OtherFunding;
import org.openras.internal.Recorder;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;
import org.openras.table.Supplement;
import org.openras.trace.Trace;

/**
 * The exact reference calculation: spec §3, step by step, in {@link BigDecimal}, rounding only at
 * §3.6 and §3.7. Each section below is one step of the spec, in its order. The reference: the
 * scaled calculation's figures are held equal to these, and whatever does not fit in its {@code
 * long}s is computed here. The answers come checked and resolved to descriptor numbers by {@link
 * AnswerRules} (the {@link Encoding}).
 *
 * <p>Each step is told to {@code rec}: {@link NoRecording} when untraced, which records nothing and
 * makes no trace object.
 */
final class ExactCalculation {

  private ExactCalculation() {}

  static Result compute(Plan plan, Assessment a, Encoding e, Recorder<Trace> rec) {
    RasTable t = plan.table;
    List<Domain> domains = t.domains();
    List<DomainScore> scores = new ArrayList<>(domains.size());
    BigDecimal total = BigDecimal.ZERO;
    int qi = 0; // the question's number in the plan

    // §3.3 Each adjustment's percent and the descriptor giving it, if any; the same for every
    // domain.
    List<Adjustment> allAdjustments = t.adjustments();
    String[] chosenFor = new String[allAdjustments.size()];
    BigDecimal[] percentFor = new BigDecimal[allAdjustments.size()];
    for (int k = 0; k < allAdjustments.size(); k++) {
      Adjustment adj = allAdjustments.get(k);
      int q = plan.questionIndex.get(adj.question());
      if (e.size(q) > 0) {
        String chosen = plan.descriptors[e.descriptor(q, 0)].code();
        chosenFor[k] = chosen;
        percentFor[k] = adj.percentByDescriptor().get(chosen);
      }
    }

    for (int di = 0; di < domains.size(); di++) {
      Domain d = domains.get(di);

      // §3.1 Answers: each question's points.
      BigDecimal raw = BigDecimal.ZERO;
      List<Question> questions = d.questions();
      for (int k = 0; k < questions.size(); k++, qi++) {
        raw = plus(raw, questionPoints(plan, qi, questions.get(k), e, rec));
      }

      // §3.2 Domain points: raw, capped, weighted.
      rec.domainRaw(d, plan.questionList.get(di), raw);
      BigDecimal capped = raw;
      if (d.maxPoints().isPresent()) {
        capped = raw.min(d.maxPoints().get());
        rec.domainCap(d, raw, capped);
      }
      BigDecimal weighted = capped.multiply(d.weight());
      rec.domainWeight(d, capped, weighted);

      // §3.3 Adjustments: the sum of the percents, then max(0, weighted × (1 + p/100)).
      BigDecimal percent = BigDecimal.ZERO;
      for (int k : plan.adjustmentNumbersByDomain[di]) {
        BigDecimal p = percentFor[k];
        if (p == null) {
          continue;
        }
        percent = plus(percent, p);
        rec.adjustment(d, allAdjustments.get(k), chosenFor[k], p);
      }
      BigDecimal adjusted = plus(weighted, hundredth(weighted.multiply(percent)));
      if (adjusted.signum() < 0) {
        adjusted = BigDecimal.ZERO;
      }
      rec.domainAdjusted(d, weighted, percent, adjusted);
      scores.add(new DomainScore(d.code(), raw, capped, weighted, percent, adjusted));

      // §3.4 Total points.
      total = plus(total, adjusted);
    }
    rec.totalPoints(plan.domainList, total);

    // §3.5 Allocation: curve, band, supplements, cost factor, floor and ceiling.
    String clientGroup = a.clientGroup().orElse(null);
    Curve curve = t.allocation().curves().get(e.curve);
    rec.curve(curve, clientGroup);
    int bandIndex = band(curve, total);
    Band band = curve.bands().get(bandIndex);
    BigDecimal amount = band.amountAt(total);
    Band next = bandIndex + 1 < curve.bands().size() ? curve.bands().get(bandIndex + 1) : null;
    rec.band(band, next, total, amount);
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (band.panel()) {
      // v1.1 §1: the band's figure is a starting point; the panel decides
      flags.add(Flag.PANEL_DECISION_REQUIRED);
      rec.panelBand(band, amount);
    }
    for (Supplement s : t.allocation().supplements()) {
      int q = plan.questionIndex.get(s.question());
      for (int i = 0; i < e.size(q); i++) {
        String chosen = plan.descriptors[e.descriptor(q, i)].code();
        BigDecimal add = s.amountByDescriptor().get(chosen);
        if (add != null) {
          BigDecimal before = amount;
          amount = amount.add(add);
          rec.supplement(s, chosen, add, before, amount);
        }
      }
    }
    String locality = a.locality().orElse(null);
    CostFactor factor = t.allocation().costFactors().get(e.factor);
    BigDecimal beforeFactor = amount;
    amount = amount.multiply(factor.factor());
    rec.costFactor(factor, locality, beforeFactor, amount);
    // v1.1 §3: the curve's own floor and ceiling replace the allocation's
    Optional<BigDecimal> floor = t.allocation().floorFor(curve);
    Optional<BigDecimal> ceiling = t.allocation().ceilingFor(curve);
    if (curve.hasOwnLimits()) {
      rec.curveLimits(curve);
    }
    if (floor.isPresent() || ceiling.isPresent()) {
      BigDecimal before = amount;
      String applied = null;
      if (floor.isPresent() && amount.compareTo(floor.get()) < 0) {
        amount = floor.get();
        flags.add(Flag.FLOOR_APPLIED);
        applied = Flag.FLOOR_APPLIED.name();
      } else if (ceiling.isPresent() && amount.compareTo(ceiling.get()) > 0) {
        amount = ceiling.get();
        flags.add(Flag.CEILING_APPLIED);
        applied = Flag.CEILING_APPLIED.name();
      }
      rec.limits(curve, before, amount, applied);
    }

    // §3.6 Money: round once; derive the other period from the rounded figure.
    Rounding rounding = t.allocation().rounding();
    BigDecimal budget = rounding.apply(amount);
    rec.rounding(amount, budget);
    Budget indicative = bothPeriods(plan, budget, rec, "indicative");

    // §3.7 Moderation: after everything above, reported beside the indicative budget. In order,
    // on a running figure from the indicative budget (v1.1 §2): an amount adds itself, a percent
    // adds that percent of the indicative budget, a set replaces the running figure.
    Optional<Budget> finalBudget = Optional.empty();
    BigDecimal fin = null;
    if (!a.moderations().isEmpty()) {
      BigDecimal change = BigDecimal.ZERO;
      for (int i = 0; i < a.moderations().size(); i++) {
        Moderation m = a.moderations().get(i);
        if (m.set().isPresent()) {
          BigDecimal running = budget.add(change);
          BigDecimal c = m.set().get().subtract(running);
          change = change.add(c);
          rec.moderationSet(i + 1, m, running, c);
          continue;
        }
        BigDecimal c =
            m.amount().isPresent()
                ? m.amount().get()
                : hundredth(budget.multiply(m.percent().orElseThrow()));
        change = change.add(c);
        rec.moderation(i + 1, m, c, budget);
      }
      BigDecimal unrounded = budget.add(change);
      fin = rounding.apply(unrounded);
      if (fin.signum() < 0) {
        fin = fin.multiply(BigDecimal.ZERO).setScale(fin.scale());
      }
      rec.finalBudget(fin, budget, change, unrounded, rounding);
      finalBudget = Optional.of(bothPeriods(plan, fin, rec, "final"));
      if (t.tolerancePercent().isPresent()) {
        BigDecimal difference = fin.subtract(budget).abs();
        BigDecimal tolerance = t.tolerancePercent().get();
        BigDecimal limit = hundredth(budget.multiply(tolerance));
        boolean panel = difference.compareTo(limit) > 0;
        if (panel) {
          flags.add(Flag.PANEL_APPROVAL_REQUIRED);
        }
        rec.panelCheck(
            t.reference().orElse(null), difference, budget, fin, tolerance, limit, panel);
      }
    }

    // v1.1 §4 Other funding, after §3.7: who pays, not what is needed; the budgets stay as they
    // are, and the council budget is what is left.
    Optional<Budget> councilBudget = Optional.empty();
    if (!a.otherFunding().isEmpty()) {
      BigDecimal other = BigDecimal.ZERO;
      for (OtherFunding f : a.otherFunding()) {
        other = other.add(f.amount());
        rec.otherFunding(t.fundingSource(f.source()).orElseThrow(), f.amount());
      }
      BigDecimal b = fin != null ? fin : budget;
      BigDecimal unrounded = b.subtract(other);
      BigDecimal council = rounding.apply(unrounded);
      if (council.signum() < 0) {
        council = council.multiply(BigDecimal.ZERO).setScale(council.scale());
      }
      boolean covers = other.compareTo(b) >= 0;
      if (covers) {
        flags.add(Flag.OTHER_FUNDING_COVERS_BUDGET);
      }
      rec.councilBudget(council, b, fin != null, other, unrounded, covers);
      councilBudget = Optional.of(bothPeriods(plan, council, rec, "council"));
    }

    return new Result(
        a.id(),
        TableRef.of(t),
        t.period(),
        scores,
        total,
        curve.clientGroup(),
        band.label(),
        indicative,
        finalBudget,
        a.otherFunding(),
        councilBudget,
        flags,
        rec.build());
  }

  /** §3.1 for question number {@code qi}; records its steps. */
  private static BigDecimal questionPoints(
      Plan plan, int qi, Question q, Encoding e, Recorder<Trace> rec) {
    if (e.chosen[qi] == Encoding.UNANSWERED) {
      rec.unanswered(q);
      return BigDecimal.ZERO;
    }
    boolean any = plan.questionAny[qi];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0, n = e.size(qi); i < n; i++) {
      Descriptor x = plan.descriptors[e.descriptor(qi, i)];
      sum = plus(sum, x.points());
      rec.descriptor(q, x);
    }
    BigDecimal points = q.maxPoints().isPresent() ? sum.min(q.maxPoints().get()) : sum;
    if (any || q.maxPoints().isPresent()) {
      rec.question(q, sum, points);
    }
    return points;
  }

  /**
   * {@code a + b}, exactly as {@link BigDecimal#add} gives it, value and scale; but when one is a
   * zero with no more digits after the point than the other, the other itself, not a copy.
   */
  static BigDecimal plus(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 && a.scale() <= b.scale()) {
      return b;
    }
    if (b.signum() == 0 && b.scale() <= a.scale()) {
      return a;
    }
    return a.add(b);
  }

  /**
   * {@code x ÷ 100}, exactly as {@code x.divide(BigDecimal.valueOf(100))} gives it, value and
   * scale: the quotient with the fewest digits after the point that it needs, but not fewer than
   * {@code x} has. Made without the general exact division, which works out a precision for every
   * quotient.
   */
  static BigDecimal hundredth(BigDecimal x) {
    if (x.signum() == 0) {
      return x;
    }
    BigDecimal q = x.scaleByPowerOfTen(-2).stripTrailingZeros();
    return q.scale() < x.scale() ? q.setScale(x.scale()) : q;
  }

  /** §3.5: the index of the band with the greatest {@code from} not above the total. */
  private static int band(Curve curve, BigDecimal total) {
    List<Band> bands = curve.bands();
    int chosen = 0;
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).from().compareTo(total) <= 0) {
        chosen = i;
      } else {
        break;
      }
    }
    return chosen;
  }

  /**
   * §3.6: the budget in both periods, the other derived from the rounded figure; in a unit with a
   * price, with its cost (v1.1 §5).
   *
   * @param which {@code indicative}, {@code final} or {@code council}
   */
  private static Budget bothPeriods(
      Plan plan, BigDecimal budget, Recorder<Trace> rec, String which) {
    RasTable t = plan.table;
    Rounding r = t.allocation().rounding();
    BigDecimal other =
        t.period() == Period.WEEK
            ? r.apply(budget.multiply(t.weeksPerYear()))
            : r.applyTo(budget, t.weeksPerYear());
    switch (which) {
      case "final" -> rec.otherPeriod(true, budget, other);
      case "council" -> rec.councilOtherPeriod(budget, other);
      default -> rec.otherPeriod(false, budget, other);
    }
    BigDecimal weekly = t.period() == Period.WEEK ? budget : other;
    BigDecimal annual = t.period() == Period.WEEK ? other : budget;
    if (plan.unit == null) {
      return new Budget(t.currency(), weekly, annual);
    }
    Optional<Budget> cost = Optional.empty();
    if (plan.unit.price().isPresent()) {
      BigDecimal price = plan.unit.price().get();
      BigDecimal costHere = cost(budget, price, plan.costDigits);
      BigDecimal costOther = cost(other, price, plan.costDigits);
      rec.unitCost(which, plan.unit, budget, other, costHere, costOther);
      cost =
          Optional.of(
              t.period() == Period.WEEK
                  ? new Budget(t.currency(), costHere, costOther)
                  : new Budget(t.currency(), costOther, costHere));
    }
    return new Budget(t.currency(), weekly, annual, Optional.of(plan.unit.plural()), cost);
  }

  /**
   * v1.1 §5: what {@code quantity} units cost at {@code price}, rounded half up to the currency's
   * minor unit ({@code digits} places).
   */
  static BigDecimal cost(BigDecimal quantity, BigDecimal price, int digits) {
    return quantity.multiply(price).setScale(digits, RoundingMode.HALF_UP);
  }
}
