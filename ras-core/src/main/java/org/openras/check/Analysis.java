package org.openras.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Total points are Σ over domains of {@code max(0, min(raw, cap) × weight × (1 + p/100))},
 * where {@code p} depends only on the answers to the adjustment questions. So the analysis
 * enumerates every combination of answers to the adjustment questions (each a ONE question: its
 * descriptors, and "unanswered" when optional); for each, every domain's adjusted points are a
 * function of its raw points, and the raw points of the other questions form a finite set
 * computed by dynamic programming over the questions (an ANY question contributes each of its
 * subsets, capped). The totals are the sums over domains of these sets, again by dynamic
 * programming. Every value is an exact decimal held as a long at a scale that holds every
 * value exactly.
 *
 * <p>Supplement money rides along: for each reachable value the analysis keeps the least and the
 * greatest supplement money reachable together with it, which is exact for the extremes because
 * supplements add independently of each question's other effects.
 */
final class Analysis {
  private final RasTable t;
  private final CheckConfig cfg;
  private final Findings out;

  private boolean exact;
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
  private List<List<Dist>> questionDists; // per domain, per free question: its options
  private List<List<Dist>> rawPrefixes; // per domain: prefix sums over free questions
  private List<List<Options>> questionOptions; // per domain, per free question

  private Analysis(RasTable t, CheckConfig cfg, Findings out) {
    this.t = t;
    this.cfg = cfg;
    this.out = out;
  }

