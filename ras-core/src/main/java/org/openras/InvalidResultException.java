package org.openras;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@code ras-result/1} file, read back to be verified, is not a well-formed result: bad JSON, an
 * unknown or missing field, a value of the wrong type, a malformed fingerprint.
 *
 * <p>A result that reads well but whose figures differ from a fresh calculation is not this
 * exception: that is the outcome of verification, "not verified".
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidResultException extends RasException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a result file that is not a well-formed {@code ras-result/1}.
   *
   * @param source where the input was read from, or null when it was built in code
   * @param problems every problem found, at least one
   */
  public InvalidResultException(Source source, List<Problem> problems) {
    super("invalid result", source, problems);
  }
}
