package org.openras.check;

import java.util.ArrayList;
import java.util.List;
import org.openras.assessment.Answer;
import org.openras.table.Descriptor;

/**
 * The answers one (non-adjustment) question can take, as a {@link PairSet} of (capped points,
 * supplement money) whose option index names the answer. A choose-all question's answers are not
 * listed (there may be a million subsets): the subset behind a sum is found by walking back through
 * the prefix sums over its descriptors, only when an example assessment needs it.
 */
final class Options {
  final PairSet set;
  private final List<Answer> ones; // a ONE question: the answer of each option (null: unanswered)
  private final List<Descriptor> xs; // an ANY question: its descriptors,
  private final long[] pts; // their points
  private final long[] mon; // and money,
  private final List<PairSet> prefix; // the subset sums over the first k of them
  private final boolean optional;

  private Options(
      PairSet set,
      List<Answer> ones,
      List<Descriptor> xs,
      long[] pts,
      long[] mon,
      List<PairSet> prefix,
      boolean optional) {
    this.set = set;
    this.ones = ones;
    this.xs = xs;
    this.pts = pts;
    this.mon = mon;
    this.prefix = prefix;
    this.optional = optional;
  }

  /** A ONE question's options: option {@code i} is {@code answers.get(i)}. */
  static Options one(PairSet set, List<Answer> answers) {
    return new Options(set, answers, null, null, null, null, false);
  }

  /**
   * An ANY question's options: option 0 is "unanswered" when {@code optional}, and the others are
   * the subset sums of {@code prefix}'s last set, in its order.
   */
  static Options any(
      PairSet set,
      List<Descriptor> xs,
      long[] pts,
      long[] mon,
      List<PairSet> prefix,
      boolean optional) {
    return new Options(set, null, xs, pts, mon, prefix, optional);
  }

  /** {@return the bytes held beyond the set (an ANY question's prefix sums)} */
  long extraBytes() {
    long b = 0;
    if (prefix != null) {
      for (PairSet p : prefix) {
        b += p.bytes();
      }
    }
    return b;
  }

  /** {@return the answer of option {@code arg}, or null for "unanswered"} */
  Answer answer(int arg) {
    if (ones != null) {
      return ones.get(arg);
    }
    if (optional && arg == 0) {
      return null;
    }
    PairSet acc = prefix.get(prefix.size() - 1);
    int i = arg - (optional ? 1 : 0);
    // a subset giving this sum and money: walk back through the descriptors
    long key = acc.keys[i];
    long m = acc.money[i];
    List<String> chosen = new ArrayList<>();
    for (int k = xs.size() - 1; k >= 0; k--) {
      if (prefix.get(k).indexOf(key, m) < 0) {
        chosen.add(0, xs.get(k).code());
        key -= pts[k];
        m -= mon[k];
      }
    }
    return Answer.any(chosen);
  }
}
