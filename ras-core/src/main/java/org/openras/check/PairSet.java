package org.openras.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finite set of distinct (points, supplement money) pairs, each a long at a fixed scale, and for
 * each the option it came from (an index the owner gives meaning to). Used within one question or
 * one domain, where sets are small. Immutable once built.
 */
final class PairSet {
  private record Pair(long key, long money) {}

  final long[] keys;
  final long[] money;
  final int[] arg;
  private final Map<Pair, Integer> index;

  private PairSet(List<long[]> rows) {
    int n = rows.size();
    keys = new long[n];
    money = new long[n];
    arg = new int[n];
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      long[] r = rows.get(i);
      keys[i] = r[0];
      money[i] = r[1];
      arg[i] = (int) r[2];
      index.put(new Pair(r[0], r[1]), i);
    }
  }

  /** The set holding only (0, 0). */
  static PairSet zero() {
    return new PairSet(List.of(new long[] {0, 0, -1}));
  }

  int size() {
    return keys.length;
  }

  /** The index of the pair, or -1. */
  int indexOf(long key, long m) {
    Integer i = index.get(new Pair(key, m));
    return i == null ? -1 : i;
  }

  /**
   * The most sums of two pairs one step may enumerate: beyond it the analysis stops (not exact)
   * rather than run for minutes, even when the sums would collapse into few distinct pairs.
   */
  static final long MAX_SUMS = 20_000_000L;

  /** Every sum of a pair of {@code a} and a pair of {@code b}. */
  static PairSet plus(PairSet a, PairSet b, int maxValues) throws TooLarge {
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
    Builder out = new Builder(maxValues);
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

  /** Collects distinct pairs, keeping the first option given for each. */
  static final class Builder {
    private final int maxValues;
    private final Map<Pair, Boolean> seen = new HashMap<>();
    private final List<long[]> rows = new ArrayList<>();

    Builder(int maxValues) {
      this.maxValues = maxValues;
    }

    void add(long key, long m, int arg) throws TooLarge {
      if (seen.putIfAbsent(new Pair(key, m), Boolean.TRUE) == null) {
        rows.add(new long[] {key, m, arg});
        if (rows.size() > maxValues) {
          throw new TooLarge(
              "more than " + maxValues + " distinct points and money pairs" + " within one domain");
        }
      }
    }

    PairSet build() {
      return new PairSet(rows);
    }
  }
}
