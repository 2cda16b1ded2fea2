package org.openras.check;

import java.math.BigDecimal;

/**
 * What one or more combinations of answers to the adjustment questions do to each domain: the raw
 * points of those questions and the percent applied. Combinations with the same signature reach the
 * same totals, so each signature is analysed once; it keeps the combinations giving the least and
 * the greatest supplement money, to rebuild example assessments.
 */
final class Signature {
  final String key;
  final long[] constPoints; // per domain, raw points of its adjustment questions
  final BigDecimal[] percent; // per domain
  int[] minCombo;
  int[] maxCombo;
  long minOffset = Long.MAX_VALUE;
  long maxOffset = Long.MIN_VALUE;
  PairSet[] adjusted; // per domain: adjusted points at the total scale, and money
  Layers totals;

  Signature(String key, long[] constPoints, BigDecimal[] percent) {
    this.key = key;
    this.constPoints = constPoints;
    this.percent = percent;
  }

  /** Keeps {@code combo} when its supplement money is the least or greatest so far. */
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
