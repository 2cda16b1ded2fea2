package org.openras.check;

import java.util.Arrays;

/**
 * A finite set of exact values (longs at a fixed decimal scale), and for each the least and the
 * greatest supplement money (longs at the money scale) reachable together with it. Optionally
 * remembers, for each value, which option gave its least and its greatest money, so that an
 * assessment reaching it can be rebuilt. Immutable once built.
 */
final class Dist {
  /** The most pair sums one convolution may compute: beyond this the analysis is not exact. */
  static final long MAX_WORK = 200_000_000L;

  final long[] keys;
  final long[] minS;
  final long[] maxS;
  final int[] minArg;
  final int[] maxArg;

  private Dist(long[] keys, long[] minS, long[] maxS, int[] minArg, int[] maxArg) {
    this.keys = keys;
    this.minS = minS;
    this.maxS = maxS;
    this.minArg = minArg;
    this.maxArg = maxArg;
  }

  /** The set holding only 0, with no money. */
  static Dist zero() {
    return new Dist(new long[] {0}, new long[] {0}, new long[] {0}, new int[] {-1},
        new int[] {-1});
  }

  int size() {
    return keys.length;
  }

  /** The index of {@code key}, or a negative number when it is not in the set. */
  int indexOf(long key) {
    return Arrays.binarySearch(keys, key);
  }

  /** The set of sums a + b, with the least and greatest money of each sum. */
  static Dist plus(Dist a, Dist b, int maxValues) throws TooLarge {
    long work = (long) a.size() * b.size();
    if (work > MAX_WORK) {
      throw new TooLarge(a.size() + " × " + b.size() + " sums in one step, above " + MAX_WORK);
    }
    Builder out = new Builder(Math.max(16, Math.min(work, maxValues + 1L)), maxValues);
    for (int i = 0; i < a.size(); i++) {
      long ka = a.keys[i];
      long mna = a.minS[i];
      long mxa = a.maxS[i];
      for (int j = 0; j < b.size(); j++) {
        out.add(Math.addExact(ka, b.keys[j]), mna + b.minS[j], mxa + b.maxS[j], -1, -1);
      }
    }
    return out.build();
  }

  /**
   * For {@code c = a + b} in {@code plus(a, b)}: indexes {@code {i, j}} of a pair giving the
   * sum {@code key} with money {@code s} (the least money when {@code least}, else the
   * greatest).
   */
  static int[] split(Dist a, Dist b, long key, long s, boolean least) {
    for (int j = 0; j < b.size(); j++) {
      int i = a.indexOf(key - b.keys[j]);
      if (i >= 0) {
        long m = least ? a.minS[i] + b.minS[j] : a.maxS[i] + b.maxS[j];
        if (m == s) {
          return new int[] {i, j};
        }
      }
    }
    throw new IllegalStateException("no pair gives " + key + " with money " + s);
  }

  /** The analysis went beyond a bound: it says which. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  /** Open-addressing map from value to least/greatest money, then sorted into a {@link Dist}. */
  static final class Builder {
    private final int maxValues;
    private long[] k;
    private long[] mn;
    private long[] mx;
    private int[] amn;
    private int[] amx;
    private boolean[] used;
    private int size;
    private int mask;

    Builder(long expected, int maxValues) {
      this.maxValues = maxValues;
      int cap = Integer.highestOneBit((int) Math.min(1 << 29, Math.max(16, expected * 2)) - 1) << 1;
      allocate(Math.max(16, cap));
    }

    private void allocate(int cap) {
      k = new long[cap];
      mn = new long[cap];
      mx = new long[cap];
      amn = new int[cap];
      amx = new int[cap];
      used = new boolean[cap];
      mask = cap - 1;
      size = 0;
    }

    void add(long key, long sMin, long sMax, int argMin, int argMax) throws TooLarge {
      int h = (int) (key * 0x9E3779B97F4A7C15L >>> 35) & mask;
      while (used[h]) {
        if (k[h] == key) {
          if (sMin < mn[h]) {
            mn[h] = sMin;
            amn[h] = argMin;
          }
          if (sMax > mx[h]) {
            mx[h] = sMax;
            amx[h] = argMax;
          }
          return;
        }
        h = (h + 1) & mask;
      }
      used[h] = true;
      k[h] = key;
      mn[h] = sMin;
      mx[h] = sMax;
      amn[h] = argMin;
      amx[h] = argMax;
      if (++size > maxValues) {
        throw new TooLarge("more than " + maxValues + " distinct values");
      }
      if (size * 2 > used.length) {
        grow();
      }
    }

    private void grow() throws TooLarge {
      long[] ok = k;
      long[] omn = mn;
      long[] omx = mx;
      int[] oamn = amn;
      int[] oamx = amx;
      boolean[] oused = used;
      allocate(oused.length * 2);
      for (int i = 0; i < oused.length; i++) {
        if (oused[i]) {
          add(ok[i], omn[i], omx[i], oamn[i], oamx[i]);
        }
      }
    }

    Dist build() {
      int[] slots = new int[size];
      int n = 0;
      for (int i = 0; i < used.length; i++) {
        if (used[i]) {
          slots[n++] = i;
        }
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = slots[i];
      }
      Arrays.sort(order, (x, y) -> Long.compare(k[x], k[y]));
      long[] sk = new long[size];
      long[] smn = new long[size];
      long[] smx = new long[size];
      int[] samn = new int[size];
      int[] samx = new int[size];
      for (int i = 0; i < size; i++) {
        int s = order[i];
        sk[i] = k[s];
        smn[i] = mn[s];
        smx[i] = mx[s];
        samn[i] = amn[s];
        samx[i] = amx[s];
      }
      return new Dist(sk, smn, smx, samn, samx);
    }
  }
}
