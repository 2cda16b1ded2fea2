package org.openras.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Period;
import org.openras.table.RasTable;

/**
 * The exact analysis of the answer space.
 *
 * <p>Total points are Σ over domains of {@code max(0, min(raw, cap) × weight × (1 + p/100))}, where
 * {@code p} depends only on the answers to the adjustment questions. So the analysis enumerates
 * every combination of answers to the adjustment questions (each a ONE question: its descriptors,
 * and "unanswered" when optional); for each, every domain's adjusted points are a function of its
 * raw points, and the raw points of the other questions form a finite set computed by dynamic
 * programming over the questions ({@link AnswerSpace}). Every value is an exact decimal held as a
 * long at a scale that holds every value exactly; all adjusted domain values are multiples of one
 * step (their greatest common divisor), so the reachable totals are sets over that lattice, summed
 * domain by domain ({@link Layers}): bit sets when the lattice is small enough, else the sorted
 * indexes reached (few totals far apart on a fine lattice).
 *
 * <p>Supplement money rides along: each domain's values are (points, money) pairs ({@link
 * PairSet}), and the totals keep one set per distinct sum of supplement money, so every reachable
 * (total, money) pair is known exactly. Within one band the curve never falls, so the budget
 * extremes are at a band's least or greatest reachable total in some money layer; {@link Witness}
 * rebuilds an assessment reaching each. The run is bounded in memory and work ({@link Budget});
 * past a bound it is not exact and says which bound.
 */
final class Analysis {
  private final RasTable t;
  private final CheckConfig cfg;
  private final Findings out;
  private final Budget budget;

  private boolean exact;

  /** Findings of the exact analysis, reported only when it completes. */
  private final List<Runnable> deferred = new ArrayList<>();

  private final List<Extremes> extremes = new ArrayList<>();
  private final List<BandReach> bands = new ArrayList<>();
  private final List<RuleReach> rules = new ArrayList<>();

  private AnswerSpace space;
  private Witness witness;
  private Reach all; // the union of every reachable total

  private Analysis(RasTable t, CheckConfig cfg, Findings out) {
    this.t = t;
    this.cfg = cfg;
    this.out = out;
    this.budget = new Budget(cfg.maxMemory(), cfg.maxWork(), cfg.maxSums());
  }

  static Analysis run(RasTable t, CheckConfig cfg, Findings out) {
    Analysis a = new Analysis(t, cfg, out);
    SimpleChecks simple = new SimpleChecks(t, out, a.rules);
    simple.run();
    String reason = null;
    try {
      a.exactAnalysis();
      a.exact = true;
      a.deferred.forEach(Runnable::run);
    } catch (TooLarge e) {
      reason = e.getMessage();
    } catch (ArithmeticException e) {
      // a sum or product of figures beyond 64-bit integers at the scale that holds them exactly
      reason =
          "a sum of the table's figures is too large to be held exactly in 64-bit integers at the"
              + " scale its decimals need";
    }
    if (reason != null) {
      a.exact = false;
      a.extremes.clear();
      a.bands.clear();
      a.space = null;
      a.witness = null;
      a.all = null;
      out.add(
          Check.NOT_EXACT,
          "",
          "the reachable totals were not computed exactly, because "
              + reason
              + "; band reachability and the extremes of the"
              + " budget are not reported",
          "reason",
          reason,
          "maxCombinations",
          cfg.maxCombinations(),
          "maxValues",
          cfg.maxValues(),
          "maxLattice",
          cfg.maxLattice(),
          "maxWork",
          cfg.maxWork(),
          "maxMemory",
          cfg.maxMemory());
      simple.ceilingByCurve();
    }
    return a;
  }

  boolean exact() {
    return exact;
  }

  List<Extremes> extremes() {
    return extremes;
  }

  List<BandReach> bands() {
    return bands;
  }

  List<RuleReach> rules() {
    return rules;
  }

  /** The operations on the reachable totals the analysis did (words of bit sets, listed totals). */
  long work() {
    return budget.work();
  }

  /** The sums of two (points, money) pairs the analysis enumerated. */
  long sums() {
    return budget.sums();
  }

  /** The most memory the analysis held at once, in bytes (an estimate). */
  long peakMemory() {
    return budget.peak();
  }

