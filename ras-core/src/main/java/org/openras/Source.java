package org.openras;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a table or an assessment came from: a name (usually a file) and, where the source text is
 * known, the line and column of each JSON pointer in it.
 *
 * <p>The JSON readers attach a source to what they read, so that a rule broken deep inside the
 * engine or the validator can still be reported at its place in the file.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Source {

  /** {@return the source's name as a person would recognise it, usually a file path} */
  String name();

  /**
   * {@return where the value at {@code pointer} (RFC 6901) starts in the source text, if known}
   *
   * @param pointer a JSON pointer, such as {@code /domains/0/questions/1}
   */
  Optional<Location> locate(String pointer);

  /**
   * {@return a source known only by name, which can place no pointer}
   *
   * @param name the name, usually a file path
   */
  static Source named(String name) {
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<Location> locate(String pointer) {
        return Optional.empty();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
