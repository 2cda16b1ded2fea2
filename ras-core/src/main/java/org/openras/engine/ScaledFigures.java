package org.openras.engine;

/**
 * What {@link ScaledCalculation} writes: the headline figures of one assessment as unscaled {@code
 * long}s and scales (see {@link Fixed}), indexes into their {@link ScaledTable}, and the
 * calculation's scratch space. Internal and mutable; a {@link Result} is made from it, and each
 * {@link HeadlineFigures} owns one, which its getters read (so that filling a holder copies nothing
 * and allocates nothing). Not thread-safe: one per calculation or per holder.
 */
final class ScaledFigures {
  private static final long[] NO_LONGS = {};
  private static final int[] NO_INTS = {};

  /** The compiled table of the figures below. */
  ScaledTable table;

  long totalU;
  int totalS;

  /** The curve's and the band's numbers in {@link #table}. */
  int curve;

  int band;

  long indicativeWeeklyU;
  long indicativeAnnualU;
  boolean moderated;
  long finalWeeklyU;
  long finalAnnualU;

  /** Whether the assessment lists other funding, so that there is a council budget (v1.1 §4). */
  boolean funded;

  long councilWeeklyU;
  long councilAnnualU;

  /** The flags, as bits by {@link Flag#ordinal()}. */
  int flags;

  /**
   * Scratch space, by set of adjustments: {@code 1 + p/100} for the sum of percents p, as the
   * unscaled value of a number at the scale of p plus 2 (see {@link ScaledCalculation#compute}),
   * and the scale of p (shared empty arrays until a table needs room), kept between calculations so
   * that none allocates once warmed up.
   */
  long[] factorsU = NO_LONGS;

  int[] percentsS = NO_INTS;

  /** Scratch space: each domain's adjusted points, summed once all are known. */
  long[] adjustedU = NO_LONGS;

  int[] adjustedS = NO_INTS;

  /** The scale of a rounded money figure: the increment's, never below 0. */
  int moneyScale() {
    return Math.max(0, table.incrementS);
  }
}
