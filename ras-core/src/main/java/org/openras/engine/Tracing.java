package org.openras.engine;

import org.apiguardian.api.API;

/** Whether a calculation records its explanation trace. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Tracing {
  /** Record every step (the default). */
  ON,
  /** Record nothing: for batch runs that need only the figures. The result's trace is empty. */
  OFF
}
