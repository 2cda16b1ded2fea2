package org.openras.engine;

import static org.openras.engine.Fixed.add;
import static org.openras.engine.Fixed.hundredth;
import static org.openras.engine.Fixed.hundredthPlaces;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openras.assessment.Assessment;
import org.openras.trace.Trace;

/**
 * The fast kernel: spec §3 in the same steps and order as the exact {@link Kernel}, on {@code long}
 * pairs (see {@link Fixed}) over a {@link FastPlan} and an {@link Encoding}, for untraced results.
 * Every figure carries the value and scale the exact kernel's {@code BigDecimal} has at the same
 * step, so the {@link Result} is equal to the exact kernel's (the differential tests are the
 * proof). A figure that leaves the {@code long} range throws {@link ArithmeticException}, and the
 * engine computes that assessment with the exact kernel.
 *
 * <p>It works out the domain figures itself (the {@link Result} shows each of them) and leaves the
 * steps after the total points (§3.5 to §3.7) to {@link LeanKernel#allocate}, so that those are
 * written once for both.
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

    // §3.5 to §3.7: allocation, money and moderation, as the lean kernel computes them
    HeadlineFigures h = new HeadlineFigures();
    LeanKernel.allocate(p, e, totalU, totalS, h);
    Set<Flag> flags;
    if (h.flags == 0) {
      flags = Set.of();
    } else {
      EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
      for (Flag f : Flag.values()) {
        if ((h.flags & (1 << f.ordinal())) != 0) {
          set.add(f);
        }
      }
      flags = set;
    }
    return new Result(
        a.id(),
        p.ref,
        p.period,
        List.of(scores),
        Fixed.decimal(totalU, totalS),
        p.curveGroup[h.curve],
        p.bandLabel[h.curve][h.band],
        budget(p, h.indicativeWeeklyU, h.indicativeAnnualU),
        h.moderated ? Optional.of(budget(p, h.finalWeeklyU, h.finalAnnualU)) : Optional.empty(),
        flags,
        Trace.empty());
  }

  /** A rounded budget: both figures at the scale of the rounding increment, never below 0. */
  private static Budget budget(FastPlan p, long weeklyU, long annualU) {
    int s = Math.max(0, p.incrementS);
    return new Budget(p.currency, Fixed.decimal(weeklyU, s), Fixed.decimal(annualU, s));
  }
}
