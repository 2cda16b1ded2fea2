package org.openras.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.table.Supplement;

/**
 * The exact analysis of the answer space.
 *
 * <p>Total points are Σ over domains of {@code max(0, min(raw, cap) × weight × (1 + p/100))}, where
 * {@code p} depends only on the answers to the adjustment questions. So the analysis enumerates
 * every combination of answers to the adjustment questions (each a ONE question: its descriptors,
 * and "unanswered" when optional); for each, every domain's adjusted points are a function of its
 * raw points, and the raw points of the other questions form a finite set computed by dynamic
 * programming over the questions (an ANY question contributes each of its subsets, capped). Every
 * value is an exact decimal held as a long at a scale that holds every value exactly; all adjusted
 * domain values are multiples of one step (their greatest common divisor), so the reachable totals
 * are bit sets over that lattice, summed domain by domain by OR-ing shifted copies ({@link
 * Layers}).
 *
 * <p>Supplement money rides along: each domain's values are (points, money) pairs ({@link
 * PairSet}), and the totals keep one bit set per distinct sum of supplement money, so every
 * reachable (total, money) pair is known exactly. Within one band the curve never falls, so the
 * budget extremes are at a band's least or greatest reachable total in some money layer.
 */
final class Analysis {
  private final RasTable t;
  private final CheckConfig cfg;
  private final Findings out;

  private boolean exact;

  /** Findings of the exact analysis, reported only when it completes. */
  private final List<Runnable> deferred = new ArrayList<>();

  private final List<Extremes> extremes = new ArrayList<>();
  private final List<BandReach> bands = new ArrayList<>();
  private final List<RuleReach> rules = new ArrayList<>();

  // scales
  private int sR; // raw points
  private int sT; // adjusted and total points
  private int sM; // supplement money

  private List<Question> adjQuestions; // the adjustment questions, table order
  private Map<String, Integer> adjIndex; // question code -> index in adjQuestions
  private List<List<Question>> freeQuestions; // per domain, the other questions
  private List<List<PairSet>> rawPrefixes; // per domain: prefix sums over free questions
  private long step; // the lattice of totals, in units of the total scale
  private int bits; // the size of the lattice
  private List<List<Options>> questionOptions; // per domain, per free question

  private Analysis(RasTable t, CheckConfig cfg, Findings out) {
    this.t = t;
    this.cfg = cfg;
    this.out = out;
  }

  static Analysis run(RasTable t, CheckConfig cfg, Findings out) {
    Analysis a = new Analysis(t, cfg, out);
    a.simple();
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
          "a figure of the table is too large to be held exactly at the scale its decimals need";
    }
    if (reason != null) {
      a.exact = false;
      a.extremes.clear();
      a.bands.clear();
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
          cfg.maxWork());
      a.ceilingByCurve();
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

  // ---------------------------------------------------------------- checks without the space

  /** The least and greatest points of a question, capped. */
  private static BigDecimal[] questionRange(Question q) {
    BigDecimal min = null;
    BigDecimal max = BigDecimal.ZERO;
    if (q.select() == Select.ONE) {
      for (Descriptor x : q.descriptors()) {
        BigDecimal p = capped(q, x.points());
        min = min == null || p.compareTo(min) < 0 ? p : min;
        max = p.compareTo(max) > 0 ? p : max;
      }
    } else {
      BigDecimal sum = BigDecimal.ZERO;
      for (Descriptor x : q.descriptors()) {
        sum = sum.add(x.points());
      }
      min = BigDecimal.ZERO;
      max = capped(q, sum);
    }
    if (!q.required()) {
      min = BigDecimal.ZERO;
    }
    return new BigDecimal[] {min, max};
  }

  private static BigDecimal capped(Question q, BigDecimal p) {
    return q.maxPoints().isPresent() ? p.min(q.maxPoints().get()) : p;
  }

