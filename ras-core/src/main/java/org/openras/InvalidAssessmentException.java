package org.openras;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An assessment breaks the rules of spec §4, or does not fit the table it is computed with (an
 * unknown question, a descriptor of another question, a client group the table has no curve for…).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidAssessmentException extends RasException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an assessment that breaks the rules of spec §4 or does not fit its
   * table.
   *
   * @param source where the input was read from, or null when it was built in code
   * @param problems every problem found, at least one
   */
  public InvalidAssessmentException(Source source, List<Problem> problems) {
    super("invalid assessment", source, problems);
  }
}
