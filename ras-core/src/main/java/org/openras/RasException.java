package org.openras;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one exception family of OpenRAS: a table, an assessment or a choice of table broke one or
 * more rules of the RAS v1 specification.
 *
 * <p>It carries every problem found (not only the first), each with its stable {@link ErrorCode},
 * its place and a sentence; its message lists them all, prefixed with the source (usually the
 * file), so that a council officer can fix the input without reading code. Mistakes in how Java
 * code calls the API (a {@code null} argument, say) are not reported this way: they are programming
 * errors and throw the JDK's usual exceptions.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class RasException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient String sourceName;
  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception for the problems found in one source; each problem is located in the
   * source's text when the source can place its pointer.
   *
   * @param what what is wrong as a whole, such as {@code invalid RAS table}
   * @param source where the input was read from, or null when it was built in code
   * @param problems every problem found, at least one
   */
  public RasException(String what, Source source, List<Problem> problems) {
    super(format(what, source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RasException needs at least one problem");
    }
    this.sourceName = source == null ? null : source.name();
    ImmutableList.Builder<Problem> located = ImmutableList.builder();
    for (Problem p : problems) {
      located.add(p.locatedIn(source));
    }
    this.problems = located.build();
  }

  /** {@return every problem found, in the order of the document} */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** {@return the source's name (usually a file path), when known} */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * {@return whether any problem has the given code}
   *
   * @param code the rule to look for
   */
  public boolean has(ErrorCode code) {
    return problems.stream().anyMatch(p -> p.code() == code);
  }

  private static String format(String what, Source source, List<Problem> problems) {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source.name()).append(": ");
    }
    s.append(what);
    if (problems.size() == 1) {
      s.append(": ").append(problems.get(0).locatedIn(source));
    } else {
      s.append(" (").append(problems.size()).append(" problems):");
      for (Problem p : problems) {
        s.append(System.lineSeparator()).append("  - ").append(p.locatedIn(source));
      }
    }
    return s.toString();
  }
}
