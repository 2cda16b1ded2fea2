package org.openras.engine;

import static org.openras.engine.Fixed.add;
import static org.openras.engine.Fixed.compare;
import static org.openras.engine.Fixed.hundredth;
import static org.openras.engine.Fixed.hundredthPlaces;
import static org.openras.engine.Fixed.subtract;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openras.assessment.Assessment;
import org.openras.table.Period;
import org.openras.trace.Trace;

/**
 * The fast kernel: spec §3 in the same steps and order as the exact {@link Kernel}, on {@code long}
 * pairs (see {@link Fixed}) over a {@link FastPlan} and an {@link Encoding}, for untraced results.
 * Every figure carries the value and scale the exact kernel's {@code BigDecimal} has at the same
 * step, so the {@link Result} is equal to the exact kernel's (the differential tests are the
 * proof). A figure that leaves the {@code long} range throws {@link ArithmeticException}, and the
 * engine computes that assessment with the exact kernel.
 */
final class FastKernel {
  private FastKernel() {}

  static Result compute(FastPlan p, Assessment a, Encoding e) {
    int nd = p.domainCode.length;
    DomainScore[] scores = new DomainScore[nd];
    int[] first = p.plan.questionFirstDescriptor;
    long totalU = 0;
    int totalS = 0;

    long[] pointsP = p.pointsP;
    int[] pointsS = p.pointsS;
    int[] chosen = e.chosen;
    int[] more = e.more;
    long percentU = 0;
    int percentS = 0;
    BigDecimal percent = null;

    for (int d = 0; d < nd; d++) {
      // §3.1 Answers: each question's points, summed at the plan's points scale (no overflow is
      // possible: see FastPlan.pointsScale), the scale of each sum kept beside it.
      long rawP = 0;
      int rawS = 0;
      for (int q = p.domainFirstQuestion[d]; q < p.domainFirstQuestion[d + 1]; q++) {
        int x = chosen[q];
        long sumP = 0;
        int sumS = 0; // the sum starts at 0, whose scale is 0
        if (x >= 0) {
          sumP = pointsP[x];
          sumS = Math.max(0, pointsS[x]);
        } else if (x == Encoding.UNANSWERED) {
          continue; // 0 (the raw sum keeps its scale, which is never below 0)
        } else {
          for (int k = -1 - x, end = k + more[k - 1]; k < end; k++) {
            sumP += pointsP[more[k]];
            sumS = Math.max(sumS, pointsS[more[k]]);
          }
        }
        if (sumP > p.questionMaxP[q]) {
          sumP = p.questionMaxP[q];
          sumS = p.questionMaxS[q];
        }
        rawP += sumP;
        rawS = Math.max(rawS, sumS);
      }

      // §3.2 Domain points: raw, capped, weighted.
      long rawU = Fixed.down(rawP, p.pointsScale - rawS);
      BigDecimal raw = Fixed.decimal(rawU, rawS);
      long cappedU = rawU;
      int cappedS = rawS;
      BigDecimal capped = raw;
      if (rawP > p.domainMaxP[d]) {
        cappedU = p.domainMaxU[d];
        cappedS = p.domainMaxS[d];
        capped = Fixed.decimal(cappedU, cappedS);
      }
      long weightedU = Math.multiplyExact(cappedU, p.weightU[d]);
      int weightedS = cappedS + p.weightS[d];
      BigDecimal weighted =
          weightedU == cappedU && weightedS == cappedS
              ? capped
              : Fixed.decimal(weightedU, weightedS);

      // §3.3 Adjustments: the sum of the percents (the same as the domain before's when the same
      // adjustments apply), then max(0, weighted × (1 + p/100)).
      if (!p.sameAdjustmentsAsPrevious[d]) {
        percentU = 0;
        percentS = 0;
        for (int adj : p.domainAdjustments[d]) {
          int q = p.adjustmentQuestion[adj];
          int x = chosen[q]; // an adjustment's question is a ONE question: one descriptor
          if (x == Encoding.UNANSWERED) {
            continue;
          }
          int local = x - first[q];
          if (!p.adjustmentHas[adj][local]) {
            continue;
          }
          long pu = p.percentU[adj][local];
          int ps = p.percentS[adj][local];
          percentU = add(percentU, percentS, pu, ps);
          percentS = Math.max(percentS, ps);
        }
        percent = Fixed.decimal(percentU, percentS);
      }
      long productU = Math.multiplyExact(weightedU, percentU);
      int productS = weightedS + percentS;
      long partU = hundredth(productU);
      int partS = productS + hundredthPlaces(productU);
      long adjustedU = add(weightedU, weightedS, partU, partS);
      int adjustedS = Math.max(weightedS, partS);
      if (adjustedU < 0) {
        adjustedU = 0;
        adjustedS = 0;
      }
      BigDecimal adjusted =
          adjustedU == weightedU && adjustedS == weightedS
              ? weighted
              : Fixed.decimal(adjustedU, adjustedS);
      scores[d] = new DomainScore(p.domainCode[d], raw, capped, weighted, percent, adjusted);

      // §3.4 Total points.
      totalU = add(totalU, totalS, adjustedU, adjustedS);
      totalS = Math.max(totalS, adjustedS);
    }

    // §3.5 Allocation: curve, band, supplements, cost factor, floor and ceiling.
    int c = e.curve;
    long[] fromU = p.bandFromU[c];
    int[] fromS = p.bandFromS[c];
    int band = 0;
    for (int b = 1; b < fromU.length; b++) {
      if (compare(fromU[b], fromS[b], totalU, totalS) <= 0) {
        band = b;
      } else {
        break;
      }
    }
    long overU = subtract(totalU, totalS, fromU[band], fromS[band]);
    int overS = Math.max(totalS, fromS[band]);
    long moreU = Math.multiplyExact(overU, p.perPointU[c][band]);
    int moreS = overS + p.perPointS[c][band];
    long amountU = add(p.bandAmountU[c][band], p.bandAmountS[c][band], moreU, moreS);
    int amountS = Math.max(p.bandAmountS[c][band], moreS);
    for (int s = 0; s < p.supplementQuestion.length; s++) {
      int q = p.supplementQuestion[s];
      int x = chosen[q];
      if (x == Encoding.UNANSWERED) {
        continue;
      }
      // one descriptor (k = -1: x itself), or those in more[] (from k = o + 1, see Encoding)
      int k = x >= 0 ? -1 : -1 - x;
      for (int end = x >= 0 ? 0 : k + more[k - 1]; k < end; k++) {
        int local = (k < 0 ? x : more[k]) - first[q];
        if (p.supplementHas[s][local]) {
          long su = p.supplementU[s][local];
          int ss = p.supplementS[s][local];
          amountU = add(amountU, amountS, su, ss);
          amountS = Math.max(amountS, ss);
        }
      }
    }
    amountU = Math.multiplyExact(amountU, p.factorU[e.factor]);
    amountS += p.factorS[e.factor];
    boolean floorApplied = false;
    boolean ceilingApplied = false;
    if (p.hasFloor && compare(amountU, amountS, p.floorU, p.floorS) < 0) {
      amountU = p.floorU;
      amountS = p.floorS;
      floorApplied = true;
    } else if (p.hasCeiling && compare(amountU, amountS, p.ceilingU, p.ceilingS) > 0) {
      amountU = p.ceilingU;
      amountS = p.ceilingS;
      ceilingApplied = true;
    }

    // §3.6 Money: round once; derive the other period from the rounded figure.
    long budgetU = round(p, amountU, amountS, p.incrementU, p.incrementS);
    int budgetS = roundedScale(p);
    Budget indicative = bothPeriods(p, budgetU, budgetS);

    // §3.7 Moderation: after everything above, reported beside the indicative budget.
    Optional<Budget> finalBudget = Optional.empty();
    boolean panel = false;
    int nm = e.moderationU.length;
    if (nm > 0) {
      long changeU = 0;
      int changeS = 0;
      for (int i = 0; i < nm; i++) {
        long cu = e.moderationU[i];
        int cs = e.moderationS[i];
        if (e.moderationPercent[i]) {
          long product = Math.multiplyExact(budgetU, cu);
          int productS = budgetS + cs;
          cu = hundredth(product);
          cs = productS + hundredthPlaces(product);
        }
        changeU = add(changeU, changeS, cu, cs);
        changeS = Math.max(changeS, cs);
      }
      long unroundedU = add(budgetU, budgetS, changeU, changeS);
      int unroundedS = Math.max(budgetS, changeS);
      long finU = round(p, unroundedU, unroundedS, p.incrementU, p.incrementS);
      int finS = roundedScale(p);
      if (finU < 0) {
        finU = 0;
      }
      finalBudget = Optional.of(bothPeriods(p, finU, finS));
      if (p.hasTolerance) {
        long differenceU = Math.absExact(subtract(finU, finS, budgetU, budgetS));
        int differenceS = Math.max(finS, budgetS);
        long limit = Math.multiplyExact(budgetU, p.toleranceU);
        int limitS = budgetS + p.toleranceS;
        panel =
            compare(differenceU, differenceS, hundredth(limit), limitS + hundredthPlaces(limit))
                > 0;
      }
    }

    Set<Flag> flags;
    if (floorApplied || ceilingApplied || panel) {
      EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
      if (floorApplied) {
        set.add(Flag.FLOOR_APPLIED);
      }
      if (ceilingApplied) {
        set.add(Flag.CEILING_APPLIED);
      }
      if (panel) {
        set.add(Flag.PANEL_APPROVAL_REQUIRED);
      }
      flags = set;
    } else {
      flags = Set.of();
    }
    return new Result(
        a.id(),
        p.ref,
        p.period,
        List.of(scores),
        Fixed.decimal(totalU, totalS),
        p.curveGroup[c],
        p.bandLabel[c][band],
        indicative,
        finalBudget,
        flags,
        Trace.empty());
  }

