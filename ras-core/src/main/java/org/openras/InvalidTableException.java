package org.openras;

import java.util.List;
import org.apiguardian.api.API;

/** A RAS table (from JSON or built in code) breaks the rules of spec §2 and cannot be used. */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidTableException extends RasException {
  private static final long serialVersionUID = 1L;

  public InvalidTableException(Source source, List<Problem> problems) {
    super("invalid RAS table", source, problems);
  }
}
