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
 * Spec §3 in scaled {@code long}s: the same steps, in the same order, as {@link ExactCalculation},
 * on {@code long} pairs (see {@link Fixed}) over a {@link ScaledTable} and an {@link Encoding}.
 * Every figure carries the value and scale the exact calculation's {@code BigDecimal} has at the
 * same step, so that the figures are equal to the exact ones (the differential tests are the
 * proof). A figure that leaves the {@code long} range throws {@link ArithmeticException}, and the
 * engine computes that assessment exactly.
 *
 * <p>It writes the headline figures into a {@link ScaledFigures} — which a {@link HeadlineFigures}
 * holder owns, so that once warmed up nothing is allocated — and, when asked for them, each
 * domain's figures as {@link DomainScore}s; {@link #result} makes a whole untraced {@link Result}
 * of the two. Where it saves work: a single-descriptor answer takes its points already capped at
 * the question's maximum ({@link ScaledTable#single}), where an unanswered question is an entry
 * worth 0; points are summed at one scale per table ({@link ScaledTable#pointsScale}), each packed
 * with its scale in one {@code long} ({@link ScaledTable#pack}); the percents of each distinct set
 * of adjustments are summed once; and choices rather than branches where the data decides.
 */
final class ScaledCalculation {
  private ScaledCalculation() {}

  /**
   * The untraced {@link Result} of {@code a}, equal to the exact calculation's.
   *
   * @throws ArithmeticException when a figure leaves the {@code long} range
   */
  static Result result(ScaledTable p, Assessment a, Encoding e) {
    ScaledFigures f = new ScaledFigures();
    DomainScore[] scores = new DomainScore[p.domainCode.length];
    compute(p, e, f, scores);
    Set<Flag> flags;
    if (f.flags == 0) {
      flags = Set.of();
    } else {
      EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
      for (Flag flag : Flag.values()) {
        if ((f.flags & (1 << flag.ordinal())) != 0) {
          set.add(flag);
        }
      }
      flags = set;
    }
    return new Result(
        a.id(),
        p.ref,
        p.period,
        List.of(scores),
        Fixed.decimal(f.totalU, f.totalS),
        p.curveGroup[f.curve],
        p.bandLabel[f.curve][f.band],
        budget(p, f.indicativeWeeklyU, f.indicativeAnnualU),
        f.moderated ? Optional.of(budget(p, f.finalWeeklyU, f.finalAnnualU)) : Optional.empty(),
        a.otherFunding(),
        f.funded ? Optional.of(budget(p, f.councilWeeklyU, f.councilAnnualU)) : Optional.empty(),
        flags,
        Trace.empty());
  }

  /**
   * A rounded budget: both figures at the scale of the rounding increment, never below 0; in the
   * table's unit with its cost when it has one (v1.1 §5, computed as the exact calculation does).
   */
  private static Budget budget(ScaledTable p, long weeklyU, long annualU) {
    int s = Math.max(0, p.incrementS);
    BigDecimal weekly = Fixed.decimal(weeklyU, s);
    BigDecimal annual = Fixed.decimal(annualU, s);
    Plan plan = p.plan;
    if (plan.unit == null) {
      return new Budget(p.currency, weekly, annual);
    }
    Optional<Budget> cost = Optional.empty();
    if (plan.unit.price().isPresent()) {
      BigDecimal price = plan.unit.price().get();
      cost =
          Optional.of(
              new Budget(
                  p.currency,
                  ExactCalculation.cost(weekly, price, plan.costDigits),
                  ExactCalculation.cost(annual, price, plan.costDigits)));
    }
    return new Budget(p.currency, weekly, annual, Optional.of(plan.unit.plural()), cost);
  }

  /**
   * Computes the headline figures of the encoded assessment into {@code f}, and each domain's
   * figures into {@code scores} unless it is null (then nothing is allocated).
   *
   * @throws ArithmeticException when a figure leaves the {@code long} range ({@code f} is then left
   *     as it was, but for its scratch space)
   */
  static void compute(ScaledTable p, Encoding e, ScaledFigures f, DomainScore[] scores) {
    int nd = p.domainCode.length;
    int[] domainFirst = p.domainFirstQuestion;
    long[] single = p.single;
    int[] chosen = e.chosen;
    int pointsScale = p.pointsScale;
    long totalU = 0;
    int totalS = 0;

    // §3.3 first: the sum of the percents of each set of adjustments that applies to a domain (a
    // descriptor that gives none adds 0 at scale 0)
    int[][] sets = p.adjustmentSets;
    if (f.factorsU.length < sets.length) {
      f.factorsU = new long[sets.length];
      f.percentsS = new int[sets.length];
    }
    long[] factorsU = f.factorsU;
    int[] percentsS = f.percentsS;
    // the headline figures keep each domain's adjusted points to sum them after the loop (see §3.4
    // below), in a holder's scratch space; a whole result, whose figures are new each time, sums
    // them as it goes instead, allocating nothing more
    if (scores == null && f.adjustedU.length < nd) {
      f.adjustedU = new long[nd];
      f.adjustedS = new int[nd];
    }
    long[] adjustedUs = scores == null ? f.adjustedU : null;
    int[] adjustedSs = f.adjustedS;
    for (int k = 0; k < sets.length; k++) {
      // summed at the table's percent scale, the scale of the sum kept as the bits of the packed
      // percents OR-ed (see ScaledTable.pack), as points are
      long sum = 0;
      long bits = 0;
      for (int adj : sets[k]) {
        // a ONE question: one descriptor, or none (then 0 at scale 0)
        long entry = p.adjustmentByChosen[adj][chosen[p.adjustmentQuestion[adj]] + 1];
        sum += entry >> p.percentScale;
        bits |= entry;
      }
      int percentS = ScaledTable.scaleOf(bits, p.percentBits);
      long percentU = Fixed.down(sum, p.percentScale - percentS);
      // kept as 1 + p/100, the unscaled value of a number at scale percentS + 2 (see §3.3 below)
      factorsU[k] = Math.addExact(Fixed.up(100, percentS), percentU);
      percentsS[k] = percentS;
    }

    int percentSet = -1; // the set of the percent below, for the domain figures
    BigDecimal percent = null;
    for (int d = 0; d < nd; d++) {
      // §3.1 Answers: each question's points, summed at the table's points scale (no overflow is
      // possible: see ScaledTable.pointsScale), the scale of each sum kept beside it as the bits
      // of the points' packed entries OR-ed (see ScaledTable.pack); an unanswered question is
      // worth 0 at scale 0 (single[0]), so only an answer of other than one descriptor needs a
      // branch
      long rawP = 0;
      long rawBits = 0; // the sum starts at 0, whose scale is 0
      for (int q = domainFirst[d], end = domainFirst[d + 1]; q < end; q++) {
        int x = chosen[q];
        if (x >= Encoding.UNANSWERED) {
          long entry = single[x + 1];
          rawP += entry >> pointsScale;
          rawBits |= entry;
        } else {
          int[] more = e.more;
          long sumP = 0;
          long sumBits = 0;
          for (int k = -1 - x, to = k + more[k - 1]; k < to; k++) {
            long entry = p.packed[more[k]];
            sumP += entry >> pointsScale;
            sumBits |= entry;
          }
          if (sumP > p.questionMaxP[q]) {
            sumP = p.questionMaxP[q];
            sumBits = p.questionMaxBits[q];
          }
          rawP += sumP;
          rawBits |= sumBits;
        }
      }
      int rawS = ScaledTable.scaleOf(rawBits, p.scaleBits);

      // §3.2 Domain points: raw, capped, weighted (choices rather than branches where the data
      // decides: the compiler makes them conditional moves).
      long rawU = Fixed.down(rawP, pointsScale - rawS);
      boolean capped = rawP > p.domainMaxP[d];
      long cappedU = capped ? p.domainMaxU[d] : rawU;
      int cappedS = capped ? p.domainMaxS[d] : rawS;
      long weightedU = Math.multiplyExact(cappedU, p.weightU[d]);
      int weightedS = cappedS + p.weightS[d];

      // §3.3 Adjustments: max(0, weighted + (weighted × p).divide(100)), p the sum of the set's
      // percents (at a scale of at least 0), in one multiplication and one division by 100. With
      // w = weighted's unscaled value and f = 100 × 10^percentS + p's unscaled value (the set's
      // factor, above), m = w × f is the sum's unscaled value at scale weightedS + percentS + 2;
      // the sum's scale is that of the part, weightedS + percentS plus the places its division by
      // 100 adds, and those depend only on the remainders of w × p by 10 and by 100, which m has
      // too (m - w × p is a multiple of 100): so the sum is exactly m.divide(100).
      int set = p.adjustmentSetOf[d];
      long m = Math.multiplyExact(weightedU, factorsU[set]);
      long adjustedU = hundredth(m);
      int adjustedS = adjustedU < 0 ? 0 : weightedS + percentsS[set] + hundredthPlaces(m);
      adjustedU = Math.max(adjustedU, 0);
      if (scores != null) {
        if (set != percentSet) { // a domain with the same adjustments as the one before shares it
          int s = percentsS[set]; // p from its factor, 100 × 10^s + p
          percent = Fixed.decimal(factorsU[set] - Fixed.up(100, s), s);
          percentSet = set;
        }
        scores[d] =
            domainScore(
                p.domainCode[d],
                rawU,
                rawS,
                capped,
                cappedU,
                cappedS,
                weightedU,
                weightedS,
                percent,
                adjustedU,
                adjustedS);
      }

      if (adjustedUs != null) {
        adjustedUs[d] = adjustedU;
        adjustedSs[d] = adjustedS;
      } else {
        totalU = add(totalU, totalS, adjustedU, adjustedS);
      }
      totalS = Math.max(totalS, adjustedS);
    }

    // §3.4 Total points: each domain's at the total's scale, the largest (no domain waits for the
    // sum of the ones before it; every term is at least 0, so a sum that fits never overflowed on
    // the way)
    for (int d = 0; adjustedUs != null && d < nd; d++) {
      totalU = Math.addExact(totalU, Fixed.up(adjustedUs[d], totalS - adjustedSs[d]));
    }

    allocate(p, e, totalU, totalS, f);
  }

  /**
   * One domain's figures as {@code BigDecimal}s; a figure equal (value and scale) to the one before
   * it is the same instance, and small numbers are shared (see {@link Fixed#decimal}).
   */
  private static DomainScore domainScore(
      String code,
      long rawU,
      int rawS,
      boolean isCapped,
      long cappedU,
      int cappedS,
      long weightedU,
      int weightedS,
      BigDecimal percent,
      long adjustedU,
      int adjustedS) {
    BigDecimal raw = Fixed.decimal(rawU, rawS);
    BigDecimal capped = isCapped ? Fixed.decimal(cappedU, cappedS) : raw;
    BigDecimal weighted =
        weightedU == cappedU && weightedS == cappedS ? capped : Fixed.decimal(weightedU, weightedS);
    BigDecimal adjusted =
        adjustedU == weightedU && adjustedS == weightedS
            ? weighted
            : Fixed.decimal(adjustedU, adjustedS);
    return new DomainScore(code, raw, capped, weighted, percent, adjusted);
  }

  /**
   * Spec §3.5 to §3.7 from the total points {@code (totalU, totalS)}: the curve and band,
   * supplements, cost factor, floor and ceiling, the money in both periods, moderation and the
   * flags, written into {@code f} (only once nothing can fail).
   */
  private static void allocate(
      ScaledTable p, Encoding e, long totalU, int totalS, ScaledFigures f) {
    int[] first = p.plan.questionFirstDescriptor;
    int[] chosen = e.chosen;
    int c = e.curve;

    // §3.5 Allocation: curve, band, supplements, cost factor, floor and ceiling.
    long[] fromU = p.bandFromU[c];
    int[] fromS = p.bandFromS[c];
    // the last band starting at or below the total: as the bands start at strictly increasing
    // points (RAS-T014), the number of those after the first that do, counted without a branch on
    // the data (a loop that stopped at the first band above the total would end where the total
    // decides, mispredicted)
    int band = 0;
    for (int b = 1; b < fromU.length; b++) {
      band += compare(fromU[b], fromS[b], totalU, totalS) <= 0 ? 1 : 0;
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
      for (int end = x >= 0 ? 0 : k + e.more[k - 1]; k < end; k++) {
        int local = (k < 0 ? x : e.more[k]) - first[q];
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
    // the floor and ceiling in force on the curve: its own, else the allocation's (v1.1 §3)
    boolean floorApplied = p.hasFloor[c] && compare(amountU, amountS, p.floorU[c], p.floorS[c]) < 0;
    boolean ceilingApplied =
        !floorApplied
            && p.hasCeiling[c]
            && compare(amountU, amountS, p.ceilingU[c], p.ceilingS[c]) > 0;
    amountU = floorApplied ? p.floorU[c] : ceilingApplied ? p.ceilingU[c] : amountU;
    amountS = floorApplied ? p.floorS[c] : ceilingApplied ? p.ceilingS[c] : amountS;
    int flags =
        (floorApplied ? 1 << Flag.FLOOR_APPLIED.ordinal() : 0)
            | (ceilingApplied ? 1 << Flag.CEILING_APPLIED.ordinal() : 0)
            | (p.bandPanel[c][band] ? 1 << Flag.PANEL_DECISION_REQUIRED.ordinal() : 0);

    // §3.6 Money: round once; derive the other period from the rounded figure.
    int budgetS = roundedScale(p);
    long budgetU = round(p, amountU, amountS, p.incrementU, p.incrementS);
    long budgetOther = otherPeriod(p, budgetU, budgetS);

    // §3.7 Moderation: after everything above, reported beside the indicative budget.
    int nm = e.moderationU.length;
    long finU = 0;
    long finOther = 0;
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
        } else if (e.moderationSet[i]) {
          // v1.1 §2: the change that takes the running figure to the figure set
          long runningU = add(budgetU, budgetS, changeU, changeS);
          int runningS = Math.max(budgetS, changeS);
          long setU = cu;
          cu = subtract(setU, cs, runningU, runningS);
          cs = Math.max(cs, runningS);
        }
        changeU = add(changeU, changeS, cu, cs);
        changeS = Math.max(changeS, cs);
      }
      long unroundedU = add(budgetU, budgetS, changeU, changeS);
      int unroundedS = Math.max(budgetS, changeS);
      finU = round(p, unroundedU, unroundedS, p.incrementU, p.incrementS);
      if (finU < 0) {
        finU = 0;
      }
      finOther = otherPeriod(p, finU, budgetS);
      if (p.hasTolerance) {
        long differenceU = Math.absExact(subtract(finU, budgetS, budgetU, budgetS));
        long limit = Math.multiplyExact(budgetU, p.toleranceU);
        int limitS = budgetS + p.toleranceS;
        if (compare(differenceU, budgetS, hundredth(limit), limitS + hundredthPlaces(limit)) > 0) {
          flags |= 1 << Flag.PANEL_APPROVAL_REQUIRED.ordinal();
        }
      }
    }

    // v1.1 §4 Other funding: the council budget is what is left of the final budget (else the
    // indicative one), rounded, never below 0
    int no = e.otherU.length;
    long councilU = 0;
    long councilOther = 0;
    if (no > 0) {
      long otherU = 0;
      int otherS = 0;
      for (int i = 0; i < no; i++) {
        otherU = add(otherU, otherS, e.otherU[i], e.otherS[i]);
        otherS = Math.max(otherS, e.otherS[i]);
      }
      long bU = nm > 0 ? finU : budgetU;
      long unroundedU = subtract(bU, budgetS, otherU, otherS);
      int unroundedS = Math.max(budgetS, otherS);
      councilU = round(p, unroundedU, unroundedS, p.incrementU, p.incrementS);
      if (councilU < 0) {
        councilU = 0;
      }
      councilOther = otherPeriod(p, councilU, budgetS);
      if (compare(otherU, otherS, bU, budgetS) >= 0) {
        flags |= 1 << Flag.OTHER_FUNDING_COVERS_BUDGET.ordinal();
      }
    }

    // only now, when nothing can fail: the figures
    if (f.table != p) { // as a rule the same table again (see RasEngine#calculate)
      f.table = p;
    }
    f.totalU = totalU;
    f.totalS = totalS;
    f.curve = c;
    f.band = band;
    boolean weekly = p.period == Period.WEEK;
    f.indicativeWeeklyU = weekly ? budgetU : budgetOther;
    f.indicativeAnnualU = weekly ? budgetOther : budgetU;
    f.moderated = nm > 0;
    f.finalWeeklyU = weekly ? finU : finOther;
    f.finalAnnualU = weekly ? finOther : finU;
    f.funded = no > 0;
    f.councilWeeklyU = weekly ? councilU : councilOther;
    f.councilAnnualU = weekly ? councilOther : councilU;
    f.flags = flags;
  }

  /**
   * {@code Rounding.applyTo}: the unscaled value, at {@link #roundedScale}, of {@code (au, as) ÷
   * (du, ds)} rounded to a multiple of the increment, where {@code (du, ds)} is the divisor times
   * the increment.
   */
  private static long round(ScaledTable p, long au, int as, long du, int ds) {
    int s = Math.max(as, ds);
    long n = Fixed.up(au, s - as);
    long steps = Fixed.divideRounded(n, Fixed.up(du, s - ds), p.mode);
    long rounded = Math.multiplyExact(steps, p.incrementU);
    return Fixed.up(rounded, roundedScale(p) - p.incrementS);
  }

  /** The scale of a rounded figure: the increment's, never below 0. */
  private static int roundedScale(ScaledTable p) {
    return Math.max(0, p.incrementS);
  }

  /** §3.6: the budget in the other period, derived from the rounded figure {@code (u, s)}. */
  private static long otherPeriod(ScaledTable p, long u, int s) {
    if (p.period == Period.WEEK) {
      return round(p, Math.multiplyExact(u, p.weeksU), s + p.weeksS, p.incrementU, p.incrementS);
    }
    return round(p, u, s, Math.multiplyExact(p.weeksU, p.incrementU), p.weeksS + p.incrementS);
  }
}
