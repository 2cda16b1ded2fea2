package org.openras.generate;

import static org.openras.generate.Draws.cents;
import static org.openras.generate.Draws.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openras.generate.QuestionnaireDraw.Drawn;
import org.openras.generate.TableSettings.Rules;
import org.openras.table.Adjustment;
import org.openras.table.Descriptor;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Supplement;

/**
 * Draws a table's rules keyed to answers: adjustments (a percent on some domains' points, keyed to
 * a {@code ONE} question) and supplements (a fixed sum, keyed to any question).
 */
final class RuleDraw {
  private final Rules s;
  private final SplittableRandom r;
  private final long scale;

  RuleDraw(Rules settings, SplittableRandom r, long scale) {
    this.s = settings;
    this.r = r;
    this.scale = scale;
  }

  /** Draws the adjustments, each keyed to a {@code ONE} question. */
  void adjustments(RasTable.Builder t, Drawn questions) {
    int adjustments = questions.one().isEmpty() ? 0 : r.nextInt(s.maxAdjustments() + 1);
    for (int i = 1; i <= adjustments; i++) {
      Question key = pick(r, questions.one());
      Adjustment.Builder ab = Adjustment.builder("adj-" + i, key.code());
      if (r.nextBoolean()) {
        ab.name("Generated adjustment " + i);
      }
      for (Descriptor x : key.descriptors()) {
        if (r.nextInt(3) != 0) {
          ab.percent(x.code(), r.nextInt(10) == 0 ? -100 : 5L * (r.nextInt(31) - 20));
        }
      }
      if (r.nextBoolean()) {
        List<String> some = new ArrayList<>();
        for (String dc : questions.domainCodes()) {
          if (r.nextBoolean()) {
            some.add(dc);
          }
        }
        ab.domains(some.toArray(String[]::new));
      }
      if (r.nextInt(3) == 0) {
        ab.reference("Generated decision " + i);
      }
      t.adjustment(ab);
    }
  }

  /** Draws the supplements, each keyed to any question. */
  void supplements(RasTable.Builder t, List<Question> questions) {
    int supplements = r.nextInt(s.maxSupplements() + 1);
    for (int i = 1; i <= supplements; i++) {
      Question key = pick(r, questions);
      Supplement.Builder sb = Supplement.builder("sup-" + i, key.code());
      if (r.nextBoolean()) {
        sb.name("Generated supplement " + i);
      }
      for (Descriptor x : key.descriptors()) {
        if (r.nextInt(3) == 0) {
          sb.amount(x.code(), cents(r.nextInt(40001), scale));
        }
      }
      if (r.nextInt(3) == 0) {
        sb.reference("Generated cabinet decision " + i);
      }
      t.supplement(sb);
    }
  }
}
