package org.openras.tables.batch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.openras.assessment.Assessment;
import org.openras.engine.HeadlineFigures;
import org.openras.engine.RasEngine;
import org.openras.engine.TableRef;
import org.openras.table.RasTable;
import org.openras.tables.CsvCells;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;

/**
 * The impact of a change of table on a caseload: every person computed under the table before and
 * the table after (usually two versions of one table), streaming and on all cores, with an {@link
 * ImpactReport} and a CSV of every person's change.
 *
 * <p>The date of an assessment only chooses a table version; so that a caseload assessed under last
 * year's table can be computed under this year's, each person is computed with each table on the
 * assessment's date when the table is in force on it, and otherwise on the table's first day (the
 * rule {@code ras compare} uses too). Memory grows by 8 bytes a person (the changes are kept as
 * whole minor units for exact percentiles); everything else streams.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ImpactAnalysis {
  private static final int LARGEST = 50;
  private static final int BINS = 20;
  private static final int[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99};

  private final RasTable before;
  private final RasTable after;
  private final RasEngine beforeEngine;
  private final RasEngine afterEngine;
  private final Path input;
  private final CaseloadFormat inputFormat;
  private final Path changes;
  private final Path errors;
  private final BigDecimal threshold;
  private final int threads;
  private final LongConsumer progress;
  private final LongConsumer progressBytes;
  private final RasJson json;
  private final int scale;

  private ImpactAnalysis(Builder b) {
    this.before = requireNonNull(b.before, "before");
    this.after = requireNonNull(b.after, "after");
    this.beforeEngine = RasEngine.of(before);
    this.afterEngine = RasEngine.of(after);
    this.input = requireNonNull(b.input, "input");
    this.inputFormat = b.inputFormat();
    this.changes = requireNonNull(b.changes, "changes");
    this.errors =
        b.errors != null
            ? b.errors
            : changes.resolveSibling(changes.getFileName().toString() + ".errors.csv");
    this.threshold = b.threshold == null ? BigDecimal.ZERO : b.threshold.abs();
    this.threads = b.threads();
    this.progress = b.progress;
    this.progressBytes = b.progressBytes;
    this.json = b.json;
    this.scale =
        Math.max(
            Math.max(0, before.allocation().rounding().increment().scale()),
            Math.max(0, after.allocation().rounding().increment().scale()));
  }

  /**
   * An analysis of the change from table {@code before} to table {@code after}.
   *
   * @param before the table in use, such as this year's version
   * @param after the proposed table, such as next year's version
   * @return the builder
   */
  public static Builder builder(RasTable before, RasTable after) {
    return new Builder(before, after);
  }

  /** One person under one table: what the analysis reads of the figures. */
  /**
   * One side's figures; {@code council} is what the council pays a week (spec v1.1 §4): the council
   * budget when the person has other funding, else the indicative budget.
   */
  private record Side(
      String band, BigDecimal weekly, BigDecimal annual, BigDecimal council, boolean funded) {
    static Side of(HeadlineFigures f) {
      return new Side(
          f.band(),
          f.indicativeWeekly(),
          f.indicativeAnnual(),
          f.funded() ? f.councilWeekly() : f.indicativeWeekly(),
          f.funded());
    }
  }

  private record Outcome(CaseloadRow row, Side before, Side after, RuntimeException error) {}

  /** Each worker's holders of the headline figures, under the table before and after. */
  private final ThreadLocal<HeadlineFigures[]> holders =
      ThreadLocal.withInitial(
          () -> new HeadlineFigures[] {new HeadlineFigures(), new HeadlineFigures()});

  private Outcome compute(CaseloadRow row) {
    if (row.error() != null) {
      return new Outcome(row, null, null, row.error());
    }
    try {
      Assessment a = row.assessment();
      HeadlineFigures[] h = holders.get();
      Side b = Side.of(beforeEngine.calculate(a.forTable(before), h[0]));
      return new Outcome(row, b, Side.of(afterEngine.calculate(a.forTable(after), h[1])), null);
    } catch (RuntimeException e) {
      return new Outcome(row, null, null, e);
    }
  }

  /**
   * Runs the analysis.
   *
   * @throws org.openras.RasException when the caseload cannot be read at all
   * @throws UncheckedIOException when the changes or errors file cannot be written
   * @return the distribution of the changes, by client group and band, with the largest changes
   */
  public ImpactReport run() {
    OutputFiles.check(List.of(input), List.of(changes, errors));
    Path tmpChanges = null;
    Path tmpErrors = null;
    try (CaseloadReader reader = CaseloadReader.open(input, inputFormat, json)) {
      tmpChanges = AtomicFiles.temporaryFor(changes);
      tmpErrors = AtomicFiles.temporaryFor(errors);
      Tally t = new Tally();
      try (Writer w = OutputFiles.newWriter(tmpChanges);
          SequenceWriter csv = new CsvMapper().writer().writeValues(w);
          ErrorWriter err = new ErrorWriter(tmpErrors)) {
        csv.write(
            new String[] {
              "row",
              "id",
              "clientGroup",
              "bandBefore",
              "bandAfter",
              "weeklyBefore",
              "weeklyAfter",
              "change",
              "changePercent",
              "overThreshold"
            });
        Pipeline.run(
            reader,
            threads,
            this::compute,
            o -> tally(o, t, csv, err),
            CaseloadOptions.progress(progress, progressBytes, reader));
      }
      AtomicFiles.moveIntoPlace(tmpChanges, changes);
      Optional<Path> errorFile = Optional.empty();
      if (t.inError > 0) {
        AtomicFiles.moveIntoPlace(tmpErrors, errors);
        errorFile = Optional.of(errors);
      } else {
        AtomicFiles.deleteQuietly(tmpErrors);
      }
      tmpChanges = null;
      tmpErrors = null;
      return report(t, errorFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      AtomicFiles.deleteQuietly(tmpChanges);
      AtomicFiles.deleteQuietly(tmpErrors);
    }
  }

  private static final class Tally {
    long in;
    long inError;
    long winners;
    long losers;
    long over;
    BigDecimal weeklyBefore = BigDecimal.ZERO;
    BigDecimal weeklyAfter = BigDecimal.ZERO;
    BigDecimal annualBefore = BigDecimal.ZERO;
    BigDecimal annualAfter = BigDecimal.ZERO;
    BigDecimal councilBefore = BigDecimal.ZERO;
    BigDecimal councilAfter = BigDecimal.ZERO;
    boolean funded;
    long[] changes = new long[1024];
    int n;
    final Map<String, GroupImpact> groups = new LinkedHashMap<>();
    final Map<String, GroupImpact> bands = new LinkedHashMap<>();
    final PriorityQueue<PersonChange> largest =
        new PriorityQueue<>(
            Comparator.comparing((PersonChange p) -> p.change().abs())
                .thenComparing(PersonChange::row, Comparator.reverseOrder()));
  }

  private void tally(Outcome o, Tally t, SequenceWriter csv, ErrorWriter err) throws IOException {
    t.in++;
    if (o.error() != null) {
      t.inError++;
      err.write(o.row(), o.error());
      return;
    }
    Assessment a = o.row().assessment();
    PersonChange p =
        new PersonChange(
            o.row().number(),
            a.id(),
            a.clientGroup().orElse("(none)"),
            o.before().band(),
            o.after().band(),
            o.before().weekly(),
            o.after().weekly());
    BigDecimal change = p.change();
    if (change.signum() > 0) {
      t.winners++;
    } else if (change.signum() < 0) {
      t.losers++;
    }
    t.weeklyBefore = t.weeklyBefore.add(p.weeklyBefore());
    t.weeklyAfter = t.weeklyAfter.add(p.weeklyAfter());
    t.annualBefore = t.annualBefore.add(o.before().annual());
    t.annualAfter = t.annualAfter.add(o.after().annual());
    t.councilBefore = t.councilBefore.add(o.before().council());
    t.councilAfter = t.councilAfter.add(o.after().council());
    t.funded |= o.before().funded() || o.after().funded();
    if (t.n == t.changes.length) {
      t.changes = Arrays.copyOf(t.changes, t.n * 2);
    }
    t.changes[t.n++] = change.movePointRight(scale).longValueExact();
    t.groups.computeIfAbsent(p.clientGroup(), GroupImpact::empty);
    t.groups.computeIfPresent(p.clientGroup(), (k, g) -> g.plus(p));
    t.bands.computeIfAbsent(p.bandBefore(), GroupImpact::empty);
    t.bands.computeIfPresent(p.bandBefore(), (k, g) -> g.plus(p));
    boolean over = change.abs().compareTo(threshold) >= 0 && change.signum() != 0;
    if (over) {
      t.over++;
      t.largest.add(p);
      if (t.largest.size() > LARGEST) {
        t.largest.poll();
      }
    }
    csv.write(
        CsvCells.neutralise(
            Long.toString(p.row()),
            p.id(),
            a.clientGroup().orElse(""),
            p.bandBefore(),
            p.bandAfter(),
            p.weeklyBefore().toPlainString(),
            p.weeklyAfter().toPlainString(),
            change.toPlainString(),
            p.changePercent().map(BigDecimal::toPlainString).orElse(""),
            over ? "yes" : "no"));
  }

  private ImpactReport report(Tally t, Optional<Path> errorFile) {
    long[] sorted = Arrays.copyOf(t.changes, t.n);
    Arrays.sort(sorted);
    List<ImpactReport.Percentile> percentiles = new ArrayList<>();
    List<ImpactReport.Bin> bins = new ArrayList<>();
    if (sorted.length > 0) {
      percentiles.add(new ImpactReport.Percentile("min", money(sorted[0])));
      for (int p : PERCENTILES) {
        // nearest rank: the smallest value with at least p% of the people at or below it
        int rank = (int) ((p * (long) sorted.length + 99) / 100);
        percentiles.add(
            new ImpactReport.Percentile(
                "p" + p, money(sorted[Math.max(0, Math.min(sorted.length, rank) - 1)])));
      }
      percentiles.add(new ImpactReport.Percentile("max", money(sorted[sorted.length - 1])));
      long min = sorted[0];
      long max = sorted[sorted.length - 1];
      long width = Math.max(1, (max - min + BINS) / BINS);
      int i = 0;
      for (long from = min; from <= max; from += width) {
        long to = Math.min(max, from + width - 1);
        long count = 0;
        while (i < sorted.length && sorted[i] <= to) {
          count++;
          i++;
        }
        bins.add(new ImpactReport.Bin(money(from), money(to), count));
      }
    }
    List<PersonChange> largest = new ArrayList<>(t.largest);
    largest.sort(
        Comparator.comparing((PersonChange p) -> p.change().abs())
            .reversed()
            .thenComparing(PersonChange::row));
    return new ImpactReport(
        TableRef.of(before),
        TableRef.of(after),
        t.in,
        t.in - t.inError,
        t.inError,
        t.winners,
        t.losers,
        t.weeklyBefore,
        t.weeklyAfter,
        t.annualBefore,
        t.annualAfter,
        percentiles,
        bins,
        new ArrayList<>(t.groups.values()),
        new ArrayList<>(t.bands.values()),
        threshold,
        t.over,
        largest,
        changes,
        errorFile,
        after.currency(),
        t.funded ? Optional.of(t.councilBefore) : Optional.empty(),
        t.funded ? Optional.of(t.councilAfter) : Optional.empty());
  }

  private BigDecimal money(long units) {
    return BigDecimal.valueOf(units, scale);
  }

  /** Configures an {@link ImpactAnalysis}. */
  public static final class Builder extends CaseloadOptions<Builder> {
    private final RasTable before;
    private final RasTable after;
    private Path changes;
    private Path errors;
    private BigDecimal threshold;

    private Builder(RasTable before, RasTable after) {
      this.before = before;
      this.after = after;
    }

    /**
     * Where the CSV of every person's change goes.
     *
     * @param changes the CSV file, one row a person, written when the run completes
     * @return this builder
     */
    public Builder changes(Path changes) {
      this.changes = changes;
      return this;
    }

    /**
     * Where bad rows go; by default the changes file's name with {@code .errors.csv}.
     *
     * @param errors the CSV file of rows that could not be computed, with why
     * @return this builder
     */
    public Builder errors(Path errors) {
      this.errors = errors;
      return this;
    }

    /**
     * The weekly change, either way, from which a person is listed (default: any change).
     *
     * @param threshold a weekly amount; a person whose budget moves by at least this much either
     *     way is counted over the threshold and may be listed among the largest changes (the
     *     changes file lists everyone)
     * @return this builder
     */
    public Builder threshold(BigDecimal threshold) {
      this.threshold = threshold;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * {@return the analysis, ready to {@link ImpactAnalysis#run() run}}
     *
     * @throws NullPointerException when the caseload or the changes file is not named
     * @throws IllegalArgumentException when the caseload's format is neither named nor told by its
     *     file name
     */
    public ImpactAnalysis build() {
      return new ImpactAnalysis(this);
    }
  }
}
