package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.Location;

/**
 * The first place where a result file differs from a fresh calculation.
 *
 * @param pointer the JSON pointer of the differing value in the result file ({@code
 *     /trace/3/value}, {@code /indicativeBudget/weekly}, {@code /table/fingerprint})
 * @param location its line and column in the file, when known
 * @param what the step or figure in words ({@code trace step 4 (DESCRIPTOR Q2): value})
 * @param expected what the fresh calculation gives
 * @param found what the file says
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VerificationDifference(
    String pointer, Optional<Location> location, String what, String expected, String found) {

  /**
   * Creates a difference; every part is required.
   *
   * @param pointer the JSON pointer of the differing value in the result file ({@code
   *     /trace/3/value}, {@code /indicativeBudget/weekly}, {@code /table/fingerprint})
   * @param location its line and column in the file, when known
   * @param what the step or figure in words ({@code trace step 4 (DESCRIPTOR Q2): value})
   * @param expected what the fresh calculation gives
   * @param found what the file says
   */
  public VerificationDifference {
    requireNonNull(pointer, "pointer");
    requireNonNull(location, "location");
    requireNonNull(what, "what");
    requireNonNull(expected, "expected");
    requireNonNull(found, "found");
  }

  /** The difference in one line: place, what, expected and found. */
  @Override
  public String toString() {
    return pointer
        + location.map(l -> " (" + l + ")").orElse("")
        + ": "
        + what
        + ": expected "
        + expected
        + ", found "
        + found;
  }
}