  /** Caps (domain and question), and which adjustments and supplements can act. */
  private void simple() {
    BigDecimal[] maxWeighted = new BigDecimal[t.domains().size()];
    for (int di = 0; di < t.domains().size(); di++) {
      Domain d = t.domains().get(di);
      BigDecimal min = BigDecimal.ZERO;
      BigDecimal max = BigDecimal.ZERO;
      for (int qi = 0; qi < d.questions().size(); qi++) {
        Question q = d.questions().get(qi);
        BigDecimal[] r = questionRange(q);
        min = min.add(r[0]);
        max = max.add(r[1]);
        if (q.maxPoints().isPresent()) {
          BigDecimal cap = q.maxPoints().get();
          BigDecimal uncappedMax = BigDecimal.ZERO;
          BigDecimal uncappedMin = null;
          for (Descriptor x : q.descriptors()) {
            if (q.select() == Select.ANY) {
              uncappedMax = uncappedMax.add(x.points());
            } else {
              uncappedMax = uncappedMax.max(x.points());
              uncappedMin = uncappedMin == null ? x.points() : uncappedMin.min(x.points());
            }
          }
          if (q.select() == Select.ANY || !q.required()) {
            uncappedMin = BigDecimal.ZERO;
          }
          capFindings(
              "question " + q.code(),
              "/domains/" + di + "/questions/" + qi + "/maxPoints",
              cap,
              uncappedMin,
              uncappedMax);
        }
      }
      if (d.maxPoints().isPresent()) {
        capFindings(
            "domain " + d.code(), "/domains/" + di + "/maxPoints", d.maxPoints().get(), min, max);
        max = max.min(d.maxPoints().get());
      }
      maxWeighted[di] = max.multiply(d.weight());
    }
    for (int ai = 0; ai < t.adjustments().size(); ai++) {
      Adjustment a = t.adjustments().get(ai);
      boolean canScore = false;
      for (int di = 0; di < t.domains().size(); di++) {
        if (a.appliesTo(t.domains().get(di).code()) && maxWeighted[di].signum() > 0) {
          canScore = true;
        }
      }
      List<String> acting = new ArrayList<>();
      if (canScore) {
        a.percentByDescriptor()
            .forEach(
                (x, p) -> {
                  if (p.signum() != 0) {
                    acting.add(x);
                  }
                });
      }
      String at = "/adjustments/" + ai;
      rules.add(new RuleReach("adjustment", a.id(), at, !acting.isEmpty(), acting));
      if (acting.isEmpty()) {
        out.add(
            Check.ADJUSTMENT_NO_EFFECT,
            at,
            "adjustment "
                + a.id()
                + " can never change anyone's points: "
                + (canScore
                    ? "every percent it lists is 0"
                    : "no domain it applies to can score points"),
            "adjustment",
            a.id(),
            "question",
            a.question());
      }
    }
    List<Supplement> ss = t.allocation().supplements();
    for (int si = 0; si < ss.size(); si++) {
      Supplement s = ss.get(si);
      List<String> acting = new ArrayList<>();
      s.amountByDescriptor()
          .forEach(
              (x, m) -> {
                if (m.signum() > 0) {
                  acting.add(x);
                }
              });
      String at = "/allocation/supplements/" + si;
      rules.add(new RuleReach("supplement", s.id(), at, !acting.isEmpty(), acting));
      if (acting.isEmpty()) {
        out.add(
            Check.SUPPLEMENT_NO_EFFECT,
            at,
            "supplement " + s.id() + " can never add money: every amount it lists is 0",
            "supplement",
            s.id(),
            "question",
            s.question());
      }
    }
  }

  private void capFindings(String what, String at, BigDecimal cap, BigDecimal min, BigDecimal max) {
    if (max.compareTo(cap) < 0) {
      out.add(
          Check.CAP_UNREACHABLE,
          at,
          what
              + ": no combination of answers reaches its cap of "
              + Numbers.plain(cap)
              + " points (the most is "
              + Numbers.plain(max)
              + ")",
          "maxPoints",
          cap,
          "greatestUncapped",
          max);
    } else if (min.compareTo(cap) > 0) {
      out.add(
          Check.CAP_ALWAYS_EXCEEDED,
          at,
          what
              + ": every combination of answers exceeds its cap of "
              + Numbers.plain(cap)
              + " points (the least is "
              + Numbers.plain(min)
              + ")",
          "maxPoints",
          cap,
          "leastUncapped",
          min);
    }
  }

