package org.openras.check;

import java.util.Map;
import java.util.TreeMap;

/**
 * The reachable totals, as bit sets over a lattice: bit {@code i} of the layer for supplement money
 * {@code s} is set when some combination of answers gives total points {@code i × step} (at the
 * analysis' scale) together with supplement money {@code s}. Totals are never negative, so the
 * lattice starts at 0.
 */
final class Layers {
  final int bits;
  final TreeMap<Long, long[]> layers = new TreeMap<>();

  Layers(int bits) {
    this.bits = bits;
  }

  /** The totals of no domain: 0 points, no money. */
  static Layers zero(int bits) {
    Layers l = new Layers(bits);
    l.layer(0)[0] = 1L;
    return l;
  }

  long[] layer(long money) {
    return layers.computeIfAbsent(money, m -> new long[(bits + 63) >>> 6]);
  }

  boolean has(long money, long i) {
    long[] w = layers.get(money);
    return w != null && i >= 0 && i < bits && (w[(int) (i >>> 6)] >>> (i & 63) & 1) != 0;
  }

  /**
   * Adds a domain: every total of this plus every (step index, money) of {@code item}.
   *
   * @param work a one-element counter of word operations, checked against {@code maxWork}
   */
  Layers plus(long[] idx, long[] money, int maxLayers, long[] work, long maxWork) throws TooLarge {
    Layers out = new Layers(bits);
    for (Map.Entry<Long, long[]> e : layers.entrySet()) {
      long[] src = e.getValue();
      int used = src.length;
      while (used > 0 && src[used - 1] == 0) {
        used--;
      }
      for (int j = 0; j < idx.length; j++) {
        long m = e.getKey() + money[j];
        long[] dst = out.layer(m);
        if (out.layers.size() > maxLayers) {
          throw new TooLarge("more than " + maxLayers + " distinct sums of supplement money");
        }
        work[0] += used;
        if (work[0] > maxWork) {
          throw new TooLarge("more than " + maxWork + " word operations on the reachable totals");
        }
        orShifted(dst, src, used, idx[j]);
      }
    }
    return out;
  }

  private static void orShifted(long[] dst, long[] src, int used, long shift) {
    int ws = (int) (shift >>> 6);
    int bs = (int) (shift & 63);
    for (int i = 0; i < used; i++) {
      long w = src[i];
      if (w == 0) {
        continue;
      }
      int d = i + ws;
      if (d >= dst.length) {
        break;
      }
      dst[d] |= w << bs;
      if (bs != 0 && d + 1 < dst.length) {
        dst[d + 1] |= w >>> (64 - bs);
      }
    }
  }

  /** The least set bit at or after {@code from} in the layer, or -1. */
  static long next(long[] w, long from) {
    if (from < 0) {
      from = 0;
    }
    int i = (int) (from >>> 6);
    if (i >= w.length) {
      return -1;
    }
    long word = w[i] & (-1L << (from & 63));
    while (true) {
      if (word != 0) {
        return ((long) i << 6) + Long.numberOfTrailingZeros(word);
      }
      if (++i >= w.length) {
        return -1;
      }
      word = w[i];
    }
  }

  /** The greatest set bit at or before {@code to} in the layer, or -1. */
  static long previous(long[] w, long to) {
    if (to < 0) {
      return -1;
    }
    int i = (int) Math.min(to >>> 6, w.length - 1L);
    long word = w[i];
    if (i == (int) (to >>> 6)) {
      int b = (int) (to & 63);
      word &= b == 63 ? -1L : (1L << (b + 1)) - 1;
    }
    while (true) {
      if (word != 0) {
        return ((long) i << 6) + 63 - Long.numberOfLeadingZeros(word);
      }
      if (--i < 0) {
        return -1;
      }
      word = w[i];
    }
  }
}