  // ---------------------------------------------------------------- the exact analysis

  private void exactAnalysis() throws TooLarge {
    space = AnswerSpace.of(t, cfg, budget);
    try {
      for (Signature s : space.signatures) {
        s.totals = Witness.totals(space, s, null, budget);
      }
    } catch (TooLarge e) {
      if (space.dense()) {
        throw e;
      }
      throw new TooLarge(
          space.latticeReason()
              + " (too fine for bit sets), and listing the reachable totals one by one went past"
              + " a bound: "
              + e.getMessage());
    }
    witness = new Witness(space, budget);
    reachability();
    findExtremes();
  }

  /** The band's lattice indexes: [from, end) of {@code c}'s band {@code bi}. */
  private long[] bandRange(Curve c, int bi) {
    long lo = space.indexAtOrAbove(c.bands().get(bi).from());
    long hi =
        bi + 1 < c.bands().size() ? space.indexAtOrAbove(c.bands().get(bi + 1).from()) : space.bits;
    return new long[] {lo, hi};
  }

  /**
   * For a cliff at band {@code bi} of {@code c}: the greatest reachable total below the band and
   * the least in it, their curve money, and assessments reaching them, as figures; empty when not
   * exact or when no reachable totals sit on both sides.
   */
  List<Object> cliff(Curve c, int bi) {
    if (!exact) {
      return List.of();
    }
    long[] r = bandRange(c, bi);
    long below = all.previous(r[0] - 1);
    long in = all.next(r[0]);
    if (below < 0 || below < bandRange(c, bi - 1)[0] || in < 0 || in >= r[1]) {
      return List.of("reachable", "no reachable totals on both sides of the boundary");
    }
    BigDecimal moneyBelow = c.bands().get(bi - 1).amountAt(space.pointsAt(below));
    BigDecimal moneyIn = c.bands().get(bi).amountAt(space.pointsAt(in));
    List<Object> f =
        new ArrayList<>(
            List.of(
                "reachedBelow",
                space.pointsAt(below),
                "moneyBelow",
                moneyBelow,
                "reachedAt",
                space.pointsAt(in),
                "moneyAt",
                moneyIn));
    if (moneyIn.compareTo(moneyBelow) < 0) {
      try {
        f.addAll(
            List.of(
                "assessmentBelow",
                Witness.text(witness.of(pickAt(below))),
                "assessmentAt",
                Witness.text(witness.of(pickAt(in)))));
      } catch (TooLarge e) {
        f.addAll(List.of("assessments", "not rebuilt, because " + e.getMessage()));
      }
    }
    return f;
  }

  private Witness.Pick pickAt(long index) {
    for (Signature s : space.signatures) {
      for (Map.Entry<Long, Reach> e : s.totals.layers.entrySet()) {
        if (e.getValue().has(index)) {
          return new Witness.Pick(s, index, e.getKey(), true, space.pointsAt(index));
        }
      }
    }
    throw new IllegalStateException("no signature reaches " + index);
  }

  private void reachability() {
    List<Reach> layers = new ArrayList<>();
    for (Signature s : space.signatures) {
      layers.addAll(s.totals.layers.values());
    }
    all = Reach.union(layers, space.bits, space.dense());
    List<Curve> curves = t.allocation().curves();
    for (int ci = 0; ci < curves.size(); ci++) {
      Curve c = curves.get(ci);
      for (int bi = 0; bi < c.bands().size(); bi++) {
        Band b = c.bands().get(bi);
        long[] r = bandRange(c, bi);
        long first = all.next(r[0]);
        Optional<BigDecimal> least =
            first >= 0 && first < r[1]
                ? Optional.of(space.pointsAt(first).stripTrailingZeros())
                : Optional.empty();
        String at = "/allocation/curves/" + ci + "/bands/" + bi;
        bands.add(new BandReach(c.clientGroup(), b.label(), at, least.isPresent(), least));
        if (least.isEmpty()) {
          long below = all.previous(r[0] - 1);
          int bandIndex = bi;
          BigDecimal leastTotal = space.pointsAt(all.next(0));
          BigDecimal greatestTotal = space.pointsAt(all.previous(space.bits - 1L));
          BigDecimal greatestBelow = below >= 0 ? space.pointsAt(below) : null;
          BigDecimal leastAbove = first >= 0 ? space.pointsAt(first) : null;
          deferred.add(
              () ->
                  out.add(
                      Check.UNREACHABLE_BAND,
                      at,
                      "curve "
                          + c.clientGroup()
                          + ": no combination of answers reaches band "
                          + b.label()
                          + " (from "
                          + Numbers.plain(b.from())
                          + (bandIndex + 1 < c.bands().size()
                              ? " to below " + Numbers.plain(c.bands().get(bandIndex + 1).from())
                              : "")
                          + " points)",
                      "clientGroup",
                      c.clientGroup(),
                      "band",
                      b.label(),
                      "from",
                      b.from(),
                      "nextFrom",
                      bandIndex + 1 < c.bands().size() ? c.bands().get(bandIndex + 1).from() : null,
                      "greatestTotalBelow",
                      greatestBelow,
                      "leastTotalAbove",
                      leastAbove,
                      "leastTotal",
                      leastTotal,
                      "greatestTotal",
                      greatestTotal));
        }
      }
    }
  }

