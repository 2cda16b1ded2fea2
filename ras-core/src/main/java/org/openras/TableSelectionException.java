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

  public TableSelectionException(Source source, List<Problem> problems) {
    super("no table version can be chosen", source, problems);
  }
}
