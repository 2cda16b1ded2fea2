package org.openras.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.util.List;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.assessment.OtherFunding;

/**
 * A valid assessment's answers resolved against one prepared table ({@link Plan}) by {@link
 * AnswerRules}, for both calculations: the chosen descriptors by number, the curve and cost factor
 * by number, and the moderations and other funding as {@code long} pairs (see {@link Fixed}).
 * Immutable.
 *
 * <p><b>Kept per assessment, and why.</b> An assessment is immutable, so its encoding for a table
 * never changes. The last one made is kept in the assessment's private {@code engineMemo} field
 * (see {@link Assessment}'s class comment), written by {@link #keepIn} and read by {@link #kept}
 * through a {@code VarHandle}, because the engine's package cannot see a private field of the
 * assessment's package otherwise and this type is not API. A race is benign, like {@link
 * String#hashCode}: two threads may both make an encoding, and either is right. It is reused while
 * the assessment is computed by the engine whose prepared table ({@link #plan}) it was made for, so
 * that computing the assessment again neither looks up its table version, nor checks or looks up
 * its answers (the benchmarks {@code untraced} and {@code untracedFirstTime} measure the
 * difference). The memo is no part of the assessment's value: not in its equality, hash code, text
 * or builder.
 */
final class Encoding {
  private static final VarHandle MEMO;

  static {
    try {
      MEMO =
          MethodHandles.privateLookupIn(Assessment.class, MethodHandles.lookup())
              .findVarHandle(Assessment.class, "engineMemo", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final long[] NO_LONGS = {};
  private static final int[] NO_INTS = {};
  private static final boolean[] NO_FLAGS = {};

  final Plan plan;

  /** {@link #chosen} of an unanswered question. */
  static final int UNANSWERED = -1;

  /**
   * Per question, what was chosen: the descriptor's number when the answer is one descriptor (the
   * most common answer, so that the calculation finds it with one look); {@link #UNANSWERED}; else
   * {@code -2 - o}, where {@code more[o]} is the number of descriptors chosen (0 or more than 1)
   * and {@code more[o + 1]} onwards are their numbers, in the order given.
   */
  final int[] chosen;

  /** The answers of other than one descriptor, as described at {@link #chosen}. */
  final int[] more;

  final int curve;
  final int factor;

  /**
   * Whether every moderation's figure has a {@code long} unscaled value; if not, the assessment is
   * computed with the exact calculation.
   */
  final boolean fits;

  /** Per moderation: whether it is a percent, and its amount or percent. */
  final boolean[] moderationPercent;

  /** Per moderation: whether it sets the running figure (spec v1.1 §2); then its figure. */
  final boolean[] moderationSet;

  final long[] moderationU;
  final int[] moderationS;

  /** Per other-funding amount of the assessment (spec v1.1 §4), in order: the amount. */
  final long[] otherU;

  final int[] otherS;

  Encoding(
      Plan plan,
      int[] chosen,
      int[] more,
      int curve,
      int factor,
      List<Moderation> ms,
      List<OtherFunding> other) {
    this.plan = plan;
    this.chosen = chosen;
    this.more = more;
    this.curve = curve;
    this.factor = factor;
    boolean[] percent = NO_FLAGS;
    boolean[] set = NO_FLAGS;
    long[] u = NO_LONGS;
    int[] s = NO_INTS;
    boolean ok = true;
    if (!ms.isEmpty()) {
      percent = new boolean[ms.size()];
      set = new boolean[ms.size()];
      u = new long[ms.size()];
      s = new int[ms.size()];
      for (int i = 0; i < ms.size() && ok; i++) {
        Moderation m = ms.get(i);
        percent[i] = m.percent().isPresent();
        set[i] = m.set().isPresent();
        BigDecimal x =
            m.amount().isPresent()
                ? m.amount().get()
                : m.percent().isPresent() ? m.percent().get() : m.set().orElseThrow();
        try {
          u[i] = Fixed.unscaled(x);
        } catch (ArithmeticException tooBig) {
          ok = false;
        }
        s[i] = x.scale();
      }
    }
    long[] ou = NO_LONGS;
    int[] os = NO_INTS;
    if (!other.isEmpty()) {
      ou = new long[other.size()];
      os = new int[other.size()];
      for (int i = 0; i < other.size() && ok; i++) {
        BigDecimal x = other.get(i).amount();
        try {
          ou[i] = Fixed.unscaled(x);
        } catch (ArithmeticException tooBig) {
          ok = false;
        }
        os[i] = x.scale();
      }
    }
    this.fits = ok;
    this.moderationPercent = percent;
    this.moderationSet = set;
    this.moderationU = u;
    this.moderationS = s;
    this.otherU = ou;
    this.otherS = os;
  }

  /**
   * Keeps this encoding in {@code a} (see the class's comment).
   *
   * @param a the assessment encoded
   */
  void keepIn(Assessment a) {
    MEMO.setRelease(a, this);
  }

  /** {@return how many descriptors were chosen for question {@code q}} */
  int size(int q) {
    int x = chosen[q];
    return x >= 0 ? 1 : x == UNANSWERED ? 0 : more[-2 - x];
  }

  /** {@return the number of the {@code i}th descriptor chosen for question {@code q}} */
  int descriptor(int q, int i) {
    int x = chosen[q];
    return x >= 0 ? x : more[-1 - x + i];
  }

  /**
   * The encoding kept in {@code a} if it was made for {@code plan}, else null. An encoding is only
   * made, and kept, when the assessment breaks no rule of {@link AnswerRules} for that table, so a
   * kept one needs no check.
   */
  static Encoding kept(Plan plan, Assessment a) {
    Encoding e = kept(a);
    return e != null && e.plan == plan ? e : null;
  }

  /**
   * The encoding kept in {@code a}, whatever plan it was made for, else null (see {@link
   * #kept(Plan, Assessment)}).
   */
  static Encoding kept(Assessment a) {
    return MEMO.getAcquire(a) instanceof Encoding e ? e : null;
  }
}