  /**
   * {@code Rounding.applyTo}: the unscaled value, at {@link #roundedScale}, of {@code (au, as) ÷
   * (du, ds)} rounded to a multiple of the increment, where {@code (du, ds)} is the divisor times
   * the increment.
   */
  private static long round(FastPlan p, long au, int as, long du, int ds) {
    int s = Math.max(as, ds);
    long steps = Fixed.divideRounded(Fixed.up(au, s - as), Fixed.up(du, s - ds), p.mode);
    long rounded = Math.multiplyExact(steps, p.incrementU);
    return Fixed.up(rounded, roundedScale(p) - p.incrementS);
  }

  /** The scale of a rounded figure: the increment's, never below 0. */
  private static int roundedScale(FastPlan p) {
    return Math.max(0, p.incrementS);
  }

  /** §3.6: the budget in both periods, the other derived from the rounded figure. */
  private static Budget bothPeriods(FastPlan p, long u, int s) {
    BigDecimal budget = Fixed.decimal(u, s);
    if (p.period == Period.WEEK) {
      long other =
          round(p, Math.multiplyExact(u, p.weeksU), s + p.weeksS, p.incrementU, p.incrementS);
      return new Budget(p.currency, budget, Fixed.decimal(other, roundedScale(p)));
    }
    long other =
        round(p, u, s, Math.multiplyExact(p.weeksU, p.incrementU), p.weeksS + p.incrementS);
    return new Budget(p.currency, Fixed.decimal(other, roundedScale(p)), budget);
  }
}
