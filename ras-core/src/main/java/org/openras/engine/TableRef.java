package org.openras.engine;

import org.apiguardian.api.API;
import org.openras.table.Fingerprint;
import org.openras.table.RasTable;

/**
 * Which table version produced a result, with the fingerprint that proves it.
 *
 * @param id the table id
 * @param version the version label
 * @param fingerprint the fingerprint of the table's content
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TableRef(String id, String version, Fingerprint fingerprint) {

  /**
   * {@return the reference to {@code table}: its id, version and fingerprint}
   *
   * @param table the table version a result was computed with
   */
  public static TableRef of(RasTable table) {
    return new TableRef(table.id(), table.version(), table.fingerprint());
  }
}
