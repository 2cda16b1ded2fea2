package org.openras.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.table.Supplement;

/**
 * The checks that need no enumeration of the answer space: caps that no answers reach or that every
 * answer passes (from the least and greatest points of each question), which adjustments and
 * supplements can act, and, when the exact analysis could not run, the ceiling against the curve
 * alone.
 */
final class SimpleChecks {
  private final RasTable t;
  private final Findings out;
  private final List<RuleReach> rules;

  SimpleChecks(RasTable t, Findings out, List<RuleReach> rules) {
    this.t = t;
    this.out = out;
    this.rules = rules;
  }

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

  static BigDecimal capped(Question q, BigDecimal p) {
    return q.maxPoints().isPresent() ? p.min(q.maxPoints().get()) : p;
  }

  /** Caps (domain and question), and which adjustments and supplements can act. */
  void run() {
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
  void ceilingByCurve() {
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (ceiling.isEmpty()) {
      return;
    }
    BigDecimal best = BigDecimal.ZERO;
    boolean inForce = false;
    for (Curve c : t.allocation().curves()) {
      if (c.ceiling().isPresent()) {
        continue; // the curve's own ceiling replaces the allocation's (spec v1.1 §3)
      }
      inForce = true;
      List<Band> bs = c.bands();
      Band last = bs.get(bs.size() - 1);
      if (last.perPoint().signum() > 0) {
        return; // the curve rises without end
      }
      for (int i = 0; i < bs.size(); i++) {
        best = best.max(bs.get(i).amount());
        if (i + 1 < bs.size()) {
          best = best.max(bs.get(i).amountAt(bs.get(i + 1).from()));
        }
      }
    }
    if (!inForce) {
      return;
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
}
