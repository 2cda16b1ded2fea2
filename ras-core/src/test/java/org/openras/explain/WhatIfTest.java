package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.WhatIfRow.Kind;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Descriptor;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.testing.Properties;
import org.openras.testing.WorkedExample;

/** What-if: hand-computed rows of the worked example, and every row equals an engine rerun. */
class WhatIfTest {
  private static final RasTable TABLE = WorkedExample.table();
  private static final RasEngine ENGINE = RasEngine.of(TABLE);

  private static WhatIfRow row(WhatIf w, String question, Kind kind, String descriptor) {
    return w.rows().stream()
        .filter(
            r ->
                r.question().equals(question)
                    && r.kind() == kind
                    && r.descriptor().equals(descriptor))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row " + question + " " + kind + " " + descriptor));
  }

  @Test
  void workedExampleRowsByHand() {
    WhatIf w = WhatIf.of(ENGINE, WorkedExample.assessment());
    assertThat(w.indicativeBudget().weekly()).isEqualByComparingTo("199.69");
    assertThat(w.period()).isEqualTo(Period.WEEK);
    // Q1 3 others, Q2 3, Q3 2, Q5 4 descriptors + unanswered, Q9 2 others + unanswered
    assertThat(w.rows()).hasSize(16);

    // Q1 1C → 1D: D1 = 24 + 5 = 29, less 10% = 26.1; total 26.1 + 13.5 + 9 = 48.6;
    // 82 + 28.6 × 5.25 = 232.15, + 120 waking nights = 352.15, × 1.08 = 380.322 → 380.32
    WhatIfRow q1d = row(w, "Q1", Kind.REPLACE, "1D");
    assertThat(q1d.totalPoints()).isEqualByComparingTo("48.6");
    assertThat(q1d.band()).isEqualTo("B");
    assertThat(q1d.budget().weekly()).isEqualByComparingTo("380.32");
    assertThat(q1d.change()).isEqualByComparingTo("180.63");
    assertThat(q1d.fromDescriptors()).containsExactly("1C");
    assertThat(q1d.toDescriptors()).containsExactly("1D");
    assertThat(w.rows().get(0)).isEqualTo(q1d);

    // Q2 2B → 2D: D1 = 34 → 30.6; total 53.1; 82 + 33.1 × 5.25 = 255.775 × 1.08 = 276.237
    assertThat(row(w, "Q2", Kind.REPLACE, "2D").budget().weekly()).isEqualByComparingTo("276.24");
    // Q9 9B → 9C: −25%: 14.25 + 11.25 + 9 = 34.5; 82 + 14.5 × 5.25 = 158.125 × 1.08 = 170.775
    WhatIfRow q9c = row(w, "Q9", Kind.REPLACE, "9C");
    assertThat(q9c.budget().weekly()).isEqualByComparingTo("170.78");
    assertThat(q9c.change()).isEqualByComparingTo("-28.91");
    // Q9 unanswered: no carer adjustment: 19 + 15 + 9 = 43; 82 + 23 × 5.25 = 202.75 × 1.08
    WhatIfRow q9none = row(w, "Q9", Kind.UNANSWER, "");
    assertThat(q9none.to()).isEmpty();
    assertThat(q9none.budget().weekly()).isEqualByComparingTo("218.97");
    assertThat(q9none.budget().annual()).isEqualByComparingTo("11386.44");
    assertThat(q9none.change()).isEqualByComparingTo("19.28");
    // Q5 without 5A: 3 + 3 = 6; total 36.6; 82 + 16.6 × 5.25 = 169.15 × 1.08 = 182.682
    WhatIfRow q5a = row(w, "Q5", Kind.REMOVE, "5A");
    assertThat(q5a.toDescriptors()).containsExactly("5B", "5D");
    assertThat(q5a.change()).isEqualByComparingTo("-17.01");
    // Q5 with 5C too: 12 points, capped at 9: no change
    WhatIfRow q5c = row(w, "Q5", Kind.ADD, "5C");
    assertThat(q5c.toDescriptors()).containsExactly("5A", "5B", "5C", "5D");
    assertThat(q5c.change()).isZero();
  }

  @Test
  void rowsAreSortedByTheSizeOfTheChangeThenTableOrder() {
    WhatIf w = WhatIf.of(ENGINE, WorkedExample.assessment());
    List<String> order = new ArrayList<>();
    TABLE.questions().forEach(q -> order.add(q.code()));
    for (int i = 1; i < w.rows().size(); i++) {
      WhatIfRow a = w.rows().get(i - 1);
      WhatIfRow b = w.rows().get(i);
      int bySize = a.change().abs().compareTo(b.change().abs());
      assertThat(bySize).as("row %d before row %d", i - 1, i).isGreaterThanOrEqualTo(0);
      if (bySize == 0) {
        assertThat(order.indexOf(a.question())).isLessThanOrEqualTo(order.indexOf(b.question()));
      }
    }
    // Q9 9A (no carer help) and Q9 unanswered both give 218.97: 9A first (table order)
    List<WhatIfRow> q9 = w.rows("Q9");
    assertThat(q9)
        .extracting(WhatIfRow::kind)
        .containsExactly(Kind.REPLACE, Kind.REPLACE, Kind.UNANSWER);
    assertThat(q9.get(0).descriptor()).isEqualTo("9C");
    assertThat(q9.get(1).descriptor()).isEqualTo("9A");
    assertThat(q9.get(1).change()).isEqualByComparingTo(q9.get(2).change());
  }

