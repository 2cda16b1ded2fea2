package org.openras.tables.batch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.openras.engine.HeadlineFigures;
import org.openras.engine.RasEngine;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;

/**
 * Computes a whole caseload: reads it row by row, computes on every core, and writes the results in
 * the caseload's order.
 *
 * <p>Guarantees: memory stays flat whatever the caseload's size (rows are read, computed and
 * written in bounded chunks); a bad row never stops the run and is never dropped — it goes to the
 * error file with its row number, id, code and message, and {@link BatchSummary} accounts for every
 * row; results and errors are written to temporary files beside their targets and moved into place
 * only when the run completes, so an interrupted run never leaves a half file under the final name.
 * Only the headline figures are computed ({@link
 * RasEngine#calculate(org.openras.assessment.Assessment, HeadlineFigures)}: no trace, no domain
 * figures); they are the same as a traced run's.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BatchRun {
  private final RasEngine engine;
  private final RasJson json;
  private final Path input;
  private final CaseloadFormat inputFormat;
  private final Path output;
  private final CaseloadFormat outputFormat;
  private final Path errors;
  private final int threads;
  private final LongConsumer progress;
  private final LongConsumer progressBytes;

  private BatchRun(Builder b) {
    this.engine = requireNonNull(b.engine, "engine");
    this.json = b.json;
    this.input = requireNonNull(b.input, "input");
    this.inputFormat = b.inputFormat();
    this.output = requireNonNull(b.output, "output");
    this.outputFormat = b.outputFormat != null ? b.outputFormat : CaseloadFormat.of(output);
    this.errors =
        b.errors != null
            ? b.errors
            : output.resolveSibling(output.getFileName().toString() + ".errors.csv");
    this.threads = b.threads();
    this.progress = b.progress;
    this.progressBytes = b.progressBytes;
  }

  /**
   * A batch run with {@code engine}; name at least the input and the output.
   *
   * @param engine the engine holding the tables the caseload is computed with
   * @return the builder
   */
  public static Builder builder(RasEngine engine) {
    return new Builder(engine);
  }

  /**
   * Runs the batch.
   *
   * @return the account of every row
   * @throws org.openras.RasException when the caseload cannot be read at all (a missing file, a CSV
   *     without 'id' and 'date' columns): bad rows do not throw
   * @throws UncheckedIOException when the output cannot be written
   */
  public BatchSummary run() {
    OutputFiles.check(List.of(input), List.of(output, errors));
    Path tmpOut = null;
    Path tmpErr = null;
    try (CaseloadReader reader = CaseloadReader.open(input, inputFormat, json)) {
      tmpOut = AtomicFiles.temporaryFor(output);
      tmpErr = AtomicFiles.temporaryFor(errors);
      Tally tally = new Tally();
      try (ResultWriter out =
              ResultWriter.open(tmpOut, outputFormat, ResultWriter.usesV11(engine.tables()));
          ErrorWriter err = new ErrorWriter(tmpErr)) {
        Pipeline.runChunks(
            reader,
            threads,
            rows -> compute(rows, out),
            c -> write(c, out, err, tally),
            CaseloadOptions.progress(progress, progressBytes, reader));
      }
      AtomicFiles.moveIntoPlace(tmpOut, output);
      Optional<Path> errorFile = Optional.empty();
      if (tally.inError > 0) {
        AtomicFiles.moveIntoPlace(tmpErr, errors);
        errorFile = Optional.of(errors);
      } else {
        AtomicFiles.deleteQuietly(tmpErr);
      }
      tmpOut = null;
      tmpErr = null;
      return new BatchSummary(
          tally.in,
          tally.written,
          tally.inError,
          new ArrayList<>(tally.groups.values()),
          output,
          errorFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      AtomicFiles.deleteQuietly(tmpOut);
      AtomicFiles.deleteQuietly(tmpErr);
    }
  }

  /**
   * A chunk's outcome, formatted on the worker: the lines of its results and of its bad rows, and
   * its totals by client group in order of first appearance.
   */
  private record Chunk(
      int rows, long written, String results, String errors, Map<String, GroupTotals> groups) {}

  private Chunk compute(List<Supplier<CaseloadRow>> rows, ResultWriter out) {
    try {
      ResultWriter.Lines results = out.lines();
      ErrorWriter.Lines errors = null;
      long written = 0;
      Map<String, GroupTotals> groups = new LinkedHashMap<>();
      // the headline figures only, into one holder per chunk: what a result line needs, without
      // the domain figures of a full Result
      HeadlineFigures figures = new HeadlineFigures();
      for (Supplier<CaseloadRow> s : rows) {
        CaseloadRow row = s.get();
        RuntimeException error = row.error();
        if (error == null) {
          try {
            engine.calculate(row.assessment(), figures);
          } catch (RuntimeException e) {
            error = e;
          }
        }
        if (error == null) {
          results.add(row.assessment().id(), figures);
          written++;
          add(groups, row.assessment().clientGroup().orElse("(none)"), figures);
        } else {
          if (errors == null) {
            errors = ErrorWriter.lines();
          }
          errors.add(row, error);
        }
      }
      return new Chunk(
          rows.size(), written, results.text(), errors == null ? "" : errors.text(), groups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Map<String, GroupTotals> groups, String group, HeadlineFigures f) {
    groups.merge(
        group,
        new GroupTotals(group, 1, f.indicativeWeekly(), f.indicativeAnnual()),
        GroupTotals::plus);
  }

  private static void write(Chunk c, ResultWriter out, ErrorWriter err, Tally tally)
      throws IOException {
    out.write(c.results());
    if (!c.errors().isEmpty()) {
      err.write(c.errors());
    }
    tally.in += c.rows();
    tally.written += c.written();
    tally.inError += c.rows() - c.written();
    for (GroupTotals g : c.groups().values()) {
      tally.groups.merge(g.clientGroup(), g, GroupTotals::plus);
    }
  }

  private static final class Tally {
    long in;
    long written;
    long inError;
    final Map<String, GroupTotals> groups = new LinkedHashMap<>();
  }

  /** Configures a {@link BatchRun}. */
  public static final class Builder extends CaseloadOptions<Builder> {
    private final RasEngine engine;
    private Path output;
    private CaseloadFormat outputFormat;
    private Path errors;

    private Builder(RasEngine engine) {
      this.engine = engine;
    }

    /**
     * Where the results go (replaced when the run completes).
     *
     * @param output the results file, CSV or JSON Lines
     * @return this builder
     */
    public Builder output(Path output) {
      this.output = output;
      return this;
    }

    /**
     * The results' format; by default from the output's file name.
     *
     * @param format CSV or JSON Lines
     * @return this builder
     */
    public Builder outputFormat(CaseloadFormat format) {
      this.outputFormat = format;
      return this;
    }

    /**
     * Where bad rows go; by default the output's name with {@code .errors.csv} added.
     *
     * @param errors the CSV file of rows that could not be computed, with why
     * @return this builder
     */
    public Builder errors(Path errors) {
      this.errors = errors;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * {@return the batch run, ready to {@link BatchRun#run() run}}
     *
     * @throws NullPointerException when the input or the output is not named
     * @throws IllegalArgumentException when the input's or the output's format is neither named nor
     *     told by its file name
     */
    public BatchRun build() {
      return new BatchRun(this);
    }
  }
}
