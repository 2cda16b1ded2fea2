package org.openras.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A step's inputs as an unmodifiable map over the recorder's array of names and values
 * (alternating), in that order, leaving out the names whose value is null. Made for every step of
 * every traced calculation, so it copies nothing: entries are made only when iterated. Steps make
 * it only when their inputs are asked for.
 */
final class Inputs extends AbstractMap<String, Object> {
  private final Object[] pairs;
  private final int size;

  Inputs(Object[] pairs) {
    this.pairs = pairs;
    int n = 0;
    for (int i = 1; i < pairs.length; i += 2) {
      if (pairs[i] != null) {
        n++;
      }
    }
    this.size = n;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object get(Object key) {
    return find(pairs, key);
  }

  /** The value recorded under {@code key} in {@code pairs}, or null. */
  static Object find(Object[] pairs, Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next = skip(0);

          private int skip(int i) {
            while (i < pairs.length && pairs[i + 1] == null) {
              i += 2;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < pairs.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= pairs.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Object> e =
                new AbstractMap.SimpleImmutableEntry<>((String) pairs[next], pairs[next + 1]);
            next = skip(next + 2);
            return e;
          }
        };
      }
    };
  }
}
