package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.Budget;

/**
 * One "what if" of a {@link WhatIf}: one answer coded differently, and the indicative budget that
 * would result.
 *
 * <p>The figures are those of a fresh engine run for the assessment changed in this one answer (and
 * without moderations: what-if concerns the indicative budget, the RAS figure, never the moderated
 * one).
 *
 * @param kind what kind of change of the answer this is
 * @param question the code of the question whose answer changes
 * @param descriptor the descriptor chosen instead, added, removed or answered; empty for {@link
 *     Kind#UNANSWER}
 * @param from the answer as assessed; empty when the question was not answered
 * @param to the answer in this what-if; empty when the question is left unanswered
 * @param totalPoints the total points that would result
 * @param band the band that would be used
 * @param budget the indicative budget that would result, in both periods
 * @param change the budget minus the assessed indicative budget, in the table's own period (weekly
 *     for a {@code WEEK} table, annual for a {@code YEAR} table)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WhatIfRow(
    Kind kind,
    String question,
    String descriptor,
    Optional<Answer> from,
    Optional<Answer> to,
    BigDecimal totalPoints,
    String band,
    Budget budget,
    BigDecimal change) {

  /** What kind of change of one answer a row is. */
  public enum Kind {
    /** A ONE question answered with another of its descriptors. */
    REPLACE,
    /** An ANY question with one more descriptor chosen. */
    ADD,
    /** An ANY question with one of its chosen descriptors taken away. */
    REMOVE,
    /** An optional question that was not answered, answered with one descriptor. */
    ANSWER,
    /** An optional question that was answered, left unanswered. */
    UNANSWER
  }

  /**
   * Creates a row; every part is required.
   *
   * @param kind what kind of change of the answer this is
   * @param question the code of the question whose answer changes
   * @param descriptor the descriptor chosen instead, added, removed or answered; empty for {@link
   *     Kind#UNANSWER}
   * @param from the answer as assessed; empty when the question was not answered
   * @param to the answer in this what-if; empty when the question is left unanswered
   * @param totalPoints the total points that would result
   * @param band the band that would be used
   * @param budget the indicative budget that would result, in both periods
   * @param change the budget minus the assessed indicative budget, in the table's own period
   *     (weekly for a {@code WEEK} table, annual for a {@code YEAR} table)
   */
  public WhatIfRow {
    requireNonNull(kind, "kind");
    requireNonNull(question, "question");
    requireNonNull(descriptor, "descriptor");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(totalPoints, "totalPoints");
    requireNonNull(band, "band");
    requireNonNull(budget, "budget");
    requireNonNull(change, "change");
  }

  /**
   * {@return the descriptors of the answer as assessed, in order; empty when it was not answered}
   */
  public List<String> fromDescriptors() {
    return from.map(Answer::descriptors).orElse(List.of());
  }

  /** {@return the descriptors of the answer in this what-if, in order; empty when unanswered} */
  public List<String> toDescriptors() {
    return to.map(Answer::descriptors).orElse(List.of());
  }

  /**
   * The assessment this row is about: {@code assessment} with this row's answer and without
   * moderations. Computing it with the engine gives this row's figures.
   *
   * @param assessment the assessment as coded
   * @return the changed assessment
   */
  public Assessment applyTo(Assessment assessment) {
    Assessment.Builder b = assessment.toBuilder().clearModerations();
    if (to.isPresent()) {
      b.answer(question, to.get());
    } else {
      b.unanswer(question);
    }
    return b.build();
  }
}
