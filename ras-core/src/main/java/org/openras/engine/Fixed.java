package org.openras.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@link BigDecimal} arithmetic on {@code long} pairs, for the scaled calculation: a number is an
 * unscaled {@code long u} and an {@code int s}, worth {@code u × 10^-s}, exactly as {@code
 * BigDecimal.valueOf(u, s)}. Each operation gives the value AND the scale that the same {@code
 * BigDecimal} operation gives (add: the larger scale; multiply: the sum of the scales; exact
 * division by 100: the preferred scale, or more when the quotient needs it), so the scaled
 * calculation's figures are equal ({@link BigDecimal#equals}) to the exact calculation's.
 *
 * <p>Whatever does not fit in a {@code long} throws {@link ArithmeticException}; the caller then
 * computes with the exact calculation instead.
 */
final class Fixed {
  private static final long[] POW10 = new long[19];

  /** How many scales, from 0, {@link #decimal} keeps numbers for. */
  static final int CACHED_SCALES = 3;

  /** {@link #decimal} keeps the numbers whose unscaled values are in {@code [-CACHED, CACHED)}. */
  static final int CACHED = 1024;

  /**
   * The small numbers at small scales ({@code 17}, {@code -12.5}, {@code 8.25}), made as first
   * asked for and kept: domain figures are mostly such numbers, and {@code BigDecimal} itself keeps
   * only 0 to 10. A {@code BigDecimal} is immutable, so results may share them, and its value is in
   * final fields, so a thread that reads one from here sees it whole even without synchronisation;
   * two threads asking for the same number at once may both make it, and either is right (a benign
   * race, like {@link String#hashCode}).
   */
  private static final BigDecimal[] KEPT = new BigDecimal[CACHED_SCALES * 2 * CACHED];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Fixed() {}

  /** {@code u × 10^by}, exactly, for {@code by} ≥ 0. */
  static long up(long u, int by) {
    // no branch on the data in the usual case (by = 0 multiplies by 1): a multiplication is cheaper
    // than a mispredicted branch
    if (by < 0 || by >= POW10.length) {
      if (u == 0) {
        return 0;
      }
      throw new ArithmeticException("scale difference out of range");
    }
    return Math.multiplyExact(u, POW10[by]);
  }

  /**
   * {@code u ÷ 10^by} for {@code by} ≥ 0, where {@code u} is known to be a multiple of {@code
   * 10^by}: the unscaled value of a number at a scale {@code by} places smaller.
   */
  static long down(long u, int by) {
    if (by <= 1) {
      // a sum at the scale of its own terms, 0 or 1 place below that of the table's numbers in
      // most tables (whole numbers and halves, say), as the answers decide: chosen by a mask, not
      // a branch, which would be mispredicted
      long same = (by - 1L) >> 63; // all bits set when by is 0, else none
      return u & same | u / 10 & ~same;
    }
    // the only multiple of 10^19 or more in a long is 0
    return by == 2 ? u / 100 : by < POW10.length ? u / POW10[by] : 0;
  }

  /** The unscaled value of {@code a + b} at scale {@code max(sa, sb)}. */
  static long add(long a, int sa, long b, int sb) {
    // only the number of the smaller scale is aligned (choices, not branches, on the data)
    boolean bLess = sa >= sb;
    long aligned = up(bLess ? b : a, bLess ? sa - sb : sb - sa);
    return Math.addExact(bLess ? a : b, aligned);
  }

  /** The unscaled value of {@code a - b} at scale {@code max(sa, sb)}. */
  static long subtract(long a, int sa, long b, int sb) {
    boolean bLess = sa >= sb;
    long aligned = up(bLess ? b : a, bLess ? sa - sb : sb - sa);
    return Math.subtractExact(bLess ? a : aligned, bLess ? aligned : b);
  }