  private void findExtremes() throws TooLarge {
    List<Signature> sigs = space.signatures;
    Witness.Pick leastT = null;
    Witness.Pick greatestT = null;
    for (Signature s : sigs) {
      for (Map.Entry<Long, Reach> e : s.totals.layers.entrySet()) {
        long lo = e.getValue().next(0);
        long hi = e.getValue().previous(space.bits - 1L);
        if (lo < 0) {
          continue;
        }
        if (leastT == null || lo < leastT.index()) {
          leastT = new Witness.Pick(s, lo, e.getKey(), true, space.pointsAt(lo));
        }
        if (greatestT == null || hi > greatestT.index()) {
          greatestT = new Witness.Pick(s, hi, e.getKey(), false, space.pointsAt(hi));
        }
      }
    }
    Map<String, Answer> leastPts = witness.of(leastT);
    Map<String, Answer> greatestPts = witness.of(greatestT);
    RasEngine engine = RasEngine.of(t);
    BigDecimal greatestAmount = null;
    List<Curve> curves = t.allocation().curves();
    for (int ci = 0; ci < curves.size(); ci++) {
      Curve c = curves.get(ci);
      Witness.Pick low = null;
      Witness.Pick high = null;
      for (Signature s : sigs) {
        for (Map.Entry<Long, Reach> e : s.totals.layers.entrySet()) {
          Reach w = e.getValue();
          for (int bi = 0; bi < c.bands().size(); bi++) {
            // within a band the curve never falls: its least is at the band's least
            // reachable total, its greatest at the greatest
            long[] r = bandRange(c, bi);
            long first = w.next(r[0]);
            if (first < 0 || first >= r[1]) {
              continue;
            }
            long last = w.previous(r[1] - 1);
            Band b = c.bands().get(bi);
            BigDecimal l =
                b.amountAt(space.pointsAt(first))
                    .add(space.moneyOf(Math.addExact(e.getKey(), s.minOffset)));
            BigDecimal h =
                b.amountAt(space.pointsAt(last))
                    .add(space.moneyOf(Math.addExact(e.getKey(), s.maxOffset)));
            if (low == null || l.compareTo(low.value()) < 0) {
              low = new Witness.Pick(s, first, e.getKey(), true, l);
            }
            if (high == null || h.compareTo(high.value()) > 0) {
              high = new Witness.Pick(s, last, e.getKey(), false, h);
            }
          }
        }
      }
      Map<String, Answer> lowAnswers = witness.of(low);
      Map<String, Answer> highAnswers = witness.of(high);
      BigDecimal curveLeast = null;
      BigDecimal curveGreatest = null;
      for (CostFactor f : t.allocation().costFactors()) {
        BigDecimal most = high.value().multiply(f.factor());
        BigDecimal least = low.value().multiply(f.factor());
        curveGreatest = curveGreatest == null ? most : curveGreatest.max(most);
        curveLeast = curveLeast == null ? least : curveLeast.min(least);
        if (c.ceiling().isEmpty()) {
          // the allocation's ceiling is in force only for curves without a ceiling of their own
          greatestAmount = greatestAmount == null ? most : greatestAmount.max(most);
        }
        extremes.add(
            new Extremes(
                c.clientGroup(),
                f.locality(),
                example(engine, "least-points", c, f, leastPts, leastT),
                example(engine, "greatest-points", c, f, greatestPts, greatestT),
                example(engine, "least-budget", c, f, lowAnswers, low),
                example(engine, "greatest-budget", c, f, highAnswers, high)));
      }
      curveLimits(ci, c, curveLeast, curveGreatest);
    }
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (ceiling.isPresent()
        && greatestAmount != null
        && greatestAmount.compareTo(ceiling.get()) < 0) {
      BigDecimal most = greatestAmount;
      deferred.add(
          () ->
              out.add(
                  Check.CEILING_UNREACHABLE,
                  "/allocation/ceiling",
                  "the ceiling of "
                      + Numbers.plain(ceiling.get())
                      + " can never be reached: the most"
                      + " any assessment gets before the ceiling, in any client group and locality, is "
                      + Numbers.plain(most),
                  "ceiling",
                  ceiling.get(),
                  "greatestAmount",
                  most));
    }
  }