  /** When the space was too large: the ceiling against the curve alone (no reachability). */
  private void ceilingByCurve() {
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (ceiling.isEmpty()) {
      return;
    }
    BigDecimal best = BigDecimal.ZERO;
    for (Curve c : t.allocation().curves()) {
      List<Band> bs = c.bands();
      Band last = bs.get(bs.size() - 1);
      if (last.perPoint().signum() > 0) {
        return; // the curve rises without end
      }
      for (int i = 0; i < bs.size(); i++) {
        best = best.max(bs.get(i).amount());
        if (i + 1 < bs.size()) {
          best = best.max(at(bs.get(i), bs.get(i + 1).from()));
        }
      }
    }
    BigDecimal supp = BigDecimal.ZERO;
    for (Supplement s : t.allocation().supplements()) {
      Question q = t.question(s.question()).orElseThrow();
      BigDecimal m = BigDecimal.ZERO;
      for (BigDecimal v : s.amountByDescriptor().values()) {
        m = q.select() == Select.ANY ? m.add(v) : m.max(v);
      }
      supp = supp.add(m);
    }
    BigDecimal factor = BigDecimal.ZERO;
    for (CostFactor f : t.allocation().costFactors()) {
      factor = factor.max(f.factor());
    }
    BigDecimal most = best.add(supp).multiply(factor);
    if (most.compareTo(ceiling.get()) < 0) {
      out.add(
          Check.CEILING_UNREACHABLE,
          "/allocation/ceiling",
          "the ceiling of "
              + Numbers.plain(ceiling.get())
              + " can never be reached: even the"
              + " most any curve pays, with every supplement and the greatest cost factor, is "
              + Numbers.plain(most),
          "ceiling",
          ceiling.get(),
          "greatestAmount",
          most);
    }
  }

  /** The curve's money at {@code total} within {@code band}. */
  private static BigDecimal at(Band band, BigDecimal total) {
    return band.amount().add(total.subtract(band.from()).multiply(band.perPoint()));
  }

  // ---------------------------------------------------------------- the exact analysis

  /** The answers a question can take, with their points and supplement money. */
  private record Options(List<Answer> answers, PairSet set) {}

  private void exactAnalysis() throws TooLarge {
    scales();
    adjQuestions = new ArrayList<>();
    adjIndex = new HashMap<>();
    for (Question q : t.questions()) {
      for (Adjustment a : t.adjustments()) {
        if (a.question().equals(q.code())) {
          adjIndex.put(q.code(), adjQuestions.size());
          adjQuestions.add(q);
          break;
        }
      }
    }
    long combos = 1;
    for (Question q : adjQuestions) {
      combos *= q.descriptors().size() + (q.required() ? 0 : 1);
      if (combos > cfg.maxCombinations()) {
        throw new TooLarge(
            "more than "
                + cfg.maxCombinations()
                + " combinations of answers to the adjustment questions");
      }
    }

    // Per domain: the options of each other question, and the prefix sums over them.
    freeQuestions = new ArrayList<>();
    questionOptions = new ArrayList<>();
    rawPrefixes = new ArrayList<>();
    for (Domain d : t.domains()) {
      List<Question> free = new ArrayList<>();
      List<Options> opts = new ArrayList<>();
      List<PairSet> prefix = new ArrayList<>();
      PairSet acc = PairSet.zero();
      prefix.add(acc);
      for (Question q : d.questions()) {
        if (adjIndex.containsKey(q.code())) {
          continue;
        }
        Options o = options(q);
        free.add(q);
        opts.add(o);
        acc = PairSet.plus(acc, o.set(), cfg.maxValues());
        prefix.add(acc);
      }
      freeQuestions.add(free);
      questionOptions.add(opts);
      rawPrefixes.add(prefix);
    }

    // Every combination of answers to the adjustment questions, grouped by what it does to
    // the domains (points of the adjustment questions, percent), which fixes the totals.
    Map<String, Signature> sigs = new LinkedHashMap<>();
    int[] combo = new int[adjQuestions.size()];
    for (int i = 0; i < combo.length; i++) {
      combo[i] = start(i);
    }
    do {
      Signature s = signature(combo);
      Signature known = sigs.putIfAbsent(s.key, s);
      (known == null ? s : known).offer(combo.clone(), supplementOffset(combo));
    } while (next(combo));

    // The lattice: every domain's adjusted points are multiples of one step.
    long g = 0;
    long span = 0;
    for (Signature s : sigs.values()) {
      long most = 0;
      s.adjusted = new PairSet[t.domains().size()];
      for (int di = 0; di < t.domains().size(); di++) {
        PairSet a = adjusted(di, s);
        s.adjusted[di] = a;
        long max = 0;
        for (long k : a.keys) {
          g = gcd(g, k);
          max = Math.max(max, k);
        }
        most = Math.addExact(most, max);
      }
      span = Math.max(span, most);
    }
    step = g == 0 ? 1 : g;
    long lattice = span / step + 1;
    if (lattice > cfg.maxLattice()) {
      throw new TooLarge(
          "the totals span "
              + lattice
              + " steps of "
              + Numbers.plain(points(step))
              + " points, more than "
              + cfg.maxLattice());
    }
    bits = (int) lattice;
    long[] work = {0};
    for (Signature s : sigs.values()) {
      s.totals = totals(s, null, work);
    }
    reachability(new ArrayList<>(sigs.values()));
    extremes(new ArrayList<>(sigs.values()), work);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return Math.abs(a);
  }

