package org.openras.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;

/**
 * A valid assessment resolved against one compiled table, for the {@link FastKernel}: the chosen
 * descriptors by number, the curve and cost factor by number, and the moderations as {@code long}
 * pairs (see {@link Fixed}). Immutable.
 *
 * <p>An assessment is immutable, so its encoding for a table never changes: the last one made is
 * kept in the assessment's private {@code engineMemo} field (a benign race, like {@link
 * String#hashCode}: two threads may both make it, and either result is right) and reused while
 * the assessment is computed with the same compiled table. The memo is no part of the
 * assessment's value: not in its equality, hash code, text or builder.
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

  final FastPlan plan;
  /** Per question: where its chosen descriptors start in {@link #chosen}, or -1 if unanswered. */
  final int[] start;
  /** Per question: how many descriptors were chosen. */
  final int[] count;
  /** The chosen descriptor numbers, question by question in the order given. */
  final int[] chosen;
  final int curve;
  final int factor;
  /** Per moderation: whether it is a percent, and its amount or percent. */
  final boolean[] moderationPercent;
  final long[] moderationU;
  final int[] moderationS;

  private Encoding(FastPlan plan, Assessment a) {
    this.plan = plan;
    Plan p = plan.plan;
    int nq = p.questions.size();
    start = new int[nq];
    count = new int[nq];
    java.util.Arrays.fill(start, -1);
    int total = 0;
    for (Answer answer : a.answers().values()) {
      total += answer.descriptors().size();
    }
    chosen = new int[total];
    int next = 0;
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      int q = p.questionIndex.get(e.getKey());
      List<String> ds = e.getValue().descriptors();
      start[q] = next;
      count[q] = ds.size();
      for (String d : ds) {
        chosen[next++] = p.descriptorIndex.get(d);
      }
    }
    curve = p.curveNumber(a.clientGroup().orElse(null));
    factor = p.costFactorNumber(a.locality().orElse(null));
    List<Moderation> ms = a.moderations();
    if (ms.isEmpty()) {
      moderationPercent = NO_FLAGS;
      moderationU = NO_LONGS;
      moderationS = NO_INTS;
    } else {
      moderationPercent = new boolean[ms.size()];
      moderationU = new long[ms.size()];
      moderationS = new int[ms.size()];
      for (int i = 0; i < ms.size(); i++) {
        Moderation m = ms.get(i);
        moderationPercent[i] = m.amount().isEmpty();
        BigDecimal x = m.amount().isPresent() ? m.amount().get() : m.percent().orElseThrow();
        moderationU[i] = Fixed.unscaled(x);
        moderationS[i] = x.scale();
      }
    }
  }

  /**
   * A new encoding of {@code a}, which has passed {@link AnswerCheck} for {@code plan}, kept in
   * the assessment; null when a moderation's figure has no {@code long} unscaled value.
   */
  static Encoding make(FastPlan plan, Assessment a) {
    Encoding e;
    try {
      e = new Encoding(plan, a);
    } catch (ArithmeticException tooBig) {
      return null;
    }
    MEMO.setRelease(a, e);
    return e;
  }

  /**
   * The encoding kept in {@code a} if it was made for {@code plan}, else null. An encoding is
   * only made, and kept, once the assessment has passed {@link AnswerCheck} for that table.
   */
  static Encoding kept(FastPlan plan, Assessment a) {
    return MEMO.getAcquire(a) instanceof Encoding e && e.plan == plan ? e : null;
  }
}
