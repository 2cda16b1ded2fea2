package org.openras.tables;

import org.apiguardian.api.API;

/**
 * Limits on the JSON that {@link RasJson} will read, so that a hostile or broken file (a gigabyte
 * of whitespace, ten thousand nested arrays, a number such as {@code 1e999999999}) fails fast with
 * a {@link org.openras.ErrorCode#JSON_LIMIT JSON_LIMIT} problem instead of exhausting memory or
 * time.
 *
 * <p>Like Jackson's {@code StreamReadConstraints}, the limits are one immutable value: take {@link
 * #defaults()} and change what you need with the {@code with…} methods, then pass the result to
 * {@link RasJson#withLimits(JsonLimits)}. The defaults are far above any real RAS table (a large
 * council table is some tens of kilobytes), so most callers never change them. Every limit error
 * names the limit and how to raise it.
 *
 * @param maxDocumentLength the most a document may hold: bytes for files and streams, chars for
 *     strings (default 10 000 000)
 * @param maxNestingDepth the deepest nesting of objects and arrays; the root object is depth 1
 *     (default 64; a table needs 7)
 * @param maxNumberLength the most characters a number literal may have, sign, digits, point and
 *     exponent included (default 100)
 * @param maxNumberScale the greatest power of ten a number may be written with, either way: a
 *     number may have at most this many digits after the point, and its exponent as written ({@code
 *     5e3} has 3) may be at most this far from 0. Guards against literals such as {@code
 *     1e-999999999} that pass any length limit but would take gigabytes to expand (default 100)
 * @param maxStringLength the most characters a string (or a field name) may have (default 100 000)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JsonLimits(
    long maxDocumentLength,
    int maxNestingDepth,
    int maxNumberLength,
    int maxNumberScale,
    int maxStringLength) {

  /** The greatest {@link #maxNumberScale()} allowed: {@code BigDecimal} scales are {@code int}s. */
  public static final int MAX_NUMBER_SCALE_LIMIT = 999_999_999;

  private static final JsonLimits DEFAULTS = new JsonLimits(10_000_000L, 64, 100, 100, 100_000);

  /**
   * Checks the limits.
   *
   * @param maxDocumentLength the most a document may hold, bytes or chars
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxNumberLength the most characters a number literal may have
   * @param maxNumberScale the greatest power of ten a number may be written with, either way
   * @param maxStringLength the most characters a string or field name may have
   * @throws IllegalArgumentException when a limit is not positive, or {@code maxNumberScale} is
   *     above {@link #MAX_NUMBER_SCALE_LIMIT}
   */
  public JsonLimits {
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNumberScale", maxNumberScale);
    positive("maxStringLength", maxStringLength);
    if (maxNumberScale > MAX_NUMBER_SCALE_LIMIT) {
      throw new IllegalArgumentException(
          "maxNumberScale must be at most "
              + MAX_NUMBER_SCALE_LIMIT
              + ", but is "
              + maxNumberScale);
    }
    if (maxNestingDepth == Integer.MAX_VALUE) {
      // one above the limit is given to Jackson, so that our own check speaks first
      throw new IllegalArgumentException("maxNestingDepth must be below Integer.MAX_VALUE");
    }
  }

  /**
   * The default limits: 10 MB, depth 64, numbers of 100 characters and scale 100, strings of 100
   * 000.
   *
   * @return the default limits
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with a different {@link #maxDocumentLength()}.
   *
   * @param maxDocumentLength the most a document may hold: bytes for files and streams, chars for
   *     strings
   * @return the new limits
   */
  public JsonLimits withMaxDocumentLength(long maxDocumentLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxNumberLength, maxNumberScale, maxStringLength);
  }

  /**
   * These limits with a different {@link #maxNestingDepth()}.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays; the root object is depth 1
   * @return the new limits
   */
  public JsonLimits withMaxNestingDepth(int maxNestingDepth) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxNumberLength, maxNumberScale, maxStringLength);
  }

  /**
   * These limits with a different {@link #maxNumberLength()}.
   *
   * @param maxNumberLength the most characters a number literal may have
   * @return the new limits
   */
  public JsonLimits withMaxNumberLength(int maxNumberLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxNumberLength, maxNumberScale, maxStringLength);
  }

  /**
   * These limits with a different {@link #maxNumberScale()}.
   *
   * @param maxNumberScale the greatest power of ten a number may be written with, either way
   * @return the new limits
   */
  public JsonLimits withMaxNumberScale(int maxNumberScale) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxNumberLength, maxNumberScale, maxStringLength);
  }

  /**
   * These limits with a different {@link #maxStringLength()}.
   *
   * @param maxStringLength the most characters a string (or a field name) may have
   * @return the new limits
   */
  public JsonLimits withMaxStringLength(int maxStringLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxNumberLength, maxNumberScale, maxStringLength);
  }

  /** How a reader of an error raises the limit named {@code limit}, as one sentence fragment. */
  static String howToRaise(String limit) {
    String wither = "with" + Character.toUpperCase(limit.charAt(0)) + limit.substring(1);
    return "the limit is JsonLimits."
        + limit
        + "; raise it with RasJson.withLimits(JsonLimits"
        + ".defaults()."
        + wither
        + "(…))";
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be greater than 0, but is " + value);
    }
  }
}
