package org.openras.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.assessment.Answer;
import org.openras.table.Question;

/**
 * Rebuilds an assessment that reaches a given total with given supplement money: walks back through
 * the totals before each domain (recomputed once per signature and kept), each domain's adjusted
 * pairs, the prefix sums over its questions, and each question's options.
 */
final class Witness {
  private final AnswerSpace space;
  private final Budget budget;

  /** Per signature, the totals before each domain. */
  private final Map<Signature, List<Layers>> kept = new HashMap<>();

  Witness(AnswerSpace space, Budget budget) {
    this.space = space;
    this.budget = budget;
  }

  /** One candidate extreme: a signature, a lattice index, a money layer, which offset. */
  record Pick(
      Signature sig, long index, long layer, boolean leastMoney, java.math.BigDecimal value) {}

  /**
   * The totals of a signature; when {@code keep} is given, also the totals before each domain (for
   * rebuilding an assessment). The totals before the last are released from the budget unless kept.
   */
  static Layers totals(AnswerSpace space, Signature s, List<Layers> keep, Budget budget)
      throws TooLarge {
    Layers acc = Layers.zero(space.bits, space.dense());
    budget.hold(acc.bytes());
    for (int di = 0; di < space.t.domains().size(); di++) {
      PairSet a = s.adjusted[di];
      long[] idx = new long[a.size()];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = a.keys[j] / space.step;
      }
      Layers next = acc.plus(idx, a.money, space.cfg.maxMoneySums(), budget);
      if (keep != null) {
        keep.add(acc);
      } else {
        budget.release(acc.bytes());
      }
      acc = next;
    }
    return acc;
  }

  /** Answers that reach the pick's total with its money, in questionnaire order. */
  Map<String, Answer> of(Pick pick) throws TooLarge {
    Signature s = pick.sig();
    int[] combo = pick.leastMoney() ? s.minCombo : s.maxCombo;
    Map<String, Answer> chosen = new HashMap<>();
    for (int i = 0; i < combo.length; i++) {
      if (combo[i] >= 0) {
        Question q = space.adjQuestions.get(i);
        chosen.put(q.code(), Answer.one(q.descriptors().get(combo[i]).code()));
      }
    }
    List<Layers> before = kept.get(s);
    if (before == null) {
      before = new ArrayList<>();
      budget.release(totals(space, s, before, budget).bytes());
      kept.put(s, before);
    }
    long index = pick.index();
    long money = pick.layer();
    for (int di = space.t.domains().size() - 1; di >= 0; di--) {
      Layers prefix = before.get(di);
      PairSet adj = s.adjusted[di];
      int found = -1;
      for (int j = 0; j < adj.size() && found < 0; j++) {
        if (prefix.has(money - adj.money[j], index - adj.keys[j] / space.step)) {
          found = j;
        }
      }
      if (found < 0) {
        throw new IllegalStateException("no domain " + di + " value leads to " + index);
      }
      raw(di, adj.arg[found], chosen);
      index -= adj.keys[found] / space.step;
      money -= adj.money[found];
    }
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question q : space.t.questions()) {
      Answer a = chosen.get(q.code());
      if (a != null) {
        ordered.put(q.code(), a);
      } else if (q.required()) {
        throw new IllegalStateException("no answer rebuilt for required question " + q.code());
      }
    }
    return ordered;
  }

  /** The free questions' answers of domain {@code di} giving its raw pair {@code rawIndex}. */
  private void raw(int di, int rawIndex, Map<String, Answer> chosen) {
    List<PairSet> prefix = space.rawPrefixes.get(di);
    List<Options> opts = space.questionOptions.get(di);
    List<Question> free = space.freeQuestions.get(di);
    PairSet all = prefix.get(prefix.size() - 1);
    long key = all.keys[rawIndex];
    long money = all.money[rawIndex];
    for (int qi = free.size() - 1; qi >= 0; qi--) {
      PairSet before = prefix.get(qi);
      PairSet q = opts.get(qi).set;
      int[] ij = PairSet.split(before, q, key, money);
      Answer a = opts.get(qi).answer(q.arg[ij[1]]);
      if (a != null) {
        chosen.put(free.get(qi).code(), a);
      }
      key = before.keys[ij[0]];
      money = before.money[ij[0]];
    }
  }

  /** {@return the answers as {@code Q1=1A Q2=2B+2C}, "(none)" for a choose-all left empty} */
  static String text(Map<String, Answer> answers) {
    StringBuilder b = new StringBuilder();
    answers.forEach(
        (q, a) -> {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(q).append('=').append(String.join("+", a.descriptors()));
          if (a.descriptors().isEmpty()) {
            b.append("(none)");
          }
        });
    return b.toString();
  }
}
