package org.openras.engine;

import static org.openras.engine.Fixed.unscaled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * A table compiled for the {@link ScaledCalculation}: every number of the table as an unscaled
 * {@code long} and its scale (see {@link Fixed}), in arrays indexed by the {@link Plan}'s question
 * and descriptor numbers. Immutable once built.
 *
 * <p>{@link #compile} gives null when a number of the table has no {@code long} unscaled value:
 * such a table is always computed with the exact calculation.
 */
final class ScaledTable {
  final Plan plan;
  final TableRef ref;
  final Period period;
  final String currency;

  // domains: codes, their questions [domainFirstQuestion[d], domainFirstQuestion[d + 1])
  final String[] domainCode;
  final int[] domainFirstQuestion;
  final long[] domainMaxU;
  final int[] domainMaxS;
  final long[] weightU;
  final int[] weightS;

  /**
   * The distinct sets of adjustments that apply to a domain (each a list of adjustment numbers, in
   * table order), and for each domain the number of its set.
   */
  final int[][] adjustmentSets;

  final int[] adjustmentSetOf;

  /**
   * The scale at which the points of a domain are summed: the largest scale of any descriptor's
   * points and any question's or domain's maximum, and at least 0. Every such number is also held
   * at this one scale ({@link #pointsP}, {@link #questionMaxP}, {@link #domainMaxP}), so that
   * summing, capping and comparing points is plain {@code long} arithmetic; the scale a sum would
   * have as a {@code BigDecimal} is kept beside it (the largest scale of its terms). The sum of the
   * absolute values of all those numbers fits in a {@code long}, so no sum of points can overflow.
   */
  final int pointsScale;

  /** Each descriptor's points at {@link #pointsScale}. */
  final long[] pointsP;

  /** Each question's maximum at {@link #pointsScale}; {@code Long.MAX_VALUE} when it has none. */
  final long[] questionMaxP;

  /** Each domain's maximum at {@link #pointsScale}; {@code Long.MAX_VALUE} when it has none. */
  final long[] domainMaxP;

  /**
   * By descriptor number + 1 (0: unanswered, worth 0 at scale 0): each descriptor's points as the
   * only answer to its question, capped at the question's maximum, so that such an answer needs
   * neither a comparison nor a branch; packed with their scale (see {@link #pack}).
   */
  final long[] single;

  /** Each descriptor's points packed with their scale (see {@link #pack}). */
  final long[] packed;

  /** Each question's maximum's scale as the bits of a packed entry (see {@link #pack}). */
  final long[] questionMaxBits;

  /** The bits of a packed entry that mark its scale (see {@link #pack}). */
  final long scaleBits;

  /**
   * The scale at which the percents of a set of adjustments are summed: the largest scale of any
   * adjustment's percent, and at least 0 (as {@link #pointsScale} is for points).
   */
  final int percentScale;

  /** The bits of a packed percent that mark its scale (see {@link #pack}). */
  final long percentBits;

  /**
   * Per adjustment, by descriptor number + 1: the percent the descriptor gives, at {@link
   * #percentScale} and packed with its scale as points are (see {@link #pack}); 0 at scale 0 where
   * it gives none (or the question is unanswered), which adds nothing to the sum of percents nor to
   * its scale (never below 0). The percents of all adjustments summed, each the largest in absolute
   * value, fit in a {@code long}, so that no sum of percents can overflow.
   */
  final long[][] adjustmentByChosen;

  // questions and descriptors

  /** Each adjustment's question. */
  final int[] adjustmentQuestion;

  // curves in table order, bands in curve order
  final String[] curveGroup;
  final String[][] bandLabel;
  final long[][] bandFromU;
  final int[][] bandFromS;
  final long[][] bandAmountU;
  final int[][] bandAmountS;
  final long[][] perPointU;
  final int[][] perPointS;

  /** Whether each band is decided by the council's panel (spec v1.1 §1). */
  final boolean[][] bandPanel;

  /**
   * By curve: the floor and ceiling in force on it, its own or else the allocation's (spec v1.1
   * §3); for a v1 table every curve has the allocation's.
   */
  final boolean[] hasFloor;

  final long[] floorU;
  final int[] floorS;
  final boolean[] hasCeiling;
  final long[] ceilingU;
  final int[] ceilingS;

  // supplements: question, amount by the descriptor's place in its question
  final int[] supplementQuestion;
  final boolean[][] supplementHas;
  final long[][] supplementU;
  final int[][] supplementS;

  // cost factors, in table order
  final long[] factorU;
  final int[] factorS;

  final long incrementU;
  final int incrementS;
  final RoundingMode mode;
  final long weeksU;
  final int weeksS;
  final boolean hasTolerance;
  final long toleranceU;
  final int toleranceS;

  /**
   * Points {@code p} at {@link #pointsScale}, of scale {@code scale} as a {@code BigDecimal},
   * packed into one {@code long}: {@code p << pointsScale}, with bit {@code scale - 1} set when the
   * scale is above 0 (percents likewise, at {@link #percentScale}). Summing points then needs one
   * load per descriptor, not two: the sum of the points is the sum of the entries shifted back
   * ({@code entry >> pointsScale}), and its scale as a {@code BigDecimal}, the largest of its
   * terms' and at least 0 (a sum from 0), is marked by the entries OR-ed ({@link #scaleOf}). A
   * table of points at scale 0, the most common, keeps all 64 bits for the points; one whose points
   * leave too few bits is computed exactly.
   *
   * @param shift the scale of the sums: {@link #pointsScale} or {@link #percentScale}
   * @throws ArithmeticException when {@code p} needs more bits than an entry leaves it
   */
  static long pack(long p, int scale, int shift) {
    if (shift >= Long.SIZE - 1 || p != (p << shift) >> shift) {
      throw new ArithmeticException("a number too large to pack");
    }
    return p << shift | (scale > 0 ? 1L << (scale - 1) : 0);
  }

  /**
   * {@return the scale marked in packed entries OR-ed together (see {@link #pack})}
   *
   * @param bits the bits that mark the scale: {@link #scaleBits} or {@link #percentBits}
   */
  static int scaleOf(long entries, long bits) {
    return Long.SIZE - Long.numberOfLeadingZeros(entries & bits);
  }

  /** The compiled table, or null when one of its numbers does not fit. */
  static ScaledTable compile(Plan plan) {
    try {
      return new ScaledTable(plan);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private ScaledTable(Plan plan) {
    this.plan = plan;
    RasTable t = plan.table;
    ref = TableRef.of(t);
    period = t.period();
    currency = t.currency();

    List<Domain> domains = t.domains();
    int nd = domains.size();
    domainCode = new String[nd];
    domainFirstQuestion = new int[nd + 1];
    boolean[] domainHasMax = new boolean[nd];
    domainMaxU = new long[nd];
    domainMaxS = new int[nd];
    weightU = new long[nd];
    weightS = new int[nd];
    int[][] domainAdjustments = new int[nd][];
    List<Adjustment> adjustments = t.adjustments();
    for (int d = 0; d < nd; d++) {
      Domain domain = domains.get(d);
      domainCode[d] = domain.code();
      domainFirstQuestion[d + 1] = domainFirstQuestion[d] + domain.questions().size();
      if (domain.maxPoints().isPresent()) {
        domainHasMax[d] = true;
        domainMaxU[d] = unscaled(domain.maxPoints().get());
        domainMaxS[d] = domain.maxPoints().get().scale();
      }
      weightU[d] = unscaled(domain.weight());
      weightS[d] = domain.weight().scale();
      List<Integer> applying = new ArrayList<>();
      for (int i = 0; i < adjustments.size(); i++) {
        if (adjustments.get(i).appliesTo(domain.code())) {
          applying.add(i);
        }
      }
      domainAdjustments[d] = applying.stream().mapToInt(Integer::intValue).toArray();
    }
    List<int[]> sets = new ArrayList<>();
    adjustmentSetOf = new int[nd];
    for (int d = 0; d < nd; d++) {
      int k = 0;
      while (k < sets.size() && !Arrays.equals(sets.get(k), domainAdjustments[d])) {
        k++;
      }
      if (k == sets.size()) {
        sets.add(domainAdjustments[d]);
      }
      adjustmentSetOf[d] = k;
    }
    adjustmentSets = sets.toArray(new int[0][]);

    int nq = plan.questions.size();
    boolean[] questionHasMax = new boolean[nq];
    long[] questionMaxU = new long[nq];
    int[] questionMaxS = new int[nq];
    int ndesc = plan.descriptorQuestion.length;
    long[] pointsU = new long[ndesc];
    int[] pointsS = new int[ndesc];
    for (int q = 0; q < nq; q++) {
      Question question = plan.questions.get(q);
      if (question.maxPoints().isPresent()) {
        questionHasMax[q] = true;
        questionMaxU[q] = unscaled(question.maxPoints().get());
        questionMaxS[q] = question.maxPoints().get().scale();
      }
      for (int i = 0; i < question.descriptors().size(); i++) {
        BigDecimal p = question.descriptors().get(i).points();
        pointsU[plan.questionFirstDescriptor[q] + i] = unscaled(p);
        pointsS[plan.questionFirstDescriptor[q] + i] = p.scale();
      }
    }

    int scale = 0;
    for (int x = 0; x < ndesc; x++) {
      scale = Math.max(scale, pointsS[x]);
    }
    for (int q = 0; q < nq; q++) {
      scale = Math.max(scale, questionMaxS[q]);
    }
    for (int d = 0; d < nd; d++) {
      scale = Math.max(scale, domainMaxS[d]);
    }
    pointsScale = scale;
    scaleBits = (1L << scale) - 1;
    pointsP = new long[ndesc];
    long bound = 0;
    for (int x = 0; x < ndesc; x++) {
      pointsP[x] = Fixed.up(pointsU[x], scale - pointsS[x]);
      bound = Math.addExact(bound, Math.absExact(pointsP[x]));
    }
    questionMaxP = new long[nq];
    for (int q = 0; q < nq; q++) {
      questionMaxP[q] = Long.MAX_VALUE;
      if (questionHasMax[q]) {
        questionMaxP[q] = Fixed.up(questionMaxU[q], scale - questionMaxS[q]);
        bound = Math.addExact(bound, Math.absExact(questionMaxP[q]));
      }
    }
    packed = new long[ndesc];
    for (int x = 0; x < ndesc; x++) {
      packed[x] = pack(pointsP[x], pointsS[x], scale);
    }
    questionMaxBits = new long[nq];
    for (int q = 0; q < nq; q++) {
      if (questionHasMax[q]) {
        questionMaxBits[q] = pack(questionMaxP[q], questionMaxS[q], scale) & scaleBits;
      }
    }
    single = new long[ndesc + 1]; // single[0] = 0: nothing at scale 0
    for (int x = 0; x < ndesc; x++) {
      int q = plan.descriptorQuestion[x];
      boolean capped = pointsP[x] > questionMaxP[q];
      single[x + 1] = capped ? pack(questionMaxP[q], questionMaxS[q], scale) : packed[x];
    }
    domainMaxP = new long[nd];
    for (int d = 0; d < nd; d++) {
      domainMaxP[d] =
          domainHasMax[d] ? Fixed.up(domainMaxU[d], scale - domainMaxS[d]) : Long.MAX_VALUE;
    }

    int na = adjustments.size();
    adjustmentQuestion = new int[na];
    boolean[][] adjustmentHas = new boolean[na][];
    long[][] percentU = new long[na][];
    int[][] percentS = new int[na][];
    for (int i = 0; i < na; i++) {
      Adjustment adj = adjustments.get(i);
      int q = plan.questionIndex.get(adj.question());
      adjustmentQuestion[i] = q;
      Map<String, BigDecimal> by = adj.percentByDescriptor();
      List<Descriptor> ds = plan.questions.get(q).descriptors();
      adjustmentHas[i] = new boolean[ds.size()];
      percentU[i] = new long[ds.size()];
      percentS[i] = new int[ds.size()];
      for (int k = 0; k < ds.size(); k++) {
        BigDecimal p = by.get(ds.get(k).code());
        if (p != null) {
          adjustmentHas[i][k] = true;
          percentU[i][k] = unscaled(p);
          percentS[i][k] = p.scale();
        }
      }
    }

    int pScale = 0;
    for (int i = 0; i < na; i++) {
      for (int k = 0; k < adjustmentHas[i].length; k++) {
        pScale = Math.max(pScale, percentS[i][k]);
      }
    }
    percentScale = pScale;
    percentBits = (1L << pScale) - 1;
    adjustmentByChosen = new long[na][ndesc + 1];
    long percentBound = 0;
    for (int i = 0; i < na; i++) {
      int first = plan.questionFirstDescriptor[adjustmentQuestion[i]];
      long largest = 0;
      for (int k = 0; k < adjustmentHas[i].length; k++) {
        if (adjustmentHas[i][k]) {
          long at = Fixed.up(percentU[i][k], pScale - percentS[i][k]);
          largest = Math.max(largest, Math.absExact(at));
          adjustmentByChosen[i][first + k + 1] = pack(at, percentS[i][k], pScale);
        }
      }
      percentBound = Math.addExact(percentBound, largest);
    }

    List<Curve> curves = t.allocation().curves();
    int nc = curves.size();
    curveGroup = new String[nc];
    bandLabel = new String[nc][];
    bandFromU = new long[nc][];
    bandFromS = new int[nc][];
    bandAmountU = new long[nc][];
    bandAmountS = new int[nc][];
    perPointU = new long[nc][];
    perPointS = new int[nc][];
    bandPanel = new boolean[nc][];
    hasFloor = new boolean[nc];
    floorU = new long[nc];
    floorS = new int[nc];
    hasCeiling = new boolean[nc];
    ceilingU = new long[nc];
    ceilingS = new int[nc];
    for (int c = 0; c < nc; c++) {
      Curve curve = curves.get(c);
      curveGroup[c] = curve.clientGroup();
      Optional<BigDecimal> floor = t.allocation().floorFor(curve);
      hasFloor[c] = floor.isPresent();
      floorU[c] = hasFloor[c] ? unscaled(floor.get()) : 0;
      floorS[c] = hasFloor[c] ? floor.get().scale() : 0;
      Optional<BigDecimal> ceiling = t.allocation().ceilingFor(curve);
      hasCeiling[c] = ceiling.isPresent();
      ceilingU[c] = hasCeiling[c] ? unscaled(ceiling.get()) : 0;
      ceilingS[c] = hasCeiling[c] ? ceiling.get().scale() : 0;
      int nb = curve.bands().size();
      bandLabel[c] = new String[nb];
      bandFromU[c] = new long[nb];
      bandFromS[c] = new int[nb];
      bandAmountU[c] = new long[nb];
      bandAmountS[c] = new int[nb];
      perPointU[c] = new long[nb];
      perPointS[c] = new int[nb];
      bandPanel[c] = new boolean[nb];
      for (int b = 0; b < nb; b++) {
        Band band = curve.bands().get(b);
        bandPanel[c][b] = band.panel();
        bandLabel[c][b] = band.label();
        bandFromU[c][b] = unscaled(band.from());
        bandFromS[c][b] = band.from().scale();
        bandAmountU[c][b] = unscaled(band.amount());
        bandAmountS[c][b] = band.amount().scale();
        perPointU[c][b] = unscaled(band.perPoint());
        perPointS[c][b] = band.perPoint().scale();
      }
    }

    List<Supplement> supplements = t.allocation().supplements();
    int ns = supplements.size();
    supplementQuestion = new int[ns];
    supplementHas = new boolean[ns][];
    supplementU = new long[ns][];
    supplementS = new int[ns][];
    for (int i = 0; i < ns; i++) {
      Supplement s = supplements.get(i);
      int q = plan.questionIndex.get(s.question());
      supplementQuestion[i] = q;
      List<Descriptor> ds = plan.questions.get(q).descriptors();
      supplementHas[i] = new boolean[ds.size()];
      supplementU[i] = new long[ds.size()];
      supplementS[i] = new int[ds.size()];
      for (int k = 0; k < ds.size(); k++) {
        BigDecimal amount = s.amountByDescriptor().get(ds.get(k).code());
        if (amount != null) {
          supplementHas[i][k] = true;
          supplementU[i][k] = unscaled(amount);
          supplementS[i][k] = amount.scale();
        }
      }
    }

    List<CostFactor> factors = t.allocation().costFactors();
    factorU = new long[factors.size()];
    factorS = new int[factors.size()];
    for (int i = 0; i < factors.size(); i++) {
      factorU[i] = unscaled(factors.get(i).factor());
      factorS[i] = factors.get(i).factor().scale();
    }

    Rounding rounding = t.allocation().rounding();
    incrementU = unscaled(rounding.increment());
    incrementS = rounding.increment().scale();
    mode = rounding.mode();
    weeksU = unscaled(t.weeksPerYear());
    weeksS = t.weeksPerYear().scale();
    Optional<BigDecimal> tolerance = t.tolerancePercent();
    hasTolerance = tolerance.isPresent();
    toleranceU = hasTolerance ? unscaled(tolerance.get()) : 0;
    toleranceS = hasTolerance ? tolerance.get().scale() : 0;
  }
}
