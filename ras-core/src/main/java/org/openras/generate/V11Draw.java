package org.openras.generate;

import static org.openras.generate.Draws.fraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.openras.generate.AllocationDraw.Limits;
import org.openras.generate.TableSettings.V11;
import org.openras.table.Curve;
import org.openras.table.FundingSource;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Unit;

/**
 * Draws spec v1.1's fields from a random sequence of their own, so that the v1 part of a table is
 * the same whatever these settings say: a panel band at the top of a curve, a curve's own floor or
 * ceiling (its floor in force never above its ceiling in force), the unit, other funding sources
 * and the review route.
 */
final class V11Draw {
  /** Mixed into the seed of the v1.1 fields' own random sequence. */
  private static final long SALT = 0x5EC11L;

  private static final Review REVIEW =
      new Review(
          "Ask your social worker for a review within 28 days.",
          "Generated reviews team, 0300 000 0000",
          Optional.empty());

  private final V11 s;
  private final SplittableRandom r;
  private final long scale;

  /**
   * The draws of the table of {@code seed}.
   *
   * @param settings the chances of each field
   * @param seed the table's seed, salted here for a sequence of its own
   * @param scale 52 for a yearly table, 1 for a weekly one
   */
  V11Draw(V11 settings, long seed, long scale) {
    this.s = settings;
    this.r = new SplittableRandom(seed ^ SALT);
    this.scale = scale;
  }

  /** Draws every v1.1 field, curve by curve first, then those of the table. */
  void draw(RasTable.Builder t, List<Curve.Builder> curves, Limits limits) {
    for (Curve.Builder cb : curves) {
      if (r.nextDouble() < s.panelBandProbability()) {
        cb.panelFromLastBand();
      }
      if (r.nextDouble() < s.curveLimitProbability()) {
        curveLimits(cb, limits);
      }
    }
    unit(t);
    otherFunding(t);
    review(t);
  }

  /** A curve's own floor, ceiling or both, never a floor above the ceiling in force. */
  private void curveLimits(Curve.Builder cb, Limits limits) {
    BigDecimal floor = null;
    int which = r.nextInt(3); // 0: floor, 1: ceiling, 2: both
    if (which != 1) {
      BigDecimal most =
          limits.ceiling() == null ? BigDecimal.valueOf(300 * scale) : limits.ceiling();
      floor = fraction(r, most.min(BigDecimal.valueOf(300 * scale)));
      cb.floor(floor);
    }
    if (which != 0) {
      BigDecimal least =
          floor != null ? floor : limits.floor() == null ? BigDecimal.ZERO : limits.floor();
      cb.ceiling(least.add(fraction(r, BigDecimal.valueOf(800 * scale))));
    }
  }

  /** An allocation in hours, with a price or not. */
  private void unit(RasTable.Builder t) {
    if (r.nextDouble() < s.unitProbability()) {
      t.unit(new Unit("hour", "hours", maybe(() -> BigDecimal.valueOf(500 + r.nextInt(3001), 2))));
    }
  }

  /** Up to the most other sources of funding, the first the NHS. */
  private void otherFunding(RasTable.Builder t) {
    int sources = s.maxFundingSources() == 0 ? 0 : r.nextInt(s.maxFundingSources() + 1);
    for (int i = 1; i <= sources; i++) {
      String policy = "Generated joint funding policy " + i;
      t.otherFunding(
          new FundingSource(
              i == 1 ? "nhs" : "src-" + i, "Generated funding source " + i, maybe(() -> policy)));
    }
  }

  /** The route to ask for a review. */
  private void review(RasTable.Builder t) {
    if (r.nextDouble() < s.reviewProbability()) {
      t.review(REVIEW);
    }
  }

  /** On a coin's toss, the value (drawn only then); else nothing. */
  private <T> Optional<T> maybe(Supplier<T> value) {
    return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }
}