  /** The first index of question i's answers: -1 (unanswered) when optional, else 0. */
  private int start(int i) {
    return adjQuestions.get(i).required() ? 0 : -1;
  }

  private boolean next(int[] combo) {
    for (int i = combo.length - 1; i >= 0; i--) {
      combo[i]++;
      if (combo[i] < adjQuestions.get(i).descriptors().size()) {
        return true;
      }
      combo[i] = start(i);
    }
    return false;
  }

  /** The scales at which raw points, totals and money are exact longs. */
  private void scales() {
    sR = 0;
    sM = 0;
    int sPct = 0;
    for (Question q : t.questions()) {
      for (Descriptor x : q.descriptors()) {
        sR = Math.max(sR, x.points().scale());
      }
      if (q.maxPoints().isPresent()) {
        sR = Math.max(sR, q.maxPoints().get().scale());
      }
    }
    for (Domain d : t.domains()) {
      if (d.maxPoints().isPresent()) {
        sR = Math.max(sR, d.maxPoints().get().scale());
      }
    }
    for (Adjustment a : t.adjustments()) {
      for (BigDecimal p : a.percentByDescriptor().values()) {
        sPct = Math.max(sPct, p.scale());
      }
    }
    for (Supplement s : t.allocation().supplements()) {
      for (BigDecimal m : s.amountByDescriptor().values()) {
        sM = Math.max(sM, m.scale());
      }
    }
    sT = 0;
    for (Domain d : t.domains()) {
      boolean adjusted = t.adjustments().stream().anyMatch(a -> a.appliesTo(d.code()));
      sT = Math.max(sT, sR + Math.max(0, d.weight().scale()) + (adjusted ? sPct + 2 : 0));
    }
  }

  private static long toLong(BigDecimal v, int scale) throws TooLarge {
    try {
      return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new TooLarge("the value " + v.toPlainString() + " does not fit at scale " + scale);
    }
  }

  private long money(Supplement s, String descriptor) throws TooLarge {
    BigDecimal m = s.amountByDescriptor().get(descriptor);
    return m == null ? 0 : toLong(m, sM);
  }

