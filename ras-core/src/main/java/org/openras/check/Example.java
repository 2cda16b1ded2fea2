package org.openras.check;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openras.assessment.Assessment;
import org.openras.engine.Result;

/**
 * An assessment that reaches an extreme of the table, with what the engine gives for it: the proof
 * that the extreme is real. The figures come from rerunning {@link org.openras.engine.RasEngine} on
 * the assessment, not from the analysis.
 *
 * @param totalPoints the total points the assessment scores
 * @param budget the indicative budget in the table's period, rounded as the table says
 * @param assessment the assessment (its answers reach the extreme; its context names the client
 *     group and locality, left out for {@code *})
 * @param result the engine's result for it, with its trace
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Example(
    BigDecimal totalPoints, BigDecimal budget, Assessment assessment, Result result) {

  /**
   * Creates an example; every part is required.
   *
   * @param totalPoints the total points the assessment scores
   * @param budget the indicative budget in the table's period, rounded as the table says
   * @param assessment the assessment (its answers reach the extreme; its context names the client
   *     group and locality, left out for {@code *})
   * @param result the engine's result for it, with its trace
   */
  public Example {
    Objects.requireNonNull(totalPoints, "totalPoints");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(result, "result");
  }
}
