package org.openras.table;

/** What the money figures of a table mean: an amount a week or an amount a year. */
public enum Period {
  /** Amounts are weekly; the annual budget is derived by multiplying by weeks per year. */
  WEEK,
  /** Amounts are annual; the weekly budget is derived by dividing by weeks per year. */
  YEAR
}
