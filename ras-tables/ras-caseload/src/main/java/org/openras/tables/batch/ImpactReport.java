package org.openras.tables.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.engine.TableRef;

/**
 * What a change of table does to a caseload: each person's weekly indicative budget under the table
 * before and the table after, summed up — winners, losers and unchanged, the distribution of
 * changes, the cost before and after, by client group and by band, and the people whose change
 * exceeds a threshold.
 *
 * <p>Figures are indicative budgets (moderations are decisions about one person and are left out).
 * Rows in = rows computed + rows in error.
 *
 * @param before the table before
 * @param after the table after
 * @param rowsIn the caseload rows read
 * @param computed the rows computed under both tables
 * @param inError the rows that could not be computed under one table or both
 * @param winners how many have a higher weekly budget after
 * @param losers how many have a lower weekly budget after
 * @param weeklyBefore the weekly budgets added up, before
 * @param weeklyAfter the weekly budgets added up, after
 * @param annualBefore the annual budgets added up, before
 * @param annualAfter the annual budgets added up, after
 * @param percentiles the distribution of weekly changes (nearest-rank percentiles)
 * @param histogram the weekly changes counted in bins of equal width
 * @param byClientGroup the impact on each client group, in order of first appearance
 * @param byBand the impact on the people of each band under the table before
 * @param threshold the weekly change (either way) from which a person is listed
 * @param overThreshold how many people changed by at least the threshold
 * @param largest the people with the largest changes at or over the threshold (at most 50), largest
 *     first
 * @param changes the CSV file of every person's change
 * @param errors the CSV file of the rows in error, when there were any
 * @param currency the ISO 4217 code of the money, from the table after
 * @param councilWeeklyBefore spec v1.1 §4: what the council pays a week, added up, before (a
 *     person's council budget when they have other funding, else their indicative budget); present
 *     only when someone in the caseload has other funding
 * @param councilWeeklyAfter the same, after
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImpactReport(
    TableRef before,
    TableRef after,
    long rowsIn,
    long computed,
    long inError,
    long winners,
    long losers,
    BigDecimal weeklyBefore,
    BigDecimal weeklyAfter,
    BigDecimal annualBefore,
    BigDecimal annualAfter,
    List<Percentile> percentiles,
    List<Bin> histogram,
    List<GroupImpact> byClientGroup,
    List<GroupImpact> byBand,
    BigDecimal threshold,
    long overThreshold,
    List<PersonChange> largest,
    Path changes,
    Optional<Path> errors,
    String currency,
    Optional<BigDecimal> councilWeeklyBefore,
    Optional<BigDecimal> councilWeeklyAfter) {

  /**
   * Creates a report, keeping copies of its lists.
   *
   * @param before the table before
   * @param after the table after
   * @param rowsIn the caseload rows read
   * @param computed the rows computed under both tables
   * @param inError the rows that could not be computed under one table or both
   * @param winners how many have a higher weekly budget after
   * @param losers how many have a lower weekly budget after
   * @param weeklyBefore the weekly budgets added up, before
   * @param weeklyAfter the weekly budgets added up, after
   * @param annualBefore the annual budgets added up, before
   * @param annualAfter the annual budgets added up, after
   * @param percentiles the distribution of weekly changes (nearest-rank percentiles)
   * @param histogram the weekly changes counted in bins of equal width
   * @param byClientGroup the impact on each client group, in order of first appearance
   * @param byBand the impact on the people of each band under the table before
   * @param threshold the weekly change (either way) from which a person is listed
   * @param overThreshold how many people changed by at least the threshold
   * @param largest the people with the largest changes at or over the threshold (at most 50),
   *     largest first
   * @param changes the CSV file of every person's change
   * @param errors the CSV file of the rows in error, when there were any
   * @param currency the ISO 4217 code of the money, from the table after
   * @param councilWeeklyBefore spec v1.1 §4: what the council pays a week, added up, before (a
   *     person's council budget when they have other funding, else their indicative budget);
   *     present only when someone in the caseload has other funding
   * @param councilWeeklyAfter the same, after
   */
  public ImpactReport {
    percentiles = List.copyOf(percentiles);
    histogram = List.copyOf(histogram);
    byClientGroup = List.copyOf(byClientGroup);
    byBand = List.copyOf(byBand);
    largest = List.copyOf(largest);
  }

  /**
   * One point of the distribution of weekly changes.
   *
   * @param name {@code min}, {@code p5}…{@code p95}, {@code max}
   * @param change the weekly change at that rank
   */
  public record Percentile(String name, BigDecimal change) {}

  /**
   * A bin of the histogram of weekly changes: how many people changed by between {@code from} and
   * {@code to}, both included.
   *
   * @param from the least change in the bin
   * @param to the greatest change in the bin
   * @param people how many people
   */
  public record Bin(BigDecimal from, BigDecimal to, long people) {}

  /** {@return how many have the same weekly budget after} */
  public long unchanged() {
    return computed - winners - losers;
  }

  /** {@return the report as plain text} */
  public String toText() {
    return ImpactDoc.of(this).text();
  }

  /** {@return the report as Markdown} */
  public String toMarkdown() {
    return ImpactDoc.of(this).markdown();
  }

  /**
   * {@return the report as one self-contained HTML page in the pages' one skeleton and style, with
   * charts that have scales}
   */
  public String toHtml() {
    return ImpactDoc.of(this).html();
  }
}