  /** {@code a.compareTo(b)} as a sign. */
  static int compare(long a, int sa, long b, int sb) {
    boolean bLess = sa >= sb;
    try {
      long aligned = up(bLess ? b : a, bLess ? sa - sb : sb - sa);
      return Long.compare(bLess ? a : aligned, bLess ? aligned : b);
    } catch (ArithmeticException tooFar) {
      if (a == 0 || b == 0 || (a < 0) != (b < 0)) {
        return Long.compare(Long.signum(a), Long.signum(b));
      }
      throw tooFar;
    }
  }

  /**
   * How many places {@code BigDecimal.divide(100)} of {@code (u, s)} adds to the scale: the exact
   * quotient at the preferred scale {@code s} when it fits, else at {@code s + 1} or {@code s + 2}
   * (0 for zero, whose quotient keeps the preferred scale).
   */
  static int hundredthPlaces(long u) {
    // a remainder by 100 adds a place, and one by 10 (which implies the other) a second: counted
    // without a branch, as whether there is one is the data's to decide, and a branch mispredicted
    // costs more than the arithmetic (the remainders are written as in hundredth, so that the
    // compiler shares the divisions when both are asked for)
    return (int) -(nonZero(u - u / 100 * 100) + nonZero(u - u / 10 * 10));
  }

  /** The unscaled value of {@code (u, s).divide(100)}, at scale {@code s + hundredthPlaces(u)}. */
  static long hundredth(long u) {
    long q100 = u / 100;
    long q10 = u / 10;
    long not100 = nonZero(u - q100 * 100);
    long not10 = nonZero(u - q10 * 10);
    // q100 when 100 divides u, else q10 when 10 does, else u: chosen by masks, not by branches
    // (see hundredthPlaces)
    return q100 & ~not100 | not100 & (q10 & ~not10 | u & not10);
  }

  /** -1 (all bits set) when {@code x} is not 0, else 0: the sign of {@code x | -x}, spread. */
  private static long nonZero(long x) {
    return (x | -x) >> 63;
  }

  /** {@code n ÷ m} rounded to an integer with {@code mode}, as {@code BigDecimal} does. */
  static long divideRounded(long n, long m, RoundingMode mode) {
    long q = n / m;
    long r = n % m;
    if (r == 0) {
      return q;
    }
    int sign = (n < 0) == (m < 0) ? 1 : -1;
    boolean away;
    switch (mode) {
      case UP -> away = true;
      case DOWN -> away = false;
      case CEILING -> away = sign > 0;
      case FLOOR -> away = sign < 0;
      case HALF_UP, HALF_DOWN, HALF_EVEN -> {
        long absR = Math.absExact(r);
        long rest = Math.absExact(m) - absR;
        int c = Long.compare(absR, rest);
        if (c != 0) {
          away = c > 0;
        } else if (mode == RoundingMode.HALF_UP) {
          away = true;
        } else if (mode == RoundingMode.HALF_DOWN) {
          away = false;
        } else {
          away = (q & 1) != 0;
        }
      }
      default -> throw new ArithmeticException("rounding needed with " + mode);
    }
    return away ? Math.addExact(q, sign) : q;
  }

  /**
   * {@code BigDecimal.valueOf(u, s)}: the same value and scale; the same instance each time for
   * small numbers at small scales (see {@link #KEPT}).
   */
  static BigDecimal decimal(long u, int s) {
    if (s < 0 || s >= CACHED_SCALES || u < -CACHED || u >= CACHED) {
      return BigDecimal.valueOf(u, s);
    }
    int i = (s * 2 + 1) * CACHED + (int) u;
    BigDecimal x = KEPT[i];
    if (x == null) {
      x = BigDecimal.valueOf(u, s);
      KEPT[i] = x;
    }
    return x;
  }

  /** The unscaled value of {@code x}, when it fits in a {@code long}. */
  static long unscaled(BigDecimal x) {
    return x.unscaledValue().longValueExact();
  }
}
