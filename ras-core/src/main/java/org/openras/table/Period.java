package org.openras.table;

import org.apiguardian.api.API;

/** What the money figures of a table mean: an amount a week or an amount a year. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Period {
  /** Amounts are weekly; the annual budget is derived by multiplying by weeks per year. */
  WEEK,
  /** Amounts are annual; the weekly budget is derived by dividing by weeks per year. */
  YEAR
}
