package org.openras.engine;

/** Whether a calculation records its explanation trace. */
public enum Tracing {
  /** Record every step (the default). */
  ON,
  /** Record nothing: for batch runs that need only the figures. The result's trace is empty. */
  OFF
}