  static Analysis run(RasTable t, CheckConfig cfg, Findings out) {
    Analysis a = new Analysis(t, cfg, out);
    a.simple();
    try {
      a.exactAnalysis();
      a.exact = true;
    } catch (Dist.TooLarge e) {
      a.exact = false;
      a.extremes.clear();
      a.bands.clear();
      out.add(Check.NOT_EXACT, "",
          "the reachable totals were not computed exactly, because the answer space is too"
              + " large: " + e.getMessage() + "; band reachability and the extremes of the"
              + " budget are not reported",
          "reason", e.getMessage(), "maxCombinations", cfg.maxCombinations(),
          "maxValues", cfg.maxValues(), "maxAnyDescriptors", cfg.maxAnyDescriptors());
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
          capFindings("question " + q.code(), "/domains/" + di + "/questions/" + qi + "/maxPoints",
              cap, uncappedMin, uncappedMax);
        }
      }
      if (d.maxPoints().isPresent()) {
        capFindings("domain " + d.code(), "/domains/" + di + "/maxPoints", d.maxPoints().get(),
            min, max);
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
        a.percentByDescriptor().forEach((x, p) -> {
          if (p.signum() != 0) {
            acting.add(x);
          }
        });
      }
      String at = "/adjustments/" + ai;
      rules.add(new RuleReach("adjustment", a.id(), at, !acting.isEmpty(), acting));
      if (acting.isEmpty()) {
        out.add(Check.ADJUSTMENT_NO_EFFECT, at,
            "adjustment " + a.id() + " can never change anyone's points: "
                + (canScore ? "every percent it lists is 0"
                    : "no domain it applies to can score points"),
            "adjustment", a.id(), "question", a.question());
      }
    }
    List<Supplement> ss = t.allocation().supplements();
    for (int si = 0; si < ss.size(); si++) {
      Supplement s = ss.get(si);
      List<String> acting = new ArrayList<>();
      s.amountByDescriptor().forEach((x, m) -> {
        if (m.signum() > 0) {
          acting.add(x);
        }
      });
      String at = "/allocation/supplements/" + si;
      rules.add(new RuleReach("supplement", s.id(), at, !acting.isEmpty(), acting));
      if (acting.isEmpty()) {
        out.add(Check.SUPPLEMENT_NO_EFFECT, at,
            "supplement " + s.id() + " can never add money: every amount it lists is 0",
            "supplement", s.id(), "question", s.question());
      }
    }
  }

  private void capFindings(String what, String at, BigDecimal cap, BigDecimal min, BigDecimal max) {
    if (max.compareTo(cap) < 0) {
      out.add(Check.CAP_UNREACHABLE, at,
          what + ": no combination of answers reaches its cap of " + Numbers.plain(cap)
              + " points (the most is " + Numbers.plain(max) + ")",
          "maxPoints", cap, "greatestUncapped", max);
    } else if (min.compareTo(cap) > 0) {
      out.add(Check.CAP_ALWAYS_EXCEEDED, at,
          what + ": every combination of answers exceeds its cap of " + Numbers.plain(cap)
              + " points (the least is " + Numbers.plain(min) + ")",
          "maxPoints", cap, "leastUncapped", min);
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
      out.add(Check.CEILING_UNREACHABLE, "/allocation/ceiling",
          "the ceiling of " + Numbers.plain(ceiling.get()) + " can never be reached: even the"
              + " most any curve pays, with every supplement and the greatest cost factor, is "
              + Numbers.plain(most),
          "ceiling", ceiling.get(), "greatestAmount", most);
    }
  }

  /** The curve's money at {@code total} within {@code band}. */
  private static BigDecimal at(Band band, BigDecimal total) {
    return band.amount().add(total.subtract(band.from()).multiply(band.perPoint()));
  }

  // ---------------------------------------------------------------- the exact analysis

  /** The answers a question can take, with their points and supplement money. */
  private record Options(List<Answer> answers, Dist dist) {}

  private void exactAnalysis() throws Dist.TooLarge {
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
        throw new Dist.TooLarge("more than " + cfg.maxCombinations()
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
      List<Dist> prefix = new ArrayList<>();
      Dist acc = Dist.zero();
      prefix.add(acc);
      for (Question q : d.questions()) {
        if (adjIndex.containsKey(q.code())) {
          continue;
        }
        Options o = options(q);
        free.add(q);
        opts.add(o);
        acc = Dist.plus(acc, o.dist(), cfg.maxValues());
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
    for (Signature s : sigs.values()) {
      s.totals = totals(s, null);
    }

    reachability(new ArrayList<>(sigs.values()));
    extremes(new ArrayList<>(sigs.values()));
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

  private static long toLong(BigDecimal v, int scale) throws Dist.TooLarge {
    try {
      return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new Dist.TooLarge("the value " + v.toPlainString() + " does not fit at scale "
          + scale);
    }
  }

  private long money(Supplement s, String descriptor) throws Dist.TooLarge {
    BigDecimal m = s.amountByDescriptor().get(descriptor);
    return m == null ? 0 : toLong(m, sM);
  }

  /** The answers one (non-adjustment) question can take: points and supplement money. */
  private Options options(Question q) throws Dist.TooLarge {
    List<Supplement> mine = new ArrayList<>();
    for (Supplement s : t.allocation().supplements()) {
      if (s.question().equals(q.code())) {
        mine.add(s);
      }
    }
    List<Answer> answers = new ArrayList<>();
    Dist.Builder b = new Dist.Builder(16, cfg.maxValues());
    if (!q.required()) {
      answers.add(null);
      b.add(0, 0, 0, 0, 0);
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
        long p = toLong(capped(q, x.points()), sR);
        b.add(p, m, m, i, i);
      }
    } else {
      if (xs.size() > cfg.maxAnyDescriptors()) {
        throw new Dist.TooLarge("question " + q.code() + " takes any of " + xs.size()
            + " descriptors, more than " + cfg.maxAnyDescriptors());
      }
      for (int mask = 0; mask < 1 << xs.size(); mask++) {
        BigDecimal sum = BigDecimal.ZERO;
        long m = 0;
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
          if ((mask >>> k & 1) != 0) {
            Descriptor x = xs.get(k);
            chosen.add(x.code());
            sum = sum.add(x.points());
            for (Supplement s : mine) {
              m += money(s, x.code());
            }
          }
        }
        int i = answers.size();
        answers.add(Answer.any(chosen));
        b.add(toLong(capped(q, sum), sR), m, m, i, i);
      }
    }
    return new Options(answers, b.build());
  }

  /** The supplement money the answers to the adjustment questions give. */
  private long supplementOffset(int[] combo) throws Dist.TooLarge {
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
  private final class Signature {
    final String key;
    final long[] constPoints; // per domain, raw points of its adjustment questions
    final BigDecimal[] percent; // per domain
    int[] minCombo;
    int[] maxCombo;
    long minOffset = Long.MAX_VALUE;
    long maxOffset = Long.MIN_VALUE;
    Dist totals;

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

  private Signature signature(int[] combo) throws Dist.TooLarge {
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

  /** A domain's adjusted points for a signature, each remembering the raw value it came from. */
  private Dist adjusted(int di, Signature s) throws Dist.TooLarge {
    Domain d = t.domains().get(di);
    List<Dist> prefix = rawPrefixes.get(di);
    Dist raw = prefix.get(prefix.size() - 1);
    Dist.Builder b = new Dist.Builder(raw.size(), cfg.maxValues());
    BigDecimal factor = BigDecimal.ONE.add(s.percent[di].movePointLeft(2));
    for (int i = 0; i < raw.size(); i++) {
      BigDecimal r = BigDecimal.valueOf(raw.keys[i] + s.constPoints[di], sR);
      BigDecimal capped = d.maxPoints().isPresent() ? r.min(d.maxPoints().get()) : r;
      BigDecimal weighted = capped.multiply(d.weight());
      BigDecimal adj = weighted.multiply(factor);
      if (adj.signum() < 0) {
        adj = BigDecimal.ZERO;
      }
      b.add(toLong(adj, sT), raw.minS[i], raw.maxS[i], i, i);
    }
    return b.build();
  }

  /**
   * The totals of a signature; when {@code keep} is given, also the per-domain adjusted sets
   * and the prefix sums over domains (for rebuilding an assessment).
   */
  private Dist totals(Signature s, List<Dist[]> keep) throws Dist.TooLarge {
    Dist acc = Dist.zero();
    for (int di = 0; di < t.domains().size(); di++) {
      Dist a = adjusted(di, s);
      Dist next = Dist.plus(acc, a, cfg.maxValues());
      if (keep != null) {
        keep.add(new Dist[] {acc, a});
      }
      acc = next;
    }
    return acc;
  }

  // ---------------------------------------------------------------- bands, extremes

  private BigDecimal points(long v) {
    return BigDecimal.valueOf(v, sT);
  }

  private BigDecimal moneyOf(long v) {
    return BigDecimal.valueOf(v, sM);
  }

  private void reachability(List<Signature> sigs) throws Dist.TooLarge {
    long[] all = sigs.stream().flatMapToLong(s -> Arrays.stream(s.totals.keys)).sorted()
        .distinct().toArray();
    List<Curve> curves = t.allocation().curves();
    for (int ci = 0; ci < curves.size(); ci++) {
      Curve c = curves.get(ci);
      for (int bi = 0; bi < c.bands().size(); bi++) {
        Band b = c.bands().get(bi);
        long from = ceilLong(b.from());
        int pos = Arrays.binarySearch(all, from);
        if (pos < 0) {
          pos = -pos - 1;
        }
        Optional<BigDecimal> least = Optional.empty();
        if (pos < all.length) {
          BigDecimal v = points(all[pos]);
          if (bi + 1 == c.bands().size() || v.compareTo(c.bands().get(bi + 1).from()) < 0) {
            least = Optional.of(v.stripTrailingZeros());
          }
        }
        String at = "/allocation/curves/" + ci + "/bands/" + bi;
        bands.add(new BandReach(c.clientGroup(), b.label(), at, least.isPresent(), least));
        if (least.isEmpty()) {
          BigDecimal below = pos > 0 ? points(all[pos - 1]) : null;
          BigDecimal above = pos < all.length ? points(all[pos]) : null;
          out.add(Check.UNREACHABLE_BAND, at,
              "curve " + c.clientGroup() + ": no combination of answers reaches band "
                  + b.label() + " (from " + Numbers.plain(b.from())
                  + (bi + 1 < c.bands().size()
                      ? " to below " + Numbers.plain(c.bands().get(bi + 1).from()) : "")
                  + " points)",
              "clientGroup", c.clientGroup(), "band", b.label(), "from", b.from(),
              "nextFrom", bi + 1 < c.bands().size() ? c.bands().get(bi + 1).from() : null,
              "greatestTotalBelow", below, "leastTotalAbove", above,
              "leastTotal", points(all[0]), "greatestTotal", points(all[all.length - 1]));
        }
      }
    }
  }

  /** The least scaled long at or above {@code v}. */
  private long ceilLong(BigDecimal v) throws Dist.TooLarge {
    BigDecimal s = v.setScale(sT, RoundingMode.CEILING);
    return toLong(s, sT);
  }

  /** One candidate extreme: a signature, a total, and which money it takes. */
  private record Pick(Signature sig, long total, boolean leastMoney, BigDecimal value) {}

  private void extremes(List<Signature> sigs) throws Dist.TooLarge {
    Pick leastT = null;
    Pick greatestT = null;
    for (Signature s : sigs) {
      long lo = s.totals.keys[0];
      long hi = s.totals.keys[s.totals.size() - 1];
      if (leastT == null || lo < leastT.total) {
        leastT = new Pick(s, lo, true, points(lo));
      }
      if (greatestT == null || hi > greatestT.total) {
        greatestT = new Pick(s, hi, false, points(hi));
      }
    }
    Map<String, Answer> leastPts = witness(leastT);
    Map<String, Answer> greatestPts = witness(greatestT);
    RasEngine engine = RasEngine.of(t);
    BigDecimal greatestAmount = null;
    for (Curve c : t.allocation().curves()) {
      Pick low = null;
      Pick high = null;
      for (Signature s : sigs) {
        Dist d = s.totals;
        for (int i = 0; i < d.size(); i++) {
          BigDecimal amount = curveAt(c, points(d.keys[i]));
          BigDecimal l = amount.add(moneyOf(d.minS[i] + s.minOffset));
          BigDecimal h = amount.add(moneyOf(d.maxS[i] + s.maxOffset));
          if (low == null || l.compareTo(low.value) < 0) {
            low = new Pick(s, d.keys[i], true, l);
          }
          if (high == null || h.compareTo(high.value) > 0) {
            high = new Pick(s, d.keys[i], false, h);
          }
        }
      }
      Map<String, Answer> lowAnswers = witness(low);
      Map<String, Answer> highAnswers = witness(high);
      for (CostFactor f : t.allocation().costFactors()) {
        BigDecimal most = high.value.multiply(f.factor());
        greatestAmount = greatestAmount == null ? most : greatestAmount.max(most);
        extremes.add(new Extremes(c.clientGroup(), f.locality(),
            example(engine, "least-points", c, f, leastPts, leastT),
            example(engine, "greatest-points", c, f, greatestPts, greatestT),
            example(engine, "least-budget", c, f, lowAnswers, low),
            example(engine, "greatest-budget", c, f, highAnswers, high)));
      }
    }
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (ceiling.isPresent() && greatestAmount.compareTo(ceiling.get()) < 0) {
      out.add(Check.CEILING_UNREACHABLE, "/allocation/ceiling",
          "the ceiling of " + Numbers.plain(ceiling.get()) + " can never be reached: the most"
              + " any assessment gets before the ceiling, in any client group and locality, is "
              + Numbers.plain(greatestAmount),
          "ceiling", ceiling.get(), "greatestAmount", greatestAmount);
    }
  }

  private static BigDecimal curveAt(Curve c, BigDecimal total) {
    List<Band> bs = c.bands();
    Band chosen = bs.get(0);
    for (int i = 1; i < bs.size() && bs.get(i).from().compareTo(total) <= 0; i++) {
      chosen = bs.get(i);
    }
    return at(chosen, total);
  }

  private Example example(RasEngine engine, String what, Curve c, CostFactor f,
      Map<String, Answer> answers, Pick pick) {
    Assessment.Builder b = Assessment.builder()
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
    if (r.totalPoints().compareTo(points(pick.total)) != 0) {
      throw new IllegalStateException("table check analysis found " + points(pick.total)
          + " points for " + a + " but the engine gives " + r.totalPoints());
    }
    BigDecimal budget = t.period() == Period.WEEK
        ? r.indicativeBudget().weekly() : r.indicativeBudget().annual();
    return new Example(r.totalPoints(), budget, a, r);
  }

  /** Answers that reach the pick's total with its money, in questionnaire order. */
  private Map<String, Answer> witness(Pick pick) throws Dist.TooLarge {
    Signature s = pick.sig;
    int[] combo = pick.leastMoney ? s.minCombo : s.maxCombo;
    Map<String, Answer> chosen = new HashMap<>();
    for (int i = 0; i < combo.length; i++) {
      if (combo[i] >= 0) {
        chosen.put(adjQuestions.get(i).code(),
            Answer.one(adjQuestions.get(i).descriptors().get(combo[i]).code()));
      }
    }
    List<Dist[]> steps = new ArrayList<>();
    Dist totals = totals(s, steps);
    int ti = totals.indexOf(pick.total);
    long key = pick.total;
    long money = pick.leastMoney ? totals.minS[ti] : totals.maxS[ti];
    for (int di = t.domains().size() - 1; di >= 0; di--) {
      Dist prefix = steps.get(di)[0];
      Dist adj = steps.get(di)[1];
      int[] ij = Dist.split(prefix, adj, key, money, pick.leastMoney);
      int ai = ij[1];
      int rawIndex = pick.leastMoney ? adj.minArg[ai] : adj.maxArg[ai];
      long domainMoney = pick.leastMoney ? adj.minS[ai] : adj.maxS[ai];
      rawWitness(di, rawIndex, domainMoney, pick.leastMoney, chosen);
      key = prefix.keys[ij[0]];
      money = pick.leastMoney ? prefix.minS[ij[0]] : prefix.maxS[ij[0]];
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

  /** The free questions' answers of domain {@code di} giving raw value {@code rawIndex}. */
  private void rawWitness(int di, int rawIndex, long money, boolean least,
      Map<String, Answer> chosen) {
    List<Dist> prefix = rawPrefixes.get(di);
    List<Options> opts = questionOptions.get(di);
    List<Question> free = freeQuestions.get(di);
    long key = prefix.get(prefix.size() - 1).keys[rawIndex];
    for (int qi = free.size() - 1; qi >= 0; qi--) {
      Dist before = prefix.get(qi);
      Dist q = opts.get(qi).dist();
      int[] ij = Dist.split(before, q, key, money, least);
      int option = least ? q.minArg[ij[1]] : q.maxArg[ij[1]];
      Answer a = opts.get(qi).answers().get(option);
      if (a != null) {
        chosen.put(free.get(qi).code(), a);
      }
      key = before.keys[ij[0]];
      money = least ? before.minS[ij[0]] : before.maxS[ij[0]];
    }
  }
}
