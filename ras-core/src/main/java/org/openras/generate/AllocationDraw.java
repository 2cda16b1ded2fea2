package org.openras.generate;

import static org.openras.generate.Draws.cents;
import static org.openras.generate.Draws.dec;
import static org.openras.generate.Draws.factor;
import static org.openras.generate.Draws.fraction;
import static org.openras.generate.Draws.pick;
import static org.openras.generate.Draws.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openras.generate.TableSettings.CostFactors;
import org.openras.generate.TableSettings.Curves;
import org.openras.generate.TableSettings.Money;
import org.openras.table.Curve;
import org.openras.table.RasTable;

/**
 * Draws how a table turns points into money: the curves and their bands, the cost factors, the
 * floor and the ceiling, the rounding and the moderation tolerance. Money figures are in the
 * table's period: {@code scale} is 52 for a yearly table, 1 for a weekly one.
 */
final class AllocationDraw {
  private final Curves curves;
  private final CostFactors costFactors;
  private final Money money;
  private final SplittableRandom r;
  private final long scale;

  AllocationDraw(TableSettings settings, SplittableRandom r, long scale) {
    this.curves = settings.curves();
    this.costFactors = settings.costFactors();
    this.money = settings.money();
    this.r = r;
    this.scale = scale;
  }

  /**
   * The money of the lowest and of the highest curve at the most total points.
   *
   * @param lowest what the curve paying least pays at the most total points
   * @param highest what the curve paying most pays there
   */
  record Tops(BigDecimal lowest, BigDecimal highest) {}

  /**
   * The table's floor and ceiling as drawn, each null when the table has none.
   *
   * @param floor the least budget, or null
   * @param ceiling the greatest budget, or null
   */
  record Limits(BigDecimal floor, BigDecimal ceiling) {}

  /** Draws the curves: the {@code *} curve unless disabled, and those of named client groups. */
  Tops curves(List<Curve.Builder> t, BigDecimal maxTotal) {
    List<String> groups = new ArrayList<>();
    if (curves.fallback()) {
      groups.add(Curve.ANY_GROUP);
    }
    int named = r.nextInt(curves.maxClientGroups() + 1);
    if (!curves.fallback() && named == 0) {
      named = 1;
    }
    groups.addAll(sample(r, TableGenerator.CLIENT_GROUPS, named));
    BigDecimal lowestTop = null;
    BigDecimal highestTop = BigDecimal.ZERO;
    for (String group : groups) {
      Curve.Builder cb = Curve.builder(group);
      BigDecimal top = bands(cb, maxTotal);
      lowestTop = lowestTop == null ? top : lowestTop.min(top);
      highestTop = highestTop.max(top);
      if (r.nextInt(4) == 0) {
        cb.reference("Generated curve for " + group);
      }
      t.add(cb);
    }
    return new Tops(lowestTop, highestTop);
  }

  /**
   * Draws the bands of one curve, each starting a little further along the reachable points;
   * returns what the curve pays at {@code maxTotal}.
   */
  private BigDecimal bands(Curve.Builder cb, BigDecimal maxTotal) {
    BigDecimal span = maxTotal.max(BigDecimal.ONE);
    int bands = 1 + r.nextInt(curves.maxBands());
    BigDecimal from = BigDecimal.ZERO;
    BigDecimal prevAmount = BigDecimal.ZERO;
    BigDecimal prevPerPoint = BigDecimal.ZERO;
    BigDecimal prevFrom = BigDecimal.ZERO;
    for (int b = 0; b < bands; b++) {
      if (b > 0) {
        BigDecimal step =
            span.multiply(BigDecimal.valueOf(1 + r.nextInt(40)))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .max(BigDecimal.ONE);
        if (r.nextInt(4) == 0) {
          step = step.add(dec("0.5"));
        }
        from = from.add(step);
      }
      BigDecimal perPoint = cents(r.nextInt(r.nextInt(6) == 0 ? 1 : 801), scale);
      BigDecimal amount;
      if (b == 0) {
        amount = cents(r.nextInt(3) == 0 ? 0 : r.nextInt(5001), scale);
      } else if (curves.monotone()) {
        // at least what the band before pays just below this band's start
        BigDecimal end = prevAmount.add(from.subtract(prevFrom).multiply(prevPerPoint));
        BigDecimal jump = r.nextInt(3) == 0 ? BigDecimal.ZERO : cents(r.nextInt(5001), scale);
        amount = end.add(jump).setScale(2, RoundingMode.CEILING);
      } else {
        amount = cents(r.nextInt(60001), scale);
      }
      cb.band(bandLabel(b), from, amount, perPoint);
      prevAmount = amount;
      prevPerPoint = perPoint;
      prevFrom = from;
    }
    return prevAmount.add(maxTotal.subtract(prevFrom).max(BigDecimal.ZERO).multiply(prevPerPoint));
  }

  private static String bandLabel(int b) {
    return b < 26 ? String.valueOf((char) ('A' + b)) : "B" + b;
  }

  /** Draws the cost factors: the {@code *} factor unless disabled, and those of localities. */
  void costFactors(RasTable.Builder t) {
    int places = r.nextInt(costFactors.maxLocalities() + 1);
    if (!costFactors.fallback() && places == 0) {
      places = 1;
    }
    if (costFactors.fallback()) {
      t.costFactor("*", r.nextInt(3) == 0 ? factor(r) : BigDecimal.ONE);
    }
    for (String place : sample(r, TableGenerator.LOCALITIES, places)) {
      t.costFactor(place, factor(r));
    }
  }

  /**
   * Draws the floor and the ceiling, where the budgets of the table often meet them; returns them
   * (each null when not drawn).
   */
  Limits floorAndCeiling(RasTable.Builder t, Tops tops) {
    BigDecimal floor = null;
    if (r.nextDouble() < money.floorProbability()) {
      BigDecimal low = tops.lowest().min(BigDecimal.valueOf(200 * scale));
      floor = fraction(r, low);
      t.floor(floor);
    }
    if (r.nextDouble() < money.ceilingProbability()) {
      BigDecimal high = tops.highest().max(BigDecimal.ONE);
      BigDecimal ceiling = fraction(r, high.multiply(dec("1.3")));
      if (floor != null && ceiling.compareTo(floor) < 0) {
        ceiling = floor.add(fraction(r, BigDecimal.valueOf(100 * scale)));
      }
      t.ceiling(ceiling);
      return new Limits(floor, ceiling);
    }
    return new Limits(floor, null);
  }

  /** Draws the rounding increment and mode, and the moderation tolerance. */
  void roundingAndModeration(RasTable.Builder t) {
    t.rounding(pick(r, money.roundingIncrements()), pick(r, List.copyOf(money.roundingModes())));
    if (r.nextBoolean()) {
      t.tolerancePercent(BigDecimal.valueOf(r.nextInt(51), 1).multiply(BigDecimal.valueOf(5)));
    }
  }
}