  /**
   * CURVE_LIMIT_UNREACHABLE: a client group's own floor above the most its curve can pay, or its
   * own ceiling below the least (spec v1.1 §3), amounts before the limits in any locality.
   */
  private void curveLimits(int ci, Curve c, BigDecimal least, BigDecimal greatest) {
    String at = "/allocation/curves/" + ci;
    c.floor()
        .filter(fl -> fl.compareTo(greatest) > 0)
        .ifPresent(
            fl ->
                deferred.add(
                    () ->
                        out.add(
                            Check.CURVE_LIMIT_UNREACHABLE,
                            at + "/floor",
                            "the floor of "
                                + Numbers.plain(fl)
                                + " of the curve for client group "
                                + c.clientGroup()
                                + " is above every amount the curve can reach: the most any"
                                + " assessment gets on it before its limits, in any locality, is "
                                + Numbers.plain(greatest)
                                + ", so everyone in the group gets the floor",
                            "clientGroup",
                            c.clientGroup(),
                            "floor",
                            fl,
                            "greatestAmount",
                            greatest)));
    c.ceiling()
        .filter(ce -> ce.compareTo(least) < 0)
        .ifPresent(
            ce ->
                deferred.add(
                    () ->
                        out.add(
                            Check.CURVE_LIMIT_UNREACHABLE,
                            at + "/ceiling",
                            "the ceiling of "
                                + Numbers.plain(ce)
                                + " of the curve for client group "
                                + c.clientGroup()
                                + " is below every amount the curve can reach: the least any"
                                + " assessment gets on it before its limits, in any locality, is "
                                + Numbers.plain(least)
                                + ", so everyone in the group gets the ceiling",
                            "clientGroup",
                            c.clientGroup(),
                            "ceiling",
                            ce,
                            "leastAmount",
                            least)));
  }

  private Example example(
      RasEngine engine,
      String what,
      Curve c,
      CostFactor f,
      Map<String, Answer> answers,
      Witness.Pick pick) {
    Assessment.Builder b =
        Assessment.builder()
            .id(what + "/" + c.clientGroup() + "/" + f.locality())
            .date(t.effectiveFrom())
            .table(t.id());
    if (!c.clientGroup().equals(Curve.ANY_GROUP)) {
      b.clientGroup(c.clientGroup());
    }
    if (!f.locality().equals(CostFactor.ANY_LOCALITY)) {
      b.locality(f.locality());
    }
    answers.forEach(b::answer);
    Assessment a = b.build();
    Result r = engine.calculate(a, Tracing.ON);
    BigDecimal predicted = space.pointsAt(pick.index());
    if (r.totalPoints().compareTo(predicted) != 0) {
      throw new IllegalStateException(
          "table check analysis found "
              + predicted
              + " points for "
              + a
              + " but the engine gives "
              + r.totalPoints());
    }
    BigDecimal budgetAmount =
        t.period() == Period.WEEK ? r.indicativeBudget().weekly() : r.indicativeBudget().annual();
    return new Example(r.totalPoints(), budgetAmount, a, r);
  }
}
