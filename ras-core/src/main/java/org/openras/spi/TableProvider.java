package org.openras.spi;

import static org.openras.ErrorCode.VERSION_NONE_IN_FORCE;
import static org.openras.ErrorCode.VERSION_OVERLAP;
import static org.openras.ErrorCode.VERSION_UNKNOWN_TABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.openras.Problem;
import org.openras.TableSelectionException;
import org.openras.table.RasTable;

/**
 * Where the engine finds its tables: every loaded version of every table id. Implementations read
 * files, a directory, the classpath or a council's own store; {@link TableSet} holds tables in
 * memory.
 *
 * <p>Implementations must be thread-safe and return the same tables for the same id for as long as
 * an engine uses them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface TableProvider {

  /** {@return the ids of the tables provided, in a stable order} */
  Set<String> tableIds();

  /**
   * {@return every version of the table with this id, in a stable order; empty when unknown}
   *
   * @param tableId the table's id, such as {@code example-saq}
   */
  List<RasTable> versions(String tableId);

  /**
   * {@return the version of table {@code tableId} in force on {@code date}: the one whose {@code
   * [effectiveFrom, effectiveTo)} holds the date (spec §2 "Versions")}
   *
   * @param tableId the table's id
   * @param date the assessment date
   * @throws TableSelectionException when the table is unknown, when no version is in force on the
   *     date, or when two or more are; the message names the date and the versions
   */
  default RasTable inForce(String tableId, LocalDate date) {
    List<RasTable> versions = versions(tableId);
    if (versions.isEmpty()) {
      throw new TableSelectionException(
          null,
          List.of(
              Problem.at(
                  VERSION_UNKNOWN_TABLE,
                  "/table",
                  "table '"
                      + tableId
                      + "' is not loaded (loaded: "
                      + (tableIds().isEmpty() ? "none" : String.join(", ", tableIds()))
                      + ")")));
    }
    // by index, and a list only when the answer is not one version: nothing allocated
    RasTable found = null;
    int count = 0;
    for (int i = 0; i < versions.size(); i++) {
      RasTable t = versions.get(i);
      if (t.inForceOn(date)) {
        found = t;
        count++;
      }
    }
    if (count == 1) {
      return found;
    }
    List<RasTable> inForce = new ArrayList<>(count);
    for (RasTable t : versions) {
      if (t.inForceOn(date)) {
        inForce.add(t);
      }
    }
    if (inForce.isEmpty()) {
      throw new TableSelectionException(
          null,
          List.of(
              Problem.at(
                  VERSION_NONE_IN_FORCE,
                  "/date",
                  "no version of table '"
                      + tableId
                      + "' is in force on "
                      + date
                      + " (loaded: "
                      + describe(versions)
                      + ")")));
    }
    throw new TableSelectionException(
        null,
        List.of(
            Problem.at(
                VERSION_OVERLAP,
                "/date",
                inForce.size()
                    + " versions of table '"
                    + tableId
                    + "' are in force on "
                    + date
                    + ": "
                    + describe(inForce))));
  }

  private static String describe(List<RasTable> versions) {
    return versions.stream()
        .map(
            t ->
                "version "
                    + t.version()
                    + " from "
                    + t.effectiveFrom()
                    + t.effectiveTo().map(d -> " to " + d).orElse(" with no end"))
        .collect(Collectors.joining("; "));
  }
}
