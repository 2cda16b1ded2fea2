package org.openras.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.assessment.Answer;
import org.openras.table.Adjustment;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.table.Supplement;

/**
 * The answer space of a table, as exact longs: the scales that hold every figure exactly, the
 * options of each question, per domain the (raw points, money) pairs its other questions reach
 * (prefix sums over the questions, kept to rebuild answers), every {@link Signature} of the
 * adjustment questions with each domain's adjusted pairs, and the lattice of totals (the common
 * step of every adjusted value and the number of steps).
 */
final class AnswerSpace {
  final RasTable t;
  final CheckConfig cfg;
  final Budget budget;

  int sR; // raw points
  int sT; // adjusted and total points
  int sM; // supplement money

  List<Question> adjQuestions; // the adjustment questions, table order
  Map<String, Integer> adjIndex; // question code -> index in adjQuestions
  List<List<Question>> freeQuestions; // per domain, the other questions
  List<List<Options>> questionOptions; // per domain, per free question
  List<List<PairSet>> rawPrefixes; // per domain: prefix sums over free questions
  List<Signature> signatures;
  long step; // the lattice of totals, in units of the total scale
  long bits; // the number of steps of the lattice (greatest total ÷ step, + 1)

  private AnswerSpace(RasTable t, CheckConfig cfg, Budget budget) {
    this.t = t;
    this.cfg = cfg;
    this.budget = budget;
  }

  static AnswerSpace of(RasTable t, CheckConfig cfg, Budget budget) throws TooLarge {
    AnswerSpace s = new AnswerSpace(t, cfg, budget);
    s.build();
    return s;
  }

  /** Points from a value at the total scale. */
  BigDecimal points(long v) {
    return BigDecimal.valueOf(v, sT);
  }

  /** Points at lattice index {@code i}. */
  BigDecimal pointsAt(long i) {
    return points(Math.multiplyExact(i, step));
  }

  BigDecimal moneyOf(long v) {
    return BigDecimal.valueOf(v, sM);
  }

  /** The least lattice index whose points are at or above {@code v}, at most {@link #bits}. */
  long indexAtOrAbove(BigDecimal v) {
    BigDecimal steps =
        v.movePointRight(sT).divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
    return steps.min(BigDecimal.valueOf(bits)).longValueExact();
  }

  private void build() throws TooLarge {
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
        acc = PairSet.plus(acc, o.set, cfg.maxValues(), budget);
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
    signatures = new ArrayList<>(sigs.values());

    // The lattice: every domain's adjusted points are multiples of one step.
    long g = 0;
    long span = 0;
    for (Signature s : signatures) {
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
    bits = span / step + 1;
  }

  /** Whether the lattice is small enough for one bit per step. */
  boolean dense() {
    return bits <= cfg.maxLattice();
  }

  /** Why the lattice is too fine for bit sets (when it is). */
  String latticeReason() {
    return "the totals span "
        + bits
        + " steps of "
        + Numbers.plain(points(step))
        + " points, more than "
        + cfg.maxLattice();
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
      throw new TooLarge(
          "the figure "
              + Numbers.plain(v)
              + " does not fit in 64-bit integers at the scale of "
              + scale
              + " decimals the table's figures need");
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
    PairSet.Builder b = new PairSet.Builder(cfg.maxValues(), budget);
    List<Descriptor> xs = q.descriptors();
    if (q.select() == Select.ONE) {
      List<Answer> answers = new ArrayList<>();
      if (!q.required()) {
        answers.add(null);
        b.add(0, 0, 0);
      }
      for (Descriptor x : xs) {
        long m = 0;
        for (Supplement s : mine) {
          m = Math.addExact(m, money(s, x.code()));
        }
        int i = answers.size();
        answers.add(Answer.one(x.code()));
        b.add(toLong(SimpleChecks.capped(q, x.points()), sR), m, i);
      }
      return Options.one(b.build(), answers);
    }
    if (!q.required()) {
      b.add(0, 0, 0);
    }
    int offset = q.required() ? 0 : 1;
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
        mon[k] = Math.addExact(mon[k], money(s, x.code()));
      }
      PairSet.Builder one = new PairSet.Builder(2, budget);
      one.add(0, 0, 0);
      one.add(pts[k], mon[k], 1);
      PairSet single = one.build();
      acc = PairSet.plus(acc, single, cfg.maxValues(), budget);
      budget.release(single.bytes());
      prefix.add(acc);
    }
    long cap = q.maxPoints().isPresent() ? toLong(q.maxPoints().get(), sR) : Long.MAX_VALUE;
    for (int i = 0; i < acc.size(); i++) {
      b.add(Math.min(acc.keys[i], cap), acc.money[i], i + offset);
    }
    return Options.any(b.build(), xs, pts, mon, prefix, !q.required());
  }

  /** The supplement money the answers to the adjustment questions give. */
  private long supplementOffset(int[] combo) throws TooLarge {
    long m = 0;
    for (Supplement s : t.allocation().supplements()) {
      Integer i = adjIndex.get(s.question());
      if (i != null && combo[i] >= 0) {
        m = Math.addExact(m, money(s, adjQuestions.get(i).descriptors().get(combo[i]).code()));
      }
    }
    return m;
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
          c =
              Math.addExact(
                  c, toLong(SimpleChecks.capped(q, q.descriptors().get(combo[i]).points()), sR));
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
    PairSet.Builder b = new PairSet.Builder(cfg.maxValues(), budget);
    BigDecimal factor = BigDecimal.ONE.add(s.percent[di].movePointLeft(2));
    for (int i = 0; i < raw.size(); i++) {
      BigDecimal r = BigDecimal.valueOf(Math.addExact(raw.keys[i], s.constPoints[di]), sR);
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
}
