package org.openras.tables;

import java.util.Map;
import java.util.Optional;
import org.openras.Location;
import org.openras.Source;

/**
 * A JSON document read from a file, a stream or a string: its name and where each JSON pointer
 * starts in it. A pointer to something the document does not have (a missing required field) is
 * located at the nearest enclosing value that it does have, so that every problem has a line and
 * column.
 */
final class JsonSource implements Source {
  private final String name;
  private final Map<String, Location> locations;

  JsonSource(String name, Map<String, Location> locations) {
    this.name = name;
    this.locations = Map.copyOf(locations);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Location> locate(String pointer) {
    String p = pointer;
    while (true) {
      Location at = locations.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      p = p.substring(0, slash);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