  /** The answers one (non-adjustment) question can take: points and supplement money. */
  private Options options(Question q) throws TooLarge {
    List<Supplement> mine = new ArrayList<>();
    for (Supplement s : t.allocation().supplements()) {
      if (s.question().equals(q.code())) {
        mine.add(s);
      }
    }
    List<Answer> answers = new ArrayList<>();
    PairSet.Builder b = new PairSet.Builder(cfg.maxValues());
    if (!q.required()) {
      answers.add(null);
      b.add(0, 0, 0);
    }
    List<Descriptor> xs = q.descriptors();
    if (q.select() == Select.ONE) {
      for (Descriptor x : xs) {
        long m = 0;
        for (Supplement s : mine) {
          m += money(s, x.code());
        }
        int i = answers.size();
        answers.add(Answer.one(x.code()));
        b.add(toLong(capped(q, x.points()), sR), m, i);
      }
    } else {
      // subset sums by dynamic programming over the descriptors, not by listing subsets
      long[] pts = new long[xs.size()];
      long[] mon = new long[xs.size()];
      List<PairSet> prefix = new ArrayList<>();
      PairSet acc = PairSet.zero();
      prefix.add(acc);
      for (int k = 0; k < xs.size(); k++) {
        Descriptor x = xs.get(k);
        pts[k] = toLong(x.points(), sR);
        for (Supplement s : mine) {
          mon[k] += money(s, x.code());
        }
        PairSet.Builder one = new PairSet.Builder(2);
        one.add(0, 0, 0);
        one.add(pts[k], mon[k], 1);
        acc = PairSet.plus(acc, one.build(), cfg.maxValues());
        prefix.add(acc);
      }
      BigDecimal cap = q.maxPoints().orElse(null);
      for (int i = 0; i < acc.size(); i++) {
        // a subset giving this sum and money: walk back through the descriptors
        long key = acc.keys[i];
        long m = acc.money[i];
        List<String> chosen = new ArrayList<>();
        for (int k = xs.size() - 1; k >= 0; k--) {
          if (prefix.get(k).indexOf(key, m) < 0) {
            chosen.add(0, xs.get(k).code());
            key -= pts[k];
            m -= mon[k];
          }
        }
        long points = acc.keys[i];
        if (cap != null) {
          points = Math.min(points, toLong(cap, sR));
        }
        answers.add(Answer.any(chosen));
        b.add(points, acc.money[i], answers.size() - 1);
      }
    }
    return new Options(answers, b.build());
  }

  /** The supplement money the answers to the adjustment questions give. */
  private long supplementOffset(int[] combo) throws TooLarge {
    long m = 0;
    for (Supplement s : t.allocation().supplements()) {
      Integer i = adjIndex.get(s.question());
      if (i != null && combo[i] >= 0) {
        m += money(s, adjQuestions.get(i).descriptors().get(combo[i]).code());
      }
    }
    return m;
  }

  /** What one combination of adjustment answers does to each domain. */
  private static final class Signature {
    final String key;
    final long[] constPoints; // per domain, raw points of its adjustment questions
    final BigDecimal[] percent; // per domain
    int[] minCombo;
    int[] maxCombo;
    long minOffset = Long.MAX_VALUE;
    long maxOffset = Long.MIN_VALUE;
    PairSet[] adjusted;
    Layers totals;

    Signature(String key, long[] constPoints, BigDecimal[] percent) {
      this.key = key;
      this.constPoints = constPoints;
      this.percent = percent;
    }

    void offer(int[] combo, long offset) {
      if (offset < minOffset) {
        minOffset = offset;
        minCombo = combo;
      }
      if (offset > maxOffset) {
        maxOffset = offset;
        maxCombo = combo;
      }
    }
  }

  private Signature signature(int[] combo) throws TooLarge {
    int n = t.domains().size();
    long[] pts = new long[n];
    BigDecimal[] pct = new BigDecimal[n];
    StringBuilder key = new StringBuilder();
    for (int di = 0; di < n; di++) {
      Domain d = t.domains().get(di);
      long c = 0;
      for (Question q : d.questions()) {
        Integer i = adjIndex.get(q.code());
        if (i != null && combo[i] >= 0) {
          c += toLong(capped(q, q.descriptors().get(combo[i]).points()), sR);
        }
      }
      BigDecimal p = BigDecimal.ZERO;
      for (Adjustment a : t.adjustments()) {
        if (!a.appliesTo(d.code())) {
          continue;
        }
        int i = adjIndex.get(a.question());
        if (combo[i] >= 0) {
          String x = adjQuestions.get(i).descriptors().get(combo[i]).code();
          p = p.add(a.percentByDescriptor().getOrDefault(x, BigDecimal.ZERO));
        }
      }
      pts[di] = c;
      pct[di] = p;
      key.append(c).append(':').append(Numbers.plain(p)).append(';');
    }
    return new Signature(key.toString(), pts, pct);
  }

