package org.openras.check;

/**
 * What one run of the exact analysis may spend: an estimate of the memory it holds (the pair sets
 * and the reachable totals it keeps) and the work it does (sums of pairs enumerated, words of the
 * bit sets OR-ed, totals listed). Past either bound it stops with a {@link TooLarge} that says
 * which bound, so that the report is "not exact" for a true reason instead of exhausting the heap
 * or running for minutes. Not thread-safe: one per run.
 */
final class Budget {
  /** The bytes one (points, money) pair of a {@link PairSet} is counted as (arrays and index). */
  static final long PAIR_BYTES = 40;

  private final long maxMemory;
  private final long maxWork;
  private final long maxSums;
  private long memory;
  private long peak;
  private long work;
  private long sums;

  Budget(long maxMemory, long maxWork, long maxSums) {
    this.maxMemory = maxMemory;
    this.maxWork = maxWork;
    this.maxSums = maxSums;
  }

  /** A budget that never stops (for rebuilding what a bounded run already did). */
  static Budget unbounded() {
    return new Budget(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * Counts {@code bytes} more as held.
   *
   * @throws TooLarge when the memory held would pass the bound
   */
  void hold(long bytes) throws TooLarge {
    if (memory + bytes > maxMemory) {
      throw new TooLarge(
          "the reachable points and money would need more than "
              + megabytes(maxMemory)
              + " of memory (the bound on the analysis' memory)");
    }
    memory += bytes;
    peak = Math.max(peak, memory);
  }

  /** Counts {@code bytes} as no longer held. */
  void release(long bytes) {
    memory -= bytes;
  }

  /**
   * Counts {@code n} more sums of two pairs enumerated.
   *
   * @throws TooLarge when the sums of the whole analysis pass the bound
   */
  void sums(long n) throws TooLarge {
    interrupted();
    sums += n;
    if (sums > maxSums) {
      throw new TooLarge(
          "the questions give more than "
              + maxSums
              + " sums of points and money to enumerate in all (the bound on the analysis' time)");
    }
  }

  /**
   * Counts {@code n} more operations on the reachable totals (words of bit sets, or listed totals).
   *
   * @throws TooLarge when the operations of the whole analysis pass the bound
   */
  void work(long n) throws TooLarge {
    interrupted();
    work += n;
    if (work > maxWork) {
      throw new TooLarge("more than " + maxWork + " word operations on the reachable totals");
    }
  }

  /** Stops when the thread was interrupted (a service's deadline passed). */
  private static void interrupted() throws TooLarge {
    if (Thread.currentThread().isInterrupted()) {
      throw new TooLarge("the analysis was interrupted (its caller's deadline passed)");
    }
  }

  /** {@return the operations on the reachable totals counted so far} */
  long work() {
    return work;
  }

  /** {@return the sums of two pairs counted so far} */
  long sums() {
    return sums;
  }

  /** {@return the most memory held at once so far, in bytes (an estimate)} */
  long peak() {
    return peak;
  }

  private static String megabytes(long bytes) {
    return ((bytes + (1 << 20) - 1) >> 20) + " MB";
  }
}
