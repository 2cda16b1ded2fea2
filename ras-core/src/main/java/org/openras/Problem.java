package org.openras;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One broken rule: which rule ({@link ErrorCode}), where (a JSON pointer into the table or
 * assessment, and the line and column when the source text is known) and what exactly is wrong,
 * naming the codes involved.
 *
 * @param code the rule broken
 * @param pointer an RFC 6901 JSON pointer to the offending value ({@code ""} for the whole
 *     document); tables built in code use the same pointers as their JSON form
 * @param location line and column in the source, when known
 * @param message what is wrong, in a sentence that names the codes and values involved
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Problem(ErrorCode code, String pointer, Optional<Location> location, String message) {

  /**
   * Creates a problem; every part is required.
   *
   * @param code the rule broken
   * @param pointer an RFC 6901 JSON pointer to the offending value ({@code ""} for the whole
   *     document); tables built in code use the same pointers as their JSON form
   * @param location line and column in the source, when known
   * @param message what is wrong, in a sentence that names the codes and values involved
   */
  public Problem {
    requireNonNull(code, "code");
    requireNonNull(pointer, "pointer");
    requireNonNull(location, "location");
    requireNonNull(message, "message");
  }

  /**
   * {@return a problem at {@code pointer} with no known line and column}
   *
   * @param code the rule broken
   * @param pointer the JSON pointer of the offending value, such as {@code /domains/0/weight}
   * @param message the sentence a council officer reads
   */
  public static Problem at(ErrorCode code, String pointer, String message) {
    return new Problem(code, pointer, Optional.empty(), message);
  }

  /**
   * {@return this problem, located in {@code source} when the source knows the pointer}
   *
   * @param source where the input was read from, or null
   */
  public Problem locatedIn(Source source) {
    if (location.isPresent() || source == null) {
      return this;
    }
    return new Problem(code, pointer, source.locate(pointer), message);
  }

  /**
   * The problem in one line: place, message and rule, for example {@code /domains/0/weight (line
   * 12, column 17): weight must not be negative, but is -1 [RAS-T005: this number must not be
   * negative]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(pointer.isEmpty() ? "(document)" : pointer);
    location.ifPresent(l -> s.append(" (").append(l).append(')'));
    s.append(": ").append(message);
    s.append(" [").append(code.code()).append(": ").append(code.rule()).append(']');
    return s.toString();
  }
}