  /** A domain's adjusted points (at the total scale) and money, each from a raw pair. */
  private PairSet adjusted(int di, Signature s) throws TooLarge {
    Domain d = t.domains().get(di);
    List<PairSet> prefix = rawPrefixes.get(di);
    PairSet raw = prefix.get(prefix.size() - 1);
    PairSet.Builder b = new PairSet.Builder(cfg.maxValues());
    BigDecimal factor = BigDecimal.ONE.add(s.percent[di].movePointLeft(2));
    for (int i = 0; i < raw.size(); i++) {
      BigDecimal r = BigDecimal.valueOf(raw.keys[i] + s.constPoints[di], sR);
      BigDecimal capped = d.maxPoints().isPresent() ? r.min(d.maxPoints().get()) : r;
      BigDecimal weighted = capped.multiply(d.weight());
      BigDecimal adj = weighted.multiply(factor);
      if (adj.signum() < 0) {
        adj = BigDecimal.ZERO;
      }
      b.add(toLong(adj, sT), raw.money[i], i);
    }
    return b.build();
  }

  /**
   * The totals of a signature; when {@code keep} is given, also the totals before each domain (for
   * rebuilding an assessment).
   */
  private Layers totals(Signature s, List<Layers> keep, long[] work) throws TooLarge {
    Layers acc = Layers.zero(bits);
    for (int di = 0; di < t.domains().size(); di++) {
      PairSet a = s.adjusted[di];
      long[] idx = new long[a.size()];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = a.keys[j] / step;
      }
      if (keep != null) {
        keep.add(acc);
      }
      acc = acc.plus(idx, a.money, cfg.maxMoneySums(), work, cfg.maxWork());
    }
    return acc;
  }

  // ---------------------------------------------------------------- bands, extremes

  /** Points from a value at the total scale. */
  private BigDecimal points(long v) {
    return BigDecimal.valueOf(v, sT);
  }

  /** Points at lattice index {@code i}. */
  private BigDecimal pointsAt(long i) {
    return points(i * step);
  }

  private BigDecimal moneyOf(long v) {
    return BigDecimal.valueOf(v, sM);
  }

  /** The least lattice index whose points are at or above {@code v}. */
  private long indexAtOrAbove(BigDecimal v) {
    BigDecimal steps =
        v.movePointRight(sT).divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
    return steps.min(BigDecimal.valueOf(bits)).longValueExact();
  }

  /** The band's lattice indexes: [from, end) of {@code c}'s band {@code bi}. */
  private long[] bandRange(Curve c, int bi) {
    long lo = indexAtOrAbove(c.bands().get(bi).from());
    long hi = bi + 1 < c.bands().size() ? indexAtOrAbove(c.bands().get(bi + 1).from()) : bits;
    return new long[] {lo, hi};
  }

  private List<Signature> signatures = List.of();

  /** Per signature, the totals before each domain, kept for rebuilding assessments. */
  private final Map<Signature, List<Layers>> kept = new HashMap<>();

  private long[] all;

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
    long below = Layers.previous(all, r[0] - 1);
    long in = Layers.next(all, r[0]);
    if (below < 0 || below < bandRange(c, bi - 1)[0] || in < 0 || in >= r[1]) {
      return List.of("reachable", "no reachable totals on both sides of the boundary");
    }
    BigDecimal moneyBelow = at(c.bands().get(bi - 1), pointsAt(below));
    BigDecimal moneyIn = at(c.bands().get(bi), pointsAt(in));
    List<Object> f =
        new ArrayList<>(
            List.of(
                "reachedBelow",
                pointsAt(below),
                "moneyBelow",
                moneyBelow,
                "reachedAt",
                pointsAt(in),
                "moneyAt",
                moneyIn));
    if (moneyIn.compareTo(moneyBelow) < 0) {
      try {
        f.addAll(
            List.of(
                "assessmentBelow",
                answersText(witness(pickAt(below), kept, new long[] {0})),
                "assessmentAt",
                answersText(witness(pickAt(in), kept, new long[] {0}))));
      } catch (TooLarge e) {
        // cannot happen: the same work was done before
      }
    }
    return f;
  }

  private Pick pickAt(long index) {
    for (Signature s : signatures) {
      for (Map.Entry<Long, long[]> e : s.totals.layers.entrySet()) {
        long[] w = e.getValue();
        if ((w[(int) (index >>> 6)] >>> (index & 63) & 1) != 0) {
          return new Pick(s, index, e.getKey(), true, pointsAt(index));
        }
      }
    }
    throw new IllegalStateException("no signature reaches " + index);
  }

  private static String answersText(Map<String, Answer> answers) {
    StringBuilder b = new StringBuilder();
    answers.forEach(
        (q, a) -> {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(q).append('=').append(String.join("+", a.descriptors()));
          if (a.descriptors().isEmpty()) {
            b.append("(none)");
          }
        });
    return b.toString();
  }

  private void reachability(List<Signature> sigs) {
    signatures = sigs;
    all = new long[(bits + 63) >>> 6];
    for (Signature s : sigs) {
      for (long[] w : s.totals.layers.values()) {
        for (int i = 0; i < w.length; i++) {
          all[i] |= w[i];
        }
      }
    }
    List<Curve> curves = t.allocation().curves();
    for (int ci = 0; ci < curves.size(); ci++) {
      Curve c = curves.get(ci);
      for (int bi = 0; bi < c.bands().size(); bi++) {
        Band b = c.bands().get(bi);
        long[] r = bandRange(c, bi);
        long first = Layers.next(all, r[0]);
        Optional<BigDecimal> least =
            first >= 0 && first < r[1]
                ? Optional.of(pointsAt(first).stripTrailingZeros())
                : Optional.empty();
        String at = "/allocation/curves/" + ci + "/bands/" + bi;
        bands.add(new BandReach(c.clientGroup(), b.label(), at, least.isPresent(), least));
        if (least.isEmpty()) {
          long below = Layers.previous(all, r[0] - 1);
          int bandIndex = bi;
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
                      below >= 0 ? pointsAt(below) : null,
                      "leastTotalAbove",
                      first >= 0 ? pointsAt(first) : null,
                      "leastTotal",
                      pointsAt(Layers.next(all, 0)),
                      "greatestTotal",
                      pointsAt(Layers.previous(all, bits - 1L))));
        }
      }
    }
  }

  /** One candidate extreme: a signature, a lattice index, a money layer, which offset. */
  private record Pick(
      Signature sig, long index, long layer, boolean leastMoney, BigDecimal value) {}

  private void extremes(List<Signature> sigs, long[] work) throws TooLarge {
    Pick leastT = null;
    Pick greatestT = null;
    for (Signature s : sigs) {
      for (Map.Entry<Long, long[]> e : s.totals.layers.entrySet()) {
        long lo = Layers.next(e.getValue(), 0);
        long hi = Layers.previous(e.getValue(), bits - 1L);
        if (lo < 0) {
          continue;
        }
        if (leastT == null || lo < leastT.index) {
          leastT = new Pick(s, lo, e.getKey(), true, pointsAt(lo));
        }
        if (greatestT == null || hi > greatestT.index) {
          greatestT = new Pick(s, hi, e.getKey(), false, pointsAt(hi));
        }
      }
    }
    Map<String, Answer> leastPts = witness(leastT, kept, work);
    Map<String, Answer> greatestPts = witness(greatestT, kept, work);
    RasEngine engine = RasEngine.of(t);
    BigDecimal greatestAmount = null;
    for (Curve c : t.allocation().curves()) {
      Pick low = null;
      Pick high = null;
      for (Signature s : sigs) {
        for (Map.Entry<Long, long[]> e : s.totals.layers.entrySet()) {
          long[] w = e.getValue();
          for (int bi = 0; bi < c.bands().size(); bi++) {
            // within a band the curve never falls: its least is at the band's least
            // reachable total, its greatest at the greatest
            long[] r = bandRange(c, bi);
            long first = Layers.next(w, r[0]);
            if (first < 0 || first >= r[1]) {
              continue;
            }
            long last = Layers.previous(w, r[1] - 1);
            Band b = c.bands().get(bi);
            BigDecimal l = at(b, pointsAt(first)).add(moneyOf(e.getKey() + s.minOffset));
            BigDecimal h = at(b, pointsAt(last)).add(moneyOf(e.getKey() + s.maxOffset));
            if (low == null || l.compareTo(low.value) < 0) {
              low = new Pick(s, first, e.getKey(), true, l);
            }
            if (high == null || h.compareTo(high.value) > 0) {
              high = new Pick(s, last, e.getKey(), false, h);
            }
          }
        }
      }
      Map<String, Answer> lowAnswers = witness(low, kept, work);
      Map<String, Answer> highAnswers = witness(high, kept, work);
      for (CostFactor f : t.allocation().costFactors()) {
        BigDecimal most = high.value.multiply(f.factor());
        greatestAmount = greatestAmount == null ? most : greatestAmount.max(most);
        extremes.add(
            new Extremes(
                c.clientGroup(),
                f.locality(),
                example(engine, "least-points", c, f, leastPts, leastT),
                example(engine, "greatest-points", c, f, greatestPts, greatestT),
                example(engine, "least-budget", c, f, lowAnswers, low),
                example(engine, "greatest-budget", c, f, highAnswers, high)));
      }
    }
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (ceiling.isPresent() && greatestAmount.compareTo(ceiling.get()) < 0) {
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

  private Example example(
      RasEngine engine,
      String what,
      Curve c,
      CostFactor f,
      Map<String, Answer> answers,
      Pick pick) {
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
    if (r.totalPoints().compareTo(pointsAt(pick.index)) != 0) {
      throw new IllegalStateException(
          "table check analysis found "
              + pointsAt(pick.index)
              + " points for "
              + a
              + " but the engine gives "
              + r.totalPoints());
    }
    BigDecimal budget =
        t.period() == Period.WEEK ? r.indicativeBudget().weekly() : r.indicativeBudget().annual();
    return new Example(r.totalPoints(), budget, a, r);
  }

  /** Answers that reach the pick's total with its money, in questionnaire order. */
  private Map<String, Answer> witness(Pick pick, Map<Signature, List<Layers>> kept, long[] work)
      throws TooLarge {
    Signature s = pick.sig;
    int[] combo = pick.leastMoney ? s.minCombo : s.maxCombo;
    Map<String, Answer> chosen = new HashMap<>();
    for (int i = 0; i < combo.length; i++) {
      if (combo[i] >= 0) {
        chosen.put(
            adjQuestions.get(i).code(),
            Answer.one(adjQuestions.get(i).descriptors().get(combo[i]).code()));
      }
    }
    List<Layers> before = kept.get(s);
    if (before == null) {
      before = new ArrayList<>();
      totals(s, before, new long[] {0});
      kept.put(s, before);
    }
    long index = pick.index;
    long money = pick.layer;
    for (int di = t.domains().size() - 1; di >= 0; di--) {
      Layers prefix = before.get(di);
      PairSet adj = s.adjusted[di];
      int found = -1;
      for (int j = 0; j < adj.size() && found < 0; j++) {
        if (prefix.has(money - adj.money[j], index - adj.keys[j] / step)) {
          found = j;
        }
      }
      if (found < 0) {
        throw new IllegalStateException("no domain " + di + " value leads to " + index);
      }
      rawWitness(di, adj.arg[found], chosen);
      index -= adj.keys[found] / step;
      money -= adj.money[found];
    }
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question q : t.questions()) {
      Answer a = chosen.get(q.code());
      if (a != null) {
        ordered.put(q.code(), a);
      } else if (q.required()) {
        throw new IllegalStateException("no answer rebuilt for required question " + q.code());
      }
    }
    return ordered;
  }

  /** The free questions' answers of domain {@code di} giving its raw pair {@code rawIndex}. */
  private void rawWitness(int di, int rawIndex, Map<String, Answer> chosen) {
    List<PairSet> prefix = rawPrefixes.get(di);
    List<Options> opts = questionOptions.get(di);
    List<Question> free = freeQuestions.get(di);
    PairSet all = prefix.get(prefix.size() - 1);
    long key = all.keys[rawIndex];
    long money = all.money[rawIndex];
    for (int qi = free.size() - 1; qi >= 0; qi--) {
      PairSet before = prefix.get(qi);
      PairSet q = opts.get(qi).set();
      int[] ij = PairSet.split(before, q, key, money);
      Answer a = opts.get(qi).answers().get(q.arg[ij[1]]);
      if (a != null) {
        chosen.put(free.get(qi).code(), a);
      }
      key = before.keys[ij[0]];
      money = before.money[ij[0]];
    }
  }
}
