package org.openras;

import java.util.List;

/**
 * No single table version can be chosen for an assessment: its table is not loaded, no version
 * is in force on its date, or two are (spec §2 "Versions").
 */
public final class TableSelectionException extends RasException {
  private static final long serialVersionUID = 1L;

  public TableSelectionException(Source source, List<Problem> problems) {
    super("no table version can be chosen", source, problems);
  }
}
