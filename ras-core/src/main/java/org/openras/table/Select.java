package org.openras.table;

/** How many descriptors a question takes. */
public enum Select {
  /** Exactly one descriptor: the statement that fits best. */
  ONE,
  /** Any number of descriptors ("choose all that apply"); their points add up. */
  ANY
}
