package org.openras.check;

import java.util.Arrays;
import java.util.Collection;

/**
 * The reachable lattice indexes of one layer of totals: a bit set when the lattice is small enough
 * to hold one bit per step ({@link Dense}), else the sorted list of the indexes reached ({@link
 * Sparse}), so that a table whose totals are few but far apart on a fine lattice (points with many
 * decimals) is still enumerated exactly.
 */
abstract sealed class Reach permits Reach.Dense, Reach.Sparse {
  /** {@return the least index reached at or after {@code from}, or -1} */
  abstract long next(long from);

  /** {@return the greatest index reached at or before {@code to}, or -1} */
  abstract long previous(long to);

  /** {@return whether index {@code i} is reached} */
  abstract boolean has(long i);

  /** {@return the bytes this layer is counted as holding} */
  abstract long bytes();

  /** The union of {@code layers} (all of one kind) over a lattice of {@code bits} indexes. */
  static Reach union(Collection<Reach> layers, long bits, boolean dense) {
    if (dense) {
      long[] all = new long[Dense.words(bits)];
      for (Reach r : layers) {
        long[] w = ((Dense) r).words;
        for (int i = 0; i < w.length; i++) {
          all[i] |= w[i];
        }
      }
      return new Dense(all);
    }
    int n = 0;
    for (Reach r : layers) {
      n += ((Sparse) r).indexes.length;
    }
    long[] all = new long[n];
    int at = 0;
    for (Reach r : layers) {
      long[] x = ((Sparse) r).indexes;
      System.arraycopy(x, 0, all, at, x.length);
      at += x.length;
    }
    return Sparse.of(all, n);
  }

  /** One bit per lattice index. */
  static final class Dense extends Reach {
    final long[] words;

    Dense(long[] words) {
      this.words = words;
    }

    static int words(long bits) {
      return (int) ((bits + 63) >>> 6);
    }

    @Override
    long next(long from) {
      return Layers.next(words, from);
    }

    @Override
    long previous(long to) {
      return Layers.previous(words, to);
    }

    @Override
    boolean has(long i) {
      return i >= 0
          && i < (long) words.length << 6
          && (words[(int) (i >>> 6)] >>> (i & 63) & 1) != 0;
    }

    @Override
    long bytes() {
      return 16L + 8L * words.length;
    }
  }

  /** The indexes reached, sorted, without repeats. */
  static final class Sparse extends Reach {
    final long[] indexes;

    private Sparse(long[] indexes) {
      this.indexes = indexes;
    }

    /** The first {@code n} of {@code values} (reordered in place), sorted and without repeats. */
    static Sparse of(long[] values, int n) {
      Arrays.sort(values, 0, n);
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (k == 0 || values[i] != values[k - 1]) {
          values[k++] = values[i];
        }
      }
      return new Sparse(Arrays.copyOf(values, k));
    }

    @Override
    long next(long from) {
      int i = Arrays.binarySearch(indexes, Math.max(0, from));
      i = i >= 0 ? i : -i - 1;
      return i < indexes.length ? indexes[i] : -1;
    }

    @Override
    long previous(long to) {
      if (to < 0) {
        return -1;
      }
      int i = Arrays.binarySearch(indexes, to);
      i = i >= 0 ? i : -i - 2;
      return i >= 0 ? indexes[i] : -1;
    }

    @Override
    boolean has(long i) {
      return Arrays.binarySearch(indexes, i) >= 0;
    }

    @Override
    long bytes() {
      return 16L + 8L * indexes.length;
    }
  }
}
