package org.openras.spi;

import static org.openras.ErrorCode.VERSION_DUPLICATE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.openras.Problem;
import org.openras.Source;
import org.openras.TableSelectionException;
import org.openras.table.RasTable;

/**
 * Tables held in memory: the simplest {@link TableProvider}, and what the file providers build.
 * Immutable and thread-safe. The same table (same fingerprint) given twice is kept once; two
 * different tables with the same id and version are an error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableSet implements TableProvider {
  private final ImmutableListMultimap<String, RasTable> byId;

  private TableSet(ImmutableListMultimap<String, RasTable> byId) {
    this.byId = byId;
  }

  /**
   * {@return the set of these tables}
   *
   * @param tables versions of one or more tables
   * @throws TableSelectionException when two different tables share an id and a version
   */
  public static TableSet of(RasTable... tables) {
    return of(List.of(tables));
  }

  /**
   * {@return the set of these tables}
   *
   * @param tables versions of one or more tables
   * @throws TableSelectionException when two different tables share an id and a version
   */
  public static TableSet of(Collection<RasTable> tables) {
    ImmutableListMultimap.Builder<String, RasTable> b = ImmutableListMultimap.builder();
    Map<String, RasTable> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Set<Source> sources = new LinkedHashSet<>();
    for (RasTable t : tables) {
      String key = t.id() + "\u0000" + t.version();
      RasTable earlier = seen.putIfAbsent(key, t);
      if (earlier == null) {
        b.put(t.id(), t);
      } else if (!earlier.equals(t)) {
        Source later = t.source().orElse(null);
        problems.add(
            Problem.at(
                    VERSION_DUPLICATE,
                    "/version",
                    "table '"
                        + t.id()
                        + "' version "
                        + t.version()
                        + " is loaded twice with"
                        + " different content ("
                        + earlier.fingerprint()
                        + " from "
                        + earlier.source().map(Object::toString).orElse("code")
                        + ", "
                        + t.fingerprint()
                        + " from "
                        + t.source().map(Object::toString).orElse("code")
                        + ")")
                .locatedIn(later));
        sources.add(later);
      }
    }
    if (!problems.isEmpty()) {
      // named before the problems when they are all in one file: their line:column are there
      throw new TableSelectionException(
          sources.size() == 1 ? sources.iterator().next() : null, problems);
    }
    return new TableSet(b.build());
  }

  @Override
  public Set<String> tableIds() {
    return byId.keySet();
  }

  @Override
  public List<RasTable> versions(String tableId) {
    return byId.get(tableId);
  }

  /** {@return every table in the set, grouped by id} */
  public ImmutableList<RasTable> all() {
    return ImmutableList.copyOf(byId.values());
  }
}
