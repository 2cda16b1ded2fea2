package org.openras.calibration;

import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.engine.TableRef;
import org.openras.table.Band;
import org.openras.table.RasTable;
import org.openras.tables.SafeText;

/**
 * How well a table's allocation, refitted to what a council spends today, matches each person's
 * current weekly package cost — and the refitted table itself.
 *
 * <p>Residual = the fitted table's weekly indicative budget − the person's current weekly cost
 * (positive: the RAS would give more than is spent now). Rows in = fitted + without a cost + in
 * error.
 *
 * @param from the table whose allocation was refitted
 * @param fitted the new table version with the fitted curves
 * @param rowsIn the caseload rows read
 * @param rowsFitted the rows with a cost that the fit used
 * @param rowsWithoutCost the rows without a {@code weeklyCost}, left out of the fit
 * @param rowsInError the rows that could not be read or computed
 * @param curves the fit of each curve
 * @param byBand the residuals by band of the fitted table ({@code group / band})
 * @param byClientGroup the residuals by client group
 * @param furthest the people furthest from the fit (at most 20), furthest first
 * @param errors the first problems met (at most 20), as {@code row N: message}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CalibrationReport(
    TableRef from,
    RasTable fitted,
    long rowsIn,
    long rowsFitted,
    long rowsWithoutCost,
    long rowsInError,
    List<CurveFit> curves,
    List<Residuals> byBand,
    List<Residuals> byClientGroup,
    List<Person> furthest,
    List<String> errors) {

  /**
   * Creates a report, keeping copies of its lists.
   *
   * @param from the table whose allocation was refitted
   * @param fitted the new table version with the fitted curves
   * @param rowsIn the caseload rows read
   * @param rowsFitted the rows with a cost that the fit used
   * @param rowsWithoutCost the rows without a {@code weeklyCost}, left out of the fit
   * @param rowsInError the rows that could not be read or computed
   * @param curves the fit of each curve
   * @param byBand the residuals by band of the fitted table ({@code group / band})
   * @param byClientGroup the residuals by client group
   * @param furthest the people furthest from the fit (at most 20), furthest first
   * @param errors the first problems met (at most 20), as {@code row N: message}
   */
  public CalibrationReport {
    curves = List.copyOf(curves);
    byBand = List.copyOf(byBand);
    byClientGroup = List.copyOf(byClientGroup);
    furthest = List.copyOf(furthest);
    errors = List.copyOf(errors);
  }

  /**
   * The fit of one curve: its bands before and after, and how well the fitted table's budgets match
   * the costs of the people it applies to.
   *
   * @param clientGroup the curve's client group ({@code *} for the fallback)
   * @param people the people the curve applied to
   * @param rSquared 1 − (sum of squared residuals ÷ total sum of squares of the costs); NaN when
   *     all costs are equal
   * @param meanAbsoluteError the mean of |residual|, to the penny
   * @param before the curve's bands before
   * @param after the fitted bands
   * @param peoplePerBand how many people each fitted band's figures rest on, in the order of {@code
   *     after}; 0 for a band no one fell in, whose figures are kept as they were
   */
  public record CurveFit(
      String clientGroup,
      long people,
      double rSquared,
      BigDecimal meanAbsoluteError,
      List<Band> before,
      List<Band> after,
      List<Long> peoplePerBand) {
    /**
     * Keeps a copy of the list.
     *
     * @param clientGroup the curve's client group
     * @param people the people the curve applied to
     * @param rSquared the coefficient of determination
     * @param meanAbsoluteError the mean of |residual|
     * @param before the bands before
     * @param after the fitted bands
     * @param peoplePerBand the people each fitted band rests on
     */
    public CurveFit {
      peoplePerBand = List.copyOf(peoplePerBand);
    }
  }

  /** The fewest people a whole fit may rest on for its table to be written. */
  public static final long MIN_PEOPLE = 30;

  /** The fewest people one refitted band's figures may rest on for the table to be written. */
  public static final long MIN_PEOPLE_PER_BAND = 10;

  /**
   * Why the fitted table should not be used, if it should not: nothing was fitted, the whole fit
   * rests on fewer than {@link #MIN_PEOPLE} people, or a refitted band's figures on fewer than
   * {@link #MIN_PEOPLE_PER_BAND}. {@code ras calibrate} then writes no table and exits 3.
   *
   * @return the reason, in a sentence, or empty when the fit rests on enough people
   */
  public java.util.Optional<String> refusal() {
    if (rowsFitted == 0 || curves.isEmpty()) {
      return java.util.Optional.of(
          "nothing was fitted: no row had both an assessment that could be computed and a"
              + " weeklyCost");
    }
    if (rowsFitted < MIN_PEOPLE) {
      return java.util.Optional.of(
          "the fit rests on "
              + rowsFitted
              + " people, fewer than "
              + MIN_PEOPLE
              + ": too few for its figures to mean anything");
    }
    for (CurveFit c : curves) {
      for (int i = 0; i < c.peoplePerBand().size(); i++) {
        long n = c.peoplePerBand().get(i);
        if (n > 0 && n < MIN_PEOPLE_PER_BAND) {
          return java.util.Optional.of(
              "band "
                  + SafeText.value(c.after().get(i).label())
                  + " of curve "
                  + SafeText.value(c.clientGroup())
                  + " rests on "
                  + n
                  + (n == 1 ? " person" : " people")
                  + ", fewer than "
                  + MIN_PEOPLE_PER_BAND
                  + ": too few for its figures to mean anything (try --shape linear)");
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The residuals of a group of people.
   *
   * @param group the group: a client group, or {@code curve / band}
   * @param people how many
   * @param meanResidual the mean residual, to the penny
   * @param meanAbsoluteResidual the mean |residual|, to the penny
   */
  public record Residuals(
      String group, long people, BigDecimal meanResidual, BigDecimal meanAbsoluteResidual) {}

  /**
   * One person far from the fit.
   *
   * @param row the caseload row
   * @param id the assessment id
   * @param clientGroup the client group, or {@code (none)}
   * @param cost the current weekly cost
   * @param fitted the fitted table's weekly indicative budget
   */
  public record Person(
      long row, String id, String clientGroup, BigDecimal cost, BigDecimal fitted) {
    /**
     * {@return the residual, fitted − cost: how far the fitted table's budget is from today's cost
     * a week}
     */
    public BigDecimal residual() {
      return fitted.subtract(cost);
    }
  }

  /** {@return the report as plain text} */
  public String toText() {
    return CalibrationDoc.of(this).text();
  }

  /** {@return the report as Markdown} */
  public String toMarkdown() {
    return CalibrationDoc.of(this).markdown();
  }

  /**
   * {@return the report as one self-contained HTML page in the pages' one skeleton and style, with
   * a chart of each fitted curve}
   */
  public String toHtml() {
    return CalibrationDoc.of(this).html();
  }
}
