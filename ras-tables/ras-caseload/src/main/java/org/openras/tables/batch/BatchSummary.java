package org.openras.tables.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.tables.SafeText;

/**
 * The account of a batch run: every row read is either written or in the error file ({@code rowsIn
 * == rowsWritten + rowsInError}), with totals and means by client group.
 *
 * @param rowsIn the caseload rows read
 * @param rowsWritten the rows computed and written to the output
 * @param rowsInError the rows written to the error file instead
 * @param byClientGroup the totals of the computed rows by client group, in order of first
 *     appearance
 * @param output where the results are
 * @param errors where the bad rows are, when there were any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BatchSummary(
    long rowsIn,
    long rowsWritten,
    long rowsInError,
    List<GroupTotals> byClientGroup,
    Path output,
    Optional<Path> errors) {

  /**
   * Creates a summary, in which every row read was either written or in error.
   *
   * @param rowsIn the caseload rows read
   * @param rowsWritten the rows computed and written to the output
   * @param rowsInError the rows written to the error file instead
   * @param byClientGroup the totals of the computed rows by client group, in order of first
   *     appearance
   * @param output where the results are
   * @param errors where the bad rows are, when there were any
   */
  public BatchSummary {
    byClientGroup = List.copyOf(byClientGroup);
    if (rowsIn != rowsWritten + rowsInError) {
      throw new IllegalStateException(
          "rows in " + rowsIn + " != written " + rowsWritten + " + in error " + rowsInError);
    }
  }

  /** {@return the summary as a person reads it} */
  public String toText() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append("Rows in: ")
        .append(rowsIn)
        .append(" = written: ")
        .append(rowsWritten)
        .append(" + in error: ")
        .append(rowsInError)
        .append(nl);
    s.append("Results: ").append(output).append(nl);
    errors.ifPresent(e -> s.append("Rows in error: ").append(e).append(nl));
    if (!byClientGroup.isEmpty()) {
      s.append(
          String.format(
              "%-28s %8s %16s %12s %18s%n",
              "client group", "people", "weekly total", "weekly mean", "annual total"));
      BigDecimal weekly = BigDecimal.ZERO;
      BigDecimal annual = BigDecimal.ZERO;
      long people = 0;
      for (GroupTotals g : byClientGroup) {
        s.append(line(g));
        weekly = weekly.add(g.weeklyTotal());
        annual = annual.add(g.annualTotal());
        people += g.people();
      }
      s.append(line(new GroupTotals("all", people, weekly, annual)));
    }
    return s.toString();
  }

  private static String line(GroupTotals g) {
    return String.format(
        "%-28s %8d %16s %12s %18s%n",
        SafeText.value(g.clientGroup()),
        g.people(),
        g.weeklyTotal().toPlainString(),
        g.weeklyMean().toPlainString(),
        g.annualTotal().toPlainString());
  }
}