  @Test
  void unansweredOptionalQuestionsAreAnsweredAndModerationIsLeftOut() {
    Assessment a = WorkedExample.assessmentBuilder().unanswer("Q5").unanswer("Q9").build();
    WhatIf w = WhatIf.of(ENGINE, a);
    assertThat(w.rows("Q5")).extracting(WhatIfRow::kind).containsOnly(Kind.ANSWER).hasSize(4);
    // Q5 with 5A only: D3 = 4; 19 + 15 + 4 = 38; 82 + 18 × 5.25 = 176.5 × 1.08 = 190.62
    WhatIfRow q5a = row(w, "Q5", Kind.ANSWER, "5A");
    assertThat(q5a.from()).isEmpty();
    assertThat(q5a.to()).contains(Answer.any("5A"));
    assertThat(q5a.budget().weekly()).isEqualByComparingTo("190.62");
    // the assessment's +£40 moderation changes no what-if figure
    WhatIf unmoderated = WhatIf.of(ENGINE, a.toBuilder().clearModerations().build());
    assertThat(w.rows()).isEqualTo(unmoderated.rows());
    assertThat(w.result().finalBudget()).isPresent();
  }

  /**
   * Over generated tables and assessments: each row's figures equal a fresh engine run of the
   * assessment changed as the row says (built here from the row's question and descriptor, not by
   * the code under test), and the rows are exactly the alternatives the table allows.
   */
  @Test
  void everyRowEqualsAFreshEngineRun() {
    TableGenerator tables = TableGenerator.defaults().withPeriods(Period.WEEK, Period.YEAR);
    Properties.forAll(
        "what-if rows equal engine reruns",
        Properties.seeds(1, 60),
        c -> {
          RasTable t = c.table(tables.generate(c.seed()));
          RasEngine engine = RasEngine.of(t);
          for (Assessment a : AssessmentGenerator.forTable(t).stream(c.seed(), 4).toList()) {
            c.assessment(a);
            WhatIf w = WhatIf.of(engine, a);
            Result base = engine.calculate(a);
            int expectedRows = 0;
            for (Question q : t.questions()) {
              Optional<Answer> given = a.answer(q.code());
              expectedRows +=
                  given.isEmpty() || q.select() == Select.ANY
                      ? q.descriptors().size()
                      : q.descriptors().size() - 1;
              expectedRows += given.isPresent() && !q.required() ? 1 : 0;
            }
            assertThat(w.rows()).hasSize(expectedRows);
            for (WhatIfRow r : w.rows()) {
              Assessment changed = independentlyChanged(t, a, r);
              Result fresh = engine.calculate(changed);
              assertThat(r.budget()).isEqualTo(fresh.indicativeBudget());
              assertThat(r.totalPoints()).isEqualByComparingTo(fresh.totalPoints());
              assertThat(r.band()).isEqualTo(fresh.band());
              BigDecimal primary =
                  t.period() == Period.WEEK
                      ? fresh.indicativeBudget().weekly().subtract(base.indicativeBudget().weekly())
                      : fresh
                          .indicativeBudget()
                          .annual()
                          .subtract(base.indicativeBudget().annual());
              assertThat(r.change()).isEqualByComparingTo(primary);
              assertThat(engine.calculate(r.applyTo(a)).indicativeBudget()).isEqualTo(r.budget());
            }
          }
        });
  }

  /** The changed assessment, from the row's kind, question and descriptor alone. */
  private static Assessment independentlyChanged(RasTable t, Assessment a, WhatIfRow r) {
    Question q = t.question(r.question()).orElseThrow();
    Assessment.Builder b = a.toBuilder().clearModerations();
    List<String> chosen =
        new ArrayList<>(a.answer(q.code()).map(Answer::descriptors).orElse(List.of()));
    switch (r.kind()) {
      case UNANSWER -> {
        assertThat(q.required()).isFalse();
        b.unanswer(q.code());
      }
      case ANSWER -> {
        assertThat(chosen).isEmpty();
        assertThat(a.answer(q.code())).isEmpty();
        b.answer(
            q.code(),
            q.select() == Select.ANY ? Answer.any(r.descriptor()) : Answer.one(r.descriptor()));
      }
      case REPLACE -> {
        assertThat(q.select()).isEqualTo(Select.ONE);
        assertThat(chosen).doesNotContain(r.descriptor());
        b.answer(q.code(), r.descriptor());
      }
      case ADD -> {
        assertThat(chosen).doesNotContain(r.descriptor());
        chosen.add(r.descriptor());
        b.answer(q.code(), Answer.any(chosen));
      }
      case REMOVE -> {
        assertThat(chosen).contains(r.descriptor());
        chosen.remove(r.descriptor());
        b.answer(q.code(), Answer.any(chosen));
      }
      default -> throw new AssertionError(r.kind());
    }
    if (!r.descriptor().isEmpty()) {
      assertThat(q.descriptors()).extracting(Descriptor::code).contains(r.descriptor());
    }
    return b.build();
  }
}
