package org.openras;

import java.util.List;
import org.apiguardian.api.API;

/** A RAS table (from JSON or built in code) breaks the rules of spec §2 and cannot be used. */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidTableException extends RasException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a table that breaks the rules of spec §2.
   *
   * @param source where the input was read from, or null when it was built in code
   * @param problems every problem found, at least one
   */
  public InvalidTableException(Source source, List<Problem> problems) {
    super("invalid RAS table", source, problems);
  }
}
