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
 * A valid assessment resolved against one compiled table, for the {@link ScaledCalculation}: the
 * chosen descriptors by number, the curve and cost factor by number, and the moderations as {@code
 * long} pairs (see {@link Fixed}). Immutable.
 *
 * <p>An assessment is immutable, so its encoding for a table never changes: the last one made is
 * kept in the assessment's private {@code engineMemo} field (a benign race, like {@link
 * String#hashCode}: two threads may both make it, and either result is right) and reused while the
 * assessment is computed with the same compiled table. The memo is no part of the assessment's
 * value: not in its equality, hash code, text or builder.
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

  final ScaledTable plan;

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

  final long[] moderationU;
  final int[] moderationS;

  private Encoding(
      ScaledTable plan, int[] chosen, int[] more, int curve, int factor, List<Moderation> ms) {
    this.plan = plan;
    this.chosen = chosen;
    this.more = more;
    this.curve = curve;
    this.factor = factor;
    boolean[] percent = NO_FLAGS;
    long[] u = NO_LONGS;
    int[] s = NO_INTS;
    boolean ok = true;
    if (!ms.isEmpty()) {
      percent = new boolean[ms.size()];
      u = new long[ms.size()];
      s = new int[ms.size()];
      for (int i = 0; i < ms.size() && ok; i++) {
        Moderation m = ms.get(i);
        percent[i] = m.amount().isEmpty();
        BigDecimal x = m.amount().isPresent() ? m.amount().get() : m.percent().orElseThrow();
        try {
          u[i] = Fixed.unscaled(x);
        } catch (ArithmeticException tooBig) {
          ok = false;
        }
        s[i] = x.scale();
      }
    }
    this.fits = ok;
    this.moderationPercent = percent;
    this.moderationU = u;
    this.moderationS = s;
  }

  /**
   * The encoding of {@code a} for {@code plan}, kept in the assessment; or null, and nothing kept,
   * when the assessment breaks a rule of {@link AnswerCheck} (which then describes every problem).
   * The rules are checked here as {@link AnswerCheck#valid} checks them, so that an assessment seen
   * for the first time is gone through once.
   */
  static Encoding make(ScaledTable plan, Assessment a) {
    Plan p = plan.plan;
    // by index over the answers (the map keeps this list), so that no iterator is made
    List<Map.Entry<String, Answer>> answers = a.answers().entrySet().asList();
    int n = answers.size();
    int extra = 0;
    for (int i = 0; i < n; i++) {
      int size = answers.get(i).getValue().descriptors().size();
      extra += size == 1 ? 0 : 1 + size;
    }
    int[] chosen = new int[p.questions.size()];
    java.util.Arrays.fill(chosen, UNANSWERED);
    int[] more = extra == 0 ? NO_INTS : new int[extra];
    int next = 0;
    int required = 0;
    for (int i = 0; i < n; i++) {
      Map.Entry<String, Answer> e = answers.get(i);
      Answer answer = e.getValue();
      List<String> ds = answer.descriptors();
      int q;
      int first = -1;
      if (ds.isEmpty()) {
        Integer qi = p.questionIndex.get(e.getKey());
        if (qi == null) {
          return null;
        }
        q = qi;
      } else {
        // the question is the first descriptor's: no look-up by the answer's code is needed, only
        // that code's check (a different one is an unknown question or a foreign descriptor)
        Integer di = p.descriptorIndex.get(ds.get(0));
        if (di == null) {
          return null;
        }
        first = di;
        q = p.descriptorQuestion[first];
        if (!plan.questionCode[q].equals(e.getKey())) {
          return null;
        }
      }
      if (!p.questionAny[q] && answer.multiple()) {
        return null;
      }
      if (ds.size() == 1) {
        chosen[q] = first;
      } else {
        chosen[q] = -2 - next;
        int from = next + 1;
        more[next] = ds.size();
        next = from;
        for (int k = 0; k < ds.size(); k++) {
          int di = k == 0 ? first : descriptorOf(p, ds.get(k), q);
          if (di < 0) {
            return null;
          }
          for (int j = from; j < next; j++) {
            if (more[j] == di) {
              return null;
            }
          }
          more[next++] = di;
        }
      }
      if (p.questionRequired[q]) {
        required++;
      }
    }
    int curve = p.curveNumber(a.clientGroup().orElse(null));
    int factor = p.costFactorNumber(a.locality().orElse(null));
    if (required != p.requiredCount || curve < 0 || factor < 0) {
      return null;
    }
    Encoding enc = new Encoding(plan, chosen, more, curve, factor, a.moderations());
    MEMO.setRelease(a, enc);
    return enc;
  }

  /** The number of the descriptor with this code if it is one of question {@code q}'s, else -1. */
  private static int descriptorOf(Plan p, String code, int q) {
    Integer di = p.descriptorIndex.get(code);
    return di == null || p.descriptorQuestion[di] != q ? -1 : di;
  }

  /**
   * The encoding kept in {@code a} if it was made for {@code plan}, else null. An encoding is only
   * made, and kept, when the assessment breaks no rule of {@link AnswerCheck} for that table, so a
   * kept one needs no check.
   */
  static Encoding kept(ScaledTable plan, Assessment a) {
    return MEMO.getAcquire(a) instanceof Encoding e && e.plan == plan ? e : null;
  }
}
