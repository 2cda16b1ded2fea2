package org.openras.calibration;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.HeadlineFigures;
import org.openras.engine.RasEngine;
import org.openras.engine.TableRef;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Supplement;
import org.openras.tables.RasJson;
import org.openras.tables.batch.CaseloadFormat;
import org.openras.tables.batch.CaseloadOptions;
import org.openras.tables.batch.CaseloadRow;
import org.openras.tables.batch.CaseloadRows;

/**
 * Fits a table's allocation to what a council spends today: from a caseload with each person's
 * current weekly package cost (CSV column {@code weeklyCost}), the curves' money figures are
 * refitted by least squares with every figure at least 0, and a new table version is made.
 *
 * <p>The model is the spec's: a person's money is {@code (amount + (points − from) × perPoint +
 * supplements) × cost factor}. Each person's total points, band, supplements and cost factor come
 * from the current table; the target is {@code cost ÷ factor − supplements} (cost in the table's
 * period), so the fitted figures are in the table's own terms. Floor, ceiling and rounding are left
 * out of the fit but not out of the report, whose residuals are the fitted table's real budgets (a
 * second pass through the engine) minus the costs.
 *
 * <p>{@link Shape#LINEAR} fits one band per curve (an amount and a price per point); {@link
 * Shape#BANDS} keeps each curve's band boundaries and fits each band's amount and price per point.
 * A curve or band that no one with a cost falls in keeps its current figures. Fitted amounts are
 * rounded to the penny and prices per point to 4 decimals (half up). The fit is computed in double
 * precision (it is an estimate); the table it makes is exact decimals like any other. Memory does
 * not grow with the caseload: the fit keeps only its normal equations.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Calibration {
  /** What is fitted. */
  public enum Shape {
    /** One band per curve from 0 points: an amount and a price per point. */
    LINEAR,
    /** Each band of each curve, at its current boundaries: an amount and a price per point. */
    BANDS
  }

  private static final int FURTHEST = 20;
  private static final int ERRORS = 20;

  private final RasTable table;
  private final RasEngine engine;
  private final Path input;
  private final CaseloadFormat inputFormat;
  private final Shape shape;
  private final String version;
  private final LocalDate effectiveFrom;
  private final int threads;
  private final LongConsumer progress;
  private final LongConsumer progressBytes;
  private final RasJson json;

  private Calibration(Builder b) {
    this.table = requireNonNull(b.table, "table");
    Optional<String> unsupported = unsupported(table);
    if (unsupported.isPresent()) {
      throw new IllegalArgumentException(unsupported.get());
    }
    this.engine = RasEngine.of(table);
    this.input = b.inputFile();
    this.inputFormat = b.inputFormat();
    this.shape = b.shape;
    this.version = requireNonNull(b.version, "version");
    if (version.equals(table.version())) {
      throw new IllegalArgumentException(
          "the fitted table needs a new version, not " + table.version());
    }
    this.effectiveFrom = requireNonNull(b.effectiveFrom, "effectiveFrom");
    this.threads = b.threads();
    this.progress = b.progressListener();
    this.progressBytes = b.progressBytesListener();
    this.json = b.jsonReader();
  }

  /**
   * {@return why {@code table} cannot be calibrated, or empty when it can} Calibration fits money:
   * a caseload's {@code weeklyCost} is what a package costs, and a table that counts its allocation
   * in a unit (spec v1.1 §5: hours or nights) has no money figures to fit, so it is refused. The
   * other v1.1 fields are fitted like v1's: a panel band's figures (its starting point) like any
   * band, a curve's own floor and ceiling kept as they are (as the table's are), and other funding
   * left out (a package's cost is the whole budget, whoever pays it).
   *
   * @param table a table version
   */
  public static Optional<String> unsupported(RasTable table) {
    return table
        .allocation()
        .unit()
        .map(
            u ->
                "table "
                    + table.id()
                    + " "
                    + table.version()
                    + " counts its allocation in "
                    + u.plural()
                    + ", not money: calibration fits the money figures of a table to what"
                    + " packages cost, and refuses a table in a unit (spec v1.1 §5)");
  }

  /**
   * A calibration of {@code table}'s allocation; name the caseload, version and date.
   *
   * @param table the current table version, whose allocation is refitted
   * @return the builder
   */
  public static Builder builder(RasTable table) {
    return new Builder(table);
  }

  // ---------------------------------------------------------------- pass 1: the fit

  /** One person for the fit: the curve and band they fall in, their points and target. */
  private record Observation(
      CaseloadRow row,
      String curve,
      int band,
      BigDecimal total,
      double target,
      RuntimeException error) {}

  private Observation observe(CaseloadRow row) {
    if (row.error() != null) {
      return new Observation(row, null, -1, null, 0, row.error());
    }
    if (row.cost() == null) {
      return new Observation(row, null, -1, null, 0, null);
    }
    try {
      Assessment a = row.assessment().forTable(table);
      HeadlineFigures r = engine.calculate(a, holders.get());
      Curve curve = curve(r.curve());
      int band = 0;
      for (int i = 0; i < curve.bands().size(); i++) {
        if (curve.bands().get(i).label().equals(r.band())) {
          band = i;
        }
      }
      BigDecimal cost =
          table.period() == Period.WEEK ? row.cost() : row.cost().multiply(table.weeksPerYear());
      BigDecimal target = cost.divide(factor(a), MathContext.DECIMAL64).subtract(supplements(a));
      return new Observation(row, r.curve(), band, r.totalPoints(), target.doubleValue(), null);
    } catch (RuntimeException e) {
      return new Observation(row, null, -1, null, 0, e);
    }
  }

  private Curve curve(String clientGroup) {
    for (Curve c : table.allocation().curves()) {
      if (c.clientGroup().equals(clientGroup)) {
        return c;
      }
    }
    throw new IllegalStateException("no curve " + clientGroup);
  }

  private BigDecimal factor(Assessment a) {
    BigDecimal star = null;
    for (CostFactor f : table.allocation().costFactors()) {
      if (a.locality().isPresent() && f.locality().equals(a.locality().get())) {
        return f.factor();
      }
      if (f.locality().equals(CostFactor.ANY_LOCALITY)) {
        star = f.factor();
      }
    }
    return star;
  }

  private BigDecimal supplements(Assessment a) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Supplement s : table.allocation().supplements()) {
      Answer answer = a.answers().get(s.question());
      if (answer != null) {
        for (String d : answer.descriptors()) {
          BigDecimal add = s.amountByDescriptor().get(d);
          if (add != null) {
            sum = sum.add(add);
          }
        }
      }
    }
    return sum;
  }

  private static final class Fits {
    final Map<String, NonNegativeLeastSquares> byCurve = new LinkedHashMap<>();
    long in;
    long withoutCost;
    long inError;
    final List<String> errors = new ArrayList<>();

    /** For each refitted curve, the people each fitted band rests on (0: the band was kept). */
    final Map<String, List<Long>> bandPeople = new LinkedHashMap<>();
  }

  private void fit(Observation o, Fits f) {
    f.in++;
    if (o.error() != null) {
      f.inError++;
      if (f.errors.size() < ERRORS) {
        f.errors.add("row " + o.row().number() + ": " + o.error().getMessage());
      }
      return;
    }
    if (o.curve() == null) {
      f.withoutCost++;
      return;
    }
    Curve c = curve(o.curve());
    int bands = shape == Shape.LINEAR ? 1 : c.bands().size();
    NonNegativeLeastSquares nnls =
        f.byCurve.computeIfAbsent(o.curve(), k -> new NonNegativeLeastSquares(2 * bands));
    double[] a = new double[2 * bands];
    if (shape == Shape.LINEAR) {
      a[0] = 1;
      a[1] = o.total().doubleValue();
    } else {
      Band band = c.bands().get(o.band());
      a[2 * o.band()] = 1;
      a[2 * o.band() + 1] = o.total().subtract(band.from()).doubleValue();
    }
    nnls.add(a, o.target());
  }

  private List<Curve> fittedCurves(Fits f) {
    List<Curve> out = new ArrayList<>();
    f.bandPeople.clear();
    for (Curve c : table.allocation().curves()) {
      NonNegativeLeastSquares nnls = f.byCurve.get(c.clientGroup());
      if (nnls == null) {
        out.add(c);
        continue;
      }
      double[] x = nnls.solve();
      List<Band> bands = new ArrayList<>();
      List<Long> people = new ArrayList<>();
      int fitted = shape == Shape.LINEAR ? 1 : c.bands().size();
      for (int i = 0; i < fitted; i++) {
        people.add(nnls.indicatorCount(2 * i));
      }
      f.bandPeople.put(c.clientGroup(), people);
      if (shape == Shape.LINEAR) {
        Band first = c.bands().get(0);
        bands.add(
            new Band(
                first.label(),
                BigDecimal.ZERO,
                money(x[0]),
                rate(x[1]),
                java.util.Optional.empty()));
      } else {
        for (int i = 0; i < c.bands().size(); i++) {
          Band b = c.bands().get(i);
          bands.add(
              nnls.hasData(2 * i)
                  ? new Band(
                      b.label(), b.from(), money(x[2 * i]), rate(x[2 * i + 1]), b.reference())
                  : b);
        }
      }
      out.add(
          new Curve(
              c.clientGroup(),
              bands,
              java.util.Optional.of(
                  "Fitted by ras calibrate ("
                      + shape
                      + ") to the current weekly costs of "
                      + nnls.observations()
                      + " people")));
    }
    return out;
  }

  private static BigDecimal money(double v) {
    return BigDecimal.valueOf(Math.max(0, v)).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal rate(double v) {
    return BigDecimal.valueOf(Math.max(0, v)).setScale(4, RoundingMode.HALF_UP);
  }

  private RasTable fittedTable(List<Curve> curves) {
    RasTable t = table;
    RasTable.Builder b =
        RasTable.builder()
            .id(t.id())
            .name(t.name())
            .version(version)
            .effectiveFrom(effectiveFrom)
            .currency(t.currency())
            .period(t.period())
            .weeksPerYear(t.weeksPerYear())
            .reference(t.reference().orElse(null))
            .floor(t.allocation().floor().orElse(null))
            .ceiling(t.allocation().ceiling().orElse(null))
            .rounding(t.allocation().rounding().increment(), t.allocation().rounding().mode())
            .tolerancePercent(t.tolerancePercent().orElse(null));
    t.domains().forEach(b::domain);
    t.adjustments().forEach(b::adjustment);
    curves.forEach(b::curve);
    t.allocation().supplements().forEach(b::supplement);
    t.allocation().costFactors().forEach(f -> b.costFactor(f.locality(), f.factor()));
    return b.build();
  }

  // ---------------------------------------------------------------- pass 2: the report

  /**
   * One person under the fitted table: the curve, band and weekly budget it gives, and the cost.
   */
  private record Check(
      CaseloadRow row, String curve, String band, BigDecimal weekly, BigDecimal cost) {}

  /** Each worker's holder of the headline figures (one pass at a time uses it). */
  private final ThreadLocal<HeadlineFigures> holders =
      ThreadLocal.withInitial(HeadlineFigures::new);

  private static final class Sums {
    long n;
    BigDecimal residual = BigDecimal.ZERO;
    BigDecimal absolute = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal costSquares = BigDecimal.ZERO;

    void add(BigDecimal r, BigDecimal c) {
      n++;
      residual = residual.add(r);
      absolute = absolute.add(r.abs());
      squares = squares.add(r.multiply(r));
      cost = cost.add(c);
      costSquares = costSquares.add(c.multiply(c));
    }

    BigDecimal mean(BigDecimal sum) {
      return n == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    double rSquared() {
      if (n == 0) {
        return Double.NaN;
      }
      BigDecimal total =
          costSquares.subtract(
              cost.multiply(cost).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64));
      return total.signum() == 0
          ? Double.NaN
          : 1 - squares.divide(total, MathContext.DECIMAL64).doubleValue();
    }
  }

  /**
   * Runs the calibration: two passes over the caseload. The progress listeners hear both passes:
   * the rows and bytes of the second count on from where the first ended (so a whole run reads
   * twice the input's bytes).
   *
   * @throws org.openras.RasException when the caseload cannot be read at all
   * @return the fitted table version and how far its budgets fall from today's costs
   */
  public CalibrationReport run() {
    Fits fits = new Fits();
    long[] firstPass = {0, 0}; // rows, bytes
    try {
      CaseloadRows.requireCostColumn(input, inputFormat, json);
      CaseloadRows.forEach(
          input,
          inputFormat,
          json,
          threads,
          this::observe,
          o -> fit(o, fits),
          progress == null
              ? null
              : rows -> {
                firstPass[0] = rows;
                progress.accept(rows);
              },
          progressBytes == null
              ? null
              : bytes -> {
                firstPass[1] = bytes;
                progressBytes.accept(bytes);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Curve> curves = fittedCurves(fits);
    RasTable fitted = fittedTable(curves);
    RasEngine check = RasEngine.of(fitted);

    Map<String, Sums> byCurve = new LinkedHashMap<>();
    Map<String, Sums> byBand = new LinkedHashMap<>();
    Map<String, Sums> byGroup = new LinkedHashMap<>();
    PriorityQueue<CalibrationReport.Person> furthest =
        new PriorityQueue<>(
            Comparator.comparing((CalibrationReport.Person p) -> p.residual().abs()));
    try {
      CaseloadRows.forEach(
          input,
          inputFormat,
          json,
          threads,
          row -> {
            if (row.error() != null || row.cost() == null) {
              return new Check(row, null, null, null, null);
            }
            try {
              HeadlineFigures f = check.calculate(row.assessment().forTable(fitted), holders.get());
              return new Check(row, f.curve(), f.band(), f.indicativeWeekly(), row.cost());
            } catch (RuntimeException e) {
              return new Check(row, null, null, null, null);
            }
          },
          c -> {
            if (c.curve() == null) {
              return;
            }
            BigDecimal weekly = c.weekly();
            BigDecimal r = weekly.subtract(c.cost());
            String group = c.row().assessment().clientGroup().orElse("(none)");
            byCurve.computeIfAbsent(c.curve(), k -> new Sums()).add(r, c.cost());
            byBand.computeIfAbsent(c.curve() + " / " + c.band(), k -> new Sums()).add(r, c.cost());
            byGroup.computeIfAbsent(group, k -> new Sums()).add(r, c.cost());
            furthest.add(
                new CalibrationReport.Person(
                    c.row().number(), c.row().id(), group, c.cost(), weekly));
            if (furthest.size() > FURTHEST) {
              furthest.poll();
            }
          },
          progress == null ? null : rows -> progress.accept(firstPass[0] + rows),
          progressBytes == null ? null : bytes -> progressBytes.accept(firstPass[1] + bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    List<CalibrationReport.CurveFit> curveFits = new ArrayList<>();
    for (int i = 0; i < curves.size(); i++) {
      Curve after = curves.get(i);
      Sums s = byCurve.get(after.clientGroup());
      if (s == null) {
        continue;
      }
      curveFits.add(
          new CalibrationReport.CurveFit(
              after.clientGroup(),
              s.n,
              s.rSquared(),
              s.mean(s.absolute),
              table.allocation().curves().get(i).bands(),
              after.bands(),
              fits.bandPeople.getOrDefault(after.clientGroup(), List.of())));
    }
    List<CalibrationReport.Person> far = new ArrayList<>(furthest);
    far.sort(
        Comparator.comparing((CalibrationReport.Person p) -> p.residual().abs())
            .reversed()
            .thenComparing(CalibrationReport.Person::row));
    long fittedRows = fits.in - fits.withoutCost - fits.inError;
    return new CalibrationReport(
        TableRef.of(table),
        fitted,
        fits.in,
        fittedRows,
        fits.withoutCost,
        fits.inError,
        curveFits,
        residuals(byBand),
        residuals(byGroup),
        far,
        fits.errors);
  }

  private static List<CalibrationReport.Residuals> residuals(Map<String, Sums> sums) {
    List<CalibrationReport.Residuals> out = new ArrayList<>();
    sums.forEach(
        (k, s) ->
            out.add(
                new CalibrationReport.Residuals(k, s.n, s.mean(s.residual), s.mean(s.absolute))));
    return out;
  }

  /** Configures a {@link Calibration}. */
  public static final class Builder extends CaseloadOptions<Builder> {
    private final RasTable table;
    private Shape shape = Shape.BANDS;
    private String version;
    private LocalDate effectiveFrom;

    private Builder(RasTable table) {
      this.table = table;
    }

    /**
     * What is fitted (default {@link Shape#BANDS}).
     *
     * @param shape {@code LINEAR} or {@code BANDS}
     * @return this builder
     */
    public Builder shape(Shape shape) {
      this.shape = requireNonNull(shape, "shape");
      return this;
    }

    /**
     * The version label of the fitted table (must differ from the current one).
     *
     * @param version the new version's label, such as {@code 2027.1}
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * The first day the fitted table is in force.
     *
     * @param effectiveFrom the fitted version's first day in force
     * @return this builder
     */
    public Builder effectiveFrom(LocalDate effectiveFrom) {
      this.effectiveFrom = effectiveFrom;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * {@return the calibration, ready to {@link Calibration#run() run}}
     *
     * @throws NullPointerException when the caseload, the version or the date is not named
     * @throws IllegalArgumentException when the version is the current table's, or the caseload's
     *     format is neither named nor told by its file name
     */
    public Calibration build() {
      return new Calibration(this);
    }
  }
}
