package org.openras.check;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the table checks run: the severity given to each check, and the bounds beyond which the exact
 * analysis of reachable totals gives up (and says so in a {@link Check#NOT_EXACT} finding) instead
 * of guessing. Immutable; every {@code with…} returns a changed copy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckConfig {
  /** Default bound on the combinations of answers to the adjustment questions. */
  public static final int DEFAULT_MAX_COMBINATIONS = 4_096;

  /** Default bound on the distinct (points, supplement money) pairs of one domain. */
  public static final int DEFAULT_MAX_VALUES = 1_000_000;

  /**
   * Bound on the lattice of totals: the greatest total divided by the common step of all values.
   */
  public static final long MAX_LATTICE = 1L << 23;

  /** Bound on the distinct sums of supplement money tracked with the totals. */
  public static final int MAX_MONEY_SUMS = 32;

  /** Bound on the work of the analysis, in 64-bit word operations (about a second). */
  public static final long MAX_WORK = 400_000_000L;

  /**
   * Bound on the sums of two (points, money) pairs enumerated over the whole analysis (a few
   * seconds at most), beside the bound of 2×10^7 in one step.
   */
  public static final long MAX_SUMS = 60_000_000L;

  /**
   * Default bound on the memory the analysis holds, in bytes: an estimate counting 40 bytes for
   * each (points, money) pair kept and 8 bytes for each word of the reachable totals. The heap it
   * takes is at most about twice this, so the default is safe in a 512 MB heap (and in 256 MB).
   */
  public static final long DEFAULT_MAX_MEMORY = 96L << 20;

  private static final CheckConfig DEFAULTS =
      new CheckConfig(
          new EnumMap<>(Check.class),
          DEFAULT_MAX_COMBINATIONS,
          DEFAULT_MAX_VALUES,
          DEFAULT_MAX_MEMORY,
          MAX_LATTICE);

  private final EnumMap<Check, Severity> severities;
  private final int maxCombinations;
  private final int maxValues;
  private final long maxMemory;
  private final long maxLattice;

  private CheckConfig(
      EnumMap<Check, Severity> severities,
      int maxCombinations,
      int maxValues,
      long maxMemory,
      long maxLattice) {
    this.severities = severities;
    this.maxCombinations = maxCombinations;
    this.maxValues = maxValues;
    this.maxMemory = maxMemory;
    this.maxLattice = maxLattice;
  }

  /** {@return every check at its default severity, with the default bounds} */
  public static CheckConfig defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy in which findings of {@code check} have {@code severity}}
   *
   * @param check the check whose findings are re-graded
   * @param severity the severity its findings get
   */
  public CheckConfig withSeverity(Check check, Severity severity) {
    EnumMap<Check, Severity> copy = new EnumMap<>(Check.class);
    copy.putAll(severities);
    copy.put(Objects.requireNonNull(check, "check"), Objects.requireNonNull(severity, "severity"));
    return new CheckConfig(copy, maxCombinations, maxValues, maxMemory, maxLattice);
  }

  /**
   * {@return a copy with every severity of {@code overrides} applied}
   *
   * @param overrides the severity of each check to change
   */
  public CheckConfig withSeverities(Map<Check, Severity> overrides) {
    CheckConfig c = this;
    for (Map.Entry<Check, Severity> e : overrides.entrySet()) {
      c = c.withSeverity(e.getKey(), e.getValue());
    }
    return c;
  }

  /**
   * A copy with other bounds on the exact analysis.
   *
   * @param maxCombinations the most combinations of answers to adjustment questions (each is
   *     analysed on its own), at least 1
   * @param maxValues the most distinct (points, supplement money) pairs one domain (or the
   *     questions of it summed so far, or the descriptors of one ANY question) may reach, at least
   *     1
   * @return the copy; this configuration is unchanged
   */
  public CheckConfig withBounds(int maxCombinations, int maxValues) {
    if (maxCombinations < 1 || maxValues < 1) {
      throw new IllegalArgumentException(
          "bounds out of range: maxCombinations "
              + maxCombinations
              + ", maxValues "
              + maxValues
              + " (each at least 1)");
    }
    return new CheckConfig(severities, maxCombinations, maxValues, maxMemory, maxLattice);
  }

  /**
   * A copy with another bound on the memory the exact analysis holds. Past it the analysis stops
   * and the report is not exact ({@link Check#NOT_EXACT}, whose reason names this bound).
   *
   * @param bytes the most memory the analysis may hold, in bytes, as estimated (40 bytes for each
   *     (points, money) pair kept, 8 for each word of the reachable totals); at least 1 MB (the
   *     heap it takes is at most about twice this)
   * @return the copy; this configuration is unchanged
   */
  public CheckConfig withMaxMemory(long bytes) {
    if (bytes < 1L << 20) {
      throw new IllegalArgumentException(
          "bound on memory out of range: " + bytes + " bytes (at least 1 MB, 1048576 bytes)");
    }
    return new CheckConfig(severities, maxCombinations, maxValues, bytes, maxLattice);
  }

  /**
   * {@return the severity findings of {@code check} get}
   *
   * @param check a table check
   */
  public Severity severity(Check check) {
    return severities.getOrDefault(check, check.defaultSeverity());
  }

  /** {@return the most combinations of answers to adjustment questions analysed} */
  public int maxCombinations() {
    return maxCombinations;
  }

  /** {@return the most distinct (points, supplement money) pairs of one domain} */
  public int maxValues() {
    return maxValues;
  }

  /**
   * {@return the most steps the lattice of reachable totals may have to be held as bit sets ({@link
   * #MAX_LATTICE}); beyond it the totals are listed one by one, within the memory bound}
   */
  public long maxLattice() {
    return maxLattice;
  }

  /** A copy with another lattice bound (tests: to list the totals of small tables). */
  CheckConfig withMaxLattice(long bits) {
    return new CheckConfig(severities, maxCombinations, maxValues, maxMemory, bits);
  }

  /** {@return the most distinct sums of supplement money tracked ({@link #MAX_MONEY_SUMS})} */
  public int maxMoneySums() {
    return MAX_MONEY_SUMS;
  }

  /** {@return the most memory the analysis may hold, in bytes (an estimate)} */
  public long maxMemory() {
    return maxMemory;
  }

  /** {@return the most sums of two pairs the analysis may enumerate ({@link #MAX_SUMS})} */
  public long maxSums() {
    return MAX_SUMS;
  }

  /** {@return the most word operations the analysis may do ({@link #MAX_WORK})} */
  public long maxWork() {
    return MAX_WORK;
  }
}
