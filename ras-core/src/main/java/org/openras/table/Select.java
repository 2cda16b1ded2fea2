package org.openras.table;

import org.apiguardian.api.API;

/** How many descriptors a question takes. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Select {
  /** Exactly one descriptor: the statement that fits best. */
  ONE,
  /** Any number of descriptors ("choose all that apply"); their points add up. */
  ANY
}
