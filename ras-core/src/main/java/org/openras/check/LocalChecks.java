package org.openras.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * The checks that need no analysis of the answer space: each looks at one question, one adjustment,
 * one curve or the limits alone.
 */
final class LocalChecks {
  private LocalChecks() {}

  static void run(RasTable t, Findings out) {
    descriptors(t, out);
    adjustments(t, out);
    limits(t, out);
  }

  /** DESCRIPTOR_ORDER and EQUAL_POINTS, for ONE questions (an ANY question lists no scale). */
  private static void descriptors(RasTable t, Findings out) {
    for (int di = 0; di < t.domains().size(); di++) {
      Domain d = t.domains().get(di);
      for (int qi = 0; qi < d.questions().size(); qi++) {
        Question q = d.questions().get(qi);
        if (q.select() != Select.ONE) {
          continue;
        }
        String at = "/domains/" + di + "/questions/" + qi + "/descriptors/";
        List<Descriptor> xs = q.descriptors();
        for (int k = 1; k < xs.size(); k++) {
          Descriptor before = xs.get(k - 1);
          Descriptor x = xs.get(k);
          if (x.points().compareTo(before.points()) < 0) {
            out.add(
                Check.DESCRIPTOR_ORDER,
                at + k,
                "question "
                    + q.code()
                    + ": descriptor "
                    + x.code()
                    + " describes more need than "
                    + before.code()
                    + " but scores fewer points ("
                    + Numbers.plain(x.points())
                    + " < "
                    + Numbers.plain(before.points())
                    + ")",
                "question",
                q.code(),
                "lessNeed",
                before.code(),
                "lessNeedPoints",
                before.points(),
                "moreNeed",
                x.code(),
                "moreNeedPoints",
                x.points());
          }
        }
        for (int k = 1; k < xs.size(); k++) {
          for (int j = 0; j < k; j++) {
            if (xs.get(j).points().compareTo(xs.get(k).points()) == 0) {
              out.add(
                  Check.EQUAL_POINTS,
                  at + k,
                  "question "
                      + q.code()
                      + ": descriptors "
                      + xs.get(j).code()
                      + " and "
                      + xs.get(k).code()
                      + " score the same points ("
                      + Numbers.plain(xs.get(k).points())
                      + ")",
                  "question",
                  q.code(),
                  "first",
                  xs.get(j).code(),
                  "second",
                  xs.get(k).code(),
                  "points",
                  xs.get(k).points());
              break;
            }
          }
        }
      }
    }
  }

  /**
   * ADJUSTMENT_ORDER: along the listed order of the adjustment question's descriptors (from least
   * to most of the support they describe, as in the spec's carer question), a percent must not
   * rise. A descriptor the adjustment does not list counts as 0%.
   */
  private static void adjustments(RasTable t, Findings out) {
    for (int ai = 0; ai < t.adjustments().size(); ai++) {
      Adjustment a = t.adjustments().get(ai);
      Question q = t.question(a.question()).orElseThrow();
      List<Descriptor> xs = q.descriptors();
      for (int k = 1; k < xs.size(); k++) {
        String prev = xs.get(k - 1).code();
        String cur = xs.get(k).code();
        BigDecimal p0 = a.percentByDescriptor().getOrDefault(prev, BigDecimal.ZERO);
        BigDecimal p1 = a.percentByDescriptor().getOrDefault(cur, BigDecimal.ZERO);
        if (p1.compareTo(p0) > 0) {
          out.add(
              Check.ADJUSTMENT_ORDER,
              "/adjustments/" + ai + "/percentByDescriptor/" + cur,
              "adjustment "
                  + a.id()
                  + ": descriptor "
                  + cur
                  + " of question "
                  + q.code()
                  + " is listed after "
                  + prev
                  + " but gives a greater percent ("
                  + Numbers.plain(p1)
                  + "% > "
                  + Numbers.plain(p0)
                  + "%)",
              "adjustment",
              a.id(),
              "question",
              q.code(),
              "before",
              prev,
              "beforePercent",
              p0,
              "after",
              cur,
              "afterPercent",
              p1);
        }
      }
    }
  }

  /**
   * CURVE_CLIFF: a band starts below what the band before pays just under its start. With the exact
   * analysis, the finding also gives two assessments on either side of the boundary when the
   * reachable totals there do fall in money.
   */
  static void curves(RasTable t, Findings out, Analysis analysis) {
    List<Curve> curves = t.allocation().curves();
    for (int ci = 0; ci < curves.size(); ci++) {
      List<Band> bands = curves.get(ci).bands();
      for (int bi = 1; bi < bands.size(); bi++) {
        Band prev = bands.get(bi - 1);
        Band b = bands.get(bi);
        BigDecimal below = prev.amountAt(b.from());
        if (b.amount().compareTo(below) < 0) {
          List<Object> figures =
              new java.util.ArrayList<>(
                  List.of(
                      "clientGroup",
                      curves.get(ci).clientGroup(),
                      "band",
                      b.label(),
                      "from",
                      b.from(),
                      "amountAtFrom",
                      b.amount(),
                      "previousBand",
                      prev.label(),
                      "amountBelowFrom",
                      below,
                      "drop",
                      below.subtract(b.amount())));
          figures.addAll(analysis.cliff(curves.get(ci), bi));
          out.add(
              Check.CURVE_CLIFF,
              "/allocation/curves/" + ci + "/bands/" + bi,
              "curve "
                  + curves.get(ci).clientGroup()
                  + ": band "
                  + b.label()
                  + " starts at "
                  + Numbers.plain(b.from())
                  + " points paying "
                  + Numbers.plain(b.amount())
                  + ", less than band "
                  + prev.label()
                  + " pays as the total approaches "
                  + Numbers.plain(b.from())
                  + " ("
                  + Numbers.plain(below)
                  + ")",
              figures.toArray());
        }
      }
    }
  }

  /** LIMIT_NOT_ROUNDED: a floor or ceiling that is not a multiple of the rounding increment. */
  private static void limits(RasTable t, Findings out) {
    BigDecimal inc = t.allocation().rounding().increment();
    limit(out, "floor", t.allocation().floor(), inc);
    limit(out, "ceiling", t.allocation().ceiling(), inc);
  }

  private static void limit(Findings out, String name, Optional<BigDecimal> v, BigDecimal inc) {
    if (v.isPresent() && v.get().remainder(inc).signum() != 0) {
      out.add(
          Check.LIMIT_NOT_ROUNDED,
          "/allocation/" + name,
          "the "
              + name
              + " "
              + Numbers.plain(v.get())
              + " is not a multiple of the rounding"
              + " increment "
              + Numbers.plain(inc)
              + ", so a budget held at it is rounded past it",
          name,
          v.get(),
          "increment",
          inc);
    }
  }
}
