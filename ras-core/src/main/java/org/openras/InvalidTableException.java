package org.openras;

import java.util.List;

/** A RAS table (from JSON or built in code) breaks the rules of spec §2 and cannot be used. */
public final class InvalidTableException extends RasException {
  private static final long serialVersionUID = 1L;

  public InvalidTableException(Source source, List<Problem> problems) {
    super("invalid RAS table", source, problems);
  }
}
