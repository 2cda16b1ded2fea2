package org.openras.testkit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openras.check.CheckConfig;
import org.openras.check.CheckReport;
import org.openras.check.Finding;
import org.openras.check.Severity;
import org.openras.check.TableChecks;
import org.openras.table.RasTable;

/**
 * Assertions on the table checks (spec §7) for a council's test suite: each throws an {@link
 * AssertionError} listing the findings that break it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableAssertions {
  private TableAssertions() {}

  /**
   * Checks {@code table} with {@code config} and asserts that no finding is an {@link
   * Severity#ERROR}.
   *
   * @return the report, for further assertions
   * @param table the table under test
   * @param config the severities and bounds of the checks
   */
  public static CheckReport assertNoErrors(RasTable table, CheckConfig config) {
    CheckReport report = TableChecks.check(table, config);
    failOn(report, report.findings(Severity.ERROR), "no ERROR findings");
    return report;
  }

  /**
   * Checks {@code table} with the default severities and asserts that no finding is an ERROR or a
   * WARNING.
   *
   * @return the report, for further assertions
   * @param table the table under test
   */
  public static CheckReport assertNoWarnings(RasTable table) {
    CheckReport report = TableChecks.check(table);
    List<Finding> bad =
        report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    failOn(report, bad, "no ERROR or WARNING findings");
    return report;
  }

  /**
   * Asserts that the analysis was exact (no {@code NOT_EXACT} finding).
   *
   * @param report the report of a table check
   * @return the report, for further assertions
   */
  public static CheckReport assertExact(CheckReport report) {
    Objects.requireNonNull(report, "report");
    if (!report.exact()) {
      throw new AssertionError(
          "the table checks of " + report.table().id() + " were not exact: " + report.findings());
    }
    return report;
  }

  private static void failOn(CheckReport report, List<Finding> bad, String expected) {
    if (!bad.isEmpty()) {
      StringBuilder b =
          new StringBuilder(
              "expected "
                  + expected
                  + " for table "
                  + report.table().id()
                  + " "
                  + report.table().version()
                  + ", found "
                  + bad.size()
                  + ":");
      for (Finding f : bad) {
        b.append("\n  ").append(f).append(f.figures().isEmpty() ? "" : " " + f.figures());
      }
      throw new AssertionError(b.toString());
    }
  }
}
