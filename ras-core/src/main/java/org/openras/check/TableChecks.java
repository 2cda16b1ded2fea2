package org.openras.check;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openras.engine.TableRef;
import org.openras.table.RasTable;

/**
 * The table checks of spec §7: proves, before a table goes live, that it is fair and coherent, and
 * reports what it can produce.
 *
 * <p>Every check is exact: the checks on the answer space (reachable bands, domain caps, the least
 * and greatest points and budgets) are computed over every combination of answers by dynamic
 * programming on the exact reachable totals, never by sampling. When the space is too large for
 * that (beyond the bounds of {@link CheckConfig}), the report says so in a {@link Check#NOT_EXACT}
 * finding and leaves those results out rather than guessing.
 *
 * <pre>{@code
 * CheckReport report = TableChecks.check(table);
 * if (report.hasErrors()) { ... }
 * CheckReport strict = TableChecks.check(table,
 *     CheckConfig.defaults().withSeverity(Check.DESCRIPTOR_ORDER, Severity.ERROR));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableChecks {
  private TableChecks() {}

  /**
   * Checks {@code table} with every check at its default severity.
   *
   * @param table the table to check for the properties a fair RAS should have (spec §7)
   * @return the findings, the least and greatest budgets and what each band and rule can reach
   */
  public static CheckReport check(RasTable table) {
    return check(table, CheckConfig.defaults());
  }

  /**
   * Checks {@code table} with the severities and bounds of {@code config}.
   *
   * @param table the table to check (spec §7)
   * @param config the severity of each check and the bounds of the exact analysis
   * @return the findings, the least and greatest budgets and what each band and rule can reach
   */
  public static CheckReport check(RasTable table, CheckConfig config) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(config, "config");
    Findings out = new Findings(config);
    LocalChecks.run(table, out);
    Analysis analysis = Analysis.run(table, config, out);
    LocalChecks.curves(table, out, analysis);
    return new CheckReport(
        TableRef.of(table),
        out.sorted(),
        analysis.exact(),
        analysis.extremes(),
        analysis.bands(),
        analysis.rules());
  }
}
