package org.openras;

import org.apiguardian.api.API;

/**
 * A place in a source text, as a council officer's editor shows it: line and column, both counted
 * from 1.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Location(int line, int column) {
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
