package org.openras;

import java.util.List;
import org.apiguardian.api.API;

/**
 * No single table version can be chosen for an assessment: its table is not loaded, no version is
 * in force on its date, or two are (spec §2 "Versions").
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TableSelectionException extends RasException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an assessment for which no single table version can be chosen.
   *
   * @param source where the input was read from, or null when it was built in code
   * @param problems every problem found, at least one
   */
  public TableSelectionException(Source source, List<Problem> problems) {
    super("no table version can be chosen", source, problems);
  }
}
