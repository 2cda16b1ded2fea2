package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.TableSelectionException;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.Budget;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.table.Descriptor;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * What the indicative budget would be if one answer of an assessment had been coded differently:
 * for every question, every other descriptor it could have had; for an {@code ANY} question, each
 * descriptor added or taken away; for an optional question, answering it when it was not answered,
 * or leaving it unanswered when it was. This is what a person or their carer needs to challenge a
 * coding: which answers matter, and by how much.
 *
 * <p>Every row's figures are those of a fresh engine run for the changed assessment. What-if
 * concerns the <em>indicative</em> budget: moderations are left out of the changed assessments, and
 * {@link #indicativeBudget()} is the assessed figure the changes are measured from.
 *
 * <p>Rows are sorted by the size of the change (its absolute value), largest first; rows with
 * changes of the same size keep the table's order (questions in questionnaire order, then
 * descriptors in the order listed, a row leaving the question unanswered last).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WhatIf {
  private final Assessment assessment;
  private final RasTable table;
  private final Result result;
  private final List<WhatIfRow> rows;

  private WhatIf(Assessment assessment, RasTable table, Result result, List<WhatIfRow> rows) {
    this.assessment = assessment;
    this.table = table;
    this.result = result;
    this.rows = List.copyOf(rows);
  }

  /**
   * Every what-if of {@code assessment}, computed with {@code engine} (with the table version in
   * force on the assessment's date).
   *
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   * @param engine the engine holding the assessment's table
   * @param assessment the assessment as coded
   * @return every what-if, largest change first
   */
  public static WhatIf of(RasEngine engine, Assessment assessment) {
    requireNonNull(engine, "engine");
    requireNonNull(assessment, "assessment");
    RasTable table = engine.tableFor(assessment);
    Result base = engine.calculate(assessment);
    BigDecimal baseFigure = primary(table.period(), base.indicativeBudget());
    List<WhatIfRow> rows = new ArrayList<>();
    for (Question q : table.questions()) {
      Optional<Answer> from = assessment.answer(q.code());
      List<Alternative> alternatives = alternatives(q, from);
      for (Alternative alt : alternatives) {
        Assessment changed = changed(assessment, q.code(), alt.to());
        Result r = engine.calculate(changed, Tracing.OFF);
        rows.add(
            new WhatIfRow(
                alt.kind(),
                q.code(),
                alt.descriptor(),
                from,
                alt.to(),
                r.totalPoints(),
                r.band(),
                r.indicativeBudget(),
                primary(table.period(), r.indicativeBudget()).subtract(baseFigure)));
      }
    }
    rows.sort(Comparator.comparing((WhatIfRow r) -> r.change().abs()).reversed());
    return new WhatIf(assessment, table, base, rows);
  }

  /** {@return the assessment as assessed} */
  public Assessment assessment() {
    return assessment;
  }

  /** {@return the table version the assessment and every what-if are computed with} */
  public RasTable table() {
    return table;
  }

  /** {@return the result of the assessment as assessed (with its trace, and moderations if any)} */
  public Result result() {
    return result;
  }

  /** {@return the assessed indicative budget, from which every row's change is measured} */
  public Budget indicativeBudget() {
    return result.indicativeBudget();
  }

  /** {@return the period of the table: the period of every row's {@link WhatIfRow#change()}} */
  public Period period() {
    return table.period();
  }

  /** {@return every what-if, largest change first, then in table order} */
  public List<WhatIfRow> rows() {
    return rows;
  }

  /**
   * {@return the what-ifs of one question, in the order of {@link #rows()}}
   *
   * @param questionCode a question code, such as {@code Q1}
   */
  public List<WhatIfRow> rows(String questionCode) {
    return rows.stream().filter(r -> r.question().equals(questionCode)).toList();
  }

  /** The budget figure in the table's own period. */
  static BigDecimal primary(Period period, Budget b) {
    return period == Period.WEEK ? b.weekly() : b.annual();
  }

  private record Alternative(WhatIfRow.Kind kind, String descriptor, Optional<Answer> to) {}

  /** Every other answer the question could have had, in table order. */
  private static List<Alternative> alternatives(Question q, Optional<Answer> from) {
    List<Alternative> out = new ArrayList<>();
    if (from.isEmpty()) {
      for (Descriptor d : q.descriptors()) {
        Answer to = q.select() == Select.ANY ? Answer.any(d.code()) : Answer.one(d.code());
        out.add(new Alternative(WhatIfRow.Kind.ANSWER, d.code(), Optional.of(to)));
      }
      return out;
    }
    List<String> chosen = from.get().descriptors();
    if (q.select() == Select.ONE) {
      for (Descriptor d : q.descriptors()) {
        if (!chosen.contains(d.code())) {
          out.add(
              new Alternative(WhatIfRow.Kind.REPLACE, d.code(), Optional.of(Answer.one(d.code()))));
        }
      }
    } else {
      for (Descriptor d : q.descriptors()) {
        Set<String> next = new HashSet<>(chosen);
        WhatIfRow.Kind kind;
        if (next.remove(d.code())) {
          kind = WhatIfRow.Kind.REMOVE;
        } else {
          next.add(d.code());
          kind = WhatIfRow.Kind.ADD;
        }
        List<String> ordered = new ArrayList<>();
        for (Descriptor x : q.descriptors()) {
          if (next.contains(x.code())) {
            ordered.add(x.code());
          }
        }
        out.add(new Alternative(kind, d.code(), Optional.of(Answer.any(ordered))));
      }
    }
    if (!q.required()) {
      out.add(new Alternative(WhatIfRow.Kind.UNANSWER, "", Optional.empty()));
    }
    return out;
  }

  private static Assessment changed(Assessment a, String question, Optional<Answer> to) {
    Assessment.Builder b = a.toBuilder().clearModerations();
    if (to.isPresent()) {
      b.answer(question, to.get());
    } else {
      b.unanswer(question);
    }
    return b.build();
  }
}
