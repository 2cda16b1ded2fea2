package org.openras.check;

import java.util.Arrays;

/**
 * A finite set of distinct (points, supplement money) pairs, each a long at a fixed scale, and for
 * each the option it came from (an index the owner gives meaning to), in the order first given.
 * Held in primitive arrays with an open-addressing index (about {@link Budget#PAIR_BYTES} bytes a
 * pair), so that its memory can be bounded. Immutable once built.
 */
final class PairSet {
  final long[] keys;
  final long[] money;
  final int[] arg;
  private final int[] slots; // index + 1 of the pair hashed there, 0 when empty

  private PairSet(long[] keys, long[] money, int[] arg, int[] slots) {
    this.keys = keys;
    this.money = money;
    this.arg = arg;
    this.slots = slots;
  }

  /** The set holding only (0, 0). */
  static PairSet zero() {
    Builder b = new Builder(1, Budget.unbounded());
    try {
      b.add(0, 0, -1);
    } catch (TooLarge e) {
      throw new AssertionError(e);
    }
    return b.build();
  }

  int size() {
    return keys.length;
  }

  /** The bytes this set is counted as holding. */
  long bytes() {
    return size() * Budget.PAIR_BYTES;
  }

  /** The index of the pair, or -1. */
  int indexOf(long key, long m) {
    return find(slots, keys, money, key, m);
  }

  private static int find(int[] slots, long[] keys, long[] money, long key, long m) {
    int mask = slots.length - 1;
    for (int s = hash(key, m) & mask; ; s = s + 1 & mask) {
      int i = slots[s] - 1;
      if (i < 0) {
        return -1;
      }
      if (keys[i] == key && money[i] == m) {
        return i;
      }
    }
  }

  private static int hash(long key, long m) {
    long h = key * 0x9E3779B97F4A7C15L + m * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ h >>> 32);
  }

  /**
   * The most sums of two pairs one step may enumerate: beyond it the analysis stops (not exact)
   * rather than run for minutes, even when the sums would collapse into few distinct pairs.
   */
  static final long MAX_SUMS = 20_000_000L;

  /** Every sum of a pair of {@code a} and a pair of {@code b}. */
  static PairSet plus(PairSet a, PairSet b, int maxValues, Budget budget) throws TooLarge {
    if ((long) a.size() * b.size() > MAX_SUMS) {
      throw new TooLarge(
          "one domain's questions give more than "
              + MAX_SUMS
              + " sums of points and money to enumerate ("
              + a.size()
              + " × "
              + b.size()
              + ")");
    }
    budget.sums((long) a.size() * b.size());
    Builder out = new Builder(maxValues, budget);
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        out.add(Math.addExact(a.keys[i], b.keys[j]), Math.addExact(a.money[i], b.money[j]), -1);
      }
    }
    return out.build();
  }

  /** For a pair of {@code plus(a, b)}: the indexes {i, j} of a pair of pairs that sum to it. */
  static int[] split(PairSet a, PairSet b, long key, long m) {
    for (int j = 0; j < b.size(); j++) {
      int i = a.indexOf(key - b.keys[j], m - b.money[j]);
      if (i >= 0) {
        return new int[] {i, j};
      }
    }
    throw new IllegalStateException("no pair of pairs sums to " + key + ", " + m);
  }

  /**
   * Collects distinct pairs, keeping the first option given for each; every pair kept is counted in
   * the budget as held (the set built keeps that count).
   */
  static final class Builder {
    private final int maxValues;
    private final Budget budget;
    private long[] keys = new long[8];
    private long[] money = new long[8];
    private int[] arg = new int[8];
    private int[] slots = new int[16];
    private int n;

    Builder(int maxValues, Budget budget) {
      this.maxValues = maxValues;
      this.budget = budget;
    }

    void add(long key, long m, int a) throws TooLarge {
      if (find(slots, keys, money, key, m) >= 0) {
        return;
      }
      if (n == maxValues) {
        throw new TooLarge(
            "more than " + maxValues + " distinct points and money pairs" + " within one domain");
      }
      budget.hold(Budget.PAIR_BYTES);
      if (n == keys.length) {
        int c = keys.length * 2;
        keys = Arrays.copyOf(keys, c);
        money = Arrays.copyOf(money, c);
        arg = Arrays.copyOf(arg, c);
      }
      keys[n] = key;
      money[n] = m;
      arg[n] = a;
      n++;
      if (2 * n > slots.length) {
        slots = index(keys, money, n, slots.length * 2);
      } else {
        insert(slots, keys, money, n - 1);
      }
    }

    private static int[] index(long[] keys, long[] money, int n, int capacity) {
      int[] s = new int[capacity];
      for (int i = 0; i < n; i++) {
        insert(s, keys, money, i);
      }
      return s;
    }

    private static void insert(int[] slots, long[] keys, long[] money, int i) {
      int mask = slots.length - 1;
      int s = hash(keys[i], money[i]) & mask;
      while (slots[s] != 0) {
        s = s + 1 & mask;
      }
      slots[s] = i + 1;
    }

    PairSet build() {
      long[] k = Arrays.copyOf(keys, n);
      long[] m = Arrays.copyOf(money, n);
      int[] a = Arrays.copyOf(arg, n);
      int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2;
      return new PairSet(k, m, a, index(k, m, n, capacity));
    }
  }
}
