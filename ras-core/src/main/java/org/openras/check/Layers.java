package org.openras.check;

import java.util.Map;
import java.util.TreeMap;

/**
 * The reachable totals, one {@link Reach} per distinct sum of supplement money: index {@code i} of
 * the layer for supplement money {@code s} is reached when some combination of answers gives total
 * points {@code i × step} (at the analysis' scale) together with supplement money {@code s}. Totals
 * are never negative, so the lattice starts at 0. Dense layers are bit sets over the lattice;
 * sparse layers list the indexes reached (for a lattice too fine for bit sets).
 */
final class Layers {
  final long bits;
  final boolean dense;
  final TreeMap<Long, Reach> layers = new TreeMap<>();

  private Layers(long bits, boolean dense) {
    this.bits = bits;
    this.dense = dense;
  }

  /** The totals of no domain: 0 points, no money. */
  static Layers zero(long bits, boolean dense) {
    Layers l = new Layers(bits, dense);
    if (dense) {
      long[] w = new long[Reach.Dense.words(bits)];
      w[0] = 1L;
      l.layers.put(0L, new Reach.Dense(w));
    } else {
      l.layers.put(0L, Reach.Sparse.of(new long[] {0}, 1));
    }
    return l;
  }

  boolean has(long money, long i) {
    Reach r = layers.get(money);
    return r != null && i >= 0 && i < bits && r.has(i);
  }

  /** {@return the bytes these layers are counted as holding} */
  long bytes() {
    long b = 0;
    for (Reach r : layers.values()) {
      b += r.bytes();
    }
    return b;
  }

  /**
   * Adds a domain: every total of this plus every (step index, money) of {@code item}. The layers
   * made are counted in {@code budget} as held.
   */
  Layers plus(long[] idx, long[] money, int maxLayers, Budget budget) throws TooLarge {
    return dense
        ? densePlus(idx, money, maxLayers, budget)
        : sparsePlus(idx, money, maxLayers, budget);
  }

  private Layers densePlus(long[] idx, long[] money, int maxLayers, Budget budget) throws TooLarge {
    Layers out = new Layers(bits, true);
    int words = Reach.Dense.words(bits);
    TreeMap<Long, long[]> made = new TreeMap<>();
    for (Map.Entry<Long, Reach> e : layers.entrySet()) {
      long[] src = ((Reach.Dense) e.getValue()).words;
      int used = src.length;
      while (used > 0 && src[used - 1] == 0) {
        used--;
      }
      for (int j = 0; j < idx.length; j++) {
        long m = Math.addExact(e.getKey(), money[j]);
        long[] dst = made.get(m);
        if (dst == null) {
          budget.hold(16L + 8L * words);
          dst = new long[words];
          made.put(m, dst);
        }
        if (made.size() > maxLayers) {
          throw new TooLarge("more than " + maxLayers + " distinct sums of supplement money");
        }
        budget.work(used);
        orShifted(dst, src, used, idx[j]);
      }
    }
    made.forEach((m, w) -> out.layers.put(m, new Reach.Dense(w)));
    return out;
  }

  private Layers sparsePlus(long[] idx, long[] money, int maxLayers, Budget budget)
      throws TooLarge {
    Layers out = new Layers(bits, false);
    TreeMap<Long, long[]> made = new TreeMap<>();
    Map<Long, Integer> filled = new TreeMap<>();
    for (Map.Entry<Long, Reach> e : layers.entrySet()) {
      long[] src = ((Reach.Sparse) e.getValue()).indexes;
      for (int j = 0; j < idx.length; j++) {
        long m = Math.addExact(e.getKey(), money[j]);
        long[] dst = made.getOrDefault(m, new long[0]);
        int n = filled.getOrDefault(m, 0);
        if (!made.containsKey(m) && made.size() == maxLayers) {
          throw new TooLarge("more than " + maxLayers + " distinct sums of supplement money");
        }
        budget.work(src.length);
        budget.hold(8L * src.length);
        if (n + src.length > dst.length) {
          long[] grown = new long[Math.max(n + src.length, dst.length * 2)];
          System.arraycopy(dst, 0, grown, 0, n);
          dst = grown;
        }
        for (long x : src) {
          dst[n++] = Math.addExact(x, idx[j]);
        }
        made.put(m, dst);
        filled.put(m, n);
      }
    }
    for (Map.Entry<Long, long[]> e : made.entrySet()) {
      int n = filled.get(e.getKey());
      Reach.Sparse r = Reach.Sparse.of(e.getValue(), n);
      budget.release(8L * n - r.bytes());
      out.layers.put(e.getKey(), r);
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

  /** The least set bit at or after {@code from} in the bit set, or -1. */
  static long next(long[] w, long from) {
    if (from < 0) {
      from = 0;
    }
    long start = from >>> 6;
    if (start >= w.length) {
      return -1;
    }
    int i = (int) start;
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

  /** The greatest set bit at or before {@code to} in the bit set, or -1. */
  static long previous(long[] w, long to) {
    if (to < 0) {
      return -1;
    }
    int i = (int) Math.min(to >>> 6, w.length - 1L);
    long word = w[i];
    if (i == to >>> 6) {
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
